#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "core/events/EventFilter.h"
#include "core/store/SessionInfo.h"

class QWidget;

namespace soopchat {

// What File → Export… exports: a session of a recording database and, when
// the tab has one, the filter its chat list applies.
struct ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ExportTarget)

public:
    QString databasePath;
    SessionSummary session; // id always set; the rest may arrive later (a live tab)
    std::optional<EventFilter> filter;

    // The target of a tab of the main window (a live ChannelTab or a
    // RecordedSessionTab); none, with *why set, when the tab has nothing
    // recorded (recording is off, or the broadcast has not started).
    static std::optional<ExportTarget> ofTab(QWidget *tab, QString *why);
    // "Chat, Donations · “치킨”": the filter in words.
    static QString describe(const EventFilter &filter);
};

} // namespace soopchat
