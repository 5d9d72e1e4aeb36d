#pragma once

#include <QByteArray>
#include <QHash>
#include <QLatin1StringView>

namespace soopchat {

class OverlayAssets;

// What the overlay page knows about roles and icons, taken from the one badge
// table (core/events/Badges.h) and sent in each page's hello, so the page
// keeps no copy: the roles in drawing order with their badge URL, badge
// colour, nickname colours and label in the page's language, and the icon
// URL of each kind of event that has one, the accent of each kind of gift and
// subscription and the look of each donation tier (core/events/EventLook.h),
// as the overlay window draws them. Which tier an event is in comes with the
// event (OverlayProtocol::eventJson). docs/OVERLAY.md shows the object.
class OverlayVocabulary
{
public:
    explicit OverlayVocabulary(const OverlayAssets &assets) : m_assets(assets) { }

    // The JSON object for a page in `language` (one of
    // OverlayProtocol::PageLanguages, whose views outlive this), built once
    // per language.
    QByteArray json(QLatin1StringView language) const;

private:
    QByteArray build(QLatin1StringView language) const;

    const OverlayAssets &m_assets;
    mutable QHash<QLatin1StringView, QByteArray> m_json;
};

} // namespace soopchat
