#include "cli/TotalsOutput.h"

namespace cli {

using namespace soopchat;

QList<TotalsField> totalsFields(const SessionTotals &t)
{
    const WonValue won = t.donationsWon();
    return {
        {"events", t.events},
        {"chats", t.chats},
        {"unique_chatters", t.uniqueChatters},
        {"balloons", t.balloons},
        {"star_balloons", t.starBalloons},
        {"video_balloons", t.videoBalloons},
        {"ad_balloons", t.adBalloons},
        {"replay_balloons", t.replayBalloons},
        {"cheese", t.cheese},
        {"balloons_won", won.won},
        {"balloons_unpriced", won.unpriced},
        {"gifts", t.gifts},
        {"donors", t.donors},
        {"subscriptions", t.subscriptions()},
        {"new_subscriptions", t.newSubscriptions},
        {"subscription_renewals", t.subscriptionRenewals},
        {"subscription_gifts", t.subscriptionGifts},
    };
}

QJsonObject totalsJson(const SessionTotals &totals)
{
    QJsonObject object;
    for (const TotalsField &field : totalsFields(totals))
        object.insert(QLatin1StringView(field.name), field.value);
    return object;
}

QString totalsLine(const SessionTotals &totals)
{
    QString line;
    for (const TotalsField &field : totalsFields(totals)) {
        if (!line.isEmpty())
            line += u' ';
        line += QLatin1StringView(field.name) + u'=' + QString::number(field.value);
    }
    return line;
}

} // namespace cli
