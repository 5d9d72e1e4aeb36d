#include "ui/overlay/OverlayOptionsDialog.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace soopchat {

using namespace Qt::StringLiterals;
using Background = OverlayWindowOptions::Background;
using TextEffect = OverlayWindowOptions::TextEffect;

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(32, 20);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 120), 1));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 31, 19), 4, 4);
    return QIcon(pixmap);
}

} // namespace

OverlayOptionsDialog::OverlayOptionsDialog(const QString &channel, QWidget *parent)
    : QDialog(parent), m_channel(channel), m_lookGroup(new QGroupBox(this)), m_linesGroup(new QGroupBox(this)),
      m_windowGroup(new QGroupBox(this)), m_backgroundLabel(new QLabel(this)), m_background(new QComboBox(this)),
      m_chromaColor(new QPushButton(this)), m_fontLabel(new QLabel(this)), m_fontFamily(new QFontComboBox(this)),
      m_fontSize(new QSpinBox(this)), m_effectLabel(new QLabel(this)), m_textEffect(new QComboBox(this)),
      m_badges(new QCheckBox(this)), m_emphasise(new QCheckBox(this)), m_maxLinesLabel(new QLabel(this)),
      m_maxLines(new QSpinBox(this)), m_fadeLabel(new QLabel(this)), m_fadeSeconds(new QSpinBox(this)),
      m_donationsOnly(new QCheckBox(this)), m_locked(new QCheckBox(this)), m_clickThrough(new QCheckBox(this)),
      m_clickThroughNote(new QLabel(this)), m_defaults(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(u"overlayOptionsDialog"_s);
    setModal(false);
    // Object names let tests (and style sheets) find each control.
    m_background->setObjectName(u"background"_s);
    m_chromaColor->setObjectName(u"chromaColor"_s);
    m_fontFamily->setObjectName(u"fontFamily"_s);
    m_fontSize->setObjectName(u"fontSize"_s);
    m_textEffect->setObjectName(u"textEffect"_s);
    m_badges->setObjectName(u"badges"_s);
    m_emphasise->setObjectName(u"emphasiseDonations"_s);
    m_maxLines->setObjectName(u"maxLines"_s);
    m_fadeSeconds->setObjectName(u"fadeSeconds"_s);
    m_donationsOnly->setObjectName(u"donationsOnly"_s);
    m_locked->setObjectName(u"locked"_s);
    m_clickThrough->setObjectName(u"clickThrough"_s);

    m_background->addItem(QString(), int(Background::ChromaKey));
    m_background->addItem(QString(), int(Background::Transparent));
    m_textEffect->addItem(QString(), int(TextEffect::Outline));
    m_textEffect->addItem(QString(), int(TextEffect::Shadow));
    m_textEffect->addItem(QString(), int(TextEffect::None));
    m_fontFamily->setWritingSystem(QFontDatabase::Korean); // fonts that can show Hangul
    m_fontSize->setRange(OverlayWindowOptions::MinFontSize, OverlayWindowOptions::MaxFontSize);
    m_maxLines->setRange(OverlayWindowOptions::MinLines, OverlayWindowOptions::MaxLines);
    m_fadeSeconds->setRange(0, OverlayWindowOptions::MaxFadeSeconds);
    m_fadeSeconds->setSingleStep(5);
    m_clickThroughNote->setWordWrap(true);
    m_clickThroughNote->setTextFormat(Qt::PlainText);
    m_clickThroughNote->setEnabled(false);

    auto *backgroundRow = new QHBoxLayout;
    backgroundRow->addWidget(m_background, 1);
    backgroundRow->addWidget(m_chromaColor);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_fontFamily, 1);
    fontRow->addWidget(m_fontSize);

    auto *look = new QFormLayout(m_lookGroup);
    look->addRow(m_backgroundLabel, backgroundRow);
    look->addRow(m_fontLabel, fontRow);
    look->addRow(m_effectLabel, m_textEffect);
    look->addRow(QString(), m_badges);
    look->addRow(QString(), m_emphasise);

    auto *lines = new QFormLayout(m_linesGroup);
    lines->addRow(m_maxLinesLabel, m_maxLines);
    lines->addRow(m_fadeLabel, m_fadeSeconds);
    lines->addRow(QString(), m_donationsOnly);

    auto *window = new QVBoxLayout(m_windowGroup);
    window->addWidget(m_locked);
    window->addWidget(m_clickThrough);
    window->addWidget(m_clickThroughNote);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_defaults, QDialogButtonBox::ResetRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        OverlayWindowOptions defaults;
        defaults.geometry = m_options.geometry;
        setOptions(defaults);
        emit optionsChanged(m_options);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lookGroup);
    layout->addWidget(m_linesGroup);
    layout->addWidget(m_windowGroup);
    layout->addWidget(buttons);

    connect(m_chromaColor, &QPushButton::clicked, this, &OverlayOptionsDialog::chooseChromaColor);
    for (QComboBox *box : {m_background, m_textEffect})
        connect(box, &QComboBox::currentIndexChanged, this, &OverlayOptionsDialog::edited);
    connect(m_fontFamily, &QFontComboBox::currentFontChanged, this, &OverlayOptionsDialog::edited);
    for (QSpinBox *spin : {m_fontSize, m_maxLines, m_fadeSeconds})
        connect(spin, &QSpinBox::valueChanged, this, &OverlayOptionsDialog::edited);
    for (QCheckBox *check : {m_badges, m_emphasise, m_donationsOnly, m_locked, m_clickThrough})
        connect(check, &QCheckBox::toggled, this, &OverlayOptionsDialog::edited);

    retranslate();
    updateControls();
}

