#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace soopchat {

// The alerts the desktop could not show as notifications, shown the app's own
// way (a tray message, else the status bar) without flooding it: the first at
// once, then at most one message per interval, which names the latest alert
// and how many more came in between. The Alert History keeps every one.
class AlertFallbackNotice : public QObject
{
    Q_OBJECT

public:
    using Show = std::function<void(const QString &summary, const QString &body)>;

    static constexpr int DefaultIntervalMs = 5'000;

    explicit AlertFallbackNotice(Show show, QObject *parent = nullptr);

    void setIntervalMs(int ms) { m_quiet.setInterval(ms); }
    void post(const QString &summary, const QString &body);
    // Alerts waiting for the end of the interval.
    int held() const { return m_held; }
    // Inside an interval: the next alert waits for its end.
    bool isHolding() const { return m_quiet.isActive(); }

private:
    void release();

    Show m_show;
    QTimer m_quiet;
    int m_held = 0;
    QString m_summary; // the latest held alert
    QString m_body;
};

} // namespace soopchat
