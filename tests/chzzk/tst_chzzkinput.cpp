// What a user types for a CHZZK channel (docs/CHZZK-PROTOCOL.md §1), and the
// order of the platforms: CHZZK addresses and 32-hex ids open CHZZK, every
// SOOP id and address keeps opening SOOP, and a broken CHZZK address says so.
#include <QTest>

#include "core/channel/ChatSources.h"
#include "core/chzzk/ChzzkInput.h"
#include "core/chzzk/ChzzkSourceFactory.h"
#include "core/soop/SoopSourceFactory.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {
const QString Id = u"a9ab391cdd3faef4ca2ee782e96e5c59"_s;

// The platforms as app/wiring registers them: CHZZK first.
std::unique_ptr<ChatSources> sources()
{
    auto sources = std::make_unique<ChatSources>();
    sources->add(std::make_unique<chzzk::ChzzkSourceFactory>(chzzk::ClientConfig {}));
    sources->add(std::make_unique<soop::SoopSourceFactory>(soop::ClientConfig {}));
    return sources;
}
} // namespace

class TestChzzkInput : public QObject
{
    Q_OBJECT

private slots:
    void readsAddressesAndIds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("live address") << u"https://chzzk.naver.com/live/%1"_s.arg(Id);
        QTest::newRow("channel address") << u"https://chzzk.naver.com/%1"_s.arg(Id);
        QTest::newRow("no scheme") << u"chzzk.naver.com/live/%1"_s.arg(Id);
        QTest::newRow("mobile, trailing slash") << u"https://m.chzzk.naver.com/live/%1/"_s.arg(Id);
        QTest::newRow("query") << u"https://chzzk.naver.com/live/%1?tab=chat"_s.arg(Id);
        QTest::newRow("bare id") << Id;
        QTest::newRow("bare id, upper case, spaces") << u"  %1 "_s.arg(Id.toUpper());
    }
    void readsAddressesAndIds()
    {
        QFETCH(QString, input);
        const chzzk::ChzzkInput::Result result = chzzk::ChzzkInput::parse(input);
        QVERIFY2(result.channelId, qPrintable(result.error));
        QCOMPARE(*result.channelId, Id);

        const ChatSourceFactory::Parsed parsed = sources()->parse(input);
        QVERIFY(parsed.target);
        QCOMPARE(parsed.target->platform, Platform::Chzzk);
        QCOMPARE(parsed.target->channelId, Id);
        // The key reads back to the same channel, whichever platform is asked first.
        QCOMPARE(chzzk::ChzzkInput::parse(parsed.target->key).channelId, Id);
        QVERIFY(!soop::ChannelInput::parse(parsed.target->key).target);
    }

    void malformedAddressesSaySo_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("words");
        QTest::newRow("short id") << u"https://chzzk.naver.com/live/abc123"_s << u"is not a CHZZK channel id"_s;
        QTest::newRow("not hex") << u"https://chzzk.naver.com/live/%1"_s.arg(QString(32, u'z'))
                                 << u"is not a CHZZK channel id"_s;
        QTest::newRow("no id") << u"https://chzzk.naver.com/"_s << u"no channel id"_s;
        QTest::newRow("live, no id") << u"https://chzzk.naver.com/live/"_s << u"no channel id"_s;
        QTest::newRow("video") << u"https://chzzk.naver.com/video/1234567"_s << u"videos and clips"_s;
    }
    void malformedAddressesSaySo()
    {
        QFETCH(QString, input);
        QFETCH(QString, words);
        const chzzk::ChzzkInput::Result result = chzzk::ChzzkInput::parse(input);
        QVERIFY(!result.channelId);
        QVERIFY2(result.error.contains(words), qPrintable(result.error));
        // The app shows CHZZK's words, not SOOP's "not a SOOP address".
        const ChatSourceFactory::Parsed parsed = sources()->parse(input);
        QVERIFY(!parsed.target);
        QCOMPARE(parsed.error, result.error);
    }

    void soopKeepsItsInputs_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("streamer");
        QTest::newRow("id") << u"gosegu2"_s << u"gosegu2"_s;
        QTest::newRow("hex-looking short id") << u"deadbeef"_s << u"deadbeef"_s;
        QTest::newRow("31 hex") << QString(31, u'a') << QString(31, u'a');
        QTest::newRow("play address") << u"https://play.sooplive.co.kr/gosegu2/281234567"_s << u"gosegu2"_s;
        QTest::newRow("station address") << u"https://www.sooplive.co.kr/station/devil0108"_s << u"devil0108"_s;
        QTest::newRow("naver, not chzzk") << u"naver"_s << u"naver"_s;
    }
    void soopKeepsItsInputs()
    {
        QFETCH(QString, input);
        QFETCH(QString, streamer);
        QVERIFY(!chzzk::ChzzkInput::parse(input).channelId);
        QVERIFY(chzzk::ChzzkInput::parse(input).error.isEmpty()); // not CHZZK's: no word from it
        const ChatSourceFactory::Parsed parsed = sources()->parse(input);
        QVERIFY2(parsed.target, qPrintable(parsed.error));
        QCOMPARE(parsed.target->platform, Platform::Soop);
        QCOMPARE(parsed.target->channelId, streamer);
    }

    void soopErrorsStaySoops()
    {
        // Neither platform's: SOOP's message, as before CHZZK came.
        const ChatSourceFactory::Parsed parsed = sources()->parse(u"https://example.com/x"_s);
        QVERIFY(!parsed.target);
        QCOMPARE(parsed.error, soop::ChannelInput::parse(u"https://example.com/x"_s).error);
    }

    void createsAClientForItsTarget()
    {
        const std::unique_ptr<ChatSources> all = sources();
        const ChatSourceFactory::Parsed parsed = all->parse(Id);
        QVERIFY(parsed.target);
        const std::unique_ptr<ChatSource> source = all->create(*parsed.target);
        QVERIFY(source);
        QCOMPARE(source->target(), *parsed.target);
        QCOMPARE(source->status().state, ConnectionState::Idle);
        QVERIFY(all->createProbe(Platform::Chzzk));
    }
};

QTEST_GUILESS_MAIN(TestChzzkInput)
#include "tst_chzzkinput.moc"
