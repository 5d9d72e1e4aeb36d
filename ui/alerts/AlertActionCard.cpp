#include "ui/alerts/AlertActionCard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>

#include "ui/alerts/AlertPreview.h"
#include "ui/chat/FlowLayout.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

bool hasTarget(AlertAction::Kind kind)
{
    return kind == AlertAction::Kind::Discord || kind == AlertAction::Kind::Telegram;
}

bool hasSound(AlertAction::Kind kind)
{
    return kind == AlertAction::Kind::Sound || kind == AlertAction::Kind::AlertBox;
}

} // namespace

QString AlertActionCard::kindLabel(AlertAction::Kind kind)
{
    switch (kind) {
    case AlertAction::Kind::Notification:
        return tr("Desktop notification"); // ko: 데스크톱 알림
    case AlertAction::Kind::Sound:
        return tr("Sound"); // ko: 소리
    case AlertAction::Kind::Speech:
        return tr("Read aloud"); // ko: 음성으로 읽기
    case AlertAction::Kind::Discord:
        return tr("Discord post"); // ko: 디스코드 메시지
    case AlertAction::Kind::Telegram:
        return tr("Telegram message"); // ko: 텔레그램 메시지
    case AlertAction::Kind::AlertBox:
        return tr("Alert box on stream"); // ko: 방송 화면 알림창
    }
    return {};
}

AlertActionCard::AlertActionCard(const AlertAction &action, QWidget *parent)
    : QGroupBox(kindLabel(action.kind), parent), m_action(action), m_text(new QLineEdit(this)),
      m_preview(new QLabel(this))
{
    setObjectName(u"action-"_s + alertActionKindName(action.kind));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_text->setObjectName(u"actionText"_s);
    m_text->setText(action.text);
    m_text->setPlaceholderText(action.kind == AlertAction::Kind::Speech
            ? tr("Empty: the viewer's message is read") // ko: 비워 두면 시청자의 메시지를 읽습니다
            : tr("Empty: the usual wording")); // ko: 비워 두면 기본 문구
    form->addRow(tr("Text:"), m_text); // ko: 문구:

    // The placeholders as buttons that insert themselves where the cursor is.
    auto *inserts = new QWidget(this);
    auto *insertsLayout = new FlowLayout(inserts, 2);
    insertsLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &placeholder : AlertPreview::placeholders()) {
        auto *button = new QToolButton(inserts);
        button->setObjectName(u"insert-"_s + placeholder.mid(1, placeholder.size() - 2));
        button->setText(placeholder);
        button->setToolTip(AlertPreview::placeholderHelp(placeholder));
        button->setAutoRaise(false);
        connect(button, &QToolButton::clicked, this, [this, placeholder] {
            m_text->insert(placeholder);
            m_text->setFocus();
        });
        insertsLayout->addWidget(button);
    }
    form->addRow(tr("Insert:"), inserts); // ko: 넣기:

    m_preview->setObjectName(u"actionPreview"_s);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(4);
    // ko: 보기 예시: 가상의 후원으로 채운 문구입니다
    m_preview->setToolTip(tr("The text filled in for a made-up event"));
    form->addRow(tr("Preview:"), m_preview); // ko: 미리 보기:
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        updatePreview();
        emit changed();
    });

    if (hasTarget(action.kind)) {
        m_target = new QComboBox(this);
        m_target->setObjectName(u"actionTarget"_s);
        m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_target->setMinimumContentsLength(12);
        connect(m_target, &QComboBox::currentIndexChanged, this, &AlertActionCard::changed);
        form->addRow(action.kind == AlertAction::Kind::Discord ? tr("Webhook:") : tr("Bot:"), // ko: 웹후크:, 봇:
            m_target);
    }
    if (hasSound(action.kind)) {
        m_sound = new QLineEdit(this);
        m_sound->setObjectName(u"actionSound"_s);
        m_sound->setText(action.sound);
        m_sound->setPlaceholderText(action.kind == AlertAction::Kind::Sound
                ? tr("A sound file (WAV, MP3, OGG)") // ko: 소리 파일 (WAV, MP3, OGG)
                : tr("Optional: a sound file")); // ko: 선택: 소리 파일
        auto *browse = new QPushButton(tr("Choose…"), this); // ko: 고르기…
        browse->setObjectName(u"actionSoundBrowse"_s);
        connect(browse, &QPushButton::clicked, this, &AlertActionCard::chooseSound);
        connect(m_sound, &QLineEdit::textChanged, this, &AlertActionCard::changed);
        auto *row = new QHBoxLayout;
        row->addWidget(m_sound, 1);
        row->addWidget(browse);
        form->addRow(tr("Sound file:"), row); // ko: 소리 파일:

        m_volume = new QSlider(Qt::Horizontal, this);
        m_volume->setObjectName(u"actionVolume"_s);
        m_volume->setRange(0, 100);
        m_volume->setValue(action.volume);
        auto *volumeText = new QLabel(this);
        volumeText->setMinimumWidth(volumeText->fontMetrics().horizontalAdvance(u"100 %"_s));
        const auto showVolume = [volumeText](int value) { volumeText->setText(u"%1 %"_s.arg(value)); };
        showVolume(action.volume);
        connect(m_volume, &QSlider::valueChanged, this, [this, showVolume](int value) {
            showVolume(value);
            emit changed();
        });
        auto *volumeRow = new QHBoxLayout;
        volumeRow->addWidget(m_volume, 1);
        volumeRow->addWidget(volumeText);
        form->addRow(tr("Volume:"), volumeRow); // ko: 음량:
    }

    auto *remove = new QPushButton(tr("Remove Action"), this); // ko: 동작 삭제
    remove->setObjectName(u"removeAction"_s);
    connect(remove, &QPushButton::clicked, this, &AlertActionCard::removeRequested);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(remove);
    form->addRow(removeRow);
    updatePreview();
}

