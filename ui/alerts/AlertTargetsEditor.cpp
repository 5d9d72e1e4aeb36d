#include "ui/alerts/AlertTargetsEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "core/util/RandomId.h"
#include "core/util/SecretStore.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

QString kindText(AlertTarget::Kind kind)
{
    return kind == AlertTarget::Kind::Discord ? AlertTargetsEditor::tr("Discord") // ko: 디스코드
                                              : AlertTargetsEditor::tr("Telegram"); // ko: 텔레그램
}

} // namespace

AlertTargetsEditor::AlertTargetsEditor(const QString &secretService, QWidget *parent)
    : QWidget(parent), m_secretService(secretService), m_list(new QListWidget(this)),
      m_detail(new QStackedWidget(this)), m_name(new QLineEdit(this)), m_chatIdLabel(new QLabel(this)),
      m_chatId(new QLineEdit(this)), m_secretLabel(new QLabel(this)), m_secret(new QLineEdit(this)),
      m_store(new QPushButton(tr("Keep in Keychain"), this)), // ko: 키체인에 보관
      m_status(new QLabel(this)), m_remove(new QPushButton(tr("Remove"), this)), // ko: 삭제
      m_test(new QPushButton(tr("Send a Test"), this)) // ko: 시험 전송
{
    m_list->setObjectName(u"alertTargets"_s);
    m_list->setMinimumWidth(160);
    m_name->setObjectName(u"targetName"_s);
    m_name->setPlaceholderText(tr("e.g. #donations")); // ko: 예: #후원-알림
    m_chatId->setObjectName(u"targetChatId"_s);
    // ko: 예: -1001234567890 또는 @내채널
    m_chatId->setPlaceholderText(tr("e.g. -1001234567890 or @mychannel"));
    m_secret->setObjectName(u"targetSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    m_store->setObjectName(u"storeSecret"_s);
    m_status->setObjectName(u"secretStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_remove->setObjectName(u"removeTarget"_s);
    m_test->setObjectName(u"testTarget"_s);
    // ko: 저장된 설정으로 이 대상에 시험 메시지를 보냅니다
    m_test->setToolTip(tr("Sends a test message to this target."));

    auto *addDiscord = new QPushButton(tr("Add Discord Webhook"), this); // ko: 디스코드 웹후크 추가
    addDiscord->setObjectName(u"addDiscord"_s);
    auto *addTelegram = new QPushButton(tr("Add Telegram Bot"), this); // ko: 텔레그램 봇 추가
    addTelegram->setObjectName(u"addTelegram"_s);
    connect(addDiscord, &QPushButton::clicked, this, [this] { addTarget(AlertTarget::Kind::Discord); });
    connect(addTelegram, &QPushButton::clicked, this, [this] { addTarget(AlertTarget::Kind::Telegram); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        m_targets.removeAt(row);
        delete m_list->takeItem(row);
        showCurrent();
        emit changed();
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (const int row = currentRow(); row >= 0)
            emit testRequested(m_targets[row]);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &AlertTargetsEditor::showCurrent);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (m_loading || currentRow() < 0)
            return;
        m_targets[currentRow()].name = name.trimmed();
        updateItem(currentRow());
        emit changed();
    });
    connect(m_chatId, &QLineEdit::textChanged, this, [this](const QString &chatId) {
        if (m_loading || currentRow() < 0)
            return;
        m_targets[currentRow()].chatId = chatId.trimmed();
        emit changed();
    });
    connect(m_store, &QPushButton::clicked, this, &AlertTargetsEditor::storeSecret);
    connect(m_secret, &QLineEdit::returnPressed, this, &AlertTargetsEditor::storeSecret);
    connect(m_secret, &QLineEdit::textChanged, this, [this] { m_store->setEnabled(!m_secret->text().isEmpty()); });

    auto *form = new QWidget(m_detail);
    auto *formLayout = new QFormLayout(form);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout->addRow(tr("Name:"), m_name); // ko: 이름:
    formLayout->addRow(m_chatIdLabel, m_chatId);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_store);
    formLayout->addRow(m_secretLabel, secretRow);
    formLayout->addRow(QString(), m_status);
    // ko: 웹후크 주소와 봇 토큰은 운영체제의 키체인에만 보관하며, 설정 파일이나 알림 파일에는 절대 쓰지 않습니다.
    auto *note = new QLabel(tr("Webhook addresses and bot tokens are kept only in the system keychain, never in "
                               "the settings or alerts files."),
        form);
    note->setWordWrap(true);
    note->setEnabled(false);
    formLayout->addRow(note);
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addWidget(m_test);
    detailButtons->addStretch();
    detailButtons->addWidget(m_remove);
    formLayout->addRow(detailButtons);
    // ko: 디스코드 웹후크나 텔레그램 봇을 추가하면 규칙의 동작이 그곳에 알림을 보낼 수 있습니다.
    auto *empty =
        new QLabel(tr("Add a Discord webhook or a Telegram bot, and rules' actions can post there."), m_detail);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->addWidget(empty);
    m_detail->addWidget(form);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addWidget(addDiscord);
    listColumn->addWidget(addTelegram);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(listColumn, 2);
    layout->addWidget(m_detail, 3);
    showCurrent();
}

