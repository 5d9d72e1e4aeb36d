#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include "core/events/ChatEvent.h"
#include "core/overlay/AlertBoxTypes.h"
#include "core/overlay/OverlayLimits.h"
#include "core/util/WorkerThread.h"

namespace soopchat {

class OverlayEngine;

// The browser-source overlay: serves the page at
// http://127.0.0.1:PORT/overlay/CHANNEL?token=TOKEN and pushes each channel's
// events to its pages over a websocket on the same port (docs/OVERLAY.md).
//
// The page keeps no copy of the badge table or the tiers: it is served the
// badge SVGs the app draws, gets the table in its hello (OverlayVocabulary)
// and each donation's tier beside it (OverlayProtocol::eventJson).
//
// The serving runs on the overlay's own thread (OverlayEngine behind an
// OverlayGate), so whatever its clients do never holds up the thread that
// owns this object, where the chat's consumers call publish(): that
// serialises each event once and queues the bytes to the overlay's thread.
// The app owns one instance, sets its token and port from settings and keeps
// the token itself.
class OverlayServer : public QObject
{
    Q_OBJECT

public:
    using Interfaces = OverlayInterfaces;
    using Limits = OverlayLimits;
    using ClientInfo = OverlayClientInfo;

    explicit OverlayServer(const QString &token, QObject *parent = nullptr);
    OverlayServer(const QString &token, const Limits &limits, QObject *parent = nullptr);
    ~OverlayServer() override;

    // Starts serving; port 0 picks a free one. Stops a previous listen() first.
    // On failure errorString() says why.
    bool listen(quint16 port = 0, Interfaces interfaces = Interfaces::LoopbackOnly);
    void close();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    Interfaces interfaces() const { return m_interfaces; }
    QString errorString() const { return m_errorString; }

    // Empty while the overlay serves normally; otherwise what keeps it from
    // answering (e.g. the process is out of file descriptors), for the UI.
    QString problem() const { return m_problem; }

    // A new token closes the pages that were opened with the old one.
    QString token() const { return m_token; }
    void setToken(const QString &token);
    static QString generateToken(); // 256 random bits, URL-safe

    // Served at /overlay/custom.css and loaded by every page after its own CSS.
    void setCustomCss(const QByteArray &css);
    QByteArray customCss() const { return m_customCss; }

    // The URL to paste into an OBS browser source; empty when not listening or
    // when `channel` is not a channel id.
    QUrl overlayUrl(const QString &channel) const;

    // Feeds a channel's events (call for every batch SoopClient emits); those
    // that do not belong on an overlay are skipped.
    void publish(const QString &channel, const EventBatch &events);

    // As last reported by the overlay's thread.
    int clientCount() const { return m_clientCount; }
    // These ask the overlay's thread and wait for its answer.
    QList<ClientInfo> clients() const;
    int connectionCount() const; // every open connection: pages, page loads, half-sent requests
    const Limits &limits() const { return m_limits; }

    // The alert box (docs/OVERLAY.md, "Alert box"), run on the overlay's
    // thread like the chat pages; these only queue the work there.
    // http://127.0.0.1:PORT/alerts/CHANNEL?token=TOKEN, or empty like overlayUrl().
    QUrl alertBoxUrl(const QString &channel) const;
    // The tiers and the user's files; the files are read on the overlay's thread.
    void setAlertBoxSetup(const AlertBoxSetup &setup);
    // Queues an alert for the channel's box; its text is shown in its display
    // form (DisplayText). What becomes of it comes back in alertBoxNotice().
    void enqueueAlert(const QString &channel, const AlertBoxItem &item);
    // `channel` empty: every channel's box.
    void alertBoxCommand(const QString &channel, AlertBoxCommand command);
    // Asks the overlay's thread and waits for its answer.
    int alertPageCount(const QString &channel) const;

signals:
    void alertBoxNotice(const soopchat::AlertBoxNotice &notice);
    void clientCountChanged(int count);
    void problemChanged(const QString &problem);

private:
    QString m_token;
    Limits m_limits;
    QByteArray m_customCss;
    quint16 m_port = 0;
    Interfaces m_interfaces = Interfaces::LoopbackOnly;
    QString m_errorString;
    QString m_problem;
    int m_clientCount = 0;
    WorkerThread m_thread {QStringLiteral("overlay")};
    OverlayEngine *m_engine = nullptr; // lives on m_thread
};

} // namespace soopchat
