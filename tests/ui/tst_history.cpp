// The session history against a real recording database (SessionWriter, as
// the app records): the window lists sessions with their totals and finds
// Korean text across them; a session opens read-only in a tab of the real
// main window with its rows and statistics, at a search hit's moment if
// asked; replay re-emits every event in order; File → Export… writes what
// was chosen, and a cancelled export leaves nothing.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <sys/stat.h>

#include "AppTestOptions.h"
#include "HistoryTestData.h"
#include "core/events/EventJson.h"
#include "core/store/RecordingFiles.h"
#include "core/store/SessionReader.h"
#include "core/store/SessionWriter.h"
#include "core/util/DisplayText.h"
#include "support/TestData.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"
#include "ui/history/ExportDialog.h"
#include "ui/history/HistoryWindow.h"
#include "ui/history/RecordedSessionTab.h"
#include "ui/history/ReplayBar.h"
#include "ui/history/SearchHitModel.h"
#include "ui/history/SessionListModel.h"
#include "ui/history/SessionReplay.h"
#include "ui/main/AppContext.h"
#include "ui/main/MainWindow.h"
#include "ui/stats/StatsPanel.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace historytest;

namespace {

constexpr int Timeout = 30'000;
constexpr int DenseEvents = 3000;

// The app with its own folders; the history reads data/sessions.db.
struct App
{
    explicit App(const QString &folder) : context(apptest::options(folder)), window(context)
    {
        window.resize(1280, 800);
        window.show();
    }

