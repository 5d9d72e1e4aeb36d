// Every captured packet in tests/data/vectors.json decodes to the events it
// lists, through the library and through `soopchat-cli decode`.
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

#include "core/soop/EventStreamDecoder.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

class TestVectors : public QObject
{
    Q_OBJECT

private:
    static void compare(const QList<QJsonObject> &actual, const QJsonArray &expect)
    {
        QCOMPARE(actual.size(), expect.size());
        for (qsizetype i = 0; i < expect.size(); ++i) {
            QString why;
            QVERIFY2(testdata::containsSubset(actual[i], expect[i], &why, u"event[%1]"_s.arg(i)), qPrintable(why));
        }
    }

    static void addVectorRows()
    {
        QTest::addColumn<QByteArray>("packet");
        QTest::addColumn<QJsonArray>("expect");
        const QList<testdata::Vector> vectors = testdata::vectors();
        QVERIFY(vectors.size() >= 9);
        for (const testdata::Vector &v : vectors)
            QTest::newRow(qPrintable(v.name)) << v.packet << v.expect;
    }

private slots:
    void decodesThroughTheLibrary_data() { addVectorRows(); }
    void decodesThroughTheLibrary()
    {
        QFETCH(QByteArray, packet);
        QFETCH(QJsonArray, expect);
        soop::EventStreamDecoder decoder;
        EventBatch events;
        decoder.feed(packet, events);
        decoder.finish(events);
        QList<QJsonObject> objects;
        for (const EventPtr &event : events)
            objects.append(testdata::toJsonObject(*event));
        compare(objects, expect);
        QCOMPARE(decoder.counters().malformed, 0u);
    }

    void decodesThroughTheCommandLine_data() { addVectorRows(); }
    void decodesThroughTheCommandLine()
    {
        QFETCH(QByteArray, packet);
        QFETCH(QJsonArray, expect);
        QProcess cli;
        cli.start(testdata::cliPath(), {u"decode"_s});
        QVERIFY(cli.waitForStarted());
        cli.write(packet);
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(30'000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        QList<QJsonObject> objects;
        for (const QByteArray &line : cli.readAllStandardOutput().split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QVERIFY2(doc.isObject(), qPrintable(error.errorString() + u": "_s + QString::fromUtf8(line)));
            objects.append(doc.object());
        }
        compare(objects, expect);
        QVERIFY(cli.readAllStandardError().contains(" 0 malformed"));
    }

    void decodeReadsAFileAndCountsMalformedPackets()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(QByteArray("garbage" + testdata::vectors().first().packet + "\x1b\t0005"));
        file.close();
        QProcess cli;
        cli.start(testdata::cliPath(), {u"decode"_s, file.fileName()});
        QVERIFY(cli.waitForFinished(30'000));
        QCOMPARE(cli.exitCode(), 0);
        const QList<QByteArray> lines = cli.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value("type"_L1).toString(), u"malformed"_s);
        QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value("type"_L1).toString(), u"subscription"_s);
        QCOMPARE(QJsonDocument::fromJson(lines[2]).object().value("type"_L1).toString(), u"malformed"_s);
        QVERIFY(cli.readAllStandardError().contains("1 packets, 2 malformed"));
    }

    void decodeRejectsBadArgumentsInOneLine()
    {
        QProcess cli;
        cli.start(testdata::cliPath(), {u"decode"_s, u"--bogus"_s});
        QVERIFY(cli.waitForFinished(30'000));
        QCOMPARE(cli.exitCode(), 2);
        const QByteArray error = cli.readAllStandardError();
        QCOMPARE(error.count('\n'), 1);
        QVERIFY(error.startsWith("soopchat-cli decode: "));

        cli.start(testdata::cliPath(), {u"decode"_s, u"/nonexistent/file"_s});
        QVERIFY(cli.waitForFinished(30'000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(cli.readAllStandardError().startsWith("soopchat-cli decode: cannot read /nonexistent/file"));
    }
};

QTEST_GUILESS_MAIN(TestVectors)
#include "tst_vectors.moc"
