#include "sim/chzzk/ChzzkLines.h"

#include <QJsonDocument>
#include <QUuid>

namespace soopchat::sim {

using namespace Qt::StringLiterals;

namespace {
QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray frame(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

QString ChzzkLines::profileJson(const User &user)
{
    QJsonObject streaming {
        {u"nicknameColor"_s, QJsonObject {{u"colorCode"_s, u"CC000"_s}}},
        {u"activatedAchievementBadgeIds"_s, QJsonArray {}},
    };
    if (user.subscriptionMonths > 0) {
        streaming[u"subscription"_s] = QJsonObject {
            {u"accumulativeMonth"_s, user.subscriptionMonths},
            {u"tier"_s, 1},
            {u"tierName"_s, u"구독자"_s},
            {u"badge"_s,
                QJsonObject {{u"imageUrl"_s, u"https://nng-phinf.pstatic.net/glive/subscription/badge/1.png"_s}}},
        };
    }
    return compact(QJsonObject {
        {u"userIdHash"_s, user.id},
        {u"nickname"_s, user.nickname},
        {u"profileImageUrl"_s, u""_s},
        {u"userRoleCode"_s, user.roleCode},
        {u"badge"_s, QJsonValue::Null},
        {u"title"_s, QJsonValue::Null},
        {u"verifiedMark"_s, false},
        {u"verifiedMarkType"_s, QJsonValue::Null},
        {u"activityBadges"_s, QJsonArray {}},
        {u"streamingProperty"_s, streaming},
        {u"viewerBadges"_s, QJsonArray {}},
    });
}

QJsonObject ChzzkLines::line(const QString &cid, const QString &uid, const QString &profile, const QString &text,
    int typeCode, const QJsonObject &extras, qint64 timeMs, const QString &status)
{
    return QJsonObject {
        {u"svcid"_s, u"game"_s},
        {u"cid"_s, cid},
        {u"mbrCnt"_s, 1234},
        {u"uid"_s, uid},
        {u"profile"_s, profile.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(profile)},
        {u"msg"_s, text},
        {u"msgTypeCode"_s, typeCode},
        {u"msgStatusType"_s, status},
        {u"extras"_s, compact(extras)},
        {u"ctime"_s, timeMs},
        {u"utime"_s, timeMs},
        {u"msgTid"_s, QJsonValue::Null},
        {u"cuid"_s, QJsonValue::Null},
        {u"msgTime"_s, timeMs},
    };
}

QJsonObject ChzzkLines::chat(
    const QString &cid, const User &user, const QString &text, const QJsonObject &emojis, qint64 timeMs)
{
    const QJsonObject extras {
        {u"chatType"_s, u"STREAMING"_s},
        {u"osType"_s, u"PC"_s},
        {u"streamingChannelId"_s, cid},
        {u"emojis"_s, emojis},
    };
    return line(cid, user.id, profileJson(user), text, 1, extras, timeMs);
}

QJsonObject ChzzkLines::donation(const QString &cid, const User *donor, const QString &text, qint64 cheese,
    const QString &donationType, qint64 timeMs)
{
    QJsonObject extras {
        {u"emojis"_s, QJsonObject {}},
        {u"donationId"_s, QUuid::createUuid().toString(QUuid::Id128).left(29)},
        {u"donationType"_s, donationType},
        {u"weeklyRankList"_s, QJsonArray {}},
        {u"isAnonymous"_s, donor == nullptr},
        {u"payType"_s, u"CURRENCY"_s},
        {u"payAmount"_s, cheese},
        {u"osType"_s, u"PC"_s},
        {u"continuousDonationDays"_s, 0},
        {u"chatType"_s, u"STREAMING"_s},
    };
    if (donor)
        extras[u"nickname"_s] = donor->nickname;
    return line(
        cid, donor ? donor->id : u"anonymous"_s, donor ? profileJson(*donor) : QString(), text, 10, extras, timeMs);
}

QJsonObject ChzzkLines::subscription(
    const QString &cid, const User &user, int months, int tier, const QString &text, qint64 timeMs)
{
    const QJsonObject extras {
        {u"month"_s, months},
        {u"tierName"_s, u"구독자"_s},
        {u"nickname"_s, user.nickname},
        {u"tierNo"_s, tier},
    };
    return line(cid, user.id, profileJson(user), text, 11, extras, timeMs);
}

QJsonObject ChzzkLines::system(const QString &cid, const QString &text, const QString &description, qint64 timeMs)
{
    const QJsonObject extras {
        {u"description"_s, description},
        {u"styleType"_s, 1},
        {u"params"_s, QJsonObject {}},
    };
    return line(cid, u"SYSTEM_MESSAGE"_s, u"{}"_s, text, 30, extras, timeMs);
}

QJsonObject ChzzkLines::recentSpelling(const QJsonObject &line)
{
    static const std::pair<const char *, const char *> Renames[] = {
        {"svcid", "serviceId"},
        {"cid", "channelId"},
        {"uid", "userId"},
        {"msg", "content"},
        {"msgTypeCode", "messageTypeCode"},
        {"msgStatusType", "messageStatusType"},
        {"msgTime", "messageTime"},
        {"ctime", "createTime"},
        {"utime", "updateTime"},
        {"mbrCnt", "memberCount"},
    };
    QJsonObject recent = line;
    for (const auto &[from, to] : Renames) {
        const QString key = QString::fromLatin1(from);
        if (recent.contains(key))
            recent.insert(QString::fromLatin1(to), recent.take(key));
    }
    recent.remove(u"cuid"_s);
    return recent;
}

QByteArray ChzzkLines::push(int cmd, const QString &cid, const QJsonValue &body)
{
    return frame(QJsonObject {
        {u"svcid"_s, u"game"_s},
        {u"ver"_s, u"1"_s},
        {u"bdy"_s, body},
        {u"cmd"_s, cmd},
        {u"tid"_s, QJsonValue::Null},
        {u"cid"_s, cid},
    });
}

QByteArray ChzzkLines::blind(const QString &cid, const QString &userId, qint64 messageTime, const QString &blindType)
{
    return push(94008, cid,
        QJsonObject {
            {u"messageTime"_s, messageTime},
            {u"blindType"_s, blindType},
            {u"blindUserId"_s, QJsonValue::Null},
            {u"serviceId"_s, u"game"_s},
            {u"message"_s, QJsonValue::Null},
            {u"userId"_s, userId},
            {u"channelId"_s, cid},
        });
}

QByteArray ChzzkLines::recentChat(
    const QString &cid, const QJsonArray &recentLines, const QJsonValue &notice, int userCount)
{
    return frame(QJsonObject {
        {u"svcid"_s, u"game"_s},
        {u"bdy"_s, QJsonObject {{u"messageList"_s, recentLines}, {u"userCount"_s, userCount}, {u"notice"_s, notice}}},
        {u"cmd"_s, 15101},
        {u"retCode"_s, 0},
        {u"retMsg"_s, u"SUCCESS"_s},
        {u"tid"_s, u"2"_s},
        {u"cid"_s, cid},
    });
}

QByteArray ChzzkLines::connected(const QString &cid, const QString &sid, int retCode)
{
    QJsonObject body {
        {u"accTkn"_s, QJsonValue::Null},
        {u"auth"_s, u"READ"_s},
        {u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"sid"_s, sid},
    };
    return frame(QJsonObject {
        {u"svcid"_s, u"game"_s},
        {u"bdy"_s, retCode == 0 ? QJsonValue(body) : QJsonValue(QJsonValue::Null)},
        {u"cmd"_s, 10100},
        {u"retCode"_s, retCode},
        {u"retMsg"_s, retCode == 0 ? u"SUCCESS"_s : u"Incorrect parameter"_s},
        {u"tid"_s, u"1"_s},
        {u"cid"_s, cid},
    });
}

} // namespace soopchat::sim
