// SPDX-License-Identifier: GPL-3.0-or-later
#include "executor.h"

#include "core/logging.h"
#include "exec/progressstore.h"
#include "secrets/scram.h"
#include "secrets/secretstore.h"
#include "secrets/sshkeys.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace pgpilot {

namespace {

QString describeAction(const Action& a)
{
    if (!a.description.isEmpty())
        return a.description;
    return a.kind == Action::Kind::WriteFile ? QStringLiteral("write %1").arg(a.path) : a.command;
}

} // namespace

struct Executor::NodeRun
{
    const Step* step = nullptr;
    const NodeWork* work = nullptr;
    int action = -1; // -1: probe pending
    QElapsedTimer clock;
    bool finished = false;
    bool started = false;
    bool doneEarlier = false; // saved progress says so; a step with a probe checks it again
};

Executor::Executor(QString cluster, QHash<QString, RemoteHost*> hosts, SecretStore* secrets, AuditLog* audit,
    ProgressStore* progress, QObject* parent)
    : QObject(parent)
    , m_cluster(std::move(cluster))
    , m_hosts(std::move(hosts))
    , m_secrets(secrets)
    , m_audit(audit)
    , m_progress(progress)
{
    qRegisterMetaType<pgpilot::NodeStepResult>();
    qRegisterMetaType<pgpilot::PhaseResult>();
    qRegisterMetaType<pgpilot::CheckpointResult>();
    if (m_audit)
        m_audit->setMasker(&m_masker);
    for (RemoteHost* host : std::as_const(m_hosts)) {
        connect(host, &RemoteHost::outputLines, this,
            [this, host](
                quint64 id, int stream, const QStringList& lines) { onOutput(host, id, stream, lines); });
        connect(host, &RemoteHost::finished, this,
            [this, host](quint64 id, const RunResult& result) { onFinished(host, id, result); });
    }
}

QByteArray Executor::resolve(const QByteArray& text) const
{
    if (!text.contains("{{"))
        return text;
    QByteArray out = text;
    out.replace(kVerifiedHostKeysPlaceholder, m_hostKeys);
    for (auto it = m_secretValues.cbegin(); it != m_secretValues.cend(); ++it) {
        out.replace(placeholderFor(it.key()).toUtf8(), it.value());
        const QByteArray key = it.key().toUtf8();
        if (out.contains("{{pgpass:" + key + "}}"))
            out.replace("{{pgpass:" + key + "}}", pgpassEscaped(it.value()));
        if (out.contains("{{scram:" + key + "}}"))
            out.replace("{{scram:" + key + "}}", m_verifiers.value(it.key()));
        if (out.contains("{{sshpub:" + key + "}}"))
            out.replace("{{sshpub:" + key + "}}", sshPublicKeyOf(it.value()));
    }
    return out;
}

void Executor::forgetSecrets()
{
    m_secretValues.clear();
    m_verifiers.clear();
}

// Every password the phase sends passes the character rule; the verifiers are made once per value.
QString Executor::preparePasswords(const Phase& phase)
{
    for (const QString& key : passwordKeysOf(phase)) {
        const QByteArray value = m_secretValues.value(key);
        if (const QString problem = passwordProblem(key, value); !problem.isEmpty())
            return problem;
        if (!m_verifiers.contains(key)) {
            const QByteArray verifier = scramSha256Verifier(value);
            if (verifier.isEmpty())
                return tr("The SCRAM verifier of %1 could not be computed (OpenSSL failed).").arg(key);
            m_verifiers.insert(key, verifier);
            m_masker.addSecret(verifier);
        }
        const QByteArray escaped = pgpassEscaped(value);
        if (escaped != value)
            m_masker.addSecret(escaped);
    }
    return {};
}

// The nodes' verified host keys, read from pgpilot's known_hosts when the phase needs them.
QString Executor::prepareHostKeys(const Phase& phase)
{
    if (!usesVerifiedHostKeys(phase))
        return {};
    if (m_hostKeySources.isEmpty())
        return tr("No node's host key is known to this run.");
    QString error;
    m_hostKeys = verifiedKnownHosts(m_hostKeySources, &error);
    return error;
}

