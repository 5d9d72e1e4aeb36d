#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <array>
#include <iterator>

namespace soopchat::sim {

// A small, fast PRNG (xoshiro256**, seeded through splitmix64) with our own
// bounded draws, so a seed gives the same session with every compiler and
// standard library (std:: distributions differ between implementations).
class SimRandom
{
public:
    explicit SimRandom(quint64 seed = 1) { reseed(seed); }

    void reseed(quint64 seed)
    {
        for (quint64 &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, bound); 0 when bound is 0. The tiny modulo bias does not
    // matter for a simulator.
    quint64 below(quint64 bound) { return bound == 0 ? 0 : next() % bound; }
    qint64 between(qint64 low, qint64 high) { return low + qint64(below(quint64(high - low + 1))); }
    // True with probability perMille / 1000.
    bool chance(int perMille) { return below(1000) < quint64(perMille); }

    template<typename List>
    const auto &pick(const List &list)
    {
        return list[qsizetype(below(quint64(std::size(list))))];
    }

    // A 64-bit hash of text, to derive a per-channel seed from the global one.
    static quint64 hash(QByteArrayView text, quint64 seed)
    {
        quint64 h = 0xcbf29ce484222325ULL ^ seed;
        for (char c : text)
            h = (h ^ quint8(c)) * 0x100000001b3ULL;
        return h;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<quint64, 4> m_state {};
};

} // namespace soopchat::sim
