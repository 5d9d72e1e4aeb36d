// From a live broadcast to its history, through the real window and the
// simulator: a channel is recorded while its tab is open; File → Export…
// exports the session being recorded; after the tab closes, the history
// lists the session with what the tab heard, finds a message it heard, and
// opens it read-only at that message.
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "AppTestOptions.h"
#include "core/events/EventFilter.h"
#include "core/store/SessionWriter.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "support/TestData.h"
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

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr int Timeout = 30'000;

struct App
{
    App(const sim::SoopSimulator &simulator, const QString &folder)
        : context(apptest::options(folder, simulator.apiBase())), window(context)
    {
        window.resize(1100, 700);
        window.show();
    }

    AppContext context;
    MainWindow window;
};

} // namespace

class TestHistoryApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_simulator.start()); }

    void aRecordedBroadcastIsExportedListedFoundAndOpened()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        m_simulator.channel(u"history_bj"_s)->setRate(400);
        ChannelTab *live = app.window.openChannel(u"history_bj"_s);
        QVERIFY(live && live->recordingWriter());
        qint64 heard = 0;
        QStringList texts;
        connect(live->pipeline(), &ChannelPipeline::eventsReceived, this, [&](const EventBatch &events) {
            for (const EventPtr &e : events) {
                heard += SessionWriter::isRecorded(e->type) ? 1 : 0;
                if (e->type == EventType::Chat && e->text && e->text->size() >= 8)
                    texts.append(*e->text);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(live->recordingWriter()->eventsWritten() > 300, Timeout);

        // The live tab exports the session it is recording.
        QTemporaryDir out;
        ExportDialog *dialog = app.window.exportCurrentTab();
        QVERIFY(dialog);
        QVERIFY2(dialog->suggestedFileName().startsWith(u"history_bj-"_s), qPrintable(dialog->suggestedFileName()));
        dialog->setFormat(ExportFormat::Jsonl);
        dialog->setOutputPath(out.filePath(u"live.jsonl"_s));
        QSignalSpy exported(dialog, &ExportDialog::exportFinished);
        dialog->accept();
        QVERIFY(exported.wait(Timeout));
        const ExportResult result = exported.first().first().value<ExportResult>();
        QCOMPARE(result.status, ExportResult::Status::Done);
        QVERIFY(result.rows > 300);

        // Calm the room, wait until the writer has everything the tab heard,
        // and close the tab: that ends the session.
        m_simulator.channel(u"history_bj"_s)->setRate(1);
        QVERIFY(!texts.isEmpty());
        const QString said = texts.at(texts.size() / 2);
        SessionWriter *writer = live->recordingWriter();
        QTRY_COMPARE_WITH_TIMEOUT(writer->eventsWritten() + writer->droppedEvents(), heard, Timeout);
        const qint64 recorded = writer->eventsWritten();
        app.window.closeTab(app.window.tabWidget()->indexOf(live));

        HistoryWindow *history = app.window.showHistory();
        QTRY_COMPARE_WITH_TIMEOUT(history->sessionModel()->rowCount(), 1, Timeout);
        const SessionSummary session = history->sessionModel()->sessionAt(0);
        QCOMPARE(session.info.channelId, u"history_bj"_s);
        // At one event a second, one more may have arrived while closing.
        QVERIFY2(session.totals.events >= recorded && session.totals.events <= recorded + 2,
            qPrintable(u"%1 recorded, %2 in the session"_s.arg(recorded).arg(session.totals.events)));
        QVERIFY(session.endedAtMs > 0);

        QSignalSpy searched(history, &HistoryWindow::searchFinished);
        history->search(said);
        QVERIFY(searched.wait(Timeout));
        QVERIFY(history->hitModel()->rowCount() >= 1);
        history->hitView()->selectRow(0);
        history->openSelected();
        auto *tab = qobject_cast<RecordedSessionTab *>(app.window.tabWidget()->currentWidget());
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->isLoaded(), Timeout);
        QCOMPARE(tab->loadedEvents(), session.totals.events);
        const QModelIndex current = tab->chatView()->listView()->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY(current.data(ChatListModel::TextRole).toString().contains(said));
        m_simulator.channel(u"history_bj"_s)->setRate(20);
    }

private:
    sim::SoopSimulator m_simulator;
};

QTEST_MAIN(TestHistoryApp)
#include "tst_historyapp.moc"
