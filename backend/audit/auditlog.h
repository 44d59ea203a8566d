// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

namespace pgpilot {

// Replaces every known secret value in a text with "****" before it is shown or stored.
class SecretMasker
{
public:
    void addSecret(const QByteArray& value);
    QString mask(const QString& text) const;
    QByteArray mask(const QByteArray& bytes) const;
    bool isEmpty() const { return m_secrets.isEmpty(); }

private:
    QList<QByteArray> m_secrets;
};

struct AuditEntry
{
    QDateTime time;
    QString cluster;
    QString node;
    QString login; // the SSH login user
    QString runAs;
    QString kind; // "run" or "write"
    QString command; // for run
    QString path; // for write
    QString sha256; // for write: of the content as rendered with secret placeholders
    int exitCode = -1;
    QString failure; // RunResult::Failure id
    qint64 durationMs = 0;
    QString step; // runbook step id, when run by the executor
};

// Append-only record of every remote action: one JSON object per line, secrets masked before
// anything is written, rotated by size (audit.log, audit.log.1, ... audit.log.N).
class AuditLog
{
public:
    explicit AuditLog(QString path, qint64 maxBytes = 10 * 1024 * 1024, int keepFiles = 5);

    static QString defaultPath(); // <user data dir>/audit.log
    QString path() const { return m_path; }

    void setMasker(const SecretMasker* masker) { m_masker = masker; }
    bool append(const AuditEntry& entry);
    // The last entries, newest last, read back from the current file (for the GUI's viewer).
    QList<AuditEntry> tail(int count) const;

private:
    void rotateIfNeeded();

    QString m_path;
    qint64 m_maxBytes;
    int m_keepFiles;
    const SecretMasker* m_masker = nullptr;
    mutable QMutex m_mutex;
};

} // namespace pgpilot
