#include "ui/alerts/AlertRuleEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/channel/ChatRules.h"
#include "core/events/Badges.h"
#include "core/events/DonationPrice.h"
#include "ui/alerts/AlertActionCard.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxAmount = 100'000'000;
constexpr int MaxWon = 2'000'000'000; // a spin box holds an int
constexpr int MaxCooldownSeconds = 24 * 60 * 60;

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

QSpinBox *secondsBox(QWidget *parent, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, MaxCooldownSeconds);
    box->setSuffix(AlertRuleEditor::tr(" s")); // ko: 초
    box->setSpecialValueText(AlertRuleEditor::tr("None")); // ko: 없음
    return box;
}

} // namespace

QList<AlertRuleEditor::KindGroup> AlertRuleEditor::kindGroups()
{
    return {
        {"star_balloon"_L1, {EventType::Balloon, EventType::VodBalloon}},
        {"ad_balloon"_L1, {EventType::AdBalloon, EventType::StationAdBalloon}},
        {"video_balloon"_L1, {EventType::VideoBalloon}},
        {"cheese"_L1, {EventType::Cheese, EventType::VideoCheese}},
        {"subscription"_L1, {EventType::Subscription, EventType::SubscriptionRenewal}},
        {"gift"_L1, {EventType::SubscriptionGift}},
        {"mission"_L1, {EventType::Mission, EventType::MissionCheese}},
        {"entry"_L1, {EventType::UserEnter}},
        {"chat"_L1, {EventType::Chat, EventType::ManagerChat, EventType::OgqSticker}},
        {"moderation"_L1, {EventType::Mute, EventType::Freeze, EventType::SlowMode, EventType::Blind}},
        {"broadcast"_L1, {EventType::BroadcastStart, EventType::BroadcastEnd}},
    };
}

QString AlertRuleEditor::kindGroupLabel(QLatin1StringView key)
{
    if (key == "star_balloon"_L1)
        return tr("Star balloons"); // ko: 별풍선
    if (key == "ad_balloon"_L1)
        return tr("Ad balloons"); // ko: 애드벌룬
    if (key == "video_balloon"_L1)
        return tr("Video balloons"); // ko: 영상풍선
    if (key == "cheese"_L1)
        return tr("Cheese (CHZZK)"); // ko: 치즈 (치지직)
    if (key == "subscription"_L1)
        return tr("Subscriptions and renewals"); // ko: 구독 및 구독 연장
    if (key == "gift"_L1)
        return tr("Gifted subscriptions"); // ko: 구독권 선물
    if (key == "mission"_L1)
        return tr("Missions"); // ko: 미션
    if (key == "entry"_L1)
        return tr("Viewers entering"); // ko: 시청자 입장
    if (key == "chat"_L1)
        return tr("Chat messages"); // ko: 채팅 메시지
    if (key == "moderation"_L1)
        return tr("Moderation (mutes, freezes)"); // ko: 채팅 관리 (채팅 금지, 얼리기)
    if (key == "broadcast"_L1)
        return tr("Broadcast start and end"); // ko: 방송 시작과 종료
    return QString(key);
}

