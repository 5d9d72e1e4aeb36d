#include "ui/main/LiveHeader.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>
#include <climits>

#include "core/stats/SessionStats.h"
#include "ui/common/ElidedLabel.h"
#include "ui/stats/StatsPanel.h"

namespace soopchat {

using namespace Qt::StringLiterals;

LiveHeader::LiveHeader(const SessionStats &stats, QWidget *parent)
    : QWidget(parent), m_stats(stats), m_now([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_mark(new QLabel(this)), m_title(new QLabel(this)), m_details(new ElidedLabel(this))
{
    setObjectName(u"liveHeader"_s);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    for (QLabel *label : {m_mark, m_title, static_cast<QLabel *>(m_details)})
        label->setTextFormat(Qt::PlainText); // a title is the streamer's text, never markup
    m_mark->setObjectName(u"liveMark"_s);
    QPalette markPalette = m_mark->palette();
    markPalette.setColor(QPalette::WindowText, QColor(0xE5, 0x48, 0x4D));
    m_mark->setPalette(markPalette);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_mark->setFont(bold);
    m_title->setFont(bold);
    m_title->setObjectName(u"liveTitle"_s);
    // A long title gives way first: the header never sets the window's width.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(60);
    m_details->setObjectName(u"liveDetails"_s);
    m_details->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 5, 8, 5);
    layout->setSpacing(8);
    layout->addWidget(m_mark);
    layout->addWidget(m_title, 3);
    layout->addWidget(m_details, 2);

    m_tick.setInterval(2'000); // the chatters follow the chat; a refresh is a few labels
    connect(&m_tick, &QTimer::timeout, this, &LiveHeader::refresh);
    setVisible(false);
}

void LiveHeader::setStatus(const ChannelStatus &status)
{
    const bool live = status.state == ConnectionState::Live;
    if (live && m_liveSinceMs == 0)
        m_liveSinceMs = m_now();
    m_status = status;
    setVisible(live);
    refresh();
}

void LiveHeader::restart()
{
    m_liveSinceMs = m_status.state == ConnectionState::Live ? m_now() : 0;
    refresh();
}

QString LiveHeader::heading() const
{
    const QString title = m_status.broadcast.title.simplified();
    return title.isEmpty() ? tr("Untitled broadcast") : title; // ko: 제목 없는 방송
}

QString LiveHeader::details() const
{
    QStringList parts;
    if (m_status.quietSinceMs > 0) {
        // Live on paper, silent in fact: the chat may have stalled.
        const qint64 seconds = std::max<qint64>(0, (m_now() - m_status.quietSinceMs) / 1000);
        parts.append(tr("nothing received for %n s", nullptr,
            int(std::min<qint64>(seconds, INT_MAX)))); // ko: %n초째 받은 것이 없음
    }
    const QString id = m_status.broadcast.channelId.isEmpty() ? m_status.channel : m_status.broadcast.channelId;
    const QString name = m_status.broadcast.channelName;
    parts.append(name.isEmpty() || name == id ? id : u"%1 (%2)"_s.arg(name, id));
    if (m_liveSinceMs > 0) {
        const qint64 watchedMs = m_now() - m_liveSinceMs;
        if (watchedMs < 60'000)
            parts.append(tr("just joined")); // ko: 방금 들어옴
        else // ko: %1째 보는 중
            parts.append(tr("watching for %1").arg(StatsPanel::formatDuration(watchedMs)));
    }
    if (m_status.transport == Transport::Plain) // ko: 암호화 안 됨(TLS 채팅 포트에 닿지 못함)
        parts.append(tr("unencrypted: the TLS chat port could not be reached"));
    const qint64 chatters = m_stats.snapshot(0, 0).totals.uniqueChatters;
    parts.append(tr("%n chatter(s)", nullptr, int(std::min<qint64>(chatters, INT_MAX)))); // ko: 채팅 참여 %n명
    return parts.join(u" · "_s);
}

void LiveHeader::refresh()
{
    m_mark->setText(tr("● LIVE")); // ko: ● 방송 중
    m_mark->setEnabled(m_status.quietSinceMs == 0); // greyed while nothing comes
    const QString title = heading();
    m_title->setText(title);
    m_title->setToolTip(title);
    m_details->setFullText(details());
}

// Ticks only while it can be seen: a tab in the background costs nothing.
void LiveHeader::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_tick.start();
}

void LiveHeader::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick.stop();
}

void LiveHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace soopchat
