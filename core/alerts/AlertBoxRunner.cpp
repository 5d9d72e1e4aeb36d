#include "core/alerts/AlertBoxRunner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include "core/events/EventWords.h"
#include "core/overlay/AlertBoxHub.h"
#include "core/overlay/OverlayProtocol.h"
#include "core/overlay/OverlayServer.h"
#include "core/util/Logging.h"
#include "core/util/RandomId.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr DonationTier BoxTiers[] = {
    DonationTier::Small, DonationTier::Medium, DonationTier::Large, DonationTier::Huge};
constexpr qsizetype MaxPending = 1000;

QString pendingKey(const QString &alertId, int actionIndex)
{
    return alertId + u'/' + QString::number(actionIndex);
}

// None (an entry, a keyword in chat) shows like the smallest gift.
DonationTier boxTier(DonationTier tier)
{
    return tier == DonationTier::None ? DonationTier::Small : tier;
}

} // namespace

AlertBoxRunner::AlertBoxRunner(OverlayServer *server, QObject *parent) : AlertActionRunner(parent), m_server(server)
{
    if (m_server)
        connect(m_server, &OverlayServer::alertBoxNotice, this, &AlertBoxRunner::onNotice);
}

QString AlertBoxRunner::fileId(const QString &path, Use use, const QString &fallback)
{
    const qint64 maxBytes = m_server ? m_server->limits().maxAlertFileBytes : OverlayLimits {}.maxAlertFileBytes;
    const QFileInfo info(path);
    QString why;
    QByteArray type;
    if (!info.exists()) {
        why = tr("the file does not exist");
    } else if (!info.isFile()) {
        why = tr("it is not a file");
    } else if (info.size() > maxBytes) {
        why = tr("it is larger than %1").arg(QLocale().formattedDataSize(maxBytes, 0));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            why = tr("it cannot be read: %1").arg(file.errorString());
        } else {
            type = AlertBoxHub::sniffContentType(file.read(AlertBoxHub::SniffBytes));
            if (use == Use::Image && !type.startsWith("image/"))
                why = tr("it is not an image (PNG, GIF, JPEG, WebP or SVG)");
            else if (use == Use::Sound && !type.startsWith("audio/"))
                why = tr("it is not a sound (MP3, OGG, WAV, FLAC, M4A or WebM)");
        }
    }
    if (why.isEmpty() && !m_ids.contains(path) && m_ids.size() >= (m_server ? m_server->limits().maxAlertFiles : 64))
        why = tr("the alerts name too many files");
    if (!why.isEmpty()) {
        m_problems.append(tr("Alert box: %1 is not used (%2); %3").arg(QDir::toNativeSeparators(path), why, fallback));
        return {};
    }
    QString &id = m_ids[path];
    if (id.isEmpty())
        id = randomHexId();
    m_setup.files.append(AlertBoxFile {id, path, type});
    return id;
}

void AlertBoxRunner::configure(const AlertConfig &config)
{
    const QStringList before = m_problems;
    m_problems.clear();
    m_setup = {};
    m_actionSounds.clear();
    QSet<QString> named;
    const auto idOf = [&](const QString &path, Use use, const QString &fallback) -> QString {
        if (path.isEmpty())
            return {};
        if (named.contains(path)) {
            for (const AlertBoxFile &file : std::as_const(m_setup.files)) {
                if (file.path == path)
                    return file.id;
            }
            return {}; // already found wanting
        }
        named.insert(path);
        return fileId(path, use, fallback);
    };

    for (DonationTier tier : BoxTiers) {
        AlertBoxTier chosen {tier, {}, {}, 6};
        for (const AlertBoxTier &given : config.boxTiers) {
            if (given.tier == tier)
                chosen = given;
        }
        AlertBoxTierLook look;
        look.tier = QString(donationTierName(tier));
        look.seconds = chosen.seconds;
        look.imageId = idOf(chosen.image, Use::Image, tr("the built-in image shows instead"));
        look.soundId = idOf(chosen.sound, Use::Sound, tr("no sound plays instead"));
        m_setup.tiers.append(look);
    }
    for (const AlertRule &rule : config.rules) {
        for (const AlertAction &action : rule.actions) {
            if (action.kind != AlertAction::Kind::AlertBox || action.sound.isEmpty())
                continue;
            const QString id = idOf(action.sound, Use::Sound, tr("the tier's sound plays instead"));
            if (!id.isEmpty())
                m_actionSounds.insert(action.sound, id);
        }
    }
    // Ids of files no longer named are forgotten: their URLs stop working.
    for (auto it = m_ids.begin(); it != m_ids.end();) {
        if (named.contains(it.key()))
            ++it;
        else
            it = m_ids.erase(it);
    }
    for (const QString &problem : std::as_const(m_problems))
        qCWarning(lcOverlay).noquote() << problem;
    if (m_server)
        m_server->setAlertBoxSetup(m_setup);
    if (m_problems != before)
        emit problemsChanged(m_problems);
}

