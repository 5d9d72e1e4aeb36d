#include "core/store/CsvWriter.h"

#include <QDateTime>

#include <chrono>

#include "core/events/Donation.h"
#include "core/events/DonationPrice.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

void appendDigits(QByteArray &out, qint64 value, int width)
{
    char buffer[20];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

// yyyy-MM-dd?HH:mm:ss.zzz without QDateTime: an export formats a million of
// these and the calendar arithmetic is all it needs.
void appendDateTime(QByteArray &out, qint64 ms, char separator)
{
    using namespace std::chrono;
    const qint64 days = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
    const qint64 msOfDay = ms - days * 86'400'000;
    const year_month_day date {sys_days {std::chrono::days {days}}};
    appendDigits(out, int(date.year()), 4);
    out.append('-');
    appendDigits(out, unsigned(date.month()), 2);
    out.append('-');
    appendDigits(out, unsigned(date.day()), 2);
    out.append(separator);
    appendDigits(out, msOfDay / 3'600'000, 2);
    out.append(':');
    appendDigits(out, msOfDay / 60'000 % 60, 2);
    out.append(':');
    appendDigits(out, msOfDay / 1000 % 60, 2);
    out.append('.');
    appendDigits(out, msOfDay % 1000, 3);
}

QString rolesText(Roles roles)
{
    QString text;
    for (Role role : AllRoles) {
        if (!roles.testFlag(role))
            continue;
        if (!text.isEmpty())
            text += u' ';
        text += roleName(role);
    }
    return text;
}

// =, +, -, @ start a formula in Excel, LibreOffice and Google Sheets, and a
// leading tab or CR can hide one; an apostrophe makes such a cell plain text.
// What a formula can do harm with is a function call or a link to another
// program or sheet, so a chat that starts with +, -, @ (a mention:
// "@닉네임 안녕", common) and has none of "(", "|" or "!" is left as typed.
// Anything that starts with = is marked.
bool couldBeFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    if (first == u'=' || first == u'\t' || first == u'\r')
        return true;
    if (first != u'+' && first != u'-' && first != u'@')
        return false;
    return std::any_of(value.begin(), value.end(), [](QChar c) { return c == u'(' || c == u'|' || c == u'!'; });
}

} // namespace

QByteArray CsvWriter::header()
{
    return "session_id,seq,received_at_utc,local_time,type,user_id,nickname,roles,text,count,platform,won\r\n"_ba;
}

void CsvWriter::appendCell(QByteArray &out, QStringView value, Cell cell)
{
    const bool formula = cell == Cell::FromUser && couldBeFormula(value);
    const bool quote = formula || std::any_of(value.begin(), value.end(), [](QChar c) {
        return c == u',' || c == u'"' || c == u'\n' || c == u'\r';
    });
    if (!quote) {
        out.append(value.toUtf8());
        return;
    }
    out.append('"');
    if (formula)
        out.append('\'');
    QByteArray utf8 = value.toUtf8();
    utf8.replace("\"", "\"\"");
    out.append(utf8);
    out.append('"');
}

void CsvWriter::appendUtcTime(QByteArray &out, qint64 msSinceEpoch)
{
    appendDateTime(out, msSinceEpoch, 'T');
    out.append('Z');
}

void CsvWriter::appendLocalTime(QByteArray &out, qint64 msSinceEpoch)
{
    // Zone offsets change on quarter-hour boundaries at the finest (DST,
    // legislation), so one lookup per quarter hour of events is enough.
    const qint64 quarter = msSinceEpoch / 900'000;
    if (quarter != m_offsetQuarter) {
        m_offsetQuarter = quarter;
        m_offsetSeconds = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).offsetFromUtc();
    }
    appendDateTime(out, msSinceEpoch + qint64(m_offsetSeconds) * 1000, ' ');
}

void CsvWriter::appendRow(QByteArray &out, const StoredEvent &e)
{
    out.append(QByteArray::number(e.sessionId));
    out.append(',');
    out.append(QByteArray::number(e.seq));
    out.append(',');
    appendUtcTime(out, e.receivedAtMs);
    out.append(',');
    appendLocalTime(out, e.receivedAtMs);
    out.append(',');
    out.append(eventTypeName(e.type));
    out.append(',');
    if (e.type == EventType::UserEnter && e.userId.isEmpty()) {
        appendEnteringUsers(out, e);
    } else {
        appendCell(out, e.userId, Cell::FromUser);
        out.append(',');
        appendCell(out, e.nickname, Cell::FromUser);
        out.append(',');
        appendCell(out, rolesText(e.roles), Cell::Trusted);
        out.append(',');
        appendCell(out, e.text, Cell::FromUser);
        out.append(',');
        if (e.count)
            out.append(QByteArray::number(*e.count));
    }
    // The two columns after the first ten: the session's platform, and a
    // donation's value in won where its unit has a price (DonationPrice).
    out.append(',');
    out.append(m_platform);
    out.append(',');
    if (const std::optional<Donation> donation = donationOf(e.type, e.count)) {
        if (const std::optional<qint64> won = wonFor(donation->unit, donation->amount))
            out.append(QByteArray::number(*won));
    }
    out.append("\r\n");
}

// A user_enter names its viewers in a list (one, or a room's worth when
// joining): one viewer fills the user columns as any event does; several
// are listed, ids space-separated and nicknames comma-separated, with their
// number in `count`.
void CsvWriter::appendEnteringUsers(QByteArray &out, const StoredEvent &e)
{
    const EventPtr event = e.toEvent();
    const QList<ChatUser> users = event ? event->details().users : QList<ChatUser>();
    QStringList ids;
    QStringList nicknames;
    for (const ChatUser &user : users) {
        ids.append(user.id);
        nicknames.append(user.nickname);
    }
    appendCell(out, ids.join(u' '), Cell::FromUser);
    out.append(',');
    appendCell(out, nicknames.join(u", "_s), Cell::FromUser);
    out.append(',');
    if (users.size() == 1 && users.first().flags)
        appendCell(out, rolesText(users.first().flags->roles), Cell::Trusted);
    out.append(',');
    out.append(',');
    if (!users.isEmpty())
        out.append(QByteArray::number(users.size()));
}

} // namespace soopchat
