// SPDX-License-Identifier: GPL-3.0-or-later
// The operations' plans, texts and results: pure functions of the worksheet (no I/O). The runner
// that carries a plan out is in operationrunner.cpp.
#include "operationrunner.h"
#include "pause.h"
#include "rolling.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

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
    case OperationKind::RotateSecrets:
        return QStringLiteral("rotate-secrets");
    case OperationKind::RenewCerts:
        return QStringLiteral("renew-certs");
    case OperationKind::Backup:
        return QStringLiteral("backup");
    case OperationKind::RestoreDrill:
        return QStringLiteral("restore-drill");
    case OperationKind::Restore:
        return QStringLiteral("restore");
    case OperationKind::Pause:
        return QStringLiteral("pause");
    case OperationKind::Unpause:
        return QStringLiteral("unpause");
    case OperationKind::RollingRestart:
        return QStringLiteral("rolling-restart");
    case OperationKind::Upgrade:
        return QStringLiteral("upgrade");
    case OperationKind::ApplySettings:
        return QStringLiteral("apply-settings");
    }
    return {};
}

std::optional<OperationKind> operationKindFromString(const QString& text)
{
    if (text == QLatin1String("unfence"))
        return OperationKind::Rejoin;
    for (OperationKind k : {OperationKind::Switchover, OperationKind::Rejoin, OperationKind::Fence,
             OperationKind::AddStandby, OperationKind::RemoveStandby, OperationKind::RotateSecrets,
             OperationKind::RenewCerts, OperationKind::Backup, OperationKind::RestoreDrill,
             OperationKind::Restore, OperationKind::Pause, OperationKind::Unpause,
             OperationKind::RollingRestart, OperationKind::Upgrade, OperationKind::ApplySettings}) {
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
    case OperationKind::RotateSecrets:
        return kRotateSecretsPhase;
    case OperationKind::RenewCerts:
        return kRenewCertsPhase;
    case OperationKind::Backup:
        return kBackupPhase;
    case OperationKind::RestoreDrill:
        return kRestoreDrillPhase;
    case OperationKind::Restore:
        return kRestorePhase;
    case OperationKind::Pause:
        return kPausePhase;
    case OperationKind::Unpause:
        return kUnpausePhase;
    case OperationKind::RollingRestart:
        return kRollingRestartPhase;
    case OperationKind::Upgrade:
        return kUpgradePhase;
    case OperationKind::ApplySettings:
        return kSettingsPhase;
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
    case OperationKind::RotateSecrets: {
        QStringList roles;
        for (const PasswordRole& r : passwordRoles(spec))
            roles << r.role;
        return tr("New passwords for %1 of cluster %2: pgpilot stores them in the keychain under pending "
                  "keys first, then %3 stores their SCRAM verifiers and every node's .pgpass gets the new "
                  "repmgr password; once a login with each new password works on every node, the pending "
                  "keys become the real ones. An interrupted run is finished by the next one.\n"
                  "Clients: open sessions go on; new logins with an old password are refused from then "
                  "on (the dashboard and status re-read the keychain). Writes through %4 go on.")
            .arg(roles.join(QStringLiteral(", ")), spec.name, primary, write);
    }
    case OperationKind::RenewCerts:
        return tr(
            "Every node of cluster %1 gets a new key and certificate signed by the cluster CA: pgpilot "
            "stores them in the keychain under pending keys first, writes them on each node as postgres "
            "and has PostgreSQL reload them (no restart); once every node serves its new certificate, the "
            "pending keys become the real ones. An interrupted run is finished by the next one.\n"
            "Clients: nothing is cut; open sessions and replication keep their connections, new "
            "connections see the new certificate. Writes through %2 go on.")
            .arg(spec.name, write);
    case OperationKind::Backup:
        return tr(
            "pgBackRest on %1 takes a %2 backup of cluster %3 into its repository: the primary makes a "
            "checkpoint at the start and the data files are read from a standby, so the primary carries "
            "little of the load. Older backups expire as the retention says (%4 full, %5 differential).\n"
            "Clients: nothing is interrupted. Writes through %6 go on.")
            .arg(spec.backup.host.name, request.option.isEmpty() ? QStringLiteral("incr") : request.option,
                spec.name)
            .arg(spec.backup.retentionFull)
            .arg(spec.backup.retentionDiff)
            .arg(write);
    case OperationKind::RestoreDrill:
        return tr("The primary of cluster %1 writes one marker row (table %2) and switches WAL so that it is "
                  "archived; then %3 restores the newest backup and every archived segment into a scratch "
                  "cluster (port %4, no network), starts it, looks for the marker, and removes it again. The "
                  "cluster's nodes only write the marker.\n"
                  "Clients: nothing is interrupted. %3 needs room for a copy of the database.")
            .arg(spec.name, QStringLiteral("public.pgpilot_backup_marker"), spec.backup.host.name)
            .arg(5499);
    case OperationKind::Restore:
        return tr(
            "WARNING: cluster %1 goes back to %2 (UTC). Every transaction committed after that time is "
            "gone from the cluster (it stays in the repository's older timeline).\n"
            "First %3 rehearses the restore in a scratch cluster and pgpilot stops here if the repository "
            "cannot reach that time. Then repmgrd, the health service and PostgreSQL stop on every node "
            "(writes through %4 "
            "stop), %5 is restored to that time and promoted, the other nodes are cloned from it afresh, "
            "repmgrd starts again, the VIP and port %6 are verified, and a full backup starts the new "
            "timeline in the repository.\n"
            "Clients: no connections until the restored primary takes writes (the whole database is "
            "copied to each standby after that).")
            .arg(spec.name, request.option, spec.backup.host.name, write,
                spec.nodes.value(qMax(0, spec.primaryIndex())).name)
            .arg(spec.ports.write);
    case OperationKind::Pause:
    case OperationKind::Unpause:
        return pauseConfirmation(spec, request);
    case OperationKind::RollingRestart:
    case OperationKind::Upgrade:
        return rollingConfirmation(spec, request, currentPrimary);
    case OperationKind::ApplySettings:
        return tr(
            "Writes the worksheet's PostgreSQL parameters to conf.d/pgpilot-settings.conf on every node of "
            "%1 and reloads PostgreSQL there (a value a node refuses puts its previous file back); "
            "rewrites haproxy.cfg and keepalived.conf where their timings changed and reloads them, "
            "Keepalived one node at a time.\n"
            "Clients: nothing restarts, sessions and writes go on. A value that needs a restart of "
            "PostgreSQL waits for a rolling restart.")
            .arg(spec.name);
    }
    return {};
}

