// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot restore: point-in-time recovery of the whole cluster from the pgBackRest repository.
// The repository host rehearses first (nothing on the cluster is touched when it cannot reach the
// time); then repmgrd and PostgreSQL stop everywhere, the worksheet's primary is restored to the
// time and promoted, the others are cloned from it afresh, and a full backup starts the new
// timeline.

#include "backupfiles.h"
#include "builderutil.h"
#include "core/shell.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pgpilot {

QString Builder::drillCommand(const QString& mode, const QString& targetTime) const
{
    QString command = QStringLiteral("%1 --stanza %2 --pg-version %3 --port %4 --mode %5")
                          .arg(backuppaths::drillScript(), backupStanza(m_spec), v())
                          .arg(backuppaths::drillPort())
                          .arg(mode);
    if (!targetTime.isEmpty()) // validated: digits, '-', ':', '.', ' ' and "+00"
        command += QStringLiteral(" --target %1").arg(shellQuote(targetTime));
    if (!m_spec.hasBackupHost()) // a mounted repository belongs to postgres
        command += QStringLiteral(" --repo-user postgres");
    return command;
}

void Builder::restoreOperation(const QString& targetTime, OperationPhases& ops) const
{
    constexpr int n = kRestorePhase;
    const QString bu = repositoryUser(m_spec);
    const QString unit = postgresUnit(m_v);
    Phase& p = ops.steps;
    p.title = tr("Restore cluster %1 to %2").arg(m_spec.name, targetTime);
    p.summary
        = tr("Rehearses the restore on %1, then stops repmgrd, the health service and PostgreSQL on every "
             "node, restores %2 to "
             "%3 and promotes it, clones the other nodes from it, starts repmgrd again and takes a full "
             "backup of the new timeline.")
              .arg(repositoryName(), m_primary.name, targetTime);
    p.destructive = true;

    // ---- pre-checks (read-only) ----------------------------------------------------------------
    ops.prechecks.checkpoint << versionsCriterion(opId(n, QStringLiteral("versions")));
    ops.prechecks.checkpoint << reachCriterion();
    // The time lies between the end of the oldest backup and now (the repository host's clock).
    const QString target = targetTime;
    ops.prechecks.checkpoint << repositoryCriterion(
        opId(n, QStringLiteral("range")), tr("%1 is after the oldest backup and in the past").arg(targetTime),
        QStringLiteral("%1; echo; date +%s")
            .arg(pgbackrestCommand(m_spec, QStringLiteral("--output=json info"))),
        [target](const NodeSpec& node, const CommandOutput& out) {
            const QList<QByteArray> parts = out.stdOut.trimmed().split('\n');
            const QJsonArray stanzas = QJsonDocument::fromJson(parts.value(0)).array();
            const QJsonArray backups = stanzas.isEmpty()
                ? QJsonArray()
                : stanzas.first().toObject().value(QStringLiteral("backup")).toArray();
            const qint64 now = parts.value(parts.size() - 1).trimmed().toLongLong();
            QDateTime t = QDateTime::fromString(target.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            t.setTimeSpec(Qt::UTC);
            const qint64 when = t.toSecsSinceEpoch();
            const auto utc = [](qint64 s) {
                return QDateTime::fromSecsSinceEpoch(s, Qt::UTC)
                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss+00"));
            };
            if (backups.isEmpty())
                return result(false, node.name, tr("a backup that ended before %1").arg(target),
                    stanzas.isEmpty() ? QString::fromUtf8(out.stdErr).trimmed().right(300)
                                      : tr("no backup in the repository"),
                    tr("The repository holds nothing to restore from."));
            const qint64 oldest = backups.first()
                                      .toObject()
                                      .value(QStringLiteral("timestamp"))
                                      .toObject()
                                      .value(QStringLiteral("stop"))
                                      .toInteger();
            const qint64 newest = backups.last()
                                      .toObject()
                                      .value(QStringLiteral("timestamp"))
                                      .toObject()
                                      .value(QStringLiteral("stop"))
                                      .toInteger();
            const QString seen
                = tr("the repository reaches from %1 (end of the oldest backup, %2 backups) on; now is %3")
                      .arg(utc(oldest))
                      .arg(backups.size())
                      .arg(utc(now));
            if (when <= oldest)
                return result(false, node.name, tr("after %1").arg(utc(oldest)), seen,
                    tr("The oldest recoverable point is %1 (retention expired what came before). Nothing was "
                       "touched; choose a later time.")
                        .arg(utc(oldest)));
            if (now <= 0 || when >= now)
                return result(false, node.name, tr("before now (%1)").arg(utc(now)), seen,
                    tr("%1 is in the future on the repository host's clock. Nothing was touched.")
                        .arg(target));
            Q_UNUSED(newest);
            return result(true, node.name, tr("between %1 and now").arg(utc(oldest)), seen);
        },
        bu);

    // ---- steps ----------------------------------------------------------------------------------
    p.steps << step(opId(n, QStringLiteral("archive-now")),
        tr("Archive the WAL the primary has not archived yet (pgbackrest check)"),
        m_spec.hasBackupHost() ? Step::Target::OneNode : Step::Target::AllNodes,
        repositoryWork({run(tr("pgbackrest check (a primary that does not answer is no obstacle)"),
            QStringLiteral("%1 || echo 'pgpilot: no primary answered: restoring from what the archive "
                           "holds'")
                .arg(pgbackrestCommand(m_spec, QStringLiteral("check"))),
            bu, 10 * kMinute)}),
        tr("Read pgBackRest's message."));
    p.steps << step(opId(n, QStringLiteral("rehearse")),
        tr("Rehearse: restore to %1 in a scratch cluster on %2").arg(targetTime, repositoryName()),
        m_spec.hasBackupHost() ? Step::Target::OneNode : Step::Target::AllNodes,
        repositoryWork({run(tr("pgpilot-restore-drill --mode time (nothing on the cluster changes)"),
            drillCommand(QStringLiteral("time"), targetTime), kRoot, 24 * 60 * kMinute)}),
        tr("The repository cannot bring the cluster to %1, so nothing on the cluster was touched. \"recovery "
           "ended "
           "before configured recovery target was reached\" means it holds no transaction after that time "
           "(the "
           "archive ends earlier, or nothing was committed after it): choose an earlier time.")
            .arg(targetTime));
    // repmgrd would promote a standby while the primary is down; the health service's quorum guard
    // would fence the restored primary, alone until its standbys are cloned (a clone's WAL stream
    // counts as a standby, and ends before the standby itself streams). Both start again at the end.
    const QString services
        = QStringLiteral("%1 %2").arg(nodepaths::repmgrdUnitName(), nodepaths::healthUnitName());
    p.steps << forAll(opId(n, QStringLiteral("stop-repmgrd")),
        tr("Stop repmgrd and the health service on every node"),
        tr("The services could not be stopped: see systemctl status %1.").arg(services),
        [this, services](const NodeSpec& node) {
            return work(node,
                {run(tr("systemctl stop %1").arg(services),
                    QStringLiteral("systemctl stop %1").arg(services))});
        });
    p.steps << forAll(opId(n, QStringLiteral("stop-standbys")), tr("Stop PostgreSQL on the standbys"),
        tr("PostgreSQL did not stop: see journalctl -u %1.").arg(unit), [this](const NodeSpec& node) {
            return work(node,
                {run(tr("If this node is a standby: stop PostgreSQL"),
                    QStringLiteral("if %1; then echo 'the primary: stopped next'; else\n%2\nfi")
                        .arg(isPrimaryShell(), stopPostgresShell()))});
        });
    p.steps << forAll(opId(n, QStringLiteral("stop-primary")), tr("Stop PostgreSQL on the primary"),
        tr("PostgreSQL did not stop: see journalctl -u %1.").arg(unit), [this](const NodeSpec& node) {
            return work(node, {run(tr("Stop PostgreSQL"), stopPostgresShell())});
        });

    const QString dataDirQ = shellQuote(dataDir());
    const QString notInRecovery = QStringLiteral("[ \"$(%1 2>/dev/null)\" = f ]")
                                      .arg(psql(QStringLiteral("SELECT pg_is_in_recovery()")));
    // The restored primary runs alone until its standbys are cloned: its own writes (repmgr's
    // records) must not wait for a synchronous standby.
    const QString localCommit = QStringLiteral("PGOPTIONS='-c synchronous_commit=local' ");
    p.steps << oneStep(n, QStringLiteral("restore"),
        tr("Restore %1 to %2 and promote it").arg(m_primary.name, targetTime), m_primary,
        {run(tr("pgbackrest restore --type=time --delta (PostgreSQL is stopped)"),
             QStringLiteral(
                 "test ! -e %1/postmaster.pid || { echo 'pgpilot: PostgreSQL still runs' >&2; exit 1; }\n"
                 "runuser -u postgres -- %2")
                 .arg(dataDirQ,
                     pgbackrestCommand(m_spec,
                         QStringLiteral("--delta --type=time --target=%1 --target-action=promote restore")
                             .arg(shellQuote(targetTime)))),
             kRoot, 24 * 60 * kMinute),
            affects(run(tr("Start PostgreSQL: it replays up to the time and promotes"),
                        pgctl(QStringLiteral("start")), kRoot, 10 * kMinute),
                Action::ServiceEffect::Restart, unit),
            run(tr("Wait (at most 60 min) until recovery has ended"),
                deadlineLoop(3600, notInRecovery,
                    tr("still in recovery after 60 min: see /var/log/postgresql/postgresql-%1-main.log")
                        .arg(m_v)),
                kPostgres, 61 * kMinute),
            // The recovery settings stay in postgresql.auto.conf (as a standby later, they would
            // stop its replay at the same time), with the standby settings of the backup's source:
            // ALTER SYSTEM rewrites the file without them, and a restart (nobody connects yet)
            // leaves nothing waiting for one.
            run(tr("Remove the recovery target and the standby settings from postgresql.auto.conf"),
                QStringList {psql(QStringLiteral("ALTER SYSTEM RESET recovery_target_time")),
                    psql(QStringLiteral("ALTER SYSTEM RESET recovery_target_action")),
                    psql(QStringLiteral("ALTER SYSTEM RESET primary_conninfo")),
                    psql(QStringLiteral("ALTER SYSTEM RESET primary_slot_name"))}
                    .join(QStringLiteral(" && ")),
                kPostgres),
            affects(run(tr("Restart PostgreSQL so that nothing waits for a restart"),
                        pgctl(QStringLiteral("restart")), kRoot, 10 * kMinute),
                Action::ServiceEffect::Restart, unit),
            run(tr("Wait (at most 120 s) until it answers as a primary"),
                deadlineLoop(
                    120, notInRecovery, tr("the restored primary does not answer after its restart")),
                kPostgres, 3 * kMinute),
            run(tr("repmgr primary register --force (the restored records name the old roles)"),
                localCommit + repmgr(QStringLiteral("primary register --force")), kPostgres)},
        tr("The restore or the promotion failed on %1: read the message and the server log; the other nodes "
           "are "
           "stopped and untouched.")
            .arg(m_primary.name));
    QList<NodeWork> clones;
    for (const NodeSpec& s : m_standbys) {
        clones << work(s,
            {run(tr("Clone from the restored primary (repmgr standby clone --fast-checkpoint)"),
                 cloneFromPrimaryShell(s), kPostgres, 240 * kMinute),
                run(tr("Start PostgreSQL as a standby"), pgctl(QStringLiteral("start")), kRoot, 10 * kMinute),
                waitStreaming(s, 300),
                run(tr("repmgr standby register --force"), repmgr(QStringLiteral("standby register --force")),
                    kPostgres)});
    }
    p.steps << step(opId(n, QStringLiteral("reclone")), tr("Clone the other nodes from the restored primary"),
        Step::Target::Standbys, clones,
        tr("A clone failed: the restored primary runs; rerun the clone with pgpilot rejoin NODE --reclone."),
        true);
    p.steps << forAll(opId(n, QStringLiteral("start-repmgrd")),
        tr("Start the health service and repmgrd on every node"),
        tr("A service did not start: see journalctl -u %1 and -u %2.")
            .arg(nodepaths::healthUnitName(), nodepaths::repmgrdUnitName()),
        [this, services](const NodeSpec& node) {
            return work(node,
                {run(tr("systemctl start %1").arg(services),
                    QStringLiteral("systemctl start %1").arg(services))});
        });
    p.steps << oneStep(n, QStringLiteral("wait-vip"),
        tr("Wait until the VIP's port %1 reaches the restored primary").arg(m_spec.ports.write), m_primary,
        {run(tr("Wait (at most 120 s)"),
            deadlineLoop(120, vipPortCheck(m_spec.ports.write, QStringLiteral("f")),
                tr("port %1 on the VIP does not reach a primary").arg(m_spec.ports.write)),
            kRoot, 3 * kMinute)},
        tr("Check Keepalived and HAProxy on %1.").arg(m_primary.name));
    p.steps << step(opId(n, QStringLiteral("new-full")), tr("Take a full backup of the new timeline"),
        m_spec.hasBackupHost() ? Step::Target::OneNode : Step::Target::AllNodes,
        backupWork(QStringLiteral("full")),
        tr("The cluster is restored and serves; only the new full backup failed: run pgpilot backup --type "
           "full."));

    // ---- verification -------------------------------------------------------------------------
    ops.verification.checkpoint << clusterShowCriterion() << replicationCriterion() << repmgrdCriterion()
                                << vipCriterion() << portCriterion(m_spec.ports.write, false)
                                << portCriterion(m_spec.ports.read, true);
}

} // namespace pgpilot
