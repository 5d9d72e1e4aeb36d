#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QVariantMap>

namespace soopchat {

// How one channel's overlay window looks and behaves. Kept per channel in
// AppSettings::overlayWindowOptions(channel) as a map of plain values (enums
// as words), so the INI file stays readable and an unknown or broken value
// falls back to its default instead of failing.
struct OverlayWindowOptions
{
    enum class Background : quint8 { ChromaKey, Transparent };
    enum class TextEffect : quint8 { Outline, Shadow, None };

    static constexpr int MinFontSize = 8;
    static constexpr int MaxFontSize = 96;
    static constexpr int MinLines = 1;
    static constexpr int MaxLines = 200;
    static constexpr int MaxFadeSeconds = 3600;
    static QColor defaultChromaColor() { return QColor(0x00, 0xFF, 0x00); }
    static QString defaultFontFamily() { return QStringLiteral("NanumSquare"); }

    // Chroma key by default: every capture method keeps a solid colour,
    // while alpha survives only some (OBS's BitBlt window capture drops it).
    Background background = Background::ChromaKey;
    QColor chromaColor = defaultChromaColor();
    QString fontFamily = defaultFontFamily();
    int fontSize = 20; // pixels
    TextEffect textEffect = TextEffect::Outline;
    int maxLines = 30;
    int fadeSeconds = 30; // 0: lines never fade
    bool showBadges = true;
    bool emphasiseDonations = true; // bigger amounts, bigger lines
    bool donationsOnly = false;
    bool locked = false; // no moving, resizing or focus on click
    bool clickThrough = false; // Qt::WindowTransparentForInput
    QByteArray geometry; // QWidget::saveGeometry()

    QVariantMap toMap() const;
    // Missing or unreadable keys keep their defaults; numbers are clamped.
    static OverlayWindowOptions fromMap(const QVariantMap &map);

    friend bool operator==(const OverlayWindowOptions &, const OverlayWindowOptions &) = default;
};

} // namespace soopchat
