#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringView>

namespace soopchat {

// The overlay page's files, compiled in from resources/overlay, with the
// content types and security headers they are served with.
class OverlayAssets
{
public:
    struct File
    {
        QByteArray contentType;
        QByteArray bytes;
    };

    // /overlay/CHANNEL: the page itself.
    const File &page() const;
    // /overlay/static/NAME, or null when NAME is not one of the page's files.
    const File *staticFile(QStringView name) const;

    // No inline or foreign script, nothing fetched from elsewhere, and the
    // websocket only back to the server the page came from (`host` is the
    // request's Host header, used only when it looks like host[:port]).
    static QByteArray contentSecurityPolicy(QByteArrayView host);

private:
    const File *load(const QString &name) const;

    mutable QHash<QString, File> m_cache;
};

} // namespace soopchat
