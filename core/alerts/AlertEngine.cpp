#include "core/alerts/AlertEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTranslator>

#include <algorithm>

#include "core/events/DonationPrice.h"
#include "core/events/EventWords.h"
#include "core/util/RandomId.h"

namespace soopchat {

Q_LOGGING_CATEGORY(lcAlerts, "soopchat.alerts", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

// The amount a rule's minimum and maximum compare with: a donation's in its
// unit, a subscription's months; nullopt for everything else.
std::optional<qint64> amountOf(const ChatEvent &event)
{
    if (const std::optional<Donation> donation = donationOf(event))
        return donation->amount;
    switch (event.type) {
    case EventType::Subscription:
        return event.details().months.value_or(1);
    case EventType::SubscriptionRenewal:
    case EventType::SubscriptionGift:
        return event.details().months.value_or(event.type == EventType::SubscriptionGift ? 1 : 0);
    default:
        return std::nullopt;
    }
}

// The months of a subscription event, for {months}.
std::optional<qint64> monthsOf(const ChatEvent &event)
{
    if (!isSubscription(event.type))
        return std::nullopt;
    return amountOf(event);
}

} // namespace

// Whom a rule's user and role conditions (and the user cool-down) look at:
// the event's user, or one user of a user_enter list.
struct AlertEngine::Subject
{
    const ChatUser *user = nullptr; // one entering user, or null: the event's
    QString id;
    QString nickname;
    Roles roles;
    QString key; // for the user cool-down: the lower-cased id, else nickname
    // Lower-cased once, when the first rule with users asks.
    QString lowerId;
    QString lowerNickname;
    bool lowered = false;
};

// A rule as matching needs it, made once in setConfig().
struct AlertEngine::Compiled
{
    int index = 0; // in m_config.rules
    std::bitset<EventTypeCount> kinds; // none set: any
    QSet<QString> users; // lower-cased
    QSet<QString> channels;
    QString phrase; // lower-cased; empty: none
    QRegularExpression regex;
    bool hasRegex = false;
    bool invalid = false; // a regex that does not compile: matches nothing
};

AlertEngine::AlertEngine(QObject *parent) : QObject(parent), m_translator(std::make_unique<QTranslator>())
{
    m_elapsed.start();
    setLanguage(m_language);
}

AlertEngine::~AlertEngine() = default;

qint64 AlertEngine::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void AlertEngine::setConfig(const AlertConfig &config)
{
    ++m_generation;
    m_config = config;
    m_rules.clear();
    m_problems.clear();
    QSet<QString> ids;
    for (int i = 0; i < m_config.rules.size(); ++i) {
        const AlertRule &rule = m_config.rules.at(i);
        ids.insert(rule.id);
        if (!rule.enabled)
            continue; // disabled rules are not even compiled
        Compiled compiled;
        compiled.index = i;
        for (EventType kind : rule.kinds)
            compiled.kinds.set(size_t(kind));
        for (const QString &user : rule.users)
            compiled.users.insert(user.trimmed().toLower());
        for (const QString &channel : rule.channels)
            compiled.channels.insert(channel.trimmed().toLower());
        if (!rule.pattern.isEmpty()) {
            if (rule.patternIsRegex) {
                compiled.hasRegex = true;
                compiled.regex = QRegularExpression(rule.pattern,
                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
                if (!compiled.regex.isValid()) {
                    compiled.invalid = true;
                    const QString message =
                        tr("Rule “%1”: the regular expression “%2” is not valid (%3 at %4); the rule matches nothing.")
                            .arg(rule.name, rule.pattern, compiled.regex.errorString())
                            .arg(compiled.regex.patternErrorOffset());
                    m_problems.append(message);
                    qCWarning(lcAlerts).noquote() << message;
                    emit problem(message);
                } else {
                    compiled.regex.optimize(); // compiled (JIT) now, not at the first chat line
                }
            } else {
                compiled.phrase = rule.pattern.toLower();
            }
        }
        m_rules.push_back(std::move(compiled));
    }
    // Cool-downs of rules that are gone go too; the others keep theirs.
    for (auto it = m_cooldowns.begin(); it != m_cooldowns.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_cooldowns.erase(it);
    for (AlertActionRunner *runner : m_runners) {
        if (runner)
            runner->configure(m_config);
    }
}

void AlertEngine::addRunner(AlertActionRunner *runner)
{
    if (!runner)
        return;
    AlertActionRunner *&slot = m_runners[size_t(runner->kind())];
    if (slot && slot != runner)
        delete slot;
    slot = runner;
    runner->setParent(this);
    connect(runner, &AlertActionRunner::reported, this, &AlertEngine::report);
    runner->configure(m_config);
}

AlertActionRunner *AlertEngine::runner(AlertAction::Kind kind) const
{
    return m_runners[size_t(kind)];
}

void AlertEngine::setLanguage(const QString &language)
{
    m_language = language == u"en"_s ? u"en"_s : u"ko"_s;
    m_locale = QLocale(m_language == u"en"_s ? QLocale::English : QLocale::Korean);
    // The words come from that language's catalogue, whatever the app's own.
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u":/i18n/soopchat_"_s + m_language + u".qm"_s))
        qCDebug(lcAlerts) << "no translations for alerts in" << m_language << "- words stay in English";
    m_translator = std::move(translator);
}

qsizetype AlertEngine::rememberedUsers(const QString &ruleId) const
{
    const auto it = m_cooldowns.constFind(ruleId);
    return it == m_cooldowns.cend() ? 0 : it->userLastFiredMs.size();
}

QString AlertEngine::fill(QStringView text, const AlertFields &fields)
{
    QString out;
    out.reserve(text.size() + 32);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, open - i);
        const qsizetype close = text.indexOf(u'}', open + 1);
        if (close < 0) {
            out += text.mid(open);
            break;
        }
        const QStringView name = text.mid(open + 1, close - open - 1);
        const QString *value = nullptr;
        if (name == u"nickname")
            value = &fields.nickname;
        else if (name == u"count")
            value = &fields.count;
        else if (name == u"item")
            value = &fields.item;
        else if (name == u"message")
            value = &fields.message;
        else if (name == u"channel")
            value = &fields.channel;
        else if (name == u"months")
            value = &fields.months;
        if (value) {
            out += *value;
            i = close + 1;
        } else {
            // Not ours ("{x", "{unknown}"): as typed; a '{' inside starts again.
            out += u'{';
            i = open + 1;
        }
    }
    return out;
}

