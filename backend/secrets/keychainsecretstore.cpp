#include "keychainsecretstore.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace pgpilot {

namespace {

// Errors that mean "there is no usable keychain here", as opposed to "this entry failed".
bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent, QString service)
    : SecretStore(parent)
    , m_service(std::move(service))
    , m_memory(this)
{ }

void KeychainSecretStore::activateFallback(const QString& backendError)
{
    if (m_fallbackActive)
        return;
    m_fallbackActive = true;
    m_fallbackReason
        = tr("No keychain is available (%1). Passwords are kept in memory only and are forgotten "
             "when pgpilot quits; nothing is written to disk.")
              .arg(backendError);
    qCWarning(lcSecrets) << "keychain unavailable, secrets stay in memory:" << backendError;
    Q_EMIT persistenceLost(m_fallbackReason);
}

void KeychainSecretStore::read(const QString& key, Callback done)
{
    if (m_fallbackActive)
        return m_memory.read(key, std::move(done));
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done = std::move(done)]() mutable {
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError) {
            if (done)
                done({Status::Ok, job->binaryData(), {}});
        } else if (error == QKeychain::EntryNotFound) {
            if (done)
                done({Status::NotFound, {}, tr("No secret named %1 in the keychain.").arg(key)});
        } else if (meansNoKeychain(error)) {
            activateFallback(job->errorString());
            m_memory.read(key, std::move(done));
        } else if (done) {
            done(
                {Status::Failed, {}, tr("The keychain refused to read %1: %2").arg(key, job->errorString())});
        }
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QByteArray& value, Callback done)
{
    if (m_fallbackActive)
        return m_memory.write(key, value, std::move(done));
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(value);
    // The value is captured so the fallback can keep it; it is never logged.
    connect(job, &QKeychain::Job::finished, this, [this, job, key, value, done = std::move(done)]() mutable {
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError) {
            if (done)
                done({Status::Ok, {}, {}});
        } else if (meansNoKeychain(error)) {
            activateFallback(job->errorString());
            m_memory.write(key, value, std::move(done));
        } else if (done) {
            done({Status::Failed, {},
                tr("The keychain refused to store %1: %2").arg(key, job->errorString())});
        }
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, Callback done)
{
    m_memory.removeNow(key);
    if (m_fallbackActive)
        return m_memory.remove(key, std::move(done));
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done = std::move(done)]() mutable {
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            if (done)
                done({Status::Ok, {}, {}});
        } else if (meansNoKeychain(error)) {
            activateFallback(job->errorString());
            m_memory.remove(key, std::move(done));
        } else if (done) {
            done({Status::Failed, {},
                tr("The keychain refused to delete %1: %2").arg(key, job->errorString())});
        }
    });
    job->start();
}

} // namespace pgpilot
