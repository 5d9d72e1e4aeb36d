#include "ui/main/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/alerts/AlertConfigFile.h"
#include "core/overlay/OverlayServer.h"
#include "ui/alerts/AlertsSettingsPage.h"
#include "ui/chat/ChatListModel.h"
#include "ui/main/AppContext.h"
#include "ui/main/AppearancePage.h"
#include "ui/main/FavouritesSettingsPage.h"
#include "ui/main/RulesSettingsPage.h"

namespace soopchat {

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_tabs(new QTabWidget(this)), m_language(new QComboBox(this)),
      m_maxRows(new QSpinBox(this)), m_showTime(new QCheckBox(tr("Show the time of each message"), this)),
      m_recording(new QCheckBox(tr("Record every channel I watch"), this)), m_recordingPath(new QLabel(this)),
      m_overlayPort(new QSpinBox(this)), m_overlayLan(new QCheckBox(tr("Allow other computers on my network"), this)),
      // ko: 오버레이 주소를 나만 읽을 수 있는 파일에 보관
      m_overlayTokenInFile(new QCheckBox(tr("Keep the overlay address in a file only you can read"), this))
{
    setWindowTitle(tr("Settings"));
    AppSettings &settings = context.settings();

    // Language names are shown in their own language.
    m_language->addItem(tr("Same as the system"), u"system"_s);
    m_language->addItem(u"한국어"_s, u"ko"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    m_maxRows->setRange(ChatListModel::MinMaxRows, ChatListModel::MaxMaxRows);
    m_maxRows->setSingleStep(1000);
    m_maxRows->setGroupSeparatorShown(true);
    m_maxRows->setValue(settings.maxRows());
    m_maxRows->setToolTip(tr("Older messages leave the list when it is full; recordings keep everything."));
    m_showTime->setChecked(settings.showTimestamps());

    m_recording->setChecked(settings.recordingEnabled());
    m_recordingPath->setTextFormat(Qt::PlainText);
    m_recordingPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recordingPath->setWordWrap(true);
    const QString path = context.recordingPath();
    m_recordingPath->setText(path.isEmpty() ? tr("Recording is off.") : tr("Sessions are saved in %1").arg(path));

    m_overlayPort->setRange(AppSettings::MinOverlayPort, 65535);
    m_overlayPort->setValue(settings.overlayPort());
    // ko: 이 번호가 바뀌면 OBS에 넣은 오버레이 주소도 바꿔야 합니다.
    m_overlayPort->setToolTip(tr("The overlay addresses in OBS contain this number: change it and they must be "
                                 "copied again."));
    m_overlayLan->setChecked(settings.overlayLanAccess());
    m_overlayTokenInFile->setObjectName(u"overlayTokenInFile"_s);
    m_overlayTokenInFile->setChecked(settings.overlayTokenInFile());
    // ko: 끄면 운영체제의 키체인에 보관합니다. 키체인이 없는 시스템에서 켜면 다시 시작해도 주소가 그대로입니다.
    m_overlayTokenInFile->setToolTip(tr("Off: the address is kept in the system's keychain. Turn it on where there "
                                        "is no keychain, so the address stays the same after a restart."));
    m_overlayCss = new QPlainTextEdit(this);
    m_overlayCss->setObjectName(u"overlayCustomCss"_s);
    m_overlayCss->setPlainText(settings.overlayCustomCss());
    m_overlayCss->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_overlayCss->setTabChangesFocus(true);
    m_overlayCss->setFixedHeight(m_overlayCss->fontMetrics().lineSpacing() * 4 + 12);
    // ko: 예: :root { --font-size: 24px; }
    m_overlayCss->setPlaceholderText(tr("e.g. :root { --font-size: 24px; }"));
    // ko: 모든 오버레이 페이지에 적용되는 CSS입니다. 저장하면 바로 적용되고, 열려 있는 페이지는 새로 고치면 바뀝니다.
    m_overlayCss->setToolTip(tr("CSS for every overlay page. It applies when you save; open pages pick it up when "
                                "they reload."));
    m_overlayLan->setToolTip(tr("Off: only this computer (and OBS on it) can load the overlay."));
    auto *newToken = new QPushButton(tr("New Overlay Address"), this);
    newToken->setToolTip(tr("Makes every overlay address given out so far stop working."));
    connect(newToken, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("New overlay address"),
            tr("Overlay addresses already in OBS will stop working, and you will need to copy the new one. "
               "Continue?"));
        if (answer == QMessageBox::Yes)
            m_context.regenerateOverlayToken();
    });

