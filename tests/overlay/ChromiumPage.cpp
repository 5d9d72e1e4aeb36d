#include "ChromiumPage.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

QString ChromiumPage::executable()
{
    const QString configured = qEnvironmentVariable("SOOPCHAT_CHROMIUM");
    if (!configured.isEmpty())
        return configured;
    for (const QString &name : {u"chromium"_s, u"chromium-browser"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QString ChromiumPage::installHint()
{
    return u"chromium not found: install it with `scripts/deps.sh test` (Debian package chromium) "
           "or point SOOPCHAT_CHROMIUM at a Chromium binary"_s;
}

ChromiumPage::ChromiumPage(QObject *parent) : QObject(parent)
{
    m_socket.setProxy(QNetworkProxy::NoProxy);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ChromiumPage::onMessage);
}

ChromiumPage::~ChromiumPage()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        // Ask nicely so the profile is not left locked; kill if that does not work.
        m_socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject {{"id"_L1, m_nextId++}, {"method"_L1, "Browser.close"_L1}}).toJson()));
        m_socket.flush();
    }
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ChromiumPage::waitFor(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeout);
    loop.exec();
    return done();
}

bool ChromiumPage::start(QSize viewport)
{
    const QString program = executable();
    if (program.isEmpty()) {
        m_error = installHint();
        return false;
    }
    if (!m_profile.isValid()) {
        m_error = u"cannot create a temporary profile folder"_s;
        return false;
    }
    const QStringList arguments {
        u"--headless"_s,
        u"--no-sandbox"_s,
        u"--disable-gpu"_s,
        u"--disable-quic"_s,
        u"--no-first-run"_s,
        u"--no-default-browser-check"_s,
        u"--disable-background-networking"_s,
        u"--disable-component-update"_s,
        u"--disable-sync"_s,
        u"--no-proxy-server"_s,
        u"--hide-scrollbars"_s,
        u"--font-render-hinting=none"_s,
        u"--user-data-dir="_s + m_profile.path(),
        u"--remote-debugging-port=0"_s,
        u"--window-size=%1,%2"_s.arg(viewport.width()).arg(viewport.height()),
        u"about:blank"_s,
    };
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    // Chromium's own chatter (dbus, GCM) is noise in test logs.
    m_process.setStandardErrorFile(m_profile.filePath(u"chromium.log"_s));
    m_process.start();
    if (!m_process.waitForStarted(30000)) {
        m_error = u"cannot start %1: %2"_s.arg(program, m_process.errorString());
        return false;
    }

    // Chromium writes "PORT\n/devtools/browser/ID" once it listens.
    const QString portFile = m_profile.filePath(u"DevToolsActivePort"_s);
    QByteArray portText;
    const bool listening = waitFor(
        [&] {
            QFile file(portFile);
            if (file.open(QIODevice::ReadOnly))
                portText = file.readAll();
            return portText.contains('\n') || m_process.state() == QProcess::NotRunning;
        },
        std::chrono::seconds(60));
    const int port = portText.left(portText.indexOf('\n')).trimmed().toInt();
    if (!listening || port <= 0) {
        QFile log(m_profile.filePath(u"chromium.log"_s));
        log.open(QIODevice::ReadOnly);
        m_error = u"chromium did not open its DevTools port; its log ends with: "_s +
            QString::fromUtf8(log.readAll().right(2000));
        return false;
    }

    // The page target Chromium opened for about:blank.
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    std::unique_ptr<QNetworkReply> reply(
        manager.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/json/list"_s.arg(port)))));
    waitFor([&] { return reply->isFinished(); }, std::chrono::seconds(30));
    QUrl pageSocket;
    for (const QJsonValue &target : QJsonDocument::fromJson(reply->readAll()).array()) {
        if (target["type"_L1].toString() == "page"_L1) {
            pageSocket = QUrl(target["webSocketDebuggerUrl"_L1].toString());
            break;
        }
    }
    if (!pageSocket.isValid()) {
        m_error = u"no page target in /json/list"_s;
        return false;
    }
    m_socket.open(pageSocket);
    if (!waitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, std::chrono::seconds(30))) {
        m_error = u"cannot connect to the page target: "_s + m_socket.errorString();
        return false;
    }
    for (const QString &domain : {u"Page"_s, u"Runtime"_s, u"Log"_s}) {
        call(domain + u".enable"_s);
        if (!m_error.isEmpty())
            return false;
    }
    call(u"Emulation.setDeviceMetricsOverride"_s,
        {{"width"_L1, viewport.width()}, {"height"_L1, viewport.height()}, {"deviceScaleFactor"_L1, 1},
            {"mobile"_L1, false}});
    return m_error.isEmpty();
}

