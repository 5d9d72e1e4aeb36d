#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/events/ChatEvent.h"

namespace testdata {

QString dataDir(); // tests/data
QString cliPath(); // the built soopchat-cli
QString buildDir(); // the CMake build folder (screenshots are kept here)
QByteArray readFile(const QString &path);

// tests/data/vectors.json comes from the shared reference material, which
// writes events as they were before they were platform-neutral; vectors()
// turns each expectation into today's form (docs/EVENTS.md, "Older
// recordings and exports"): "platform", roles where the flags were, SOOP's
// packet fields and raw flags in "soop".
QJsonObject neutralEvent(const QJsonObject &old);

struct Vector
{
    QString name;
    QByteArray packet;
    QJsonArray expect;
};
QList<Vector> vectors();

// The websocket frames of a recorded fixture (frames.jsonl), server to client only.
struct Frame
{
    qint64 timeMs;
    QByteArray bytes;
};
QList<Frame> fixtureFrames(const QString &fileName);
// Frames decoded as the client does, each event stamped with startMs + its
// frame's offset, as a recording replays it.
soopchat::EventBatch decodeFrames(const QList<Frame> &frames, qint64 startMs = 0);
soopchat::EventBatch decodedFixture(const QString &fileName, qint64 startMs = 0);
QStringList fixtureFiles();

// `expected` is a subset of `actual`: every key of `expected` is in `actual`
// with an equal value (objects compared the same way, recursively). On a
// mismatch returns false and describes it in *why.
bool containsSubset(const QJsonValue &actual, const QJsonValue &expected, QString *why, const QString &path = {});

QJsonObject toJsonObject(const soopchat::ChatEvent &event);

} // namespace testdata
