#include "ui/chat/LinkOpener.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

#include <array>

#include "core/util/DisplayText.h"
#include "core/util/LinkFinder.h"

namespace soopchat {

using namespace Qt::StringLiterals;

bool LinkOpener::isWellKnownHost(const QString &host)
{
    static constexpr std::array Known {"sooplive.co.kr"_L1, "sooplive.com"_L1, "afreecatv.com"_L1, "youtube.com"_L1,
        "youtu.be"_L1, "chzzk.naver.com"_L1, "naver.me"_L1, "twitch.tv"_L1};
    const QString h = host.toLower();
    for (const QLatin1StringView known : Known) {
        if (h == known || (h.endsWith(known) && h.at(h.size() - known.size() - 1) == u'.'))
            return true;
    }
    return false;
}

bool LinkOpener::isInternationalHost(const QUrl &url)
{
    const QString ascii = url.host(QUrl::FullyEncoded);
    return ascii.startsWith("xn--"_L1) || ascii.contains(".xn--"_L1);
}

QString LinkOpener::shownHost(const QUrl &url)
{
    const QString ascii = url.host(QUrl::FullyEncoded);
    const QString unicode = QUrl::fromAce(ascii.toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (unicode.isEmpty() || unicode == ascii)
        return ascii;
    return u"%1 (%2)"_s.arg(ascii, DisplayText::isolated(unicode));
}

bool LinkOpener::open(const QUrl &url, QWidget *parent)
{
    if (!LinkFinder::isOpenable(url))
        return false;
    const bool international = isInternationalHost(url);
    if (international || !isWellKnownHost(url.host(QUrl::FullyEncoded))) {
        QMessageBox box(parent);
        box.setObjectName(u"linkConfirmation"_s);
        box.setIcon(international ? QMessageBox::Warning : QMessageBox::Question);
        box.setWindowTitle(tr("Open link?")); // ko: 링크를 열까요?
        box.setTextFormat(Qt::PlainText);
        QString text = tr("This link goes to %1.").arg(shownHost(url)); // ko: 이 링크는 %1(으)로 연결됩니다.
        if (international) {
            // ko: 이 주소에는 국제 문자가 들어 있어 잘 알려진 사이트와 똑같아 보일 수 있습니다. 주소를 잘 확인하세요.
            text += u"\n\n"_s +
                tr("The address is written with international characters and can look exactly like a well-known "
                   "site. Check it carefully.");
        }
        box.setText(text);
        box.setInformativeText(DisplayText::shown(url.toDisplayString(), 300));
        QPushButton *openButton =
            box.addButton(tr("Open in browser"), QMessageBox::AcceptRole); // ko: 브라우저에서 열기
        openButton->setObjectName(u"openLink"_s);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != openButton)
            return false;
    }
    return QDesktopServices::openUrl(url);
}

} // namespace soopchat
