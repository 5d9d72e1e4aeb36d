// Everything downstream of a CHZZK channel (issue #16), through the real app:
// AppContext and MainWindow with the CHZZK and SOOP simulators side by side,
// a CHZZK tab fed with chat, cheese donations (chat, video, mission; an
// anonymous donor), subscriptions, a subscription gift, a notice and a blind,
// and every consumer checked one by one: the chat list and its badges, the
// statistics (cheese in won beside SOOP's star balloons), the recording, the
// history's search and replay, the CSV and JSONL exports, the overlay window,
// the browser-source page and the alert box in headless Chromium, and an
// alert rule in won that means the same gift on both services.
#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "ChromiumPage.h"
#include "core/alerts/Alert.h"
#include "core/alerts/AlertEngine.h"
#include "core/channel/ChannelPipeline.h"
#include "core/events/Badges.h"
#include "core/events/Donation.h"
#include "core/overlay/OverlayServer.h"
#include "core/stats/SessionStats.h"
#include "core/store/SessionWriter.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "sim/chzzk/ChzzkLines.h"
#include "sim/chzzk/ChzzkSimulator.h"
#include "support/TestData.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"
#include "ui/history/ExportDialog.h"
#include "ui/history/HistoryWindow.h"
#include "ui/history/RecordedSessionTab.h"
#include "ui/history/SearchHitModel.h"
#include "ui/history/SessionListModel.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/MainWindow.h"
#include "ui/overlay/OverlayWindow.h"
#include "ui/overlay/OverlayWindowController.h"
#include "ui/overlay/OverlayWindowOptions.h"
#include "ui/stats/SessionChart.h"
#include "ui/stats/StatTile.h"
#include "ui/stats/StatsPanel.h"
#include "wiring/ServiceSources.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using soopchat::ConnectionState;
namespace lines = soopchat::sim::ChzzkLines;

namespace {

constexpr int Timeout = 30'000;
const QString Chzzk = u"c0ffee00c0ffee00c0ffee00c0ffee00"_s; // a CHZZK channel id: 32 hex
const QString Soop = u"side_by_side_bj"_s;

const lines::User Streamer {u"a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0"_s, u"치즈방장"_s, u"streamer"_s, 0};
const lines::User Manager {u"b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1"_s, u"매니저님"_s, u"streaming_chat_manager"_s, 0};
const lines::User Subscriber {u"c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2"_s, u"구독자님"_s, u"common_user"_s, 5};
const lines::User Troll {u"d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3"_s, u"악플러"_s, u"common_user"_s, 0};
const lines::User Donor {u"e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4"_s, u"치즈부자"_s, u"common_user"_s, 0};
const lines::User MissionDonor {u"f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5"_s, u"미션러"_s, u"common_user"_s, 0};

const QString Blinded = u"이 줄은 가려집니다"_s;
const QString SubscriberSays = u"치즈 최고 ㅋㅋ"_s;
const QString DonorSays = u"응원합니다!"_s;
const QString Last = u"마지막 줄입니다"_s;

QString jsString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

int rowWithText(const ChatListModel &model, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.eventAt(row)->text.value_or(QString()) == text)
            return row;
    }
    return -1;
}

// The written rules file: one rule, "a donation of at least 1,000 won", to the alert box.
QByteArray rulesFile()
{
    const QJsonObject rule {
        {u"id"_s, u"thousandwon"_s},
        {u"name"_s, u"1,000원 이상"_s},
        {u"min_won"_s, 1000},
        {u"actions"_s, QJsonArray {QJsonObject {{u"kind"_s, u"alert_box"_s}}}},
    };
    return QJsonDocument(QJsonObject {{u"rules"_s, QJsonArray {rule}}}).toJson();
}

EventPtr soopBalloon(qint64 count)
{
    auto e = std::make_shared<ChatEvent>();
    e->type = EventType::Balloon;
    e->platform = Platform::Soop;
    e->userId = u"soopfan"_s;
    e->nickname = u"별풍선팬"_s;
    e->count = count;
    e->receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    return e;
}

} // namespace

