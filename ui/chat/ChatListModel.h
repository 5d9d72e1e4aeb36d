#pragma once

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QMultiHash>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <deque>
#include <vector>

#include "core/events/ChatEvent.h"

namespace soopchat {

// The chat list: the last maxRows() displayable events of a session in a ring
// buffer. Events arrive in batches at any rate; they are queued and applied
// from a coalescing timer, so the views see at most one insert (and one
// removal of the rows that fall off the front) per frame. A `blind` hides
// the line it names (its user and the time the platform says it was said),
// whether that line came before the blind or after it (HiddenRole; the
// filter proxy leaves hidden rows out).
class ChatListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int maxRows READ maxRows WRITE setMaxRows NOTIFY maxRowsChanged)

public:
    enum DataRole {
        EventRole = Qt::UserRole + 1, // EventPtr
        SerialRole, // quint64, increases by one per row ever appended
        TimeRole, // qint64 ms since the epoch (receive time)
        TypeRole, // int(EventType)
        TypeNameRole, // "balloon", as in EVENTS.md
        CategoryRole, // int(EventCategory)
        NicknameRole,
        UserIdRole,
        RolesRole, // int(Roles)
        TextRole, // the message as sent (plain text)
        CountRole, // balloons, or months for renewals
        SubscriptionMonthsRole, // > 0 for subscribers with a known figure
        IsDonationRole,
        DonationTierRole, // int(DonationTier) of core/events/Donation.h
        HiddenRole, // bool: a blind hides this line
    };
    Q_ENUM(DataRole)

    static constexpr int DefaultMaxRows = 10'000;
    static constexpr int MinMaxRows = 100;
    static constexpr int MaxMaxRows = 100'000;
    static constexpr std::chrono::milliseconds DefaultFlushInterval {16};

    explicit ChatListModel(QObject *parent = nullptr);
    ~ChatListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Direct access for the proxy, the delegate and tests (no QVariant).
    const EventPtr &eventAt(int row) const;
    quint64 serialAt(int row) const { return m_firstSerial + quint64(row); }
    // Whether a blind hides the line in this row.
    bool isHidden(int row) const { return !m_hidden.isEmpty() && m_hidden.contains(serialAt(row)); }
    qsizetype hiddenCount() const { return m_hidden.size(); }

    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows); // clamped to [MinMaxRows, MaxMaxRows]

    // Flushes are at least this far apart (one model update per frame). The
    // first events after a quiet spell are flushed on the next pass of the
    // event loop; later ones wait for the rest of the interval.
    std::chrono::milliseconds flushInterval() const { return m_flushInterval; }
    void setFlushInterval(std::chrono::milliseconds interval);
    // When the queued events will be flushed, or -1 ms when none are queued.
    std::chrono::milliseconds flushDueIn() const;

    int pendingCount() const { return int(m_pending.size()); }
    quint64 droppedCount() const { return m_dropped; }

    // Whether an event ever becomes a row: protocol chatter (keepalive,
    // login/join replies, unknown packets) does not.
    static bool isDisplayable(const ChatEvent &event);

public slots:
    // Queues displayable events; the rows appear at the next flush.
    void append(const soopchat::EventBatch &batch);
    // Applies everything queued now (the timer calls it; tests and a
    // "jump to bottom" may too).
    void flush();
    void clear();

signals:
    void maxRowsChanged(int rows);
    // After each flush that changed rows; `inserted` rows were appended.
    void flushed(int inserted, int evicted);

private:
    EventPtr &slot(int row) { return m_ring[(m_head + std::size_t(row)) % m_ring.size()]; }
    void evictOldest(int rows); // the oldest `rows` (> 0) rows leave the ring, with the model's signals
    void relinearize(std::size_t capacity);
    // A blind just appended at `row`: hides the line it names among the rows
    // before it (the newest first, within BlindSearchRows) and remembers it
    // for a line that arrives later. Rows already shown are in `changed`.
    void applyBlind(const ChatEvent &blind, int row, int firstNewRow, std::vector<int> &changed);
    bool isBlinded(const ChatEvent &event) const;

    static constexpr int BlindSearchRows = 2'000;
    static constexpr qsizetype BlindsKept = 1'000;

    std::vector<EventPtr> m_ring; // capacity == m_maxRows
    std::size_t m_head = 0; // ring index of row 0
    int m_count = 0;
    int m_maxRows = DefaultMaxRows;
    quint64 m_firstSerial = 0; // serial of row 0

    std::vector<EventPtr> m_pending; // bounded by m_maxRows (older ones could not survive the flush)
    quint64 m_dropped = 0; // queued events that fell off before ever being shown
    QTimer m_flushTimer;
    std::chrono::milliseconds m_flushInterval = DefaultFlushInterval;
    QElapsedTimer m_sinceFlush; // invalid until the first flush
    QSet<quint64> m_hidden; // serials of the rows a blind hides
    QMultiHash<qint64, QString> m_blinds; // the lines named by blinds: time said -> user id, for lines that come later
    std::deque<std::pair<qint64, QString>> m_blindOrder; // the same, oldest first, to keep at most BlindsKept
};

} // namespace soopchat
