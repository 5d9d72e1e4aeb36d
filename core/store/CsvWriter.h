#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

#include "core/store/StoredEvent.h"

namespace soopchat {

// The CSV export format (docs/EXPORT.md): RFC 4180 with CRLF line ends,
// UTF-8 with a byte order mark so that Excel (Korean Windows included) reads
// it as UTF-8, and a fixed set of columns.
class CsvWriter
{
public:
    // Text that came from users may start a formula in a spreadsheet; such
    // cells get a leading apostrophe. Our own numbers and names never do.
    enum class Cell : quint8 { Trusted, FromUser };

    static constexpr QLatin1StringView Bom {"\xEF\xBB\xBF", 3};

    // The header line, CRLF included.
    static QByteArray header();
    // One cell, quoted when it has to be.
    static void appendCell(QByteArray &out, QStringView value, Cell cell);

    // "2026-11-22T12:00:01.250Z" (the EVENTS.md form) and the same instant as
    // "2026-11-22 21:00:01.250" in the local time zone.
    static void appendUtcTime(QByteArray &out, qint64 msSinceEpoch);
    void appendLocalTime(QByteArray &out, qint64 msSinceEpoch);

    // One event as a line, CRLF included.
    void appendRow(QByteArray &out, const StoredEvent &event);
    // The platform of the session the rows belong to ("soop", "chzzk"): the `platform` column.
    void setPlatform(const QString &platform) { m_platform = platform.toUtf8(); }

private:
    static void appendEnteringUsers(QByteArray &out, const StoredEvent &event);

    qint64 m_offsetQuarter = -1; // the quarter hour m_offsetSeconds was looked up for
    int m_offsetSeconds = 0;
    QByteArray m_platform;
};

} // namespace soopchat
