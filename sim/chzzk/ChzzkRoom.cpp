#include "sim/chzzk/ChzzkRoom.h"

#include <QCryptographicHash>

namespace soopchat::sim {

using namespace Qt::StringLiterals;

namespace {
const char16_t *const Phrases[] = {
    u"ㅋㅋㅋㅋㅋㅋ",
    u"안녕하세요~",
    u"오늘 방송 재밌다",
    u"와 미쳤다 {:d_49:}",
    u"ㄹㅇ 개웃기네 {:d_91:}{:d_91:}",
    u"그거 아님?",
    u"방금 뭐였냐",
    u"{:sd_8:}",
    u"굿굿",
    u"치지직 처음 와봐요",
};
const char *const Emoticons[][2] = {
    {"d_49", "https://ssl.pstatic.net/static/nng/glive/icon/b_09.gif"},
    {"d_91", "https://ssl.pstatic.net/static/nng/glive/icon/a_91.gif"},
    {"sd_8", "https://ssl.pstatic.net/static/nng/glive/icon/sd_08.gif"},
};
} // namespace

ChzzkRoom::ChzzkRoom(quint64 seed) : m_random(quint32(seed ^ (seed >> 32)))
{
    for (int i = 0; i < 40; ++i) {
        ChzzkLines::User user;
        user.id = QString::fromLatin1(QCryptographicHash::hash(
            QByteArray("chzzk-sim-user-").append(QByteArray::number(i)), QCryptographicHash::Md5)
                                          .toHex());
        user.nickname = u"시청자%1"_s.arg(i + 1);
        if (i % 4 == 0)
            user.subscriptionMonths = 1 + i;
        if (i == 1)
            user.roleCode = u"streaming_chat_manager"_s;
        m_users.append(user);
    }
}

qint64 ChzzkRoom::stamp(qint64 nowMs)
{
    m_lastTimeMs = std::max(nowMs, m_lastTimeMs + 1);
    return m_lastTimeMs;
}

const ChzzkLines::User &ChzzkRoom::someone()
{
    return m_users.at(int(m_random.bounded(quint32(m_users.size()))));
}

ChzzkRoom::Output ChzzkRoom::chat(const QString &cid, const QString &text, qint64 nowMs)
{
    const ChzzkLines::User &user = m_users.first();
    const qint64 time = stamp(nowMs);
    const QJsonObject line = ChzzkLines::chat(cid, user, text, {}, time);
    m_recent.append({user.id, time});
    return {ChzzkLines::push(93101, cid, QJsonArray {line}), QJsonArray {line}};
}

ChzzkRoom::Output ChzzkRoom::next(const QString &cid, qint64 nowMs)
{
    if (m_recent.size() > 20)
        m_recent.remove(0, m_recent.size() - 20);
    const quint32 roll = m_random.bounded(100u);
    if (roll < 84) {
        // One to three chat lines in a frame, as the service batches them.
        QJsonArray lines;
        const int count = 1 + int(m_random.bounded(3u));
        for (int i = 0; i < count; ++i) {
            const ChzzkLines::User &user = someone();
            const QString text = QString::fromUtf16(Phrases[m_random.bounded(quint32(std::size(Phrases)))]);
            QJsonObject emojis;
            for (const auto &[name, url] : Emoticons) {
                if (text.contains(u"{:"_s + QLatin1StringView(name) + u":}"_s))
                    emojis.insert(QLatin1StringView(name), QLatin1StringView(url));
            }
            const qint64 time = stamp(nowMs);
            lines.append(ChzzkLines::chat(cid, user, text, emojis, time));
            m_recent.append({user.id, time});
        }
        return {ChzzkLines::push(93101, cid, lines), lines};
    }
    if (roll < 92) {
        // Most donations are anonymous (notes §1.7: 85 %); some are videos.
        const bool anonymous = m_random.bounded(100u) < 60;
        const ChzzkLines::User &donor = someone();
        const qint64 amounts[] = {1000, 2000, 5000, 10000, 50000};
        const qint64 cheese = amounts[m_random.bounded(quint32(std::size(amounts)))];
        const bool video = m_random.bounded(10u) == 0;
        const QJsonObject line = ChzzkLines::donation(cid, anonymous ? nullptr : &donor,
            video ? u"노래 한 곡 부탁해요"_s : u"치즈 드립니다 화이팅!"_s, cheese, video ? u"VIDEO"_s : u"CHAT"_s,
            stamp(nowMs));
        return {ChzzkLines::push(93102, cid, QJsonArray {line}), QJsonArray {line}};
    }
    if (roll < 96) {
        const ChzzkLines::User &user = someone();
        const int months = 1 + int(m_random.bounded(24u));
        const QJsonObject line =
            ChzzkLines::subscription(cid, user, months, 1, months > 1 ? u"계속 구독합니다"_s : u""_s, stamp(nowMs));
        return {ChzzkLines::push(93102, cid, QJsonArray {line}), QJsonArray {line}};
    }
    if (roll < 98 && !m_recent.isEmpty()) {
        // A chat manager hides a line just said.
        const Said said = m_recent.takeLast();
        return {ChzzkLines::blind(cid, said.userId, said.timeMs, u"BLIND"_s), {}};
    }
    const QJsonObject line =
        ChzzkLines::system(cid, u"이모티콘 모드 ON"_s, u"텍스트 대신 이모티콘만 전송할 수 있어요."_s, stamp(nowMs));
    return {ChzzkLines::push(93102, cid, QJsonArray {line}), QJsonArray {line}};
}

} // namespace soopchat::sim
