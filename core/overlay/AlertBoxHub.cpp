#include "core/overlay/AlertBoxHub.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/events/JsonWriter.h"
#include "core/overlay/OverlayClient.h"
#include "core/overlay/OverlayProtocol.h"
#include "core/overlay/OverlayVocabulary.h"
#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView Tiers[] = {"small"_L1, "medium"_L1, "large"_L1, "huge"_L1};
constexpr int MinSeconds = 1;
constexpr int MaxSeconds = 60;

QString fileUrl(const QString &id)
{
    return id.isEmpty() ? QString() : OverlayProtocol::AlertFilePathPrefix + id;
}

bool isTier(QStringView name)
{
    for (QLatin1StringView tier : Tiers) {
        if (name == tier)
            return true;
    }
    return false;
}

} // namespace

AlertBoxHub::AlertBoxHub(
    const OverlayLimits &limits, const OverlayVocabulary &vocabulary, const QByteArray &instance, QObject *parent)
    : QObject(parent), m_limits(limits), m_vocabulary(vocabulary), m_instance(instance)
{ }

AlertBoxHub::~AlertBoxHub() = default;

QByteArray AlertBoxHub::sniffContentType(QByteArrayView head)
{
    const auto at = [&](qsizetype offset, QByteArrayView magic) {
        return head.size() >= offset + magic.size() && head.sliced(offset, magic.size()) == magic;
    };
    if (at(0, "\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (at(0, "GIF87a") || at(0, "GIF89a"))
        return "image/gif";
    if (at(0, "\xFF\xD8\xFF"))
        return "image/jpeg";
    if (at(0, "RIFF") && at(8, "WEBP"))
        return "image/webp";
    if (at(0, "RIFF") && at(8, "WAVE"))
        return "audio/wav";
    if (at(0, "OggS"))
        return "audio/ogg";
    if (at(0, "fLaC"))
        return "audio/flac";
    if (at(0, "ID3") || (head.size() >= 2 && quint8(head[0]) == 0xFF && (quint8(head[1]) & 0xE0) == 0xE0))
        return "audio/mpeg";
    if (at(4, "ftyp"))
        return "audio/mp4";
    if (at(0, "\x1A\x45\xDF\xA3"))
        return "audio/webm";
    // SVG is text: an XML declaration, comments or a doctype may come first.
    QByteArrayView text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    text = text.trimmed();
    if ((text.startsWith("<?xml") || text.startsWith("<svg") || text.startsWith("<!--") ||
            text.startsWith("<!DOCTYPE svg")) &&
        text.indexOf("<svg") >= 0)
        return "image/svg+xml";
    return {};
}

QString AlertBoxHub::builtInImageUrl(QStringView tier)
{
    return OverlayProtocol::StaticPathPrefix + u"alert-"_s + (isTier(tier) ? tier.toString() : u"small"_s) + u".svg"_s;
}

void AlertBoxHub::setSetup(const AlertBoxSetup &setup)
{
    m_setup = setup;
    m_files.clear();
    for (const AlertBoxFile &entry : setup.files) {
        if (m_files.size() >= m_limits.maxAlertFiles) {
            qCWarning(lcOverlay) << "alert box: more than" << m_limits.maxAlertFiles
                                 << "files named; the rest are left out";
            break;
        }
        QFile file(entry.path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcOverlay).noquote() << "alert box: cannot read" << entry.path << "-" << file.errorString();
            continue;
        }
        // Read one byte more than allowed: a file that grew since it was checked is refused too.
        const QByteArray bytes = file.read(m_limits.maxAlertFileBytes + 1);
        const QByteArray type = sniffContentType(QByteArrayView(bytes).first(std::min(bytes.size(), SniffBytes)));
        if (bytes.size() > m_limits.maxAlertFileBytes || type.isEmpty()) {
            qCWarning(lcOverlay).noquote() << "alert box: not serving" << entry.path << "-"
                                           << (type.isEmpty() ? "not an image or sound" : "too big");
            continue;
        }
        m_files.insert(entry.id, File {type, bytes});
    }
    // Tiers whose file could not be read fall back to the built-in image / silence.
    for (AlertBoxTierLook &tier : m_setup.tiers) {
        if (!m_files.contains(tier.imageId))
            tier.imageId.clear();
        if (!m_files.contains(tier.soundId))
            tier.soundId.clear();
    }
    const QByteArray message = R"({"kind":"box","box":)" + boxJson() + '}';
    for (auto &[channel, room] : m_rooms)
        broadcast(*room, message);
}

const AlertBoxHub::File *AlertBoxHub::file(QStringView id) const
{
    if (id.size() != 32)
        return nullptr;
    auto it = m_files.constFind(id.toString());
    return it == m_files.constEnd() ? nullptr : &it.value();
}

QByteArray AlertBoxHub::boxJson() const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.key("tiers"_L1);
    w.beginObject();
    for (QLatin1StringView name : Tiers) {
        const AlertBoxTierLook *look = nullptr;
        for (const AlertBoxTierLook &tier : m_setup.tiers) {
            if (tier.tier == name)
                look = &tier;
        }
        const QString builtIn = builtInImageUrl(QString(name));
        w.key(name);
        w.beginObject();
        w.key("seconds"_L1);
        w.value(qint64(tierSeconds(name)));
        w.key("image"_L1);
        w.value(QStringView(look && !look->imageId.isEmpty() ? fileUrl(look->imageId) : builtIn));
        w.key("fallback"_L1);
        w.value(QStringView(builtIn));
        w.key("sound"_L1);
        if (look && !look->soundId.isEmpty())
            w.value(QStringView(fileUrl(look->soundId)));
        else
            w.rawValue("null");
        w.endObject();
    }
    w.endObject();
    w.endObject();
    return out;
}

