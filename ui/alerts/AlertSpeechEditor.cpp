#include "ui/alerts/AlertSpeechEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QSpinBox>

#include <cmath>

namespace soopchat {

using namespace Qt::StringLiterals;

AlertSpeechEditor::AlertSpeechEditor(QWidget *parent)
    : QWidget(parent), m_locale(new QComboBox(this)), m_voice(new QLineEdit(this)),
      m_rate(new QSlider(Qt::Horizontal, this)), m_volume(new QSlider(Qt::Horizontal, this)),
      m_maxCharacters(new QSpinBox(this)), m_blocked(new QPlainTextEdit(this))
{
    m_locale->setObjectName(u"speechLocale"_s);
    m_locale->addItem(tr("Korean"), u"ko_KR"_s); // ko: 한국어
    m_locale->addItem(tr("English"), u"en_US"_s); // ko: 영어
    m_voice->setObjectName(u"speechVoice"_s);
    m_voice->setPlaceholderText(tr("Empty: the language's usual voice")); // ko: 비워 두면 그 언어의 기본 목소리
    m_rate->setObjectName(u"speechRate"_s);
    m_rate->setRange(-10, 10);
    m_rate->setTickPosition(QSlider::TicksBelow);
    m_rate->setToolTip(tr("Slower to the left, faster to the right")); // ko: 왼쪽은 느리게, 오른쪽은 빠르게
    m_volume->setObjectName(u"speechVolume"_s);
    m_volume->setRange(0, 100);
    m_maxCharacters->setObjectName(u"speechMaxCharacters"_s);
    m_maxCharacters->setRange(10, 1000);
    m_maxCharacters->setSuffix(tr(" characters")); // ko: 자
    m_blocked->setObjectName(u"speechBlockedWords"_s);
    m_blocked->setTabChangesFocus(true);
    m_blocked->setFixedHeight(m_blocked->fontMetrics().lineSpacing() * 4 + 12);
    m_blocked->setPlaceholderText(tr("One word or phrase a line")); // ko: 한 줄에 한 단어 또는 문구
    // ko: 이 말은 읽지 않고 "삐" 소리로 바꿉니다 (대소문자 구분 없음)
    m_blocked->setToolTip(tr("These are never read out: a beep is said instead (any case)."));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Language:"), m_locale); // ko: 언어:
    form->addRow(tr("Voice:"), m_voice); // ko: 목소리:
    form->addRow(tr("Speed:"), m_rate); // ko: 속도:
    form->addRow(tr("Volume:"), m_volume); // ko: 음량:
    form->addRow(tr("Read at most:"), m_maxCharacters); // ko: 최대 읽는 길이:
    form->addRow(tr("Never say:"), m_blocked); // ko: 읽지 않을 말:
    // ko: 음성은 규칙에 '음성으로 읽기' 동작이 있을 때만 나옵니다.
    auto *note = new QLabel(tr("Speech is heard only for rules with a \"Read aloud\" action."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(note);
    setSpeech({});
}

void AlertSpeechEditor::setSpeech(const AlertSpeech &speech)
{
    m_speech = speech;
    int locale = m_locale->findData(speech.locale);
    if (locale < 0) { // a locale written by hand in the file: kept and offered
        m_locale->addItem(speech.locale, speech.locale);
        locale = m_locale->count() - 1;
    }
    m_locale->setCurrentIndex(locale);
    m_voice->setText(speech.voice);
    m_rate->setValue(int(std::lround(std::clamp(speech.rate, -1.0, 1.0) * 10)));
    m_volume->setValue(std::clamp(speech.volume, 0, 100));
    m_maxCharacters->setValue(speech.maxCharacters);
    m_blocked->setPlainText(speech.blockedWords.join(u'\n'));
}

AlertSpeech AlertSpeechEditor::speech() const
{
    AlertSpeech speech = m_speech;
    speech.locale = m_locale->currentData().toString();
    speech.voice = m_voice->text().trimmed();
    // Unchanged sliders keep the file's exact value.
    if (m_rate->value() != int(std::lround(std::clamp(m_speech.rate, -1.0, 1.0) * 10)))
        speech.rate = m_rate->value() / 10.0;
    speech.volume = m_volume->value();
    speech.maxCharacters = m_maxCharacters->value();
    speech.blockedWords.clear();
    for (const QString &line : m_blocked->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            speech.blockedWords.append(line.trimmed());
    }
    return speech;
}

} // namespace soopchat
