#pragma once

#include <QWidget>

#include "core/channel/ChatSources.h"

class QLabel;
class QListWidget;

namespace soopchat {

// What the window shows with no channel open: what to type, and the recent
// channels one click away.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(const ChatSources &sources, QWidget *parent = nullptr);
    void setRecentChannels(const QStringList &channels);

signals:
    void channelChosen(const QString &input);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const ChatSources &m_sources;
    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_recentTitle;
    QListWidget *m_recent;
};

} // namespace soopchat
