#include "operationrunner.h"

#include "core/logging.h"
#include "exec/clustersession.h"
#include "exec/executor.h"
#include "exec/progressstore.h"
#include "remote/remotehost.h"
#include "runbook/builder.h"
#include "writeprobe.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::Operations", text);
}

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
    }
    return true;
}

const NodeSpec* findNode(const ClusterSpec& spec, const QString& name)
{
    for (const NodeSpec& n : spec.nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

} // namespace

QString toId(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Switchover:
        return QStringLiteral("switchover");
    case OperationKind::Rejoin:
        return QStringLiteral("rejoin");
    case OperationKind::Fence:
        return QStringLiteral("fence");
    case OperationKind::AddStandby:
        return QStringLiteral("add-standby");
    case OperationKind::RemoveStandby:
        return QStringLiteral("remove-standby");
    }
    return {};
}

std::optional<OperationKind> operationKindFromString(const QString& text)
{
    if (text == QLatin1String("unfence"))
        return OperationKind::Rejoin;
    for (OperationKind k : {OperationKind::Switchover, OperationKind::Rejoin, OperationKind::Fence,
             OperationKind::AddStandby, OperationKind::RemoveStandby}) {
        if (toId(k) == text)
            return k;
    }
    return std::nullopt;
}

int operationPhaseNumber(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Switchover:
        return kSwitchoverPhase;
    case OperationKind::Rejoin:
        return kRejoinPhase;
    case OperationKind::Fence:
        return kFencePhase;
    case OperationKind::AddStandby:
        return kAddStandbyPhase;
    case OperationKind::RemoveStandby:
        return kRemoveStandbyPhase;
    }
    return kSwitchoverPhase;
}

QString operationConfirmation(
    const ClusterSpec& spec, const OperationRequest& request, const QString& currentPrimary)
{
    const QString node = request.node;
    const QString primary = currentPrimary.isEmpty() ? tr("the current primary") : currentPrimary;
    const QString write = QStringLiteral("%1:%2").arg(spec.network.vip).arg(spec.ports.write);
    const QString read = QStringLiteral("%1:%2").arg(spec.network.vip).arg(spec.ports.read);
    switch (request.kind) {
    case OperationKind::Switchover:
        return tr(
            "%1 becomes the primary of cluster %2 and %3 becomes a standby of it. repmgr shuts %3 down "
            "cleanly (every write it acknowledged is sent to %1 first), promotes %1, restarts %3 as a "
            "standby and makes the other standbys follow %1.\n"
            "Clients: writes through %4 pause for a few seconds while HAProxy and the VIP switch; open "
            "connections to %3 are cut and must reconnect. Reads through %5 go on (a standby restarting "
            "drops its sessions). No acknowledged write is lost.")
            .arg(node, spec.name, primary, write, read);
    case OperationKind::Rejoin:
        if (request.reclone)
            return tr(
                "WARNING: this deletes the whole data directory of %1 and copies it afresh from %2 (takes "
                "as long as copying the database). PostgreSQL on %1 stays stopped until the copy is a "
                "standby of %2; any write %1 accepted that never reached %2 is lost for good.\n"
                "Clients: nothing changes for writes (%1 is not the primary); %1 serves reads through %3 "
                "again once it streams.")
                .arg(node, primary, read);
        return tr(
            "%1 rejoins cluster %2 as a standby of %3. PostgreSQL on %1 is stopped if it runs and stays "
            "stopped; a crash is recovered in single-user mode (no connections); pg_rewind then discards "
            "what %1 wrote after the cluster moved on (writes no client of the cluster saw acknowledged "
            "through %4 since the failover), and %1 starts as a standby - never as a primary.\n"
            "Clients: writes through %4 are not affected; %1 serves reads through %5 again once it "
            "streams. If pg_rewind cannot do it, pgpilot offers a re-clone.")
            .arg(node, spec.name, primary, write, read);
    case OperationKind::Fence:
        return tr(
            "PostgreSQL on %1 is stopped now (fast shutdown: its open connections are cut) and kept from "
            "starting (start.conf disabled, unit masked, fence mark) until %1 is rejoined. Its health "
            "service answers 503 from now on, so HAProxy on every node and Keepalived keep it out.\n"
            "Clients: if %1 is the real primary, writes through %2 stop until repmgrd promotes a standby; "
            "otherwise they only lose connections that reached %1.")
            .arg(node, write);
    case OperationKind::AddStandby:
        return tr("%1 is installed (phases 1-2), cloned from %2 and registered as a standby of cluster %3; "
                  "HAProxy and Keepalived on every node are reloaded (not restarted) to know it.\n"
                  "Clients: no interruption; %1 serves reads through %4 once it streams. The clone reads the "
                  "whole database from %2.")
            .arg(node, primary, spec.name, read);
    case OperationKind::RemoveStandby:
        return tr(
            "%1 is stopped (its PostgreSQL kept from starting), unregistered from repmgr, its replication "
            "slot dropped, and HAProxy and Keepalived on the other nodes reloaded without it. Its data "
            "directory stays on the node.\n"
            "Clients: sessions reading from %1 through %2 are cut and reconnect to another standby; writes "
            "are not affected.")
            .arg(node, read);
    }
    return {};
}

