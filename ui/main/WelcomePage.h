#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace soopchat {

// What the window shows with no channel open: what to type, and the recent
// channels one click away.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentChannels(const QStringList &channels);

signals:
    void channelChosen(const QString &input);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_recentTitle;
    QListWidget *m_recent;
};

} // namespace soopchat