int AlertBoxHub::tierSeconds(const QString &tier) const
{
    for (const AlertBoxTierLook &look : m_setup.tiers) {
        if (look.tier == tier)
            return std::clamp(look.seconds, MinSeconds, MaxSeconds);
    }
    return 6;
}

AlertBoxHub::Room &AlertBoxHub::room(const QString &channel)
{
    std::unique_ptr<Room> &slot = m_rooms[channel];
    if (!slot) {
        slot = std::make_unique<Room>();
        slot->channel = channel;
        slot->timer.setSingleShot(true);
        Room *room = slot.get();
        connect(&room->timer, &QTimer::timeout, this, [this, room] { endCurrent(*room); });
    }
    return *slot;
}

void AlertBoxHub::admit(OverlayClient *client, const QString &channel, QLatin1StringView language)
{
    Room &room = this->room(channel);
    room.clients.append(client);
    m_clientRooms.insert(client, &room);
    connect(client, &OverlayClient::messageReceived, this, &AlertBoxHub::onMessage);

    QByteArray hello;
    JsonWriter w(hello);
    w.beginObject();
    w.key("kind"_L1);
    w.value("hello"_L1);
    w.key("channel"_L1);
    w.value(QStringView(channel));
    w.key("instance"_L1);
    w.value(QLatin1StringView(m_instance));
    w.key("paused"_L1);
    w.value(room.paused);
    w.key("vocabulary"_L1);
    w.rawValue(m_vocabulary.json(language));
    w.key("box"_L1);
    w.rawValue(boxJson());
    w.endObject();
    client->send(hello, 0);
    // A page opened late (or a second one) joins the alert on screen.
    if (room.current && room.currentSince) {
        const qint64 remaining = std::max<qint64>(0, room.current->durationMs - room.currentSince->elapsed());
        client->send(alertMessage(*room.current, remaining), 1);
    }
}

void AlertBoxHub::remove(OverlayClient *client)
{
    Room *room = m_clientRooms.take(client);
    m_unexpected.remove(client);
    if (!room)
        return;
    disconnect(client, nullptr, this, nullptr);
    room->clients.removeOne(client);
    if (!room->clients.isEmpty())
        return;
    // Nobody watches this channel's box any more: what waited is not kept for later.
    std::deque<Play> dropped;
    dropped.swap(room->queue);
    for (const Play &play : dropped) {
        if (!play.replay)
            report(*room, play.item, AlertBoxNotice::What::NoPage);
    }
}

int AlertBoxHub::pageCount(const QString &channel) const
{
    auto it = m_rooms.find(channel);
    return it == m_rooms.end() ? 0 : int(it->second->clients.size());
}

void AlertBoxHub::enqueue(const QString &channel, const AlertBoxItem &item)
{
    Room &room = this->room(channel);
    if (room.clients.isEmpty()) {
        report(room, item, AlertBoxNotice::What::NoPage);
        return;
    }
    if (qsizetype(room.queue.size()) >= m_limits.maxAlertQueue) {
        report(room, item, AlertBoxNotice::What::QueueFull);
        return;
    }
    Play play;
    play.item = item;
    play.item.tier = isTier(item.tier) ? item.tier : u"small"_s;
    play.item.seconds = item.seconds > 0 ? std::clamp(item.seconds, MinSeconds, MaxSeconds) : 0;
    room.queue.push_back(std::move(play));
    report(room, item, AlertBoxNotice::What::Queued, int(room.queue.size()) - 1 + (room.current ? 1 : 0));
    startNext(room);
}

