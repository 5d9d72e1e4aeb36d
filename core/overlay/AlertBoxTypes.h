#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace soopchat {

// The on-stream alert box (/alerts/CHANNEL, docs/OVERLAY.md "Alert box") as
// the overlay server sees it: plain data the AlertBox runner (core/alerts)
// hands over, so the overlay needs nothing of the alerts' rules.

// A file of the user's (a tier's image or sound) that the config names. It is
// served at /alerts/files/ID only: the id is random, never the path.
struct AlertBoxFile
{
    QString id; // 32 hex digits
    QString path;
    QByteArray contentType; // decided from the file's first bytes
};

// What one tier (small, medium, large, huge: donationTierName) shows.
struct AlertBoxTierLook
{
    QString tier; // "small" ...
    int seconds = 6;
    QString imageId; // an AlertBoxFile's id, or empty: the built-in image
    QString soundId; // an AlertBoxFile's id, or empty: silent
};

struct AlertBoxSetup
{
    QList<AlertBoxTierLook> tiers;
    QList<AlertBoxFile> files;
};

// One alert for the box's queue.
struct AlertBoxItem
{
    QString alertId; // the Alert's id; the notices name it
    int actionIndex = -1;
    QString tier; // "small" ... "huge": how it looks and how long it stays
    QString text; // the filled template, in its display form
    QByteArray eventJson; // OverlayProtocol::eventJson of the event, or empty
    QString eventType; // eventTypeName, for the accent; may be empty
    int seconds = 0; // 0: the tier's
    QString soundId; // the action's own sound (an AlertBoxFile), else the tier's
    int volume = 80; // 0..100
    bool test = false; // a test alert from the app: no report
};

enum class AlertBoxCommand : quint8 {
    Pause, // the alert on screen ends as usual; the next waits for Resume
    Resume,
    Skip, // the alert on screen ends now
    Replay, // the last alert shown comes again, before the queue
};

// What became of an item, from the overlay's thread.
struct AlertBoxNotice
{
    enum class What : quint8 {
        Queued, // waiting in the box's queue at `position` (0: next)
        Shown, // the first page reported it on screen
        Unseen, // its time ended and no page reported it shown
        NoPage, // no alert box page of the channel is open: not queued (or dropped from the queue)
        QueueFull, // the queue is at its limit: not queued
    };
    QString channel;
    QString alertId;
    int actionIndex = -1;
    What what = What::Queued;
    int position = 0;
};

} // namespace soopchat