class TestChzzkDownstream : public QObject
{
    Q_OBJECT

    sim::ChzzkSimulator m_chzzk;
    sim::SoopSimulator m_soop;
    QTemporaryDir m_folder;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    ChannelTab *m_tab = nullptr;
    ChannelTab *m_soopTab = nullptr;
    QList<Alert> m_fired;
    std::unique_ptr<ChromiumPage> m_page;
    QString m_cid; // the broadcast's chat channel id
    qint64 m_time = 0;

    qint64 nextTime() { return m_time += 250; }
    void push(int cmd, const QJsonObject &line)
    {
        m_chzzk.push(Chzzk, lines::push(cmd, m_cid, QJsonArray {line}), QJsonArray {line});
    }
    void chat(const lines::User &user, const QString &text, qint64 time = 0)
    {
        push(93101, lines::chat(m_cid, user, text, {}, time ? time : nextTime()));
    }
    void donate(const lines::User *donor, const QString &text, qint64 cheese, const QString &kind)
    {
        push(93102, lines::donation(m_cid, donor, text, cheese, kind, nextTime()));
    }
    OverlayWindow *overlayWindow() const { return m_tab->overlayWindow()->window(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_chzzk.start());
        QVERIFY(m_soop.start());
        QFile rules(m_folder.filePath(u"alerts.json"_s));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(rulesFile());
        rules.close();

        AppContext::Options options;
        options.settingsPath = m_folder.filePath(u"soopchat.ini"_s);
        options.dataDir = m_folder.filePath(u"data"_s);
        options.makeSources = wiring::serviceSources(m_soop.apiBase(), {}, m_chzzk.apiBase());
        options.language = u"en"_s;
        options.alertsPath = m_folder.filePath(u"alerts.json"_s);
        options.imageCacheDir = m_folder.filePath(u"cache/images"_s);
        m_context = std::make_unique<AppContext>(options);
        QVERIFY2(m_context->overlay(), qPrintable(m_context->overlayError()));
        QVERIFY(m_context->alerts());
        QCOMPARE(m_context->alerts()->config().rules.size(), 1);
        QCOMPARE(m_context->alerts()->config().rules.first().minWon, 1000);
        connect(m_context->alerts(), &AlertEngine::fired, this, [this](const Alert &alert) { m_fired.append(alert); });
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->resize(1100, 760);
        m_window->show();

        // A quiet CHZZK room: only what this test pushes.
        m_chzzk.setRate(Chzzk, 0);
        m_tab = m_window->openChannel(u"https://chzzk.naver.com/live/"_s + Chzzk);
        QVERIFY(m_tab);
        QCOMPARE(m_tab->platform(), Platform::Chzzk);
        QTRY_COMPARE_WITH_TIMEOUT(m_tab->status().state, ConnectionState::Live, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_chzzk.counters().recentRequests > 0, Timeout);
        m_cid = m_chzzk.chatChannelId(Chzzk);
        QVERIFY(!m_cid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_tab->recordingWriter() != nullptr, Timeout);

        // The overlay window is out before the room speaks, tall enough for every line.
        OverlayWindowController *controller = m_tab->overlayWindow();
        OverlayWindowOptions overlayOptions = controller->options();
        overlayOptions.fadeSeconds = 0;
        controller->setOptions(overlayOptions);
        controller->popOut();
        overlayWindow()->setGeometry(40, 40, 520, 1000);

        m_time = QDateTime::currentMSecsSinceEpoch();
        chat(Streamer, u"어서 오세요 치즈 파티입니다"_s);
        chat(Manager, u"치즈 후원 감사합니다"_s);
        chat(Subscriber, SubscriberSays);
        const qint64 blindedAt = nextTime();
        chat(Troll, Blinded, blindedAt);
        donate(&Donor, DonorSays, 1000, u"CHAT"_s);
        donate(nullptr, u"익명으로 응원"_s, 2000, u"CHAT"_s);
        donate(nullptr, u"노래 한 곡 부탁해요"_s, 500, u"VIDEO"_s);
        donate(&MissionDonor, u"노래 세 곡 부르기"_s, 3000, u"MISSION"_s);
        push(93102, lines::subscription(m_cid, Subscriber, 1, 1, {}, nextTime()));
        push(93102, lines::subscription(m_cid, Manager, 6, 1, u"계속 구독합니다"_s, nextTime()));
        const QJsonObject giftExtras {
            {u"giftId"_s, u"gift-0001"_s},
            {u"receiverUserIdHash"_s, Troll.id},
            {u"receiverNickname"_s, Troll.nickname},
            {u"giftTierNo"_s, 1},
            {u"giftTierName"_s, u"구독자"_s},
            {u"selectionType"_s, u"MANUAL"_s},
            {u"giftType"_s, u"SUBSCRIPTION_GIFT"_s},
        };
        push(93102, lines::line(m_cid, Donor.id, lines::profileJson(Donor), {}, 12, giftExtras, nextTime()));
        m_chzzk.push(Chzzk,
            lines::push(94010, m_cid,
                lines::recentSpelling(lines::chat(m_cid, Streamer, u"공지: 오늘은 치즈 이벤트"_s, {}, nextTime()))));
        m_chzzk.push(Chzzk, lines::blind(m_cid, Troll.id, blindedAt, u"BLIND"_s));
        chat(Subscriber, Last);

        QTRY_VERIFY_WITH_TIMEOUT((m_tab->model()->flush(), rowWithText(*m_tab->model(), Last) >= 0), Timeout);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_window.reset(); // the tabs (and their clients) before the context's network thread
        m_context.reset();
    }

