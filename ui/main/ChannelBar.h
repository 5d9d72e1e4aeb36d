#pragma once

#include <QWidget>

#include "core/channel/ChatSources.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace soopchat {

// Where a channel is entered: a streamer id or an address of any platform the
// app opens (ChatSources says which, and what to type for each), with the
// recent channels one click away. A wrong entry is explained in place.
class ChannelBar : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelBar(const ChatSources &sources, QWidget *parent = nullptr);

    void setRecentChannels(const QStringList &channels);
    QString text() const;
    void setText(const QString &text);
    QString errorText() const;
    void focusInput();

signals:
    // `input` is what was typed, to remember and restore.
    void openRequested(const soopchat::ChannelTarget &target, const QString &input);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void showError(const QString &message);
    void retranslate();

    const ChatSources &m_sources;
    QComboBox *m_input;
    QPushButton *m_open;
    QLabel *m_error;
};

} // namespace soopchat
