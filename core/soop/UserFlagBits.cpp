#include "core/soop/UserFlagBits.h"

namespace soopchat::soop {

namespace {

// The value, or -1 when the text is not an unsigned 32-bit number. (Not an
// optional: GCC builds a small optional in memory and reads it back whole,
// a stall on every call.)
qint64 parseUnsigned(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 10)
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value <= 0xffffffff ? value : -1;
}

} // namespace

Roles rolesFromFlag1(quint32 flag1)
{
    Roles roles;
    if (flag1 & Flag1::Admin)
        roles |= Role::Operator;
    if (flag1 & Flag1::Host)
        roles |= Role::Host;
    if (flag1 & (Flag1::Manager | Flag1::FixedManager))
        roles |= Role::Manager;
    if (flag1 & Flag1::TopFan)
        roles |= Role::TopFan;
    if (flag1 & Flag1::FanClub)
        roles |= Role::FanClub;
    if (flag1 & Flag1::Subscriber)
        roles |= Role::Subscriber;
    if (flag1 & Flag1::Supporter)
        roles |= Role::Supporter;
    return roles;
}

Roles freezeAllowedRoles(qint64 mask)
{
    Roles roles;
    if (mask & 16)
        roles |= Role::Host;
    if (mask & 32)
        roles |= Role::FanClub;
    if (mask & 64)
        roles |= Role::Supporter;
    if (mask & 128)
        roles |= Role::TopFan;
    if (mask & 256)
        roles |= Role::Subscriber;
    if (mask & 512)
        roles |= Role::Manager;
    return roles;
}

UserFlags makeFlags(quint32 flag1, quint32 flag2)
{
    return {flag1, flag2, rolesFromFlag1(flag1)};
}

std::optional<UserFlags> parseFlags(QByteArrayView text)
{
    const qsizetype bar = text.indexOf('|');
    const qint64 flag1 = parseUnsigned(bar < 0 ? text : text.first(bar));
    const qint64 flag2 = bar < 0 ? 0 : parseUnsigned(text.sliced(bar + 1));
    if (flag1 < 0 || flag2 < 0)
        return std::nullopt;
    return makeFlags(quint32(flag1), quint32(flag2));
}

QByteArrayView stripIdSuffix(QByteArrayView id)
{
    if (id.size() < 4 || !id.endsWith(')'))
        return id;
    qsizetype i = id.size() - 2;
    while (i > 0 && id[i] >= '0' && id[i] <= '9')
        --i;
    if (id[i] != '(' || i == id.size() - 2 || i == 0)
        return id;
    return id.first(i);
}

} // namespace soopchat::soop
