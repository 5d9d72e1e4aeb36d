#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace soopchat::sim {

// Builds CHZZK chat frames and lines as the service writes them
// (docs/CHZZK-PROTOCOL.md §2-§9): lines in the pushed spelling, their
// recent-chat spelling, and the frames that carry them.
namespace ChzzkLines {

struct User
{
    QString id; // 32 hex
    QString nickname;
    QString roleCode = QStringLiteral("common_user");
    int subscriptionMonths = 0; // 0: not a subscriber
};

QString profileJson(const User &user);
// A line in the pushed spelling (93101/93102). `profile` null for anonymous donors.
QJsonObject line(const QString &cid, const QString &uid, const QString &profile, const QString &text, int typeCode,
    const QJsonObject &extras, qint64 timeMs, const QString &status = QStringLiteral("NORMAL"));
QJsonObject chat(const QString &cid, const User &user, const QString &text, const QJsonObject &emojis, qint64 timeMs);
QJsonObject donation(const QString &cid, const User *donor, const QString &text, qint64 cheese,
    const QString &donationType, qint64 timeMs);
QJsonObject subscription(
    const QString &cid, const User &user, int months, int tier, const QString &text, qint64 timeMs);
QJsonObject system(const QString &cid, const QString &text, const QString &description, qint64 timeMs);
// The same line as recent chat (15101) writes it.
QJsonObject recentSpelling(const QJsonObject &line);

// Frames.
QByteArray push(int cmd, const QString &cid, const QJsonValue &body);
QByteArray blind(const QString &cid, const QString &userId, qint64 messageTime, const QString &blindType);
QByteArray recentChat(const QString &cid, const QJsonArray &recentLines, const QJsonValue &notice, int userCount);
QByteArray connected(const QString &cid, const QString &sid, int retCode);

} // namespace ChzzkLines

} // namespace soopchat::sim
