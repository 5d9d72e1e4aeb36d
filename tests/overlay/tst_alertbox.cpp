// The alert box page (/alerts/CHANNEL) end to end in real headless Chromium,
// fed through the AlertBox runner as the alert engine feeds it: what a
// streamer's OBS browser source shows (docs/OVERLAY.md, "Alert box").
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "ChromiumPage.h"
#include "OverlayTestSupport.h"
#include "core/alerts/AlertBoxRunner.h"
#include "core/events/Donation.h"
#include "core/events/EventWords.h"
#include "core/overlay/OverlayServer.h"
#include "core/util/RandomId.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace overlaytest;

namespace {

const QString Token = OverlayServer::generateToken();

// A 24x24 PNG, solid blue (made once with Qt, kept as bytes: core has no QtGui).
QByteArray bluePng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAAAH0lEQVR42mOQi3pGFcQwatCoQaMGjRo0"
                                  "atCoQQNvEACcoxOu4x/iZwAAAABJRU5ErkJggg==");
}

// A short silent WAV: 8-bit mono, 8 kHz, 800 samples.
QByteArray silentWav()
{
    const quint32 samples = 800;
    QByteArray wav;
    const auto u32 = [&](quint32 v) {
        for (int i = 0; i < 4; ++i)
            wav.append(char((v >> (8 * i)) & 0xFF));
    };
    const auto u16 = [&](quint16 v) {
        wav.append(char(v & 0xFF));
        wav.append(char(v >> 8));
    };
    wav += "RIFF";
    u32(36 + samples);
    wav += "WAVEfmt ";
    u32(16);
    u16(1);
    u16(1);
    u32(8000);
    u32(8000);
    u16(1);
    u16(8);
    wav += "data";
    u32(samples);
    wav += QByteArray(int(samples), char(0x80));
    return wav;
}

AlertAction boxAction()
{
    AlertAction action;
    action.kind = AlertAction::Kind::AlertBox;
    return action;
}

Alert alertFor(const QString &channel, const EventPtr &event)
{
    Alert alert;
    alert.id = randomHexId();
    alert.ruleId = u"rule"_s;
    alert.ruleName = u"gifts"_s;
    alert.channelId = channel;
    alert.event = event;
    alert.tier = donationTier(*event);
    alert.donation = donationOf(*event);
    return alert;
}

AlertReport::State lastState(const QSignalSpy &spy, const QString &alertId)
{
    AlertReport::State state = AlertReport::State::Queued;
    bool seen = false;
    for (const QList<QVariant> &args : spy) {
        const auto report = args.at(0).value<AlertReport>();
        if (report.alertId == alertId) {
            state = report.state;
            seen = true;
        }
    }
    return seen ? state : AlertReport::State(255);
}

} // namespace

class TestAlertBox : public QObject
{
    Q_OBJECT

    OverlayServer m_server {Token};
    std::unique_ptr<AlertBoxRunner> m_runner;
    std::unique_ptr<ChromiumPage> m_page;
    QTemporaryDir m_dir;
    QString m_mediumImage;
    QString m_hugeSound;
    int m_channelCounter = 0;
    QString m_channel;
    AlertConfig m_config;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Every tier for `seconds`; medium with the user's image, large with a
    // missing one, huge with a sound.
    void configure(int seconds)
    {
        m_config = {};
        m_config.boxTiers = {{DonationTier::Small, {}, {}, seconds}, {DonationTier::Medium, m_mediumImage, {}, seconds},
            {DonationTier::Large, m_dir.filePath(u"deleted.png"_s), {}, seconds},
            {DonationTier::Huge, {}, m_hugeSound, seconds}};
        m_runner->configure(m_config);
    }

    QString fileId(const QString &path) const
    {
        for (const AlertBoxFile &file : m_runner->setup().files) {
            if (file.path == path)
                return file.id;
        }
        return {};
    }

    bool load(ChromiumPage &page, const QString &channel)
    {
        if (!page.navigate(m_server.alertBoxUrl(channel)))
            return false;
        return page.waitUntil(u"document.documentElement.dataset.state === 'open'"_s);
    }

