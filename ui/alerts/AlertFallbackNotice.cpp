#include "ui/alerts/AlertFallbackNotice.h"

#include <utility>

namespace soopchat {

AlertFallbackNotice::AlertFallbackNotice(Show show, QObject *parent) : QObject(parent), m_show(std::move(show))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(DefaultIntervalMs);
    connect(&m_quiet, &QTimer::timeout, this, &AlertFallbackNotice::release);
}

void AlertFallbackNotice::post(const QString &summary, const QString &body)
{
    if (!m_quiet.isActive()) {
        m_show(summary, body);
        m_quiet.start();
        return;
    }
    ++m_held;
    m_summary = summary;
    m_body = body;
}

void AlertFallbackNotice::release()
{
    if (m_held == 0)
        return; // quiet again: the next alert shows at once
    const int others = m_held - 1;
    m_held = 0;
    QString body = std::exchange(m_body, QString());
    if (others > 0) // ko: …외 %n개 더 (모두 알림 기록에 있습니다)
        body += u'\n' + tr("…and %n more (all of them are in the Alert History).", nullptr, others);
    m_show(std::exchange(m_summary, QString()), body);
    m_quiet.start();
}

} // namespace soopchat