AlertFields AlertEngine::fieldsOf(const ChatEvent &event, const QString &channel, const ChatUser *user) const
{
    AlertFields fields;
    const QLocale &locale = m_locale;
    if (user) {
        fields.userId = user->id;
        fields.nickname = user->nickname.isEmpty() ? user->id : user->nickname;
    } else {
        fields.userId = event.userId.value_or(QString());
        // As the event says: a service that hides an anonymous donor names them itself.
        fields.nickname = event.nickname.value_or(QString());
        if (fields.nickname.isEmpty())
            fields.nickname = fields.userId;
    }
    const std::optional<Donation> donation = donationOf(event);
    qint64 count = 0;
    if (donation)
        count = donation->amount;
    else if (event.count)
        count = std::max<qint64>(0, *event.count);
    if (donation || event.count)
        fields.count = locale.toString(count);
    fields.item = itemName(event.type, donation ? count : amountOf(event).value_or(1), *m_translator);
    fields.message = event.text.value_or(QString());
    fields.channel = channel;
    if (const std::optional<qint64> months = monthsOf(event))
        fields.months = locale.toString(*months);
    return fields;
}

QString AlertEngine::defaultText(const ChatEvent &event, const AlertFields &fields) const
{
    // The one wording of a donation or subscription (EventWords), as the
    // chat list says it after the nickname.
    qint64 count = 0;
    if (event.type == EventType::SubscriptionRenewal)
        count = event.details().months.value_or(0);
    else if (const std::optional<Donation> donation = donationOf(event))
        count = donation->amount;
    else
        count = event.count.value_or(0);
    QString words = actionTemplate(event.type, int(std::clamp<qint64>(count, 0, INT_MAX)), *m_translator);
    if (!words.isEmpty()) {
        const QLocale &locale = m_locale;
        words.replace(u"%Ln"_s, locale.toString(count));
        if (words.contains(u"%1"_s))
            words = words.arg(event.details().toNickname.value_or(event.details().toUserId.value_or(QString())));
        QString text = fields.nickname.isEmpty() ? words : fields.nickname + u' ' + words;
        if (!fields.message.isEmpty())
            text += u": "_s + fields.message;
        return text;
    }
    if (fields.message.isEmpty())
        return fields.nickname;
    return fields.nickname.isEmpty() ? fields.message : fields.nickname + u": "_s + fields.message;
}

