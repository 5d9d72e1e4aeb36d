#include "ui/alerts/AlertsSettingsPage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/alerts/AlertConfigFile.h"
#include "core/util/RandomId.h"
#include "core/util/SecretStore.h"
#include "ui/alerts/AlertBoxTiersEditor.h"
#include "ui/alerts/AlertRuleEditor.h"
#include "ui/alerts/AlertSpeechEditor.h"
#include "ui/alerts/AlertTargetsEditor.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

// Every section scrolls, so the dialog fits a small screen.
QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace

AlertsSettingsPage::AlertsSettingsPage(const QString &configPath, const QString &secretService, QWidget *parent)
    : SettingsPage(parent), m_path(configPath), m_secretService(secretService), m_problems(new QLabel(this)),
      m_sections(new QTabWidget(this)), m_list(new QListWidget(this)),
      m_duplicate(new QPushButton(tr("Duplicate"), this)), // ko: 복제
      m_remove(new QPushButton(tr("Remove"), this)), // ko: 삭제
      m_up(new QPushButton(this)), m_down(new QPushButton(this)), m_editor(new AlertRuleEditor), m_noRule(new QLabel),
      m_targets(new AlertTargetsEditor(secretService)), m_speech(new AlertSpeechEditor),
      m_tiers(new AlertBoxTiersEditor)
{
    setObjectName(u"alertsPage"_s);
    const AlertConfigFile::Loaded loaded = AlertConfigFile::load(configPath);
    m_loaded = loaded.config;

    m_problems->setObjectName(u"alertProblems"_s);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #d32f2f;"_s);
    if (!loaded.problems.isEmpty()) {
        // ko: 알림 파일 %1에서 읽지 못한 부분이 있습니다. 확인을 누르면 읽은 내용으로 다시 씁니다:
        m_problems->setText(
            tr("Parts of the alerts file %1 could not be read; OK writes back what was read:").arg(configPath) +
            u"\n• "_s + loaded.problems.join(u"\n• "_s));
    }
    m_problems->setVisible(!loaded.problems.isEmpty());

    // Rules: the list on the left, the selected rule on the right.
    m_list->setObjectName(u"alertRules"_s);
    m_list->setMinimumWidth(120);
    // ko: 체크를 끄면 규칙을 지우지 않고 멈춥니다. 위에 있는 규칙부터 확인합니다.
    m_list->setToolTip(tr("Unchecked rules are kept but do not fire."));
    auto *add = new QPushButton(tr("Add"), this); // ko: 추가
    add->setObjectName(u"addRule"_s);
    m_duplicate->setObjectName(u"duplicateRule"_s);
    m_remove->setObjectName(u"removeRule"_s);
    m_up->setObjectName(u"ruleUp"_s);
    m_down->setObjectName(u"ruleDown"_s);
    m_up->setText(u"▲"_s);
    m_down->setText(u"▼"_s);
    m_up->setToolTip(tr("Move up")); // ko: 위로
    m_down->setToolTip(tr("Move down")); // ko: 아래로
    connect(add, &QPushButton::clicked, this, &AlertsSettingsPage::addRule);
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        AlertRule copy = m_rules[m_current];
        copy.id = randomHexId();
        copy.name = tr("%1 (copy)").arg(copy.name); // ko: %1 (사본)
        m_rules.insert(m_current + 1, copy);
        setRules(m_rules, m_current + 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        const int row = m_current;
        m_rules.removeAt(row);
        setRules(m_rules, std::min(row, int(m_rules.size()) - 1));
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &AlertsSettingsPage::showRule);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (m_loading || row < 0 || row >= m_rules.size())
            return;
        m_rules[row].enabled = item->checkState() == Qt::Checked;
    });
    connect(m_editor, &AlertRuleEditor::changed, this, &AlertsSettingsPage::ruleEdited);
    connect(m_editor, &AlertRuleEditor::testRequested, this, [this] {
        if (m_current >= 0)
            emit testRule(m_rules[m_current]);
    });

    auto *listButtons = new QGridLayout;
    listButtons->addWidget(add, 0, 0);
    listButtons->addWidget(m_duplicate, 0, 1);
    listButtons->addWidget(m_remove, 1, 0);
    auto *moves = new QHBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    listButtons->addLayout(moves, 1, 1);
    // The list stays narrow: the editor needs the width.
    auto *listPane = new QWidget(this);
    listPane->setMaximumWidth(200);
    auto *listColumn = new QVBoxLayout(listPane);
    listColumn->setContentsMargins(0, 0, 0, 0);
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);

    // ko: 규칙을 추가하면 별풍선, 구독, 입장 같은 이벤트에 알림을 보낼 수 있습니다.
    m_noRule->setText(tr("Add a rule to be alerted to star balloons, subscriptions, a top fan entering…"));
    m_noRule->setWordWrap(true);
    m_noRule->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_editorArea = new QWidget;
    auto *editorLayout = new QVBoxLayout(m_editorArea);
    editorLayout->addWidget(m_noRule);
    editorLayout->addWidget(m_editor);
    auto *rulesTab = new QWidget(m_sections);
    auto *rulesLayout = new QHBoxLayout(rulesTab);
    rulesLayout->setContentsMargins(4, 4, 4, 4);
    rulesLayout->addWidget(listPane);
    rulesLayout->addWidget(scrolled(m_editorArea, rulesTab), 1);

    m_sections->setObjectName(u"alertSections"_s);
    m_sections->setDocumentMode(true);
    m_sections->addTab(rulesTab, tr("Rules")); // ko: 규칙
    m_sections->addTab(scrolled(m_targets, m_sections), tr("Discord && Telegram")); // ko: 디스코드 및 텔레그램
    m_sections->addTab(scrolled(m_speech, m_sections), tr("Voice")); // ko: 음성
    m_sections->addTab(scrolled(m_tiers, m_sections), tr("Alert Box")); // ko: 알림창

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problems);
    layout->addWidget(m_sections, 1);

    connect(m_targets, &AlertTargetsEditor::changed, this, [this] { m_editor->setTargets(m_targets->targets()); });
    connect(m_targets, &AlertTargetsEditor::testRequested, this, &AlertsSettingsPage::testTarget);

    m_targets->setTargets(m_loaded.targets);
    m_editor->setTargets(m_loaded.targets);
    m_speech->setSpeech(m_loaded.speech);
    m_tiers->setTiers(m_loaded.boxTiers);
    setRules(m_loaded.rules, m_loaded.rules.isEmpty() ? -1 : 0);
    m_initial = config();
}