void Executor::resolveSecretsThen(const Phase& phase, std::function<void()> next,
    std::function<void(const QString& error, const QString& hint)> fail)
{
    const QStringList keys = secretKeysOf(phase);
    QStringList missing;
    for (const QString& k : keys) {
        if (!m_secretValues.contains(k))
            missing << k;
    }
    auto checked = [this, phase, next, fail] {
        if (const QString problem = preparePasswords(phase); !problem.isEmpty())
            return fail(problem,
                tr("Nothing was sent. Store an acceptable password under that key, or run "
                   "rotate-secrets to replace it."));
        if (const QString problem = prepareHostKeys(phase); !problem.isEmpty())
            return fail(problem,
                tr("Nothing was sent. Connect to that node once and confirm its host key (the wizard's "
                   "connect page, or pgpilot exec with the worksheet), then run the phase again."));
        next();
    };
    if (missing.isEmpty())
        return checked();
    if (!m_secrets)
        return fail(tr("The secrets %1 are needed but there is no secret store.")
                        .arg(missing.join(QStringLiteral(", "))),
            QString());
    auto remaining = std::make_shared<int>(int(missing.size()));
    auto failed = std::make_shared<QStringList>();
    for (const QString& key : missing) {
        m_secrets->read(
            key, [this, key, remaining, failed, checked, fail](const SecretStore::Result& result) {
                if (result.status == SecretStore::Status::Ok && !result.value.isEmpty()) {
                    m_secretValues.insert(key, result.value);
                    m_masker.addSecret(result.value);
                } else {
                    failed->append(key);
                }
                if (--*remaining > 0)
                    return;
                if (!failed->isEmpty())
                    return fail(tr("These passwords are not in the keychain: %1.")
                                    .arg(failed->join(QStringLiteral(", "))),
                        tr("Import them from the workstation that holds them (pgpilot import-secrets, or "
                           "File > Import secrets), then run the phase again."));
                checked();
            });
    }
}

Job* Executor::startJob(Job::Kind kind, int phase)
{
    if (m_busy) {
        return Job::refused(kind, phase,
            tr("Another run (job %1) is still going; wait for it or cancel it.")
                .arg(m_current ? m_current->id() : 0),
            this);
    }
    auto* job = new Job(kind, phase, QString(), this);
    job->m_executor = this;
    m_current = job;
    return job;
}

Job* Executor::runPhase(const Phase& phase, bool thenCheckpoint)
{
    if (!phase.refusal.isEmpty())
        return Job::refused(Job::Kind::Phase, phase.number, phase.refusal, this);
    Job* job = startJob(Job::Kind::Phase, phase.number);
    if (job != m_current)
        return job;
    job->m_wantsCheckpoint = thenCheckpoint;
    m_busy = true;
    m_cancelled = false;
    m_phase = phase;
    m_stepIndex = -1;
    m_failure = PhaseResult {};
    m_phaseClock.start();
    // Queued, so that the caller has connected to the job before anything is reported.
    QTimer::singleShot(0, job, [this] { beginPhase(); });
    return job;
}

void Executor::beginPhase()
{
    for (const Step& step : m_phase.steps) {
        for (const NodeWork& work : step.work) {
            if (!m_hosts.contains(work.node)) {
                PhaseResult r;
                r.phase = m_phase.number;
                r.failedStep = step.id;
                r.failedNode = work.node;
                r.error = tr("Step \"%1\" names the node %2, which pgpilot has no connection for.")
                              .arg(step.title, work.node);
                return finishPhase(r);
            }
        }
    }
    resolveSecretsThen(
        m_phase, [this] { QTimer::singleShot(0, this, &Executor::startStep); },
        [this](const QString& error, const QString& hint) {
            PhaseResult r;
            r.phase = m_phase.number;
            r.error = error;
            r.hint = hint;
            finishPhase(r);
        });
}