OperationPlan buildOperation(
    const ClusterSpec& spec, const OperationRequest& request, const QString& currentPrimary)
{
    if (request.kind == OperationKind::Pause || request.kind == OperationKind::Unpause)
        return buildPausePlan(spec, request);
    if (isRolling(request.kind))
        return buildRollingPlan(spec, request, currentPrimary);
    OperationPlan plan;
    if (request.kind == OperationKind::ApplySettings) {
        const OperationPhases ops = buildSettingsPhases(spec);
        plan.request = request;
        plan.request.node.clear();
        plan.title = tr("Apply the settings");
        plan.prechecks = ops.prechecks;
        plan.phase = ops.steps;
        plan.verification = ops.verification;
        plan.confirmation = operationConfirmation(spec, plan.request, currentPrimary);
        plan.phase.confirmation = plan.confirmation;
        return plan;
    }
    plan.request = request;
    const NodeSpec* node = findNode(spec, request.node);
    if (request.kind == OperationKind::RenewCerts && !tlsVerified(spec)) {
        plan.error = tr("Cluster %1 does not use verified TLS (worksheet tls.mode): it has no certificates "
                        "of pgpilot's to renew.")
                         .arg(spec.name);
        return plan;
    }
    const bool backups = request.kind == OperationKind::Backup || request.kind == OperationKind::RestoreDrill
        || request.kind == OperationKind::Restore;
    if (backups && !spec.hasBackups()) {
        plan.error
            = tr("Cluster %1 has no backup repository (worksheet: archiving.mode pgbackrest and the backup "
                 "section); run phase 6 once it has one.")
                  .arg(spec.name);
        return plan;
    }
    if (request.kind == OperationKind::Backup && !request.option.isEmpty()
        && !QStringList {QStringLiteral("full"), QStringLiteral("diff"), QStringLiteral("incr")}.contains(
            request.option)) {
        plan.error = tr("The backup type is full, diff or incr, not \"%1\".").arg(request.option.left(20));
        return plan;
    }
    if (request.kind == OperationKind::Restore) {
        static const QRegularExpression form(
            QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?\\+00$"));
        if (!form.match(request.option).hasMatch()) {
            plan.error = tr("Give the time to restore to with --target-time, e.g. 2026-12-05T10:15:00Z.");
            return plan;
        }
    }
    if (request.kind == OperationKind::RotateSecrets || request.kind == OperationKind::RenewCerts
        || backups) {
        plan.request.node.clear();
    } else if (!node) {
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
    const OperationPhases ops = buildOperationPhases(
        spec, operationPhaseNumber(request.kind), request.node, request.reclone, request.option);
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
                else {
                    lines << QStringLiteral("# %1 (as %2)").arg(a.description, a.runAs) << a.command;
                    if (!a.stdinData.isEmpty()) // secrets stay placeholders
                        lines << QStringLiteral("# its stdin:") << QString::fromUtf8(a.stdinData).trimmed();
                }
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
    case OperationKind::RotateSecrets:
        what = resumedRotation ? tr("Rotating the passwords (finishing the interrupted run)")
                               : tr("Rotating the passwords");
        break;
    case OperationKind::RenewCerts:
        what = resumedRotation ? tr("Renewing the certificates (finishing the interrupted run)")
                               : tr("Renewing the certificates");
        break;
    case OperationKind::Backup:
        what = tr("%1 backup").arg(request.option.isEmpty() ? QStringLiteral("incr") : request.option);
        break;
    case OperationKind::RestoreDrill:
        what = tr("Restore drill");
        break;
    case OperationKind::Restore:
        what = tr("Restore to %1").arg(request.option);
        break;
    case OperationKind::Pause:
    case OperationKind::Unpause:
        what = pauseOperationName(request);
        break;
    case OperationKind::RollingRestart:
    case OperationKind::Upgrade:
        what = rollingOperationName(request);
        break;
    case OperationKind::ApplySettings:
        what = tr("Apply the settings");
        break;
    }
    if (refused)
        return tr("%1: refused, nothing changed: %2").arg(what, error);
    if (cancelled)
        return tr("%1: cancelled after %2 s").arg(what, seconds(durationMs));
    QString figures = tr("%1 s").arg(seconds(durationMs));
    if (writeOutageMs >= 0 && isRolling(request.kind) && totalOutageMs >= 0)
        figures += tr(", write outage %1 s in all, the longest %2 s (%3 writes failed)")
                       .arg(seconds(totalOutageMs), seconds(writeOutageMs))
                       .arg(failedWrites);
    else if (writeOutageMs >= 0)
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

QString restoreTargetTime(const QString& text, QString* error)
{
    static const QRegularExpression iso(
        QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2})[T "
                       "]([0-9]{2}:[0-9]{2}:[0-9]{2})(\\.[0-9]{1,6})?(Z|[+-][0-9]{2}:?[0-9]{2})$"));
    const auto m = iso.match(text.trimmed());
    QDateTime t;
    if (m.hasMatch()) {
        QString zone = m.captured(4);
        if (zone != QLatin1String("Z") && !zone.contains(QLatin1Char(':')))
            zone.insert(3, QLatin1Char(':'));
        t = QDateTime::fromString(
            QStringLiteral("%1T%2%3").arg(m.captured(1), m.captured(2), zone), Qt::ISODate);
    }
    if (!t.isValid()) {
        if (error)
            *error = tr(
                "\"%1\" is not a time with its zone: write it as ISO 8601, e.g. 2026-12-05T10:15:00Z or "
                "2026-12-05T11:15:00+01:00 (a time without a zone would be read in the repository host's "
                "zone).")
                         .arg(text.left(40));
        return {};
    }
    const QString fraction = m.captured(3).isEmpty() ? QStringLiteral(".000000")
                                                     : m.captured(3).leftJustified(7, QLatin1Char('0'));
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + fraction + QStringLiteral("+00");
}

WriteProbeSettings writeProbeSettings(const ClusterSpec& spec)
{
    WriteProbeSettings s;
    s.host = spec.network.vip;
    s.port = spec.ports.write;
    if (spec.adopted.adopted) // no pgpilot_monitor role yet: the monitor's login (ClusterServices)
        s.user = spec.adopted.monitorRole;
    return s;
}

} // namespace pgpilot
