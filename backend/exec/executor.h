// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditlog.h"
#include "exec/job.h"
#include "remote/knownhosts.h"
#include "remote/remotehost.h"
#include "runbook/runbook.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace pgpilot {

class ProgressStore;
class SecretStore;

// Runs a phase of the runbook on the nodes: steps in order, a step's nodes in parallel (or one
// after the other when the step says so), every node's "already done?" probe first. Secrets in
// stdin and file contents are resolved from the SecretStore just before use and masked in every
// output, error and audit entry. Progress is persisted after each node finishes a step. Every run
// is a Job handed to whoever started it; the executor itself broadcasts nothing.
class Executor : public QObject
{
    Q_OBJECT
public:
    Executor(QString cluster, QHash<QString, RemoteHost*> hosts, SecretStore* secrets, AuditLog* audit,
        ProgressStore* progress, QObject* parent = nullptr);
    ~Executor() override;

    // Login user per node, for the audit log.
    void setLogins(const QHash<QString, QString>& logins) { m_logins = logins; }
    // Where each node's verified host key is, for {{hostkeys}} (runbook.h).
    void setHostKeySources(const QList<HostKeySource>& sources) { m_hostKeySources = sources; }

    // True while a phase or checkpoint job runs (command jobs run beside them).
    bool isBusy() const { return m_busy; }
    // Each returns the job that carries the run's progress and result (see Job). While another
    // phase or checkpoint job runs, the new one is refused (its error says which job is busy).
    Job* runPhase(const Phase& phase, bool thenCheckpoint = false);
    Job* runCheckpoint(const Phase& phase);
    // One command on each node (in parallel), audited under purpose as its step; the command is
    // sent as given (the caller quotes every value in it).
    Job* runCommand(const QString& purpose, const QStringList& nodes, const RunRequest& request);
    // Cancels every job still running (closing the window, Ctrl+C).
    void cancel();

    // The exact requests a phase would send, per node, in order, secrets left as placeholders.
    static QHash<QString, QStringList> dryRun(const Phase& phase);

    static QString placeholderFor(const QString& secretKey);
    // Keychain keys of every secret placeholder in the phase: {{secret:KEY}} (the value),
    // {{scram:KEY}} (its SCRAM-SHA-256 verifier, computed here with a fresh salt) and
    // {{pgpass:KEY}} (the value escaped for a .pgpass field).
    static QStringList secretKeysOf(const Phase& phase);
    // The keys used as passwords ({{scram:}} or {{pgpass:}}): their values must pass
    // passwordProblem() or the phase is refused before anything is sent.
    static QStringList passwordKeysOf(const Phase& phase);
    // Whether any text of the phase holds {{hostkeys}}.
    static bool usesVerifiedHostKeys(const Phase& phase);
    // Forgets the secret values read so far (a rotation changed them); the next phase reads them
    // again. Masking of the old values stays.
    void forgetSecrets();

private:
    struct NodeRun;
    friend class Job;
    struct PendingJob
    {
        QPointer<Job> job;
        NodeRun* run = nullptr; // null for checkpoint and command jobs
        QString stepId; // kept by value: output may arrive after the step's runs are gone
        int criterion = -1; // the checkpoint criterion's index; -1 for step and command jobs
        QString node;
        QString kind; // "probe", "run", "write", "check"
        QString description;
        QString command;
        QString path;
        QString sha256;
        QString runAs;
    };

    // Reads the secrets the phase's placeholders name (steps and checkpoint), then next(); or
    // fail(error, hint) when one cannot be read.
    void resolveSecretsThen(const Phase& phase, std::function<void()> next,
        std::function<void(const QString& error, const QString& hint)> fail);
    void beginPhase();
    void startStep();
    void startNode(NodeRun* run);
    void nextAction(NodeRun* run);
    void nodeDone(NodeRun* run, NodeStepResult result);
    void finishPhase(PhaseResult result);
    void finishCheckpoint();
    void cancelJob(Job* job);
    Job* startJob(Job::Kind kind, int phase);
    void onOutput(RemoteHost* host, quint64 jobId, int stream, const QStringList& lines);
    void onFinished(RemoteHost* host, quint64 jobId, const RunResult& result);
    void startCriterion();
    QByteArray resolve(const QByteArray& text) const;
    QString preparePasswords(const Phase& phase);
    QString prepareHostKeys(const Phase& phase);
    quint64 submit(RemoteHost* host, const PendingJob& job, const RunRequest* run, const WriteRequest* write);
    void audit(const PendingJob& job, const RunResult& result, const QString& stepId);

    QString m_cluster;
    QHash<QString, RemoteHost*> m_hosts;
    QHash<QString, QString> m_logins;
    QPointer<SecretStore> m_secrets;
    AuditLog* m_audit;
    ProgressStore* m_progress;
    SecretMasker m_masker;
    QHash<QString, QByteArray> m_secretValues;
    QHash<QString, QByteArray> m_verifiers; // key -> SCRAM verifier of m_secretValues[key]
    QList<HostKeySource> m_hostKeySources;
    QByteArray m_hostKeys; // {{hostkeys}}, read again for every phase that uses it

    bool m_busy = false;
    bool m_cancelled = false;
    QPointer<Job> m_current; // the phase or checkpoint job that runs
    Phase m_phase;
    int m_stepIndex = -1;
    QList<NodeRun*> m_nodeRuns;
    QHash<QPair<RemoteHost*, quint64>, PendingJob> m_jobs;
    QElapsedTimer m_phaseClock;
    PhaseResult m_failure;

    // Checkpoint state
    int m_criterionIndex = -1;
    QHash<QString, CommandOutput> m_outputs;
    int m_outstanding = 0;
    CheckpointResult m_checkpoint;
};

} // namespace pgpilot
