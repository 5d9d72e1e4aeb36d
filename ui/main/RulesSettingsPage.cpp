#include "ui/main/RulesSettingsPage.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/events/Badges.h"
#include "ui/main/AppContext.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

enum HighlightColumn { HMatch, HText, HColour, HSound };
enum IgnoreColumn { IMatch, IText, IReplacement };
constexpr int RgbRole = Qt::UserRole + 1;

// New rules take the next of these, so two rules rarely look alike.
constexpr quint32 Colours[] = {0xffc83d, 0x4fc3f7, 0xef5350, 0x66bb6a, 0xab47bc, 0xff8a65};

// The "match" choices of a highlight: kinds, and a role kind per role.
struct HighlightChoice
{
    HighlightRule::Kind kind;
    Role role;
};

QList<HighlightChoice> highlightChoices()
{
    QList<HighlightChoice> choices {{HighlightRule::Kind::Phrase, Role::Operator},
        {HighlightRule::Kind::Regex, Role::Operator}, {HighlightRule::Kind::User, Role::Operator},
        {HighlightRule::Kind::OwnName, Role::Operator}};
    for (const RoleBadge &badge : roleBadges())
        choices.append({HighlightRule::Kind::Role, badge.role});
    return choices;
}

QString choiceText(const HighlightChoice &choice)
{
    switch (choice.kind) {
    case HighlightRule::Kind::Phrase:
        return RulesSettingsPage::tr("Words"); // ko: 단어
    case HighlightRule::Kind::Regex:
        return RulesSettingsPage::tr("Regular expression"); // ko: 정규식
    case HighlightRule::Kind::User:
        return RulesSettingsPage::tr("User (id or nickname)"); // ko: 사용자 (아이디 또는 닉네임)
    case HighlightRule::Kind::OwnName:
        return RulesSettingsPage::tr("Mentions my name"); // ko: 내 이름 언급
    case HighlightRule::Kind::Role:
        return RulesSettingsPage::tr("Role: %1").arg(roleLabel(choice.role)); // ko: 역할: %1
    }
    return {};
}

QIcon colourIcon(quint32 rgb)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(QColor(QRgb(rgb)));
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return QIcon(pixmap);
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setMinimumHeight(120);
    return table;
}

// "Add" and "Remove" under a table.
QHBoxLayout *tableButtons(QTableWidget *table, QWidget *parent, const std::function<void()> &add)
{
    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(RulesSettingsPage::tr("Add"), parent); // ko: 추가
    auto *removeButton = new QPushButton(RulesSettingsPage::tr("Remove"), parent); // ko: 삭제
    QObject::connect(addButton, &QPushButton::clicked, parent, add);
    QObject::connect(removeButton, &QPushButton::clicked, parent, [table] {
        if (const int row = table->currentRow(); row >= 0)
            table->removeRow(row);
    });
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    return buttons;
}

} // namespace

