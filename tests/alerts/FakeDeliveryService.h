#pragma once

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QQueue>
#include <QSslConfiguration>
#include <QStringList>
#include <QTcpSocket>

// A stand-in for Discord's webhooks or Telegram's Bot API on loopback, for
// tests (as the simulator stands in for SOOP). It checks every request as the
// real service would (path, method, query, Content-Type, User-Agent, the JSON
// body's shape) and writes down what is wrong in problems(); it answers with
// the next scripted answer, or the service's success when none is left.
//
// Discord: POST /api/webhooks/<id>/<token>?wait=true with an embed; the
// message object back. Telegram: POST /bot<token>/sendMessage with {chat_id,
// text, ...}; {"ok":true,"result":{...}} back.
class FakeDeliveryService : public QAbstractHttpServer
{
    Q_OBJECT
public:
    enum class Flavour { Discord, Telegram };

    struct Answer
    {
        enum class Kind {
            Success,
            RateLimited, // 429 with retry_after (seconds)
            ServerError, // `status` (500, 502, 503)
            Hang, // never answers (the request was received)
            Drop, // closes the connection without answering (the message was posted: the duplicate hazard)
        };
        Kind kind = Kind::Success;
        double retryAfterSeconds = 0;
        int status = 500;
    };

    struct Request
    {
        QByteArray method;
        QString path;
        QString query;
        QByteArray contentType;
        QByteArray userAgent;
        QByteArray body;
        QJsonObject json;
    };

    FakeDeliveryService(Flavour flavour, QObject *parent = nullptr);
    ~FakeDeliveryService() override;

    // Listens on 127.0.0.1 (`port` 0: any free one); returns the port, 0 on failure.
    // After sslSetup(), it speaks https (webhookUrl() and apiBase() say so).
    quint16 start(quint16 port = 0);
    void startTls(const QSslConfiguration &configuration)
    {
        sslSetup(configuration);
        m_tls = true;
    }
    void stop();
    quint16 port() const { return m_port; }

    // Discord: the webhook that exists ("/api/webhooks/<id>/<token>"); another path gets 404 Unknown Webhook.
    void setWebhook(const QString &id, const QString &token);
    QString webhookUrl() const; // http://127.0.0.1:PORT/api/webhooks/<id>/<token>
    // Telegram: the bot's token and the chats it may write to.
    void setBot(const QString &token, const QStringList &chatIds);
    QString apiBase() const; // http://127.0.0.1:PORT

    void script(const QList<Answer> &answers) { m_script.append(answers); }

    const QList<Request> &requests() const { return m_requests; }
    // The texts the channel shows: requests that were answered with success or posted before a drop.
    const QStringList &posted() const { return m_posted; }
    const QStringList &problems() const { return m_problems; }

signals:
    void requestReceived(int index);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void checkDiscord(const Request &request, QStringList &problems) const;
    void checkTelegram(const Request &request, QStringList &problems) const;
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, int status, const QJsonObject &body,
        const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    QString postedText(const Request &request) const;

    QString scheme() const;

    Flavour m_flavour;
    bool m_tls = false;
    quint16 m_port = 0;
    QString m_webhookId;
    QString m_webhookToken;
    QString m_botToken;
    QStringList m_chatIds;
    QQueue<Answer> m_script;
    QList<Request> m_requests;
    QStringList m_posted;
    QStringList m_problems;
    QList<QPointer<QTcpSocket>> m_hung;
    int m_nextMessageId = 1000;
};