bool AlertEngine::matches(const Compiled &rule, const ChatEvent &event, Subject &subject, const QString &channelKey,
    QString &lowerText, bool &lowered) const
{
    if (rule.invalid)
        return false;
    if (rule.kinds.any() && !rule.kinds.test(size_t(event.type)))
        return false;
    const AlertRule &source = m_config.rules.at(rule.index);
    if (!rule.channels.isEmpty() && !rule.channels.contains(channelKey))
        return false;
    if (source.minAmount || source.maxAmount) {
        const std::optional<qint64> amount = amountOf(event);
        if (!amount || (source.minAmount && *amount < *source.minAmount) ||
            (source.maxAmount && *amount > *source.maxAmount))
            return false;
    }
    if (source.minWon) {
        const std::optional<Donation> donation = donationOf(event);
        const std::optional<qint64> won = donation ? wonFor(donation->unit, donation->amount) : std::nullopt;
        if (!won || *won < *source.minWon)
            return false;
    }
    if (source.roles && !(subject.roles & source.roles))
        return false;
    if (!rule.users.isEmpty()) {
        if (!subject.lowered) {
            subject.lowerId = subject.id.toLower();
            subject.lowerNickname = subject.nickname.toLower();
            subject.lowered = true;
        }
        if (!rule.users.contains(subject.lowerId) && !rule.users.contains(subject.lowerNickname))
            return false;
    }
    if (!rule.phrase.isEmpty() || rule.hasRegex) {
        if (!event.text || event.text->isEmpty())
            return false;
        const QStringView text = QStringView(*event.text).left(MaxPatternText);
        if (rule.hasRegex)
            return rule.regex.match(text).hasMatch();
        if (!lowered) {
            lowerText = text.toString().toLower(); // once for every rule
            lowered = true;
        }
        return lowerText.contains(rule.phrase);
    }
    return true;
}

bool AlertEngine::coolingDown(const Compiled &rule, const Subject &subject, qint64 now)
{
    const AlertRule &source = m_config.rules.at(rule.index);
    if (source.cooldownSeconds <= 0 && source.userCooldownSeconds <= 0)
        return false;
    const auto it = m_cooldowns.constFind(source.id);
    if (it == m_cooldowns.cend())
        return false;
    if (source.cooldownSeconds > 0 && it->lastFiredMs >= 0 && now - it->lastFiredMs < source.cooldownSeconds * 1000LL)
        return true;
    if (source.userCooldownSeconds > 0 && !subject.key.isEmpty()) {
        const auto user = it->userLastFiredMs.constFind(subject.key);
        if (user != it->userLastFiredMs.cend() && now - *user < source.userCooldownSeconds * 1000LL)
            return true;
    }
    return false;
}

void AlertEngine::startCooldowns(const Compiled &rule, const Subject &subject, qint64 now)
{
    const AlertRule &source = m_config.rules.at(rule.index);
    if (source.cooldownSeconds <= 0 && source.userCooldownSeconds <= 0)
        return;
    Cooldowns &state = m_cooldowns[source.id];
    state.lastFiredMs = now;
    if (source.userCooldownSeconds <= 0 || subject.key.isEmpty())
        return;
    state.userLastFiredMs.insert(subject.key, now);
    if (state.userLastFiredMs.size() < state.pruneAt)
        return;
    // Only users still cooling down are worth remembering.
    const qint64 span = source.userCooldownSeconds * 1000LL;
    for (auto it = state.userLastFiredMs.begin(); it != state.userLastFiredMs.end();)
        it = now - *it >= span ? state.userLastFiredMs.erase(it) : std::next(it);
    state.pruneAt = std::max(UserCooldownPruneAt, state.userLastFiredMs.size() * 2);
}

