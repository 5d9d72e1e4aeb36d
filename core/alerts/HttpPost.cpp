#include "core/alerts/HttpPost.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace soopchat {

namespace {

// A chunked body: true when the last chunk is in (or the framing is broken,
// which ends the answer with what was read).
bool dechunk(const QByteArray &in, QByteArray *out)
{
    out->clear();
    qsizetype pos = 0;
    while (true) {
        const qsizetype eol = in.indexOf("\r\n", pos);
        if (eol < 0)
            return false;
        bool ok = false;
        const qint64 size = in.mid(pos, eol - pos).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return true;
        pos = eol + 2;
        if (size == 0)
            return true;
        if (in.size() < pos + size + 2)
            return false;
        out->append(in.mid(pos, size));
        pos += size + 2;
    }
}

} // namespace

HttpPost::HttpPost(QObject *parent) : QObject(parent)
{ }

HttpPost::~HttpPost()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpPost::start(const QUrl &url, const QList<Header> &headers, const QByteArray &body)
{
    const bool tls = url.scheme() == QLatin1StringView("https");
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray host = QUrl::toAce(url.host());
    if (url.host().contains(u':'))
        host = '[' + url.host().toLatin1() + ']';
    if (url.port() > 0)
        host += ':' + QByteArray::number(url.port());

    m_request = "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const Header &header : headers)
        m_request += header.first + ": " + header.second + "\r\n";
    m_request += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;

    if (tls) {
        auto *socket = new QSslSocket(this);
        m_socket = socket;
        connect(socket, &QSslSocket::encrypted, this, &HttpPost::connected);
        socket->connectToHostEncrypted(url.host(), port);
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, &HttpPost::connected);
        m_socket->connectToHost(url.host(), port);
    }
    connect(m_socket, &QAbstractSocket::bytesWritten, this, &HttpPost::bytesWritten);
    connect(m_socket, &QAbstractSocket::readyRead, this, &HttpPost::readyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpPost::disconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpPost::failed);
}

void HttpPost::abort()
{
    if (m_done)
        return;
    m_result.aborted = true;
    m_result.error = QAbstractSocket::SocketTimeoutError;
    finish();
}

void HttpPost::connected()
{
    // Written once: never again on this or another connection.
    m_socket->write(m_request);
}

void HttpPost::bytesWritten(qint64 bytes)
{
    m_written += bytes;
    if (m_written >= m_request.size())
        m_result.requestSent = true;
}

void HttpPost::readyRead()
{
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > MaxAnswer) {
        m_buffer.truncate(MaxAnswer);
        parse();
        finish();
        return;
    }
    if (parse())
        finish();
}

void HttpPost::disconnected()
{
    if (m_socket)
        m_buffer += m_socket->readAll();
    parse();
    if (m_result.status == 0)
        m_result.error = QAbstractSocket::RemoteHostClosedError;
    finish();
}

void HttpPost::failed(QAbstractSocket::SocketError error)
{
    if (m_done)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        disconnected(); // the answer may be whole: an answer read until the connection closes
        return;
    }
    m_result.error = error;
    parse();
    finish();
}

bool HttpPost::parse()
{
    while (m_headerEnd < 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        const int status =
            statusLine.size() >= 2 && statusLine.first().startsWith("HTTP/") ? statusLine.at(1).toInt() : 0;
        if (status >= 100 && status < 200) {
            m_buffer.remove(0, end + 4); // an interim answer (100 Continue): the real one follows
            continue;
        }
        m_result.status = status;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            m_result.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                m_contentLength = value.toLongLong();
            else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
                m_chunked = value.toLower().contains("chunked");
        }
        m_headerEnd = end + 4;
    }
    const QByteArray body = m_buffer.mid(m_headerEnd);
    if (m_chunked)
        return dechunk(body, &m_result.body);
    if (m_contentLength >= 0) {
        m_result.body = body.left(m_contentLength);
        return body.size() >= m_contentLength;
    }
    m_result.body = body; // until the connection closes
    return false;
}

void HttpPost::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    emit finished();
}

} // namespace soopchat
