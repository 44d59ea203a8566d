// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QPointer>

namespace pgpilot {

// Secrets typed in a form, over the real store, read-only: the notification settings' test
// button sends with a URL or password that is not saved yet, and stores nothing.
class OverlaySecretStore : public SecretStore
{
    Q_OBJECT
public:
    OverlaySecretStore(SecretStore* base, QHash<QString, QByteArray> typed, QObject* parent = nullptr);
    ~OverlaySecretStore() override;

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QByteArray& value, Callback done) override; // refused
    void remove(const QString& key, Callback done) override; // refused
    bool isPersistent() const override { return false; }
    QString notPersistentReason() const override;

private:
    QPointer<SecretStore> m_base;
    QHash<QString, QByteArray> m_typed;
};

} // namespace pgpilot
