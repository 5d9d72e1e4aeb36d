#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "core/events/EventFilter.h"
#include "core/store/SessionInfo.h"

class QWidget;

namespace soopchat {

class SessionWriter;

// What File → Export… exports: a session of a recording database and, when
// the tab has one, the filter its chat list applies.
struct ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ExportTarget)

public:
    QString databasePath;
    SessionSummary session; // id always set; the rest may arrive later (a live tab)
    std::optional<EventFilter> filter;

    // The target of a RecordedSessionTab; none, with *why set, for any other
    // widget. The main window asks its live tabs with ofLiveRecording().
    static std::optional<ExportTarget> ofTab(QWidget *tab, QString *why);
    // What a live tab has recorded so far; none, with *why set, when nothing
    // is (recording is off: no writer, or the broadcast has not started).
    static std::optional<ExportTarget> ofLiveRecording(
        SessionWriter *writer, const QString &channelId, const EventFilter &filter, QString *why);
    // "Chat, Donations · “치킨”": the filter in words.
    static QString describe(const EventFilter &filter);
};

} // namespace soopchat