void OverlayOptionsDialog::retranslate()
{
    setWindowTitle(tr("Overlay Window — %1").arg(m_channel)); // ko: 오버레이 창 — %1
    m_lookGroup->setTitle(tr("Look")); // ko: 모양
    m_linesGroup->setTitle(tr("Lines")); // ko: 줄
    m_windowGroup->setTitle(tr("Window")); // ko: 창
    m_backgroundLabel->setText(tr("&Background:")); // ko: 배경(&B):
    m_backgroundLabel->setBuddy(m_background);
    m_background->setItemText(0, tr("Chroma key colour")); // ko: 크로마 키 색
    m_background->setItemText(1, tr("Transparent")); // ko: 투명
    m_background->setToolTip(
        // ko: 크로마 키는 어떤 캡처 방식에서도 동작합니다(OBS에서 크로마 키 필터를 추가하세요). 투명은 알파 채널을
        // 캡처하는 방식에서만 동작합니다.
        tr("A chroma key colour works with every capture method (add OBS's Chroma Key filter). Transparent works "
           "only where the capture keeps alpha."));
    m_chromaColor->setText(tr("C&olour…")); // ko: 색(&O)…
    m_chromaColor->setToolTip(tr("The colour OBS's Chroma Key filter removes")); // ko: OBS 크로마 키 필터가 지울 색
    m_fontLabel->setText(tr("&Font:")); // ko: 글꼴(&F):
    m_fontLabel->setBuddy(m_fontFamily);
    m_fontSize->setSuffix(tr(" px")); // ko: px
    m_effectLabel->setText(tr("&Text edge:")); // ko: 글자 테두리(&T):
    m_effectLabel->setBuddy(m_textEffect);
    m_textEffect->setItemText(0, tr("Outline")); // ko: 외곽선
    m_textEffect->setItemText(1, tr("Shadow")); // ko: 그림자
    m_textEffect->setItemText(2, tr("None")); // ko: 없음
    m_badges->setText(tr("Show b&adges")); // ko: 배지 표시(&A)
    m_emphasise->setText(tr("Bigger donations get bi&gger lines")); // ko: 후원이 클수록 크게 표시(&G)
    m_maxLinesLabel->setText(tr("&Most lines:")); // ko: 최대 줄 수(&M):
    m_maxLinesLabel->setBuddy(m_maxLines);
    m_fadeLabel->setText(tr("Fade o&ut after:")); // ko: 사라지기까지(&U):
    m_fadeLabel->setBuddy(m_fadeSeconds);
    m_fadeSeconds->setSuffix(tr(" s")); // ko: 초
    m_fadeSeconds->setSpecialValueText(tr("never")); // ko: 사라지지 않음
    m_donationsOnly->setText(tr("&Donations and subscriptions only")); // ko: 후원과 구독만(&D)
    m_locked->setText(tr("&Lock position and size")); // ko: 위치와 크기 잠금(&L)
    // ko: 잠긴 창은 클릭을 무시합니다. 오른쪽 클릭으로 메뉴는 열립니다.
    m_locked->setToolTip(tr("A locked window ignores clicks; right-click still opens its menu."));
    m_clickThrough->setText(
        tr("&Click-through: clicks go to the window below")); // ko: 클릭 통과: 클릭이 아래 창으로(&C)
    m_clickThroughNote->setText(m_shortcutText.isEmpty()
            // ko: 클릭 통과 중에는 창을 클릭할 수 없습니다. 여기나 채널 메뉴에서 끄세요.
            ? tr("While clicks pass through, the window cannot be clicked: turn it off here or in the Channel menu.")
            // ko: 클릭 통과 중에는 창을 클릭할 수 없습니다. 여기나 채널 메뉴(%1)에서 끄세요.
            : tr("While clicks pass through, the window cannot be clicked: turn it off here or in the Channel menu "
                 "(%1).")
                  .arg(m_shortcutText));
    m_defaults->setText(tr("&Restore Defaults")); // ko: 기본값으로(&R)
    m_close->setText(tr("Close")); // ko: 닫기
}