    void theChatListShowsTheRoomWithOneBadgeTable()
    {
        const ChatListModel &model = *m_tab->model();
        const auto rolesAt = [&](const QString &text) {
            const int row = rowWithText(model, text);
            return row < 0 ? Roles() : model.eventAt(row)->roles();
        };
        QCOMPARE(mainRole(rolesAt(u"어서 오세요 치즈 파티입니다"_s)), std::optional<Role>(Role::Host));
        QCOMPARE(mainRole(rolesAt(u"치즈 후원 감사합니다"_s)), std::optional<Role>(Role::Manager));
        QVERIFY(rolesAt(SubscriberSays).testFlag(Role::Subscriber));
        const int subscriberRow = rowWithText(model, SubscriberSays);
        QCOMPARE(model.index(subscriberRow).data(ChatListModel::SubscriptionMonthsRole).toInt(), 5);
        QCOMPARE(roleBadge(Role::Host).key, "host"_L1);

        // A donation row: its kind, amount, tier and the one wording of the overlay page.
        const QModelIndex donation = model.index(rowWithText(model, DonorSays));
        QVERIFY(donation.data(ChatListModel::IsDonationRole).toBool());
        QCOMPARE(donation.data(ChatListModel::TypeNameRole).toString(), u"cheese"_s);
        QCOMPARE(donation.data(ChatListModel::CountRole).toLongLong(), 1000);
        QCOMPARE(donation.data(ChatListModel::NicknameRole).toString(), Donor.nickname);
        QCOMPARE(DonationTier(donation.data(ChatListModel::DonationTierRole).toInt()), DonationTier::Small);
        QVERIFY2(donation.data(Qt::DisplayRole).toString().contains(u"sent 1,000 cheese"_s),
            qPrintable(donation.data(Qt::DisplayRole).toString()));
        const QModelIndex anonymous = model.index(rowWithText(model, u"익명으로 응원"_s));
        QCOMPARE(anonymous.data(ChatListModel::NicknameRole).toString(), u"익명의 후원자"_s);
        QCOMPARE(model.index(rowWithText(model, u"노래 한 곡 부탁해요"_s)).data(ChatListModel::TypeNameRole).toString(),
            u"video_cheese"_s);
        QCOMPARE(model.index(rowWithText(model, u"노래 세 곡 부르기"_s)).data(ChatListModel::TypeNameRole).toString(),
            u"mission_cheese"_s);

        // Subscriptions, the gift and the notice are rows of their own.
        QStringList types;
        for (int row = 0; row < model.rowCount(); ++row)
            types.append(QString(eventTypeName(model.eventAt(row)->type)));
        QCOMPARE(types.count(u"subscription"_s), 1);
        QCOMPARE(types.count(u"subscription_renewal"_s), 1);
        QCOMPARE(types.count(u"subscription_gift"_s), 1);
        QCOMPARE(types.count(u"notice"_s), 1);

        // The blind hides the line it names: in the model, and so in the list the view shows.
        const int blinded = rowWithText(model, Blinded);
        QVERIFY(blinded >= 0);
        QVERIFY(model.isHidden(blinded));
        QVERIFY(model.index(blinded).data(ChatListModel::HiddenRole).toBool());
        QVERIFY(!model.isHidden(subscriberRow));
        ChatFilterProxy proxy;
        proxy.setSourceModel(m_tab->model());
        bool shown = false;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown |= proxy.index(row, 0).data(ChatListModel::TextRole).toString() == Blinded;
        QVERIFY(!shown);
        QCOMPARE(proxy.rowCount(), model.rowCount() - 1);
    }