    auto *languageForm = new QFormLayout;
    languageForm->addRow(tr("Language:"), m_language);
    auto *chat = new QGroupBox(tr("Chat"), this);
    auto *chatForm = new QFormLayout(chat);
    chatForm->addRow(tr("Messages kept per channel:"), m_maxRows);
    chatForm->addRow(QString(), m_showTime);

    auto *recording = new QGroupBox(tr("Recording"), this);
    auto *recordingForm = new QVBoxLayout(recording);
    recordingForm->addWidget(m_recording);
    recordingForm->addWidget(m_recordingPath);

    auto *overlay = new QGroupBox(tr("Overlay for OBS"), this);
    auto *overlayForm = new QFormLayout(overlay);
    overlayForm->addRow(tr("Port:"), m_overlayPort);
    overlayForm->addRow(QString(), m_overlayLan);
    overlayForm->addRow(QString(), m_overlayTokenInFile);
    overlayForm->addRow(tr("Custom CSS:"), m_overlayCss); // ko: 사용자 CSS:
    overlayForm->addRow(QString(), newToken);
    auto *restartNote = new QLabel(tr("Port and network changes apply at the next start."), this);
    restartNote->setEnabled(false);
    overlayForm->addRow(QString(), restartNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *generalPage = new QWidget(m_tabs);
    auto *generalLayout = new QVBoxLayout(generalPage);
    generalLayout->addLayout(languageForm);
    generalLayout->addWidget(chat);
    generalLayout->addWidget(recording);
    generalLayout->addWidget(overlay);
    generalLayout->addStretch();
    m_tabs->addTab(generalPage, tr("General"));

    // The features' own tabs, one line each:
    addPage(new RulesSettingsPage(context, m_tabs), tr("Highlights && Ignore")); // ko: 하이라이트 및 무시
    addPage(new FavouritesSettingsPage(context.settings(), this), tr("Favourites"));
    addPage(new AppearancePage(context.appearance(), m_tabs), tr("Appearance")); // ko: 모양
    addPage(new AlertsSettingsPage(context.alertsPath(), context.secretService(), m_tabs),
        tr("Alerts")); // ko: 알림

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
}

void SettingsDialog::addPage(SettingsPage *page, const QString &title)
{
    m_pages.append(page);
    m_tabs->addTab(page, title);
}

void SettingsDialog::accept()
{
    AppSettings &settings = m_context.settings();
    settings.setMaxRows(m_maxRows->value());
    settings.setShowTimestamps(m_showTime->isChecked());
    settings.setRecordingEnabled(m_recording->isChecked());
    settings.setOverlayPort(quint16(m_overlayPort->value()));
    settings.setOverlayLanAccess(m_overlayLan->isChecked());
    m_context.setOverlayTokenInFile(m_overlayTokenInFile->isChecked());
    settings.setOverlayCustomCss(m_overlayCss->toPlainText());
    if (OverlayServer *overlay = m_context.overlay())
        overlay->setCustomCss(settings.overlayCustomCss().toUtf8());
    const QString language = m_language->currentData().toString();
    settings.setLanguage(language);
    for (SettingsPage *page : std::as_const(m_pages))
        page->apply();
    if (settings.sync() != QSettings::NoError) {
        QMessageBox::warning(
            this, tr("Settings not saved"), tr("The settings could not be written to %1.").arg(settings.path()));
    }
    m_context.setLanguage(language);
    QDialog::accept();
}

} // namespace soopchat