void AlertEngine::process(const QString &channelId, const EventBatch &events, const QString &channelName)
{
    if (m_rules.empty())
        return;
    const QString channel = channelName.isEmpty() ? channelId : channelName;
    const QString channelKey = channelId.toLower();
    for (const EventPtr &event : events) {
        if (!event)
            continue;
        // A user_enter list is one subject per entering user.
        const QList<ChatUser> &entering = event->details().users;
        const bool perUser = event->type == EventType::UserEnter && !entering.isEmpty();
        const qsizetype subjects = perUser ? entering.size() : 1;
        QString lowerText;
        bool lowered = false;
        for (qsizetype s = 0; s < subjects; ++s) {
            Subject subject;
            if (perUser) {
                const ChatUser &user = entering.at(s);
                subject.user = &user;
                subject.id = user.id;
                subject.nickname = user.nickname;
                subject.roles = user.flags ? user.flags->roles : Roles();
            } else {
                subject.id = event->userId.value_or(QString());
                subject.nickname = event->nickname.value_or(QString());
                subject.roles = event->roles();
            }
            for (const Compiled &rule : m_rules) {
                if (!matches(rule, *event, subject, channelKey, lowerText, lowered))
                    continue;
                if (subject.key.isEmpty())
                    subject.key = (subject.id.isEmpty() ? subject.nickname : subject.id).toLower();
                const qint64 at = now();
                if (coolingDown(rule, subject, at))
                    continue;
                startCooldowns(rule, subject, at);
                const quint64 generation = m_generation;
                fire(m_config.rules.at(rule.index), channelId, event, fieldsOf(*event, channel, subject.user));
                // Someone set new rules while this one fired (a slot of
                // fired() or a runner): the old ones are gone, the rest of
                // the batch meets the new ones.
                if (generation != m_generation)
                    break;
            }
        }
    }
}

void AlertEngine::fire(const AlertRule rule, const QString &channelId, const EventPtr &event, const AlertFields &fields)
{
    Alert alert;
    alert.id = randomHexId();
    alert.ruleId = rule.id;
    alert.ruleName = rule.name;
    alert.channelId = channelId;
    alert.event = event;
    alert.firedAtMs = QDateTime::currentMSecsSinceEpoch();
    alert.fields = fields;
    alert.tier = donationTier(*event);
    alert.donation = donationOf(*event);
    emit fired(alert);

    const QString usual = defaultText(*event, fields);
    // `rule` is a copy: a runner may set new rules from run().
    const QList<AlertAction> &actions = rule.actions;
    for (int i = 0; i < actions.size(); ++i) {
        const AlertAction &action = actions.at(i);
        AlertReport entry;
        entry.alertId = alert.id;
        entry.ruleId = rule.id;
        entry.ruleName = rule.name;
        entry.actionIndex = i;
        entry.kind = action.kind;
        if (const AlertTarget *target = m_config.target(action.target))
            entry.targetName = target->name;
        entry.atMs = QDateTime::currentMSecsSinceEpoch();
        AlertActionRunner *runner = m_runners[size_t(action.kind)];
        if (!runner) {
            entry.state = AlertReport::State::Skipped;
            entry.reason = tr("This program cannot run “%1” actions.").arg(QString(alertActionKindName(action.kind)));
            report(entry);
            continue;
        }
        entry.state = AlertReport::State::Queued;
        report(entry); // before run(): a runner that is done at once replaces it
        runner->run(alert, i, action, action.text.isEmpty() ? usual : fill(action.text, fields));
    }
}

void AlertEngine::report(const AlertReport &report)
{
    m_history.add(report);
    emit reported(report);
}

QString AlertEngine::inLanguage(const char *text) const
{
    const QString translated = m_translator->translate("soopchat::AlertEngine", text);
    return translated.isEmpty() ? QString::fromUtf8(text) : translated;
}

void AlertEngine::testRule(const AlertRule &rule, const QString &channelId)
{
    auto event = std::make_shared<ChatEvent>();
    event->type = rule.kinds.isEmpty() ? EventType::Balloon : rule.kinds.first();
    event->userId = u"soopchat_test"_s;
    event->nickname = inLanguage(QT_TRANSLATE_NOOP("soopchat::AlertEngine", "Test viewer")); // ko: 테스트 시청자
    const qint64 amount = rule.minAmount.value_or(rule.maxAmount.value_or(isSubscription(event->type) ? 3 : 100));
    if (isSubscription(event->type))
        event->editDetails().months = amount;
    else
        event->count = amount;
    if (event->type == EventType::SubscriptionGift)
        event->editDetails().toNickname = event->nickname;
    event->text =
        inLanguage(QT_TRANSLATE_NOOP("soopchat::AlertEngine", "This is a test alert.")); // ko: 테스트 알림입니다.
    event->receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    const EventPtr shared = event;
    fire(rule, channelId, shared, fieldsOf(*shared, channelId));
}

} // namespace soopchat
