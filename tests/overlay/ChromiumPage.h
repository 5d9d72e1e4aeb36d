#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QProcess>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebSocket>

#include <QHash>

#include <chrono>
#include <functional>
#include <memory>

// A headless Chromium with one page, driven over the Chrome DevTools Protocol
// from a Qt test: no npm, no WebDriver. Starts Debian's `chromium` with a new
// profile and --remote-debugging-port=0, reads the port from the profile's
// DevToolsActivePort file and talks to the page target over a QWebSocket.
// Calls wait in a local event loop, so servers on the test's thread keep running.
class ChromiumPage : public QObject
{
    Q_OBJECT

public:
    // The browser to run: $SOOPCHAT_CHROMIUM, else `chromium` or `chromium-browser` on PATH; empty if none.
    static QString executable();
    static QString installHint(); // for QSKIP

    explicit ChromiumPage(QObject *parent = nullptr);
    ~ChromiumPage() override;

    // Starts the browser with a viewport of `viewport` CSS pixels.
    bool start(QSize viewport = {400, 600});
    QString errorString() const { return m_error; }

    // Loads `url` and waits for its load event.
    bool navigate(const QUrl &url);
    // Runtime.evaluate with the result returned by value; an exception is an error.
    QJsonValue evaluate(const QString &expression, QString *error = nullptr);
    // Evaluates `expression` until it is truthy (true when it became so in time).
    bool waitUntil(const QString &expression, std::chrono::milliseconds timeout = std::chrono::seconds(15));
    // A PNG of the viewport.
    QByteArray screenshot();
    // Paints the page's default background (what shows through a transparent page).
    bool setBackground(int red, int green, int blue, double alpha);

    // A raw DevTools call; returns the "result" object, or an empty one and errorString() on failure.
    QJsonObject call(const QString &method, const QJsonObject &params = {},
        std::chrono::milliseconds timeout = std::chrono::seconds(30));

    // Uncaught exceptions and console/log messages of level "error" or "warning"
    // (CSP violations land here), since start().
    QStringList problems() const { return m_problems; }
    void clearProblems() { m_problems.clear(); }

private:
    void onMessage(const QString &text);
    bool waitFor(const std::function<bool()> &done, std::chrono::milliseconds timeout);

    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_socket;
    QString m_error;
    int m_nextId = 1;
    QHash<int, QJsonObject> m_replies;
    bool m_loaded = false;
    QStringList m_problems;
};