OperationPlan buildOperation(
    const ClusterSpec& spec, const OperationRequest& request, const QString& currentPrimary)
{
    OperationPlan plan;
    plan.request = request;
    const NodeSpec* node = findNode(spec, request.node);
    if (!node) {
        plan.error = request.node.isEmpty()
            ? tr("No node given.")
            : tr("%1 is not a node of cluster %2 (add its row to the worksheet first).")
                  .arg(request.node, spec.name);
        return plan;
    }
    if (request.kind == OperationKind::RemoveStandby) {
        if (spec.nodes.size() <= 2) {
            plan.error = tr("Cluster %1 has %2 nodes: removing one leaves no standby.")
                             .arg(spec.name)
                             .arg(spec.nodes.size());
            return plan;
        }
        if (spec.nodes.last().name != request.node) {
            plan.error = tr("Only the last node of the worksheet (%1) can be removed: node ids are worksheet "
                            "positions, so removing %2 would renumber the nodes after it.")
                             .arg(spec.nodes.last().name, request.node);
            return plan;
        }
    }
    const OperationPhases ops
        = buildOperationPhases(spec, operationPhaseNumber(request.kind), request.node, request.reclone);
    plan.prechecks = ops.prechecks;
    plan.phase = ops.steps;
    plan.verification = ops.verification;
    plan.title = ops.steps.title;
    if (request.kind == OperationKind::Switchover) {
        plan.newPrimary = request.node;
        plan.oldPrimary = currentPrimary;
    }
    plan.confirmation = operationConfirmation(spec, request, currentPrimary);
    plan.phase.confirmation = plan.confirmation;
    return plan;
}

QString operationCommandsText(const OperationPlan& plan)
{
    if (!plan.valid())
        return plan.error + QLatin1Char('\n');
    QStringList lines;
    lines << QStringLiteral("# %1").arg(plan.title) << QStringLiteral("# %1").arg(plan.phase.summary);
    auto criteria = [&lines](const Phase& phase, const QString& heading) {
        lines << QString() << QStringLiteral("## %1 (read-only)").arg(heading);
        for (const Criterion& c : phase.checkpoint)
            lines << QStringLiteral("# check %1 [%2] on %3, as %4:")
                         .arg(c.description, c.id, c.nodes.join(QStringLiteral(", ")), c.runAs)
                  << c.command;
    };
    criteria(plan.prechecks, tr("Pre-checks"));
    lines << QString() << QStringLiteral("## %1").arg(tr("Steps"));
    for (const Step& step : plan.phase.steps) {
        for (const NodeWork& w : step.work) {
            lines << QStringLiteral("# %1 [%2] on %3").arg(step.title, step.id, w.node);
            if (!w.probe.isEmpty())
                lines << QStringLiteral("# already done when this succeeds (as %1): %2")
                             .arg(w.probeRunAs, w.probe);
            for (const Action& a : w.actions) {
                if (a.kind == Action::Kind::WriteFile)
                    lines << QStringLiteral("# write %1 (owner %2:%3, mode %4):")
                                 .arg(a.path, a.owner, a.group, QString::number(a.mode, 8))
                          << QString::fromUtf8(a.content).trimmed();
                else
                    lines << QStringLiteral("# %1 (as %2)").arg(a.description, a.runAs) << a.command;
            }
        }
    }
    criteria(plan.verification, tr("Verification"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString OperationResult::summary() const
{
    QString what;
    switch (request.kind) {
    case OperationKind::Switchover:
        what = tr("Switchover to %1").arg(request.node);
        break;
    case OperationKind::Rejoin:
        what
            = request.reclone ? tr("Re-clone of %1").arg(request.node) : tr("Rejoin of %1").arg(request.node);
        break;
    case OperationKind::Fence:
        what = tr("Fence of %1").arg(request.node);
        break;
    case OperationKind::AddStandby:
        what = tr("Adding standby %1").arg(request.node);
        break;
    case OperationKind::RemoveStandby:
        what = tr("Removing standby %1").arg(request.node);
        break;
    }
    if (refused)
        return tr("%1: refused, nothing changed: %2").arg(what, error);
    if (cancelled)
        return tr("%1: cancelled after %2 s").arg(what, seconds(durationMs));
    QString figures = tr("%1 s").arg(seconds(durationMs));
    if (writeOutageMs >= 0)
        figures += tr(", write outage %1 s (%2 writes failed)").arg(seconds(writeOutageMs)).arg(failedWrites);
    if (ok)
        return tr("%1: done and verified in %2").arg(what, figures);
    return tr("%1: FAILED after %2: %3").arg(what, figures, error);
}

ClusterEvent operationEvent(const OperationResult& result, const QDateTime& when)
{
    ClusterEvent e;
    e.time = when;
    e.kind = ClusterEvent::Kind::Operation;
    e.node = result.request.node;
    e.text = result.summary();
    e.severity = result.ok || result.refused || result.cancelled ? Severity::Warning : Severity::Critical;
    return e;
}

WriteProbeSettings writeProbeSettings(const ClusterSpec& spec)
{
    WriteProbeSettings s;
    s.host = spec.network.vip;
    s.port = spec.ports.write;
    return s;
}

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
        }
    }
    if (m_cancelRequested) {
        m_result.cancelled = true;
        finish();
        return;
    }
    m_prechecksPassed = r.passed;
    int failed = 0;
    for (const OperationCheck& c : std::as_const(m_result.prechecks))
        failed += c.ok ? 0 : 1;
    say(r.passed ? tr("Pre-checks passed (%1 checks)").arg(m_result.prechecks.size())
                 : tr("Pre-checks failed: %1 of %2 checks").arg(failed).arg(m_result.prechecks.size()));
    setState(r.passed ? State::Ready : State::Refused);
    Q_EMIT prechecksDone(m_result.prechecks, r.passed);
    if (!m_startAfterPrechecks)
        return;
    if (r.passed)
        startSteps();
    else
        finishRefused();
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
    setState(State::Running);
    m_clock.start();
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
            Q_EMIT stepFinished(stepId, stepTitle(stepId), node, ok, r.error);
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
