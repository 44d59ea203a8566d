// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QObject>
#include <QPointer>

namespace pgpilot {

class RemoteHost;
struct RunResult;

// Where phase 6 installs the status script on the repository host (resources/templates/
// pgpilot-backup-status.py, mode 0755, no extension).
QString backupStatusScript(); // /usr/local/lib/pgpilot/pgpilot-backup-status
// The user the script runs as: the repository's owner, who may read pgBackRest's configuration
// and lock files.
QString backupStatusUser(); // pgbackrest

// The script's command line for /bin/sh on the repository host; empty when stanza or path is not
// what the script accepts (problem then says which and why).
// script: where it is (tests run the template from elsewhere).
QString backupStatusCommand(const QString& stanza, const QString& repoPath, QString* problem = nullptr,
    const QString& script = backupStatusScript());

// The script's answer (one JSON object, format 1) read into a BackupStatus: the repository's
// values, readAt from its "now", the WAL archive's gaps from its "wal" (absent: an older script,
// walChecked false and walError says so); configured, host, polled, failures and receivedAt are left for
// the caller. Pure. An answer that is not the script's (not one JSON object, another format) or
// that says the script refused its arguments gives nullopt and error says why; a `pgbackrest
// info` that failed or a stanza missing from its answer is a valid answer (infoError, stanzaCode).
std::optional<BackupStatus> parseBackupStatusOutput(
    const QByteArray& output, const QString& stanza, QString* error);

// The status after one read: a good read replaces the repository's values (failures back to 0);
// a failed one (error) keeps the last values, counts and says why. Pure.
// primaryClaim: the primary's pg_stat_archiver.last_archived_wal as the monitor knows it now
// (archiveClaim() in backupderive.h; empty: unknown). It is kept as claimedWal; the next good read
// whose archiveMax is older than it counts one more in claimBehindReads (else the count ends).
BackupStatus mergeBackupRead(const BackupStatus& before, const std::optional<BackupStatus>& read,
    const QString& error, const QDateTime& receivedAt, const QString& primaryClaim = {});

// Reads the repository host's backup status. An interface so that tests can stand in for SSH.
// read() returns at once; one result() follows (a read while the previous one runs is skipped).
class BackupProbe : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~BackupProbe() override = default;

    virtual void read() = 0;

Q_SIGNALS:
    // read: the answer; nullopt when the read failed (error says why: SSH, the script, its output).
    void result(const std::optional<pgpilot::BackupStatus>& read, const QString& error);
};

// backupStatusCommand over the repository host's RemoteHost (not owned, as for SshVipProbe), or
// over the nodes' when the repository is mounted on each: the first host, and the next one after
// a read that did not reach its host.
class SshBackupProbe : public BackupProbe
{
    Q_OBJECT
public:
    struct Target
    {
        QString stanza;
        QString repoPath;
        QString script = backupStatusScript();
        QString runAs = backupStatusUser();
    };
    SshBackupProbe(RemoteHost* host, const Target& target, int timeoutMs = 15000, QObject* parent = nullptr);
    SshBackupProbe(const QList<RemoteHost*>& hosts, const Target& target, int timeoutMs = 15000,
        QObject* parent = nullptr);

    void read() override;

private:
    void finished(RemoteHost* host, quint64 jobId, const RunResult& r);

    QList<QPointer<RemoteHost>> m_hosts;
    qsizetype m_current = 0; // the host the next read goes to
    Target m_target;
    QString m_command;
    QString m_problem; // the command could not be made
    int m_timeoutMs;
    quint64 m_job = 0; // in flight; 0: none
    bool m_problemPending = false;
};

// Answers with a status (or an error) the caller sets (tests).
class FixedBackupProbe : public BackupProbe
{
    Q_OBJECT
public:
    using BackupProbe::BackupProbe;
    void setAnswer(const std::optional<BackupStatus>& read, const QString& error = {})
    {
        m_read = read;
        m_error = error;
    }
    void read() override;
    int reads() const { return m_reads; }

private:
    std::optional<BackupStatus> m_read;
    QString m_error;
    int m_reads = 0;
};

} // namespace pgpilot

Q_DECLARE_METATYPE(pgpilot::BackupStatus)
