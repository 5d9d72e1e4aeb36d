#pragma once

#include <QLabel>

namespace soopchat {

// A permanent label of the status bar with a long form and a brief one. The
// brief one shows while the status bar shows a message, which needs the room
// in a small window; the tooltip says everything either way.
class StatusLabel : public QLabel
{
public:
    explicit StatusLabel(QWidget *parent = nullptr) : QLabel(parent) { setTextFormat(Qt::PlainText); }

    void setTexts(const QString &full, const QString &brief = {})
    {
        m_full = full;
        m_brief = brief.isEmpty() ? full : brief;
        setText(m_isBrief ? m_brief : m_full);
    }

    void setBrief(bool brief)
    {
        m_isBrief = brief;
        setText(m_isBrief ? m_brief : m_full);
    }

private:
    QString m_full;
    QString m_brief;
    bool m_isBrief = false;
};

} // namespace soopchat
