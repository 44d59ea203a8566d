// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"
#include "exec/executor.h"
#include "runbook/runbook.h"
#include "secrets/sshkeys.h"

#include <QObject>

#include <memory>

namespace pgpilot {

class AuditLog;
class ProgressStore;
class SecretStore;
class SshHost;

// What the connect probe learnt about a node: its OS and the PostgreSQL package it would install.
struct NodeProbe
{
    bool reached = false; // the command ran and succeeded
    QString os; // PRETTY_NAME from /etc/os-release
    QString candidate; // apt's candidate version of postgresql-<v>; empty or "(none)": not yet available
};

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
    SecretStore* secrets() const { return m_secrets; }
    AuditLog* audit() const { return m_audit.get(); }

    // Fingerprints confirmed by the admin (node name -> SHA256:...).
    void setConfirmedFingerprints(const QHash<QString, QString>& fingerprints) { m_confirmed = fingerprints; }
    // The admin compared and accepted the fingerprint a node offered (the connect page's button).
    void trustHostKey(const QString& node, const QString& fingerprint);
    // Where progress and the audit log go (tests use temporary paths).
    void setStatePaths(const QString& progressFile, const QString& auditFile);

    // Prepares a connection to every node (each connects when it is first used). The keychain is
    // not touched: see prepareSecrets.
    void open(std::function<void(const QString& error)> done);

    // Before the runbook runs: reads every secret its placeholders name. What pgpilot may make up
    // itself (the repmgr and application passwords, the postgres SSH key) and the keychain lacks
    // is made up and stored, unless a node shows that the secret already has a value there (a
    // cluster set up elsewhere or by hand): then nothing is made up and done() gets the refusal,
    // naming what was found where. Asking the nodes is an audited command job ("secrets-check");
    // a node that cannot be asked also refuses. Answers at once once it has succeeded.
    void prepareSecrets(std::function<void(const QString& error)> done);

    // Runs a phase's steps, then (if they succeeded and thenCheckpoint) its checkpoint, as one job.
    // A phase whose checkpoint passes forgets its saved progress, so a later run probes every step
    // again. Before open() succeeded, or for a phase the runbook lacks, the job is refused.
    Job* runPhase(int number, bool thenCheckpoint);
    Job* runCheckpoint(int number);
    // The preview of phase number (runbook/preview.h): read-only commands, run as a checkpoint job;
    // read its result with readPreview(previewPlan(*runbook().phase(number)), job->checkpointResult()).
    Job* runPreview(int number);
    // One command on the given nodes (every node when empty), audited under purpose.
    Job* runCommand(const QString& purpose, const RunRequest& request, const QStringList& nodes = {});
    // The connect page's probe of one node: the OS and the PostgreSQL package apt would install
    // (read-only, audited as "connect"). parseNodeProbe reads the job's result for that node.
    Job* probeNode(const QString& node);
    static NodeProbe parseNodeProbe(const RunResult& result);

private:
    void runSecretsPreparation(std::function<void(const QString&)> done);
    void checkNodesThenGenerate(const QStringList& missing, std::function<void(const QString&)> done);
    void generate(const QStringList& keys, std::function<void(const QString&)> done);
    // Verified TLS: the cluster CA when the keychain has none (both halves missing: half is refused),
    // then a certificate and key for each node that lacks one.
    void generateTls(const QStringList& missing, std::function<void(const QString&)> done);
    void store(const QList<QPair<QString, QByteArray>>& values, std::function<void(const QString&)> done);

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
    bool m_secretsReady = false;
    QList<std::function<void(const QString&)>> m_secretsWaiting;
};

// A random password of letters and digits (no character that .pgpass or SQL would need escaped).
QByteArray generatePassword(int length = 32);

} // namespace pgpilot
