#pragma once

#include <QByteArray>
#include <QList>

#include "sim/SimRandom.h"

namespace soopchat::sim {

// One viewer (or the streamer) of a scripted session.
struct SimUser
{
    QByteArray id; // bare id
    QByteArray sentId; // as sent in 0005/0012/0004: sometimes with a "(2)" suffix (§8.4)
    QByteArray nickname;
    quint32 flag1 = 0;
    quint32 flag2 = 0;
    int subscriptionMonths = -1; // 0005 F[7]; -1 = not subscribed
    int accumulatedMonths = -1; // 0005 F[10]
    QByteArray colorLight; // 0005 F[8], hex
    QByteArray colorDark; // 0005 F[9]
    int chattiness = 1; // relative weight when picking who talks
    bool present = false;
};

// The viewers of a scripted session: a few hundred Korean nicknames built
// from word pools, some ASCII ids and nicknames, every role. Index 0 is the
// streamer. Deterministic for a seed.
class UserPool
{
public:
    UserPool(SimRandom &random, QByteArrayView streamerId, QByteArrayView streamerNick, int size = 320);

    qsizetype size() const { return m_users.size(); }
    SimUser &operator[](qsizetype index) { return m_users[index]; }
    const SimUser &operator[](qsizetype index) const { return m_users[index]; }

    // A present user, chatty ones more often; the streamer now and then.
    qsizetype pickTalker(SimRandom &random) const;
    qsizetype pickPresent(SimRandom &random, bool includeStreamer = false) const;
    qsizetype pickAbsent(SimRandom &random) const; // -1 when everyone is here
    void setPresent(qsizetype index, bool present);
    const QList<qsizetype> &presentUsers() const { return m_present; }

    // A viewer not seen in this pool, for gift recipients and the like.
    static QByteArray makeNickname(SimRandom &random);
    static QByteArray makeId(SimRandom &random);

private:
    QList<SimUser> m_users;
    QList<qsizetype> m_present;
};

} // namespace soopchat::sim
