// The alert engine: each condition of a rule picks the events it should and
// only those, templates are filled in Korean and English, cool-downs hold per
// rule and per user (and forget users once they cool down), a regex that does
// not compile matches nothing and is named once, a huge text costs a bounded
// amount, and an action with no runner says so in the history.
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include "core/alerts/AlertConsumer.h"
#include "core/alerts/AlertEngine.h"
#include "core/channel/ChannelPipeline.h"
#include "core/channel/ChannelServices.h"
#include "core/channel/ChatRules.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

// A runner of one kind that keeps what it is given and reports it sent.
class RecordingRunner : public AlertActionRunner
{
public:
    explicit RecordingRunner(AlertAction::Kind kind) : m_kind(kind) { }
    AlertAction::Kind kind() const override { return m_kind; }
    void run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text) override
    {
        alerts.append(alert);
        texts.append(text);
        AlertReport report;
        report.alertId = alert.id;
        report.ruleId = alert.ruleId;
        report.ruleName = alert.ruleName;
        report.actionIndex = actionIndex;
        report.kind = action.kind;
        report.state = AlertReport::State::Sent;
        emit reported(report);
    }
    void configure(const AlertConfig &config) override { configured = config; }

    QList<Alert> alerts;
    QStringList texts;
    AlertConfig configured;

private:
    AlertAction::Kind m_kind;
};

// A source that emits what the test tells it to.
class FakeSource : public ChatSource
{
    Q_OBJECT

public:
    explicit FakeSource(const QString &channel)
    {
        m_target.key = channel;
        m_target.channelId = channel;
        m_target.displayName = channel;
        m_status.channel = channel;
    }
    const ChannelTarget &target() const override { return m_target; }
    const ChannelStatus &status() const override { return m_status; }
    void start(const QString &) override { }
    void stop() override { }
    void setPassword(const QString &) override { }
    void retryNow() override { }
    void send(const EventBatch &events) { emit eventsReceived(events); }

private:
    ChannelTarget m_target;
    ChannelStatus m_status;
};

EventPtr makeEvent(EventType type, const QString &id, const QString &nickname, const QString &text = {},
    std::optional<qint64> count = {}, Roles roles = {}, std::optional<qint64> months = {})
{
    auto e = std::make_shared<ChatEvent>();
    e->type = type;
    e->userId = id;
    e->nickname = nickname;
    if (!text.isEmpty())
        e->text = text;
    e->count = count;
    if (roles)
        e->flags = UserFlags {0, 0, roles};
    if (months)
        e->editDetails().months = months;
    return e;
}

EventPtr balloon(qint64 count, const QString &text = {})
{
    return makeEvent(EventType::Balloon, u"donor"_s, u"철수"_s, text, count);
}

EventPtr chat(
    const QString &text, Roles roles = {}, const QString &id = u"viewer1"_s, const QString &nickname = u"시청자"_s)
{
    return makeEvent(EventType::Chat, id, nickname, text, std::nullopt, roles);
}

AlertRule rule(const QString &id, AlertAction::Kind action = AlertAction::Kind::Sound, const QString &text = {})
{
    AlertRule r;
    r.id = id;
    r.name = u"rule "_s + id;
    r.actions = {AlertAction {action, text, {}, {}, 80}};
    return r;
}

} // namespace

class TstAlertEngine : public QObject
{
    Q_OBJECT

private:
    // An engine with the given rules, a recording Sound runner and a clock
    // the test moves.
    struct Setup
    {
        AlertEngine engine;
        RecordingRunner *runner = new RecordingRunner(AlertAction::Kind::Sound);
        qint64 clockMs = 1'000'000;

        explicit Setup(const QList<AlertRule> &rules)
        {
            engine.addRunner(runner);
            engine.setClock([this] { return clockMs; });
            AlertConfig config;
            config.rules = rules;
            engine.setConfig(config);
        }
        // How many alerts `batch` fires.
        qsizetype fires(const EventBatch &batch, const QString &channel = u"bj"_s)
        {
            const qsizetype before = runner->alerts.size();
            engine.process(channel, batch);
            return runner->alerts.size() - before;
        }
    };

