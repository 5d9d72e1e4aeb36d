#pragma once

#include <QByteArray>
#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>
#include <optional>

#include "core/overlay/AlertBoxTypes.h"
#include "core/overlay/OverlayLimits.h"

class QElapsedTimer;

namespace soopchat {

class OverlayClient;
class OverlayVocabulary;

// The alert boxes, on the overlay's thread (OverlayEngine owns it): per
// channel, the open /alerts/ pages, one queue and the alert on screen. The
// queue is here, not in the pages, so every page of a channel shows the same
// alert at the same time, a page opened late joins the alert on screen, and
// pause, skip and replay act on all of them at once.
//
// An alert is queued only while a page of its channel is open (when none is,
// it is not kept for later: OBS starting an hour later should not replay the
// hour). It stays on screen for its tier's seconds; the first page that shows
// it acknowledges it ({"kind":"shown","play":N}), which is the only message a
// page may send. Anything else a page sends is counted and, past
// maxAlertPageMessages, the page is closed.
class AlertBoxHub : public QObject
{
    Q_OBJECT

public:
    struct File
    {
        QByteArray contentType;
        QByteArray bytes;
    };

    AlertBoxHub(const OverlayLimits &limits, const OverlayVocabulary &vocabulary, const QByteArray &instance,
        QObject *parent = nullptr);
    ~AlertBoxHub() override;

    // Reads the files (each at most maxAlertFileBytes; one that cannot be
    // read is left out and its tier falls back to the built-in image) and
    // tells the open pages.
    void setSetup(const AlertBoxSetup &setup);
    // A user file by id, or null: only the files of the setup are served.
    const File *file(QStringView id) const;

    // What a file's first bytes say it is ("image/png", "audio/ogg", ...):
    // the images and sounds a browser plays; empty for anything else.
    static QByteArray sniffContentType(QByteArrayView head);
    static constexpr qsizetype SniffBytes = 1024;
    // Where the page finds the built-in image of `tier` ("small" ...).
    static QString builtInImageUrl(QStringView tier);

    void admit(OverlayClient *client, const QString &channel, QLatin1StringView language);
    // A page went away (whether admitted here or not).
    void remove(OverlayClient *client);
    bool has(const OverlayClient *client) const { return m_clientRooms.contains(client); }

    void enqueue(const QString &channel, const AlertBoxItem &item);
    // `channel` empty: every channel.
    void command(const QString &channel, AlertBoxCommand command);

    int pageCount(const QString &channel) const;

signals:
    void notice(const soopchat::AlertBoxNotice &notice);

private:
    struct Play
    {
        quint64 play = 0; // numbers each showing, so a page's acknowledgement names one
        AlertBoxItem item;
        bool replay = false;
        bool shown = false;
        int durationMs = 0;
    };
    struct Room
    {
        QString channel;
        QList<OverlayClient *> clients;
        std::deque<Play> queue;
        std::optional<Play> current;
        std::unique_ptr<QElapsedTimer> currentSince;
        std::optional<AlertBoxItem> last; // what Replay shows again
        bool paused = false;
        QTimer timer;
    };

    Room &room(const QString &channel);
    void onMessage(OverlayClient *client, const QByteArray &message);
    void startNext(Room &room);
    void endCurrent(Room &room);
    void broadcast(Room &room, const QByteArray &message);
    void setPaused(Room &room, bool paused);
    QByteArray boxJson() const;
    QByteArray alertMessage(const Play &play, qint64 remainingMs) const;
    int tierSeconds(const QString &tier) const;
    void report(const Room &room, const AlertBoxItem &item, AlertBoxNotice::What what, int position = 0);

    OverlayLimits m_limits;
    const OverlayVocabulary &m_vocabulary;
    QByteArray m_instance;
    AlertBoxSetup m_setup;
    QHash<QString, File> m_files;
    std::map<QString, std::unique_ptr<Room>> m_rooms;
    QHash<const OverlayClient *, Room *> m_clientRooms;
    QHash<const OverlayClient *, int> m_unexpected; // messages that were not a due acknowledgement
    quint64 m_nextPlay = 1;
};

} // namespace soopchat
