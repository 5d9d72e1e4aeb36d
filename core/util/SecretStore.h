#pragma once

#include <QString>

#include <chrono>

namespace soopchat {

// Secrets in the OS keychain (the Secret Service on Linux: GNOME Keyring,
// KWallet), through QtKeychain: the overlay token today, webhook URLs and bot
// tokens later. Never a plain-text fallback: when no keychain answers, the
// caller is told so and decides with the user.
//
// Calls wait for the keychain's answer in a local event loop (keychains answer
// in milliseconds; a locked one may first ask the user to unlock it).
class SecretStore
{
public:
    enum class Status : quint8 {
        Ok,
        NotFound, // the keychain works and holds nothing under this key
        Denied, // the user or the keychain refused
        Unavailable, // no keychain on this system, or it did not answer
    };

    struct Result
    {
        Status status = Status::Unavailable;
        QString value; // read(): the secret
        QString error; // from the keychain, for the log and messages
        bool ok() const { return status == Status::Ok; }
    };

    // `service`: the name the secrets are kept under ("soopchat").
    explicit SecretStore(const QString &service, std::chrono::milliseconds timeout = std::chrono::seconds(60));

    Result read(const QString &key) const;
    Result write(const QString &key, const QString &value) const;
    Result remove(const QString &key) const;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace soopchat
