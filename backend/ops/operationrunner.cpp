// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationrunner.h"

#include "core/logging.h"
#include "exec/clustersession.h"
#include "exec/executor.h"
#include "exec/progressstore.h"
#include "pause.h"
#include "remote/remotehost.h"
#include "rolling.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"
#include "writeprobe.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace pgpilot {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(ms / 1000.0, 'f', 1);
}

// The steps after which cancelling would leave the cluster half-way: from their start on,
// canCancel() is false.
bool pointOfNoReturn(OperationKind kind, const QString& stepId)
{
    switch (kind) {
    case OperationKind::Switchover:
        return true; // its first step is repmgr's switchover
    case OperationKind::Rejoin:
        return stepId.endsWith(QLatin1String(".clean-shutdown")) || stepId.endsWith(QLatin1String(".rejoin"))
            || stepId.endsWith(QLatin1String(".reclone"));
    case OperationKind::Fence:
    case OperationKind::RemoveStandby:
        return true;
    case OperationKind::AddStandby:
        return stepId.endsWith(QLatin1String(".clone"));
    case OperationKind::RotateSecrets:
    case OperationKind::RenewCerts:
        return true; // a stopped rotation is finished by the next run (its pending keys)
    case OperationKind::Backup:
        return false; // pgBackRest leaves a stopped backup unfinished, and the next one resumes or redoes it
    case OperationKind::RestoreDrill:
        return false; // the next drill removes a scratch cluster an interrupted one left
    case OperationKind::Restore:
        return !stepId.endsWith(QLatin1String(".archive-now"))
            && !stepId.endsWith(QLatin1String(".rehearse"));
    case OperationKind::Pause:
    case OperationKind::Unpause:
        return false; // a window without a pause (or the reverse) is put right by running either again
    case OperationKind::ApplySettings:
        return false; // each node's file is checked and put back if refused; the next run writes the rest
    case OperationKind::RollingRestart:
    case OperationKind::Upgrade:
        // between nodes the cluster is whole; repmgr's switchover is not to be cut short
        return stepId.section(QLatin1Char('.'), 1).startsWith(QLatin1String("switch"));
    }
    return true;
}

} // namespace

// ---- OperationRunner ---------------------------------------------------------------------

OperationRunner::OperationRunner(
    ClusterSession* session, const OperationRequest& request, const QString& currentPrimary, QObject* parent)
    : QObject(parent)
    , m_id(Job::nextId())
    , m_session(session)
    , m_plan(buildOperation(session->spec(), request, currentPrimary))
{
    m_result.request = request;
    m_result.oldPrimary = currentPrimary;
    m_probeTimer = new QTimer(this);
    m_probeTimer->setInterval(200);
    connect(m_probeTimer, &QTimer::timeout, this, &OperationRunner::watchProbe);
}

OperationRunner::~OperationRunner()
{
    m_probeSettings.password.fill('\0');
}

void OperationRunner::setWriteProbe(const WriteProbeSettings& settings)
{
    m_probeSettings = settings;
}

void OperationRunner::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void OperationRunner::say(const QString& line)
{
    qCDebug(lcOps).noquote() << line;
    m_result.narration << line;
    Q_EMIT narration(line);
}

Job* OperationRunner::hold(Job* job)
{
    m_job = job;
    connect(job, &Job::output, this, &OperationRunner::output);
    return job;
}

bool OperationRunner::executorReady(QString* why) const
{
    Executor* ex = m_session ? m_session->executor() : nullptr;
    if (!ex) {
        *why = tr("Not connected to the cluster.");
        return false;
    }
    if (ex->isBusy()) {
        *why = tr("Another phase or operation is running on this cluster.");
        return false;
    }
    return true;
}

void OperationRunner::runPrechecks()
{
    if (m_state == State::Prechecking || m_state == State::Running || m_state == State::Verifying
        || m_state == State::Finished)
        return;
    QString why;
    if (!m_plan.valid() || !executorReady(&why)) {
        OperationCheck c;
        c.id = QStringLiteral("plan");
        c.title = tr("The operation can be planned");
        c.ok = false;
        c.seen = m_plan.valid() ? why : m_plan.error;
        if (!m_plan.valid())
            c.hint = tr("Check the node's name.");
        else if (!m_session || !m_session->executor())
            c.hint = tr("Connect to the cluster again, then check again.");
        else
            c.hint = tr("Wait for it to finish, then try again.");
        m_result.prechecks = {c};
        setState(State::Refused);
        Q_EMIT prechecksDone(m_result.prechecks, false);
        if (m_startAfterPrechecks)
            finishRefused();
        return;
    }
    setState(State::Prechecking);
    say(tr("Pre-checks for %1").arg(m_plan.title));
    Job* job = hold(m_session->executor()->runCheckpoint(m_plan.prechecks));
    connect(job, &Job::finished, this, [this, job] { onPrecheckDone(job->checkpointResult()); });
}