    void statisticsCountCheeseInWon()
    {
        const SessionStatsSnapshot s = m_tab->stats().snapshot();
        const SessionTotals &t = s.totals;
        QCOMPARE(t.cheese, 6500);
        QCOMPARE(t.balloons, 0);
        QCOMPARE(t.gifts, 4);
        QCOMPARE(t.donors, 3); // 치즈부자, 미션러 and the anonymous donors (one "anonymous" user)
        QCOMPARE(t.chats, 5);
        QCOMPARE(t.uniqueChatters, 4);
        QCOMPARE(t.newSubscriptions, 1);
        QCOMPARE(t.subscriptionRenewals, 1);
        QCOMPARE(t.subscriptionGifts, 1);
        QCOMPARE(t.donationsWon(), (WonValue {6500, 0}));

        QCOMPARE(s.topDonors.size(), 3);
        QCOMPARE(s.topDonors[0].nickname, MissionDonor.nickname);
        QCOMPARE(s.topDonors[0].cheese, 3000);
        QCOMPARE(s.topDonors[1].userId, u"anonymous"_s);
        QCOMPARE(s.topDonors[1].cheese, 2500);
        QCOMPARE(s.topDonors[2].nickname, Donor.nickname);

        qint64 chats = 0;
        for (const SessionStatsSnapshot::Minute &minute : s.minutes)
            chats += minute.chats;
        QCOMPARE(chats, 5);
        bool cheeseWord = false;
        for (const SessionStatsSnapshot::Word &word : s.topWords)
            cheeseWord |= word.word == u"치즈"_s && word.count >= 3;
        QVERIFY(cheeseWord);

        // The panel: the cheese in the first tile, and the same won figure as SOOP's balloons.
        StatsPanel *panel = m_tab->statsPanel();
        panel->refresh();
        QCOMPARE(panel->wonText(), u"≈ 6,500 won"_s);
        QVERIFY2(panel->dayText().startsWith(u"Today: 6,500 cheese ≈ 6,500 won"_s), qPrintable(panel->dayText()));
        auto *tile = panel->findChild<StatTile *>(u"balloonsTile"_s);
        QVERIFY(tile);
        QCOMPARE(tile->value(), u"6,500"_s);
        auto *won = panel->findChild<QLabel *>(u"donationsWon"_s);
        QVERIFY(won);
        QVERIFY2(won->toolTip().contains(u"6,500 cheese counted at 1 won each"_s), qPrintable(won->toolTip()));
        // The timeline charts the cheese: its button says so, its line ends at the total.
        auto *chart = panel->findChild<SessionChart *>(u"sessionChart"_s);
        QVERIFY(chart);
        QCOMPARE(chart->chartMetric(), SessionChart::Metric::Balloons);
        QCOMPARE(panel->findChild<QAbstractButton *>(u"balloonMetricButton"_s)->text(), u"Cheese"_s);
        QVERIFY(!chart->cumulativePoints().isEmpty());
        QCOMPARE(chart->cumulativePoints().last().y(), 6500.0);
        qreal bars = 0;
        for (const qreal value : chart->barValues())
            bars += value;
        QCOMPARE(bars, 6500.0);
    }

