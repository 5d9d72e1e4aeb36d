// ChatRules: the user's highlight and ignore rules, and where a pipeline
// applies them (after statistics and the recorder, before the overlay feed
// and the views).
#include <QSignalSpy>
#include <QTest>

#include "core/channel/ChannelPipeline.h"
#include "core/channel/ChannelStats.h"
#include "core/channel/ChatRules.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

EventPtr chat(const QString &user, const QString &nickname, const QString &text, Roles roles = {})
{
    auto event = std::make_shared<ChatEvent>();
    event->type = EventType::Chat;
    event->userId = user;
    event->nickname = nickname;
    event->text = text;
    event->flags = UserFlags {0, 0, roles};
    return event;
}

EventPtr ofType(EventType type, const QString &user, Roles roles = {})
{
    auto event = std::make_shared<ChatEvent>();
    event->type = type;
    event->userId = user;
    event->nickname = user;
    event->flags = UserFlags {0, 0, roles};
    event->count = 10;
    return event;
}

HighlightRule highlight(HighlightRule::Kind kind, const QString &pattern, quint32 rgb, Roles roles = {})
{
    HighlightRule rule;
    rule.kind = kind;
    rule.pattern = pattern;
    rule.rgb = rgb;
    rule.roles = roles;
    return rule;
}

IgnoreRule ignore(IgnoreRule::Kind kind, const QString &pattern, std::optional<QString> replacement = {})
{
    IgnoreRule rule;
    rule.kind = kind;
    rule.pattern = pattern;
    rule.replace = replacement.has_value();
    rule.replacement = replacement.value_or(QString());
    return rule;
}

quint32 rgbOf(const ChatRules &rules, const EventPtr &event)
{
    const std::optional<Highlight> hit = rules.highlightOf(*event);
    return hit ? hit->rgb : 0;
}

// A source that emits what the test tells it to.
class FakeSource : public ChatSource
{
    Q_OBJECT

public:
    FakeSource()
    {
        m_target.key = m_target.channelId = m_target.displayName = u"bj"_s;
        m_status.channel = u"bj"_s;
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

// Writes down the texts it is given.
class Journal : public ChannelConsumer
{
public:
    Journal(Takes takes, QStringList *log) : m_takes(takes), m_log(log) { }
    void consume(const EventBatch &events) override
    {
        for (const EventPtr &event : events)
            m_log->append(event->text.value_or(event->userId.value_or(QString())));
    }
    Takes takes() const override { return m_takes; }

private:
    Takes m_takes;
    QStringList *m_log;
};

} // namespace

class TestChatRules : public QObject
{
    Q_OBJECT

private slots:
    void wordsMatchAnywhereWhateverTheCase()
    {
        ChatRuleSet set;
        set.highlights = {highlight(HighlightRule::Kind::Phrase, u"GG"_s, 0x112233),
            highlight(HighlightRule::Kind::Phrase, u"레전드"_s, 0x445566)};
        const ChatRules rules(set);
        QCOMPARE(rgbOf(rules, chat(u"a"_s, u"A"_s, u"gg wp"_s)), 0x112233u);
        QCOMPARE(rgbOf(rules, chat(u"a"_s, u"A"_s, u"이건 eGGs"_s)), 0x112233u);
        QCOMPARE(rgbOf(rules, chat(u"a"_s, u"A"_s, u"오늘 레전드다"_s)), 0x445566u);
        QCOMPARE(rgbOf(rules, chat(u"a"_s, u"A"_s, u"안녕하세요"_s)), 0u);
        QVERIFY(rules.errors().isEmpty());
    }

    void theFirstMatchingRuleGivesTheColour()
    {
        ChatRuleSet set;
        set.highlights = {highlight(HighlightRule::Kind::Phrase, u"hi"_s, 0x0000ff),
            highlight(HighlightRule::Kind::Phrase, u"high"_s, 0xff0000)};
        const ChatRules rules(set);
        const std::optional<Highlight> hit = rules.highlightOf(*chat(u"a"_s, u"A"_s, u"HIGH five"_s));
        QVERIFY(hit);
        QCOMPARE(hit->rgb, 0x0000ffu);
        QCOMPARE(hit->rule, 0);
    }

    void aRegularExpressionMatchesCaseInsensitively()
    {
        ChatRuleSet set;
        set.highlights = {highlight(HighlightRule::Kind::Regex, u"^!(song|신청곡)\\b"_s, 0xabcdef)};
        const ChatRules rules(set);
        QCOMPARE(rgbOf(rules, chat(u"a"_s, u"A"_s, u"!SONG please"_s)), 0xabcdefu);
        QCOMPARE(rgbOf(rules, chat(u"a"_s, u"A"_s, u"!신청곡 아이유"_s)), 0xabcdefu);
        QCOMPARE(rgbOf(rules, chat(u"a"_s, u"A"_s, u"my !song"_s)), 0u);
    }

