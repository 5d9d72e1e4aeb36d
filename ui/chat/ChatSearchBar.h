#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace soopchat {

// The Ctrl+F bar of the chat list: a query in EventFilter syntax
// (`from:nickname`, `type:balloon`, words), applied a moment after typing
// stops, with an inline error for an unknown type.
class ChatSearchBar : public QWidget
{
    Q_OBJECT

public:
    explicit ChatSearchBar(QWidget *parent = nullptr);

    QString query() const;
    void setQuery(const QString &query); // applies at once
    void setError(const QString &error); // empty hides it
    QString error() const;
    QLineEdit *field() const { return m_field; }

    void focusField();

signals:
    void queryChanged(const QString &query);
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_field;
    QLabel *m_error;
    QToolButton *m_close;
    QTimer m_debounce;
};

} // namespace soopchat