void Executor::startStep()
{
    qDeleteAll(m_nodeRuns);
    m_nodeRuns.clear();
    if (!m_busy)
        return;
    if (m_cancelled) {
        PhaseResult r;
        r.phase = m_phase.number;
        r.cancelled = true;
        r.error = tr("Cancelled by the admin.");
        return finishPhase(r);
    }
    ++m_stepIndex;
    if (m_stepIndex >= m_phase.steps.size()) {
        PhaseResult r;
        r.phase = m_phase.number;
        r.ok = true;
        return finishPhase(r);
    }
    const Step& step = m_phase.steps.at(m_stepIndex);
    for (const NodeWork& work : step.work) {
        auto* run = new NodeRun;
        run->step = &step;
        run->work = &work;
        m_nodeRuns.append(run);
    }
    if (m_nodeRuns.isEmpty()) {
        if (m_current)
            Q_EMIT m_current->stepFinished(step.id, true);
        QTimer::singleShot(0, this, &Executor::startStep);
        return;
    }
    if (step.sequential) {
        startNode(m_nodeRuns.first());
    } else {
        // A copy: a node that finishes at once (resumed) may end the step while we loop.
        const QList<NodeRun*> runs = m_nodeRuns;
        for (NodeRun* run : runs) {
            if (!run->started)
                startNode(run);
        }
    }
}

void Executor::startNode(NodeRun* run)
{
    run->started = true;
    run->clock.start();
    const QString& node = run->work->node;
    if (m_current)
        Q_EMIT m_current->stepStarted(run->step->id, node);
    // Saved progress is a claim about the past: someone may have changed the node since. A step
    // that can check its result does so again; only one that cannot is taken on trust.
    run->doneEarlier = m_progress && m_progress->isDone(run->step->id, node);
    if (run->doneEarlier && run->work->probe.isEmpty()) {
        NodeStepResult r;
        r.status = NodeStepResult::Status::Resumed;
        return nodeDone(run, r);
    }
    if (run->work->probe.isEmpty()) {
        run->action = 0;
        return nextAction(run);
    }
    PendingJob job;
    job.run = run;
    job.node = node;
    job.kind = QStringLiteral("probe");
    job.description = tr("check whether this is already done");
    job.command = run->work->probe;
    job.runAs = run->work->probeRunAs;
    RunRequest request;
    request.command = run->work->probe;
    request.runAs = run->work->probeRunAs;
    request.stdinData = resolve(run->work->probeStdin);
    request.timeoutMs = 60000;
    submit(m_hosts.value(node), job, &request, nullptr);
}

void Executor::nextAction(NodeRun* run)
{
    if (m_cancelled) {
        NodeStepResult r;
        r.status = NodeStepResult::Status::Cancelled;
        r.error = tr("Cancelled by the admin.");
        return nodeDone(run, r);
    }
    if (run->action >= run->work->actions.size()) {
        NodeStepResult r;
        r.status = NodeStepResult::Status::Done;
        return nodeDone(run, r);
    }
    const Action& a = run->work->actions.at(run->action);
    PendingJob job;
    job.run = run;
    job.node = run->work->node;
    job.description = describeAction(a);
    RemoteHost* host = m_hosts.value(job.node);
    if (a.kind == Action::Kind::WriteFile) {
        job.kind = QStringLiteral("write");
        job.path = a.path;
        job.runAs = QStringLiteral("root");
        job.sha256
            = QString::fromLatin1(QCryptographicHash::hash(a.content, QCryptographicHash::Sha256).toHex());
        WriteRequest w;
        w.path = a.path;
        w.content = resolve(a.content);
        w.owner = a.owner;
        w.group = a.group;
        w.mode = a.mode;
        w.timeoutMs = a.timeoutMs;
        submit(host, job, nullptr, &w);
    } else {
        job.kind = QStringLiteral("run");
        job.command = a.command;
        job.runAs = a.runAs;
        RunRequest r;
        r.command = a.command;
        r.runAs = a.runAs;
        r.stdinData = resolve(a.stdinData);
        r.timeoutMs = a.timeoutMs;
        submit(host, job, &r, nullptr);
    }
}

quint64 Executor::submit(
    RemoteHost* host, const PendingJob& job, const RunRequest* run, const WriteRequest* write)
{
    const quint64 id = run ? host->run(*run) : host->writeFile(*write);
    PendingJob stored = job;
    if (!stored.job)
        stored.job = m_current;
    if (stored.stepId.isEmpty())
        stored.stepId = job.run ? job.run->step->id : QStringLiteral("checkpoint");
    m_jobs.insert({host, id}, stored);
    return id;
}

