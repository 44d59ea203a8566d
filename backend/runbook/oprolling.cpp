// SPDX-License-Identifier: GPL-3.0-or-later
// Operations: rolling restart and rolling minor upgrade (issue 20). Both go through the cluster in
// the one order that keeps it serving: every standby alone (streaming and caught up again before
// the next one is touched), then a switchover to a standby that is already done, then the old
// primary (a standby by then), and optionally a switchover back. Writes pause once, for the
// switchover. The plan is built for a known primary: the runner rebuilds it once its pre-checks
// have found the real one, and every node's step refuses to act where PostgreSQL is not a standby.

#include "builderutil.h"
#include "core/shell.h"

#include <algorithm>

namespace pgpilot {

namespace {

constexpr qint64 kCaughtUpBytes = 16LL * 1024 * 1024;

} // namespace

bool rollingNeedsSwitchover(bool upgrade, const QStringList& packages)
{
    if (!upgrade)
        return true;
    return std::any_of(packages.cbegin(), packages.cend(),
        [](const QString& p) { return p != QLatin1String("pgbackrest"); });
}

QStringList upgradePackageNames()
{
    return {QStringLiteral("postgresql"), QStringLiteral("repmgr"), QStringLiteral("haproxy"),
        QStringLiteral("keepalived"), QStringLiteral("pgbackrest")};
}

QStringList debianPackages(const ClusterSpec& spec, const QString& name)
{
    const QString v = QString::number(spec.postgresVersion);
    if (name == QLatin1String("postgresql"))
        return {QStringLiteral("postgresql-%1").arg(v), QStringLiteral("postgresql-client-%1").arg(v),
            QStringLiteral("libpq5")};
    if (name == QLatin1String("repmgr"))
        return {QStringLiteral("postgresql-%1-repmgr").arg(v), QStringLiteral("repmgr-common")};
    if (name == QLatin1String("haproxy") || name == QLatin1String("keepalived")
        || name == QLatin1String("pgbackrest"))
        return {name};
    return {};
}

QString rollingMarkPath()
{
    return nodepaths::stateDir() + QStringLiteral("/rolling-restart.started");
}

OperationPhases buildRollingPhases(const ClusterSpec& spec, const RollingRequest& request)
{
    OperationPhases ops;
    Builder(spec).rollingOperation(request, ops);
    return ops;
}

// Shell: the Debian packages of the request that are installed here, in $pkgs.
QString Builder::installedPackagesShell(const QStringList& names) const
{
    QStringList debs;
    for (const QString& name : names)
        debs << debianPackages(m_spec, name);
    return QStringLiteral(
        "pkgs=''\nfor p in %1; do\n"
        "  if [ \"$(dpkg-query -W -f='${db:Status-Status}' \"$p\" 2>/dev/null)\" = installed ]; "
        "then pkgs=\"$pkgs $p\"; fi\n"
        "done\n")
        .arg(shellJoin(debs));
}

// Shell: defines stale UNIT, true when the unit's main process runs an executable or a library
// that a package upgrade has replaced since it started (the kernel marks the old file deleted).
// SysV shared memory and other anonymous mappings are not files under /usr or /lib.
QString Builder::staleFunctionShell()
{
    return QStringLiteral(
        "stale() {\n"
        "  pid=$(systemctl show -p MainPID --value \"$1\" 2>/dev/null)\n"
        "  [ \"${pid:-0}\" -gt 0 ] || return 1\n"
        "  case \"$(readlink \"/proc/$pid/exe\")\" in *' (deleted)') return 0 ;; esac\n"
        "  grep -qE ' /(usr/)?(lib|bin|sbin)[^ ]* \\(deleted\\)$' \"/proc/$pid/maps\" 2>/dev/null\n"
        "}\n");
}

QStringList Builder::serviceUnits() const
{
    return {postgresUnit(m_v), nodepaths::repmgrdUnitName(), QStringLiteral("haproxy"),
        QStringLiteral("keepalived")};
}

// Waits until node streams and the primary (through the VIP's write port) has replayed on it all
// but less than 16 MiB of its WAL.
Action Builder::caughtUp(const NodeSpec& node, int seconds) const
{
    const QString lag = psqlTo(m_spec.network.vip, m_spec.ports.write,
        QStringLiteral(
            "SELECT coalesce((SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint FROM "
            "pg_stat_replication WHERE application_name = '%1' AND state = 'streaming' ORDER BY "
            "replay_lsn DESC NULLS LAST LIMIT 1), -1)")
            .arg(node.name));
    return run(tr("Wait (at most %1 s) until %2 has caught up with the primary (replay lag under 16 MiB)")
                   .arg(seconds)
                   .arg(node.name),
        deadlineLoop(seconds,
            QStringLiteral(
                "{ l=$(%1 2>/dev/null); [ \"${l:--1}\" -ge 0 ] 2>/dev/null && [ \"$l\" -lt %2 ]; }")
                .arg(lag)
                .arg(kCaughtUpBytes),
            tr("%1 has not caught up with the primary after %2 s").arg(node.name).arg(seconds),
            QStringLiteral("1")),
        kPostgres, (seconds + 30) * 1000);
}

// Refuses to touch a node that is not a standby right now (the cluster moved since the plan).
Action Builder::mustBeStandby(const NodeSpec& node) const
{
    return run(tr("%1 must be a running standby").arg(node.name),
        QStringLiteral("[ \"$(%1 2>/dev/null)\" = t ] || { echo %2 >&2; exit 1; }")
            .arg(psql(QStringLiteral("SELECT pg_is_in_recovery()")),
                shellQuote(tr("%1 is not a running standby now: the cluster changed since the pre-checks; "
                              "nothing was done on it")
                               .arg(node.name))),
        kPostgres);
}

// One node's turn. wasPrimary: the old primary after the switchover (repmgr restarted it already).
// asPrimary: no switchover happens (an upgrade without a service to restart): the primary is
// upgraded where it is.
Step Builder::rollingNodeStep(
    const RollingRequest& r, const NodeSpec& node, bool wasPrimary, bool asPrimary) const
{
    const int number = r.upgrade ? kUpgradePhase : kRollingRestartPhase;
    const QString unit = postgresUnit(m_v);
    QList<Action> actions;
    if (!asPrimary)
        actions << mustBeStandby(node);
    QString probe;
    if (r.upgrade) {
        const QString pkgs = installedPackagesShell(r.packages);
        actions << run(tr("apt-get install --only-upgrade %1").arg(r.packages.join(QLatin1Char(' '))),
            pkgs
                + QStringLiteral("if [ -z \"$pkgs\" ]; then echo 'pgpilot: none of these packages is "
                                 "installed here'; exit 0; fi\n"
                                 "echo \"pgpilot: upgrading$pkgs\"\n"
                                 "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -o "
                                 "Dpkg::Options::=--force-confold -o Dpkg::Options::=--force-confdef -o "
                                 "APT::Get::Upgrade-By-Source-Package=false install "
                                 "--only-upgrade -y "
                                 "-q $pkgs"),
            kRoot, 15 * kMinute);
        // Debian's maintainer scripts restart some services themselves; whatever still runs a
        // replaced binary is restarted here (PostgreSQL is started if the upgrade left it stopped).
        QStringList others;
        for (const QString& u : serviceUnits().mid(1))
            others << u;
        actions << affects(
            run(tr("Restart what still runs an old binary"),
                staleFunctionShell()
                    + QStringLiteral("set -e\n"
                                     "if ! %1 >/dev/null 2>&1; then echo 'pgpilot: starting PostgreSQL'; "
                                     "%2; elif stale %3; then echo 'pgpilot: restarting PostgreSQL (new "
                                     "binaries)'; %4; fi\n"
                                     "for u in %5; do\n"
                                     "  if stale \"$u\"; then echo \"pgpilot: restarting $u (new "
                                     "binaries)\"; systemctl restart \"$u\"; fi\n"
                                     "done")
                          .arg(pgctl(QStringLiteral("status")), pgctl(QStringLiteral("start")),
                              shellQuote(unit), pgctl(QStringLiteral("restart")), shellJoin(others)),
                kRoot, 3 * kMinute),
            Action::ServiceEffect::Restart, unit);
        // Done already (a repeated run): every package at its candidate, nothing stale.
        probe = pkgs + staleFunctionShell()
            + QStringLiteral("for p in $pkgs; do\n"
                             "  i=$(dpkg-query -W -f='${Version}' \"$p\"); c=$(apt-cache policy \"$p\" | awk "
                             "'/Candidate:/ {print $2; exit}')\n"
                             "  [ \"$i\" = \"$c\" ] || exit 1\n"
                             "done\n"
                             "for u in %1; do if stale \"$u\"; then exit 1; fi; done\n"
                             "%2 >/dev/null 2>&1")
                  .arg(shellJoin(serviceUnits()), pgctl(QStringLiteral("status")));
    } else if (!wasPrimary) {
        actions << run(tr("Refuse to lower a setting a standby must keep at least at the primary's value"),
            lowerSettingGuard(), kPostgres);
        actions << affects(
            run(tr("Restart %1").arg(unit), pgctl(QStringLiteral("restart")), kRoot, 3 * kMinute),
            Action::ServiceEffect::Restart, unit);
    }
    if (!asPrimary)
        actions << waitStreaming(node, 120) << caughtUp(node, 300);
    const QString id
        = opId(number, (wasPrimary ? QStringLiteral("old-primary.") : QStringLiteral("node.")) + node.name);
    QString title;
    if (r.upgrade)
        title = wasPrimary ? tr("Upgrade %1 (the old primary, a standby now)").arg(node.name)
            : asPrimary    ? tr("Upgrade %1 (the primary: nothing of it restarts)").arg(node.name)
                           : tr("Upgrade standby %1").arg(node.name);
    else
        title = wasPrimary
            ? tr("%1 (the old primary) streams again after its restart by the switchover").arg(node.name)
            : tr("Restart standby %1").arg(node.name);
    return step(id, title, Step::Target::OneNode, {work(node, actions, probe, kRoot)},
        r.upgrade
            ? tr("The upgrade stopped on %1: read the output above. The nodes after it were not touched; "
                 "the primary still runs. Fix the cause (apt's message), then run the upgrade again: "
                 "nodes already done are skipped.")
                  .arg(node.name)
            : tr("%1 did not come back or does not catch up: see journalctl -u %2 and the server log. The "
                 "nodes after it were not touched.")
                  .arg(node.name, unit));
}

// The switchover's steps with ids of this operation ("switchover.run", "switch-back.run", ...).
QList<Step> Builder::rollingSwitchover(int number, const NodeSpec& target, const QString& name) const
{
    QList<Step> steps;
    for (Step s : switchover(target.name).steps) {
        s.id = opId(number, name + QLatin1Char('.') + s.id.section(QLatin1Char('.'), 2));
        steps << s;
    }
    // the target has caught up right before repmgr's own checks
    steps.first().work.first().actions.prepend(caughtUp(target, 300));
    return steps;
}

// Every node's PostgreSQL started after this run's mark: the new settings are in effect everywhere.
Criterion Builder::restartedCriterion() const
{
    return perNode(QStringLiteral("restarted"),
        tr("PostgreSQL was restarted during this operation and has nothing pending"),
        QStringLiteral("m=$(cat %1 2>/dev/null || echo 0); s=$(runuser -u postgres -- %2 2>/dev/null); echo "
                       "\"$m|$s\"")
            .arg(rollingMarkPath(),
                psql(QStringLiteral("SELECT extract(epoch FROM pg_postmaster_start_time())::bigint || '|' || "
                                    "(SELECT count(*) FROM pg_settings WHERE pending_restart)"))),
        [](const NodeSpec& node, const CommandOutput& out) {
            const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
            if (out.exitCode != 0 || f.size() != 3 || f.at(1).isEmpty())
                return result(false, node.name, tr("PostgreSQL answers"), text(out.stdErr + out.stdOut),
                    tr("PostgreSQL is not running on this node: see its server log."));
            const qint64 mark = f.at(0).toLongLong();
            const qint64 started = f.at(1).toLongLong();
            const int pending = f.at(2).toInt();
            const bool ok = mark > 0 && started >= mark && pending == 0;
            return result(ok, node.name, tr("started after the operation began, 0 settings pending restart"),
                (started >= mark ? tr("started %1 s after the operation began, %2 settings pending restart")
                                 : tr("started %1 s before the operation began, %2 settings pending restart"))
                    .arg(qAbs(started - mark))
                    .arg(pending),
                started < mark
                    ? tr("This node was not restarted: run the rolling restart again.")
                    : tr("A setting still waits for a restart: it may have been changed during the "
                         "operation; run it again."));
        });
}

// After the upgrade: the packages at the version the package source offers, nothing running an
// old binary, repmgr's extension at the version of its files.
Criterion Builder::upgradedCriterion(const QStringList& names) const
{
    const bool repmgr = names.contains(QLatin1String("repmgr"));
    return perNode(QStringLiteral("upgraded"),
        tr("Every package at its new version and no service running an old binary"),
        installedPackagesShell(names) + staleFunctionShell()
            + QStringLiteral("for p in $pkgs; do\n"
                             "  i=$(dpkg-query -W -f='${Version}' \"$p\"); c=$(apt-cache policy \"$p\" | awk "
                             "'/Candidate:/ {print $2; exit}')\n"
                             "  [ \"$i\" = \"$c\" ] || echo \"old $p $i (new: $c)\"\n"
                             "done\n"
                             "for u in %1; do if stale \"$u\"; then echo \"stale $u\"; fi; done\n"
                             "%2")
                  .arg(shellJoin(serviceUnits()),
                      repmgr ? QStringLiteral(
                          "e=$(runuser -u postgres -- %1 2>/dev/null); [ \"$e\" = t ] || echo "
                          "\"extension repmgr ${e:-unknown}\"")
                                   .arg(psql(
                                       QStringLiteral("SELECT coalesce(installed_version = default_version, "
                                                      "false) FROM pg_available_extensions WHERE name = "
                                                      "'repmgr'"),
                                       QStringLiteral("repmgr")))
                             : QString()),
        [](const NodeSpec& node, const CommandOutput& out) {
            const QStringList lines = text(out.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QStringList seen;
            for (const QString& l : lines) {
                if (l.startsWith(QLatin1String("old ")))
                    seen << tr("%1 still installed").arg(l.mid(4));
                else if (l.startsWith(QLatin1String("stale ")))
                    seen << tr("%1 runs an old binary").arg(l.mid(6));
                else if (l.startsWith(QLatin1String("extension ")))
                    seen << tr("repmgr's extension not updated");
            }
            const bool ok = out.exitCode == 0 && seen.isEmpty();
            return result(ok, node.name, tr("new versions, nothing stale"),
                ok ? tr("new versions, nothing stale")
                   : (seen.isEmpty() ? text(out.stdErr) : seen.join(QStringLiteral("; "))),
                tr("Run the upgrade again: it picks up where this one stopped."));
        });
}

// The packages' installed and candidate versions on every node (after apt-get update, the only
// thing the pre-checks change: the package lists). Refuses when nothing is newer anywhere or when
// nodes would end on different versions.
Criterion Builder::packagesCriterion(const QStringList& names) const
{
    const QString command = QStringLiteral("DEBIAN_FRONTEND=noninteractive apt-get -o "
                                           "DPkg::Lock::Timeout=120 update -q >/tmp/pgpilot-apt-update.log "
                                           "2>&1 || { tail -n 3 /tmp/pgpilot-apt-update.log >&2; exit 1; }\n"
                                           "%1"
                                           "for p in $pkgs; do\n"
                                           "  i=$(dpkg-query -W -f='${Version}' \"$p\"); c=$(apt-cache "
                                           "policy \"$p\" | awk '/Candidate:/ {print $2; "
                                           "exit}')\n"
                                           "  echo \"$p|$i|$c\"\n"
                                           "done")
                                .arg(installedPackagesShell(names));
    Criterion c = criterion(QStringLiteral("packages"),
        tr("Installed and new versions of %1 (after apt-get update)").arg(names.join(QStringLiteral(", "))),
        Step::Target::AllNodes, allNames(), command, kRoot);
    c.timeoutMs = 3 * kMinute;
    const QStringList nodes = allNames();
    c.evaluate = [nodes](const QHash<QString, CommandOutput>& outputs) {
        QList<CriterionResult> results;
        QHash<QString, QString> candidates; // package -> the candidate the first node saw
        QStringList differ;
        bool anyNewer = false;
        for (const QString& name : nodes) {
            const auto it = outputs.constFind(name);
            if (it == outputs.constEnd() || !it->reached) {
                results << unreachable(name, it == outputs.constEnd() ? nullptr : &*it);
                continue;
            }
            if (it->exitCode != 0) {
                results << result(false, name, tr("apt-get update works"), text(it->stdErr),
                    tr("The package source does not answer: check the node's apt sources and network."));
                continue;
            }
            QStringList seen;
            for (const QString& line : text(it->stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QStringList f = line.split(QLatin1Char('|'));
                if (f.size() != 3)
                    continue;
                seen << QStringLiteral("%1 %2 -> %3").arg(f.at(0), f.at(1), f.at(2));
                anyNewer = anyNewer || (f.at(2) != f.at(1) && f.at(2) != QLatin1String("(none)"));
                const QString first = candidates.value(f.at(0));
                if (first.isEmpty())
                    candidates.insert(f.at(0), f.at(2));
                else if (first != f.at(2))
                    differ << tr("%1 %2 on %3").arg(f.at(0), f.at(2), name);
            }
            results << result(!seen.isEmpty(), name, tr("the packages are installed"),
                seen.isEmpty() ? tr("none of them installed") : seen.join(QStringLiteral("; ")),
                tr("None of these packages is installed here: check --packages."));
        }
        results << result(anyNewer && differ.isEmpty(), QString(),
            tr("newer versions offered, the same on every node"),
            !differ.isEmpty()
                ? tr("the nodes would get different versions: %1").arg(differ.join(QStringLiteral(", ")))
                : anyNewer ? tr("newer versions offered")
                           : tr("every node has the newest version its package source offers"),
            differ.isEmpty()
                ? tr("Nothing to upgrade: publish the new packages in the nodes' package source first.")
                : tr("Give every node the same package source, then run the upgrade again."));
        return results;
    };
    return c;
}

void Builder::rollingOperation(const RollingRequest& r, OperationPhases& ops) const
{
    const int number = r.upgrade ? kUpgradePhase : kRollingRestartPhase;
    ops.prechecks.number = ops.steps.number = ops.verification.number = number;
    const NodeSpec* primary = nodeByName(r.primary.isEmpty() ? m_primary.name : r.primary);
    if (!primary)
        return;
    QList<NodeSpec> standbys;
    for (const NodeSpec& n : m_spec.nodes) {
        if (n.name != primary->name)
            standbys << n;
    }
    const NodeSpec* target
        = r.switchTo.isEmpty() ? (standbys.isEmpty() ? nullptr : &standbys.first()) : nodeByName(r.switchTo);
    if (!target || target->name == primary->name)
        return;
    const bool switchover = rollingNeedsSwitchover(r.upgrade, r.packages);
    // The target goes last among the standbys: it is restarted right before it takes over, so
    // the switchover finds it freshly caught up.
    if (switchover)
        std::stable_partition(
            standbys.begin(), standbys.end(), [target](const NodeSpec& n) { return n.name != target->name; });

    Phase& p = ops.steps;
    p.destructive = true;
    if (r.upgrade)
        p.title = tr("Rolling upgrade of %1").arg(r.packages.join(QStringLiteral(", ")));
    else
        p.title = tr("Rolling restart");
    p.summary = switchover
        ? tr("The standbys one at a time, then a switchover to %1, then %2%3.")
              .arg(target->name, primary->name,
                  r.switchBack ? tr(", then a switchover back to %1").arg(primary->name) : QString())
        : tr("Every node one at a time; nothing restarts, no switchover.");
    if (!r.upgrade)
        p.steps << forAll(opId(number, QStringLiteral("mark")),
            tr("Note on every node when the restart began"),
            tr("The node's state directory cannot be written: see the error."), [this](const NodeSpec& n) {
                return work(n,
                    {run(tr("Write %1").arg(rollingMarkPath()),
                        QStringLiteral("%1 && date +%s >%2")
                            .arg(mkdir(nodepaths::stateDir()), rollingMarkPath()))});
            });
    for (const NodeSpec& n : standbys)
        p.steps << rollingNodeStep(r, n, false, false);
    if (switchover) {
        p.steps << rollingSwitchover(number, *target, QStringLiteral("switchover"));
        p.steps << rollingNodeStep(r, *primary, true, false);
        if (r.switchBack)
            p.steps << rollingSwitchover(number, *primary, QStringLiteral("switch-back"));
    } else {
        p.steps << rollingNodeStep(r, *primary, false, true);
    }
    if (r.upgrade && r.packages.contains(QLatin1String("repmgr"))) {
        // repmgr's extension follows its files once every node has them (a no-op when its version
        // did not change); only the primary acts, wherever it is now.
        p.steps << forAll(opId(number, QStringLiteral("extension")),
            tr("ALTER EXTENSION repmgr UPDATE on the primary"),
            tr("The extension could not be updated: read the error; repmgr's release notes say whether the "
               "new "
               "version needs more."),
            [this](const NodeSpec& n) {
                return work(n,
                    {run(tr("ALTER EXTENSION repmgr UPDATE (the primary only)"),
                        QStringLiteral(
                            "if ! %1; then echo 'pgpilot: a standby; the primary does this'; exit 0; fi\n%2")
                            .arg(isPrimaryShell(),
                                QStringLiteral("runuser -u postgres -- %1")
                                    .arg(psql(QStringLiteral("ALTER EXTENSION repmgr UPDATE"),
                                        QStringLiteral("repmgr")))))});
            });
    }

    Phase& pre = ops.prechecks;
    pre.checkpoint << reachCriterion() << currentPrimaryCriterion(QString()) << replicationCriterion()
                   << repmgrdCriterion() << sshCriterion();
    if (r.upgrade)
        pre.checkpoint << packagesCriterion(r.packages);

    const NodeSpec& finalPrimary = switchover && !r.switchBack ? *target : *primary;
    const NodeSpec& other = switchover && !r.switchBack ? *primary : *target;
    Phase& v = ops.verification;
    v.checkpoint << vipReachesCriterion(m_spec.ports.write, finalPrimary, true, other)
                 << clusterShowCriterion() << replicationCriterion() << vipCriterion()
                 << portCriterion(m_spec.ports.read, true);
    if (r.upgrade)
        v.checkpoint << upgradedCriterion(r.packages);
    else
        v.checkpoint << restartedCriterion();
    if (tlsVerified(m_spec))
        v.checkpoint << tlsReplicationCriterion();
}

} // namespace pgpilot
