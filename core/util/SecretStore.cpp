#include "core/util/SecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include "core/util/Logging.h"

namespace soopchat {

namespace {

SecretStore::Result run(QKeychain::Job &job, std::chrono::milliseconds timeout)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain file behind the user's back
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return {SecretStore::Status::Unavailable, {}, QStringLiteral("the keychain did not answer")};

    switch (job.error()) {
    case QKeychain::NoError:
        return {SecretStore::Status::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {SecretStore::Status::NotFound, {}, {}};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {SecretStore::Status::Denied, {}, job.errorString()};
    default:
        return {SecretStore::Status::Unavailable, {}, job.errorString()};
    }
}

} // namespace

SecretStore::SecretStore(const QString &service, std::chrono::milliseconds timeout)
    : m_service(service), m_timeout(timeout)
{ }

SecretStore::Result SecretStore::read(const QString &key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    Result result = run(job, m_timeout);
    if (result.ok())
        result.value = job.textData();
    if (result.status == Status::Unavailable || result.status == Status::Denied)
        qCWarning(lcStore).noquote() << "cannot read" << key << "from the keychain:" << result.error;
    return result;
}

SecretStore::Result SecretStore::write(const QString &key, const QString &value) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(value);
    Result result = run(job, m_timeout);
    if (!result.ok())
        qCWarning(lcStore).noquote() << "cannot keep" << key << "in the keychain:" << result.error;
    return result;
}

SecretStore::Result SecretStore::remove(const QString &key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    Result result = run(job, m_timeout);
    if (result.status == Status::NotFound)
        result.status = Status::Ok; // gone either way
    return result;
}

} // namespace soopchat