void Executor::onOutput(RemoteHost* host, quint64 jobId, int stream, const QStringList& lines)
{
    const auto it = m_jobs.constFind({host, jobId});
    if (it == m_jobs.constEnd())
        return;
    QStringList masked = lines;
    if (!m_masker.isEmpty()) {
        for (QString& line : masked)
            line = m_masker.mask(line);
    }
    if (it->job)
        Q_EMIT it->job->output(it->stepId, it->node, stream, masked);
}

void Executor::audit(const PendingJob& job, const RunResult& result, const QString& stepId)
{
    if (!m_audit)
        return;
    AuditEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.cluster = m_cluster;
    e.node = job.node;
    e.login = m_logins.value(job.node);
    e.runAs = job.runAs;
    e.kind = job.kind == QLatin1String("write") ? QStringLiteral("write") : QStringLiteral("run");
    e.command = job.command;
    e.path = job.path;
    e.sha256 = job.sha256;
    e.exitCode = result.exitCode;
    e.failure = toId(result.failure);
    e.durationMs = result.durationMs;
    e.step = stepId;
    m_audit->append(e);
}

void Executor::onFinished(RemoteHost* host, quint64 jobId, const RunResult& result)
{
    const auto it = m_jobs.find({host, jobId});
    if (it == m_jobs.end())
        return;
    const PendingJob job = *it;
    m_jobs.erase(it);
    if (!job.run && job.criterion < 0) { // a command job's command: told apart without its job
        audit(job, result, job.stepId);
        if (!job.job)
            return; // its job is gone: audited, nobody to answer
        RunResult masked = result;
        masked.stdOut = m_masker.mask(result.stdOut);
        masked.stdErr = m_masker.mask(result.stdErr);
        masked.error = m_masker.mask(result.error);
        Job* owner = job.job;
        owner->m_commandResults.insert(job.node, masked);
        Q_EMIT owner->nodeAnswered(job.node, masked);
        if (--owner->m_commandsOutstanding == 0)
            owner->finish();
        return;
    }
    audit(job, result, job.run ? job.run->step->id : QStringLiteral("checkpoint:%1").arg(m_phase.number));

    if (!job.run) { // a checkpoint command
        CommandOutput out;
        out.reached = result.failure == RunResult::Failure::None;
        out.exitCode = result.exitCode;
        out.stdOut = m_masker.mask(result.stdOut);
        out.stdErr = m_masker.mask(result.stdErr);
        out.error = m_masker.mask(result.error);
        m_outputs.insert(job.node, out);
        if (--m_outstanding == 0) {
            const Criterion& c = m_phase.checkpoint.at(m_criterionIndex);
            const QList<CriterionResult> verdicts
                = c.evaluate ? c.evaluate(m_outputs) : QList<CriterionResult> {};
            for (const CriterionResult& v : verdicts)
                m_checkpoint.items.append({c.id, c.description, v});
            startCriterion();
        }
        return;
    }

    NodeRun* run = job.run;
    if (job.kind == QLatin1String("probe")) {
        if (result.failure == RunResult::Failure::None && result.exitCode == 0) {
            NodeStepResult r;
            r.status = run->doneEarlier ? NodeStepResult::Status::Resumed : NodeStepResult::Status::Skipped;
            return nodeDone(run, r);
        }
        if (result.failure != RunResult::Failure::None) {
            NodeStepResult r;
            r.status = result.failure == RunResult::Failure::Cancelled ? NodeStepResult::Status::Cancelled
                                                                       : NodeStepResult::Status::Failed;
            r.error = m_masker.mask(result.error);
            return nodeDone(run, r);
        }
        if (run->doneEarlier && job.job) {
            Q_EMIT job.job->output(run->step->id, run->work->node, RemoteHost::StdOut,
                {tr("Done in an earlier run, but its check no longer holds on %1: doing it again.")
                        .arg(run->work->node)});
        }
        run->action = 0;
        return nextAction(run);
    }
    const Action& a = run->work->actions.at(run->action);
    const bool ok = result.failure == RunResult::Failure::None && a.okExitCodes.contains(result.exitCode);
    if (!ok) {
        NodeStepResult r;
        r.status = result.failure == RunResult::Failure::Cancelled ? NodeStepResult::Status::Cancelled
                                                                   : NodeStepResult::Status::Failed;
        r.failedAction = run->action;
        QString why = result.failure != RunResult::Failure::None ? result.error
                                                                 : tr("exit status %1").arg(result.exitCode);
        const QString lastErr = QString::fromUtf8(result.stdErr).trimmed().section(QLatin1Char('\n'), -3);
        if (result.failure == RunResult::Failure::None && !lastErr.isEmpty())
            why += QStringLiteral(": ") + lastErr;
        r.error = m_masker.mask(tr("%1: \"%2\" failed (%3).").arg(run->work->node, job.description, why));
        return nodeDone(run, r);
    }
    ++run->action;
    nextAction(run);
}

