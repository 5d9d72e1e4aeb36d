#pragma once

#include <QLabel>

namespace soopchat {

// A one-line plain-text label that gives way to its layout: at any width it
// shows as much of its text as fits and ends it with "…"; the tooltip holds
// all of it. For headers whose text must never set a window's width.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace soopchat
