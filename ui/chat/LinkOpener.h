#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QWidget;

namespace soopchat {

// Opens a link clicked in chat. Addresses on a short list of well-known hosts (the streaming
// services and video sites chat links to all evening) open at once; any other asks first, in a
// dialog that shows the whole host, and says so when the host is written with international
// characters (punycode, "xn--"), which can imitate a well-known name letter for letter. Only
// http and https ever open.
class LinkOpener : public QObject
{
    Q_OBJECT

public:
    // Whether `host` (or a host under it) is on the built-in list: sooplive.co.kr,
    // sooplive.com, afreecatv.com, youtube.com, youtu.be, chzzk.naver.com, naver.me, twitch.tv.
    static bool isWellKnownHost(const QString &host);
    // Whether the host is written in the ASCII form of international characters.
    static bool isInternationalHost(const QUrl &url);
    // The host as the dialog shows it: the ASCII form, with the international one beside it.
    static QString shownHost(const QUrl &url);

    // Opens `url` (after asking when its host is not well known). False when it was not
    // opened: not http(s), or the reader said no.
    static bool open(const QUrl &url, QWidget *parent);
};

} // namespace soopchat