AlertRuleEditor::AlertRuleEditor(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_minAmount(new QSpinBox(this)), m_maxAmount(new QSpinBox(this)),
      m_minWon(new QSpinBox(this)), m_users(new QLineEdit(this)), m_pattern(new QLineEdit(this)),
      m_regex(new QCheckBox(tr("Regular expression"), this)), // ko: 정규식
      m_patternError(new QLabel(this)), m_channels(new QLineEdit(this)),
      m_cooldown(secondsBox(this, u"ruleCooldown"_s)), m_userCooldown(secondsBox(this, u"ruleUserCooldown"_s)),
      m_actionsLayout(new QVBoxLayout), m_addAction(new QToolButton(this))
{
    const auto notify = [this] {
        if (!m_loading)
            emit changed();
    };
    m_name->setObjectName(u"ruleName"_s);
    m_name->setPlaceholderText(tr("e.g. Big star balloons")); // ko: 예: 큰 별풍선
    connect(m_name, &QLineEdit::textChanged, this, notify);

    // The kinds of event, as check boxes in two columns.
    auto *kinds = new QWidget(this);
    auto *kindsLayout = new QGridLayout(kinds);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    const QList<KindGroup> groups = kindGroups();
    for (int i = 0; i < groups.size(); ++i) {
        auto *box = new QCheckBox(kindGroupLabel(groups[i].key), kinds);
        box->setObjectName(u"kind-"_s + groups[i].key);
        connect(box, &QCheckBox::stateChanged, this, [this, box, notify](int state) {
            // Once the user picks, a partly checked group becomes all or nothing.
            if (!m_loading && state != Qt::PartiallyChecked)
                box->setTristate(false);
            updatePreviewKind();
            notify();
        });
        m_kinds.insert(QString(groups[i].key), box);
        kindsLayout->addWidget(box, i / 2, i % 2);
    }
    // ko: 아무것도 고르지 않으면 모든 이벤트
    auto *kindsNote = new QLabel(tr("None checked: every kind of event."), kinds);
    kindsNote->setEnabled(false);
    kindsLayout->addWidget(kindsNote, int(groups.size() + 1) / 2, 0, 1, 2);

    for (QSpinBox *box : {m_minAmount, m_maxAmount}) {
        box->setRange(0, MaxAmount);
        box->setGroupSeparatorShown(true);
        box->setSpecialValueText(tr("Any")); // ko: 제한 없음
        connect(box, &QSpinBox::valueChanged, this, notify);
    }
    m_minAmount->setObjectName(u"ruleMinAmount"_s);
    m_maxAmount->setObjectName(u"ruleMaxAmount"_s);
    auto *amounts = new QHBoxLayout;
    amounts->addWidget(new QLabel(tr("from"), this)); // ko: 최소
    amounts->addWidget(m_minAmount, 1);
    amounts->addWidget(new QLabel(tr("to"), this)); // ko: 최대
    amounts->addWidget(m_maxAmount, 1);
    // ko: 후원은 그 단위(별풍선 개수, 치즈)로, 구독은 개월 수로 셉니다.
    const QString amountHelp = tr("Donations count in their unit (balloons, cheese), subscriptions in months.");
    m_minAmount->setToolTip(amountHelp);
    m_maxAmount->setToolTip(amountHelp);

    // The gift's worth in won: one rule for the same gift on every service.
    m_minWon->setObjectName(u"ruleMinWon"_s);
    m_minWon->setRange(0, MaxWon);
    m_minWon->setSingleStep(1'000);
    m_minWon->setGroupSeparatorShown(true);
    m_minWon->setSpecialValueText(tr("Any")); // ko: 제한 없음
    m_minWon->setPrefix(tr("at least ")); // ko: 최소
    m_minWon->setSuffix(tr(" won")); // ko: 원
    // ko: 후원의 원화 가치(별풍선 하나 %1원, 치즈 하나 %2원)가 이만큼 이상일 때. 원화 값이 없는 선물은 맞지 않습니다.
    m_minWon->setToolTip(tr("Donations worth at least this much in won (a star balloon is %1 won, a cheese %2 won). "
                            "A gift without a price in won never matches.")
                             .arg(viewerPriceWon(DonationUnit::StarBalloon).value_or(0))
                             .arg(viewerPriceWon(DonationUnit::Cheese).value_or(0)));
    connect(m_minWon, &QSpinBox::valueChanged, this, notify);

    m_users->setObjectName(u"ruleUsers"_s);
    // ko: 아이디 또는 닉네임, 쉼표로 구분 (비워 두면 누구나)
    m_users->setPlaceholderText(tr("Ids or nicknames, separated by commas (empty: anyone)"));
    connect(m_users, &QLineEdit::textChanged, this, notify);

    // The roles, with the names and badges of the chat list's role chips.
    auto *roles = new QWidget(this);
    auto *rolesLayout = new QGridLayout(roles);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    int row = 0;
    for (const RoleBadge &badge : roleBadges()) {
        auto *box = new QCheckBox(roleLabel(badge.role), roles);
        box->setObjectName(u"role-"_s + badge.key);
        box->setIcon(QIcon(badgeResourcePath(badge.key)));
        connect(box, &QCheckBox::toggled, this, notify);
        m_roles.insert(badge.role, box);
        rolesLayout->addWidget(box, row, column);
        if (++column == 3) {
            column = 0;
            ++row;
        }
    }
    // ko: 아무것도 고르지 않으면 누구나
    roles->setToolTip(tr("Any of the checked roles; none checked: anyone."));

    m_pattern->setObjectName(u"rulePattern"_s);
    m_pattern->setPlaceholderText(
        tr("Words in the message (empty: any)")); // ko: 메시지에 들어간 말 (비워 두면 무엇이든)
    m_regex->setObjectName(u"ruleRegex"_s);
    m_patternError->setObjectName(u"rulePatternError"_s);
    m_patternError->setTextFormat(Qt::PlainText);
    m_patternError->setWordWrap(true);
    m_patternError->setStyleSheet(u"color: #d32f2f;"_s);
    m_patternError->setVisible(false);
    connect(m_pattern, &QLineEdit::textChanged, this, [this, notify] {
        updatePatternError();
        notify();
    });
    connect(m_regex, &QCheckBox::toggled, this, [this, notify] {
        updatePatternError();
        notify();
    });
    auto *patternRow = new QHBoxLayout;
    patternRow->addWidget(m_pattern, 1);
    patternRow->addWidget(m_regex);

    m_channels->setObjectName(u"ruleChannels"_s);
    // ko: 채널 아이디, 쉼표로 구분 (비워 두면 모든 채널)
    m_channels->setPlaceholderText(tr("Channel ids, separated by commas (empty: every channel)"));
    connect(m_channels, &QLineEdit::textChanged, this, notify);

    connect(m_cooldown, &QSpinBox::valueChanged, this, notify);
    connect(m_userCooldown, &QSpinBox::valueChanged, this, notify);
    auto *cooldowns = new QHBoxLayout;
    cooldowns->addWidget(m_cooldown, 1);
    cooldowns->addWidget(new QLabel(tr("same viewer:"), this)); // ko: 같은 시청자:
    cooldowns->addWidget(m_userCooldown, 1);
    // ko: 알림 뒤에 이 규칙이 다시 울리기까지 기다리는 시간 (같은 시청자는 따로)
    m_cooldown->setToolTip(tr("After firing, the rule waits this long (and this long for the same viewer)."));

    auto *conditions = new QGroupBox(tr("When"), this); // ko: 조건
    auto *form = new QFormLayout(conditions);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Events:"), kinds); // ko: 이벤트:
    form->addRow(tr("Amount:"), amounts); // ko: 수량:
    form->addRow(tr("Worth:"), m_minWon); // ko: 금액:
    form->addRow(tr("Users:"), m_users); // ko: 사용자:
    form->addRow(tr("Roles:"), roles); // ko: 역할:
    form->addRow(tr("Text:"), patternRow); // ko: 문구:
    form->addRow(QString(), m_patternError);
    form->addRow(tr("Channels:"), m_channels); // ko: 채널:
    form->addRow(tr("Cool-down:"), cooldowns); // ko: 재알림 대기:

    // The actions: cards, and a menu of kinds to add one.
    m_addAction->setObjectName(u"addAction"_s);
    m_addAction->setText(tr("Add Action")); // ko: 동작 추가
    m_addAction->setPopupMode(QToolButton::InstantPopup);
    m_addAction->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_addAction);
    for (AlertAction::Kind kind : {AlertAction::Kind::Notification, AlertAction::Kind::Sound, AlertAction::Kind::Speech,
             AlertAction::Kind::Discord, AlertAction::Kind::Telegram, AlertAction::Kind::AlertBox}) {
        QAction *action = menu->addAction(AlertActionCard::kindLabel(kind), this, [this, kind] { addAction(kind); });
        action->setObjectName(u"add-"_s + alertActionKindName(kind));
    }
    m_addAction->setMenu(menu);
    auto *test = new QPushButton(tr("Test This Rule"), this); // ko: 이 규칙 시험
    test->setObjectName(u"testRule"_s);
    // ko: 조건과 재알림 대기를 무시하고 가상의 이벤트로 모든 동작을 실행합니다
    test->setToolTip(tr("Runs every action with a made-up event, ignoring the conditions and cool-downs."));
    connect(test, &QPushButton::clicked, this, &AlertRuleEditor::testRequested);

    auto *actions = new QGroupBox(tr("Then"), this); // ko: 동작
    auto *actionsLayout = new QVBoxLayout(actions);
    actionsLayout->addLayout(m_actionsLayout);
    auto *actionButtons = new QHBoxLayout;
    actionButtons->addWidget(m_addAction);
    actionButtons->addStretch();
    actionButtons->addWidget(test);
    actionsLayout->addLayout(actionButtons);

    auto *nameForm = new QFormLayout;
    nameForm->addRow(tr("Name:"), m_name); // ko: 이름:
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(nameForm);
    layout->addWidget(conditions);
    layout->addWidget(actions);
    layout->addStretch();
}

void AlertRuleEditor::setRule(const AlertRule &rule)
{
    m_loading = true;
    m_rule = rule;
    m_name->setText(rule.name);
    for (const KindGroup &group : kindGroups()) {
        QCheckBox *box = m_kinds.value(QString(group.key));
        int named = 0;
        for (EventType kind : group.kinds)
            named += rule.kinds.contains(kind) ? 1 : 0;
        // A hand-edited file may name only some kinds of a group: partly checked, kept as written until changed.
        box->setTristate(named > 0 && named < group.kinds.size());
        box->setCheckState(named == 0         ? Qt::Unchecked
                : named == group.kinds.size() ? Qt::Checked
                                              : Qt::PartiallyChecked);
    }
    m_minAmount->setValue(int(std::clamp<qint64>(rule.minAmount.value_or(0), 0, MaxAmount)));
    m_maxAmount->setValue(int(std::clamp<qint64>(rule.maxAmount.value_or(0), 0, MaxAmount)));
    m_minWon->setValue(int(std::clamp<qint64>(rule.minWon.value_or(0), 0, MaxWon)));
    m_users->setText(rule.users.join(u", "_s));
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        it.value()->setChecked(rule.roles.testFlag(it.key()));
    m_pattern->setText(rule.pattern);
    m_regex->setChecked(rule.patternIsRegex);
    m_channels->setText(rule.channels.join(u", "_s));
    m_cooldown->setValue(std::clamp(rule.cooldownSeconds, 0, MaxCooldownSeconds));
    m_userCooldown->setValue(std::clamp(rule.userCooldownSeconds, 0, MaxCooldownSeconds));
    qDeleteAll(m_cards);
    m_cards.clear();
    for (const AlertAction &action : rule.actions)
        appendCard(action);
    updatePatternError();
    updatePreviewKind();
    m_loading = false;
}

AlertRule AlertRuleEditor::rule() const
{
    AlertRule rule = m_rule;
    rule.name = m_name->text().trimmed();
    rule.kinds.clear();
    QList<EventType> grouped;
    for (const KindGroup &group : kindGroups()) {
        const Qt::CheckState state = m_kinds.value(QString(group.key))->checkState();
        for (EventType kind : group.kinds) {
            grouped.append(kind);
            if (state == Qt::Checked || (state == Qt::PartiallyChecked && m_rule.kinds.contains(kind)))
                rule.kinds.append(kind);
        }
    }
    // Kinds no group names (written by hand in the file) stay as they were.
    for (EventType kind : m_rule.kinds) {
        if (!grouped.contains(kind))
            rule.kinds.append(kind);
    }
    rule.minAmount = m_minAmount->value() > 0 ? std::optional<qint64>(m_minAmount->value()) : std::nullopt;
    rule.maxAmount = m_maxAmount->value() > 0 ? std::optional<qint64>(m_maxAmount->value()) : std::nullopt;
    rule.minWon = m_minWon->value() > 0 ? std::optional<qint64>(m_minWon->value()) : std::nullopt;
    rule.users = splitList(m_users->text());
    rule.roles = {};
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        rule.roles.setFlag(it.key(), it.value()->isChecked());
    rule.pattern = m_pattern->text();
    rule.patternIsRegex = m_regex->isChecked();
    rule.channels = splitList(m_channels->text());
    rule.cooldownSeconds = m_cooldown->value();
    rule.userCooldownSeconds = m_userCooldown->value();
    rule.actions.clear();
    for (const AlertActionCard *card : m_cards)
        rule.actions.append(card->action());
    return rule;
}

void AlertRuleEditor::setTargets(const QList<AlertTarget> &targets)
{
    m_targets = targets;
    for (AlertActionCard *card : std::as_const(m_cards))
        card->setTargets(targets);
}

AlertActionCard *AlertRuleEditor::addAction(AlertAction::Kind kind)
{
    AlertAction action;
    action.kind = kind;
    AlertActionCard *card = appendCard(action);
    emit changed();
    card->setFocus();
    return card;
}

AlertActionCard *AlertRuleEditor::appendCard(const AlertAction &action)
{
    auto *card = new AlertActionCard(action, m_actionsLayout->parentWidget());
    card->setTargets(m_targets);
    card->setPreviewKind(previewKind());
    connect(card, &AlertActionCard::changed, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(card, &AlertActionCard::removeRequested, this, [this, card] {
        m_cards.removeOne(card);
        card->deleteLater();
        emit changed();
    });
    m_cards.append(card);
    m_actionsLayout->addWidget(card);
    card->show(); // at once, not when the layout gets round to it
    return card;
}

EventType AlertRuleEditor::previewKind() const
{
    for (const KindGroup &group : kindGroups()) {
        const Qt::CheckState state = m_kinds.value(QString(group.key))->checkState();
        if (state == Qt::Checked)
            return group.kinds.first();
        if (state == Qt::PartiallyChecked) {
            for (EventType kind : group.kinds) {
                if (m_rule.kinds.contains(kind))
                    return kind;
            }
        }
    }
    return m_rule.kinds.value(0, EventType::Balloon);
}

void AlertRuleEditor::updatePreviewKind()
{
    const EventType kind = previewKind();
    for (AlertActionCard *card : std::as_const(m_cards))
        card->setPreviewKind(kind);
}

void AlertRuleEditor::updatePatternError()
{
    QString text;
    if (m_regex->isChecked()) {
        if (const std::optional<ChatRuleError> error = ChatRules::regexError(m_pattern->text())) {
            // ko: 정규식 오류 (%2번째 글자): %1
            text =
                tr("The regular expression is invalid at character %2: %1").arg(error->message).arg(error->offset + 1);
        }
    }
    m_patternError->setText(text);
    m_patternError->setVisible(!text.isEmpty());
}

QString AlertRuleEditor::patternError() const
{
    return m_patternError->text();
}

} // namespace soopchat
