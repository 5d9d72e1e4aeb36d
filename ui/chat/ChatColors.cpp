#include "ui/chat/ChatColors.h"

#include <array>

#include "core/events/Badges.h"
#include "core/events/EventLook.h"

namespace soopchat {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Hues for everyone without a role. Roles own red, green, magenta, teal,
// violet and amber, so the hashed colours are drawn lighter/greyer in the
// palette below and never take the role colours' full saturation.
constexpr std::array<int, 12> UserHues = {205, 25, 145, 265, 330, 180, 45, 225, 5, 100, 290, 160};

} // namespace

ChatColors::ChatColors(const QPalette &palette)
    : m_dark(palette.color(QPalette::Base).lightness() < 128), m_text(palette.color(QPalette::Text)),
      m_base(palette.color(QPalette::Base))
{
    m_muted = mix(m_base, m_text, m_dark ? 0.55 : 0.5);
}

QColor ChatColors::role(Role role) const
{
    const RoleBadge &badge = roleBadge(role);
    return QColor(QRgb(m_dark ? badge.nicknameRgbOnDark : badge.nicknameRgbOnLight));
}

QColor ChatColors::nickname(Roles roles, QStringView userId) const
{
    if (const std::optional<Role> main = mainRole(roles))
        return role(*main);
    return hashed(userId);
}

QColor ChatColors::hashed(QStringView userId) const
{
    // FNV-1a of our own: qHash mixes a per-process random seed into strings
    // even when given a seed of its own (AES hashing), so a regular's colour
    // would change with every run.
    quint64 h = 0xCBF29CE484222325;
    for (QChar c : userId) {
        h ^= c.unicode();
        h *= 0x100000001B3;
    }
    const int hue = UserHues[h % UserHues.size()];
    return m_dark ? QColor::fromHsl(hue, 110, 178) : QColor::fromHsl(hue, 120, 82);
}

QColor ChatColors::donationAccent(EventType type) const
{
    if (const std::optional<EventAccent> accent = eventAccent(type))
        return QColor::fromRgba(accent->on(m_dark));
    return m_muted;
}

QColor ChatColors::noticeAccent(EventType type) const
{
    return type == EventType::AdminNotice ? QColor(0xE5, 0x48, 0x4D) : QColor(0x3E, 0x8B, 0xF5);
}

QColor ChatColors::gapAccent() const
{
    return m_dark ? QColor(0xF2, 0xA5, 0x3A) : QColor(0xB8, 0x6A, 0x00);
}

QColor ChatColors::tint(const QColor &accent, qreal amount) const
{
    // Dark themes need a little more of the accent to show at all.
    return mix(m_base, accent, m_dark ? amount * 1.25 : amount);
}

} // namespace soopchat
