// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

#include <QHash>

namespace pgpilot {

// Keeps secrets in this process only: for tests, and as the fallback without a keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject* parent = nullptr, QString reason = {});
    ~MemorySecretStore() override;

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QByteArray& value, Callback done) override;
    void remove(const QString& key, Callback done) override;
    bool isPersistent() const override { return false; }
    QString notPersistentReason() const override { return m_reason; }

    // Synchronous access for the keychain store's fallback path.
    Result readNow(const QString& key) const;
    void writeNow(const QString& key, const QByteArray& value);
    bool removeNow(const QString& key);

private:
    void deliver(Callback done, Result result);

    QHash<QString, QByteArray> m_values;
    QString m_reason;
};

} // namespace pgpilot