RulesSettingsPage::RulesSettingsPage(AppContext &context, QWidget *parent)
    : SettingsPage(parent), m_context(context), m_ownNames(new QLineEdit(this)),
      m_highlights(makeTable({tr("Match"), tr("Text"), tr("Colour"), tr("Sound")}, this)), // ko: 조건, 내용, 색, 소리
      m_ignores(makeTable({tr("Match"), tr("Text"), tr("Replace with")}, this)), // ko: 조건, 내용, 바꿀 말
      m_errors(new QLabel(this))
{
    setObjectName(u"rulesPage"_s);
    m_ownNames->setObjectName(u"ownNames"_s);
    m_ownNames->setPlaceholderText(tr("e.g. 달콤한곰, sweetbear")); // ko: 예: 달콤한곰, sweetbear
    // ko: 로그인하지 않으므로 여기에 적은 닉네임이나 아이디가 들어간 메시지를 하이라이트합니다(쉼표로 여러 개).
    m_ownNames->setToolTip(tr("There is no login: messages that contain the nickname or id written here are "
                              "highlighted by a \"Mentions my name\" rule (several, separated by commas)."));
    m_highlights->setObjectName(u"highlightRules"_s);
    m_ignores->setObjectName(u"ignoreRules"_s);
    m_highlights->horizontalHeader()->setSectionResizeMode(HText, QHeaderView::Stretch);
    m_ignores->horizontalHeader()->setSectionResizeMode(IText, QHeaderView::Stretch);
    m_ignores->horizontalHeader()->setSectionResizeMode(IReplacement, QHeaderView::Stretch);
    // ko: 비워 두면 메시지를 숨기고, 적으면 일치한 부분을 이 말로 바꿉니다.
    m_ignores->horizontalHeaderItem(IReplacement)
        ->setToolTip(tr("Empty: the message is hidden. Otherwise what matched is replaced by this."));
    m_errors->setObjectName(u"ruleErrors"_s);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(u"color: #d32f2f;"_s);
    m_errors->setVisible(false);

    auto *highlights = new QGroupBox(tr("Highlights"), this); // ko: 하이라이트
    auto *highlightsLayout = new QVBoxLayout(highlights);
    auto *ownForm = new QFormLayout;
    ownForm->addRow(tr("My nickname or id:"), m_ownNames); // ko: 내 닉네임 또는 아이디:
    highlightsLayout->addLayout(ownForm);
    highlightsLayout->addWidget(m_highlights);
    highlightsLayout->addLayout(tableButtons(m_highlights, this, [this] {
        HighlightRule rule;
        rule.rgb = Colours[m_highlights->rowCount() % std::size(Colours)];
        addHighlight(rule);
        m_highlights->setCurrentCell(m_highlights->rowCount() - 1, HText);
    }));

    auto *ignores = new QGroupBox(tr("Ignore"), this); // ko: 무시
    auto *ignoresLayout = new QVBoxLayout(ignores);
    // ko: 무시한 사용자와 문구는 채팅 목록, 오버레이 창, 방송용 오버레이 모두에서 빠집니다. 녹화와 통계에는 그대로
    // 남습니다.
    auto *ignoreNote = new QLabel(tr("Ignored users and phrases leave the chat list, the overlay window and the "
                                     "browser overlay alike; recordings and statistics keep everything."),
        this);
    ignoreNote->setWordWrap(true);
    ignoreNote->setEnabled(false);
    ignoresLayout->addWidget(ignoreNote);
    ignoresLayout->addWidget(m_ignores);
    ignoresLayout->addLayout(tableButtons(m_ignores, this, [this] {
        addIgnore({});
        m_ignores->setCurrentCell(m_ignores->rowCount() - 1, IText);
    }));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(highlights, 1);
    layout->addWidget(ignores, 1);
    layout->addWidget(m_errors);

    connect(m_highlights, &QTableWidget::cellChanged, this, &RulesSettingsPage::updateErrors);
    connect(m_ignores, &QTableWidget::cellChanged, this, &RulesSettingsPage::updateErrors);
    connect(m_highlights, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != HColour)
            return;
        const QColor chosen = QColorDialog::getColor(
            QColor(QRgb(m_highlights->item(row, HColour)->data(RgbRole).toUInt())), this, tr("Highlight colour"));
        if (chosen.isValid())
            setColour(row, chosen.rgb() & 0xffffff);
    });
    setRuleSet(context.chatRules()->ruleSet());
}

void RulesSettingsPage::setColour(int row, quint32 rgb)
{
    QTableWidgetItem *item = m_highlights->item(row, HColour);
    item->setData(RgbRole, rgb);
    item->setIcon(colourIcon(rgb));
    item->setText(QColor(QRgb(rgb)).name());
    // ko: 두 번 눌러 색을 고릅니다
    item->setToolTip(tr("Double-click to choose the colour"));
}

void RulesSettingsPage::addHighlight(const HighlightRule &rule)
{
    const int row = m_highlights->rowCount();
    m_highlights->insertRow(row);
    auto *match = new QComboBox(m_highlights);
    int current = 0;
    const QList<HighlightChoice> choices = highlightChoices();
    for (int i = 0; i < choices.size(); ++i) {
        match->addItem(choiceText(choices[i]), i);
        const bool roleMatches = rule.kind != HighlightRule::Kind::Role || rule.roles.testFlag(choices[i].role);
        if (choices[i].kind == rule.kind && roleMatches && current == 0)
            current = i;
    }
    match->setCurrentIndex(current);
    connect(match, &QComboBox::currentIndexChanged, this, &RulesSettingsPage::updateErrors);
    m_highlights->setCellWidget(row, HMatch, match);
    m_highlights->setItem(row, HText, new QTableWidgetItem(rule.pattern));
    auto *colour = new QTableWidgetItem;
    colour->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_highlights->setItem(row, HColour, colour);
    setColour(row, rule.rgb);
    auto *sound = new QTableWidgetItem;
    sound->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    sound->setCheckState(rule.sound ? Qt::Checked : Qt::Unchecked);
    // ko: 일치하면 알림음 (1초에 한 번까지)
    sound->setToolTip(tr("Beep when a message matches (at most once a second)"));
    m_highlights->setItem(row, HSound, sound);
    m_highlights->resizeColumnToContents(HMatch);
}