void AlertBoxHub::command(const QString &channel, AlertBoxCommand command)
{
    QList<Room *> rooms;
    if (channel.isEmpty()) {
        for (auto &[name, room] : m_rooms)
            rooms.append(room.get());
    } else {
        rooms.append(&room(channel));
    }
    for (Room *room : rooms) {
        switch (command) {
        case AlertBoxCommand::Pause:
            setPaused(*room, true);
            break;
        case AlertBoxCommand::Resume:
            setPaused(*room, false);
            startNext(*room);
            break;
        case AlertBoxCommand::Skip:
            if (room->current)
                endCurrent(*room);
            break;
        case AlertBoxCommand::Replay:
            if (room->last && !room->clients.isEmpty()) {
                Play play;
                play.item = *room->last;
                play.replay = true;
                room->queue.push_front(std::move(play));
                startNext(*room);
            }
            break;
        }
    }
}

void AlertBoxHub::setPaused(Room &room, bool paused)
{
    if (room.paused == paused)
        return;
    room.paused = paused;
    broadcast(room, paused ? R"({"kind":"state","paused":true})" : R"({"kind":"state","paused":false})");
}

void AlertBoxHub::startNext(Room &room)
{
    if (room.paused || room.current || room.queue.empty())
        return;
    Play play = std::move(room.queue.front());
    room.queue.pop_front();
    play.play = m_nextPlay++;
    play.durationMs = 1000 * (play.item.seconds > 0 ? play.item.seconds : tierSeconds(play.item.tier));
    room.current = std::move(play);
    if (!room.currentSince)
        room.currentSince = std::make_unique<QElapsedTimer>();
    room.currentSince->start();
    room.timer.start(room.current->durationMs);
    broadcast(room, alertMessage(*room.current, room.current->durationMs));
}

void AlertBoxHub::endCurrent(Room &room)
{
    room.timer.stop();
    if (!room.current)
        return;
    const Play ended = std::move(*room.current);
    room.current.reset();
    broadcast(room, R"({"kind":"end","play":)" + QByteArray::number(ended.play) + '}');
    room.last = ended.item;
    if (!ended.shown && !ended.replay)
        report(room, ended.item, AlertBoxNotice::What::Unseen);
    startNext(room);
}

void AlertBoxHub::broadcast(Room &room, const QByteArray &message)
{
    const QList<OverlayClient *> clients = room.clients;
    for (OverlayClient *client : clients)
        client->send(message, 1);
}

QByteArray AlertBoxHub::alertMessage(const Play &play, qint64 remainingMs) const
{
    const AlertBoxItem &item = play.item;
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.key("kind"_L1);
    w.value("alert"_L1);
    w.key("play"_L1);
    w.value(qint64(play.play));
    w.key("id"_L1);
    w.value(QStringView(item.alertId));
    w.key("tier"_L1);
    w.value(QStringView(item.tier));
    w.key("type"_L1);
    w.value(QStringView(item.eventType));
    w.key("text"_L1);
    w.value(QStringView(item.text));
    w.key("seconds"_L1);
    w.value(qint64(play.durationMs / 1000));
    w.key("remaining_ms"_L1);
    w.value(remainingMs);
    w.key("sound"_L1);
    if (const QString sound = fileUrl(m_files.contains(item.soundId) ? item.soundId : QString()); !sound.isEmpty())
        w.value(QStringView(sound));
    else
        w.rawValue("null"); // the tier's, from the box's tiers
    w.key("volume"_L1);
    w.value(qint64(std::clamp(item.volume, 0, 100)));
    w.key("replay"_L1);
    w.value(play.replay);
    w.key("test"_L1);
    w.value(item.test);
    w.key("event"_L1);
    if (item.eventJson.isEmpty())
        w.rawValue("null");
    else
        w.rawValue(item.eventJson);
    w.endObject();
    return out;
}

void AlertBoxHub::onMessage(OverlayClient *client, const QByteArray &message)
{
    Room *room = m_clientRooms.value(client);
    if (!room)
        return;
    const QJsonObject object = QJsonDocument::fromJson(message).object();
    const qint64 play = object.value("play"_L1).toInteger(-1);
    if (object.value("kind"_L1).toString() == "shown"_L1 && room->current && room->current->play == quint64(play)) {
        if (!room->current->shown) {
            room->current->shown = true;
            if (!room->current->replay)
                report(*room, room->current->item, AlertBoxNotice::What::Shown);
        }
        return;
    }
    // A late acknowledgement of the alert just ended is harmless; a page that
    // keeps talking is not an alert box.
    int &count = m_unexpected[client];
    if (++count > m_limits.maxAlertPageMessages) {
        qCWarning(lcOverlay).noquote() << "closing alert box page of" << room->channel << "at"
                                       << client->peerAddress().toString() << "- it sent" << count
                                       << "messages that were not due";
        client->closeWith(OverlayProtocol::CloseCode::PolicyViolation, u"unexpected messages"_s);
    }
}

void AlertBoxHub::report(const Room &room, const AlertBoxItem &item, AlertBoxNotice::What what, int position)
{
    if (item.test)
        return;
    emit notice(AlertBoxNotice {room.channel, item.alertId, item.actionIndex, what, position});
}

} // namespace soopchat
