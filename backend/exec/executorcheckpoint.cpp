// SPDX-License-Identifier: GPL-3.0-or-later
// The executor's checkpoint runs and command jobs (phase runs are in executor.cpp).
#include "exec/progressstore.h"
#include "executor.h"

#include <QTimer>

namespace pgpilot {

Job* Executor::runCheckpoint(const Phase& phase)
{
    Job* job = startJob(Job::Kind::Checkpoint, phase.number);
    if (job != m_current)
        return job;
    m_busy = true;
    m_cancelled = false;
    m_phase = phase;
    m_checkpoint = CheckpointResult {};
    m_checkpoint.phase = phase.number;
    m_criterionIndex = -1;
    // Queued, so that the caller has connected to the job before anything is reported.
    QTimer::singleShot(0, job, [this] {
        resolveSecretsThen(
            m_phase, [this] { startCriterion(); },
            [this](const QString& error, const QString& hint) {
                // A checkpoint that cannot have its secrets fails on that, with the reason.
                CriterionResult r;
                r.expected = tr("the secrets the checkpoint needs");
                r.seen = error;
                r.likelyCause = hint;
                m_checkpoint.items.append(
                    {QStringLiteral("secrets"), tr("pgpilot's secrets are at hand"), r});
                finishCheckpoint();
            });
    });
    return job;
}

Job* Executor::runCommand(const QString& purpose, const QStringList& nodes, const RunRequest& request)
{
    auto* job = new Job(Job::Kind::Command, -1, purpose, this);
    job->m_executor = this;
    QStringList known;
    QStringList unknown;
    for (const QString& node : nodes)
        (m_hosts.contains(node) ? known : unknown) << node;
    if (!unknown.isEmpty() || known.isEmpty()) {
        job->m_phaseResult.error = unknown.isEmpty()
            ? tr("No node to run \"%1\" on.").arg(request.command)
            : tr("pgpilot has no connection for %1.").arg(unknown.join(QStringLiteral(", ")));
        QTimer::singleShot(0, job, &Job::finish);
        return job;
    }
    job->m_commandsOutstanding = int(known.size());
    // Queued, so that the caller has connected to the job before the first line arrives.
    QTimer::singleShot(0, job, [this, job, known, request, purpose] {
        for (const QString& node : known) {
            PendingJob pending;
            pending.job = job;
            pending.stepId = purpose;
            pending.node = node;
            pending.kind = QStringLiteral("run");
            pending.description = request.command;
            pending.command = request.command;
            pending.runAs = request.runAs;
            submit(m_hosts.value(node), pending, &request, nullptr);
        }
    });
    return job;
}

void Executor::finishCheckpoint()
{
    m_busy = false;
    m_checkpoint.passed = !m_cancelled && !m_checkpoint.items.isEmpty();
    for (const auto& item : std::as_const(m_checkpoint.items)) {
        if (!item.result.passed)
            m_checkpoint.passed = false;
    }
    // A phase whose checkpoint passed forgets its saved progress: the next run probes every step
    // again, so idempotence shows as "already done".
    if (m_checkpoint.passed && m_progress)
        m_progress->forget(QStringLiteral("p%1.").arg(m_checkpoint.phase));
    Job* job = m_current;
    m_current = nullptr;
    if (!job)
        return;
    job->m_hasCheckpoint = true;
    job->m_checkpoint = m_checkpoint;
    job->finish();
}

void Executor::startCriterion()
{
    ++m_criterionIndex;
    if (m_cancelled || m_criterionIndex >= m_phase.checkpoint.size())
        return finishCheckpoint();
    const Criterion& c = m_phase.checkpoint.at(m_criterionIndex);
    m_outputs.clear();
    m_outstanding = 0;
    for (const QString& node : c.nodes) {
        RemoteHost* host = m_hosts.value(node);
        if (!host) {
            CommandOutput out;
            out.error = tr("pgpilot has no connection for %1").arg(node);
            m_outputs.insert(node, out);
            continue;
        }
        PendingJob job;
        job.criterion = m_criterionIndex;
        job.node = node;
        job.kind = QStringLiteral("check");
        job.command = c.nodeCommands.value(node, c.command);
        job.runAs = c.runAs;
        RunRequest r;
        r.command = job.command;
        r.runAs = c.runAs;
        r.stdinData = resolve(c.stdinData);
        r.timeoutMs = c.timeoutMs;
        ++m_outstanding;
        submit(host, job, &r, nullptr);
    }
    if (m_outstanding == 0) {
        const QList<CriterionResult> verdicts
            = c.evaluate ? c.evaluate(m_outputs) : QList<CriterionResult> {};
        for (const CriterionResult& v : verdicts)
            m_checkpoint.items.append({c.id, c.description, v});
        startCriterion();
    }
}

} // namespace pgpilot
