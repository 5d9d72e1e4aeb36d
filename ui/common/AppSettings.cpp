#include "ui/common/AppSettings.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

#include "core/util/AppPaths.h"
#include "core/util/RandomId.h"

namespace soopchat {

using namespace Qt::StringLiterals;

AppSettings::AppSettings(const QString &path) : m_settings(path, QSettings::IniFormat)
{
    m_settings.setAtomicSyncRequired(true);
    // Private from the first write: the config folder 0700, the file 0600
    // (QSaveFile, which QSettings writes through, keeps the mode it finds).
    const QString folder = QFileInfo(path).absolutePath();
    if (AppPaths::isAppFolder(folder) ? AppPaths::makePrivateFolder(folder) : QDir().mkpath(folder))
        AppPaths::makePrivateFile(path);
}

QString AppSettings::defaultPath()
{
    return AppPaths::configDir() + u"/soopchat.ini"_s;
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value("window/geometry"_L1).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue("window/geometry"_L1, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value("window/state"_L1).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue("window/state"_L1, state);
}

QStringList AppSettings::openChannels() const
{
    return m_settings.value("channels/open"_L1).toStringList();
}

void AppSettings::setOpenChannels(const QStringList &channels)
{
    m_settings.setValue("channels/open"_L1, channels);
}

int AppSettings::currentChannel() const
{
    return m_settings.value("channels/current"_L1, 0).toInt();
}

void AppSettings::setCurrentChannel(int index)
{
    m_settings.setValue("channels/current"_L1, index);
}

QStringList AppSettings::recentChannels() const
{
    return m_settings.value("channels/recent"_L1).toStringList();
}

void AppSettings::addRecentChannel(const QString &channel)
{
    QStringList recent = recentChannels();
    recent.removeAll(channel);
    recent.prepend(channel);
    while (recent.size() > MaxRecentChannels)
        recent.removeLast();
    m_settings.setValue("channels/recent"_L1, recent);
}

bool AppSettings::showTimestamps() const
{
    return m_settings.value("view/showTimestamps"_L1, true).toBool();
}

void AppSettings::setShowTimestamps(bool show)
{
    m_settings.setValue("view/showTimestamps"_L1, show);
}

int AppSettings::maxRows() const
{
    return m_settings.value("view/maxRows"_L1, 10'000).toInt();
}

void AppSettings::setMaxRows(int rows)
{
    m_settings.setValue("view/maxRows"_L1, rows);
}

bool AppSettings::statsVisible() const
{
    return m_settings.value("view/statsVisible"_L1, true).toBool();
}

void AppSettings::setStatsVisible(bool visible)
{
    m_settings.setValue("view/statsVisible"_L1, visible);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value("view/splitter"_L1).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue("view/splitter"_L1, state);
}

int AppSettings::chatCategories() const
{
    return m_settings.value("view/categories"_L1, -1).toInt();
}

void AppSettings::setChatCategories(int categories)
{
    m_settings.setValue("view/categories"_L1, categories);
}

QString AppSettings::language() const
{
    return m_settings.value("general/language"_L1, u"system"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue("general/language"_L1, language);
}

bool AppSettings::recordingEnabled() const
{
    return m_settings.value("recording/enabled"_L1, true).toBool();
}

void AppSettings::setRecordingEnabled(bool enabled)
{
    m_settings.setValue("recording/enabled"_L1, enabled);
}

QString AppSettings::recordingPath() const
{
    return m_settings.value("recording/path"_L1).toString();
}

void AppSettings::setRecordingPath(const QString &path)
{
    m_settings.setValue("recording/path"_L1, path);
}

quint16 AppSettings::overlayPort() const
{
    return hasOverlayPort() ? quint16(m_settings.value("overlay/port"_L1).toUInt()) : DefaultOverlayPort;
}

bool AppSettings::hasOverlayPort() const
{
    // Older versions kept 0 for "any free port", which changed at every start.
    const uint port = m_settings.value("overlay/port"_L1, 0).toUInt();
    return port >= MinOverlayPort && port <= 65535;
}

void AppSettings::setOverlayPort(quint16 port)
{
    m_settings.setValue("overlay/port"_L1, port);
}

QString AppSettings::overlayCustomCss() const
{
    return m_settings.value("overlay/customCss"_L1).toString().left(MaxOverlayCss);
}

void AppSettings::setOverlayCustomCss(const QString &css)
{
    if (css.trimmed().isEmpty())
        m_settings.remove("overlay/customCss"_L1);
    else
        m_settings.setValue("overlay/customCss"_L1, css.left(MaxOverlayCss));
}

bool AppSettings::overlayTokenInFile() const
{
    return m_settings.value("overlay/tokenInFile"_L1, false).toBool();
}

void AppSettings::setOverlayTokenInFile(bool inFile)
{
    m_settings.setValue("overlay/tokenInFile"_L1, inFile);
}

bool AppSettings::overlayLanAccess() const
{
    return m_settings.value("overlay/lanAccess"_L1, false).toBool();
}

void AppSettings::setOverlayLanAccess(bool allowed)
{
    m_settings.setValue("overlay/lanAccess"_L1, allowed);
}

// One key per option ("overlayWindow/CHANNEL/fontSize=27"), so a person can
// read and edit them; the window's geometry as base64 text. Older versions
// wrote the whole map as one value, a binary blob in the file: still read,
// and replaced at the next save.
QVariantMap AppSettings::overlayWindowOptions(const QString &channel) const
{
    const QString group = u"overlayWindow/"_s + channel;
    const QVariant blob = m_settings.value(group);
    if (blob.typeId() == QMetaType::QVariantMap)
        return blob.toMap();
    // The channel's own keys only (a group is a read position, not a change).
    auto &settings = const_cast<QSettings &>(m_settings);
    settings.beginGroup(group);
    QVariantMap options;
    for (const QString &name : settings.childKeys()) {
        const QVariant value = settings.value(name);
        options.insert(name, name == "geometry"_L1 ? QVariant(QByteArray::fromBase64(value.toByteArray())) : value);
    }
    settings.endGroup();
    return options;
}

void AppSettings::setOverlayWindowOptions(const QString &channel, const QVariantMap &options)
{
    const QString group = u"overlayWindow/"_s + channel;
    m_settings.remove(group); // the old blob, and options no longer set
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        const QVariant value =
            it.key() == "geometry"_L1 ? QVariant(QString::fromLatin1(it.value().toByteArray().toBase64())) : it.value();
        m_settings.setValue(group + u'/' + it.key(), value);
    }
}

// --- Highlights, ignore lists and the role filter (issue #13) ---

namespace {

QString rolesText(Roles roles)
{
    QStringList names;
    for (Role role : AllRoles) {
        if (roles.testFlag(role))
            names.append(roleName(role));
    }
    return names.join(u' ');
}

Roles rolesFromText(const QString &text)
{
    Roles roles;
    for (const QString &name : text.split(u' ', Qt::SkipEmptyParts)) {
        for (Role role : AllRoles) {
            if (name == roleName(role))
                roles |= role;
        }
    }
    return roles;
}

constexpr std::pair<HighlightRule::Kind, QLatin1StringView> HighlightKinds[] = {
    {HighlightRule::Kind::Phrase, "phrase"_L1},
    {HighlightRule::Kind::Regex, "regex"_L1},
    {HighlightRule::Kind::User, "user"_L1},
    {HighlightRule::Kind::Role, "role"_L1},
    {HighlightRule::Kind::OwnName, "own_name"_L1},
};
constexpr std::pair<IgnoreRule::Kind, QLatin1StringView> IgnoreKinds[] = {
    {IgnoreRule::Kind::User, "user"_L1},
    {IgnoreRule::Kind::Phrase, "phrase"_L1},
    {IgnoreRule::Kind::Regex, "regex"_L1},
};

template<typename Kind, std::size_t N>
QLatin1StringView kindName(const std::pair<Kind, QLatin1StringView> (&kinds)[N], Kind kind)
{
    for (const auto &[k, name] : kinds) {
        if (k == kind)
            return name;
    }
    return kinds[0].second;
}

template<typename Kind, std::size_t N>
std::optional<Kind> kindOf(const std::pair<Kind, QLatin1StringView> (&kinds)[N], const QString &name)
{
    for (const auto &[k, text] : kinds) {
        if (name == text)
            return k;
    }
    return std::nullopt;
}

} // namespace

ChatRuleSet AppSettings::chatRules() const
{
    auto &settings = const_cast<QSettings &>(m_settings);
    ChatRuleSet rules;
    for (const QString &name : settings.value("rules/ownNames"_L1).toString().split(u',', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            rules.ownNames.append(name.trimmed());
    }
    const int highlights = settings.beginReadArray("rules/highlights"_L1);
    for (int i = 0; i < highlights; ++i) {
        settings.setArrayIndex(i);
        const auto kind = kindOf(HighlightKinds, settings.value("kind"_L1).toString());
        if (!kind)
            continue; // a kind from a newer version
        HighlightRule rule;
        rule.kind = *kind;
        rule.pattern = settings.value("pattern"_L1).toString();
        rule.roles = rolesFromText(settings.value("roles"_L1).toString());
        bool ok = false;
        const QString colour = settings.value("colour"_L1).toString();
        const uint rgb = colour.startsWith(u'#') ? colour.sliced(1).toUInt(&ok, 16) : 0;
        if (ok)
            rule.rgb = rgb & 0xffffff;
        rule.sound = settings.value("sound"_L1, false).toBool();
        rules.highlights.append(rule);
    }
    settings.endArray();
    const int ignores = settings.beginReadArray("rules/ignores"_L1);
    for (int i = 0; i < ignores; ++i) {
        settings.setArrayIndex(i);
        const auto kind = kindOf(IgnoreKinds, settings.value("kind"_L1).toString());
        if (!kind)
            continue;
        IgnoreRule rule;
        rule.kind = *kind;
        rule.pattern = settings.value("pattern"_L1).toString();
        rule.replace = settings.value("replace"_L1, false).toBool();
        rule.replacement = settings.value("replacement"_L1).toString();
        rules.ignores.append(rule);
    }
    settings.endArray();
    return rules;
}

void AppSettings::setChatRules(const ChatRuleSet &rules)
{
    m_settings.remove("rules/highlights"_L1);
    m_settings.remove("rules/ignores"_L1);
    m_settings.setValue("rules/ownNames"_L1, rules.ownNames.join(u", "_s));
    m_settings.beginWriteArray("rules/highlights"_L1, int(rules.highlights.size()));
    for (int i = 0; i < rules.highlights.size(); ++i) {
        const HighlightRule &rule = rules.highlights[i];
        m_settings.setArrayIndex(i);
        m_settings.setValue("kind"_L1, kindName(HighlightKinds, rule.kind));
        m_settings.setValue("pattern"_L1, rule.pattern);
        m_settings.setValue("roles"_L1, rolesText(rule.roles));
        m_settings.setValue(
            "colour"_L1, QString(u"#"_s + QString::number(rule.rgb & 0xffffff, 16).rightJustified(6, u'0')));
        m_settings.setValue("sound"_L1, rule.sound);
    }
    m_settings.endArray();
    m_settings.beginWriteArray("rules/ignores"_L1, int(rules.ignores.size()));
    for (int i = 0; i < rules.ignores.size(); ++i) {
        const IgnoreRule &rule = rules.ignores[i];
        m_settings.setArrayIndex(i);
        m_settings.setValue("kind"_L1, kindName(IgnoreKinds, rule.kind));
        m_settings.setValue("pattern"_L1, rule.pattern);
        m_settings.setValue("replace"_L1, rule.replace);
        m_settings.setValue("replacement"_L1, rule.replacement);
    }
    m_settings.endArray();
}

int AppSettings::chatRoleFilter() const
{
    return m_settings.value("rules/chatRoleFilter"_L1, 0).toInt();
}

void AppSettings::setChatRoleFilter(int roles)
{
    m_settings.setValue("rules/chatRoleFilter"_L1, roles);
}

// ---- Favourites (issue #13) ------------------------------------------------

QStringList AppSettings::favourites() const
{
    QStringList channels = m_settings.value("favourites/channels"_L1).toStringList();
    channels.removeAll(QString());
    return channels;
}

void AppSettings::setFavourites(const QStringList &channels)
{
    // An empty list is still a saved list (the demo fills only a first start's).
    m_settings.setValue("favourites/channels"_L1, channels.isEmpty() ? QVariant(QString()) : QVariant(channels));
}

bool AppSettings::hasFavourites() const
{
    return m_settings.contains("favourites/channels"_L1);
}

bool AppSettings::favouritesNotify() const
{
    return m_settings.value("favourites/notify"_L1, true).toBool();
}

void AppSettings::setFavouritesNotify(bool notify)
{
    m_settings.setValue("favourites/notify"_L1, notify);
}

int AppSettings::favouritesCheckMinutes() const
{
    const int minutes = m_settings.value("favourites/checkMinutes"_L1, 3).toInt();
    return std::clamp(minutes, MinFavouritesCheckMinutes, MaxFavouritesCheckMinutes);
}

void AppSettings::setFavouritesCheckMinutes(int minutes)
{
    m_settings.setValue(
        "favourites/checkMinutes"_L1, std::clamp(minutes, MinFavouritesCheckMinutes, MaxFavouritesCheckMinutes));
}

// Appearance (issue #13), under [appearance]. Values out of range (an
// edited file) are brought back into it.
AppSettings::Theme AppSettings::theme() const
{
    const QString theme = m_settings.value("appearance/theme"_L1).toString();
    if (theme == "light"_L1)
        return Theme::Light;
    if (theme == "dark"_L1)
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    static const QLatin1StringView names[] = {"system"_L1, "light"_L1, "dark"_L1};
    m_settings.setValue("appearance/theme"_L1, QString(names[int(theme)]));
}

QString AppSettings::chatFont() const
{
    return m_settings.value("appearance/chatFont"_L1).toString();
}

void AppSettings::setChatFont(const QString &font)
{
    if (font.isEmpty())
        m_settings.remove("appearance/chatFont"_L1);
    else
        m_settings.setValue("appearance/chatFont"_L1, font);
}

int AppSettings::chatZoomPercent() const
{
    return std::clamp(m_settings.value("appearance/chatZoom"_L1, 100).toInt(), MinChatZoomPercent, MaxChatZoomPercent);
}

void AppSettings::setChatZoomPercent(int percent)
{
    m_settings.setValue("appearance/chatZoom"_L1, std::clamp(percent, MinChatZoomPercent, MaxChatZoomPercent));
}

bool AppSettings::compactRows() const
{
    return m_settings.value("appearance/compactRows"_L1, false).toBool();
}

void AppSettings::setCompactRows(bool compact)
{
    m_settings.setValue("appearance/compactRows"_L1, compact);
}

bool AppSettings::alwaysOnTop() const
{
    return m_settings.value("appearance/alwaysOnTop"_L1, false).toBool();
}

void AppSettings::setAlwaysOnTop(bool onTop)
{
    m_settings.setValue("appearance/alwaysOnTop"_L1, onTop);
}

int AppSettings::windowOpacityPercent() const
{
    return std::clamp(m_settings.value("appearance/windowOpacity"_L1, 100).toInt(), MinWindowOpacityPercent, 100);
}

void AppSettings::setWindowOpacityPercent(int percent)
{
    m_settings.setValue("appearance/windowOpacity"_L1, std::clamp(percent, MinWindowOpacityPercent, 100));
}

QString AppSettings::clientUuid()
{
    QString uuid = m_settings.value("client/uuid"_L1).toString();
    if (uuid.isEmpty()) {
        uuid = randomHexId();
        m_settings.setValue("client/uuid"_L1, uuid);
    }
    return uuid;
}

QSettings::Status AppSettings::sync()
{
    m_settings.sync();
    return m_settings.status();
}

} // namespace soopchat