void RulesSettingsPage::addIgnore(const IgnoreRule &rule)
{
    const int row = m_ignores->rowCount();
    m_ignores->insertRow(row);
    auto *match = new QComboBox(m_ignores);
    match->addItem(tr("User (id or nickname)"), int(IgnoreRule::Kind::User));
    match->addItem(tr("Words"), int(IgnoreRule::Kind::Phrase));
    match->addItem(tr("Regular expression"), int(IgnoreRule::Kind::Regex));
    match->setCurrentIndex(std::max(0, match->findData(int(rule.kind))));
    connect(match, &QComboBox::currentIndexChanged, this, &RulesSettingsPage::updateErrors);
    m_ignores->setCellWidget(row, IMatch, match);
    m_ignores->setItem(row, IText, new QTableWidgetItem(rule.pattern));
    m_ignores->setItem(row, IReplacement, new QTableWidgetItem(rule.replace ? rule.replacement : QString()));
    m_ignores->resizeColumnToContents(IMatch);
}

void RulesSettingsPage::setRuleSet(const ChatRuleSet &rules)
{
    m_ownNames->setText(rules.ownNames.join(u", "_s));
    m_highlights->setRowCount(0);
    m_ignores->setRowCount(0);
    for (const HighlightRule &rule : rules.highlights)
        addHighlight(rule);
    for (const IgnoreRule &rule : rules.ignores)
        addIgnore(rule);
    updateErrors();
}

ChatRuleSet RulesSettingsPage::ruleSet() const
{
    ChatRuleSet rules;
    for (const QString &name : m_ownNames->text().split(u',', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            rules.ownNames.append(name.trimmed());
    }
    const QList<HighlightChoice> choices = highlightChoices();
    for (int row = 0; row < m_highlights->rowCount(); ++row) {
        const auto *match = qobject_cast<QComboBox *>(m_highlights->cellWidget(row, HMatch));
        const HighlightChoice choice = choices.value(match ? match->currentData().toInt() : 0);
        HighlightRule rule;
        rule.kind = choice.kind;
        if (choice.kind == HighlightRule::Kind::Role)
            rule.roles = choice.role;
        rule.pattern = m_highlights->item(row, HText)->text();
        rule.rgb = m_highlights->item(row, HColour)->data(RgbRole).toUInt();
        rule.sound = m_highlights->item(row, HSound)->checkState() == Qt::Checked;
        // A text rule without text would match nothing: left out.
        const bool needsText = rule.kind == HighlightRule::Kind::Phrase || rule.kind == HighlightRule::Kind::Regex ||
            rule.kind == HighlightRule::Kind::User;
        if (needsText && rule.pattern.isEmpty())
            continue;
        rules.highlights.append(rule);
    }
    for (int row = 0; row < m_ignores->rowCount(); ++row) {
        const auto *match = qobject_cast<QComboBox *>(m_ignores->cellWidget(row, IMatch));
        IgnoreRule rule;
        rule.kind = IgnoreRule::Kind(match ? match->currentData().toInt() : 0);
        rule.pattern = m_ignores->item(row, IText)->text();
        rule.replacement = m_ignores->item(row, IReplacement)->text();
        rule.replace = !rule.replacement.isEmpty() && rule.kind != IgnoreRule::Kind::User;
        if (!rule.replace)
            rule.replacement.clear();
        if (!rule.pattern.trimmed().isEmpty())
            rules.ignores.append(rule);
    }
    return rules;
}

void RulesSettingsPage::updateErrors()
{
    QStringList lines;
    const auto check = [&lines](QTableWidget *table, int textColumn, int regexData, const QString &listName) {
        for (int row = 0; row < table->rowCount(); ++row) {
            const auto *match = qobject_cast<QComboBox *>(table->cellWidget(row, 0));
            const QTableWidgetItem *text = table->item(row, textColumn);
            if (!match || !text || match->currentData().toInt() != regexData)
                continue;
            if (const std::optional<ChatRuleError> error = ChatRules::regexError(text->text())) {
                // ko: %1 %2번째 규칙: 정규식 오류 (%4번째 글자): %3
                lines.append(tr("%1, rule %2: the regular expression is invalid at character %4: %3")
                                 .arg(listName)
                                 .arg(row + 1)
                                 .arg(error->message)
                                 .arg(error->offset + 1));
            }
        }
    };
    check(m_highlights, HText, 1, tr("Highlights")); // choice 1: Regex
    check(m_ignores, IText, int(IgnoreRule::Kind::Regex), tr("Ignore"));
    m_errors->setText(lines.join(u'\n'));
    m_errors->setVisible(!lines.isEmpty());
}

QString RulesSettingsPage::errorText() const
{
    return m_errors->text();
}

void RulesSettingsPage::apply()
{
    // Invalid expressions are kept as written (they match nothing until
    // corrected); the page says so while it is open.
    m_context.setChatRules(ruleSet());
}

} // namespace soopchat
