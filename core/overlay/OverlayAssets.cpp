#include "core/overlay/OverlayAssets.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

#include "core/events/Badges.h"
#include "core/overlay/OverlayProtocol.h"
#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    QLatin1StringView name; // as served under /overlay/static/
    QLatin1StringView resource;
    QLatin1StringView contentType;
};

constexpr Entry Entries[] = {
    {"overlay.html"_L1, ":/overlay/overlay.html"_L1, "text/html; charset=utf-8"_L1},
    {"overlay.css"_L1, ":/overlay/overlay.css"_L1, "text/css; charset=utf-8"_L1},
    {"overlay.js"_L1, ":/overlay/overlay.js"_L1, "text/javascript; charset=utf-8"_L1},
    {"NanumSquareR.ttf"_L1, ":/overlay/fonts/NanumSquareR.ttf"_L1, "font/ttf"_L1},
    {"NanumSquareB.ttf"_L1, ":/overlay/fonts/NanumSquareB.ttf"_L1, "font/ttf"_L1},
    {"OFL.txt"_L1, ":/overlay/fonts/OFL.txt"_L1, "text/plain; charset=utf-8"_L1},
    // The alert box (/alerts/CHANNEL) and its built-in images, one per donation tier.
    {"alerts.html"_L1, ":/overlay/alerts.html"_L1, "text/html; charset=utf-8"_L1},
    {"alerts.css"_L1, ":/overlay/alerts.css"_L1, "text/css; charset=utf-8"_L1},
    {"alerts.js"_L1, ":/overlay/alerts.js"_L1, "text/javascript; charset=utf-8"_L1},
    {"alert-small.svg"_L1, ":/overlay/alerts/alert-small.svg"_L1, "image/svg+xml"_L1},
    {"alert-medium.svg"_L1, ":/overlay/alerts/alert-medium.svg"_L1, "image/svg+xml"_L1},
    {"alert-large.svg"_L1, ":/overlay/alerts/alert-large.svg"_L1, "image/svg+xml"_L1},
    {"alert-huge.svg"_L1, ":/overlay/alerts/alert-huge.svg"_L1, "image/svg+xml"_L1},
};

// Only the table's icons are served: a name never reaches the resource system unchecked.
bool isBadgeIcon(QStringView icon)
{
    for (const RoleBadge &badge : roleBadges()) {
        if (badge.key == icon)
            return true;
    }
    for (QLatin1StringView eventIcon : eventIcons()) {
        if (eventIcon == icon)
            return true;
    }
    return false;
}

} // namespace

const OverlayAssets::File &OverlayAssets::page() const
{
    static const File missing {"text/plain; charset=utf-8", "overlay page missing from this build", {}};
    const File *file = load(u"overlay.html"_s);
    return file ? *file : missing;
}

const OverlayAssets::File &OverlayAssets::alertPage() const
{
    static const File missing {"text/plain; charset=utf-8", "alert box page missing from this build", {}};
    const File *file = load(u"alerts.html"_s);
    return file ? *file : missing;
}

const OverlayAssets::File *OverlayAssets::staticFile(QStringView name) const
{
    // The pages are served only at /overlay/CHANNEL and /alerts/CHANNEL, behind the token.
    if (name == "overlay.html"_L1 || name == "alerts.html"_L1)
        return nullptr;
    return load(name.toString());
}

const OverlayAssets::File *OverlayAssets::badge(QStringView fileName) const
{
    if (!fileName.endsWith(".svg"_L1) || !isBadgeIcon(fileName.chopped(4)))
        return nullptr;
    const QString name = fileName.toString();
    if (auto it = m_badges.constFind(name); it != m_badges.constEnd())
        return &it.value();
    const QByteArray icon = fileName.chopped(4).toLatin1();
    QFile file(badgeResourcePath(QLatin1StringView(icon)));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcOverlay) << "badge icon missing:" << file.fileName();
        return nullptr;
    }
    const QByteArray bytes = file.readAll();
    const QByteArray version = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
    return &m_badges.insert(name, File {"image/svg+xml", bytes, version}).value();
}

QString OverlayAssets::badgeUrl(QLatin1StringView icon) const
{
    const QString fileName = icon + ".svg"_L1;
    const File *file = badge(fileName);
    if (!file)
        return {};
    return OverlayProtocol::BadgePathPrefix + fileName + "?v="_L1 + QLatin1StringView(file->version);
}

const OverlayAssets::File *OverlayAssets::load(const QString &name) const
{
    if (auto it = m_cache.constFind(name); it != m_cache.constEnd())
        return &it.value();
    for (const Entry &entry : Entries) {
        if (entry.name != name)
            continue;
        QFile file(entry.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcOverlay) << "overlay resource missing:" << entry.resource;
            return nullptr;
        }
        return &m_cache
                    .insert(
                        name, File {QByteArray(entry.contentType.data(), entry.contentType.size()), file.readAll(), {}})
                    .value();
    }
    return nullptr;
}

QByteArray OverlayAssets::contentSecurityPolicy(QByteArrayView host)
{
    static const QRegularExpression hostPattern(uR"(^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$)"_s);
    QByteArray connect = "'self'";
    if (!host.isEmpty() && hostPattern.match(QString::fromLatin1(host)).hasMatch())
        connect += " ws://" + host.toByteArray();
    // Styles may be inline because OBS's own "Custom CSS" box and our `css`
    // option insert <style> elements; scripts may not.
    return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; "
           "img-src 'self' data:; media-src 'self'; connect-src " +
        connect + "; base-uri 'none'; form-action 'none'";
}

} // namespace soopchat