    AppContext context;
    MainWindow window;
};

qint64 sortValue(const SessionListModel &model, int row, int column)
{
    return model.index(row, column).data(SessionListModel::SortRole).toLongLong();
}

QStringList linesOf(const QString &path)
{
    QStringList lines = QString::fromUtf8(testdata::readFile(path)).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

constexpr auto FailTheTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

// The history window's models and the proxies its views sort through,
// checked for as long as the window lives.
struct HistoryModelTesters
{
    explicit HistoryModelTesters(HistoryWindow &history)
        : sessions(history.sessionModel(), FailTheTest), sessionView(history.sessionView()->model(), FailTheTest),
          hits(history.hitModel(), FailTheTest), hitView(history.hitView()->model(), FailTheTest)
    { }

    QAbstractItemModelTester sessions;
    QAbstractItemModelTester sessionView;
    QAbstractItemModelTester hits;
    QAbstractItemModelTester hitView;
};

RecordedSessionTab *currentRecordedTab(MainWindow &window)
{
    return qobject_cast<RecordedSessionTab *>(window.tabWidget()->currentWidget());
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QString m_db;
    QList<SessionSpec> m_specs;
    QList<qint64> m_ids;

    const SessionSpec &spec(qint64 id) const { return m_specs[m_ids.indexOf(id)]; }
    qint64 denseId() const { return m_ids.last(); }

    SessionSummary summaryOf(qint64 id)
    {
        SessionReader reader;
        reader.open(m_db);
        return *reader.session(id);
    }

    RecordedSessionTab *openLoaded(App &app, qint64 id, qint64 atSeq = 0)
    {
        RecordedSessionTab *tab = app.window.openRecordedSession(m_db, summaryOf(id), atSeq);
        if (tab && !tab->isLoaded()) {
            QSignalSpy loaded(tab, &RecordedSessionTab::loaded);
            loaded.wait(Timeout);
        }
        return tab;
    }

    // Plays from the start at `speed` for two seconds of the test's clock.
    void deliveredIn2s(SessionReplay *replay, int speed, qint64 &fakeNow, qint64 &delivered)
    {
        replay->stop();
        replay->setSpeed(speed);
        replay->play();
        QTRY_VERIFY_WITH_TIMEOUT(replay->queuedEvents() > 0 || replay->deliveredCount() > 0, Timeout);
        replay->tick();
        fakeNow += 2000;
        replay->tick();
        delivered = replay->deliveredCount();
    }

private slots:
    void initTestCase()
    {
        m_db = m_folder.filePath(u"data/sessions.db"_s);
        QVERIFY(QDir().mkpath(m_folder.filePath(u"data"_s)));
        const qint64 day = 86'400'000;
        m_specs = {
            room(u"haessal"_s, u"햇살"_s, u"노래 방송 🎤 신청곡 받아요"_s, BaseTimeMs, 2 * 3'600'000 + 734'000, 1200, 7),
            room(u"gamja_tv"_s, u"감자티비"_s, u"롤 랭크 올라갑니다"_s, BaseTimeMs + day, 5'400'000, 800, 8),
            room(u"bj_mint"_s, u"민트"_s, u"새벽 수다방"_s, BaseTimeMs + 2 * day, 2'400'000, 300, 9),
            dense(u"dobae"_s, BaseTimeMs + 3 * day, DenseEvents)};
        m_ids = record(m_db, m_specs);
        QCOMPARE(m_ids.size(), m_specs.size());
    }

    void sessionAndHitModelsKeepTheModelContract()
    {
        SessionReader reader;
        QVERIFY(!reader.open(m_db).isError());
        const QList<SessionSummary> sessions = reader.sessions();
        QCOMPARE(sessions.size(), m_specs.size());
        const QList<SearchHit> hits = reader.search({u"치킨"_s, {}, 100});
        QVERIFY(hits.size() > 3);

        SessionListModel sessionModel;
        QAbstractItemModelTester sessionTester(&sessionModel, FailTheTest);
        QSortFilterProxyModel sessionProxy;
        sessionProxy.setSortRole(SessionListModel::SortRole);
        sessionProxy.setSourceModel(&sessionModel);
        sessionProxy.sort(SessionListModel::Started, Qt::DescendingOrder);
        QAbstractItemModelTester sessionProxyTester(&sessionProxy, FailTheTest);
        QSignalSpy changed(&sessionModel, &QAbstractItemModel::dataChanged);
        sessionModel.retranslate(); // nothing to say again in an empty list
        QCOMPARE(changed.size(), 0);
        sessionModel.setSessions(sessions);
        QCOMPARE(sessionModel.rowCount(), sessions.size());
        // After a language change the tooltips ("Ended at …") are another language's.
        sessionModel.retranslate();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), sessionModel.index(0, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(),
            sessionModel.index(sessions.size() - 1, SessionListModel::ColumnCount - 1));
        QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int> {Qt::ToolTipRole});
        sessionModel.setSessions({});
        QCOMPARE(sessionProxy.rowCount(), 0);
        sessionModel.setSessions(sessions.mid(1));
        QCOMPARE(sessionProxy.rowCount(), sessions.size() - 1);

        SearchHitModel hitModel;
        QAbstractItemModelTester hitTester(&hitModel, FailTheTest);
        QSortFilterProxyModel hitProxy;
        hitProxy.setSortRole(SearchHitModel::SortRole);
        hitProxy.setSourceModel(&hitModel);
        hitProxy.sort(SearchHitModel::Time, Qt::DescendingOrder);
        QAbstractItemModelTester hitProxyTester(&hitProxy, FailTheTest);
        hitModel.setHits(hits, sessions);
        QCOMPARE(hitModel.rowCount(), hits.size());
        hitModel.retranslate();
        hitModel.setHits(hits.mid(2), {}); // a hit of an unknown session is named by its channel
        hitModel.setHits({}, sessions);
        QCOMPARE(hitProxy.rowCount(), 0);

        // A hit is chat text: drawn in its display form, as in the chat list
        // (an override cannot reverse the row, a zalgo pile is cut, a long
        // line is shortened), while sorting and the recording keep it as sent.
        SearchHit hostile = hits.first();
        hostile.nickname = u"\u202Eevil"_s;
        hostile.text = u"a\u0301\u0301\u0301\u0301\u0301\u0301 "_s + QString(5000, u'x') + u"\nend"_s;
        hitModel.setHits({hostile}, sessions);
        const QString nickname = hitModel.index(0, SearchHitModel::Nickname).data().toString();
        QCOMPARE(nickname, u"evil"_s);
        QCOMPARE(
            hitModel.index(0, SearchHitModel::Nickname).data(SearchHitModel::SortRole).toString(), hostile.nickname);
        const QString text = hitModel.index(0, SearchHitModel::Text).data().toString();
        QCOMPARE(text, DisplayText::shown(hostile.text, DisplayText::Field::Message));
        QVERIFY(text.startsWith(u"a\u0301\u0301\u0301 x"_s));
        QVERIFY(text.endsWith(u'…') && text.size() < DisplayText::MessageCharacters + 10 && !text.contains(u'\n'));
        QVERIFY(hitModel.index(0, SearchHitModel::Text).data(Qt::ToolTipRole).toString().size() < 2100);
        QCOMPARE(hitModel.index(0, SearchHitModel::Text).data(SearchHitModel::SortRole).toString(), hostile.text);
    }

    void theHistoryListsSessionsWithTheirTotals()
    {
        HistoryWindow history(m_db);
        const HistoryModelTesters testers(history);
        QSignalSpy loaded(&history, &HistoryWindow::sessionsLoaded);
        QVERIFY(loaded.wait(Timeout));
        SessionListModel *model = history.sessionModel();
        QCOMPARE(model->rowCount(), m_specs.size());
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 id = model->index(row, 0).data(SessionListModel::SessionIdRole).toLongLong();
            const SessionSpec &s = spec(id);
            QCOMPARE(model->index(row, SessionListModel::Channel).data().toString(), s.info.channelId);
            QCOMPARE(model->index(row, SessionListModel::Streamer).data().toString(), s.info.streamerNickname);
            QCOMPARE(model->index(row, SessionListModel::Title).data().toString(), s.info.title);
            QCOMPARE(sortValue(*model, row, SessionListModel::Started), s.info.startedAtMs);
            QCOMPARE(sortValue(*model, row, SessionListModel::Duration), s.durationMs);
            QCOMPARE(sortValue(*model, row, SessionListModel::Events), s.expected.events);
            QCOMPARE(sortValue(*model, row, SessionListModel::Chats), s.expected.chats);
            QCOMPARE(sortValue(*model, row, SessionListModel::Balloons), s.expected.balloons);
            QCOMPARE(sortValue(*model, row, SessionListModel::AdBalloons), s.expected.adBalloons);
            QCOMPARE(sortValue(*model, row, SessionListModel::Subscriptions), s.expected.subscriptions());
            QCOMPARE(model->sessionAt(row).totals, s.expected);
            // The tooltip says the balloons as the statistics panel does, and true.
            const QString tip = model->index(row, SessionListModel::Balloons).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.startsWith(QLocale().toString(s.expected.balloons) + u" balloon"_s) &&
                    tip.contains(u"in %1 gift"_s.arg(QLocale().toString(s.expected.gifts))) &&
                    tip.contains(u"from %1 donor"_s.arg(QLocale().toString(s.expected.donors))),
                qPrintable(tip));
            QVERIFY(s.expected.gifts >= s.expected.donors);
            QCOMPARE(sortValue(*model, row, SessionListModel::Chatters), s.expected.uniqueChatters);
        }
        QVERIFY2(history.statusText().startsWith(u"4 session"_s), qPrintable(history.statusText()));

