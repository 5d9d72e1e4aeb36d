#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include "core/events/EventJson.h"
#include "core/soop/EventStreamDecoder.h"

namespace testdata {

using namespace Qt::StringLiterals;

QString dataDir()
{
    return QStringLiteral(SOOPCHAT_TEST_DATA);
}

QString cliPath()
{
    return QStringLiteral(SOOPCHAT_CLI);
}

QString buildDir()
{
    return QStringLiteral(SOOPCHAT_BUILD_DIR);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return file.readAll();
}

QJsonObject neutralEvent(const QJsonObject &old)
{
    QJsonObject event = old;
    QJsonObject soop = old.value("soop"_L1).toObject();
    for (QLatin1StringView key : {"service"_L1, "return_code"_L1}) {
        if (event.contains(key))
            soop.insert(key, event.take(key));
    }
    const auto moveFlags = [](QJsonObject &holder, QJsonObject &raw, QLatin1StringView oldKey,
                               QLatin1StringView rolesKey, const QString &prefix) {
        if (!holder.contains(oldKey))
            return;
        const QJsonObject flags = holder.take(oldKey).toObject();
        if (flags.contains("roles"_L1))
            holder.insert(rolesKey, flags.value("roles"_L1));
        for (QLatin1StringView number : {"flag1"_L1, "flag2"_L1}) {
            if (flags.contains(number))
                raw.insert(prefix + number, flags.value(number));
        }
    };
    moveFlags(event, soop, "flags"_L1, "roles"_L1, {});
    moveFlags(event, soop, "previous_flags"_L1, "previous_roles"_L1, u"previous_"_s);
    if (event.contains("users"_L1)) {
        QJsonArray users;
        for (const QJsonValue &value : event.value("users"_L1).toArray()) {
            QJsonObject user = value.toObject();
            QJsonObject raw;
            moveFlags(user, raw, "flags"_L1, "roles"_L1, {});
            if (!raw.isEmpty())
                user.insert("soop"_L1, raw);
            users.append(user);
        }
        event.insert("users"_L1, users);
    }
    if (!soop.isEmpty())
        event.insert("soop"_L1, soop);
    event.insert("platform"_L1, u"soop"_s);
    return event;
}

QList<Vector> vectors()
{
    const QJsonObject root = QJsonDocument::fromJson(readFile(dataDir() + u"/vectors.json"_s)).object();
    QList<Vector> result;
    for (const QJsonValue &v : root.value("vectors"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        QJsonArray expect;
        for (const QJsonValue &event : o.value("expect"_L1).toArray())
            expect.append(neutralEvent(event.toObject()));
        result.append({o.value("name"_L1).toString(),
            QByteArray::fromBase64(o.value("packet_b64"_L1).toString().toLatin1()), expect});
    }
    return result;
}

QList<Frame> fixtureFrames(const QString &fileName)
{
    QList<Frame> frames;
    const QList<QByteArray> lines = readFile(dataDir() + u"/fixtures/"_s + fileName).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value("dir"_L1).toString() != "in"_L1)
            continue;
        frames.append({o.value("t"_L1).toInteger(), QByteArray::fromBase64(o.value("b64"_L1).toString().toLatin1())});
    }
    return frames;
}

soopchat::EventBatch decodeFrames(const QList<Frame> &frames, qint64 startMs)
{
    soopchat::EventBatch stamped;
    soopchat::soop::EventStreamDecoder decoder;
    for (const Frame &frame : frames) {
        soopchat::EventBatch events;
        decoder.feed(frame.bytes, events);
        for (const soopchat::EventPtr &event : events) {
            auto copy = std::make_shared<soopchat::ChatEvent>(*event);
            copy->receivedAtMs = startMs + frame.timeMs;
            stamped.append(copy);
        }
    }
    return stamped;
}

soopchat::EventBatch decodedFixture(const QString &fileName, qint64 startMs)
{
    return decodeFrames(fixtureFrames(fileName), startMs);
}

QStringList fixtureFiles()
{
    return QDir(dataDir() + u"/fixtures"_s).entryList({u"*.frames.jsonl"_s}, QDir::Files, QDir::Name);
}

bool containsSubset(const QJsonValue &actual, const QJsonValue &expected, QString *why, const QString &path)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            *why = u"%1: expected an object, got %2"_s.arg(
                path, QString::fromUtf8(QJsonDocument(QJsonArray {actual}).toJson(QJsonDocument::Compact)));
            return false;
        }
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                *why = u"%1.%2 is missing"_s.arg(path, it.key());
                return false;
            }
            if (!containsSubset(a.value(it.key()), it.value(), why, path + u'.' + it.key()))
                return false;
        }
        return true;
    }
    if (actual != expected) {
        const auto show = [](const QJsonValue &v) {
            return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
        };
        *why = u"%1: expected %2, got %3"_s.arg(path, show(expected), show(actual));
        return false;
    }
    return true;
}

QJsonObject toJsonObject(const soopchat::ChatEvent &event)
{
    return QJsonDocument::fromJson(soopchat::EventJson::toJson(event)).object();
}

} // namespace testdata
