// SPDX-License-Identifier: GPL-3.0-or-later
// Operation: planned switchover (also phase 8 of buildSwitchover()).

#include "builderutil.h"
#include "core/shell.h"

namespace pgpilot {

Phase Builder::switchover(const QString& target) const
{
    Phase p;
    p.number = kSwitchoverPhase;
    p.title = tr("Switchover to %1").arg(target);
    const NodeSpec* node = nodeByName(target);
    if (!node)
        return p;
    p.destructive = true;
    p.confirmation = tr("This makes %1 the primary of cluster %2: repmgr stops the current primary cleanly, "
                        "promotes %1, and the other standbys follow it. Writes pause for a few seconds "
                        "while the VIP %3 and port %4 move; open connections to the old primary are cut.")
                         .arg(target, m_spec.name, m_spec.network.vip)
                         .arg(m_spec.ports.write);
    p.summary = tr("Planned switchover: repmgr standby switchover --siblings-follow on %1, after a dry run.")
                    .arg(target);
    const QString recoverySql = psql(QStringLiteral("SELECT pg_is_in_recovery()"));
    const QString isStandby = QStringLiteral("[ \"$(%1 2>/dev/null)\" = t ]").arg(recoverySql);
    const QString reachesTarget = QStringLiteral("[ \"$(%1 2>/dev/null)\" = %2 ]")
                                      .arg(psqlTo(m_spec.network.vip, m_spec.ports.write,
                                               QStringLiteral("SELECT host(inet_server_addr())")),
                                          shellQuote(node->address));
    p.steps << step(QStringLiteral("p8.switchover.dry-run"),
        tr("Dry run of the switchover on %1").arg(target), Step::Target::OneNode,
        {work(*node,
            {run(tr("%1 must be a running standby").arg(target),
                 QStringLiteral("%1 || { echo %2 >&2; exit 1; }")
                     .arg(isStandby,
                         shellQuote(
                             tr("%1 is not a running standby (is it already the primary?)").arg(target))),
                 QStringLiteral("postgres")),
                run(tr("repmgr standby switchover --dry-run"),
                    repmgr(QStringLiteral("standby switchover --siblings-follow --dry-run")),
                    QStringLiteral("postgres"), 2 * kMinute)})},
        tr("The dry run refused: read its output. Common causes: postgres cannot reach the other nodes "
           "over SSH, "
           "or repmgrd is not running everywhere."));
    p.steps << step(QStringLiteral("p8.switchover.run"), tr("Switch over to %1").arg(target),
        Step::Target::OneNode,
        {work(*node,
            {run(tr("repmgr standby switchover --siblings-follow"),
                outlivesCaller(repmgr(QStringLiteral("standby switchover --siblings-follow"))),
                QStringLiteral("postgres"), 5 * kMinute)})},
        tr("The switchover failed: run 'repmgr cluster show' on %1 and check which node is primary "
           "before "
           "doing anything else.")
            .arg(target));
    p.steps << step(QStringLiteral("p8.switchover.wait"),
        tr("Wait until port %1 on the VIP reaches %2").arg(m_spec.ports.write).arg(target),
        Step::Target::OneNode,
        {work(*node,
            {run(tr("Wait (at most 90 s) for the VIP to send writes to %1").arg(target),
                // polled every 0.5 s: this wait is the end of the switchover's duration
                deadlineLoop(90, reachesTarget,
                    tr("port %1 on the VIP does not reach %2 after 90 s").arg(m_spec.ports.write).arg(target),
                    QStringLiteral("0.5")),
                QStringLiteral("postgres"), 2 * kMinute)})},
        tr("Keepalived did not move the VIP: see journalctl -u keepalived on %1.").arg(target));
    p.checkpoint << clusterShowCriterion() << vipCriterion() << portCriterion(m_spec.ports.write, false)
                 << portCriterion(m_spec.ports.read, true);
    return p;
}

void Builder::switchoverOperation(const NodeSpec& node, OperationPhases& ops) const
{
    const Phase full = switchover(node.name);
    Phase& p = ops.steps;
    p.title = full.title;
    p.summary = full.summary;
    p.destructive = true;
    p.confirmation = full.confirmation;
    // The dry run is a pre-check; the steps start with repmgr's switchover itself.
    for (Step s : full.steps.mid(1)) {
        s.id.replace(QStringLiteral("p8.switchover."), QStringLiteral("p8."));
        p.steps << s;
    }
    // the "is it a running standby?" guard of the dry-run step stays in front of the switchover
    p.steps.first().work.first().actions.prepend(full.steps.first().work.first().actions.first());

    Phase& pre = ops.prechecks;
    pre.checkpoint << reachCriterion() << currentPrimaryCriterion(QString());
    {
        const QString sql = QStringLiteral(
            "SELECT pg_is_in_recovery()::text || '|' || CASE WHEN pg_is_in_recovery() THEN '' ELSE "
            "coalesce((SELECT state || ':' || pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint "
            "FROM "
            "pg_stat_replication WHERE application_name = '%1' ORDER BY state = 'streaming' DESC LIMIT "
            "1), "
            "'none') END")
                                .arg(node.name);
        constexpr qint64 limit = 16LL * 1024 * 1024;
        Criterion c = criterion(QStringLiteral("target-streaming"),
            tr("%1 streams from the primary with a replay lag under 16 MiB").arg(node.name),
            Step::Target::AllNodes, allNames(), psql(sql), kPostgres);
        const QStringList nodes = allNames();
        const QString targetName = node.name;
        c.evaluate = [nodes, targetName](const QHash<QString, CommandOutput>& outputs) {
            QString seen = tr("no primary answered");
            bool ok = false;
            for (const QString& name : nodes) {
                const auto it = outputs.constFind(name);
                if (it == outputs.constEnd() || !it->reached || it->exitCode != 0)
                    continue;
                const QString line = text(it->stdOut);
                if (!line.startsWith(QLatin1String("false|")))
                    continue;
                if (name == targetName) {
                    seen = tr("%1 is the primary already").arg(targetName);
                    break;
                }
                const QString rest = line.section(QLatin1Char('|'), 1);
                const QString state = rest.section(QLatin1Char(':'), 0, 0);
                bool num = false;
                const qint64 lag = rest.section(QLatin1Char(':'), 1).toLongLong(&num);
                ok = state == QLatin1String("streaming") && num && lag >= 0 && lag < limit;
                seen = rest == QLatin1String("none") ? tr("%1 does not replicate to %2").arg(name, targetName)
                                                     : tr("%1 on %2, replay lag %3 bytes")
                                                           .arg(state, name)
                                                           .arg(num ? QString::number(lag) : tr("unknown"));
                break;
            }
            return QList<CriterionResult> {result(ok, targetName, tr("streaming, lag < 16 MiB"), seen,
                tr("Wait until the standby has caught up (see the dashboard's lag), or pick another "
                   "standby."))};
        };
        pre.checkpoint << c;
    }
    pre.checkpoint << repmgrdCriterion() << sshCriterion();
    pre.checkpoint << onNode(
        QStringLiteral("dry-run"), tr("repmgr standby switchover --dry-run passes on %1").arg(node.name),
        node, repmgr(QStringLiteral("standby switchover --siblings-follow --dry-run")),
        [](const NodeSpec& n, const CommandOutput& out) {
            const QStringList lines
                = QString::fromUtf8(out.stdErr + out.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QString seen = out.exitCode == 0 ? tr("passed") : QString();
            if (out.exitCode != 0) {
                for (const QString& l : lines) {
                    if (l.contains(QLatin1String("ERROR")))
                        seen += (seen.isEmpty() ? QString() : QStringLiteral("; ")) + l.trimmed();
                }
                if (seen.isEmpty())
                    seen = lines.isEmpty() ? tr("exit status %1").arg(out.exitCode) : lines.last().trimmed();
            }
            return result(out.exitCode == 0, n.name, tr("exit status 0"), seen,
                tr("repmgr refuses the switchover: read its message (SSH between the nodes, repmgrd, "
                   "replication)."));
        },
        kPostgres);
    pre.checkpoint.last().timeoutMs = 2 * kMinute;

    Phase& v = ops.verification;
    const NodeSpec* other = nullptr;
    for (const NodeSpec& n : m_spec.nodes) {
        if (n.name != node.name && !other)
            other = &n;
    }
    v.checkpoint << vipReachesCriterion(m_spec.ports.write, node, true, other ? *other : node)
                 << clusterShowCriterion() << replicationCriterion() << vipCriterion()
                 << portCriterion(m_spec.ports.read, true);
    if (tlsVerified(m_spec))
        v.checkpoint << tlsReplicationCriterion();
}

} // namespace pgpilot
