#pragma once

#include "cluster/clusterspec.h"
#include "exec/executor.h"
#include "runbook/runbook.h"

#include <QObject>

#include <memory>

namespace pgpilot {

class AuditLog;
class ProgressStore;
class SecretStore;
class SshHost;

// Everything one run against a cluster needs, shared by the wizard and the headless commands:
// the runbook, a connection per node, generated secrets, the executor, progress and audit.
class ClusterSession : public QObject
{
    Q_OBJECT
public:
    ClusterSession(ClusterSpec spec, SecretStore* secrets, QObject* parent = nullptr);
    ~ClusterSession() override;

    const ClusterSpec& spec() const { return m_spec; }
    const Runbook& runbook() const { return m_runbook; }
    Executor* executor() const { return m_executor.get(); }
    ProgressStore* progress() const { return m_progress.get(); }
    AuditLog* audit() const { return m_audit.get(); }
    SshHost* host(const QString& node) const;

    // Fingerprints confirmed by the admin (node name -> SHA256:...).
    void setConfirmedFingerprints(const QHash<QString, QString>& fingerprints) { m_confirmed = fingerprints; }
    // The CLI lets the session run each phase's checkpoint when its steps succeed; the wizard
    // runs checkpoints itself, page by page.
    void setAutoCheckpoint(bool on) { m_autoCheckpoint = on; }
    // Where progress and the audit log go (tests use temporary paths).
    void setStatePaths(const QString& progressFile, const QString& auditFile);

    // Generates what pgpilot may make up itself (the repmgr and application passwords, the
    // postgres SSH key) when the keychain lacks them, then connects to every node.
    void open(std::function<void(const QString& error)> done);

    // Runs a phase's steps, then (if they succeeded) its checkpoint. A phase whose checkpoint
    // passes forgets its saved progress, so a later run probes every step again.
    void runPhase(int number);
    // Adds an operation (switchover, ...) so runPhase/runCheckpoint find it by its number.
    void addPhase(const Phase& phase) { m_runbook.phases.append(phase); }
    void runCheckpoint(int number);

Q_SIGNALS:
    void phaseDone(const pgpilot::PhaseResult& result);
    void checkpointDone(const pgpilot::CheckpointResult& result);

private:
    void generateMissingSecrets(std::function<void(const QString&)> done);

    ClusterSpec m_spec;
    Runbook m_runbook;
    SecretStore* m_secrets;
    QHash<QString, QString> m_confirmed;
    QString m_progressFile;
    QString m_auditFile;
    QList<SshHost*> m_hosts;
    std::unique_ptr<ProgressStore> m_progress;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Executor> m_executor;
    bool m_autoCheckpoint = true;
};

// A random password of letters and digits (no character that .pgpass or SQL would need escaped).
QByteArray generatePassword(int length = 32);
// A new ed25519 private key in OpenSSH format, or empty on failure.
QByteArray generateSshPrivateKey();

} // namespace pgpilot