QString AlertTargetsEditor::secretWord(AlertTarget::Kind kind) const
{
    return kind == AlertTarget::Kind::Discord ? tr("webhook address") // ko: 웹후크 주소
                                              : tr("bot token"); // ko: 봇 토큰
}

void AlertTargetsEditor::setTargets(const QList<AlertTarget> &targets)
{
    m_targets = targets;
    m_list->clear();
    for (int row = 0; row < targets.size(); ++row) {
        m_list->addItem(QString());
        updateItem(row);
    }
    m_list->setCurrentRow(targets.isEmpty() ? -1 : 0);
    showCurrent();
}

AlertTarget *AlertTargetsEditor::addTarget(AlertTarget::Kind kind)
{
    AlertTarget target;
    target.id = randomHexId();
    target.kind = kind;
    target.name = kind == AlertTarget::Kind::Discord ? tr("Discord webhook") // ko: 디스코드 웹후크
                                                     : tr("Telegram bot"); // ko: 텔레그램 봇
    m_targets.append(target);
    m_list->addItem(QString());
    updateItem(int(m_targets.size()) - 1);
    m_list->setCurrentRow(int(m_targets.size()) - 1);
    emit changed();
    m_name->setFocus();
    m_name->selectAll();
    return &m_targets.last();
}

void AlertTargetsEditor::select(int row)
{
    m_list->setCurrentRow(row);
}

int AlertTargetsEditor::currentRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_targets.size() ? row : -1;
}

void AlertTargetsEditor::updateItem(int row)
{
    const AlertTarget &target = m_targets[row];
    QListWidgetItem *item = m_list->item(row);
    item->setText(u"%1 (%2)"_s.arg(target.name.isEmpty() ? tr("(unnamed)") : target.name, kindText(target.kind)));
}

void AlertTargetsEditor::showCurrent()
{
    const int row = currentRow();
    m_detail->setCurrentIndex(row < 0 ? 0 : 1);
    m_remove->setEnabled(row >= 0);
    m_test->setEnabled(row >= 0);
    m_secret->clear();
    m_failedSecret.clear();
    m_status->clear();
    m_store->setEnabled(false);
    if (row < 0)
        return;
    const AlertTarget &target = m_targets[row];
    const QSignalBlocker nameBlocker(m_name);
    const QSignalBlocker chatBlocker(m_chatId);
    m_name->setText(target.name);
    m_chatId->setText(target.chatId);
    const bool telegram = target.kind == AlertTarget::Kind::Telegram;
    m_chatIdLabel->setText(tr("Chat id:")); // ko: 채팅 아이디:
    m_chatIdLabel->setVisible(telegram);
    m_chatId->setVisible(telegram);
    m_secretLabel->setText(telegram ? tr("Bot token:") : tr("Webhook address:")); // ko: 봇 토큰:, 웹후크 주소:
    m_secret->setPlaceholderText(m_stored.contains(target.id)
            ? tr("Kept in the keychain; type a new one to replace it") // ko: 키체인에 보관됨. 바꾸려면 새로 입력하세요
            : telegram
            ? tr("Paste the token from @BotFather") // ko: @BotFather가 준 토큰을 붙여 넣으세요
            : tr("Paste the address from Discord's channel settings")); // ko: 디스코드 채널 설정의 주소를 붙여 넣으세요
}

bool AlertTargetsEditor::storeSecret()
{
    const int row = currentRow();
    const QString secret = m_secret->text().trimmed();
    if (row < 0 || secret.isEmpty())
        return false;
    const AlertTarget &target = m_targets[row];
    const SecretStore::Result result = SecretStore(m_secretService).write(target.secretKey(), secret);
    QString text;
    QString colour;
    if (result.ok()) {
        m_secret->clear();
        m_failedSecret.clear();
        m_stored.insert(target.id);
        // ko: 운영체제의 키체인에 보관했습니다.
        text = tr("Kept in the system keychain.");
        colour = u"#2e7d32"_s;
        showCurrent();
    } else {
        m_failedSecret = secret;
        colour = u"#d32f2f"_s;
        if (result.status == SecretStore::Status::Denied) {
            // ko: 키체인이 보관을 거부했습니다(%2). %1은(는) 어디에도 저장되지 않았습니다.
            text = tr("The keychain refused to keep it (%2). The %1 was not saved anywhere.")
                       .arg(secretWord(target.kind), result.error);
        } else {
            // ko: 응답하는 키체인이 없어 %1을(를) 어디에도 저장하지 않았습니다. SoopChat은 웹후크 주소와 봇 토큰을
            // 운영체제의 키체인(GNOME 키링, KWallet)에만 보관합니다. 키체인을 켜거나 잠금을 푼 뒤 다시 누르세요.
            text = tr("No keychain answered, so the %1 was not saved anywhere. SoopChat keeps webhook addresses and "
                      "bot tokens only in the system keychain (GNOME Keyring, KWallet): start or unlock one, then "
                      "press the button again.")
                       .arg(secretWord(target.kind));
        }
    }
    m_status->setStyleSheet(u"color: %1;"_s.arg(colour));
    m_status->setText(text);
    return result.ok();
}

QString AlertTargetsEditor::storePendingSecret()
{
    const QString secret = m_secret->text().trimmed();
    if (secret.isEmpty() || secret == m_failedSecret || storeSecret())
        return {};
    return m_status->text();
}

QString AlertTargetsEditor::secretStatus() const
{
    return m_status->text();
}

} // namespace soopchat
