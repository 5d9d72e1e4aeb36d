#pragma once

#include <QString>

#include <memory>

#include "sim/PacketSource.h"

namespace soopchat::sim {

// Plays a recorded frames.jsonl file (the format of tests/data/fixtures):
// the server-to-client frames byte for byte, with their recorded timing
// scaled by a speed factor, or as fast as the channel's rate allows when it
// has one. Loops when it ends.
class RecordedSession : public PacketSource
{
public:
    struct Recording
    {
        QList<QByteArray> frames;
        QList<qint64> timesMs; // `t` of each frame, never decreasing
        qint64 loopMs = 0; // one pass, including a pause before the next

        // nullptr and *error set when the file cannot be read or holds no frames.
        static std::shared_ptr<const Recording> load(const QString &path, QString *error);
    };

    RecordedSession(std::shared_ptr<const Recording> recording, double speed);

    void generate(QByteArray &out, QList<qsizetype> &ends) override;
    qint64 skip(qint64 count) override;
    void setBroadcast(const BroadcastContext &context) override;
    int defaultRate() const override { return 0; }
    std::optional<qint64> dueBy(std::chrono::milliseconds elapsed) const override;

private:
    std::shared_ptr<const Recording> m_recording;
    double m_speed;
    qsizetype m_next = 0;
};

} // namespace soopchat::sim
