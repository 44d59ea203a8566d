// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memorysecretstore.h"

namespace pgpilot {

// Secrets in a private key=value file (mode 0600), for headless runs where no keychain exists
// (CI, servers). Refuses a file other users can read; new values are written back atomically.
class FileSecretStore : public MemorySecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(QString path, QObject* parent = nullptr);

    bool load(QString* error);
    void write(const QString& key, const QByteArray& value, Callback done) override;
    void remove(const QString& key, Callback done) override;
    bool isPersistent() const override { return true; }
    QString notPersistentReason() const override { return {}; }

private:
    bool save(QString* error);
    // Writes the file and answers done (queued) with the outcome.
    void saveAndReply(const Callback& done);

    QString m_path;
    QStringList m_order;
};

} // namespace pgpilot
