#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace soopchat {

class AlertHistory;
class AlertHistoryModel;

// The alert history in the main window (View → Alert History): every action
// of the recent alerts with what became of it, newest first, the reason of a
// failure copied with Ctrl+C or the context menu.
class AlertHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit AlertHistoryView(AlertHistory &history, QWidget *parent = nullptr);

    AlertHistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Copies the selected entry's reason (or, without one, the whole row) to the clipboard.
    void copySelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmpty();
    void fitTimeColumn();

    AlertHistory &m_history;
    AlertHistoryModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QPushButton *m_copy;
    QPushButton *m_clear;
};

} // namespace soopchat
