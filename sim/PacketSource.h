#pragma once

#include <QByteArray>
#include <QList>

#include <chrono>
#include <optional>

namespace soopchat::sim {

// The broadcast a source writes packets for: its streamer and chat room.
struct BroadcastContext
{
    QByteArray streamerId;
    QByteArray streamerNick;
    QByteArray chatNo;
};

// Where a channel's broadcast timeline comes from. A source appends whole
// packets to the channel's tick buffer; the channel decides how many per tick
// (from the rate, or from the source's own recorded timing).
class PacketSource
{
public:
    virtual ~PacketSource() = default;

    // Appends the packets of the next event (at least one; a balloon may bring
    // its message and a flag change along) and each packet's end offset in
    // `out` to `ends`. A recording appends one recorded frame.
    virtual void generate(QByteArray &out, QList<qsizetype> &ends) = 0;

    // Moves on by at least `count` packets when nobody listens, so the
    // timeline is the same whether or not someone is joined. Returns how many.
    virtual qint64 skip(qint64 count);

    // The 0004 user list a client gets right after its JOIN reply.
    virtual QList<QByteArray> userList() const { return {}; }

    // A new broadcast (BNO/CHATNO) starts.
    virtual void setBroadcast(const BroadcastContext &context) { m_broadcast = context; }

    // Packets per second when the channel's rate is 0.
    virtual int defaultRate() const = 0;

    // Recorded timing: how many packets are due in total once `elapsed` has
    // passed since the broadcast started; nullopt when the source has no timing
    // of its own (the rate decides).
    virtual std::optional<qint64> dueBy(std::chrono::milliseconds elapsed) const { return std::nullopt; }

protected:
    BroadcastContext m_broadcast;

private:
    QByteArray m_scratch;
    QList<qsizetype> m_scratchEnds;
};

} // namespace soopchat::sim