QList<OperationCheck> OperationRunner::toChecks(const CheckpointResult& r)
{
    QList<OperationCheck> checks;
    for (const auto& item : r.items) {
        OperationCheck c;
        c.id = item.criterionId;
        c.title = item.description;
        c.node = item.result.node;
        c.ok = item.result.passed;
        c.seen = item.result.seen;
        c.hint = item.result.passed ? QString() : item.result.likelyCause;
        checks << c;
    }
    return checks;
}

void OperationRunner::onPrecheckDone(const CheckpointResult& r)
{
    m_result.prechecks = toChecks(r);
    for (const OperationCheck& c : std::as_const(m_result.prechecks)) {
        if (c.id == QLatin1String("current-primary") && c.ok) {
            m_result.oldPrimary = c.node;
            if (m_plan.request.kind == OperationKind::Switchover)
                m_plan.oldPrimary = c.node;
            m_plan.confirmation = operationConfirmation(m_session->spec(), m_plan.request, c.node);
            m_plan.phase.confirmation = m_plan.confirmation;
            if (isRolling(m_plan.request.kind))
                replanRolling(c.node);
        }
    }
    if (m_cancelRequested) {
        m_result.cancelled = true;
        finish();
        return;
    }
    bool passed = r.passed;
    for (const OperationCheck& c : std::as_const(m_result.prechecks))
        passed = passed && c.ok;
    m_prechecksPassed = passed;
    int failed = 0;
    for (const OperationCheck& c : std::as_const(m_result.prechecks))
        failed += c.ok ? 0 : 1;
    say(passed ? tr("Pre-checks passed (%1 checks)").arg(m_result.prechecks.size())
               : tr("Pre-checks failed: %1 of %2 checks").arg(failed).arg(m_result.prechecks.size()));
    setState(passed ? State::Ready : State::Refused);
    Q_EMIT prechecksDone(m_result.prechecks, passed);
    if (!m_startAfterPrechecks)
        return;
    if (passed)
        startSteps();
    else
        finishRefused();
}

// A rolling operation's order depends on which node is the primary: its steps are planned again
// for the one the pre-checks found (the pre-checks themselves do not depend on it).
void OperationRunner::replanRolling(const QString& primary)
{
    const OperationPlan again = buildOperation(m_session->spec(), m_plan.request, primary);
    if (!again.valid()) {
        OperationCheck c;
        c.id = QStringLiteral("plan");
        c.title = tr("The operation can be planned for the current primary");
        c.node = primary;
        c.seen = again.error;
        c.hint = tr("Give another standby to switch over to.");
        m_result.prechecks << c;
        return;
    }
    m_plan.phase = again.phase;
    m_plan.verification = again.verification;
    m_plan.newPrimary = again.newPrimary;
    m_plan.confirmation = again.confirmation;
}

void OperationRunner::finishRefused()
{
    m_result.refused = true;
    QStringList reasons;
    for (const OperationCheck& c : std::as_const(m_result.prechecks)) {
        if (!c.ok)
            reasons << (c.node.isEmpty() ? c.title : QStringLiteral("%1 [%2]").arg(c.title, c.node))
                    + QStringLiteral(": ") + c.seen;
    }
    m_result.error
        = reasons.isEmpty() ? tr("the pre-checks did not pass") : reasons.join(QStringLiteral("; "));
    for (const OperationCheck& c : std::as_const(m_result.prechecks)) {
        if (!c.ok && !c.hint.isEmpty()) {
            m_result.hint = c.hint;
            break;
        }
    }
    finish();
}

void OperationRunner::start()
{
    if (m_state == State::Running || m_state == State::Verifying || m_state == State::Finished)
        return;
    if (m_state == State::Refused) {
        finishRefused();
        return;
    }
    if (!m_prechecksPassed) {
        m_startAfterPrechecks = true;
        if (m_state != State::Prechecking)
            runPrechecks();
        return;
    }
    startSteps();
}