void AlertBoxRunner::run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text)
{
    const Pending pending {alert.ruleId, alert.ruleName};
    if (!m_server || !m_server->isListening()) {
        report(alert.id, actionIndex, pending, AlertReport::State::Skipped,
            tr("The browser-source overlay is off, so there is no alert box to show it in."));
        return;
    }
    if (OverlayProtocol::normalizeChannel(alert.channelId).isEmpty()) {
        report(alert.id, actionIndex, pending, AlertReport::State::Failed,
            tr("“%1” is not a channel id an alert box can have.").arg(alert.channelId));
        return;
    }
    AlertBoxItem item;
    item.alertId = alert.id;
    item.actionIndex = actionIndex;
    item.tier = QString(donationTierName(boxTier(alert.tier)));
    item.text = text;
    if (alert.event) {
        item.eventJson = OverlayProtocol::eventJson(*alert.event);
        item.eventType = QString(eventTypeName(alert.event->type));
    }
    item.soundId = m_actionSounds.value(action.sound);
    item.volume = action.volume;
    if (m_pending.size() >= MaxPending) // never expected: every item gets a final notice
        m_pending.erase(m_pending.begin());
    m_pending.insert(pendingKey(alert.id, actionIndex), pending);
    report(alert.id, actionIndex, pending, AlertReport::State::Queued, {});
    m_server->enqueueAlert(alert.channelId, item);
}

void AlertBoxRunner::onNotice(const AlertBoxNotice &notice)
{
    const QString key = pendingKey(notice.alertId, notice.actionIndex);
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    const Pending pending = it.value();
    using What = AlertBoxNotice::What;
    switch (notice.what) {
    case What::Queued:
        if (notice.position > 0)
            report(notice.alertId, notice.actionIndex, pending, AlertReport::State::Queued,
                tr("%n alert(s) ahead in the alert box", nullptr, notice.position));
        return;
    case What::Shown:
        report(notice.alertId, notice.actionIndex, pending, AlertReport::State::Sent, {});
        break;
    case What::Unseen:
        report(notice.alertId, notice.actionIndex, pending, AlertReport::State::Failed,
            tr("No alert box page of %1 reported showing it (is the browser source hidden or stuck?).")
                .arg(notice.channel));
        break;
    case What::NoPage:
        report(notice.alertId, notice.actionIndex, pending, AlertReport::State::Skipped,
            tr("No alert box page is open for %1: add its URL to OBS as a browser source.").arg(notice.channel));
        break;
    case What::QueueFull:
        report(notice.alertId, notice.actionIndex, pending, AlertReport::State::Skipped,
            tr("The alert box of %1 already has too many alerts waiting.").arg(notice.channel));
        break;
    }
    m_pending.erase(m_pending.find(key));
}

void AlertBoxRunner::report(
    const QString &alertId, int actionIndex, const Pending &pending, AlertReport::State state, const QString &reason)
{
    AlertReport out;
    out.alertId = alertId;
    out.ruleId = pending.ruleId;
    out.ruleName = pending.ruleName;
    out.actionIndex = actionIndex;
    out.kind = AlertAction::Kind::AlertBox;
    out.state = state;
    out.reason = reason;
    out.atMs = QDateTime::currentMSecsSinceEpoch();
    emit reported(out);
}

void AlertBoxRunner::pause(const QString &channel)
{
    if (m_server)
        m_server->alertBoxCommand(channel, AlertBoxCommand::Pause);
}

void AlertBoxRunner::resume(const QString &channel)
{
    if (m_server)
        m_server->alertBoxCommand(channel, AlertBoxCommand::Resume);
}

void AlertBoxRunner::skip(const QString &channel)
{
    if (m_server)
        m_server->alertBoxCommand(channel, AlertBoxCommand::Skip);
}

void AlertBoxRunner::replay(const QString &channel)
{
    if (m_server && !channel.isEmpty())
        m_server->alertBoxCommand(channel, AlertBoxCommand::Replay);
}

void AlertBoxRunner::testAlert(const QString &channel, DonationTier tier)
{
    if (!m_server || channel.isEmpty())
        return;
    tier = boxTier(tier);
    const TierThresholds thresholds = tierThresholds(DonationUnit::StarBalloon);
    const qint64 amount = tier == DonationTier::Huge ? thresholds.huge
        : tier == DonationTier::Large                ? thresholds.large
        : tier == DonationTier::Medium               ? thresholds.medium
                                                     : 10;
    auto event = std::make_shared<ChatEvent>();
    event->type = EventType::Balloon;
    event->userId = u"soopchat"_s;
    event->nickname = tr("Test");
    event->count = amount;
    event->receivedAtMs = QDateTime::currentMSecsSinceEpoch();

    AlertBoxItem item;
    item.alertId = u"test-"_s + randomHexId();
    item.tier = QString(donationTierName(tier));
    item.text = tr("Test alert: %1 %2").arg(*event->nickname, actionWords(EventType::Balloon, amount));
    item.eventJson = OverlayProtocol::eventJson(*event);
    item.eventType = QString(eventTypeName(EventType::Balloon));
    item.test = true;
    m_server->enqueueAlert(channel, item);
}

QUrl AlertBoxRunner::pageUrl(const QString &channel) const
{
    return m_server ? m_server->alertBoxUrl(channel) : QUrl();
}

} // namespace soopchat
