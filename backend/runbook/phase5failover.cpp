// SPDX-License-Identifier: GPL-3.0-or-later
// Phase 5: failover validation.

#include "builderutil.h"
#include "core/shell.h"

namespace pgpilot {

QString Builder::markerFile() const
{
    return nodepaths::stateDir() + QStringLiteral("/failover-test.old-primary");
}

QString Builder::csvHealthyCheck(int wantRows, int wantStandbys) const
{
    // rows, primaries (recovery 0), standbys (recovery 1) from repmgr cluster show --csv
    return QStringLiteral(
        "[ \"$(runuser -u postgres -- %1 2>/dev/null | awk -F, 'NF>=3 {n++; if ($3==0) p++; if "
        "($3==1) s++} END {printf \"%d %d %d\", n, p, s}')\" = %2 ]")
        .arg(repmgr(QStringLiteral("cluster show --csv")),
            shellQuote(QStringLiteral("%1 1 %2").arg(wantRows).arg(wantStandbys)));
}

Phase Builder::phase5() const
{
    Phase p;
    p.number = 5;
    p.title = tr("Failover validation");
    const int count = int(m_spec.nodes.size());
    p.destructive = true;
    p.confirmation
        = tr("This stops PostgreSQL on the current primary of cluster %1 (a clean, fast shutdown: "
             "open connections are cut). repmgr must promote a standby within 3 minutes; the VIP "
             "%2 and port %3 must follow it. Then the old primary is rewound if needed and rejoined "
             "as a standby while it is still stopped, and pgpilot waits until all %4 nodes are "
             "healthy again. Applications see a short outage.")
              .arg(m_spec.name, m_spec.network.vip)
              .arg(m_spec.ports.write)
              .arg(count);
    p.summary
        = tr("Stops the primary, checks that a standby is promoted and that the VIP and port %1 follow, "
             "then rejoins the old primary as a standby.")
              .arg(m_spec.ports.write);

    const QString marker = shellQuote(markerFile());
    const QString recoverySql = psql(QStringLiteral("SELECT pg_is_in_recovery()"));
    const QString isPrimary
        = QStringLiteral("[ \"$(runuser -u postgres -- %1 2>/dev/null)\" = f ]").arg(recoverySql);

    p.steps << forAll(QStringLiteral("p5.precheck"), tr("Check the cluster is healthy before the test"),
        tr("The cluster is not healthy: finish phases 3 and 4 first."), [&](const NodeSpec& node) {
            return work(node,
                {run(tr("repmgr cluster show: 1 primary, %1 standbys").arg(count - 1),
                    QStringLiteral("rm -f %1; %2 || { echo %3 >&2; exit 1; }")
                        .arg(marker, csvHealthyCheck(count, count - 1),
                            shellQuote(tr("cluster not healthy: repmgr cluster show does not list 1 primary "
                                          "and %1 running standbys")
                                           .arg(count - 1))))});
        });
    p.steps << forAll(QStringLiteral("p5.stop-primary"), tr("Stop PostgreSQL on the current primary"),
        tr("PostgreSQL did not stop: see journalctl -u %1.").arg(postgresUnit(m_v)),
        [&](const NodeSpec& node) {
            return work(node,
                {run(tr("If this node is the primary: stop PostgreSQL (fast)"),
                    QStringLiteral(
                        "if %1; then %2 && date +%s >%3 && %4; else echo 'not the primary: nothing to "
                        "stop'; fi")
                        .arg(isPrimary, mkdir(nodepaths::stateDir()), marker,
                            pgctl(QStringLiteral("stop"))))});
        });
    p.steps << forAll(QStringLiteral("p5.wait-promotion"), tr("Wait for repmgr to promote a standby"),
        tr("No standby was promoted: see journalctl -u %1 on the standbys.")
            .arg(nodepaths::repmgrdUnitName()),
        [&](const NodeSpec& node) {
            const QString check
                = QStringLiteral("[ \"$(runuser -u postgres -- %1 2>/dev/null | awk -F, 'NF>=3 && $3==0 "
                                 "{p++} END {print p+0}')\" = 1 ]")
                      .arg(repmgr(QStringLiteral("cluster show --csv")));
            Action a = run(tr("Wait (at most 180 s) for a new primary in repmgr cluster show"),
                QStringLiteral("if test -e %1; then echo 'old primary: skipped'; exit 0; fi\n%2")
                    .arg(marker, deadlineLoop(180, check, tr("no new primary after 180 s"))),
                kRoot, 4 * kMinute);
            return work(node, {a});
        });
    const QString writeCheck = vipPortCheck(m_spec.ports.write, QStringLiteral("f"));
    p.steps << forAll(QStringLiteral("p5.wait-vip"),
        tr("Wait for the VIP and port %1 to follow").arg(m_spec.ports.write),
        tr("Port %1 on the VIP does not reach the new primary: check Keepalived and HAProxy on it.")
            .arg(m_spec.ports.write),
        [&](const NodeSpec& node) {
            return work(node,
                {run(tr("Wait (at most 120 s) until the VIP's port %1 reaches a primary")
                         .arg(m_spec.ports.write),
                    QStringLiteral("if test -e %1; then echo 'old primary: skipped'; exit 0; fi\n%2")
                        .arg(marker,
                            deadlineLoop(120, writeCheck,
                                tr("port %1 on the VIP does not reach a primary").arg(m_spec.ports.write))),
                    kRoot, 3 * kMinute)});
        });

    p.steps << forAll(QStringLiteral("p5.rejoin"), tr("Rejoin the old primary as a standby"),
        tr("node rejoin failed: read its output; pg_rewind needs wal_log_hints and the wrapper (%1).")
            .arg(nodepaths::rewindWrapper()),
        [&](const NodeSpec& node) {
            // Discover the current primary from this (stopped) node by asking the others.
            QStringList candidates;
            for (const NodeSpec& other : m_spec.nodes) {
                if (other.name != node.name)
                    candidates << other.address;
            }
            const QString rejoin
                = QStringLiteral(
                    "if ! test -e %1; then echo 'not the old primary: nothing to rejoin'; exit 0; fi\n"
                    "if %2 status >/dev/null 2>&1; then echo 'PostgreSQL runs: refusing to rejoin a "
                    "running old "
                    "primary' >&2; exit 1; fi\n"
                    "ci=''\n"
                    "for a in %3; do\n"
                    "  if [ \"$(%4)\" = f ]; then ci=\"host=$a port=%5 user=repmgr dbname=repmgr "
                    "connect_timeout=2\"; "
                    "break; fi\n"
                    "done\n"
                    "[ -n \"$ci\" ] || { echo 'no primary found among the other nodes' >&2; exit 1; }\n"
                    "echo \"rejoining to $ci\"\n"
                    "%6 -d \"$ci\" --force-rewind=%7 --verbose")
                      .arg(marker, pgctl(QString()).trimmed(), shellJoin(candidates),
                          QStringLiteral("PGPASSFILE=%1 %2/psql -X -A -t -q \"host=$a port=%3 user=repmgr "
                                         "dbname=repmgr connect_timeout=5%5\" -c %4 2>/dev/null")
                              .arg(nodepaths::pgpassFile(), m_bin, pgPort(),
                                  shellQuote(QStringLiteral("SELECT pg_is_in_recovery()")),
                                  tlsConninfo(m_spec)),
                          pgPort(), repmgr(QStringLiteral("node rejoin")),
                          shellQuote(nodepaths::rewindWrapper()));
            return work(node,
                {run(tr("repmgr node rejoin --force-rewind (old primary only, still stopped)"), rejoin,
                     kPostgres, 30 * kMinute),
                    run(tr("Restart repmgrd on the rejoined node"),
                        QStringLiteral("if test -e %1; then systemctl restart %2 && rm -f %1; fi")
                            .arg(marker, nodepaths::repmgrdUnitName()))});
        });
    p.steps << forAll(QStringLiteral("p5.wait-healthy"), tr("Wait until all %1 nodes are healthy").arg(count),
        tr("The cluster did not return to %1 healthy nodes: see repmgr cluster show.").arg(count),
        [&](const NodeSpec& node) {
            return work(node,
                {run(tr("Wait (at most 180 s) for 1 primary and %1 standbys").arg(count - 1),
                    deadlineLoop(180, csvHealthyCheck(count, count - 1),
                        tr("cluster not back to 1 primary and %1 standbys after 180 s").arg(count - 1)),
                    kRoot, 4 * kMinute)});
        });

    p.checkpoint << clusterShowCriterion() << replicationCriterion() << repmgrdCriterion() << vipCriterion()
                 << portCriterion(m_spec.ports.write, false) << portCriterion(m_spec.ports.read, true);
    return p;
}

} // namespace pgpilot