void OperationRunner::startSteps()
{
    QString why;
    if (!executorReady(&why)) {
        m_result.error = why;
        finish();
        return;
    }
    if (m_plan.request.kind == OperationKind::RenewCerts)
        return prepareCertificatesThenStart();
    if (m_plan.request.kind == OperationKind::RotateSecrets)
        return preparePasswordsThenStart();
    if (m_plan.request.kind == OperationKind::AddStandby && tlsVerified(m_session->spec()))
        return prepareNewNodeSecretsThenStart();
    startStepsNow();
}

void OperationRunner::startStepsNow()
{
    if (m_state != State::Running) {
        setState(State::Running);
        m_clock.start();
    }
    if (!m_probeSettings.password.isEmpty() && !m_probeSettings.host.isEmpty()) {
        m_probe = std::make_unique<WriteProbe>(m_probeSettings);
        m_probe->start();
        m_lastProbeOk = true;
        m_probeTimer->start();
        say(tr("Writing through %1:%2 every %3 ms to measure the outage")
                .arg(m_probeSettings.host)
                .arg(m_probeSettings.port)
                .arg(m_probeSettings.intervalMs));
    }
    say(tr("Starting: %1").arg(m_plan.title));
    // An operation starts from the cluster as it is now, never from an earlier run's progress;
    // the steps' probes make a repeated run skip what is already done.
    if (ProgressStore* progress = m_session->progress())
        progress->forget(QStringLiteral("p%1.").arg(m_plan.phase.number));
    Job* job = hold(m_session->executor()->runPhase(m_plan.phase));
    connect(job, &Job::stepStarted, this, [this](const QString& stepId, const QString& node) {
        m_currentStep = stepId;
        if (pointOfNoReturn(m_plan.request.kind, stepId))
            m_pastNoReturn = true;
        const QString title = stepTitle(stepId);
        narrateStepStart(stepId, node);
        Q_EMIT stepStarted(stepId, title, node);
    });
    connect(job, &Job::output, this, &OperationRunner::onOutput);
    connect(job, &Job::stepNodeFinished, this,
        [this](const QString& stepId, const QString& node, const NodeStepResult& r) {
            const bool ok
                = r.status != NodeStepResult::Status::Failed && r.status != NodeStepResult::Status::Cancelled;
            if (ok)
                narrateStepDone(stepId, node, r.status == NodeStepResult::Status::Skipped);
            Q_EMIT stepFinished(
                stepId, stepTitle(stepId), node, ok, r.error, r.status == NodeStepResult::Status::Skipped);
        });
    connect(job, &Job::finished, this, [this, job] { onPhaseFinished(job->phaseResult()); });
}

QString OperationRunner::stepTitle(const QString& stepId) const
{
    for (const Step& s : m_plan.phase.steps) {
        if (s.id == stepId)
            return s.title;
    }
    return stepId;
}

void OperationRunner::narrateStepStart(const QString& stepId, const QString& node)
{
    const QString rest = stepId.section(QLatin1Char('.'), 1);
    const QString target = m_plan.request.node;
    const QString primary = m_result.oldPrimary.isEmpty() ? tr("the primary") : m_result.oldPrimary;
    if (isRolling(m_plan.request.kind)) {
        if (const QString line
            = rollingStepNarration(rest, node, m_plan.request.kind == OperationKind::Upgrade);
            !line.isEmpty())
            say(line);
        return;
    }
    if (m_plan.request.kind == OperationKind::Switchover && rest == QLatin1String("run"))
        say(tr("Switching over: demoting %1, then promoting %2").arg(primary, target));
    else if (rest == QLatin1String("wait"))
        say(tr("Waiting for HAProxy and the VIP to send writes to %1").arg(target));
    else if (rest == QLatin1String("hold"))
        say(tr("Keeping PostgreSQL on %1 stopped").arg(node));
    else if (rest == QLatin1String("clean-shutdown"))
        say(tr("Checking that %1's data directory was shut down cleanly").arg(node));
    else if (rest == QLatin1String("rejoin"))
        say(tr("Rejoining %1 to %2 (pg_rewind if it diverged)").arg(node, primary));
    else if (rest == QLatin1String("reclone"))
        say(tr("Re-cloning %1 from %2").arg(node, primary));
    else if (rest == QLatin1String("mark"))
        say(tr("Fencing %1: mark, start.conf disabled, repmgrd stopped").arg(node));
    else if (rest == QLatin1String("stop"))
        say(tr("Stopping PostgreSQL on %1 and masking its unit").arg(node));
    else if (rest == QLatin1String("clone"))
        say(tr("Cloning %1 from the current primary").arg(node));
    else if (rest == QLatin1String("unregister"))
        say(tr("Unregistering %1 from repmgr").arg(target));
    else if (rest == QLatin1String("haproxy"))
        say(tr("Reloading HAProxy on %1").arg(node));
    else if (rest == QLatin1String("keepalived"))
        say(tr("Reloading Keepalived on %1").arg(node));
}