    void anInvalidExpressionIsAnErrorAndMatchesNothing()
    {
        ChatRuleSet set;
        set.highlights = {highlight(HighlightRule::Kind::Phrase, u"ok"_s, 0x010101),
            highlight(HighlightRule::Kind::Regex, u"(unclosed"_s, 0x020202)};
        set.ignores = {ignore(IgnoreRule::Kind::Regex, u"[z-a]"_s)};
        const ChatRules rules(set);
        QCOMPARE(rules.errors().size(), 2);
        QCOMPARE(rules.errors()[0].list, ChatRuleError::List::Highlights);
        QCOMPARE(rules.errors()[0].index, 1);
        QVERIFY(!rules.errors()[0].message.isEmpty());
        QVERIFY(rules.errors()[0].offset >= 0);
        QCOMPARE(rules.errors()[1].list, ChatRuleError::List::Ignores);
        QCOMPARE(rules.errors()[1].index, 0);
        // The rest still works, and the broken rules neither match nor hide.
        QCOMPARE(rgbOf(rules, chat(u"a"_s, u"A"_s, u"ok (unclosed"_s)), 0x010101u);
        QCOMPARE(rgbOf(rules, chat(u"a"_s, u"A"_s, u"(unclosed"_s)), 0u);
        const EventPtr line = chat(u"a"_s, u"A"_s, u"z-a [z-a]"_s);
        QCOMPARE(rules.shown(line), line);
        QVERIFY(ChatRules::regexError(u"a+b"_s) == std::nullopt);
        QVERIFY(ChatRules::regexError(u"a++(b"_s).has_value());
    }

    void rolesAndUsersAreHighlighted()
    {
        ChatRuleSet set;
        set.highlights = {highlight(HighlightRule::Kind::User, u"Friend77"_s, 0x00aa00),
            highlight(HighlightRule::Kind::Role, {}, 0xaa0000, Role::TopFan | Role::Manager),
            highlight(HighlightRule::Kind::User, u"닉네임"_s, 0x0000aa)};
        const ChatRules rules(set);
        QCOMPARE(rgbOf(rules, chat(u"friend77"_s, u"Someone"_s, u"hello"_s)), 0x00aa00u);
        QCOMPARE(rgbOf(rules, chat(u"x1"_s, u"닉네임"_s, u"hello"_s)), 0x0000aau);
        QCOMPARE(rgbOf(rules, chat(u"x2"_s, u"Fan"_s, u"hello"_s, Role::TopFan | Role::FanClub)), 0xaa0000u);
        QCOMPARE(rgbOf(rules, chat(u"x3"_s, u"Mod"_s, u"hello"_s, Role::Manager)), 0xaa0000u);
        QCOMPARE(rgbOf(rules, chat(u"x4"_s, u"Sub"_s, u"hello"_s, Role::Subscriber)), 0u);
        // A donation is something someone gave; a viewer entering is not highlighted.
        QCOMPARE(rgbOf(rules, ofType(EventType::Balloon, u"x5"_s, Role::TopFan)), 0xaa0000u);
        QCOMPARE(rgbOf(rules, ofType(EventType::UserEnter, u"x6"_s, Role::TopFan)), 0u);
    }

    void theUsersOwnNicknameOrIdIsHighlighted()
    {
        ChatRuleSet set;
        set.ownNames = {u" 달콤한곰 "_s, u"sweetbear"_s, u""_s};
        HighlightRule own = highlight(HighlightRule::Kind::OwnName, {}, 0xff00ff);
        own.sound = true;
        set.highlights = {own};
        const ChatRules rules(set);
        const std::optional<Highlight> hit = rules.highlightOf(*chat(u"a"_s, u"A"_s, u"달콤한곰님 안녕"_s));
        QVERIFY(hit);
        QCOMPARE(hit->rgb, 0xff00ffu);
        QVERIFY(hit->sound);
        QCOMPARE(rgbOf(rules, chat(u"a"_s, u"A"_s, u"@SweetBear hi"_s)), 0xff00ffu);
        QCOMPARE(rgbOf(rules, chat(u"a"_s, u"A"_s, u"hi all"_s)), 0u);
        // Without a name the rule is idle, not "matches everything".
        ChatRuleSet nameless;
        nameless.highlights = {own};
        QCOMPARE(rgbOf(ChatRules(nameless), chat(u"a"_s, u"A"_s, u"hi all"_s)), 0u);
    }

