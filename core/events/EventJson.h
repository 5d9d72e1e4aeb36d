#pragma once

#include <QByteArray>
#include <QString>

#include "core/events/ChatEvent.h"

namespace soopchat {

// The JSON form of an event as docs/EVENTS.md specifies: one compact object,
// keys in snake_case, absent values left out. `received_at` (ISO 8601, UTC,
// milliseconds) is added when the event carries a receive time.
namespace EventJson {

void append(QByteArray &out, const ChatEvent &event);
QByteArray toJson(const ChatEvent &event);

// Reads an object written by append() back into an event. Returns null and
// sets *error when the text is not an event object.
EventPtr fromJson(QByteArrayView json, QString *error = nullptr);

// Whether a line is in today's form (written by append() since events became
// platform-neutral) rather than the older SOOP-only form that fromJson()
// still reads. Looks only at the line's start, where append() puts "platform".
bool isCurrentForm(QByteArrayView json);

QString formatTimestamp(qint64 msSinceEpoch);
qint64 parseTimestamp(QStringView iso); // 0 when not a timestamp

} // namespace EventJson

} // namespace soopchat
