// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memorysecretstore.h"

#include <functional>

namespace pgpilot {

// The OS keychain through QtKeychain (Secret Service on Linux), insecure fallback off.
// If the keychain cannot be reached, it says so once (persistenceLost) and keeps secrets in
// memory until pgpilot quits, so nothing the admin typed is lost or written to disk.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject* parent = nullptr, QString service = QStringLiteral("pgpilot"));

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QByteArray& value, Callback done) override;
    void remove(const QString& key, Callback done) override;
    bool isPersistent() const override { return !m_fallbackActive; }
    QString notPersistentReason() const override { return m_fallbackReason; }

private:
    void activateFallback(const QString& backendError);
    // Asks the Secret Service whether its default collection is locked; false when it cannot tell.
    void checkLocked(std::function<void(bool)> then);
    void activateLockedFallback();
    void switchToMemory(const QString& reason);
    QString lockedReadError(const QString& key) const;

    QString m_service;
    MemorySecretStore m_memory;
    bool m_fallbackActive = false;
    bool m_locked = false; // the fallback is active because the keychain is locked
    QString m_fallbackReason;
};

} // namespace pgpilot
