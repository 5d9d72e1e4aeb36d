#pragma once

#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include "core/events/ChatEvent.h"
#include "core/soop/EventStreamDecoder.h"

namespace soopchat::sim {
class SoopSimulator;
}

// A raw websocket client for the simulator tests: it sends exactly the bytes
// a test gives it and keeps every frame it receives, decoded as the real
// client would decode them (EventStreamDecoder over the byte stream).
class SimTestClient : public QObject
{
    Q_OBJECT

public:
    enum class Subprotocol { Chat, None };
    enum class Secure { No, Yes };

    explicit SimTestClient(QObject *parent = nullptr);

    static QUrl chatUrl(const soopchat::sim::SoopSimulator &sim, const QString &bid, Secure secure = Secure::No);

    void open(const QUrl &url, Subprotocol subprotocol = Subprotocol::Chat);
    bool waitConnected();
    bool waitDisconnected();
    void send(const QByteArray &packet) { m_socket.sendBinaryMessage(packet); }

    // Guest LOGIN and JOIN (minimal form) with the replies awaited.
    bool handshake(const QString &chatNo);

    // Waits until `count` events have arrived in total.
    bool waitForEvents(qsizetype count);
    bool waitForType(soopchat::EventType type);

    QWebSocket &socket() { return m_socket; }
    const QList<QByteArray> &frames() const { return m_frames; }
    const soopchat::EventBatch &events() const { return m_events; }
    QList<soopchat::EventPtr> eventsOf(soopchat::EventType type) const;
    qsizetype malformedCount() const;
    // The flood numbers of the chat events, in arrival order.
    QList<quint64> floodSequence() const;
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    int disconnects() const { return m_disconnects; }

private:
    void onFrame(const QByteArray &frame);

    QWebSocket m_socket;
    QList<QByteArray> m_frames;
    soopchat::soop::EventStreamDecoder m_decoder;
    soopchat::EventBatch m_events;
    int m_disconnects = 0;
};
