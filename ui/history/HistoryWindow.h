#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

#include "core/store/RecordingFiles.h"
#include "core/store/SessionInfo.h"
#include "core/store/StoreError.h"
#include "core/store/StoredEvent.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace soopchat {

class SearchHitModel;
class SessionListModel;
class StoreThread;

// The past sessions of a recording database: a sortable table with each
// session's totals, and a search field that finds any piece of a message
// across every session (the store's full-text index, Korean included).
// Opening a session or a search hit asks the main window to show it in a
// tab (openRequested); nothing here touches the disk on the GUI thread.
//
// Every recording file of the database is offered (RecordingFiles): the
// main one, the fallback file recorded into while the main one could not be
// written, and a damaged one, marked as such, whose readable part is still
// listed, opened and exported.
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchLimit = 500;

    explicit HistoryWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    // The file shown (one of recordingFiles()); the main one at first.
    QString databasePath() const;
    const QList<RecordingFiles::File> &recordingFiles() const { return m_files; }
    QComboBox *fileChooser() const { return m_fileBox; }
    // Shows the sessions of another recording file of the same database.
    void showFile(const QString &path);
    QLineEdit *searchField() const { return m_search; }
    QTableView *sessionView() const { return m_sessionView; }
    QTableView *hitView() const { return m_hitView; }
    SessionListModel *sessionModel() const { return m_sessions; }
    SearchHitModel *hitModel() const { return m_hits; }
    bool isShowingHits() const;
    QString statusText() const;
    // The selected session's broadcast day added up (BroadcastDays); empty when none is selected.
    QString dayTotalText() const;

public slots:
    // Reads the session list again (new sessions, growing totals).
    void refresh();
    // Searches at once, without waiting for the typing pause.
    void search(const QString &text);
    // Opens the selected session, or the selected search hit at its moment.
    void openSelected();
    void exportSelected();

signals:
    // `atSeq` > 0: show the session at that event (a search hit).
    void openRequested(const soopchat::SessionSummary &session, qint64 atSeq);
    void sessionsLoaded();
    void searchFinished();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void onSessions(
        const QList<SessionSummary> &sessions, const StoreError &error, const QList<RecordingFiles::File> &files);
    void updateFiles();
    void onHits(int generation, const QString &text, const QList<SearchHit> &hits, const StoreError &error);
    void updateState();
    void updateButtons();
    std::optional<SessionSummary> selectedSession(qint64 *atSeq = nullptr) const;

    QString m_mainPath;
    QList<RecordingFiles::File> m_files;
    StoreThread *m_store;
    SessionListModel *m_sessions;
    SearchHitModel *m_hits;
    QSortFilterProxyModel *m_sessionProxy;
    QSortFilterProxyModel *m_hitProxy;
    QLabel *m_title;
    QLabel *m_subtitle;
    QComboBox *m_fileBox;
    QLineEdit *m_search;
    QToolButton *m_refresh;
    QLabel *m_resultTitle;
    QStackedWidget *m_pages;
    QTableView *m_sessionView;
    QTableView *m_hitView;
    QLabel *m_empty;
    QLabel *m_status;
    QLabel *m_dayTotal;
    QPushButton *m_exportButton;
    QPushButton *m_openButton;
    QTimer m_searchDelay;

    StoreError m_loadError;
    bool m_loaded = false;
    int m_searchGeneration = 0;
    int m_fileGeneration = 0; // answers of a file no longer shown are dropped
    QString m_shownQuery; // the query m_hits answers
    StoreError m_searchError;
};

} // namespace soopchat
