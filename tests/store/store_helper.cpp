// A child process for the store tests, for what needs a second process:
//   store_helper flood DB RATE    records numbered chats at RATE events/s until
//                                 killed; prints "handed N" every 100 ms
//   store_helper lock DB          holds an exclusive lock on DB; prints "locked"
//                                 and keeps it until standard input closes
//   store_helper record DB COUNT [--as-nobody]
//                                 records COUNT events, then prints what the
//                                 writer reported as JSON lines; --as-nobody
//                                 drops root first, so a read-only file is
//                                 read-only for it as for any user
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

#include "StoreTestSupport.h"
#include "core/store/SessionWriter.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int flood(const QString &path, qint64 rate)
{
    SessionWriter writer(path);
    writer.beginSession({u"soop"_s, u"floodbj"_s, u"1"_s, u"flood"_s, u"플러드"_s, 0});
    QElapsedTimer clock;
    clock.start();
    qint64 handed = 0;
    // Hands over whatever the clock says is due, so the rate holds however
    // late the timer fires on a busy machine.
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 due = clock.elapsed() * rate / 1000;
        if (due > handed) {
            writer.record(storetest::flood(handed + 1, due - handed, QDateTime::currentMSecsSinceEpoch()));
            handed = due;
        }
    });
    QTimer report;
    QObject::connect(&report, &QTimer::timeout, [&] { printLine("handed " + QByteArray::number(handed)); });
    tick.start(10);
    report.start(100);
    return QCoreApplication::exec();
}

int lock(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lock"_s);
    db.setDatabaseName(path);
    QSqlQuery query(db);
    if (!db.open() || !query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s) || !query.exec(u"BEGIN EXCLUSIVE"_s) ||
        !query.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        printLine("failed " + query.lastError().text().toUtf8());
        return 1;
    }
    printLine("locked");
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    while (!input.read(1).isEmpty()) { }
    return 0;
}

int record(const QString &path, qint64 count)
{
    SessionWriter writer(path);
    auto print = [](const QJsonObject &o) { printLine(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    QObject::connect(&writer, &SessionWriter::error, [&](const StoreError &e) {
        print({{u"error"_s, StoreError::kindName(e.kind)}, {u"message"_s, e.message}});
    });
    QObject::connect(&writer, &SessionWriter::switchedToFile, [&](const QString &file) {
        print({{u"switched"_s, file}});
    });
    QObject::connect(&writer, &SessionWriter::flushed, [&] {
        print({{u"written"_s, writer.eventsWritten()}, {u"path"_s, writer.path()}});
        QCoreApplication::quit();
    });
    writer.beginSession({u"soop"_s, u"bj"_s, u"2"_s, u"record"_s, u"기록"_s, 0});
    writer.record(storetest::flood(1, count, QDateTime::currentMSecsSinceEpoch()));
    writer.flush();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 5 && std::strcmp(argv[4], "--as-nobody") == 0 && ::geteuid() == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) {
            std::perror("setuid");
            return 3;
        }
    }
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args[1] == "flood"_L1)
        return flood(args[2], args[3].toLongLong());
    if (args.size() >= 3 && args[1] == "lock"_L1)
        return lock(args[2]);
    if (args.size() >= 4 && args[1] == "record"_L1)
        return record(args[2], args[3].toLongLong());
    std::fputs("usage: store_helper flood DB RATE | lock DB | record DB COUNT [--as-nobody]\n", stderr);
    return 2;
}