void OperationRunner::narrateStepDone(const QString& stepId, const QString& node, bool skipped)
{
    const QString rest = stepId.section(QLatin1Char('.'), 1);
    const QString target = m_plan.request.node;
    if (isRolling(m_plan.request.kind)) {
        if (rest.endsWith(QLatin1String(".wait")))
            say(tr("Writes go to %1 now").arg(node));
        else if (rest.startsWith(QLatin1String("node.")) || rest.startsWith(QLatin1String("old-primary.")))
            say(skipped ? tr("%1 was done already").arg(node) : tr("%1 streams and has caught up").arg(node));
        return;
    }
    if (rest == QLatin1String("wait"))
        say(tr("HAProxy switched: %1:%2 reaches %3; VIP %1 is on the new primary's side")
                .arg(m_session->spec().network.vip)
                .arg(m_session->spec().ports.write)
                .arg(target));
    else if (rest == QLatin1String("wait-streaming"))
        say(tr("%1 streams from the primary").arg(node));
    else if (rest == QLatin1String("stop") && m_plan.request.kind == OperationKind::Fence)
        say(tr("PostgreSQL on %1 is stopped and cannot start").arg(node));
    else if (skipped)
        say(tr("%1 on %2: already done").arg(stepTitle(stepId), node));
}