    void aSoopTabBesideItSaysItsBalloonsInTheSameWon()
    {
        m_soop.channel(Soop)->setRate(40);
        m_soopTab = m_window->openChannel(Soop);
        QVERIFY(m_soopTab);
        QCOMPARE(m_soopTab->platform(), Platform::Soop);
        QTRY_VERIFY_WITH_TIMEOUT(m_soopTab->stats().snapshot().totals.starBalloons > 0, Timeout);
        m_soop.channel(Soop)->setRate(0);
        const SessionTotals soop = m_soopTab->stats().snapshot().totals;
        m_soopTab->statsPanel()->refresh();
        const QString soopWon = m_soopTab->statsPanel()->wonText();
        QCOMPARE(soopWon, u"≈ %1 won"_s.arg(QLocale().toString(soop.donationsWon().won)));
        QCOMPARE(soop.donationsWon().won, soop.starBalloons * 110);
        QCOMPARE(soop.cheese, 0);
        // The two tabs' figures add up as money: one unit, one wording.
        m_tab->statsPanel()->refresh();
        QVERIFY(m_tab->statsPanel()->wonText().endsWith(u" won"_s));
        SessionTotals both = soop;
        both.addSession(m_tab->stats().snapshot().totals);
        QCOMPARE(both.donationsWon().won, soop.donationsWon().won + 6500);
        m_window->tabWidget()->setCurrentWidget(m_tab);
    }

    void anAlertInWonFiresForCheeseAndForBalloonsOfTheSameValue()
    {
        QList<qint64> cheese;
        for (const Alert &alert : std::as_const(m_fired)) {
            if (alert.channelId == Chzzk)
                cheese.append(alert.event->count.value_or(0));
        }
        // 1,000, 2,000 and 3,000 cheese; not the 500 of the video.
        QCOMPARE(cheese, (QList<qint64> {1000, 2000, 3000}));

        // A SOOP star balloon gift of equal won value fires the same rule; one just under it does not.
        m_fired.clear();
        m_context->alerts()->process(u"soop_alerts_bj"_s, {soopBalloon(9), soopBalloon(10)});
        QCOMPARE(m_fired.size(), 1);
        QCOMPARE(m_fired.first().event->count.value_or(0), 10); // 1,100 won; 9 are 990
    }

