#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace soopchat::soop {

// What player_live_api says about a live broadcast (§1.2).
struct LiveInfo
{
    QString streamerId; // BJID
    QString streamerNick;
    QString title;
    qint64 broadcastNo = 0; // BNO
    QString chatDomain; // CHDOMAIN, lower case
    quint16 chatPort = 0; // CHPT: plain websocket; TLS is on CHPT+1
    QString chatIp;
    QString chatNo; // CHATNO, goes into JOIN
    QString fanTicket; // FTK, goes into JOIN
    bool passwordProtected = false;
    int grade = 0;
    QString bps;
    QString geoCc;
    QString geoRc;
    QString acceptLanguage;
    QString serviceLanguage;
    QString nationLanguage;
    QString tier1Name;
    QString tier2Name;
};

enum class LiveStatus : quint8 {
    Live,
    Offline,
    LoginRequired, // adult (19+) or subscribers-only: guests cannot join
    Maintenance,
    NotFound,
    NetworkError,
    BadResponse,
};

// Why SOOP wants a login (RESULT -6, -8, -14).
enum class LoginReason : quint8 { None, AdultOrSubscribers, AdultVerification, PlusSubscribers };

struct LiveLookup
{
    LiveStatus status = LiveStatus::NetworkError;
    LiveInfo info; // complete for Live; the title when SOOP gives one otherwise
    int result = 0; // SOOP's RESULT value, when it answered
    LoginReason loginReason = LoginReason::None;
    QString message; // maintenance notice, or what went wrong
};

// Where the resolver asks. The real service spreads these over three hosts
// and two domains; the simulator serves all of them from one base URL.
struct ResolverEndpoints
{
    QList<QUrl> liveApi = {
        QUrl(QStringLiteral("https://live.sooplive.com")), QUrl(QStringLiteral("https://live.sooplive.co.kr"))};
    QList<QUrl> stationApi = {
        QUrl(QStringLiteral("https://st.sooplive.co.kr")), QUrl(QStringLiteral("https://st.sooplive.com"))};
    QList<QUrl> vodApi = {
        QUrl(QStringLiteral("https://api.m.sooplive.co.kr")), QUrl(QStringLiteral("https://api.m.sooplive.com"))};

    static ResolverEndpoints forBase(const QUrl &base) { return {{base}, {base}, {base}}; }
};

} // namespace soopchat::soop

Q_DECLARE_METATYPE(soopchat::soop::LiveInfo)
Q_DECLARE_METATYPE(soopchat::soop::LiveLookup)