    void ignoredUsersAndPhrasesAreHidden()
    {
        ChatRuleSet set;
        set.ignores = {ignore(IgnoreRule::Kind::User, u"Troll1"_s), ignore(IgnoreRule::Kind::User, u"도배왕"_s),
            ignore(IgnoreRule::Kind::Phrase, u"SPAM.com"_s), ignore(IgnoreRule::Kind::Regex, u"(ㅋ){10,}"_s)};
        const ChatRules rules(set);
        QVERIFY(rules.hasIgnores());
        QVERIFY(!rules.shown(chat(u"troll1"_s, u"T"_s, u"hi"_s)));
        QVERIFY(!rules.shown(chat(u"x"_s, u"도배왕"_s, u"hi"_s)));
        QVERIFY(!rules.shown(ofType(EventType::Balloon, u"troll1"_s)));
        QVERIFY(!rules.shown(chat(u"x"_s, u"X"_s, u"visit spam.COM now"_s)));
        QVERIFY(!rules.shown(chat(u"x"_s, u"X"_s, u"ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ"_s)));
        const EventPtr fine = chat(u"x"_s, u"X"_s, u"ㅋㅋㅋ 좋아요"_s);
        QCOMPARE(rules.shown(fine), fine);
    }

    void aReplacementKeepsTheMessageAsANewEvent()
    {
        ChatRuleSet set;
        set.ignores = {ignore(IgnoreRule::Kind::Phrase, u"badword"_s, u"***"_s),
            ignore(IgnoreRule::Kind::Regex, u"\\d{3}-\\d{4}-\\d{4}"_s, u"[번호]"_s)};
        const ChatRules rules(set);
        const EventPtr original = chat(u"x"_s, u"X"_s, u"BadWord and badword, call 010-1234-5678"_s, Role::FanClub);
        const EventPtr shown = rules.shown(original);
        QVERIFY(shown);
        QVERIFY(shown != original);
        QCOMPARE(*shown->text, u"*** and ***, call [번호]"_s);
        QCOMPARE(*original->text, u"BadWord and badword, call 010-1234-5678"_s); // the recorder's is untouched
        QCOMPARE(shown->userId, original->userId);
        QCOMPARE(shown->roles(), original->roles());
        QCOMPARE(shown->type, original->type);
    }

    void aBatchWithNothingIgnoredIsSharedNotCopied()
    {
        ChatRuleSet set;
        set.ignores = {ignore(IgnoreRule::Kind::User, u"troll"_s)};
        const ChatRules rules(set);
        const EventBatch batch {chat(u"a"_s, u"A"_s, u"1"_s), chat(u"b"_s, u"B"_s, u"2"_s)};
        const EventBatch same = rules.shown(batch);
        QCOMPARE(same.constData(), batch.constData());
        const EventBatch mixed {
            chat(u"a"_s, u"A"_s, u"1"_s), chat(u"troll"_s, u"T"_s, u"2"_s), chat(u"b"_s, u"B"_s, u"3"_s)};
        const EventBatch filtered = rules.shown(mixed);
        QCOMPARE(filtered.size(), 2);
        QCOMPARE(filtered[0], mixed[0]);
        QCOMPARE(filtered[1], mixed[2]);
        QCOMPARE(ChatRules().shown(mixed).constData(), mixed.constData());
    }

    void thePipelineHidesFromTheFeedAndViewsButNotFromTotalsAndRecordings()
    {
        auto owned = std::make_unique<FakeSource>();
        FakeSource *source = owned.get();
        ChannelPipeline pipeline(std::move(owned));
        QStringList everything;
        QStringList shown;
        auto *stats = pipeline.add(std::make_unique<ChannelStats>());
        pipeline.add(std::make_unique<Journal>(ChannelConsumer::Takes::Everything, &everything)); // like the recorder
        pipeline.add(std::make_unique<Journal>(ChannelConsumer::Takes::Shown, &shown)); // like the overlay feed
        ChatRuleSet set;
        set.ignores = {
            ignore(IgnoreRule::Kind::User, u"troll"_s), ignore(IgnoreRule::Kind::Phrase, u"ugly"_s, u"nice"_s)};
        pipeline.setRules(std::make_shared<ChatRules>(set));
        QSignalSpy views(&pipeline, &ChannelPipeline::eventsReceived);
        source->send({chat(u"a"_s, u"A"_s, u"hello"_s), chat(u"troll"_s, u"T"_s, u"boo"_s),
            chat(u"b"_s, u"B"_s, u"ugly day"_s)});
        QVERIFY(views.wait());
        QCOMPARE(everything, (QStringList {u"hello"_s, u"boo"_s, u"ugly day"_s}));
        QCOMPARE(shown, (QStringList {u"hello"_s, u"nice day"_s}));
        const auto viewed = views.at(0).at(0).value<EventBatch>();
        QCOMPARE(viewed.size(), 2);
        QCOMPARE(*viewed[1]->text, u"nice day"_s);
        QCOMPARE(stats->stats().snapshot().totals.chats, qint64(3));

        // New rules apply from the next batch: nothing ignored any more.
        pipeline.setRules(nullptr);
        source->send({chat(u"troll"_s, u"T"_s, u"back"_s)});
        QVERIFY(views.wait());
        QCOMPARE(shown.last(), u"back"_s);
    }
};

QTEST_GUILESS_MAIN(TestChatRules)
#include "tst_chatrules.moc"