    void theRecordingIsSearchedExportedAndReplayed()
    {
        SessionWriter *writer = m_tab->recordingWriter();
        QVERIFY(writer);
        // The 14 lines pushed: 5 chats, 4 donations, 2 subscriptions, the gift, the notice and the blind.
        QTRY_VERIFY2_WITH_TIMEOUT(
            writer->eventsWritten() >= 14, qPrintable(QString::number(writer->eventsWritten())), Timeout);

        // CSV: UTF-8 with a BOM for Korean Excel, the platform and the won of each gift.
        m_window->tabWidget()->setCurrentWidget(m_tab);
        QTemporaryDir out;
        for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Jsonl}) {
            ExportDialog *dialog = m_window->exportCurrentTab();
            QVERIFY(dialog);
            dialog->setFormat(format);
            const QString path = out.filePath(format == ExportFormat::Csv ? u"chzzk.csv"_s : u"chzzk.jsonl"_s);
            dialog->setOutputPath(path);
            QSignalSpy exported(dialog, &ExportDialog::exportFinished);
            dialog->accept();
            QVERIFY(exported.wait(Timeout));
            QCOMPARE(exported.first().first().value<ExportResult>().status, ExportResult::Status::Done);
        }
        const QByteArray csv = testdata::readFile(out.filePath(u"chzzk.csv"_s));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "session_id,seq,received_at_utc,local_time,type,user_id,nickname,roles,text,count,"
                               "platform,won\r\n"));
        QVERIFY2(csv.contains((u",cheese,%1,치즈부자,,응원합니다!,1000,chzzk,1000\r\n"_s.arg(Donor.id)).toUtf8()),
            csv.constData());
        QVERIFY(csv.contains(",cheese,anonymous,익명의 후원자,,익명으로 응원,2000,chzzk,2000\r\n"));
        QVERIFY(csv.contains(",video_cheese,anonymous,익명의 후원자,,노래 한 곡 부탁해요,500,chzzk,500\r\n"));
        QVERIFY(
            csv.contains((u",chat,%1,구독자님,subscriber,치즈 최고 ㅋㅋ,,chzzk,\r\n"_s.arg(Subscriber.id)).toUtf8()));

        const QByteArray jsonl = testdata::readFile(out.filePath(u"chzzk.jsonl"_s));
        int cheeseLines = 0;
        bool blind = false;
        for (const QByteArray &line : jsonl.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            QCOMPARE(event.value("platform"_L1).toString(), u"chzzk"_s);
            if (event.value("type"_L1).toString() == u"cheese"_s && event.value("count"_L1).toInteger() == 1000) {
                QCOMPARE(event.value("text"_L1).toString(), DonorSays);
                QCOMPARE(event.value("nickname"_L1).toString(), Donor.nickname);
                ++cheeseLines;
            }
            blind |= event.value("type"_L1).toString() == u"blind"_s;
        }
        QCOMPARE(cheeseLines, 1);
        QVERIFY(blind);

        // The history lists the CHZZK session with its cheese, finds a line and opens it.
        HistoryWindow *history = m_window->showHistory();
        QTRY_VERIFY_WITH_TIMEOUT(history->sessionModel()->rowCount() >= 1, Timeout);
        bool listed = false;
        for (int row = 0; row < history->sessionModel()->rowCount(); ++row) {
            const SessionSummary session = history->sessionModel()->sessionAt(row);
            if (session.info.platform == u"chzzk"_s) {
                QCOMPARE(session.info.channelId, Chzzk);
                QCOMPARE(session.totals.cheese, 6500);
                QCOMPARE(session.totals.donationsWon().won, 6500);
                listed = true;
            }
        }
        QVERIFY(listed);
        QSignalSpy searched(history, &HistoryWindow::searchFinished);
        history->search(SubscriberSays);
        QVERIFY(searched.wait(Timeout));
        QCOMPARE(history->hitModel()->rowCount(), 1);
        history->hitView()->selectRow(0);
        history->openSelected();
        auto *replay = qobject_cast<RecordedSessionTab *>(m_window->tabWidget()->currentWidget());
        QVERIFY(replay);
        QTRY_VERIFY_WITH_TIMEOUT(replay->isLoaded(), Timeout);
        const QModelIndex current = replay->chatView()->listView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(ChatListModel::TextRole).toString(), SubscriberSays);
        m_window->tabWidget()->setCurrentWidget(m_tab);
    }

    void theOverlayWindowShowsTheLinesAsTheListDoes()
    {
        OverlayWindow *window = overlayWindow();
        QVERIFY(window);
        const auto shown = [window](const QString &text) -> std::optional<OverlayWindow::ShownLine> {
            for (const OverlayWindow::ShownLine &line : window->shownLines()) {
                if (line.event->text.value_or(QString()) == text)
                    return line;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown(Last).has_value(), Timeout);
        const auto subscriber = shown(SubscriberSays);
        QVERIFY(subscriber);
        QVERIFY(subscriber->badges.contains("subscriber"_L1));
        const auto donation = shown(DonorSays);
        QVERIFY(donation);
        QCOMPARE(donation->tier, DonationTier::Small);
        QVERIFY(donation->accent.isValid()); // the cheese's accent bar, as in the list and on the page
        QVERIFY(shown(u"익명으로 응원"_s));
        QVERIFY(!shown(Blinded)); // the blind took it away, as from the list
    }

    void theBrowserPageShowsCheeseAsADonation()
    {
        if (ChromiumPage::executable().isEmpty())
            QSKIP(qPrintable(ChromiumPage::installHint()));
        m_page = std::make_unique<ChromiumPage>();
        QVERIFY2(m_page->start(QSize(420, 900)), qPrintable(m_page->errorString()));
        QUrl url = m_context->overlay()->overlayUrl(m_tab->channelId());
        // In English (the page's own default is Korean, for viewers).
        url.setQuery(url.query(QUrl::FullyEncoded) + u"&fade=0&lines=200&lang=en"_s);
        QVERIFY(m_page->navigate(url));
        QVERIFY(m_page->waitUntil(u"document.documentElement.dataset.state === 'open'"_s));
        // New lines after the page opened: a chat line and a donation.
        chat(Subscriber, u"페이지에서 보이나요?"_s);
        donate(&Donor, u"페이지 후원"_s, 1500, u"CHAT"_s);
        const QString donationLine =
            u"Array.from(document.querySelectorAll('#chat .line')).find((l) => "
            "l.querySelector('.donation-text')?.textContent === %1)"_s.arg(jsString(u"페이지 후원"_s));
        QVERIFY2(m_page->waitUntil(donationLine + u" !== undefined"_s), qPrintable(m_page->errorString()));
        const QJsonObject line =
            m_page
                ->evaluate(u"(() => { const l = %1; return { classes: l.className, type: l.dataset.type, "
                           "tier: l.dataset.tier, nick: l.querySelector('.nick').textContent, "
                           "amount: l.querySelector('.amount').textContent }; })()"_s.arg(donationLine))
                .toObject();
        QVERIFY2(line["classes"_L1].toString().contains(u"donation"_s), qPrintable(line["classes"_L1].toString()));
        QCOMPARE(line["type"_L1].toString(), u"cheese"_s);
        QCOMPARE(line["tier"_L1].toString(), u"small"_s);
        QCOMPARE(line["nick"_L1].toString(), Donor.nickname);
        QCOMPARE(line["amount"_L1].toString(), u"sent 1,500 cheese"_s);
        const QString chatLine =
            u"Array.from(document.querySelectorAll('#chat .line.message')).find((l) => "
            "l.querySelector('.text')?.textContent === %1)"_s.arg(jsString(u"페이지에서 보이나요?"_s));
        QVERIFY(m_page->waitUntil(chatLine + u" !== undefined"_s));
        QCOMPARE(m_page->evaluate(chatLine + u".querySelector('.nick').textContent"_s).toString(), Subscriber.nickname);
        QCOMPARE(
            m_page->evaluate(u"Array.from(%1.querySelectorAll('.badge')).map((b) => b.dataset.role)"_s.arg(chatLine))
                .toArray(),
            QJsonArray({u"subscriber"_s}));

        // A blind takes a line off the page, as it does in the list.
        const QString doomed = u"페이지에서 가려질 줄"_s;
        const qint64 doomedAt = nextTime();
        chat(Troll, doomed, doomedAt);
        const QString doomedLine = u"Array.from(document.querySelectorAll('#chat .line')).find((l) => "
                                   "l.querySelector('.text')?.textContent === %1)"_s.arg(jsString(doomed));
        QVERIFY(m_page->waitUntil(doomedLine + u" !== undefined"_s));
        m_chzzk.push(Chzzk, lines::blind(m_cid, Troll.id, doomedAt, u"BLIND"_s));
        QVERIFY(m_page->waitUntil(doomedLine + u" === undefined"_s));
        QVERIFY(m_page->evaluate(chatLine + u" !== undefined"_s).toBool()); // the others stay
        QVERIFY2(m_page->problems().isEmpty(), qPrintable(m_page->problems().join(u'\n')));
    }

    void theAlertBoxShowsACheeseDonation()
    {
        if (ChromiumPage::executable().isEmpty())
            QSKIP(qPrintable(ChromiumPage::installHint()));
        if (!m_page) {
            m_page = std::make_unique<ChromiumPage>();
            QVERIFY2(m_page->start(QSize(420, 900)), qPrintable(m_page->errorString()));
        }
        QVERIFY(m_page->navigate(m_context->overlay()->alertBoxUrl(m_tab->channelId())));
        QVERIFY(m_page->waitUntil(u"document.documentElement.dataset.state === 'open'"_s));
        donate(&Donor, u"알림 상자에 나와요"_s, 5000, u"CHAT"_s);
        QVERIFY2(m_page->waitUntil(u"(window.soopchatAlertLog || []).some((a) => a.text.includes('5,000'))"_s),
            qPrintable(m_page->errorString()));
        const QJsonObject alert = m_page
                                      ->evaluate(u"(() => { const a = document.querySelector('.alert'); return a ? "
                                                 "{ classes: a.className, type: a.dataset.type, text: "
                                                 "a.querySelector('.alert-text').textContent } : null; })()"_s)
                                      .toObject();
        QVERIFY2(alert["classes"_L1].toString().contains(u"donation"_s), qPrintable(alert["classes"_L1].toString()));
        QCOMPARE(alert["type"_L1].toString(), u"cheese"_s);
        QVERIFY2(alert["text"_L1].toString().contains(Donor.nickname), qPrintable(alert["text"_L1].toString()));
        QVERIFY2(m_page->problems().isEmpty(), qPrintable(m_page->problems().join(u'\n')));
    }

    void screenshotsOfTheChzzkTabInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ko") << u"ko"_s;
    }

    void screenshotsOfTheChzzkTabInBothLanguages()
    {
        QFETCH(QString, language);
        QTemporaryDir folder;
        AppContext::Options options;
        options.settingsPath = folder.filePath(u"soopchat.ini"_s);
        options.dataDir = folder.filePath(u"data"_s);
        options.makeSources = wiring::serviceSources(m_soop.apiBase(), {}, m_chzzk.apiBase());
        options.language = language;
        options.overlayServer = false;
        options.imageCacheDir = folder.filePath(u"cache/images"_s);
        AppContext context(options);
        MainWindow window(context);
        window.show();
        const QString channel = u"5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c"_s;
        m_chzzk.setRate(channel, 8); // the scripted lively room: chat, cheese, subscriptions
        ChannelTab *tab = window.openChannel(channel);
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Live, Timeout);
        window.resize(800, 600);
        QTRY_VERIFY_WITH_TIMEOUT(tab->stats().snapshot().totals.cheese > 0, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(tab->stats().snapshot().totals.chats > 10, Timeout);
        m_chzzk.setRate(channel, 0);
        tab->statsPanel()->refresh();
        QVERIFY(tab->statsPanel()->isVisible());
        QVERIFY(!tab->statsPanel()->wonText().isEmpty());
        tab->model()->flush();
        QCoreApplication::processEvents();
        const QString path = testdata::buildDir() + u"/screenshots/chzzk-tab-800x600-%1.png"_s.arg(language);
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QVERIFY(window.grab().save(path));
        qInfo().noquote() << "CHZZK tab screenshot:" << path;
    }
};

QTEST_MAIN(TestChzzkDownstream)
#include "tst_chzzkdownstream.moc"
