#pragma once

#include "audit/auditlog.h"
#include "remote/remotehost.h"
#include "runbook/runbook.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace pgpilot {

class ProgressStore;
class SecretStore;

struct NodeStepResult
{
    enum class Status
    {
        Done,
        Skipped,
        Resumed,
        Failed,
        Cancelled
    };
    Status status = Status::Done;
    QString error; // what failed, where, and what to do next (secrets masked)
    int failedAction = -1;
    qint64 durationMs = 0;
};

struct PhaseResult
{
    int phase = 0;
    bool ok = false;
    bool cancelled = false;
    QString failedStep;
    QString failedNode;
    QString error;
    QString hint;
    qint64 durationMs = 0;
};

struct CheckpointResult
{
    int phase = 0;
    bool passed = false;
    struct Item
    {
        QString criterionId;
        QString description;
        CriterionResult result;
    };
    QList<Item> items;
};

// Runs a phase of the runbook on the nodes: steps in order, a step's nodes in parallel (or one
// after the other when the step says so), every node's "already done?" probe first. Secrets in
// stdin and file contents are resolved from the SecretStore just before use and masked in every
// output, error and audit entry. Progress is persisted after each node finishes a step.
class Executor : public QObject
{
    Q_OBJECT
public:
    Executor(QString cluster, QHash<QString, RemoteHost*> hosts, SecretStore* secrets, AuditLog* audit,
        ProgressStore* progress, QObject* parent = nullptr);
    ~Executor() override;

    // Login user per node, for the audit log.
    void setLogins(const QHash<QString, QString>& logins) { m_logins = logins; }

    bool isBusy() const { return m_busy; }
    void runPhase(const Phase& phase);
    void runCheckpoint(const Phase& phase);
    void cancel();

    // The exact requests a phase would send, per node, in order, secrets left as placeholders.
    static QHash<QString, QStringList> dryRun(const Phase& phase);

    static QString placeholderFor(const QString& secretKey);
    // Keychain keys of every secret placeholder in the phase.
    static QStringList secretKeysOf(const Phase& phase);

Q_SIGNALS:
    void stepStarted(const QString& stepId, const QString& node);
    void output(const QString& stepId, const QString& node, int stream, const QStringList& lines);
    void stepNodeFinished(const QString& stepId, const QString& node, const pgpilot::NodeStepResult& result);
    void stepFinished(const QString& stepId, bool ok);
    void phaseFinished(const pgpilot::PhaseResult& result);
    void checkpointFinished(const pgpilot::CheckpointResult& result);

private:
    struct NodeRun;
    struct PendingJob
    {
        NodeRun* run = nullptr; // null for checkpoint jobs
        QString stepId; // kept by value: output may arrive after the step's runs are gone
        int criterion = -1;
        QString node;
        QString kind; // "probe", "run", "write", "check"
        QString description;
        QString command;
        QString path;
        QString sha256;
        QString runAs;
    };

    void resolveSecretsThen(const Phase& phase, std::function<void()> next);
    void startStep();
    void startNode(NodeRun* run);
    void nextAction(NodeRun* run);
    void nodeDone(NodeRun* run, NodeStepResult result);
    void finishPhase(PhaseResult result);
    void onOutput(RemoteHost* host, quint64 jobId, int stream, const QStringList& lines);
    void onFinished(RemoteHost* host, quint64 jobId, const RunResult& result);
    void startCriterion();
    QByteArray resolve(const QByteArray& text) const;
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

    bool m_busy = false;
    bool m_cancelled = false;
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

Q_DECLARE_METATYPE(pgpilot::NodeStepResult)
Q_DECLARE_METATYPE(pgpilot::PhaseResult)
Q_DECLARE_METATYPE(pgpilot::CheckpointResult)
