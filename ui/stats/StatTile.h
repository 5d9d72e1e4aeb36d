#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace soopchat {

// One figure of the totals: a large value over a small caption.
class StatTile : public QFrame
{
    Q_OBJECT

public:
    explicit StatTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;
    void setCaption(const QString &caption);
    // An accent for the value (the balloon gold); invalid = the text colour.
    void setAccent(const QColor &accent);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyColors();

    QLabel *m_value;
    QLabel *m_caption;
    QColor m_accent;
};

} // namespace soopchat
