// What the channel bar accepts: a streamer id or any play./ch./vod. address of
// the three SOOP domains; everything else is refused with a reason.
#include <QTest>

#include "core/soop/ChannelInput.h"

using namespace Qt::StringLiterals;
using namespace soopchat::soop;

class TestChannelInput : public QObject
{
    Q_OBJECT

private slots:
    void acceptsIdsAndAddresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("streamerId");
        QTest::addColumn<qint64>("broadcastNo");
        QTest::addColumn<qint64>("vodNo");
        QTest::newRow("id") << u"khm11903"_s << u"khm11903"_s << 0ll << 0ll;
        QTest::newRow("id with spaces and capitals") << u"  KHM11903 "_s << u"khm11903"_s << 0ll << 0ll;
        QTest::newRow("id with underscore") << u"some_bj"_s << u"some_bj"_s << 0ll << 0ll;
        QTest::newRow("play .com") << u"https://play.sooplive.com/gosegu2"_s << u"gosegu2"_s << 0ll << 0ll;
        QTest::newRow("play .co.kr with bno")
            << u"https://play.sooplive.co.kr/gosegu2/281257200"_s << u"gosegu2"_s << 281257200ll << 0ll;
        QTest::newRow("play without scheme") << u"play.sooplive.co.kr/devil0108/1"_s << u"devil0108"_s << 1ll << 0ll;
        QTest::newRow("old afreecatv play") << u"http://play.afreecatv.com/lshooooo"_s << u"lshooooo"_s << 0ll << 0ll;
        QTest::newRow("play-origin") << u"https://play-origin.sooplive.com/ioioiobb/5?from=x"_s << u"ioioiobb"_s << 5ll
                                     << 0ll;
        QTest::newRow("ch") << u"https://ch.sooplive.co.kr/mygomiee"_s << u"mygomiee"_s << 0ll << 0ll;
        QTest::newRow("ch with path") << u"https://ch.sooplive.co.kr/mygomiee/vods/review"_s << u"mygomiee"_s << 0ll
                                      << 0ll;
        QTest::newRow("old bj station") << u"https://bj.afreecatv.com/mygomiee"_s << u"mygomiee"_s << 0ll << 0ll;
        QTest::newRow("www station") << u"https://www.sooplive.co.kr/station/mygomiee"_s << u"mygomiee"_s << 0ll << 0ll;
        QTest::newRow("vod") << u"https://vod.sooplive.co.kr/player/137520379"_s << QString() << 0ll << 137520379ll;
        QTest::newRow("vod catch") << u"https://vod.sooplive.com/player/137520379/catch"_s << QString() << 0ll
                                   << 137520379ll;
        QTest::newRow("old vod") << u"http://vod.afreecatv.com/PLAYER/STATION/97464151"_s << QString() << 0ll
                                 << 97464151ll;
    }

    void acceptsIdsAndAddresses()
    {
        QFETCH(QString, input);
        QFETCH(QString, streamerId);
        QFETCH(qint64, broadcastNo);
        QFETCH(qint64, vodNo);
        const ChannelInput::Result result = ChannelInput::parse(input);
        QVERIFY2(result.target, qPrintable(result.error));
        QCOMPARE(result.target->streamerId, streamerId);
        QCOMPARE(result.target->broadcastNo, broadcastNo);
        QCOMPARE(result.target->vodNo, vodNo);
    }

    void refusesEverythingElseWithAReason_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << u"   "_s << u"Enter a streamer id"_s;
        QTest::newRow("korean nickname") << u"감스트"_s << u"looks like a nickname"_s;
        QTest::newRow("spaces inside") << u"some bj"_s << u"is not a streamer id"_s;
        QTest::newRow("other site") << u"https://www.twitch.tv/somebj"_s << u"is not a SOOP address"_s;
        QTest::newRow("lookalike domain") << u"https://play.notsooplive.com/x"_s << u"is not a SOOP address"_s;
        QTest::newRow("ftp") << u"ftp://play.sooplive.com/abc"_s << u"is not a SOOP address"_s;
        QTest::newRow("play without id") << u"https://play.sooplive.com/"_s << u"no streamer id"_s;
        QTest::newRow("vod without number") << u"https://vod.sooplive.co.kr/player/"_s << u"no VOD number"_s;
        QTest::newRow("other subdomain") << u"https://login.sooplive.co.kr/x"_s << u"is not a channel address"_s;
    }

    void refusesEverythingElseWithAReason()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const ChannelInput::Result result = ChannelInput::parse(input);
        QVERIFY(!result.target);
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestChannelInput)
#include "tst_channelinput.moc"
