#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace soopchat {

// A compact ranked list (rank, name, value) drawn in one paint: the top
// donors. A faint bar behind each row shows its value against the first.
// Updating with the same rows repaints nothing.
class RankingList : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString key; // what activated() reports, e.g. the user id
        QString label; // shown elided, plain text
        qint64 value = 0;
        QString toolTip;

        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit RankingList(QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    void setPlaceholder(const QString &text);
    void setAccent(const QColor &accent);
    // The height stays at least this many rows, so the list does not jump
    // while the first entries arrive.
    void setMinimumRows(int rows);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void activated(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    int rowHeight() const;
    int rowAt(const QPoint &pos) const;

    QList<Row> m_rows;
    QString m_placeholder;
    QColor m_accent;
    int m_minimumRows = 3;
    int m_hovered = -1;
};

} // namespace soopchat