QJsonObject ChromiumPage::call(const QString &method, const QJsonObject &params, std::chrono::milliseconds timeout)
{
    m_error.clear();
    const int id = m_nextId++;
    QJsonObject message {{"id"_L1, id}, {"method"_L1, method}};
    if (!params.isEmpty())
        message.insert("params"_L1, params);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (!waitFor([&] { return m_replies.contains(id); }, timeout)) {
        m_error = method + u": no answer from Chromium"_s;
        return {};
    }
    const QJsonObject reply = m_replies.take(id);
    if (reply.contains("error"_L1)) {
        m_error = method + u": "_s + reply["error"_L1]["message"_L1].toString();
        return {};
    }
    return reply["result"_L1].toObject();
}

void ChromiumPage::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.contains("id"_L1)) {
        m_replies.insert(message["id"_L1].toInt(), message);
        return;
    }
    const QString method = message["method"_L1].toString();
    const QJsonObject params = message["params"_L1].toObject();
    if (method == "Page.loadEventFired"_L1) {
        m_loaded = true;
    } else if (method == "Runtime.exceptionThrown"_L1) {
        const QJsonObject details = params["exceptionDetails"_L1].toObject();
        m_problems.append(
            u"exception: "_s + details["exception"_L1]["description"_L1].toString(details["text"_L1].toString()));
    } else if (method == "Runtime.consoleAPICalled"_L1) {
        const QString type = params["type"_L1].toString();
        if (type == "error"_L1 || type == "warning"_L1 || type == "assert"_L1) {
            QStringList parts;
            for (const QJsonValue &arg : params["args"_L1].toArray())
                parts.append(arg["value"_L1].toVariant().toString());
            m_problems.append(u"console.%1: %2"_s.arg(type, parts.join(u' ')));
        }
    } else if (method == "Log.entryAdded"_L1) {
        const QJsonObject entry = params["entry"_L1].toObject();
        const QString level = entry["level"_L1].toString();
        if (level == "error"_L1 || level == "warning"_L1)
            m_problems.append(u"log %1 (%2): %3 %4"_s.arg(
                level, entry["source"_L1].toString(), entry["text"_L1].toString(), entry["url"_L1].toString()));
    }
}

bool ChromiumPage::navigate(const QUrl &url)
{
    m_loaded = false;
    const QJsonObject result = call(u"Page.navigate"_s, {{"url"_L1, url.toString()}});
    if (!m_error.isEmpty())
        return false;
    if (result.contains("errorText"_L1)) {
        m_error = u"navigation failed: "_s + result["errorText"_L1].toString();
        return false;
    }
    if (!waitFor([&] { return m_loaded; }, std::chrono::seconds(30))) {
        m_error = u"no load event for "_s + url.toString();
        return false;
    }
    return true;
}

QJsonValue ChromiumPage::evaluate(const QString &expression, QString *error)
{
    const QJsonObject result = call(
        u"Runtime.evaluate"_s, {{"expression"_L1, expression}, {"returnByValue"_L1, true}, {"awaitPromise"_L1, true}});
    QString problem = m_error;
    if (problem.isEmpty() && result.contains("exceptionDetails"_L1))
        problem = u"exception in %1: %2"_s.arg(
            expression, result["exceptionDetails"_L1]["exception"_L1]["description"_L1].toString());
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return QJsonValue::Undefined;
    return result["result"_L1]["value"_L1];
}

bool ChromiumPage::waitUntil(const QString &expression, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (true) {
        QString error;
        const QJsonValue value = evaluate(u"!!("_s + expression + u")"_s, &error);
        if (error.isEmpty() && value.toBool())
            return true;
        if (deadline.hasExpired()) {
            m_error = error.isEmpty() ? u"timed out waiting for "_s + expression : error;
            return false;
        }
        // Let the page and the servers on this thread move on before asking again.
        QEventLoop loop;
        QTimer::singleShot(25, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

QByteArray ChromiumPage::screenshot()
{
    const QJsonObject result = call(u"Page.captureScreenshot"_s, {{"format"_L1, "png"_L1}});
    return QByteArray::fromBase64(result["data"_L1].toString().toLatin1());
}

bool ChromiumPage::setBackground(int red, int green, int blue, double alpha)
{
    call(u"Emulation.setDefaultBackgroundColorOverride"_s,
        {{"color"_L1, QJsonObject {{"r"_L1, red}, {"g"_L1, green}, {"b"_L1, blue}, {"a"_L1, alpha}}}});
    return m_error.isEmpty();
}
