#include "ui/alerts/AlertHistoryModel.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include "core/alerts/AlertHistory.h"
#include "ui/alerts/AlertActionCard.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

// A dot in the state's colour with its mark, so the state reads without colour too.
QIcon drawStateIcon(AlertReport::State state)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(AlertHistoryModel::stateColour(state));
    painter.drawEllipse(QRectF(2, 2, 28, 28));
    painter.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (state) {
    case AlertReport::State::Sent: // a tick
        painter.drawPolyline(QPolygonF({QPointF(9, 16), QPointF(14, 21), QPointF(23, 11)}));
        break;
    case AlertReport::State::Failed: // a cross
        painter.drawLine(QPointF(10, 10), QPointF(22, 22));
        painter.drawLine(QPointF(22, 10), QPointF(10, 22));
        break;
    case AlertReport::State::Retrying: // a circle's arrow, simplified: a bent line
        painter.drawArc(QRectF(9, 9, 14, 14), 90 * 16, 270 * 16);
        break;
    case AlertReport::State::Skipped: // a dash
        painter.drawLine(QPointF(10, 16), QPointF(22, 16));
        break;
    case AlertReport::State::Queued: // a dot
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(16, 16), 3, 3);
        break;
    }
    painter.end();
    return QIcon(pixmap);
}

} // namespace

AlertHistoryModel::AlertHistoryModel(AlertHistory &history, QObject *parent)
    : QAbstractTableModel(parent), m_history(history), m_count(int(history.entries().size())),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        for (int row = 0; row < m_count; ++row) {
            if (entryAt(row) && entryAt(row)->state == AlertReport::State::Retrying)
                emit dataChanged(index(row, State), index(row, State));
        }
        updateRetryTimer();
    });
    connect(&history, &AlertHistory::added, this, [this] {
        beginInsertRows({}, 0, 0);
        ++m_count;
        endInsertRows();
        updateRetryTimer();
    });
    connect(&history, &AlertHistory::changed, this, [this](int entry) {
        const int row = m_count - 1 - entry;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        updateRetryTimer();
    });
    connect(&history, &AlertHistory::removedFirst, this, [this](int count) {
        count = std::min(count, m_count);
        if (count <= 0)
            return;
        m_leaving = count;
        beginRemoveRows({}, m_count - count, m_count - 1);
        m_count -= count;
        m_leaving = 0;
        endRemoveRows();
    });
    connect(&history, &AlertHistory::cleared, this, [this] {
        beginResetModel();
        m_count = 0;
        endResetModel();
        updateRetryTimer();
    });
    connect(&history, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_count = 0;
        endResetModel();
    });
    updateRetryTimer();
}

void AlertHistoryModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    if (m_count > 0)
        emit dataChanged(index(0, State), index(m_count - 1, State));
}

void AlertHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

void AlertHistoryModel::updateRetryTimer()
{
    bool retrying = false;
    for (int row = 0; row < m_count && !retrying; ++row)
        retrying = entryAt(row) && entryAt(row)->state == AlertReport::State::Retrying;
    if (retrying && !m_retryTimer.isActive())
        m_retryTimer.start();
    else if (!retrying)
        m_retryTimer.stop();
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AlertReport &AlertHistoryModel::report(int row) const
{
    return m_history.entries().at(historyRow(row));
}

const AlertReport *AlertHistoryModel::entryAt(int row) const
{
    const int at = historyRow(row);
    return row >= 0 && row < m_count && at >= 0 && at < m_history.entries().size() ? &m_history.entries()[at] : nullptr;
}

QColor AlertHistoryModel::stateColour(AlertReport::State state)
{
    switch (state) {
    case AlertReport::State::Sent:
        return QColor(0x2e7d32);
    case AlertReport::State::Failed:
        return QColor(0xd32f2f);
    case AlertReport::State::Retrying:
        return QColor(0xef6c00);
    case AlertReport::State::Skipped:
        return QColor(0x757575);
    case AlertReport::State::Queued:
        return QColor(0x1976d2);
    }
    return {};
}

QString AlertHistoryModel::stateText(const AlertReport &report) const
{
    switch (report.state) {
    case AlertReport::State::Queued:
        return tr("Waiting"); // ko: 대기 중
    case AlertReport::State::Sent:
        return report.attempt > 1 ? tr("Sent (attempt %1)").arg(report.attempt) // ko: 보냄 (%1번째 시도)
                                  : tr("Sent"); // ko: 보냄
    case AlertReport::State::Retrying: {
        const qint64 leftMs = report.atMs + report.retryInMs - m_clock();
        const qint64 seconds = std::max<qint64>(0, (leftMs + 999) / 1000);
        const QString reason = report.reason.isEmpty() ? QString() : u" — "_s + report.reason;
        if (seconds == 0)
            return tr("Retrying now") + reason; // ko: 지금 다시 시도
        return tr("Retrying in %1 s").arg(seconds) + reason; // ko: %1초 뒤 다시 시도
    }
    case AlertReport::State::Failed:
        return report.reason.isEmpty() ? tr("Failed") // ko: 실패
                                       : tr("Failed: %1").arg(report.reason); // ko: 실패: %1
    case AlertReport::State::Skipped:
        return report.reason.isEmpty() ? tr("Skipped") // ko: 건너뜀
                                       : tr("Skipped: %1").arg(report.reason); // ko: 건너뜀: %1
    }
    return {};
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    const AlertReport *found = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!found)
        return {};
    const AlertReport &entry = *found;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.atMs).time(), u"HH:mm:ss"_s);
        case Rule:
            return entry.ruleName;
        case Action:
            return entry.actionIndex < 0 ? tr("Whole alert") // ko: 알림 전체
                                         : AlertActionCard::kindLabel(entry.kind);
        case Target:
            return entry.targetName;
        case State:
            return stateText(entry);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == State) {
            auto it = m_icons.find(int(entry.state));
            if (it == m_icons.end())
                it = m_icons.insert(int(entry.state), drawStateIcon(entry.state));
            return *it;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == State)
            return stateColour(entry.state);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.atMs), QLocale::LongFormat);
        return stateText(entry);
    case StateRole:
        return int(entry.state);
    case ReasonRole:
        return entry.reason;
    default:
        break;
    }
    return {};
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time"); // ko: 시간
    case Rule:
        return tr("Rule"); // ko: 규칙
    case Action:
        return tr("Action"); // ko: 동작
    case Target:
        return tr("Target"); // ko: 대상
    case State:
        return tr("State"); // ko: 상태
    }
    return {};
}

} // namespace soopchat