void OverlayOptionsDialog::setClickThroughShortcut(const QKeySequence &shortcut)
{
    m_shortcutText = shortcut.toString(QKeySequence::NativeText);
    retranslate();
}

void OverlayOptionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OverlayOptionsDialog::setOptions(const OverlayWindowOptions &options)
{
    m_options = options;
    updateControls();
}

void OverlayOptionsDialog::updateControls()
{
    m_updating = true;
    m_background->setCurrentIndex(std::max(0, m_background->findData(int(m_options.background))));
    m_chromaColor->setIcon(swatch(m_options.chromaColor));
    m_chromaColor->setEnabled(m_options.background == Background::ChromaKey);
    m_fontFamily->setCurrentFont(QFont(m_options.fontFamily));
    m_fontSize->setValue(m_options.fontSize);
    m_textEffect->setCurrentIndex(std::max(0, m_textEffect->findData(int(m_options.textEffect))));
    m_badges->setChecked(m_options.showBadges);
    m_emphasise->setChecked(m_options.emphasiseDonations);
    m_maxLines->setValue(m_options.maxLines);
    m_fadeSeconds->setValue(m_options.fadeSeconds);
    m_donationsOnly->setChecked(m_options.donationsOnly);
    m_locked->setChecked(m_options.locked);
    m_clickThrough->setChecked(m_options.clickThrough);
    m_updating = false;
}

void OverlayOptionsDialog::edited()
{
    if (m_updating)
        return;
    m_options.background = Background(m_background->currentData().toInt());
    m_options.fontFamily = m_fontFamily->currentFont().family();
    m_options.fontSize = m_fontSize->value();
    m_options.textEffect = TextEffect(m_textEffect->currentData().toInt());
    m_options.showBadges = m_badges->isChecked();
    m_options.emphasiseDonations = m_emphasise->isChecked();
    m_options.maxLines = m_maxLines->value();
    m_options.fadeSeconds = m_fadeSeconds->value();
    m_options.donationsOnly = m_donationsOnly->isChecked();
    m_options.locked = m_locked->isChecked();
    m_options.clickThrough = m_clickThrough->isChecked();
    m_chromaColor->setEnabled(m_options.background == Background::ChromaKey);
    emit optionsChanged(m_options);
}

void OverlayOptionsDialog::chooseChromaColor()
{
    const QColor color =
        QColorDialog::getColor(m_options.chromaColor, this, tr("Chroma Key Colour")); // ko: 크로마 키 색
    if (!color.isValid() || color == m_options.chromaColor)
        return;
    m_options.chromaColor = color;
    m_chromaColor->setIcon(swatch(color));
    emit optionsChanged(m_options);
}

} // namespace soopchat
