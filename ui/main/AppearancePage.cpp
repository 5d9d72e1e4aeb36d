#include "ui/main/AppearancePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/common/Appearance.h"

namespace soopchat {

using namespace Qt::StringLiterals;

AppearancePage::AppearancePage(Appearance &appearance, QWidget *parent)
    : SettingsPage(parent), m_appearance(appearance), m_theme(new QComboBox(this)),
      m_systemFont(new QCheckBox(tr("Use the system font"), this)), // ko: 시스템 글꼴 사용
      m_family(new QFontComboBox(this)), m_size(new QDoubleSpinBox(this)), m_zoom(new QSpinBox(this)),
      // ko: 촘촘한 줄 (여백과 배지를 작게)
      m_compact(new QCheckBox(tr("Compact rows (less padding, smaller badges)"), this)),
      // ko: 메인 창을 항상 다른 창 위에
      m_onTop(new QCheckBox(tr("Keep the main window above other windows"), this)), m_opacity(new QSpinBox(this))
{
    setObjectName(u"appearancePage"_s);
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("Same as the desktop"), int(Appearance::Theme::System)); // ko: 데스크톱과 같게
    m_theme->addItem(tr("Light"), int(Appearance::Theme::Light)); // ko: 밝게
    m_theme->addItem(tr("Dark"), int(Appearance::Theme::Dark)); // ko: 어둡게
    m_theme->setCurrentIndex(m_theme->findData(int(appearance.theme())));
    // ko: 데스크톱이 어두운 테마를 쓰면 어둡게, 아니면 밝게 보입니다.
    m_theme->setToolTip(tr("Dark when the desktop uses a dark theme, light otherwise."));

    const QFont font = appearance.chatBaseFont();
    m_systemFont->setObjectName(u"systemFont"_s);
    m_systemFont->setChecked(appearance.usesSystemFont());
    m_family->setObjectName(u"fontFamily"_s);
    m_family->setCurrentFont(font);
    m_size->setObjectName(u"fontSize"_s);
    m_size->setRange(6, 48);
    m_size->setDecimals(1);
    m_size->setSingleStep(0.5);
    m_size->setSuffix(tr(" pt")); // ko: 포인트 (with its leading space)
    m_size->setValue(font.pointSizeF() > 0 ? font.pointSizeF() : 10);
    const auto enableFont = [this] {
        m_family->setEnabled(!m_systemFont->isChecked());
        m_size->setEnabled(!m_systemFont->isChecked());
    };
    connect(m_systemFont, &QCheckBox::toggled, this, enableFont);
    enableFont();

    m_zoom->setObjectName(u"zoom"_s);
    m_zoom->setRange(AppSettings::MinChatZoomPercent, AppSettings::MaxChatZoomPercent);
    m_zoom->setSingleStep(10);
    m_zoom->setSuffix(u" %"_s);
    m_zoom->setValue(appearance.zoomPercent());
    // ko: 채팅 목록 위에서 Ctrl+휠, Ctrl+더하기/빼기로도 바꿀 수 있고 Ctrl+0은 100 %로 돌아갑니다.
    m_zoom->setToolTip(tr("Also Ctrl+wheel and Ctrl+plus/minus over the chat; Ctrl+0 goes back to 100 %."));
    m_compact->setObjectName(u"compactRows"_s);
    m_compact->setChecked(appearance.compactRows());
    m_onTop->setObjectName(u"alwaysOnTop"_s);
    m_onTop->setChecked(appearance.alwaysOnTop());
    m_opacity->setObjectName(u"windowOpacity"_s);
    m_opacity->setRange(AppSettings::MinWindowOpacityPercent, 100);
    m_opacity->setSingleStep(5);
    m_opacity->setSuffix(u" %"_s);
    m_opacity->setValue(appearance.windowOpacityPercent());
    // ko: 방송 화면 위에 띄워 둘 때 아래가 비쳐 보이게 합니다. 창 관리자가 지원해야 합니다.
    m_opacity->setToolTip(tr("Lets what is below show through, over a game or the stream. The window manager must "
                             "support it."));

    auto *themeForm = new QFormLayout;
    themeForm->addRow(tr("Theme:"), m_theme); // ko: 테마:

    auto *chat = new QGroupBox(tr("Chat list"), this); // ko: 채팅 목록
    auto *chatForm = new QFormLayout(chat);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_family, 1);
    fontRow->addWidget(m_size);
    chatForm->addRow(QString(), m_systemFont);
    chatForm->addRow(tr("Font:"), fontRow); // ko: 글꼴:
    chatForm->addRow(tr("Zoom:"), m_zoom); // ko: 확대:
    chatForm->addRow(QString(), m_compact);

    auto *window = new QGroupBox(tr("Main window"), this); // ko: 메인 창
    auto *windowForm = new QFormLayout(window);
    windowForm->addRow(QString(), m_onTop);
    windowForm->addRow(tr("Opacity:"), m_opacity); // ko: 불투명도:

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(themeForm);
    layout->addWidget(chat);
    layout->addWidget(window);
    layout->addStretch();
}

void AppearancePage::apply()
{
    m_appearance.setTheme(Appearance::Theme(m_theme->currentData().toInt()));
    if (m_systemFont->isChecked()) {
        m_appearance.useSystemFont();
    } else {
        QFont font = m_family->currentFont();
        font.setPointSizeF(m_size->value());
        m_appearance.setChatFont(font);
    }
    m_appearance.setZoomPercent(m_zoom->value());
    m_appearance.setCompactRows(m_compact->isChecked());
    m_appearance.setAlwaysOnTop(m_onTop->isChecked());
    m_appearance.setWindowOpacityPercent(m_opacity->value());
}

} // namespace soopchat
