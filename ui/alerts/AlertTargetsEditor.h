#pragma once

#include <QList>
#include <QSet>
#include <QWidget>

#include "core/alerts/AlertRule.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace soopchat {

// The Discord webhooks and Telegram bots of Settings → Alerts. The webhook
// address or bot token is typed into a password field and kept only in the
// system keychain (SecretStore, under AlertTarget::secretKey()); when no
// keychain answers, the user is told and it is kept nowhere else.
class AlertTargetsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AlertTargetsEditor(const QString &secretService, QWidget *parent = nullptr);

    void setTargets(const QList<AlertTarget> &targets);
    QList<AlertTarget> targets() const { return m_targets; }
    AlertTarget *addTarget(AlertTarget::Kind kind);
    void select(int row);
    int currentRow() const;

    // Keeps what the secret field holds in the keychain for the selected
    // target; true when it was kept. The outcome is said under the field.
    bool storeSecret();
    // What a secret typed but not stored yet would be lost as: stores it.
    // Returns the message to show when that failed (empty: nothing to say).
    QString storePendingSecret();
    QString secretStatus() const;
    QSet<QString> secretsStored() const { return m_stored; } // target ids, this time the page was open

signals:
    void changed();
    void testRequested(const soopchat::AlertTarget &target);

private:
    void showCurrent();
    void updateItem(int row);
    QString secretWord(AlertTarget::Kind kind) const;

    QString m_secretService;
    QList<AlertTarget> m_targets;
    QSet<QString> m_stored;
    QString m_failedSecret; // the text a store last failed for: said once
    QListWidget *m_list;
    QStackedWidget *m_detail;
    QLineEdit *m_name;
    QLabel *m_chatIdLabel;
    QLineEdit *m_chatId;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QPushButton *m_store;
    QLabel *m_status;
    QPushButton *m_remove;
    QPushButton *m_test;
    bool m_loading = false;
};

} // namespace soopchat
