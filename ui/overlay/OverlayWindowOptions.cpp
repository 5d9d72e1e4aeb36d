#include "ui/overlay/OverlayWindowOptions.h"

#include <algorithm>

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

int intValue(const QVariantMap &map, const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = map.value(key).toInt(&ok);
    return ok ? std::clamp(value, min, max) : fallback;
}

bool boolValue(const QVariantMap &map, const QString &key, bool fallback)
{
    const QVariant value = map.value(key);
    if (!value.isValid())
        return fallback;
    // INI files give back "true"/"false" as strings.
    const QString text = value.toString().trimmed().toLower();
    if (text == "true"_L1 || text == "1"_L1)
        return true;
    if (text == "false"_L1 || text == "0"_L1)
        return false;
    return fallback;
}

QString backgroundName(OverlayWindowOptions::Background background)
{
    return background == OverlayWindowOptions::Background::Transparent ? u"transparent"_s : u"chroma"_s;
}

QString effectName(OverlayWindowOptions::TextEffect effect)
{
    switch (effect) {
    case OverlayWindowOptions::TextEffect::Shadow:
        return u"shadow"_s;
    case OverlayWindowOptions::TextEffect::None:
        return u"none"_s;
    case OverlayWindowOptions::TextEffect::Outline:
        break;
    }
    return u"outline"_s;
}

} // namespace

QVariantMap OverlayWindowOptions::toMap() const
{
    QVariantMap map;
    map.insert(u"background"_s, backgroundName(background));
    map.insert(u"chromaColor"_s, chromaColor.name(QColor::HexRgb));
    map.insert(u"fontFamily"_s, fontFamily);
    map.insert(u"fontSize"_s, fontSize);
    map.insert(u"textEffect"_s, effectName(textEffect));
    map.insert(u"maxLines"_s, maxLines);
    map.insert(u"fadeSeconds"_s, fadeSeconds);
    map.insert(u"badges"_s, showBadges);
    map.insert(u"emphasiseDonations"_s, emphasiseDonations);
    map.insert(u"donationsOnly"_s, donationsOnly);
    map.insert(u"locked"_s, locked);
    map.insert(u"clickThrough"_s, clickThrough);
    if (!geometry.isEmpty())
        map.insert(u"geometry"_s, geometry);
    return map;
}

OverlayWindowOptions OverlayWindowOptions::fromMap(const QVariantMap &map)
{
    OverlayWindowOptions o;
    const QString background = map.value(u"background"_s).toString();
    if (background == backgroundName(Background::Transparent))
        o.background = Background::Transparent;
    const QColor chroma = QColor::fromString(map.value(u"chromaColor"_s).toString());
    if (chroma.isValid())
        o.chromaColor = chroma.toRgb();
    const QString family = map.value(u"fontFamily"_s).toString().trimmed();
    if (!family.isEmpty() && family.size() <= 200)
        o.fontFamily = family;
    o.fontSize = intValue(map, u"fontSize"_s, o.fontSize, MinFontSize, MaxFontSize);
    const QString effect = map.value(u"textEffect"_s).toString();
    for (TextEffect e : {TextEffect::Outline, TextEffect::Shadow, TextEffect::None}) {
        if (effect == effectName(e))
            o.textEffect = e;
    }
    o.maxLines = intValue(map, u"maxLines"_s, o.maxLines, MinLines, MaxLines);
    o.fadeSeconds = intValue(map, u"fadeSeconds"_s, o.fadeSeconds, 0, MaxFadeSeconds);
    o.showBadges = boolValue(map, u"badges"_s, o.showBadges);
    o.emphasiseDonations = boolValue(map, u"emphasiseDonations"_s, o.emphasiseDonations);
    o.donationsOnly = boolValue(map, u"donationsOnly"_s, o.donationsOnly);
    o.locked = boolValue(map, u"locked"_s, o.locked);
    o.clickThrough = boolValue(map, u"clickThrough"_s, o.clickThrough);
    o.geometry = map.value(u"geometry"_s).toByteArray();
    return o;
}

} // namespace soopchat
