#include "ui/alerts/AlertHistoryView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTime>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/alerts/AlertHistory.h"
#include "ui/alerts/AlertHistoryModel.h"

namespace soopchat {

using namespace Qt::StringLiterals;

AlertHistoryView::AlertHistoryView(AlertHistory &history, QWidget *parent)
    : QWidget(parent), m_history(history), m_model(new AlertHistoryModel(history, this)), m_view(new QTreeView(this)),
      m_empty(new QLabel(this)), m_copy(new QPushButton(this)), m_clear(new QPushButton(this))
{
    setObjectName(u"alertHistory"_s);
    m_view->setObjectName(u"alertHistoryView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    fitTimeColumn();
    header->resizeSection(AlertHistoryModel::Rule, 140);
    header->resizeSection(AlertHistoryModel::Action, 130);
    header->resizeSection(AlertHistoryModel::Target, 110);

    m_empty->setObjectName(u"alertHistoryEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_copy->setObjectName(u"copyAlertReason"_s);
    m_clear->setObjectName(u"clearAlertHistory"_s);

    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &AlertHistoryView::copySelected);
    addAction(copyAction);
    connect(m_copy, &QPushButton::clicked, this, &AlertHistoryView::copySelected);
    connect(m_clear, &QPushButton::clicked, &m_history, &AlertHistory::clear);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_copy->text(), this, &AlertHistoryView::copySelected);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlertHistoryView::updateEmpty);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AlertHistoryView::updateEmpty);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertHistoryView::updateEmpty);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertHistoryView::updateEmpty);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_empty, 1);
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    retranslate();
    updateEmpty();
}

void AlertHistoryView::retranslate()
{
    // ko: 아직 알림이 없습니다. 규칙이 울리면 여기에 보낸 결과가 나옵니다.
    m_empty->setText(tr("No alerts yet. When a rule fires, what became of each action shows here."));
    m_copy->setText(tr("Copy Reason")); // ko: 이유 복사
    m_copy->setToolTip(tr(
        "Copies why the selected alert failed or was skipped")); // ko: 고른 알림이 실패하거나 건너뛴 이유를 복사합니다
    m_clear->setText(tr("Clear")); // ko: 지우기
    m_model->retranslate();
}

void AlertHistoryView::updateEmpty()
{
    m_empty->setVisible(m_model->rowCount() == 0);
    m_copy->setEnabled(m_view->currentIndex().isValid());
    m_clear->setEnabled(m_model->rowCount() > 0);
}

void AlertHistoryView::copySelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    QString text = m_model->index(row, 0).data(AlertHistoryModel::ReasonRole).toString();
    if (text.isEmpty()) {
        QStringList cells;
        for (int column = 0; column < AlertHistoryModel::ColumnCount; ++column)
            cells.append(m_model->index(row, column).data().toString());
        text = cells.join(u'\t');
    }
    QGuiApplication::clipboard()->setText(text);
}

void AlertHistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitTimeColumn();
}

// Every time is HH:mm:ss, so the column's width follows from the font. Not
// ResizeToContents: that measures up to a thousand rows again after each new
// entry, which in a busy room cost the GUI thread a third of a core while the
// dock was not even shown.
void AlertHistoryView::fitTimeColumn()
{
    const QFontMetrics metrics(m_view->font());
    int widest = 0;
    for (const QString &sample : {u"88:88:88"_s, u"00:00:00"_s, QLocale().toString(QTime(23, 59, 59), u"HH:mm:ss"_s)})
        widest = std::max(widest, metrics.horizontalAdvance(sample));
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    QHeaderView *header = m_view->header();
    header->resizeSection(AlertHistoryModel::Time,
        std::max(
            header->sectionSizeHint(AlertHistoryModel::Time), widest + 2 * margin + 2 * metrics.averageCharWidth()));
}

} // namespace soopchat