void OperationRunner::onOutput(
    const QString& stepId, const QString& node, int stream, const QStringList& lines)
{
    Q_UNUSED(stepId);
    Q_UNUSED(stream);
    if (m_plan.request.kind == OperationKind::Pause || m_plan.request.kind == OperationKind::Unpause) {
        for (const QString& line : lines) {
            if (const QString said = pauseNarration(node, line); !said.isEmpty())
                say(said);
        }
        return;
    }
    // repmgr's own log lines, turned into the moments a DBA cares about.
    static const QRegularExpression demote(QStringLiteral("current primary \"([^\"]+)\".*will be demoted"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression follow(
        QStringLiteral("node \"([^\"]+)\" \\(ID: \\d+\\) is now (attached to|following)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& line : lines) {
        const QString l = line.toLower();
        if (auto m = demote.match(line); m.hasMatch()) {
            if (m_result.oldPrimary.isEmpty())
                m_result.oldPrimary = m.captured(1);
        } else if (l.contains(QLatin1String("stopping current primary node"))) {
            say(tr("Demoting %1: clean shutdown (its WAL goes to %2 first)").arg(m_result.oldPrimary, node));
        } else if (l.contains(QLatin1String("current primary has been cleanly shut down"))) {
            say(tr("%1 shut down cleanly").arg(m_result.oldPrimary));
        } else if (l.contains(QLatin1String("promoting standby to primary"))) {
            say(tr("Promoting %1").arg(node));
        } else if (l.contains(QLatin1String("standby promote successful"))) {
            say(tr("%1 is the primary now").arg(node));
        } else if (l.contains(QLatin1String("siblings"))
            && (l.contains(QLatin1String("executing standby follow"))
                || l.contains(QLatin1String("will follow")))) {
            say(tr("Siblings following %1").arg(node));
        } else if (auto f = follow.match(line);
                   f.hasMatch() && m_plan.request.kind == OperationKind::Switchover) {
            say(tr("%1 follows %2").arg(f.captured(1), node));
        } else if (l.contains(QLatin1String("node rejoin successful"))
            || l.contains(QLatin1String("is attached as standby"))) {
            say(m_plan.request.kind == OperationKind::Switchover
                    ? tr("%1 restarted as a standby of %2").arg(m_result.oldPrimary, node)
                    : tr("%1 rejoined as a standby").arg(node));
        } else if (l.contains(QLatin1String("executing pg_rewind"))
            || l.contains(QLatin1String("pg_rewind: servers diverged"))) {
            say(tr("pg_rewind on %1: discarding what diverged from the primary").arg(node));
        } else if (l.contains(QLatin1String("not shut down cleanly"))) {
            say(tr("%1 crashed: crash recovery in single-user mode first").arg(node));
        } else if (l.contains(QLatin1String("switchover was successful"))) {
            say(tr("repmgr reports the switchover successful"));
        }
    }
}

void OperationRunner::watchProbe()
{
    if (!m_probe)
        return;
    const WriteProbe::Summary s = m_probe->summary();
    if (s.ok + s.failed == 0)
        return;
    if (m_lastProbeOk && !s.lastOk) {
        m_failSince = s.elapsedMs;
        say(tr("Writes through %1:%2 fail now (%3)")
                .arg(m_probeSettings.host)
                .arg(m_probeSettings.port)
                .arg(s.lastError.isEmpty() ? tr("no answer") : s.lastError.left(120)));
    } else if (!m_lastProbeOk && s.lastOk) {
        say(tr("Writes through %1:%2 accepted again (%3 s without a write)")
                .arg(m_probeSettings.host)
                .arg(m_probeSettings.port)
                .arg(seconds(s.outageMs)));
    }
    m_lastProbeOk = s.lastOk;
}

bool OperationRunner::canCancel() const
{
    switch (m_state) {
    case State::Idle:
    case State::Prechecking:
    case State::Ready:
    case State::Refused:
        return true;
    case State::Running:
        return !m_pastNoReturn;
    case State::Verifying:
    case State::Finished:
        return false;
    }
    return false;
}

void OperationRunner::cancel()
{
    if (!canCancel() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    say(tr("Cancelling"));
    if (m_state == State::Prechecking || m_state == State::Running) {
        if (m_job)
            m_job->cancel();
        return; // the job reports back
    }
    m_result.cancelled = true;
    finish();
}

void OperationRunner::onPhaseFinished(const PhaseResult& r)
{
    if (m_state != State::Running)
        return;
    if (!r.ok) {
        m_result.cancelled = r.cancelled || m_cancelRequested;
        m_result.error = r.cancelled ? tr("cancelled")
                                     : tr("step %1 on %2: %3").arg(r.failedStep, r.failedNode, r.error);
        m_result.hint = r.hint;
        if (m_plan.request.kind == OperationKind::Rejoin && !m_plan.request.reclone
            && (r.failedStep.endsWith(QLatin1String(".rejoin"))
                || r.failedStep.endsWith(QLatin1String(".clean-shutdown")))) {
            m_result.recloneSuggested = true;
            m_result.hint
                = tr("pg_rewind could not bring %1 back. A re-clone (rejoin with re-clone) deletes its "
                     "data directory and copies it afresh from the primary.")
                      .arg(m_plan.request.node);
        }
        say(m_result.cancelled ? tr("Cancelled") : tr("Failed: %1").arg(m_result.error));
        finish();
        return;
    }
    setState(State::Verifying);
    say(tr("Verifying the cluster after %1").arg(m_plan.title));
    Job* job = hold(m_session->executor()->runCheckpoint(m_plan.verification));
    connect(job, &Job::finished, this, [this, job] { onVerificationDone(job->checkpointResult()); });
}

void OperationRunner::onVerificationDone(const CheckpointResult& r)
{
    m_result.verification = toChecks(r);
    m_result.ok = r.passed;
    if (m_plan.request.kind == OperationKind::Switchover && r.passed)
        m_result.newPrimary = m_plan.request.node;
    if (isRolling(m_plan.request.kind) && r.passed)
        m_result.newPrimary = m_plan.newPrimary;
    if (!r.passed) {
        QStringList failed;
        for (const OperationCheck& c : std::as_const(m_result.verification)) {
            if (!c.ok) {
                failed << (c.node.isEmpty() ? c.title : QStringLiteral("%1 [%2]").arg(c.title, c.node))
                        + QStringLiteral(": ") + c.seen;
                if (m_result.hint.isEmpty())
                    m_result.hint = c.hint;
            }
        }
        m_result.error = tr("verification failed: %1").arg(failed.join(QStringLiteral("; ")));
    }
    say(r.passed ? tr("Verified: %1 checks passed").arg(m_result.verification.size()) : m_result.error);
    if (r.passed
        && (m_plan.request.kind == OperationKind::RotateSecrets
            || m_plan.request.kind == OperationKind::RenewCerts))
        return promoteThenFinish();
    finish();
}

void OperationRunner::finish()
{
    if (m_state == State::Finished)
        return;
    m_probeTimer->stop();
    if (m_probe) {
        m_probe->stop();
        const WriteProbe::Summary s = m_probe->summary();
        m_result.writeOutageMs = s.outageMs;
        m_result.totalOutageMs = s.totalOutageMs;
        m_result.writesOk = s.ok;
        m_result.failedWrites = s.failed;
        m_probe.reset();
    }
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_job = nullptr;
    setState(State::Finished);
    say(m_result.summary());
    Q_EMIT finished(m_result);
}

} // namespace pgpilot
