#include "core/overlay/OverlayVocabulary.h"

#include <QTranslator>

#include "core/events/Badges.h"
#include "core/events/EventLook.h"
#include "core/events/EventWords.h"
#include "core/events/JsonWriter.h"
#include "core/overlay/OverlayAssets.h"
#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

QLatin1StringView hexColor(quint32 rgb, char (&buffer)[10])
{
    buffer[0] = '#';
    for (int i = 0; i < 6; ++i)
        buffer[1 + i] = HexDigits[(rgb >> (20 - 4 * i)) & 0xF];
    return QLatin1StringView(buffer, 7);
}

// 0xAARRGGBB as CSS writes it: "#rrggbbaa".
QLatin1StringView hexColorWithAlpha(quint32 argb, char (&buffer)[10])
{
    hexColor(argb, buffer);
    buffer[7] = HexDigits[(argb >> 28) & 0xF];
    buffer[8] = HexDigits[(argb >> 24) & 0xF];
    return QLatin1StringView(buffer, 9);
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 4);
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
    char color[10];
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

    // The accents and tiers of core/events/EventLook.h.
    w.key("donations"_L1);
    w.beginObject();
    for (int type = 0; type < EventTypeCount; ++type) {
        if (const std::optional<EventAccent> accent = eventAccent(EventType(type))) {
            w.key(eventTypeName(EventType(type)));
            w.beginObject();
            w.key("accent_on_light"_L1);
            w.value(hexColor(accent->onLight, color));
            w.key("accent_on_dark"_L1);
            w.value(hexColor(accent->onDark, color));
            w.endObject();
        }
    }
    w.endObject();
    w.key("tiers"_L1);
    w.beginObject();
    for (DonationTier tier : {DonationTier::Small, DonationTier::Medium, DonationTier::Large, DonationTier::Huge}) {
        const TierLook &look = tierLook(tier);
        w.key(donationTierName(tier));
        w.beginObject();
        w.key("scale"_L1);
        w.rawValue(number(look.scale));
        w.key("bar_px"_L1);
        w.rawValue(number(look.barPx));
        w.key("from_alpha"_L1);
        w.rawValue(number(look.fromAlpha));
        w.key("to_alpha"_L1);
        w.rawValue(number(look.toAlpha));
        if (look.warmFrom != 0) {
            w.key("warm_from"_L1);
            w.value(hexColorWithAlpha(look.warmFrom, color));
            w.key("warm_to"_L1);
            w.value(hexColorWithAlpha(look.warmTo, color));
        }
        if (look.glows()) {
            w.key("halo"_L1);
            w.value(hexColorWithAlpha(look.halo, color));
        }
        w.endObject();
    }
    w.endObject();

    // What each donation and subscription did, in the app's words
    // (core/events/EventWords), in the page's language: the form for one and
    // for any other count, with %Ln and %1 for the page to fill in.
    w.key("actions"_L1);
    w.beginObject();
    for (int type = 0; type < EventTypeCount; ++type) {
        if (!hasActionWords(EventType(type)))
            continue;
        w.key(eventTypeName(EventType(type)));
        w.beginObject();
        w.key("one"_L1);
        w.value(QStringView(actionTemplate(EventType(type), 1, translator)));
        w.key("other"_L1);
        w.value(QStringView(actionTemplate(EventType(type), 2, translator)));
        w.endObject();
    }
    w.endObject();
    w.endObject();
    return out;
}

} // namespace soopchat
