#include "ui/stats/StatTile.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include "ui/stats/StatsColors.h"

namespace soopchat {

StatTile::StatTile(const QString &caption, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(QStringLiteral("0"), this)), m_caption(new QLabel(caption, this))
{
    // Plain text: a caption or value never comes from chat, but keep it so.
    m_value->setTextFormat(Qt::PlainText);
    m_caption->setTextFormat(Qt::PlainText);
    m_value->setObjectName(QStringLiteral("value"));
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 7, 10, 7);
    layout->setSpacing(1);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    applyColors();
}

void StatTile::setValue(const QString &value)
{
    m_value->setText(value); // QLabel repaints only when the text differs
}

QString StatTile::value() const
{
    return m_value->text();
}

void StatTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void StatTile::setAccent(const QColor &accent)
{
    m_accent = accent;
    applyColors();
}

void StatTile::applyColors()
{
    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * 1.35);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont captionFont = font();
    captionFont.setPointSizeF(font().pointSizeF() * 0.85);
    m_caption->setFont(captionFont);

    QPalette valuePalette = palette();
    valuePalette.setColor(QPalette::WindowText, m_accent.isValid() ? m_accent : statscolors::text(palette()));
    m_value->setPalette(valuePalette);
    QPalette captionPalette = palette();
    captionPalette.setColor(QPalette::WindowText, statscolors::muted(palette()));
    m_caption->setPalette(captionPalette);
}

void StatTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(statscolors::subtleFill(palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

void StatTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyColors();
}

} // namespace soopchat