    // A fresh channel per test: nothing of an earlier test's queue shows up.
    bool openPage()
    {
        m_channel = u"box%1"_s.arg(++m_channelCounter);
        return load(*m_page, m_channel);
    }

    QJsonArray log(ChromiumPage &page) { return page.evaluate(u"window.soopchatAlertLog"_s).toArray(); }
    int logSize(ChromiumPage &page) { return int(log(page).size()); }

    // Waits until the page has the tiers of the runner's last configure().
    bool fence(ChromiumPage &page)
    {
        const int boxes = page.evaluate(u"Number(document.documentElement.dataset.boxes || 0)"_s).toInt();
        m_runner->configure(m_config);
        return page.waitUntil(u"Number(document.documentElement.dataset.boxes || 0) > %1"_s.arg(boxes));
    }

    QJsonObject onScreen(ChromiumPage &page)
    {
        return page
            .evaluate(uR"((() => {
                const alert = document.querySelector('.alert:not(.leaving)');
                if (!alert) return null;
                const image = alert.querySelector('img.alert-image');
                const text = alert.querySelector('.alert-text');
                return {
                    play: Number(alert.dataset.play), tier: alert.dataset.tier, type: alert.dataset.type ?? null,
                    classes: alert.className, fallback: alert.dataset.fallback ?? null,
                    image: image.getAttribute('src').split('?')[0], imageLoaded: image.complete && image.naturalWidth > 0,
                    text: text.textContent, textChildren: text.children.length,
                    elementsInBox: document.querySelectorAll('#box *').length,
                };
            })())"_s)
            .toObject();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AlertReport>();
        if (ChromiumPage::executable().isEmpty())
            QSKIP(qPrintable(ChromiumPage::installHint()));
        QVERIFY(m_dir.isValid());
        m_mediumImage = write(u"medium.png"_s, bluePng());
        m_hugeSound = write(u"huge.wav"_s, silentWav());
        QVERIFY(m_server.listen());
        m_runner = std::make_unique<AlertBoxRunner>(&m_server);
        m_page = std::make_unique<ChromiumPage>();
        QVERIFY2(m_page->start(QSize(640, 360)), qPrintable(m_page->errorString()));
    }

    void cleanup()
    {
        if (m_page) {
            QVERIFY2(m_page->problems().isEmpty(), qPrintable(m_page->problems().join(u'\n')));
        }
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_runner.reset();
    }

    void alertShowsWithTheTiersImageAndText()
    {
        configure(30);
        QVERIFY(!fileId(m_mediumImage).isEmpty());
        QVERIFY(openPage());
        QSignalSpy reports(m_runner.get(), &AlertActionRunner::reported);
        const Alert alert = alertFor(m_channel, balloon(u"후원왕"_s, 100));
        const QString text = u"후원왕님 "_s + actionWords(EventType::Balloon, 100);
        m_runner->run(alert, 0, boxAction(), text);
        QVERIFY(m_page->waitUntil(u"document.querySelector('.alert img.alert-image')?.naturalWidth > 0"_s));
        const QJsonObject shown = onScreen(*m_page);
        QCOMPARE(shown["tier"_L1].toString(), u"medium"_s);
        QCOMPARE(shown["type"_L1].toString(), u"balloon"_s);
        QCOMPARE(shown["image"_L1].toString(), u"/alerts/files/"_s + fileId(m_mediumImage));
        QVERIFY(shown["imageLoaded"_L1].toBool());
        QCOMPARE(shown["text"_L1].toString(), text);
        QVERIFY(shown["classes"_L1].toString().contains(u"donation"_s));
        // The tier's look and the gift's accent come from the vocabulary the chat page gets.
        QCOMPARE(
            m_page->evaluate(u"getComputedStyle(document.querySelector('.alert')).getPropertyValue('--tier-scale')"_s)
                .toString()
                .trimmed(),
            u"1.12"_s);
        // The page said it is on screen: Sent.
        QTRY_COMPARE(lastState(reports, alert.id), AlertReport::State::Sent);
        m_runner->skip(m_channel);
        QVERIFY(m_page->waitUntil(u"!document.querySelector('.alert')"_s));
    }

    void tiersApplyByAmountAndTheQueuePlaysInOrder()
    {
        configure(1);
        QVERIFY(openPage());
        QVERIFY(fence(*m_page));
        // Count the alerts on screen at once, the whole time.
        m_page->evaluate(uR"(window.most = 0; new MutationObserver(() => {
            window.most = Math.max(window.most, document.querySelectorAll('.alert:not(.leaving)').length);
        }).observe(document.getElementById('box'), {childList: true, subtree: true, attributes: true});)"_s);
        QSignalSpy reports(m_runner.get(), &AlertActionRunner::reported);
        const QList<qint64> amounts {10, 100, 1000, 10000, 99};
        QList<Alert> alerts;
        for (qint64 amount : amounts) {
            alerts.append(alertFor(m_channel, balloon(u"n%1"_s.arg(amount), amount)));
            m_runner->run(alerts.last(), 0, boxAction(), u"gift of %1"_s.arg(amount));
        }
        QVERIFY(m_page->waitUntil(u"window.soopchatAlertLog.length === 5"_s, std::chrono::seconds(60)));
        const QJsonArray played = log(*m_page);
        const QStringList tiers {u"small"_s, u"medium"_s, u"large"_s, u"huge"_s, u"small"_s};
        const QStringList images {u"/overlay/static/alert-small.svg"_s, u"/alerts/files/"_s + fileId(m_mediumImage),
            u"/overlay/static/alert-large.svg"_s, u"/overlay/static/alert-huge.svg"_s,
            u"/overlay/static/alert-small.svg"_s};
        for (int i = 0; i < 5; ++i) {
            const QJsonObject entry = played.at(i).toObject();
            QCOMPARE(entry["text"_L1].toString(), u"gift of %1"_s.arg(amounts[i]));
            QCOMPARE(entry["tier"_L1].toString(), tiers[i]);
            QCOMPARE(entry["image"_L1].toString(), images[i]);
            QCOMPARE(entry["id"_L1].toString(), alerts[i].id);
        }
        // Only the huge tier has a sound: the user's file, by id.
        QCOMPARE(played.at(3)["sound"_L1].toString(), u"/alerts/files/"_s + fileId(m_hugeSound));
        QVERIFY(played.at(0)["sound"_L1].isNull());
        for (const Alert &alert : alerts)
            QTRY_COMPARE(lastState(reports, alert.id), AlertReport::State::Sent);
        QVERIFY(m_page->waitUntil(u"!document.querySelector('.alert:not(.leaving)')"_s));
        QCOMPARE(m_page->evaluate(u"window.most"_s).toInt(), 1);
    }

    void markupInADonationMessageStaysText()
    {
        configure(30);
        QVERIFY(openPage());
        auto event = std::make_shared<ChatEvent>(*balloon(u"<i>닉</i>"_s, 1000));
        event->text = u"<img src=x onerror=\"document.title='pwned'\"><b>굵게</b><script>alert(1)</script>"_s;
        const Alert alert = alertFor(m_channel, event);
        const QString text = *event->nickname + u": "_s + *event->text;
        m_runner->run(alert, 0, boxAction(), text);
        QVERIFY(m_page->waitUntil(u"!!document.querySelector('.alert .alert-text')"_s));
        const QJsonObject shown = onScreen(*m_page);
        QCOMPARE(shown["text"_L1].toString(), text);
        QCOMPARE(shown["textChildren"_L1].toInt(), 0);
        // The image and the text: nothing else was made of the message.
        QCOMPARE(shown["elementsInBox"_L1].toInt(), 3);
        QVERIFY(m_page->evaluate(u"document.title"_s).toString() != u"pwned"_s);
        m_runner->skip(m_channel);
        QVERIFY(m_page->waitUntil(u"!document.querySelector('.alert')"_s));
    }

    void pauseSkipAndReplay()
    {
        configure(30);
        QVERIFY(openPage());
        QSignalSpy reports(m_runner.get(), &AlertActionRunner::reported);
        const Alert first = alertFor(m_channel, balloon(u"첫째"_s, 10));
        const Alert second = alertFor(m_channel, balloon(u"둘째"_s, 10));
        m_runner->run(first, 0, boxAction(), u"first"_s);
        m_runner->run(second, 0, boxAction(), u"second"_s);
        QVERIFY(m_page->waitUntil(u"document.querySelector('.alert-text')?.textContent === 'first'"_s));

        m_runner->pause(m_channel);
        QVERIFY(m_page->waitUntil(u"document.documentElement.dataset.paused === 'true'"_s));
        m_runner->skip(m_channel);
        QVERIFY(m_page->waitUntil(u"!document.querySelector('.alert:not(.leaving)')"_s));
        // Paused: the second waits. (The fence is a message the page gets after anything sent before it.)
        QVERIFY(fence(*m_page));
        QCOMPARE(logSize(*m_page), 1);
        QVERIFY(!m_page->evaluate(u"document.querySelector('.alert:not(.leaving)')"_s).toBool());
        QCOMPARE(lastState(reports, second.id), AlertReport::State::Queued);

        m_runner->resume(m_channel);
        QVERIFY(m_page->waitUntil(
            u"document.querySelector('.alert:not(.leaving) .alert-text')?.textContent === 'second'"_s));
        QCOMPARE(m_page->evaluate(u"document.documentElement.dataset.paused"_s).toString(), u"false"_s);
        QTRY_COMPARE(lastState(reports, second.id), AlertReport::State::Sent);

        m_runner->skip(m_channel);
        QVERIFY(m_page->waitUntil(u"!document.querySelector('.alert:not(.leaving)')"_s));
        m_runner->replay(m_channel);
        QVERIFY(m_page->waitUntil(u"window.soopchatAlertLog.length === 3"_s));
        const QJsonObject replayed = log(*m_page).at(2).toObject();
        QCOMPARE(replayed["text"_L1].toString(), u"second"_s);
        QCOMPARE(replayed["id"_L1].toString(), second.id);
        QVERIFY(replayed["replay"_L1].toBool());
        QVERIFY(onScreen(*m_page)["classes"_L1].toString().contains(u"replay"_s));
        m_runner->skip(m_channel);
        QVERIFY(m_page->waitUntil(u"!document.querySelector('.alert:not(.leaving)')"_s));

        // The test alert from the app: a made-up gift of the tier asked for, not reported.
        const qsizetype reportCount = reports.size();
        m_runner->testAlert(m_channel, DonationTier::Large);
        QVERIFY(m_page->waitUntil(u"window.soopchatAlertLog.length === 4"_s));
        const QJsonObject test = log(*m_page).at(3).toObject();
        QVERIFY(test["test"_L1].toBool());
        QCOMPARE(test["tier"_L1].toString(), u"large"_s);
        QVERIFY(test["text"_L1].toString().contains(actionWords(EventType::Balloon, 1000)));
        m_runner->skip(m_channel);
        QVERIFY(m_page->waitUntil(u"!document.querySelector('.alert:not(.leaving)')"_s));
        QCOMPARE(reports.size(), reportCount);
    }

    void aSecondPageSeesTheSame()
    {
        configure(30);
        QVERIFY(openPage());
        ChromiumPage other;
        QVERIFY2(other.start(QSize(640, 360)), qPrintable(other.errorString()));
        QVERIFY(load(other, m_channel));
        const Alert alert = alertFor(m_channel, balloon(u"모두에게"_s, 100));
        m_runner->run(alert, 0, boxAction(), u"both pages"_s);
        QVERIFY(m_page->waitUntil(u"window.soopchatAlertLog.length === 1"_s));
        QVERIFY(other.waitUntil(u"window.soopchatAlertLog.length === 1"_s));
        QCOMPARE(log(other), log(*m_page));

        // A page opened while an alert is on screen joins it.
        ChromiumPage late;
        QVERIFY2(late.start(QSize(640, 360)), qPrintable(late.errorString()));
        QVERIFY(load(late, m_channel));
        QVERIFY(late.waitUntil(u"window.soopchatAlertLog.length === 1"_s));
        QCOMPARE(log(late), log(*m_page));
        QCOMPARE(onScreen(late)["text"_L1].toString(), u"both pages"_s);

        // Skip in the app ends it on all of them.
        m_runner->skip(m_channel);
        for (ChromiumPage *page : {m_page.get(), &other, &late})
            QVERIFY(page->waitUntil(u"!document.querySelector('.alert:not(.leaving)')"_s));
        QVERIFY2(other.problems().isEmpty(), qPrintable(other.problems().join(u'\n')));
        QVERIFY2(late.problems().isEmpty(), qPrintable(late.problems().join(u'\n')));
    }

    void aMissingOrBrokenFileFallsBackToTheBuiltInImage()
    {
        // Missing when the config is read: reported, and the page is given the built-in image.
        configure(30);
        const QStringList problems = m_runner->problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).contains(QDir::toNativeSeparators(m_dir.filePath(u"deleted.png"_s))));
        QVERIFY(openPage());
        m_runner->run(alertFor(m_channel, balloon(u"큰손"_s, 1000)), 0, boxAction(), u"large"_s);
        QVERIFY(m_page->waitUntil(u"document.querySelector('.alert img.alert-image')?.naturalWidth > 0"_s));
        QCOMPARE(onScreen(*m_page)["image"_L1].toString(), u"/overlay/static/alert-large.svg"_s);
        m_runner->skip(m_channel);
        QVERIFY(m_page->waitUntil(u"!document.querySelector('.alert:not(.leaving)')"_s));

        // An image that looks like a PNG but does not decode: the page falls back by itself.
        QByteArray broken = bluePng();
        broken.truncate(40);
        broken += QByteArray(64, 'x');
        const QString brokenPath = write(u"broken.png"_s, broken);
        m_config.boxTiers[1].image = brokenPath;
        m_runner->configure(m_config);
        QVERIFY(!fileId(brokenPath).isEmpty());
        QVERIFY(fence(*m_page));
        m_runner->run(alertFor(m_channel, balloon(u"중간"_s, 100)), 0, boxAction(), u"medium"_s);
        QVERIFY(m_page->waitUntil(u"document.querySelector('.alert')?.dataset.fallback === '1' && "
                                  "document.querySelector('.alert img.alert-image').naturalWidth > 0"_s));
        QCOMPARE(onScreen(*m_page)["image"_L1].toString(), u"/overlay/static/alert-medium.svg"_s);
        m_runner->skip(m_channel);
        QVERIFY(m_page->waitUntil(u"!document.querySelector('.alert:not(.leaving)')"_s));
    }

    void screenshotForPeople()
    {
        configure(30);
        QVERIFY(openPage());
        QVERIFY(m_page->setBackground(38, 44, 58, 1.0));
        // In Korean, as the engine words it with the app in Korean.
        QTranslator korean;
        QVERIFY(korean.load(u":/i18n/soopchat_ko.qm"_s));
        QCoreApplication::installTranslator(&korean);
        const QString words = actionWords(EventType::Balloon, 10000);
        QCoreApplication::removeTranslator(&korean);
        m_runner->run(
            alertFor(m_channel, balloon(u"큰손"_s, 10000)), 0, boxAction(), u"큰손님 "_s + words + u" 감사합니다!"_s);
        QVERIFY(m_page->waitUntil(u"document.querySelector('.alert img.alert-image')?.naturalWidth > 0"_s));
        QVERIFY(m_page->waitUntil(u"document.fonts.status === 'loaded'"_s));
        QVERIFY(m_page->waitUntil(u"document.getAnimations().every((a) => a.playState !== 'running' "
                                  "|| a.effect.getTiming().iterations === Infinity)"_s));
        const QByteArray png = m_page->screenshot();
        QVERIFY(png.startsWith("\x89PNG"));
        const QString path = testdata::buildDir() + u"/screenshots/alert-box.png"_s;
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(png), png.size());
        qInfo().noquote() << "alert box screenshot:" << path;
        m_runner->skip(m_channel);
    }
};

QTEST_GUILESS_MAIN(TestAlertBox)
#include "tst_alertbox.moc"