void Executor::nodeDone(NodeRun* run, NodeStepResult result)
{
    run->finished = true;
    result.durationMs = run->clock.elapsed();
    const QString& stepId = run->step->id;
    const QString& node = run->work->node;
    if ((result.status == NodeStepResult::Status::Done || result.status == NodeStepResult::Status::Skipped)
        && m_progress)
        m_progress->markDone(stepId, node);
    if (m_current)
        Q_EMIT m_current->stepNodeFinished(stepId, node, result);

    const bool failed = result.status == NodeStepResult::Status::Failed
        || result.status == NodeStepResult::Status::Cancelled;
    if (failed && m_failure.failedStep.isEmpty()) {
        m_failure.phase = m_phase.number;
        m_failure.failedStep = stepId;
        m_failure.failedNode = node;
        m_failure.error = result.error;
        m_failure.hint = run->step->onFailureHint;
        m_failure.cancelled = result.status == NodeStepResult::Status::Cancelled;
    }
    const Step& step = *run->step;
    if (step.sequential && !failed) {
        // The next node of a one-at-a-time step.
        for (NodeRun* next : std::as_const(m_nodeRuns)) {
            if (!next->started)
                return startNode(next);
        }
    }
    for (NodeRun* r : std::as_const(m_nodeRuns)) {
        // A parallel step starts every node (startStep's loop may still be about to start some when a
        // resumed node finishes at once); a sequential one only those before a failure.
        if (!r->finished && (r->started || !step.sequential))
            return; // others still running or about to start
    }
    const bool stepOk = m_failure.failedStep.isEmpty();
    if (m_current)
        Q_EMIT m_current->stepFinished(step.id, stepOk);
    if (!stepOk)
        return finishPhase(m_failure);
    // Queued: this may run inside startStep's loop over the runs it would delete.
    QTimer::singleShot(0, this, &Executor::startStep);
}

Executor::~Executor()
{
    // The last phase's runs (the next phase's first step would have deleted them).
    qDeleteAll(m_nodeRuns);
}

void Executor::finishPhase(PhaseResult result)
{
    // The runs are deleted by the next phase's first step, never while a loop may hold them.
    result.durationMs = m_phaseClock.isValid() ? m_phaseClock.elapsed() : 0;
    qCInfo(lcExec).noquote() << "phase" << result.phase << (result.ok ? "succeeded" : "stopped:")
                             << result.error;
    Job* job = m_current;
    if (!job) {
        m_busy = false;
        return;
    }
    job->m_phaseResult = result;
    Q_EMIT job->stepsFinished(result);
    if (result.ok && job->m_wantsCheckpoint && !m_cancelled) {
        // The same job goes on with the phase's checkpoint.
        m_checkpoint = CheckpointResult {};
        m_checkpoint.phase = m_phase.number;
        m_criterionIndex = -1;
        QTimer::singleShot(0, job, [this] { startCriterion(); });
        return;
    }
    m_busy = false;
    m_current = nullptr;
    job->finish();
}

void Executor::cancelJob(Job* job)
{
    if (job == m_current && m_busy)
        m_cancelled = true;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        if (it->job == job)
            it.key().first->cancel(it.key().second);
    }
}

void Executor::cancel()
{
    if (m_busy)
        m_cancelled = true;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
        it.key().first->cancel(it.key().second);
}

} // namespace pgpilot