void AlertsSettingsPage::setRules(const QList<AlertRule> &rules, int current)
{
    m_loading = true;
    m_rules = rules;
    m_current = -1;
    m_list->clear();
    for (int row = 0; row < m_rules.size(); ++row) {
        auto *item = new QListWidgetItem(m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        updateItem(row);
    }
    m_loading = false;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(current);
    }
    showRule(current);
}

void AlertsSettingsPage::updateItem(int row)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    QListWidgetItem *item = m_list->item(row);
    const AlertRule &rule = m_rules[row];
    item->setText(rule.name.isEmpty() ? tr("(unnamed rule)") : rule.name); // ko: (이름 없는 규칙)
    item->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
    m_loading = wasLoading;
}

void AlertsSettingsPage::showRule(int row)
{
    if (row >= m_rules.size())
        row = -1;
    m_current = row;
    m_noRule->setVisible(row < 0);
    m_editor->setVisible(row >= 0);
    if (row >= 0)
        m_editor->setRule(m_rules[row]);
    updateButtons();
}

void AlertsSettingsPage::updateButtons()
{
    m_duplicate->setEnabled(m_current >= 0);
    m_remove->setEnabled(m_current >= 0);
    m_up->setEnabled(m_current > 0);
    m_down->setEnabled(m_current >= 0 && m_current < m_rules.size() - 1);
}

void AlertsSettingsPage::ruleEdited()
{
    if (m_current < 0)
        return;
    AlertRule rule = m_editor->rule();
    rule.enabled = m_rules[m_current].enabled; // the list's check box has the say
    m_rules[m_current] = rule;
    updateItem(m_current);
}

void AlertsSettingsPage::moveRule(int by)
{
    const int to = m_current + by;
    if (m_current < 0 || to < 0 || to >= m_rules.size())
        return;
    m_rules.move(m_current, to);
    setRules(m_rules, to);
}

int AlertsSettingsPage::addRule()
{
    AlertRule rule;
    rule.id = randomHexId();
    rule.name = tr("New rule %1").arg(m_rules.size() + 1); // ko: 새 규칙 %1
    rule.kinds = {EventType::Balloon, EventType::VodBalloon};
    rule.actions.append(AlertAction {});
    m_rules.append(rule);
    setRules(m_rules, int(m_rules.size()) - 1);
    m_sections->setCurrentIndex(0);
    return int(m_rules.size()) - 1;
}

AlertConfig AlertsSettingsPage::config() const
{
    AlertConfig config = m_loaded;
    config.rules = m_rules;
    config.targets = m_targets->targets();
    config.speech = m_speech->speech();
    config.boxTiers = m_tiers->tiers();
    return config;
}

QString AlertsSettingsPage::problemsText() const
{
    return m_problems->isVisibleTo(this) ? m_problems->text() : QString();
}

void AlertsSettingsPage::apply()
{
    m_saveError.clear();
    // A secret typed but not yet kept would be lost: kept now, or the user is told.
    if (const QString problem = m_targets->storePendingSecret(); !problem.isEmpty())
        QMessageBox::warning(this, tr("Secret not saved"), problem); // ko: 비밀 정보를 저장하지 못함
    const AlertConfig now = config();
    QSet<QString> kept;
    for (const AlertTarget &target : now.targets)
        kept.insert(target.id);
    const auto removeSecrets = [this, &kept](QSet<QString> ids) {
        ids.subtract(kept);
        const SecretStore store(m_secretService);
        for (const QString &id : std::as_const(ids)) {
            AlertTarget target;
            target.id = id;
            store.remove(target.secretKey());
        }
    };
    // A secret kept for a target added and removed again while the page was open.
    removeSecrets(m_targets->secretsStored());
    if (now == m_initial)
        return; // nothing changed: the file stays as written
    m_saveError = AlertConfigFile::save(m_path, now);
    if (!m_saveError.isEmpty()) {
        QMessageBox::warning(this, tr("Alerts not saved"), // ko: 알림 설정을 저장하지 못함
            tr("The alerts could not be written to %1: %2")
                .arg(m_path, m_saveError)); // ko: %1에 알림 설정을 쓰지 못했습니다: %2
        return;
    }
    // The secrets of targets the file no longer names leave the keychain too.
    QSet<QString> gone;
    for (const AlertTarget &target : std::as_const(m_loaded.targets))
        gone.insert(target.id);
    removeSecrets(gone);
    m_loaded = now;
    m_initial = now;
    emit saved(now);
}

} // namespace soopchat