    static bool koreanCatalogueHas(const char *source)
    {
        QTranslator translator;
        return translator.load(u":/i18n/soopchat_ko.qm"_s) &&
            !translator.translate("soopchat::EventWords", source, nullptr, 2).isEmpty();
    }

private slots:
    void kindsPickTheirEvents()
    {
        AlertRule r = rule(u"k"_s);
        r.kinds = {EventType::Balloon, EventType::UserEnter};
        Setup s({r});
        QCOMPARE(s.fires({balloon(10)}), 1);
        QCOMPARE(s.fires({chat(u"hi"_s)}), 0);
        QCOMPARE(s.fires({makeEvent(EventType::AdBalloon, u"a"_s, u"a"_s, {}, 10)}), 0);
        // No kinds: any event.
        Setup any({rule(u"any"_s)});
        QCOMPARE(any.fires({chat(u"hi"_s), balloon(1)}), 2);
    }

    void amountsAreDonationsInTheirUnitAndSubscriptionMonths()
    {
        AlertRule r = rule(u"a"_s);
        r.minAmount = 100;
        r.maxAmount = 999;
        Setup s({r});
        QCOMPARE(s.fires({balloon(99)}), 0);
        QCOMPARE(s.fires({balloon(100)}), 1);
        QCOMPARE(s.fires({balloon(999)}), 1);
        QCOMPARE(s.fires({balloon(1000)}), 0);
        // Ad balloons count in ad balloons, video balloons in theirs.
        QCOMPARE(s.fires({makeEvent(EventType::AdBalloon, u"a"_s, u"a"_s, {}, 500)}), 1);
        // Chat has no amount: a rule with one never fires on it.
        QCOMPARE(s.fires({chat(u"100"_s)}), 0);

        AlertRule months = rule(u"m"_s);
        months.kinds = {EventType::SubscriptionRenewal};
        months.minAmount = 12;
        Setup sub({months});
        QCOMPARE(sub.fires({makeEvent(EventType::SubscriptionRenewal, u"s"_s, u"s"_s, {}, {}, {}, 11)}), 0);
        QCOMPARE(sub.fires({makeEvent(EventType::SubscriptionRenewal, u"s"_s, u"s"_s, {}, {}, {}, 12)}), 1);
        QCOMPARE(sub.runner->alerts.last().fields.months, u"12"_s);
    }

    void usersByIdOrNicknameInAnyCase()
    {
        AlertRule r = rule(u"u"_s);
        r.users = {u"TopViewer"_s, u"영희"_s};
        Setup s({r});
        QCOMPARE(s.fires({chat(u"a"_s, {}, u"topviewer"_s, u"누군가"_s)}), 1);
        QCOMPARE(s.fires({chat(u"a"_s, {}, u"other"_s, u"영희"_s)}), 1);
        QCOMPARE(s.fires({chat(u"a"_s, {}, u"other"_s, u"철수"_s)}), 0);
    }

    void rolesFromTheEventsFlagsAndEachEnteringUser()
    {
        AlertRule r = rule(u"r"_s);
        r.roles = Role::TopFan | Role::Manager;
        Setup s({r});
        QCOMPARE(s.fires({chat(u"a"_s, Role::TopFan | Role::Subscriber)}), 1);
        QCOMPARE(s.fires({chat(u"a"_s, Role::FanClub)}), 0);
        QCOMPARE(s.fires({chat(u"a"_s)}), 0);

        // A user_enter list: one alert per entering user of the role, named by them.
        auto enter = std::make_shared<ChatEvent>();
        enter->type = EventType::UserEnter;
        enter->editDetails().users = {
            ChatUser {u"plain"_s, u"그냥"_s, UserFlags {0, 0, Role::Subscriber}},
            ChatUser {u"fan"_s, u"열혈"_s, UserFlags {0, 0, Role::TopFan}},
            ChatUser {u"noflags"_s, u"없음"_s, std::nullopt},
        };
        QCOMPARE(s.fires({enter}), 1);
        QCOMPARE(s.runner->alerts.last().fields.nickname, u"열혈"_s);
        QCOMPARE(s.runner->alerts.last().fields.userId, u"fan"_s);
    }

