#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

#include <functional>

namespace soopchat {

// Qt's HTTP server with both of its decisions handed to the owner. In Qt 6.4,
// handleRequest() also decides websocket upgrades: returning true hands the
// connection to the built-in websocket server, false answers it through
// missingHandler(). That lets the overlay refuse a wrong token with a plain
// HTTP 403 before any handshake, which QHttpServer's router cannot express.
class OverlayHttpServer : public QAbstractHttpServer
{
public:
    using RequestHandler = std::function<bool(const QHttpServerRequest &, QTcpSocket *)>;
    using MissingHandler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    OverlayHttpServer(RequestHandler handle, MissingHandler missing, QObject *parent = nullptr)
        : QAbstractHttpServer(parent), m_handle(std::move(handle)), m_missing(std::move(missing))
    { }

    static QHttpServerResponder responder(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        return m_handle(request, socket);
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override { m_missing(request, socket); }

private:
    RequestHandler m_handle;
    MissingHandler m_missing;
};

} // namespace soopchat
