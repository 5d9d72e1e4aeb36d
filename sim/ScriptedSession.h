#pragma once

#include "sim/PacketSource.h"
#include "sim/SimRandom.h"
#include "sim/UserPool.h"

namespace soopchat::sim {

// A realistic, seeded live session: Korean chat from a few hundred viewers
// with every role, star/ad/video balloons, subscriptions, renewals and gifts,
// enter/leave and kicks, freeze, slow mode, mutes, flag and manager changes,
// notices and missions, in the 2026 field layouts of SOOP-PROTOCOL.md §7 and
// tests/data/fixtures. The same seed and streamer give the same packets.
class ScriptedSession : public PacketSource
{
public:
    ScriptedSession(quint64 seed, QByteArrayView streamerId, QByteArrayView streamerNick);

    void generate(QByteArray &out, QList<qsizetype> &ends) override;
    QList<QByteArray> userList() const override;
    int defaultRate() const override { return 20; }

    const UserPool &users() const { return m_users; }

    // Every MediaEvery-th event is followed by a sticker, an emoticon line or a link line in
    // turn (ChannelConfig::media).
    void setMedia(bool on) { m_media = on; }
    static constexpr qint64 MediaEvery = 7;

private:
    enum class Kind : quint8 {
        Chat,
        Enter,
        Leave,
        Kick,
        Balloon,
        AdBalloon,
        VideoBalloon,
        Subscription,
        Renewal,
        Gift,
        Notice,
        Freeze,
        SlowMode,
        Mute,
        FlagChange,
        ManagerChange,
        AdminNotice,
        Mission,
        NicknameChange,
    };

    Kind pickKind();
    void chat(QByteArray &out, QList<qsizetype> &ends, qsizetype user, QByteArrayView text = {});
    void enter(QByteArray &out, QList<qsizetype> &ends);
    void leave(QByteArray &out, QList<qsizetype> &ends, bool kicked);
    void balloon(QByteArray &out, QList<qsizetype> &ends);
    void adBalloon(QByteArray &out, QList<qsizetype> &ends);
    void videoBalloon(QByteArray &out, QList<qsizetype> &ends);
    void subscription(QByteArray &out, QList<qsizetype> &ends);
    void renewal(QByteArray &out, QList<qsizetype> &ends);
    void gift(QByteArray &out, QList<qsizetype> &ends);
    void notice(QByteArray &out, QList<qsizetype> &ends);
    void freeze(QByteArray &out, QList<qsizetype> &ends, bool frozen);
    void slowMode(QByteArray &out, QList<qsizetype> &ends, int seconds);
    void mute(QByteArray &out, QList<qsizetype> &ends);
    void flagChange(QByteArray &out, QList<qsizetype> &ends, qsizetype user, quint32 newFlag1, quint32 newFlag2);
    void managerChange(QByteArray &out, QList<qsizetype> &ends);
    void adminNotice(QByteArray &out, QList<qsizetype> &ends);
    void mission(QByteArray &out, QList<qsizetype> &ends);
    void nicknameChange(QByteArray &out, QList<qsizetype> &ends);
    void media(QByteArray &out, QList<qsizetype> &ends);
    void sticker(QByteArray &out, QList<qsizetype> &ends, qsizetype user);

    qint64 balloonCount();
    qint64 fanClubOrdinalFor(qsizetype user);
    void appendUuid(QByteArray &out);
    qint64 urlModify();

    SimRandom m_random;
    UserPool m_users;
    qint64 m_events = 0;
    qint64 m_nextFanClubOrdinal = 0;
    qint64 m_frozenUntil = -1; // event number when the freeze lifts
    qint64 m_slowUntil = -1;
    bool m_media = false;
    qint64 m_mediaCount = 0;
};

} // namespace soopchat::sim
