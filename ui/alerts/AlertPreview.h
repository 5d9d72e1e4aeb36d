#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/alerts/Alert.h"
#include "core/events/EventType.h"

namespace soopchat {

// The live preview of an action's text in Settings → Alerts: the template
// filled in for a made-up event of the rule's first kind (a donation of 1,000
// star balloons when the rule names none), in the UI's language.
class AlertPreview
{
    Q_DECLARE_TR_FUNCTIONS(AlertPreview)

public:
    // "{nickname}", "{count}", ... in the order the insert buttons show them.
    static QStringList placeholders();
    // What a placeholder stands for, for the insert button's tooltip.
    static QString placeholderHelp(const QString &placeholder);
    // The made-up event's fields for `kind`, in the UI's language.
    static AlertFields sampleFields(EventType kind);
    // `text` with every known placeholder replaced; unknown ones stay as written.
    static QString fill(const QString &text, const AlertFields &fields);
    // What an action with an empty text says: the nickname and the event's
    // usual wording (EventWords) where it has one.
    static QString usualText(EventType kind, const AlertFields &fields);
    // The preview line: the text filled in (or the usual text), in its display form.
    static QString preview(const QString &text, EventType kind);
};

} // namespace soopchat