    void patternAsAPhraseOrARegex()
    {
        AlertRule phrase = rule(u"p"_s);
        phrase.pattern = u"Happy Birthday"_s;
        AlertRule regex = rule(u"x"_s);
        regex.pattern = u"^!(alert|알림)\\b"_s;
        regex.patternIsRegex = true;
        Setup s({phrase, regex});
        QCOMPARE(s.fires({chat(u"oh HAPPY birthday!"_s)}), 1);
        QCOMPARE(s.runner->alerts.last().ruleId, u"p"_s);
        QCOMPARE(s.fires({chat(u"!ALERT now"_s)}), 1);
        QCOMPARE(s.runner->alerts.last().ruleId, u"x"_s);
        QCOMPARE(s.fires({chat(u"!알림 테스트"_s)}), 1);
        QCOMPARE(s.fires({chat(u"say !alert"_s)}), 0);
        // An event without text never matches a pattern.
        QCOMPARE(s.fires({balloon(10)}), 0);
        // A phrase is no regex.
        AlertRule dots = rule(u"d"_s);
        dots.pattern = u"a.c"_s;
        Setup literal({dots});
        QCOMPARE(literal.fires({chat(u"abc"_s)}), 0);
        QCOMPARE(literal.fires({chat(u"xA.Cx"_s)}), 1);
    }