void AlertActionCard::setTargets(const QList<AlertTarget> &targets)
{
    if (!m_target)
        return;
    const QSignalBlocker blocker(m_target);
    const QString wanted = m_target->count() > 0 ? m_target->currentData().toString() : m_action.target;
    m_target->clear();
    const AlertTarget::Kind kind =
        m_action.kind == AlertAction::Kind::Discord ? AlertTarget::Kind::Discord : AlertTarget::Kind::Telegram;
    for (const AlertTarget &target : targets) {
        if (target.kind == kind)
            m_target->addItem(target.name.isEmpty() ? tr("(unnamed)") : target.name, target.id); // ko: (이름 없음)
    }
    if (m_target->count() == 0) {
        // ko: 대상 없음: '대상' 탭에서 추가하세요
        m_target->addItem(tr("None yet: add one under Targets"), QString());
    }
    m_target->setCurrentIndex(std::max(0, m_target->findData(wanted)));
}

void AlertActionCard::setPreviewKind(EventType kind)
{
    m_previewKind = kind;
    updatePreview();
}

QString AlertActionCard::previewText() const
{
    return m_preview->text();
}

void AlertActionCard::updatePreview()
{
    m_preview->setText(AlertPreview::preview(m_text->text(), m_previewKind));
}

void AlertActionCard::chooseSound()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a sound"), m_sound->text(), // ko: 소리 고르기
        tr("Sounds (*.wav *.mp3 *.ogg *.oga *.flac *.opus);;All files (*)")); // ko: 소리 (...);;모든 파일 (*)
    if (!file.isEmpty())
        m_sound->setText(file);
}

AlertAction AlertActionCard::action() const
{
    AlertAction action = m_action;
    action.text = m_text->text();
    if (m_target)
        action.target = m_target->currentData().toString();
    if (m_sound) {
        action.sound = m_sound->text().trimmed();
        action.volume = m_volume->value();
    }
    return action;
}

} // namespace soopchat
