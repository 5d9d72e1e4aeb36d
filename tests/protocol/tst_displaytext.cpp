// The display rule for chat text (core/util/DisplayText): bidi controls removed, combining
// marks capped, long text cut at a character boundary, real text left alone and untouched in
// memory; and the recording, the export and the decode output keep the text as sent while the
// overlay page receives the display form.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/events/ChatEvent.h"
#include "core/events/EventJson.h"
#include "core/overlay/OverlayProtocol.h"
#include "core/store/SessionExporter.h"
#include "core/store/SessionWriter.h"
#include "core/util/DisplayText.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

using Field = DisplayText::Field;

QString repeated(const QString &unit, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

bool isMark(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
        category == QChar::Mark_Enclosing;
}

// The longest run of combining marks in `text` (format characters do not end a run).
int longestMarkRun(const QString &text)
{
    int longest = 0, run = 0;
    for (const char32_t c : text.toUcs4()) {
        if (isMark(c))
            longest = std::max(longest, ++run);
        else if (QChar::category(c) != QChar::Other_Format)
            run = 0;
    }
    return longest;
}

bool hasBidiControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return DisplayText::isBidiControl(c.unicode()); });
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return true;
            ++i;
        } else if (text[i].isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

const QString Zalgo = u"Z"_s + repeated(u"\u0336\u0317\u0353\u0300"_s, 12) + u"a"_s + repeated(u"\u0489"_s, 40);

} // namespace

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void ordinaryTextIsReturnedUntouched_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << u"hello world, gg!"_s;
        QTest::newRow("hangul") << u"안녕하세요 ㅋㅋㅋㅋ 방장님 최고"_s;
        QTest::newRow("emoji")
            << u"우리가 보고싶어서 일찍 온거였어🥹🥹💕 👨‍👩‍👧 🇰🇷 1️⃣"_s;
        QTest::newRow("hangul jamo") << u"\u1112\u1161\u11AB\u1100\u1173\u11AF"_s; // 한글, conjoining
        QTest::newRow("old hangul tone mark") << u"\u1112\u1161\u302E"_s;
        QTest::newRow("thai") << u"ที่นี่น่ารักมาก กิ่ง น้ำ ป็"_s;
        QTest::newRow("vietnamese nfc") << u"Tiếng Việt có dấu: người, được, ặ"_s;
        // Typed with combining accents (as some IMEs do): two marks on one letter.
        QTest::newRow("vietnamese nfd") << u"Vie\u0302\u0323t ngu\u031Bo\u031B\u0300i"_s;
        QTest::newRow("arabic harakat") << u"\u0628\u0651\u064E \u0645\u064E\u0631\u0652\u062D\u064E\u0628\u0627"_s;
        QTest::newRow("marks stay") << u"a\u200Fb\u200Ec"_s; // RLM and LRM have no scope
        QTest::newRow("hebrew") << u"שלום עולם"_s;
        QTest::newRow("exactly the limit") << repeated(u"가"_s, int(DisplayText::MessageCharacters));
    }

    void ordinaryTextIsReturnedUntouched()
    {
        QFETCH(QString, text);
        const QString shown = DisplayText::shown(text, Field::Message);
        QCOMPARE(shown, text);
        // The fast path hands back the same string, not a copy.
        QCOMPARE(shown.constData(), text.constData());
        QVERIFY(!DisplayText::isShortened(text, Field::Message));
    }

    void bidiControlsAreRemoved_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("RLO nickname") << u"\u202Eevil"_s << u"evil"_s;
        QTest::newRow("LRO") << u"a\u202Db"_s << u"ab"_s;
        QTest::newRow("RLE PDF") << u"x\u202Byz\u202C!"_s << u"xyz!"_s;
        QTest::newRow("LRE") << u"\u202Ax"_s << u"x"_s;
        QTest::newRow("isolates") << u"\u2066a\u2069\u2067b\u2069\u2068c\u2069"_s << u"abc"_s;
        QTest::newRow("unbalanced PDI") << u"\u2069\u2069nick"_s << u"nick"_s;
        QTest::newRow("rlo hangul") << u"안녕\u202E하세요"_s << u"안녕하세요"_s;
        QTest::newRow("only controls") << u"\u202E\u202E"_s << QString();
    }

    void bidiControlsAreRemoved()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::shown(text, Field::Nickname), expected);
        QCOMPARE(DisplayText::shown(text, Field::Message), expected);
    }

    void controlCharactersBecomeSpaces()
    {
        QCOMPARE(DisplayText::shown(u"a\nb\r\nc\u2028d\u2029e\tf\u0085g"_s, Field::Message), u"a b  c d e f g"_s);
        QCOMPARE(DisplayText::oneLine(u"a\nb"_s), u"a b"_s);
        const QString plain = u"nothing to do"_s;
        QCOMPARE(DisplayText::oneLine(plain).constData(), plain.constData());
    }

    void zalgoIsCappedPerCharacter()
    {
        const QString shown = DisplayText::shown(Zalgo, Field::Message);
        QCOMPARE(longestMarkRun(Zalgo), 48);
        QCOMPARE(longestMarkRun(shown), DisplayText::MarksPerCharacter);
        QCOMPARE(shown, u"Z\u0336\u0317\u0353a\u0489\u0489\u0489"_s);

        // Joiners and zero-width spaces between marks do not restart the count.
        const QString interleaved = u"Z"_s + repeated(u"\u0301\u200D\u0302\u200B"_s, 50);
        QCOMPARE(longestMarkRun(DisplayText::shown(interleaved, Field::Message)), DisplayText::MarksPerCharacter);

        // A nickname too.
        QCOMPARE(longestMarkRun(DisplayText::shown(Zalgo, Field::Nickname)), DisplayText::MarksPerCharacter);
    }

    void aTenThousandCharacterLineIsCut()
    {
        const QString line = repeated(u"가나다라마바사아자차 "_s, 1000);
        QCOMPARE(line.size(), 11'000);
        QVERIFY(DisplayText::isShortened(line, Field::Message));
        const QString shown = DisplayText::shown(line, Field::Message);
        QCOMPARE(shown.size(), DisplayText::MessageCharacters + 1);
        QVERIFY(shown.endsWith(u'…'));
        QVERIFY(line.startsWith(shown.chopped(1)));

        const QString nick = DisplayText::shown(repeated(u"x"_s, 10'000), Field::Nickname);
        QCOMPARE(nick, repeated(u"x"_s, int(DisplayText::NicknameCharacters)) + u'…');

        // Zero-width characters count too: a flood of them is cut like any other.
        const QString invisible = DisplayText::shown(repeated(u"\u200B"_s, 10'000), Field::Message);
        QCOMPARE(invisible.size(), DisplayText::MessageCharacters + 1);
    }

    void theCutNeverSplitsASurrogatePairOrAnEmoji()
    {
        const qsizetype max = DisplayText::MessageCharacters;
        // 400 emoji outside the BMP: 300 whole ones.
        const QString faces = DisplayText::shown(repeated(u"😀"_s, 400), Field::Message);
        QVERIFY(!hasLoneSurrogate(faces));
        QCOMPARE(faces, repeated(u"😀"_s, int(max)) + u'…');

        // A family (man ZWJ woman ZWJ girl) across the limit is left out whole.
        const QString before = repeated(u"a"_s, int(max) - 2);
        const QString family = DisplayText::shown(before + u"👨‍👩‍👧 and more"_s, Field::Message);
        QCOMPARE(family, before + u'…');

        // A flag (two regional indicators) across the limit is not halved.
        const QString flagged = repeated(u"a"_s, int(max) - 1);
        QCOMPARE(DisplayText::shown(flagged + u"🇰🇷🇰🇷"_s, Field::Message), flagged + u'…');
        // A keycap, a letter with its accents: not separated from their marks.
        const QString keycap = DisplayText::shown(flagged + u"1\uFE0F\u20E3 more"_s, Field::Message);
        QCOMPARE(keycap, flagged + u"1\uFE0F\u20E3…"_s);

        // A nickname of surrogate pairs.
        const QString nick = DisplayText::shown(repeated(u"𝓐"_s, 100), Field::Nickname);
        QVERIFY(!hasLoneSurrogate(nick));
        QCOMPARE(nick, repeated(u"𝓐"_s, int(DisplayText::NicknameCharacters)) + u'…');
    }

    void everythingAtOnce()
    {
        const QString hostile = u"\u202E"_s + repeated(Zalgo + u"\n"_s, 2000);
        const QString shown = DisplayText::shown(hostile, Field::Message);
        QVERIFY(!hasBidiControl(shown));
        QVERIFY(!shown.contains(u'\n'));
        QVERIFY(longestMarkRun(shown) <= DisplayText::MarksPerCharacter);
        QVERIFY(shown.size() <= (DisplayText::MessageCharacters + 1) * (1 + DisplayText::MarksPerCharacter));
        QVERIFY(shown.endsWith(u'…'));
    }

    void rightToLeftRunsAreIsolated()
    {
        const QString latin = u"nick"_s;
        QCOMPARE(DisplayText::isolated(latin).constData(), latin.constData());
        QCOMPARE(DisplayText::isolated(u"닉네임"_s), u"닉네임"_s);
        QCOMPARE(DisplayText::isolated(u"שלום"_s), u"\u2068שלום\u2069"_s);
        QCOMPARE(DisplayText::isolated(u"a\u202Eb"_s), u"\u2068a\u202Eb\u2069"_s);
        QCOMPARE(DisplayText::isolated(u"\u0661\u0662"_s), u"\u2068\u0661\u0662\u2069"_s); // Arabic digits
        QCOMPARE(DisplayText::isolated(u"𞤀"_s), u"\u2068𞤀\u2069"_s); // Adlam, outside the BMP
    }

    // The recording, the JSONL and CSV exports and the decode output (EventJson) keep every
    // character as sent; only the overlay page's feed carries the display form.
    void theFullTextIsKeptInTheRecordingAndTheExport()
    {
        const QString nickname = u"\u202Eevil"_s + Zalgo;
        const QString text = u"\u202E"_s + repeated(u"가나다 "_s, 3000) + Zalgo;
        auto event = std::make_shared<ChatEvent>();
        event->type = EventType::Chat;
        event->service = 5;
        event->receivedAtMs = 1'795'000'000'000;
        event->userId = u"hostile"_s;
        event->nickname = nickname;
        event->text = text;

        const EventPtr back = EventJson::fromJson(EventJson::toJson(*event));
        QVERIFY(back);
        QCOMPARE(*back->nickname, nickname);
        QCOMPARE(*back->text, text);

        QTemporaryDir dir;
        const QString db = dir.filePath(u"sessions.db"_s);
        qint64 session = 0;
        {
            SessionWriter writer(db);
            QSignalSpy started(&writer, &SessionWriter::sessionStarted);
            QSignalSpy flushed(&writer, &SessionWriter::flushed);
            writer.beginSession({u"soop"_s, u"bj"_s, u"1"_s, u"display"_s, u"닉"_s, event->receivedAtMs});
            writer.record({event});
            writer.endSession(event->receivedAtMs + 1000);
            writer.flush();
            QVERIFY(flushed.wait(30'000));
            QCOMPARE(started.size(), 1);
            session = started.first().first().toLongLong();
        }
        const QString jsonl = dir.filePath(u"out.jsonl"_s);
        SessionExporter exporter;
        QCOMPARE(
            exporter.run({db, {session, 0, 0, {}}, ExportFormat::Jsonl, jsonl}).status, ExportResult::Status::Done);
        const EventPtr exported = EventJson::fromJson(testdata::readFile(jsonl).trimmed());
        QVERIFY(exported);
        QCOMPARE(*exported->nickname, nickname);
        QCOMPARE(*exported->text, text);

        const QString csv = dir.filePath(u"out.csv"_s);
        QCOMPARE(exporter.run({db, {session, 0, 0, {}}, ExportFormat::Csv, csv}).status, ExportResult::Status::Done);
        const QString csvText = QString::fromUtf8(testdata::readFile(csv));
        QVERIFY(csvText.contains(text));
        QVERIFY(csvText.contains(nickname));

        // The page gets what it draws.
        const EventPtr page = EventJson::fromJson(OverlayProtocol::eventJson(*event));
        QVERIFY(page);
        QCOMPARE(*page->nickname, DisplayText::shown(nickname, Field::Nickname));
        QCOMPARE(*page->text, DisplayText::shown(text, Field::Message));
        QVERIFY(page->text->size() <= 2 * DisplayText::MessageCharacters);
        auto noName = std::make_shared<ChatEvent>(*event);
        noName->nickname.reset();
        noName->userId = u"\u202E"_s + QString(5000, u'i');
        QCOMPARE(*EventJson::fromJson(OverlayProtocol::eventJson(*noName))->userId,
            DisplayText::shown(*noName->userId, Field::Nickname));
        auto gift = std::make_shared<ChatEvent>(*event);
        gift->type = EventType::SubscriptionGift;
        gift->editDetails().toUserId = u"target"_s;
        gift->editDetails().toNickname = nickname;
        const EventPtr pageGift = EventJson::fromJson(OverlayProtocol::eventJson(*gift));
        QVERIFY(pageGift && pageGift->details().toNickname);
        QCOMPARE(*pageGift->details().toNickname, DisplayText::shown(nickname, Field::Nickname));
        QCOMPARE(*EventJson::fromJson(EventJson::toJson(*gift))->details().toNickname, nickname);
        // ...and an ordinary event goes out exactly as the export writes it.
        auto plain = std::make_shared<ChatEvent>(*event);
        plain->nickname = u"시청자"_s;
        plain->text = u"안녕하세요"_s;
        QCOMPARE(OverlayProtocol::eventJson(*plain), EventJson::toJson(*plain));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
