#pragma once

#include <QStringView>

#include <optional>

#include "sim/PacketSource.h"

namespace soopchat::sim {

// Chat whose text starts with a sequence number that increases by one per
// packet on the channel's timeline ("#000123 ..."), for tests and benchmarks:
// a client that duplicates an event or hides a gap is caught by the numbers.
// Cheap to generate: one 0005 written straight into the tick buffer.
class FloodSession : public PacketSource
{
public:
    explicit FloodSession(QByteArrayView streamerId);

    void generate(QByteArray &out, QList<qsizetype> &ends) override;
    qint64 skip(qint64 count) override;
    QList<QByteArray> userList() const override;
    int defaultRate() const override { return 1000; }

    quint64 nextSequence() const { return m_next; }

    // The number at the start of a flood chat text, or nullopt.
    static std::optional<quint64> sequenceOf(QStringView text);

private:
    struct Flooder
    {
        QByteArray id;
        QByteArray nickname;
        QByteArray flags; // "flag1|flag2"
        QByteArray months;
    };

    QList<Flooder> m_flooders;
    quint64 m_next = 1;
};

} // namespace soopchat::sim
