#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <utility>

namespace soopchat {

// One HTTP/1.1 POST on a connection of its own (Connection: close), over TLS
// for https. Why not QNetworkAccessManager: when a server closes the
// connection after the request was written, Qt's HTTP layer (6.4) sends the
// request again by itself, up to twice, whatever the method; for a webhook
// that is a second post. Here a request is written once, and the caller
// learns whether it went out whole (`requestSent`), which is what decides
// whether repeating it is safe (DeliveryQueue).
class HttpPost : public QObject
{
    Q_OBJECT
public:
    using Header = std::pair<QByteArray, QByteArray>;

    struct Result
    {
        int status = 0; // 0: no answer
        QList<Header> headers;
        QByteArray body;
        QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError; // when status is 0
        bool requestSent = false; // every byte of the request was handed to the network
        bool aborted = false; // abort() (a timeout)
    };

    static constexpr qsizetype MaxAnswer = 1024 * 1024;

    explicit HttpPost(QObject *parent = nullptr);
    ~HttpPost() override;

    // Starts the POST; finished() follows exactly once.
    void start(const QUrl &url, const QList<Header> &headers, const QByteArray &body);
    void abort();
    const Result &result() const { return m_result; }

signals:
    void finished();

private:
    void connected();
    void bytesWritten(qint64 bytes);
    void readyRead();
    void disconnected();
    void failed(QAbstractSocket::SocketError error);
    bool parse(); // true when the whole answer is in
    void finish();

    QPointer<QAbstractSocket> m_socket;
    QByteArray m_request;
    qint64 m_written = 0;
    QByteArray m_buffer;
    qsizetype m_headerEnd = -1;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_done = false;
    Result m_result;
};

} // namespace soopchat
