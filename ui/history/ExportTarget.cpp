#include "ui/history/ExportTarget.h"

#include <QStringList>

#include "core/store/SessionWriter.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatView.h"
#include "ui/history/RecordedSessionTab.h"

namespace soopchat {

using namespace Qt::StringLiterals;

std::optional<ExportTarget> ExportTarget::ofTab(QWidget *tab, QString *why)
{
    if (auto *recorded = qobject_cast<RecordedSessionTab *>(tab)) {
        ExportTarget target;
        target.databasePath = recorded->databasePath();
        target.session = recorded->session();
        target.filter = recorded->chatView()->proxy()->filter();
        return target;
    }
    if (why)
        *why = tr("Open a channel or a recorded session first.");
    return std::nullopt;
}

std::optional<ExportTarget> ExportTarget::ofLiveRecording(
    SessionWriter *writer, const QString &channelId, const EventFilter &filter, QString *why)
{
    if (!writer) {
        if (why)
            *why = tr("Recording is off, so this tab has nothing to export. Turn it on in Settings.");
        return std::nullopt;
    }
    if (writer->sessionId() <= 0) {
        if (why)
            *why = tr("Nothing has been recorded in this tab yet: recording starts when the broadcast does.");
        return std::nullopt;
    }
    // Commits what the writer still holds, so that the export (a moment
    // later, after the dialog) includes the last few hundred milliseconds.
    writer->flush();
    ExportTarget target;
    target.databasePath = writer->path();
    target.session.id = writer->sessionId();
    target.session.info.channelId = channelId;
    target.filter = filter;
    return target;
}

QString ExportTarget::describe(const EventFilter &filter)
{
    static const struct
    {
        EventFilter::Category category;
        const char *name;
    } names[] = {
        {EventFilter::Category::Chat, QT_TRANSLATE_NOOP("ExportTarget", "Chat")},
        {EventFilter::Category::Donations, QT_TRANSLATE_NOOP("ExportTarget", "Donations")},
        {EventFilter::Category::Subscriptions, QT_TRANSLATE_NOOP("ExportTarget", "Subscriptions")},
        {EventFilter::Category::EnterLeave, QT_TRANSLATE_NOOP("ExportTarget", "Enter/leave")},
        {EventFilter::Category::System, QT_TRANSLATE_NOOP("ExportTarget", "System")},
    };
    QStringList shown;
    for (const auto &n : names) {
        if (filter.categories().testFlag(n.category))
            shown.append(tr(n.name));
    }
    QString text = shown.isEmpty() ? tr("no category") : shown.join(u", "_s);
    if (!filter.query().trimmed().isEmpty())
        text += u" · “"_s + filter.query().trimmed() + u"”"_s;
    return text;
}

} // namespace soopchat
