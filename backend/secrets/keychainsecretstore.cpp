// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
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
    switchToMemory(tr("No keychain is available (%1). Passwords are kept in memory only and are forgotten "
                      "when pgpilot quits; nothing is written to disk.")
                       .arg(backendError));
}

void KeychainSecretStore::switchToMemory(const QString& reason)
{
    if (m_fallbackActive)
        return;
    m_fallbackActive = true;
    m_fallbackReason = reason;
    qCWarning(lcSecrets).noquote() << "keychain unavailable, secrets stay in memory:" << reason;
    Q_EMIT persistenceLost(m_fallbackReason);
}

void KeychainSecretStore::checkLocked(std::function<void(bool)> then)
{
    // The Secret Service hides the items of a locked collection (a read says "not found") and
    // refuses to add to it; only the collection's Locked property tells the two apart. The
    // default collection is the one QtKeychain uses.
    QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        then(!reply.isError() && reply.value().variant().toBool());
    });
}

void KeychainSecretStore::activateLockedFallback()
{
    m_locked = true;
    switchToMemory(tr("The keychain is locked. Unlock it (log in to the desktop session, or unlock the "
                      "\"Login\" keyring with Passwords and Keys) and restart pgpilot to use stored "
                      "passwords. Until then passwords typed now are kept in memory only and are forgotten "
                      "when pgpilot quits; nothing is written to disk."));
}

QString KeychainSecretStore::lockedReadError(const QString& key) const
{
    return tr(
        "The keychain is locked, so the stored secret %1 cannot be read. Unlock the keychain (log in to "
        "the desktop session, or unlock the \"Login\" keyring with Passwords and Keys) and restart "
        "pgpilot, or type the password again for this session.")
        .arg(key);
}

void KeychainSecretStore::read(const QString& key, Callback done)
{
    if (m_fallbackActive) {
        if (m_locked && m_memory.readNow(key).status != Status::Ok) {
            if (done)
                done({Status::Failed, {}, lockedReadError(key)});
            return;
        }
        return m_memory.read(key, std::move(done));
    }
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
            checkLocked([this, key, done = std::move(done)](bool locked) mutable {
                if (locked) {
                    activateLockedFallback();
                    return read(key, std::move(done));
                }
                if (done)
                    done({Status::NotFound, {}, tr("No secret named %1 in the keychain.").arg(key)});
            });
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
        } else {
            checkLocked(
                [this, key, value, done = std::move(done), why = job->errorString()](bool locked) mutable {
                    if (locked) {
                        // Keep what the admin typed for this session instead of losing it.
                        activateLockedFallback();
                        return m_memory.write(key, value, std::move(done));
                    }
                    if (done)
                        done({Status::Failed, {}, tr("The keychain refused to store %1: %2").arg(key, why)});
                });
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