    void anInvalidRegexMatchesNothingAndIsReportedOnce()
    {
        AlertRule bad = rule(u"bad"_s);
        bad.name = u"깨진 규칙"_s;
        bad.pattern = u"(unclosed"_s;
        bad.patternIsRegex = true;
        AlertRule good = rule(u"good"_s);
        AlertEngine engine;
        QSignalSpy problems(&engine, &AlertEngine::problem);
        auto *runner = new RecordingRunner(AlertAction::Kind::Sound);
        engine.addRunner(runner);
        AlertConfig config;
        config.rules = {bad, good};
        engine.setConfig(config);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().first().toString().contains(u"깨진 규칙"_s));
        QCOMPARE(engine.problems().size(), 1);
        for (int i = 0; i < 5; ++i)
            engine.process(u"bj"_s, {chat(u"(unclosed"_s)});
        QCOMPARE(problems.size(), 1); // not once per event
        QCOMPARE(runner->alerts.size(), 5);
        for (const Alert &alert : runner->alerts)
            QCOMPARE(alert.ruleId, u"good"_s);
    }

    void aHugeTextIsSeenOnlyUpToTheBound()
    {
        AlertRule tail = rule(u"tail"_s);
        tail.pattern = u"needle$"_s;
        tail.patternIsRegex = true;
        AlertRule head = rule(u"head"_s);
        head.pattern = u"HEAD"_s;
        Setup s({tail, head});
        const QString huge = u"head "_s + QString(4 * 1024 * 1024, u'a') + u"needle"_s;
        QCOMPARE(s.fires({chat(huge)}), 1); // the phrase at the start; the needle is past the bound
        QCOMPARE(s.runner->alerts.last().ruleId, u"head"_s);
        const QString within = QString(AlertEngine::MaxPatternText - 6, u'a') + u"needle"_s;
        QCOMPARE(s.fires({chat(within)}), 1);
        QCOMPARE(s.runner->alerts.last().ruleId, u"tail"_s);
    }

    void channelsAndDisabledRules()
    {
        AlertRule r = rule(u"c"_s);
        r.channels = {u"Gosegu2"_s};
        AlertRule off = rule(u"off"_s);
        off.enabled = false;
        Setup s({r, off});
        QCOMPARE(s.fires({chat(u"a"_s)}, u"gosegu2"_s), 1);
        QCOMPARE(s.fires({chat(u"a"_s)}, u"other"_s), 0);
    }

    void templatesInKoreanAndEnglish()
    {
        AlertRule r = rule(u"t"_s, AlertAction::Kind::Sound, u"{nickname}: {count} {item} ({message}) @ {channel}"_s);
        r.actions.append(AlertAction {AlertAction::Kind::Sound, {}, {}, {}, 80}); // the usual words
        Setup s({r});
        s.engine.setLanguage(u"en"_s);
        QCOMPARE(s.fires({balloon(1000, u"축하해요"_s)}), 2);
        QCOMPARE(s.runner->texts.at(0), u"철수: 1,000 star balloons (축하해요) @ bj"_s);
        QCOMPARE(s.runner->texts.at(1), u"철수 sent 1,000 star balloons: 축하해요"_s);
        QCOMPARE(s.runner->alerts.at(0).fields.item, u"star balloons"_s);
        QCOMPARE(s.runner->alerts.at(0).tier, donationTier(*balloon(1000)));
        QVERIFY(s.runner->alerts.at(0).donation);
        QCOMPARE(s.runner->alerts.at(0).donation->amount, 1000);
        s.fires({balloon(1)});
        QCOMPARE(s.runner->alerts.last().fields.item, u"star balloon"_s);

        s.engine.setLanguage(u"ko"_s);
        s.runner->texts.clear();
        QCOMPARE(s.fires({balloon(1000, u"축하해요"_s)}), 2);
        // The usual words are the chat list's own (core/events/EventWords).
        QCOMPARE(s.runner->texts.at(1), u"철수 별풍선 1,000개 선물: 축하해요"_s);
        if (!koreanCatalogueHas("star balloon(s)"))
            QEXPECT_FAIL(
                "", "the Korean item names come with the lead's merge of /work/notes/tr-alertcore.json", Continue);
        QCOMPARE(s.runner->texts.at(0), u"철수: 1,000 별풍선 (축하해요) @ bj"_s);
    }

    void unknownPlaceholdersStayAsTyped()
    {
        AlertFields fields;
        fields.nickname = u"철수"_s;
        fields.months = u"3"_s;
        QCOMPARE(AlertEngine::fill(u"{nickname} {unknown} {months}개월 {nick{nickname}} {"_s, fields),
            u"철수 {unknown} 3개월 {nick철수} {"_s);
        QCOMPARE(AlertEngine::fill(u"{{nickname}}"_s, fields), u"{철수}"_s);
        QCOMPARE(AlertEngine::fill(u"{count}{item}{message}{channel}"_s, fields), QString());
    }

    void anonymousDonorsAsTheEventSaysAndAFreshIdPerFiring()
    {
        Setup s({rule(u"a"_s, AlertAction::Kind::Sound, u"{nickname}"_s)});
        const EventPtr anonymous = makeEvent(EventType::Cheese, u"anonymous"_s, u"익명의 후원자"_s, {}, 1000);
        QCOMPARE(s.fires({anonymous, anonymous}), 2);
        QCOMPARE(s.runner->texts.last(), u"익명의 후원자"_s);
        QVERIFY(!s.runner->alerts.at(0).id.isEmpty());
        QVERIFY(s.runner->alerts.at(0).id != s.runner->alerts.at(1).id);
    }

    void cooldownsPerRuleAndPerUser()
    {
        AlertRule perRule = rule(u"rule"_s);
        perRule.kinds = {EventType::Balloon};
        perRule.cooldownSeconds = 10;
        AlertRule perUser = rule(u"user"_s);
        perUser.kinds = {EventType::Chat};
        perUser.userCooldownSeconds = 60;
        Setup s({perRule, perUser});
        QCOMPARE(s.fires({balloon(1), balloon(1)}), 1);
        s.clockMs += 9'999;
        QCOMPARE(s.fires({balloon(1)}), 0);
        s.clockMs += 1;
        QCOMPARE(s.fires({balloon(1)}), 1);

        QCOMPARE(s.fires({chat(u"a"_s, {}, u"u1"_s), chat(u"b"_s, {}, u"U1"_s), chat(u"c"_s, {}, u"u2"_s)}), 2);
        s.clockMs += 59'000;
        QCOMPARE(s.fires({chat(u"a"_s, {}, u"u1"_s)}), 0);
        s.clockMs += 1'000;
        QCOMPARE(s.fires({chat(u"a"_s, {}, u"u1"_s)}), 1);
    }

    void userCooldownsForgetUsersOnceTheyCoolDown()
    {
        AlertRule r = rule(u"u"_s);
        r.userCooldownSeconds = 1;
        Setup s({r});
        // A raid of distinct users, a few per second for a long time.
        for (int second = 0; second < 1000; ++second) {
            EventBatch batch;
            for (int i = 0; i < 20; ++i)
                batch.append(chat(u"hi"_s, {}, u"user%1"_s.arg(second * 20 + i)));
            QCOMPARE(s.fires(batch), 20);
            s.clockMs += 1'000;
        }
        QVERIFY2(s.engine.rememberedUsers(u"u"_s) <= 2 * AlertEngine::UserCooldownPruneAt,
            qPrintable(QString::number(s.engine.rememberedUsers(u"u"_s))));
    }

    void aCooldownSurvivesAReloadOfTheSameRule()
    {
        AlertRule r = rule(u"same"_s);
        r.cooldownSeconds = 30;
        Setup s({r});
        QCOMPARE(s.fires({chat(u"a"_s)}), 1);
        AlertConfig config = s.engine.config();
        config.rules.first().name = u"renamed"_s;
        s.engine.setConfig(config);
        QCOMPARE(s.fires({chat(u"a"_s)}), 0);
        QCOMPARE(s.runner->configured.rules.first().name, u"renamed"_s); // runners were told
    }

    void anActionWithoutARunnerIsSkippedWithAReason()
    {
        AlertRule r = rule(u"r"_s, AlertAction::Kind::Sound, u"{nickname}"_s);
        r.actions.prepend(AlertAction {AlertAction::Kind::Telegram, u"x"_s, u"t1"_s, {}, 80});
        Setup s({r});
        QSignalSpy fired(&s.engine, &AlertEngine::fired);
        QCOMPARE(s.fires({chat(u"a"_s)}), 1);
        QCOMPARE(fired.size(), 1);
        const QList<AlertReport> &history = s.engine.history().entries();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).actionIndex, 0);
        QCOMPARE(history.at(0).kind, AlertAction::Kind::Telegram);
        QCOMPARE(history.at(0).state, AlertReport::State::Skipped);
        QVERIFY(history.at(0).reason.contains(u"telegram"_s));
        // The runner's own report replaced the queued entry of its action.
        QCOMPARE(history.at(1).actionIndex, 1);
        QCOMPARE(history.at(1).state, AlertReport::State::Sent);
        QCOMPARE(history.at(1).alertId, fired.first().first().value<Alert>().id);
    }

    // Every channel's pipeline feeds the engine (addStandardConsumers), with
    // what the chat list shows: a user the streamer ignores fires nothing.
    void thePipelineFeedsTheEngineWhatIsShown()
    {
        AlertRule r = rule(u"any"_s, AlertAction::Kind::Sound, u"{nickname} @ {channel}"_s);
        r.kinds = {EventType::Balloon};
        Setup s({r});
        auto source = std::make_unique<FakeSource>(u"pipe_bj"_s);
        FakeSource *fake = source.get();
        ChannelPipeline pipeline(std::move(source));
        ChannelServices services;
        services.alerts = &s.engine;
        addStandardConsumers(pipeline, services);
        QVERIFY(pipeline.find<AlertConsumer>());
        ChatRuleSet rules;
        rules.ignores = {IgnoreRule {IgnoreRule::Kind::User, u"troll"_s, {}, false}};
        pipeline.setRules(std::make_shared<const ChatRules>(rules));
        const EventPtr fromTroll = makeEvent(EventType::Balloon, u"troll"_s, u"트롤"_s, {}, 1000);
        fake->send({fromTroll, balloon(10)});
        QTRY_COMPARE(s.runner->texts.size(), 1);
        QCOMPARE(s.runner->texts.first(), u"철수 @ pipe_bj"_s);
        QCOMPARE(s.runner->alerts.first().channelId, u"pipe_bj"_s);
    }

    void aTestFiresWhateverTheConditions()
    {
        AlertRule r = rule(u"t"_s, AlertAction::Kind::Sound, u"{nickname} {count} {item}"_s);
        r.kinds = {EventType::VideoBalloon};
        r.minAmount = 500;
        r.users = {u"nobody"_s};
        r.cooldownSeconds = 600;
        Setup s({r});
        s.engine.setLanguage(u"en"_s);
        s.engine.testRule(r, u"bj"_s);
        s.engine.testRule(r, u"bj"_s);
        QCOMPARE(s.runner->texts.size(), 2);
        QCOMPARE(s.runner->texts.first(), u"Test viewer 500 video balloons"_s);
        QCOMPARE(s.runner->alerts.first().event->type, EventType::VideoBalloon);
    }
};

QTEST_GUILESS_MAIN(TstAlertEngine)
#include "tst_alertengine.moc"
