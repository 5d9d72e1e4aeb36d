#include "sim/FloodSession.h"

#include "core/soop/UserFlagBits.h"
#include "sim/PacketBuilder.h"

namespace soopchat::sim {

namespace {

using namespace soop;

constexpr int SequenceDigits = 6;
constexpr QByteArrayView FloodText = " 도배 테스트 채팅 ㅋㅋㅋ";

} // namespace

FloodSession::FloodSession(QByteArrayView streamerId)
{
    m_broadcast.streamerId = streamerId.toByteArray();
    // A handful of senders covering the roles, so role filters see traffic too.
    const quint32 roles[] = {0, Flag1::FanClub, Flag1::Subscriber | Flag1::FanClub, Flag1::TopFan | Flag1::FanClub,
        Flag1::Manager, Flag1::Supporter, 0, Flag1::FanClub};
    for (int i = 0; i < int(std::size(roles)); ++i) {
        Flooder f;
        f.id = "flood0" + QByteArray::number(i + 1);
        f.nickname = "도배봇" + QByteArray::number(i + 1);
        f.flags = QByteArray::number(roles[i] | (1u << 16)) + "|163840";
        f.months = (roles[i] & Flag1::Subscriber) ? "3" : "-1";
        m_flooders.append(f);
    }
}

void FloodSession::generate(QByteArray &out, QList<qsizetype> &ends)
{
    const Flooder &f = m_flooders[qsizetype(m_next % quint64(m_flooders.size()))];
    PacketBuilder p(out, Service::Chat);
    out.append('#');
    char digits[24];
    int n = 0;
    for (quint64 v = m_next; v != 0 || n < SequenceDigits; v /= 10)
        digits[n++] = char('0' + v % 10);
    for (int i = n - 1; i >= 0; --i)
        out.append(digits[i]);
    out.append(FloodText);
    p.endField();
    p.field(f.id).field("0").field("0").field("-1").field(f.nickname).field(f.flags).field(f.months);
    p.field("E07E0A").field("D39750").field("-1").field("-1").empty().field("-1");
    p.finish();
    ends.append(out.size());
    ++m_next;
}

qint64 FloodSession::skip(qint64 count)
{
    m_next += quint64(count);
    return count;
}

QList<QByteArray> FloodSession::userList() const
{
    QByteArray packet;
    PacketBuilder p(packet, Service::UserList);
    p.field("1");
    for (const Flooder &f : m_flooders)
        p.field(f.id).field(f.nickname).field(f.flags);
    p.finish();
    return {packet};
}

std::optional<quint64> FloodSession::sequenceOf(QStringView text)
{
    if (text.size() < 2 || text[0] != u'#')
        return std::nullopt;
    quint64 value = 0;
    qsizetype i = 1;
    for (; i < text.size() && text[i] >= u'0' && text[i] <= u'9'; ++i)
        value = value * 10 + quint64(text[i].unicode() - u'0');
    if (i == 1)
        return std::nullopt;
    return value;
}

} // namespace soopchat::sim
