#include "core/overlay/OverlayVocabulary.h"

#include <QTranslator>

#include "core/events/Badges.h"
#include "core/events/JsonWriter.h"
#include "core/overlay/OverlayAssets.h"
#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

QLatin1StringView hexColor(quint32 rgb, char (&buffer)[8])
{
    static constexpr char Digits[] = "0123456789abcdef";
    buffer[0] = '#';
    for (int i = 0; i < 6; ++i)
        buffer[1 + i] = Digits[(rgb >> (20 - 4 * i)) & 0xF];
    buffer[7] = '\0';
    return QLatin1StringView(buffer, 7);
}

} // namespace

QByteArray OverlayVocabulary::json(QLatin1StringView language) const
{
    if (auto it = m_json.constFind(language); it != m_json.constEnd())
        return it.value();
    return m_json.insert(language, build(language)).value();
}

QByteArray OverlayVocabulary::build(QLatin1StringView language) const
{
    // The page picks its language in its URL, whatever the app's own: labels
    // come from that language's catalogue, not from the installed translator.
    QTranslator translator;
    if (!translator.load(u":/i18n/soopchat_"_s + language + u".qm"_s))
        qCDebug(lcOverlay) << "no translations for overlay pages in" << language << "- labels stay in English";

    QByteArray out;
    JsonWriter w(out);
    char color[8];
    w.beginObject();
    w.key("language"_L1);
    w.value(language);
    w.key("roles"_L1);
    w.beginArray();
    for (const RoleBadge &badge : roleBadges()) {
        w.beginObject();
        w.key("key"_L1);
        w.value(badge.key);
        w.key("label"_L1);
        w.value(QStringView(roleLabel(badge.role, translator)));
        w.key("badge"_L1);
        w.value(QStringView(m_assets.badgeUrl(badge.key)));
        w.key("badge_color"_L1);
        w.value(hexColor(badge.badgeRgb, color));
        w.key("nickname_on_light"_L1);
        w.value(hexColor(badge.nicknameRgbOnLight, color));
        w.key("nickname_on_dark"_L1);
        w.value(hexColor(badge.nicknameRgbOnDark, color));
        w.endObject();
    }
    w.endArray();
    w.key("event_icons"_L1);
    w.beginObject();
    for (int type = 0; type < EventTypeCount; ++type) {
        if (const std::optional<QLatin1StringView> icon = eventIcon(EventType(type))) {
            w.key(eventTypeName(EventType(type)));
            w.value(QStringView(m_assets.badgeUrl(*icon)));
        }
    }
    w.endObject();
    w.endObject();
    return out;
}

} // namespace soopchat
