#include "sim/UserPool.h"

#include <QSet>

#include "core/soop/UserFlagBits.h"

namespace soopchat::sim {

namespace {

using namespace soop;

// flag1 bits without a role (§8.1) that real users carry.
constexpr quint32 Female = 1u << 9;
constexpr quint32 Mobile = 1u << 14;
constexpr quint32 RealName = 1u << 16;
constexpr quint32 QuickView = 1u << 19;
// flag2: bits 15+17 on every 2024 capture, 15 alone in 2026; tiers 1 and 2 (§8.2).
constexpr quint32 Flag2Common = 163840;
constexpr quint32 Flag2Pc = 32768;
constexpr quint32 Flag2Tier1 = 1u << 18;
constexpr quint32 Flag2Tier2 = 1u << 19;

const char *const Adjectives[] = {"행복한", "졸린", "배고픈", "귀여운", "용감한", "수상한", "조용한", "시끄러운",
    "빠른", "느긋한", "멋진", "작은", "커다란", "푸른", "하얀", "까만", "달콤한", "매운", "새벽의", "전설의", "무적의",
    "외로운", "신난", "까칠한", "순수한", "엉뚱한", "말랑한", "든든한", "반짝이는", "심심한", "부지런한", "게으른",
    "착한", "소심한", "자유로운", "따뜻한", "차가운", "수줍은", "당당한", "비밀의"};

const char *const Nouns[] = {"고양이", "강아지", "판다", "호랑이", "토끼", "곰돌이", "여우", "펭귄", "다람쥐", "부엉이",
    "감자", "고구마", "만두", "떡볶이", "라면", "김밥", "치킨", "붕어빵", "별", "달", "구름", "바다", "하늘", "나무",
    "시청자", "사냥꾼", "마법사", "기사", "전사", "궁수", "요정", "해적", "탐험가", "고래", "수달", "햄스터", "도토리",
    "호빵", "젤리", "참새"};

const char *const Decorations[] = {"♡", "★", "♬", "_", "ㅇㅅㅇ", "님", "짱", "z", "^^", "~"};

const char *const AsciiNicknames[] = {"NightOwl", "gamer_kim", "Pnec4", "Lucky7", "minsu", "DarkKnight", "happyday",
    "jinx", "Sunny", "mocha", "Rookie", "K-pop_fan", "zeroone", "coffeeholic", "lazycat"};

const char *const IdWords[] = {"kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "seo",
    "shin", "kwon", "hwang", "ahn", "song", "ryu", "hong", "star", "moon", "sky", "cat", "dog", "game", "love", "happy",
    "dream", "dalgom", "kimchi", "mandu", "tiger", "bear", "rabbit", "cloud", "blue", "pink"};

QByteArray hex6(SimRandom &random)
{
    static const char Digits[] = "0123456789ABCDEF";
    QByteArray color(6, '0');
    for (char &c : color)
        c = Digits[random.below(16)];
    return color;
}

} // namespace

QByteArray UserPool::makeNickname(SimRandom &random)
{
    QByteArray nick;
    const quint64 style = random.below(100);
    if (style < 10)
        return QByteArray(random.pick(AsciiNicknames)) + QByteArray::number(random.between(1, 99));
    if (style < 20)
        nick = "[V]";
    nick += random.pick(Adjectives);
    nick += random.pick(Nouns);
    if (random.chance(350))
        nick += QByteArray::number(random.between(1, 9999));
    else if (random.chance(300))
        nick += random.pick(Decorations);
    return nick;
}

QByteArray UserPool::makeId(SimRandom &random)
{
    // Either a readable word id ("dalgom77") or the random letter-and-digit
    // shape of the anonymised fixtures ("onubqa3484").
    QByteArray id;
    if (random.chance(700)) {
        id = random.pick(IdWords);
        if (random.chance(400))
            id += random.pick(IdWords);
        id += QByteArray::number(random.between(1, 9999));
        return id;
    }
    const int letters = int(random.between(4, 8));
    for (int i = 0; i < letters; ++i)
        id += char('a' + random.below(26));
    id += QByteArray::number(random.between(10, 9999));
    return id;
}

UserPool::UserPool(SimRandom &random, QByteArrayView streamerId, QByteArrayView streamerNick, int size)
{
    m_users.reserve(size);
    QSet<QByteArray> ids;
    QSet<QByteArray> nicknames;

    SimUser host;
    host.id = streamerId.toByteArray();
    host.sentId = host.id;
    host.nickname = streamerNick.toByteArray();
    host.flag1 = Flag1::Host | RealName | Female;
    host.flag2 = Flag2Common;
    host.colorLight = hex6(random);
    host.colorDark = hex6(random);
    host.chattiness = 6;
    host.present = true;
    ids.insert(host.id);
    nicknames.insert(host.nickname);
    m_users.append(host);

    while (m_users.size() < size) {
        SimUser user;
        user.id = makeId(random);
        user.nickname = makeNickname(random);
        if (m_users.size() == 7)
            user.nickname = "하늘|구름"; // a literal '|' in a nickname, as in the 2026 fixture
        if (ids.contains(user.id) || nicknames.contains(user.nickname))
            continue;
        ids.insert(user.id);
        nicknames.insert(user.nickname);

        const qsizetype index = m_users.size();
        quint32 flag1 = 0;
        if (random.chance(700))
            flag1 |= RealName;
        if (random.chance(250))
            flag1 |= Mobile;
        if (random.chance(120))
            flag1 |= QuickView;
        if (random.chance(300))
            flag1 |= Female;
        // Any star balloon makes a viewer a fan-club member, so regulars mostly are.
        if (random.chance(550))
            flag1 |= Flag1::FanClub;
        if (random.chance(40))
            flag1 |= Flag1::TopFan | Flag1::FanClub;
        if (random.chance(40))
            flag1 |= Flag1::Supporter;
        // A few managers, one of them fixed (bits 6 and 8 together, as in S6's sample).
        if (index >= 1 && index <= 3)
            flag1 |= Flag1::Manager | RealName;
        if (index == 1)
            flag1 |= Flag1::FixedManager | Flag1::FanClub;

        quint64 style = random.below(100);
        quint32 flag2 = style < 60 ? Flag2Common : style < 75 ? Flag2Pc : 0;
        if (random.chance(130)) {
            flag1 |= Flag1::Subscriber;
            user.subscriptionMonths = int(random.between(1, 62));
            user.accumulatedMonths = user.subscriptionMonths + int(random.between(0, 12));
            flag2 |= random.chance(200) ? Flag2Tier2 : Flag2Tier1;
        }
        user.flag1 = flag1;
        user.flag2 = flag2;
        user.colorLight = hex6(random);
        user.colorDark = hex6(random);
        // Some ids arrive with a "(N)" suffix in chat and flag packets (§8.4).
        user.sentId = user.id;
        if (random.chance(60))
            user.sentId += '(' + QByteArray::number(random.between(2, 5)) + ')';
        // A few regulars write most of the chat.
        user.chattiness = random.chance(100) ? 12 : random.chance(300) ? 4 : 1;
        user.present = random.chance(600);
        m_users.append(user);
    }
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (m_users[i].present)
            m_present.append(i);
    }
}

qsizetype UserPool::pickTalker(SimRandom &random) const
{
    // Rejection sampling on chattiness keeps the pick O(1) on average.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const qsizetype index = random.pick(m_present);
        if (random.below(12) < quint64(m_users[index].chattiness))
            return index;
    }
    return random.pick(m_present);
}

qsizetype UserPool::pickPresent(SimRandom &random, bool includeStreamer) const
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const qsizetype index = random.pick(m_present);
        if (includeStreamer || index != 0)
            return index;
    }
    return m_present.size() > 1 ? m_present[1] : m_present[0];
}

qsizetype UserPool::pickAbsent(SimRandom &random) const
{
    if (m_present.size() == m_users.size())
        return -1;
    for (;;) {
        const qsizetype index = qsizetype(random.below(quint64(m_users.size())));
        if (!m_users[index].present)
            return index;
    }
}

void UserPool::setPresent(qsizetype index, bool present)
{
    SimUser &user = m_users[index];
    if (user.present == present || index == 0)
        return;
    user.present = present;
    if (present)
        m_present.append(index);
    else
        m_present.removeOne(index);
}

} // namespace soopchat::sim