        // Newest first by default; a click on a header sorts by that total.
        QTableView *view = history.sessionView();
        QCOMPARE(view->model()->index(0, SessionListModel::Channel).data().toString(), u"dobae"_s);
        view->sortByColumn(SessionListModel::Balloons, Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const qint64 stars =
                view->model()->index(row, SessionListModel::Balloons).data(SessionListModel::SortRole).toLongLong();
            QVERIFY(stars <= previous);
            previous = stars;
        }
    }

    void searchFindsKoreanTextAndOpensTheSessionAtThatMoment()
    {
        App app(m_folder.path());
        HistoryWindow *history = app.window.showHistory();
        QVERIFY(history && history->isVisible());
        const HistoryModelTesters testers(*history);
        QCOMPARE(history->databasePath(), m_db);
        QTRY_COMPARE_WITH_TIMEOUT(history->sessionModel()->rowCount(), m_specs.size(), Timeout);

        QSignalSpy searched(history, &HistoryWindow::searchFinished);
        history->searchField()->setText(u"치킨 이야"_s); // typed: searches after a pause
        QVERIFY(searched.wait(Timeout));
        QVERIFY(history->isShowingHits());
        QCOMPARE(history->hitModel()->rowCount(), 1);
        const SearchHit hit = history->hitModel()->hitAt(0);
        QCOMPARE(hit.sessionId, denseId());
        QCOMPARE(hit.text, u"메시지 %1 특별한 치킨 이야기"_s.arg(DenseEvents / 2));
        QCOMPARE(history->hitView()->model()->index(0, SearchHitModel::Nickname).data().toString(), hit.nickname);
        QVERIFY(history->hitView()->model()->index(0, SearchHitModel::Session).data().toString().contains(u"도배왕"_s));

        // A common word across sessions, newest first.
        history->search(u"치킨 먹고"_s);
        QVERIFY(searched.wait(Timeout));
        QVERIFY(history->hitModel()->rowCount() > 3);
        QSet<qint64> sessions;
        for (const SearchHit &h : history->hitModel()->hits()) {
            QVERIFY(h.text.contains(u"치킨 먹고"_s));
            sessions.insert(h.sessionId);
        }
        QVERIFY(sessions.size() >= 3);

        history->search(u"특별한 치킨"_s);
        QVERIFY(searched.wait(Timeout));
        QCOMPARE(history->hitModel()->rowCount(), 1);
        history->hitView()->selectRow(0);
        history->openSelected();
        RecordedSessionTab *tab = currentRecordedTab(app.window);
        QVERIFY(tab);
        QCOMPARE(tab->sessionId(), denseId());
        QTRY_VERIFY_WITH_TIMEOUT(tab->isLoaded(), Timeout);
        // The hit is the list's current row, in view, and the list stopped following.
        const QModelIndex current = tab->chatView()->listView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(*current.data(ChatListModel::EventRole).value<EventPtr>()->text, hit.text);
        QVERIFY(!tab->chatView()->listView()->isFollowing());
        ChatListView *list = tab->chatView()->listView();
        QTRY_VERIFY_WITH_TIMEOUT(
            list->firstVisibleRow() <= current.row() && current.row() <= list->lastVisibleRow(), Timeout);
        QCOMPARE(app.window.tabWidget()->tabText(app.window.tabWidget()->currentIndex()), tab->tabTitle());
        QVERIFY(tab->tabTitle().contains(u"Recorded"_s));
    }

    void aRecordedTabShowsTheRowsAndStatistics()
    {
        App app(m_folder.path());
        const qint64 id = m_ids.first();
        RecordedSessionTab *tab = openLoaded(app, id);
        QVERIFY(tab && tab->isLoaded());
        QVERIFY(!tab->loadError().isError());
        const SessionSpec &s = spec(id);
        QCOMPARE(tab->loadedEvents(), s.expected.events);
        qint64 displayable = 0;
        for (const EventPtr &e : s.events)
            displayable += ChatListModel::isDisplayable(*e) ? 1 : 0;
        QCOMPARE(tab->model()->rowCount(), int(displayable));
        QVERIFY(!tab->isTruncated());
        for (int row = 0; row < tab->model()->rowCount(); ++row)
            QCOMPARE(EventJson::toJson(*tab->model()->eventAt(row)), EventJson::toJson(*s.events[row]));

        // The recorded tab's statistics and the History list: the same totals.
        const SessionStatsSnapshot stats = tab->stats().snapshot();
        QCOMPARE(stats.totals, s.expected);
        QCOMPARE(stats.totals, tab->session().totals);
        QVERIFY(s.expected.videoBalloons > 0);
        tab->statsPanel()->refresh();
        QCOMPARE(tab->statsPanel()->shownSnapshot().totals, s.expected);

        // The live tab's search works on the recording too.
        tab->chatView()->openSearch();
        tab->chatView()->setSearchQuery(u"type:balloon"_s);
        QVERIFY(tab->chatView()->proxy()->rowCount() > 0);
        for (int row = 0; row < tab->chatView()->proxy()->rowCount(); ++row)
            QCOMPARE(tab->chatView()->proxy()->eventAt(row)->type, EventType::Balloon);

        // Opening the same session again switches to its tab.
        const int tabs = app.window.tabWidget()->count();
        QCOMPARE(app.window.openRecordedSession(m_db, summaryOf(id)), tab);
        QCOMPARE(app.window.tabWidget()->count(), tabs);
    }

    void aBigSessionKeepsTheMaximumRowsAndSaysSo()
    {
        QTemporaryDir folder;
        {
            AppSettings settings(folder.filePath(u"soopchat.ini"_s));
            settings.setMaxRows(ChatListModel::MinMaxRows);
            settings.sync();
        }
        QVERIFY(QDir().mkpath(folder.filePath(u"data"_s)));
        App app(folder.path());
        RecordedSessionTab *tab = openLoaded(app, denseId());
        QVERIFY(tab && tab->isLoaded());
        QCOMPARE(tab->model()->rowCount(), ChatListModel::MinMaxRows);
        QVERIFY(tab->isTruncated());
        QVERIFY2(tab->noticeText().contains(u"3,000"_s) && tab->noticeText().contains(u"100"_s),
            qPrintable(tab->noticeText()));
        // The session's end, and statistics of every event.
        QCOMPARE(*tab->model()->eventAt(ChatListModel::MinMaxRows - 1)->text, u"메시지 %1"_s.arg(DenseEvents));
        QCOMPARE(tab->stats().snapshot().totals.chats, DenseEvents);
    }

    void replayAt16xDeliversEveryEventInOrder()
    {
        App app(m_folder.path());
        RecordedSessionTab *tab = openLoaded(app, denseId());
        QVERIFY(tab && tab->replayBar()->isEnabled());
        SessionReplay *replay = tab->replay();
        QStringList texts;
        connect(replay, &SessionReplay::eventsDue, this, [&](const EventBatch &events) {
            for (const EventPtr &e : events)
                texts.append(*e->text);
        });
        QSignalSpy resets(replay, &SessionReplay::reset);
        QTest::mouseClick(tab->replayBar()->speedButton(16), Qt::LeftButton);
        QCOMPARE(replay->speed(), 16);
        QTest::mouseClick(tab->replayBar()->playButton(), Qt::LeftButton);
        QCOMPARE(replay->state(), SessionReplay::State::Playing);
        QCOMPARE(resets.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(replay->state(), SessionReplay::State::Finished, Timeout);

        QCOMPARE(texts.size(), DenseEvents);
        for (int i = 0; i < DenseEvents; ++i) {
            if (!texts[i].startsWith(u"메시지 %1"_s.arg(i + 1)))
                QFAIL(qPrintable(u"event %1 is \"%2\""_s.arg(i + 1).arg(texts[i])));
        }
        // The list and the statistics were fed as if live.
        QCOMPARE(tab->stats().snapshot().totals.chats, DenseEvents);
        tab->model()->flush();
        QCOMPARE(*tab->model()->eventAt(tab->model()->rowCount() - 1)->text, u"메시지 %1"_s.arg(DenseEvents));
        QVERIFY(tab->noticeText().contains(u"Replay"_s));
        QCOMPARE(tab->replayBar()->slider()->value(), tab->replayBar()->slider()->maximum());
    }

    void replayAt16xGoesFurtherThan1xInTheSameTime()
    {
        App app(m_folder.path());
        RecordedSessionTab *tab = openLoaded(app, denseId());
        QVERIFY(tab);
        SessionReplay *replay = tab->replay();
        // A clock the test moves: the same two seconds pass at each speed.
        qint64 fakeNow = 0;
        replay->setClock([&fakeNow] { return fakeNow; });
        qint64 at1 = 0, at4 = 0, at16 = 0;
        deliveredIn2s(replay, 1, fakeNow, at1);
        deliveredIn2s(replay, 4, fakeNow, at4);
        deliveredIn2s(replay, 16, fakeNow, at16);
        if (QTest::currentTestFailed())
            return;
        // 2 ms apart: 1x reaches event ~1000, 4x all 3,000 (6 s of session in 8 s).
        QVERIFY2(
            at1 > 0 && at1 < at4 && at4 <= at16, qPrintable(u"1x %1, 4x %2, 16x %3"_s.arg(at1).arg(at4).arg(at16)));
        QVERIFY(at1 < DenseEvents / 2);
        QCOMPARE(at16, DenseEvents);

        // Moving the position while playing replays from there.
        replay->stop();
        replay->setSpeed(1);
        replay->play();
        QSignalSpy resets(replay, &SessionReplay::reset);
        replay->seek(4000); // event 2000 is at 4 s
        QCOMPARE(resets.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(replay->queuedEvents() > 0, Timeout);
        fakeNow += 10;
        replay->tick();
        tab->model()->flush();
        QVERIFY(tab->model()->rowCount() > 0);
        QCOMPARE(*tab->model()->eventAt(0)->text, u"메시지 2000"_s);
        replay->pause();
        QCOMPARE(replay->state(), SessionReplay::State::Paused);
    }

    void exportWritesTheFileAndACancelledExportLeavesNone()
    {
        App app(m_folder.path());
        const qint64 id = m_ids.first();
        RecordedSessionTab *tab = openLoaded(app, id);
        QVERIFY(tab);
        QTemporaryDir out;

        ExportDialog *dialog = app.window.exportCurrentTab();
        QVERIFY(dialog && dialog->isVisible());
        // A name from the channel and the date; the extension follows the format.
        const QString date = QDateTime::fromMSecsSinceEpoch(spec(id).info.startedAtMs).toString(u"yyyy-MM-dd"_s);
        QVERIFY2(dialog->suggestedFileName().startsWith(u"haessal-"_s + date), qPrintable(dialog->suggestedFileName()));
        QVERIFY(dialog->suggestedFileName().endsWith(u".csv"_s));
        QVERIFY(dialog->outputPath().endsWith(dialog->suggestedFileName()));
        dialog->setFormat(ExportFormat::Jsonl);
        QVERIFY(dialog->outputPath().endsWith(u".jsonl"_s));
        dialog->setFormat(ExportFormat::Csv);

        const QString csv = out.filePath(u"session.csv"_s);
        dialog->setOutputPath(csv);
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        dialog->accept();
        QVERIFY(finished.wait(Timeout));
        ExportResult result = finished.first().first().value<ExportResult>();
        QCOMPARE(result.status, ExportResult::Status::Done);
        QCOMPARE(result.rows, spec(id).expected.events);
        QCOMPARE(linesOf(csv).size(), spec(id).expected.events + 1); // and the header
        QVERIFY(app.window.statusMessage().contains(u"Exported"_s));

        // The dense session: cancelled at once, it leaves no file at all.
        app.window.openRecordedSession(m_db, summaryOf(denseId()));
        QTRY_VERIFY_WITH_TIMEOUT(currentRecordedTab(app.window)->isLoaded(), Timeout);
        dialog = app.window.exportCurrentTab();
        QVERIFY(dialog);
        const QString cancelled = out.filePath(u"cancelled.csv"_s);
        dialog->setOutputPath(cancelled);
        QSignalSpy cancelledFinished(dialog, &ExportDialog::exportFinished);
        dialog->accept();
        QVERIFY(dialog->progressDialog());
        // As the user would: the progress dialog's Cancel button.
        auto *cancelButton = dialog->progressDialog()->findChild<QPushButton *>();
        QVERIFY(cancelButton);
        cancelButton->click();
        QVERIFY(cancelledFinished.wait(Timeout));
        result = cancelledFinished.first().first().value<ExportResult>();
        QCOMPARE(result.status, ExportResult::Status::Cancelled);
        QVERIFY(!QFile::exists(cancelled));
        QCOMPARE(QDir(out.path()).entryList({u"cancelled*"_s}, QDir::Files), QStringList());
        QVERIFY2(app.window.statusMessage().contains(u"cancelled"_s), qPrintable(app.window.statusMessage()));
    }

    void exportOfWhatTheFilterShowsMatchesTheFilter()
    {
        App app(m_folder.path());
        const qint64 id = m_ids.at(1);
        RecordedSessionTab *tab = openLoaded(app, id);
        QVERIFY(tab);
        ChatView *chat = tab->chatView();
        chat->setCategories(EventFilter::Category::Chat | EventFilter::Category::Donations);
        chat->openSearch();
        chat->setSearchQuery(u"치킨"_s);
        const EventFilter filter = chat->proxy()->filter();
        QVERIFY(chat->proxy()->rowCount() > 0);

        QTemporaryDir out;
        ExportDialog *dialog = app.window.exportCurrentTab();
        QVERIFY(dialog);
        dialog->setRange(ExportDialog::Range::Filter);
        dialog->setFormat(ExportFormat::Jsonl);
        const QString jsonl = out.filePath(u"filtered.jsonl"_s);
        dialog->setOutputPath(jsonl);
        QCOMPARE(dialog->range(), ExportDialog::Range::Filter);
        QVERIFY(dialog->request().query.filter.has_value());
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        dialog->accept();
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(finished.first().first().value<ExportResult>().status, ExportResult::Status::Done);

        // Exactly the recorded events the filter lets through, in order, and
        // (the whole session fits in the list) exactly the rows it shows.
        QStringList expected;
        for (const EventPtr &e : spec(id).events) {
            if (filter.matches(*e))
                expected.append(QString::fromUtf8(EventJson::toJson(*e)));
        }
        QStringList shown;
        for (int row = 0; row < chat->proxy()->rowCount(); ++row)
            shown.append(QString::fromUtf8(EventJson::toJson(*chat->proxy()->eventAt(row))));
        const QStringList exported = linesOf(jsonl);
        QCOMPARE(exported, expected);
        QCOMPARE(exported, shown);

        // A time range: the first half hour only.
        dialog = app.window.exportCurrentTab();
        QVERIFY(dialog);
        const qint64 from = spec(id).info.startedAtMs;
        dialog->setTimeRange(from, from + 1'800'000);
        const QString ranged = out.filePath(u"ranged.jsonl"_s);
        dialog->setFormat(ExportFormat::Jsonl);
        dialog->setOutputPath(ranged);
        QSignalSpy rangedFinished(dialog, &ExportDialog::exportFinished);
        dialog->accept();
        QVERIFY(rangedFinished.wait(Timeout));
        qint64 inRange = 0;
        for (const EventPtr &e : spec(id).events)
            inRange += e->receivedAtMs >= from && e->receivedAtMs < from + 1'800'000 ? 1 : 0;
        QCOMPARE(linesOf(ranged).size(), inRange);
    }

    // A recording whose main file was found damaged: the History offers
    // every file (the damaged one, marked, and the fallback the recording
    // went on in) and shows each one's sessions.
    void theHistoryShowsEveryRecordingFileAndMarksTheDamagedOne()
    {
        QTemporaryDir folder;
        const QString main = folder.filePath(u"sessions.db"_s);
        QCOMPARE(
            record(main, {room(u"haessal"_s, u"햇살"_s, u"노래 방송"_s, BaseTimeMs, 3'600'000, 400, 7)}).size(), 1);
        QVERIFY(RecordingFiles::markDamaged(main, u"Tree 4 page 12: btreeInitPage() returns error code 11"_s));
        {
            SessionWriter writer(main);
            QSignalSpy switched(&writer, &SessionWriter::switchedToFile);
            writer.beginSession({u"soop"_s, u"gamja_tv"_s, u"2"_s, u"이어서"_s, u"감자"_s, BaseTimeMs + 3'600'000});
            EventBatch batch;
            for (int n = 0; n < 25; ++n)
                batch.append(EventJson::fromJson(QByteArrayLiteral(
                    R"({"type":"chat","platform":"soop","text":"계속","user_id":"u1","nickname":"닉"})")));
            writer.record(batch);
            QSignalSpy flushed(&writer, &SessionWriter::flushed);
            writer.flush();
            QVERIFY(flushed.wait(Timeout));
            QCOMPARE(switched.size(), 1);
        }
        const QString fallback = RecordingFiles::fallbackPath(main);
        QVERIFY(QFileInfo::exists(fallback));

        HistoryWindow history(main);
        history.show();
        QSignalSpy loaded(&history, &HistoryWindow::sessionsLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(history.recordingFiles().size() == 2, Timeout);
        QComboBox *files = history.fileChooser();
        QVERIFY(files->isVisible());
        QCOMPARE(files->count(), 2);
        QVERIFY2(files->itemText(0).contains(u"damaged"_s), qPrintable(files->itemText(0)));
        QVERIFY(files->itemData(0, Qt::ToolTipRole).toString().contains(u"btreeInitPage"_s));
        QCOMPARE(files->currentIndex(), 0);
        QVERIFY2(history.statusText().contains(u"damaged"_s), qPrintable(history.statusText()));
        QCOMPARE(history.sessionModel()->rowCount(), 1); // what the damaged file still holds

        loaded.clear();
        emit files->activated(1);
        QCOMPARE(history.databasePath(), fallback);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(history.sessionModel()->rowCount(), 1, Timeout);
        QCOMPARE(history.sessionModel()->sessions().first().info.channelId, u"gamja_tv"_s);
        QCOMPARE(history.sessionModel()->sessions().first().totals.events, 25);
        QCOMPARE(files->currentIndex(), 1);
        QVERIFY(!history.statusText().contains(u"damaged"_s));
    }

    // The settings file holds what a user watched: 0600 from the first write.
    void theSettingsFileIsPrivate()
    {
        QTemporaryDir folder;
        {
            App app(folder.path());
            app.context.settings().addRecentChannel(u"haessal"_s);
            app.context.settings().sync();
        }
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(folder.filePath(u"soopchat.ini"_s)).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), 0600);
    }

    void exportWithoutATabSaysWhy()
    {
        App app(m_folder.path());
        QVERIFY(!app.window.exportCurrentTab());
        QVERIFY(!app.window.statusMessage().isEmpty());
    }

    void theHistoryAndARecordedTabAreRenderedToPictures()
    {
        App app(m_folder.path());
        app.window.resize(1280, 800);
        HistoryWindow *history = app.window.showHistory();
        const HistoryModelTesters testers(*history);
        history->resize(1180, 560);
        QTRY_COMPARE_WITH_TIMEOUT(history->sessionModel()->rowCount(), m_specs.size(), Timeout);
        history->sessionView()->selectRow(1);
        QVERIFY(QTest::qWaitForWindowExposed(history));
        const QString historyPath = testdata::buildDir() + u"/screenshots/history-window.png"_s;
        QDir().mkpath(QFileInfo(historyPath).absolutePath());
        QVERIFY(history->grab().save(historyPath));

        QSignalSpy searched(history, &HistoryWindow::searchFinished);
        history->searchField()->setText(u"치킨"_s);
        QVERIFY(searched.wait(Timeout));
        QVERIFY(history->grab().save(testdata::buildDir() + u"/screenshots/history-search.png"_s));
        history->close();

        RecordedSessionTab *tab = openLoaded(app, m_ids.first());
        QVERIFY(tab);
        tab->statsPanel()->refresh();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        // The progress row has gone: wait for the layout to close the gap.
        const QWidget *header = tab->findChild<QWidget *>(u"recordedHeader"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab->splitter()->geometry().top(), header->geometry().bottom() + 1, Timeout);
        const QString tabPath = testdata::buildDir() + u"/screenshots/recorded-session.png"_s;
        QVERIFY(app.window.grab().save(tabPath));
        QVERIFY(QFileInfo(tabPath).size() > 10'000);
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
