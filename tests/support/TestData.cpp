#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include "core/events/EventJson.h"

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

QList<Vector> vectors()
{
    const QJsonObject root = QJsonDocument::fromJson(readFile(dataDir() + u"/vectors.json"_s)).object();
    QList<Vector> result;
    for (const QJsonValue &v : root.value("vectors"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        result.append({o.value("name"_L1).toString(),
            QByteArray::fromBase64(o.value("packet_b64"_L1).toString().toLatin1()), o.value("expect"_L1).toArray()});
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
