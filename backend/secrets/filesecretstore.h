// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memorysecretstore.h"

#include <QDateTime>

namespace pgpilot {

// Secrets in a private key=value file (mode 0600), for headless runs where no keychain exists
// (CI, servers). Refuses a file other users can read; new values are written back atomically.
class FileSecretStore : public MemorySecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(QString path, QObject* parent = nullptr);

    bool load(QString* error);
    // Reads the file again when another process changed it since (a rotate-secrets run while a
    // status --watch holds this store), then answers as the memory store does.
    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QByteArray& value, Callback done) override;
    void remove(const QString& key, Callback done) override;
    bool isPersistent() const override { return true; }
    QString notPersistentReason() const override { return {}; }

private:
    bool save(QString* error);
    // Reloads the file when its size or modification time differs from what was last loaded or
    // written; a file that cannot be read keeps what is in memory.
    void reloadIfChanged();
    QDateTime m_loadedTime;
    qint64 m_loadedSize = -1;
    // Writes the file and answers done (queued) with the outcome.
    void saveAndReply(const Callback& done);

    QString m_path;
    QStringList m_order;
};

} // namespace pgpilot
