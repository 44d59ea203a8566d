// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/remotehost.h"
#include "runbook/runbook.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace pgpilot {

class Executor;

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

// One run on the nodes, as the executor hands it out: a phase's steps (optionally followed by its
// checkpoint), a checkpoint alone, or one command on some nodes (the connect page's probe,
// `pgpilot exec`). Whoever starts a run holds its Job and hears only that run: the executor has no
// signals of its own. Every job has a process-wide id, reports progress, can be cancelled and
// emits finished() exactly once, after which it deletes itself (deleteLater): read the results in
// the slot connected to finished(), or hold the job in a QPointer.
class Job : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Phase, // the steps of a phase; then its checkpoint when asked for and the steps succeeded
        Checkpoint, // a phase's checkpoint criteria only
        Command // one command on each of some nodes, in parallel
    };
    Q_ENUM(Kind)

    // A job that refuses at once: finished() follows from the event loop with error as the reason
    // (no connection, unknown phase, another run still going).
    static Job* refused(Kind kind, int phase, const QString& error, QObject* parent);
    // A fresh id for runs that are not executor jobs but share the numbering (operations).
    static quint64 nextId();

    quint64 id() const { return m_id; }
    Kind kind() const { return m_kind; }
    int phase() const { return m_phase; } // -1 for command jobs
    QString purpose() const { return m_purpose; } // command jobs: the audit log's step ("exec", ...)
    bool isFinished() const { return m_finished; }

    // Phase jobs: what the steps came to (set before stepsFinished). Refused jobs carry their reason
    // in error for every kind.
    const PhaseResult& phaseResult() const { return m_phaseResult; }
    // Checkpoint jobs, and phase jobs whose checkpoint ran (hasCheckpoint()).
    bool hasCheckpoint() const { return m_hasCheckpoint; }
    const CheckpointResult& checkpointResult() const { return m_checkpoint; }
    // Command jobs: every node's result (masked), once it answered.
    const QHash<QString, RunResult>& commandResults() const { return m_commandResults; }
    // Refused jobs (and command jobs that could not start): why.
    QString error() const { return m_phaseResult.error; }

    // Stops the run: running commands are killed on the nodes; finished() follows with the
    // results marked cancelled. Nothing happens once the job finished.
    void cancel();

Q_SIGNALS:
    void stepStarted(const QString& stepId, const QString& node);
    // Output lines of a step (or "checkpoint", or a command job's purpose) on a node, secrets masked.
    void output(const QString& stepId, const QString& node, int stream, const QStringList& lines);
    void stepNodeFinished(const QString& stepId, const QString& node, const pgpilot::NodeStepResult& result);
    void stepFinished(const QString& stepId, bool ok);
    // Phase jobs: the steps are over (a checkpoint may still follow before finished()).
    void stepsFinished(const pgpilot::PhaseResult& result);
    // Command jobs: one node answered.
    void nodeAnswered(const QString& node, const pgpilot::RunResult& result);
    void finished();

private:
    friend class Executor;
    Job(Kind kind, int phase, QString purpose, QObject* parent);
    void finish();

    const quint64 m_id;
    const Kind m_kind;
    const int m_phase;
    const QString m_purpose;
    Executor* m_executor = nullptr;
    bool m_finished = false;
    bool m_wantsCheckpoint = false;
    bool m_hasCheckpoint = false;
    PhaseResult m_phaseResult;
    CheckpointResult m_checkpoint;
    QHash<QString, RunResult> m_commandResults;
    int m_commandsOutstanding = 0;
};

} // namespace pgpilot

Q_DECLARE_METATYPE(pgpilot::NodeStepResult)
Q_DECLARE_METATYPE(pgpilot::PhaseResult)
Q_DECLARE_METATYPE(pgpilot::CheckpointResult)
