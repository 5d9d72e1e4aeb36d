#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include "core/alerts/AlertActionRunner.h"
#include "core/overlay/AlertBoxTypes.h"

namespace soopchat {

class OverlayServer;

// The on-stream alert box (AlertAction::Kind::AlertBox): hands each alert to
// the overlay server's box for its channel (/alerts/CHANNEL, docs/OVERLAY.md
// "Alert box"), which shows one at a time, in order, on every open page.
//
// Reports: Queued when handed over; Sent once a page reports it on screen;
// Skipped when no alert box page of the channel is open (the alert is not
// kept for later) or the queue is full; Failed when its time ended with
// pages open but none showed it. A test alert (testAlert) is not reported.
//
// configure() serves the tier images and sounds the config names (and the
// AlertBox actions' own sounds) under random ids; a file that is missing, too
// big or not an image / a sound is not served, its tier shows the built-in
// image (or stays silent), and problems() says so.
//
// Lives on the thread of the OverlayServer it is given (the GUI's).
class AlertBoxRunner : public AlertActionRunner
{
    Q_OBJECT

public:
    explicit AlertBoxRunner(OverlayServer *server, QObject *parent = nullptr);

    AlertAction::Kind kind() const override { return AlertAction::Kind::AlertBox; }
    void run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text) override;
    void configure(const AlertConfig &config) override;

    // The settings page's buttons. `channel`: a channel id; empty: every
    // channel's box (not for replay and test, which name one).
    void pause(const QString &channel = {});
    void resume(const QString &channel = {});
    void skip(const QString &channel = {});
    void replay(const QString &channel);
    // A made-up star balloon gift of the tier's size, queued like any alert.
    void testAlert(const QString &channel, DonationTier tier = DonationTier::Medium);

    // The page to add to OBS; empty while the overlay server is off.
    QUrl pageUrl(const QString &channel) const;

    // Why files the config names are not used, for the user (empty: all well).
    QStringList problems() const { return m_problems; }

    // The setup last handed to the server (for tests).
    const AlertBoxSetup &setup() const { return m_setup; }

signals:
    void problemsChanged(const QStringList &problems);

private:
    struct Pending
    {
        QString ruleId;
        QString ruleName;
    };
    enum class Use : quint8 { Image, Sound };

    void onNotice(const AlertBoxNotice &notice);
    void report(const QString &alertId, int actionIndex, const Pending &pending, AlertReport::State state,
        const QString &reason);
    // The file's id, or empty (and a problem noted) when it cannot be used.
    QString fileId(const QString &path, Use use, const QString &fallback);

    QPointer<OverlayServer> m_server;
    AlertBoxSetup m_setup;
    QHash<QString, QString> m_ids; // path -> id, kept so a page's URLs stay valid
    QHash<QString, QString> m_actionSounds; // an AlertBox action's sound path -> id
    QStringList m_problems;
    QHash<QString, Pending> m_pending; // by alertId + '/' + actionIndex
};

} // namespace soopchat
