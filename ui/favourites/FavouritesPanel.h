#pragma once

#include <QHash>
#include <QWidget>

#include <optional>

#include "core/channel/LiveWatcher.h"
#include "core/events/ChannelStatus.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace soopchat {

class AppSettings;
class ChatSources;

// The favourites: channels with their live state (live with the broadcast's
// title, offline, or unknown and why), live ones first, kept up to date by a
// LiveWatcher in the background. Channels open in a tab show what their tab
// knows instead of being checked. Double-click or Enter opens one. The list
// is saved in the settings, unless `Persistence::DemoOnly` (a demo's own).
class FavouritesPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Persistence : quint8 { Saved, DemoOnly };

    // `fixedPace`: checks at this pace whatever the settings say (the demo, tests).
    FavouritesPanel(const ChatSources &sources, AppSettings &settings, std::optional<LiveWatcher::Pace> fixedPace,
        Persistence persistence, QWidget *parent = nullptr);

    // The list as the platform wrote each channel down (ChannelTarget::key).
    QStringList channels() const;
    void setChannels(const QStringList &inputs); // replaces the list (the demo's)
    // Adds what the user typed (an id or an address); false and errorText() when it is not a channel.
    bool addChannel(const QString &input);
    bool contains(const QString &key) const;
    void removeChannel(const QString &key);
    QString errorText() const { return m_error; }

    // What the open tabs know.
    struct OpenChannel
    {
        Platform platform = Platform::Soop;
        QString channelId;
        ChannelStatus status;
    };
    void setOpenChannels(const QList<OpenChannel> &open);
    // Re-reads the check interval from the settings.
    void applySettings();

    QSize sizeHint() const override;
    LiveWatcher *watcher() { return &m_watcher; }
    QListWidget *list() const { return m_list; }
    // The key of the row, in the order shown.
    QStringList shownOrder() const;
    // What a row says (its two lines), for tests and the tooltip.
    QString rowText(const QString &key) const;

signals:
    void openRequested(const QString &key);
    void problem(const QString &message); // what was typed is not a channel
    void wentLive(const soopchat::ChannelTarget &target, const soopchat::LiveCheck &check);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        ChannelTarget target;
        LiveCheck check;
        bool open = false;
    };

    void retranslate();
    void rebuild();
    void save();
    void addFromInput();
    void removeSelected();
    void openItem(QListWidgetItem *item);
    void onChecked(const ChannelTarget &target, const LiveCheck &check);
    LiveWatcher::Pace paceFromSettings() const;
    QString lineOf(const Row &row) const;

    const ChatSources &m_sources;
    AppSettings &m_settings;
    Persistence m_persistence;
    std::optional<LiveWatcher::Pace> m_fixedPace;
    LiveWatcher m_watcher;
    QList<Row> m_rows;
    QString m_error;

    QListWidget *m_list;
    QLineEdit *m_input;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace soopchat
