// SPDX-License-Identifier: GPL-3.0-or-later
// The checkpoint criteria the phases and operations share; their output parsers are in criteria.cpp.

#include "builderutil.h"
#include "core/shell.h"
#include "criteria.h"

#include <algorithm>

namespace pgpilot {

// Cluster-wide: exactly one node (other than exclude) answers pg_is_in_recovery() = f; the
// result's node names it.
Criterion Builder::currentPrimaryCriterion(const QString& exclude) const
{
    QStringList nodes;
    for (const NodeSpec& n : m_spec.nodes) {
        if (n.name != exclude)
            nodes << n.name;
    }
    Criterion c = criterion(QStringLiteral("current-primary"),
        exclude.isEmpty() ? tr("Exactly one node is a writable primary")
                          : tr("Exactly one node other than %1 is a writable primary").arg(exclude),
        Step::Target::AllNodes, nodes, psql(QStringLiteral("SELECT pg_is_in_recovery()")), kPostgres);
    c.evaluate = [nodes](const QHash<QString, CommandOutput>& outputs) {
        QStringList primaries;
        QStringList silent;
        for (const QString& name : nodes) {
            const auto it = outputs.constFind(name);
            if (it == outputs.constEnd() || !it->reached || it->exitCode != 0)
                silent << name;
            else if (text(it->stdOut) == QLatin1String("f"))
                primaries << name;
        }
        const QString seen = primaries.isEmpty() ? tr("no writable primary")
                                                 : tr("primary: %1").arg(primaries.join(QStringLiteral(", ")))
                + (silent.isEmpty() ? QString()
                                    : tr("; no answer from %1").arg(silent.join(QStringLiteral(", "))));
        return QList<CriterionResult> {result(primaries.size() == 1,
            primaries.size() == 1 ? primaries.first() : QString(), tr("exactly one primary"), seen,
            primaries.isEmpty() ? tr("No primary is running: wait for repmgrd's failover, or see its log.")
                                : tr("Several primaries (split brain): fence the one that must not serve "
                                     "writes first."))};
    };
    return c;
}

Criterion Builder::reachCriterion() const
{
    return perNode(QStringLiteral("reach"), tr("Every node answers over SSH"), QStringLiteral("uname -n"),
        [](const NodeSpec& node, const CommandOutput& out) {
            return result(out.exitCode == 0, node.name, tr("a shell answers"),
                out.exitCode == 0 ? tr("answered as %1").arg(text(out.stdOut)) : text(out.stdErr),
                tr("The login works but the shell fails: check the account and sudo settings."));
        });
}

Criterion Builder::reachOne(const NodeSpec& node) const
{
    return onNode(QStringLiteral("reach"), tr("%1 answers over SSH").arg(node.name), node,
        QStringLiteral("uname -n"), [](const NodeSpec& n, const CommandOutput& out) {
            return result(out.exitCode == 0, n.name, tr("a shell answers"),
                out.exitCode == 0 ? tr("answered as %1").arg(text(out.stdOut)) : text(out.stdErr),
                tr("pgpilot needs SSH to the node for this operation."));
        });
}

// On node: standby with its WAL receiver streaming.
QString Builder::streamingSql() const
{
    return psql(QStringLiteral(
        "SELECT pg_is_in_recovery()::text || '|' || coalesce((SELECT status FROM pg_stat_wal_receiver), "
        "'none')"));
}

Criterion Builder::nodeStreamsCriterion(const NodeSpec& node) const
{
    return onNode(
        QStringLiteral("node-streams"), tr("%1 is a standby streaming from the primary").arg(node.name), node,
        streamingSql(),
        [](const NodeSpec& n, const CommandOutput& out) {
            const QString seen = text(out.stdOut);
            return result(out.exitCode == 0 && seen == QLatin1String("true|streaming"), n.name,
                tr("in recovery, WAL receiver streaming"),
                out.exitCode == 0
                    ? tr("in recovery %1, WAL receiver %2")
                          .arg(seen.section(QLatin1Char('|'), 0, 0), seen.section(QLatin1Char('|'), 1))
                    : tr("PostgreSQL does not answer: %1").arg(text(out.stdErr)),
                tr("See the node's server log and repmgr's output: the standby does not reach the "
                   "primary."));
        },
        kPostgres);
}

// Port `port` on the VIP answers from `node` (want true) or from any node but `node` (false).
Criterion Builder::vipReachesCriterion(int port, const NodeSpec& node, bool want, const NodeSpec& runOn) const
{
    const QString id = want ? QStringLiteral("write-port-target") : QStringLiteral("write-port-not-fenced");
    const QString description = want
        ? tr("Port %1 on the VIP reaches %2 and it accepts writes").arg(port).arg(node.name)
        : tr("Port %1 on the VIP does not reach %2").arg(port).arg(node.name);
    const QString command = psqlTo(m_spec.network.vip, port,
        QStringLiteral("SELECT host(inet_server_addr()) || '|' || pg_is_in_recovery()::text"));
    const NodeSpec target = node;
    const QString vip = m_spec.network.vip;
    return onNode(
        id, description, runOn,
        // the VIP may take a few seconds to settle: retry for up to 20 s
        QStringLiteral("deadline=$(( $(date +%s) + 20 ))\n"
                       "while :; do out=$(%1 2>&1); rc=$?\n"
                       "  case \"$out\" in %2) [ %3 = 1 ] && break ;; *) [ %3 = 0 ] && [ $rc -eq 0 ] && "
                       "break ;; esac\n"
                       "  [ \"$(date +%s)\" -ge \"$deadline\" ] && break; sleep 1\n"
                       "done\nprintf '%s\\n' \"$out\"")
            .arg(command, shellQuote(node.address + QStringLiteral("|false")),
                want ? QStringLiteral("1") : QStringLiteral("0")),
        [target, want, vip](const NodeSpec& n, const CommandOutput& out) {
            const QString seen = text(out.stdOut);
            const QString server = seen.section(QLatin1Char('|'), 0, 0);
            const bool writable = seen.section(QLatin1Char('|'), 1) == QLatin1String("false");
            const bool reachesTarget = server == target.address && writable;
            const bool ok = want ? reachesTarget : server != target.address;
            Q_UNUSED(n);
            return result(ok, target.name,
                want ? tr("%1 (writable)").arg(target.address) : tr("not %1").arg(target.address),
                seen.contains(QLatin1Char('|'))
                    ? tr("%1, %2").arg(server, writable ? tr("writable") : tr("read-only"))
                    : tr("no answer: %1").arg(seen.left(200)),
                tr("HAProxy on the VIP holder does not route writes as expected: check the health "
                   "service "
                   "(/primary) and Keepalived on %1.")
                    .arg(vip));
        },
        kPostgres);
}

Criterion Builder::clusterShowCriterion() const
{
    const int count = int(m_spec.nodes.size());
    const ClusterSpec spec = m_spec;
    Criterion c = criterion(QStringLiteral("cluster-show"),
        tr("repmgr cluster show: one primary and %1 running standbys").arg(count - 1), Step::Target::Primary,
        {m_primary.name}, repmgr(QStringLiteral("cluster show --csv")), kPostgres);
    const QString runOn = m_primary.name;
    c.evaluate = [spec, count, runOn](const QHash<QString, CommandOutput>& outputs) {
        QList<CriterionResult> results;
        const auto it = outputs.constFind(runOn);
        if (it == outputs.constEnd() || !it->reached)
            return QList<CriterionResult> {unreachable(runOn, it == outputs.constEnd() ? nullptr : &*it)};
        const auto rows = criteria::parseClusterShowCsv(it->stdOut);
        if (rows.isEmpty())
            return QList<CriterionResult> {result(false, runOn, tr("repmgr cluster show lists the nodes"),
                text(it->stdErr + it->stdOut), tr("repmgr cannot reach its database on %1.").arg(runOn))};
        int primaries = 0;
        for (int id = 1; id <= count; ++id) {
            const QString name = spec.nodes.at(id - 1).name;
            const auto row
                = std::find_if(rows.cbegin(), rows.cend(), [id](const auto& r) { return r.nodeId == id; });
            if (row == rows.cend()) {
                results << result(false, name, tr("registered"), tr("not in repmgr's node list"),
                    tr("The node was never registered: re-run phase 3."));
                continue;
            }
            if (row->recovery == 0)
                ++primaries;
            const QString role = row->recovery == 0 ? tr("running primary")
                : row->recovery == 1                ? tr("running standby")
                                                    : tr("unreachable");
            results << result(row->recovery == 0 || row->recovery == 1, name,
                tr("running (primary or standby)"), role,
                tr("repmgr cannot connect to the node: PostgreSQL down or port %1 blocked.")
                    .arg(spec.ports.postgres));
        }
        results << result(primaries == 1 && rows.size() == count, QString(),
            tr("1 primary, %1 standbys, %2 nodes").arg(count - 1).arg(count),
            tr("%1 primaries, %2 nodes listed").arg(primaries).arg(rows.size()),
            primaries > 1
                ? tr("Two writable primaries: split brain. Fence one (stop it and keep it stopped).")
                : tr("No primary: check repmgrd's log for a failed promotion."));
        return results;
    };
    return c;
}

Criterion Builder::replicationCriterion() const
{
    const int standbys = int(m_spec.nodes.size()) - 1;
    // A standby that just started (or just followed a new primary) retries its WAL receiver every
    // 5 s: the node waits up to 30 s for the streaming state before it reports what it sees.
    const QString query = psql(
        QStringLiteral("SELECT pg_is_in_recovery(), (SELECT count(*) FROM pg_stat_replication WHERE state = "
                       "'streaming'), coalesce((SELECT status FROM pg_stat_wal_receiver), 'none')"));
    const QString command
        = pollUntilSettled(query, QStringLiteral("'f|%1|'*|'t|'*'|streaming'").arg(standbys));
    Criterion c = perNode(
        QStringLiteral("replication"),
        tr("The primary streams to %1 standbys; every standby receives").arg(standbys), command,
        [standbys, port = m_spec.ports.postgres](const NodeSpec& node, const CommandOutput& out) {
            const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
            if (out.exitCode != 0 || f.size() != 3)
                return result(false, node.name, tr("PostgreSQL answers"), text(out.stdErr),
                    tr("PostgreSQL is not running on this node."));
            if (f.at(0) == QLatin1String("f"))
                return result(f.at(1).toInt() == standbys, node.name,
                    tr("primary with %1 streaming standbys").arg(standbys),
                    tr("primary with %1 streaming standbys").arg(f.at(1)),
                    tr("A standby is not connected: see its server log; port %1 or pg_hba.conf may block "
                       "replication.")
                        .arg(port));
            return result(f.at(2) == QLatin1String("streaming"), node.name,
                tr("standby, WAL receiver streaming"), tr("standby, WAL receiver %1").arg(f.at(2)),
                tr("The standby does not reach the primary: see its server log."));
        },
        kPostgres);
    c.timeoutMs = 60000;
    return c;
}

Criterion Builder::repmgrdCriterion() const
{
    const QString unit = nodepaths::repmgrdUnitName();
    return perNode(QStringLiteral("repmgrd"), tr("repmgrd really runs on every node"),
        QStringLiteral(
            "printf 'unit=%s\\n' \"$(systemctl is-active %1)\"; printf 'pid=%s\\n' \"$(pgrep -u postgres "
            "-x "
            "repmgrd | head -n 1)\"; printf 'running=%s\\n' \"$(runuser -u postgres -- %2 2>/dev/null)\"")
            .arg(unit, psql(QStringLiteral("SELECT repmgr.repmgrd_is_running()"), QStringLiteral("repmgr"))),
        [unit](const NodeSpec& node, const CommandOutput& out) {
            const QString state = criteria::keyValue(out.stdOut, QStringLiteral("unit"));
            const QString pid = criteria::keyValue(out.stdOut, QStringLiteral("pid"));
            const QString running = criteria::keyValue(out.stdOut, QStringLiteral("running"));
            const bool ok
                = state == QLatin1String("active") && !pid.isEmpty() && running != QLatin1String("f");
            return result(ok, node.name,
                tr("unit active, repmgrd process present, repmgr reports it running"),
                tr("unit %1, pid %2, repmgrd_is_running %3")
                    .arg(
                        state, pid.isEmpty() ? tr("none") : pid, running.isEmpty() ? tr("unknown") : running),
                tr("repmgrd exits at start: see journalctl -u %1 (node not registered, or PostgreSQL "
                   "down).")
                    .arg(unit));
        });
}

Criterion Builder::sshCriterion() const
{
    QStringList loops;
    for (const NodeSpec& node : m_spec.nodes)
        loops << QStringLiteral(
            "if ssh -F %1/config -o ConnectTimeout=5 %2 true </dev/null >/dev/null 2>&1; then echo "
            "%3=ok; else echo %3=fail; fi")
                     .arg(nodepaths::postgresSshDir(), shellQuote(node.address), node.name);
    const ClusterSpec spec = m_spec;
    return perNode(
        QStringLiteral("postgres-ssh"), tr("postgres reaches every node over SSH without a password"),
        loops.join(QStringLiteral("; ")),
        [spec](const NodeSpec& node, const CommandOutput& out) {
            QStringList failed;
            for (const NodeSpec& other : spec.nodes) {
                if (criteria::keyValue(out.stdOut, other.name) != QLatin1String("ok"))
                    failed << other.name;
            }
            return result(failed.isEmpty(), node.name, tr("SSH to every node works"),
                failed.isEmpty() ? tr("all reached")
                                 : tr("failed: %1").arg(failed.join(QStringLiteral(", "))),
                tr("Host key or authorized_keys missing on the target, or sshd refuses the postgres user "
                   "(AllowUsers?). Switchover and rejoin need this."));
        },
        kPostgres);
}

// pgpilot's own copy of the repmgr password (keychain or secrets file, sent on stdin) logs in on
// every node's address; .pgpass is kept out of it. A cluster whose password was changed
// elsewhere fails here instead of leaving the dashboard and the operations locked out later.
Criterion Builder::storedPasswordCriterion(
    const QString& role, const QString& key, const QString& database) const
{
    // From the primary to every node's address: the same pg_hba rules as the dashboard's and
    // the other nodes' logins. One "<node>=ok" or "<node>=<last error line>" per node.
    const bool repmgr = role == QLatin1String("repmgr");
    QStringList loops;
    for (const NodeSpec& node : m_spec.nodes) {
        const QString ci = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4 connect_timeout=5%5")
                               .arg(node.address)
                               .arg(m_spec.ports.postgres)
                               .arg(role, database, tlsConninfo(m_spec));
        loops << QStringLiteral(
            "if r=$(%1/psql -X -A -t -q %2 -c 'SELECT 1' 2>&1) && [ \"$r\" = 1 ]; then echo "
            "%3=ok; else echo \"%3=$(printf '%s' \"$r\" | tail -n 1)\"; fi")
                     .arg(m_bin, shellQuote(ci), node.name);
    }
    Criterion c
        = criterion(repmgr ? QStringLiteral("stored-password") : QStringLiteral("stored-password-") + role,
            tr("The %1 password pgpilot holds logs in on every node").arg(role), Step::Target::Primary,
            {m_primary.name},
            QStringLiteral("IFS= read -r PGPASSWORD; export PGPASSWORD PGPASSFILE=/dev/null; ")
                + loops.join(QStringLiteral("; ")),
            kPostgres);
    c.stdinData = secretPlaceholder(key.isEmpty() ? repmgrPasswordKey(m_spec) : key).toUtf8() + '\n';
    const ClusterSpec spec = m_spec;
    const QString from = m_primary.name;
    c.evaluate = [spec, from, role](const QHash<QString, CommandOutput>& outputs) {
        const auto it = outputs.constFind(from);
        if (it == outputs.constEnd() || !it->reached)
            return QList<CriterionResult> {unreachable(from, it == outputs.constEnd() ? nullptr : &*it)};
        QList<CriterionResult> results;
        for (const NodeSpec& node : spec.nodes) {
            const QString seen = criteria::keyValue(it->stdOut, node.name);
            const bool ok = seen == QLatin1String("ok");
            results << result(ok, node.name, tr("logs in as %1 (from %2)").arg(role, from),
                ok ? tr("logged in") : tr("refused: %1").arg(seen.isEmpty() ? tr("no answer") : seen),
                tr("The database has another %1 password than this workstation holds (was the "
                   "cluster set up, or its password changed, from another workstation?). Bring that "
                   "workstation's secrets here: the dashboard and the operations cannot log in until "
                   "then.")
                    .arg(role));
        }
        return results;
    };
    return c;
}

// What repmgr and the other nodes use: postgres's own .pgpass, on every node, to every node.
Criterion Builder::pgpassLoginCriterion() const
{
    QStringList loops;
    for (const NodeSpec& node : m_spec.nodes) {
        const QString ci = QStringLiteral("host=%1 port=%2 user=repmgr dbname=repmgr connect_timeout=5%3")
                               .arg(node.address)
                               .arg(m_spec.ports.postgres)
                               .arg(tlsConninfo(m_spec));
        loops << QStringLiteral(
            "if r=$(PGPASSFILE=%1 %2/psql -X -A -t -q -w %3 -c 'SELECT 1' 2>&1) && [ \"$r\" = 1 ]; then :; "
            "else echo \"%4: $(printf '%s' \"$r\" | head -n 1)\"; fi")
                     .arg(nodepaths::pgpassFile(), m_bin, shellQuote(ci), node.name);
    }
    return perNode(
        QStringLiteral("pgpass-login"), tr("postgres's .pgpass logs in as repmgr to every node"),
        QStringLiteral("unset PGPASSWORD; ") + loops.join(QStringLiteral("; ")),
        [](const NodeSpec& nd, const CommandOutput& out) {
            const QString failed = text(out.stdOut);
            return result(failed.isEmpty() && out.exitCode == 0, nd.name, tr("every login works"),
                failed.isEmpty() ? tr("all logged in")
                                 : failed.split(QLatin1Char('\n')).join(QStringLiteral("; ")),
                tr("The .pgpass on this node holds another password than the database: repmgr and "
                   "replication from here fail. Run rotate-secrets again."));
        },
        kPostgres);
}

// True when psql as repmgr through the VIP's port answers pg_is_in_recovery() = want.
QString Builder::vipPortCheck(int port, const QString& want) const
{
    return QStringLiteral("[ \"$(runuser -u postgres -- sh -c %1 2>/dev/null)\" = %2 ]")
        .arg(
            shellQuote(psqlTo(m_spec.network.vip, port, QStringLiteral("SELECT pg_is_in_recovery()"))), want);
}

Criterion Builder::vipCriterion() const
{
    const QString vip = m_spec.network.vip;
    Criterion c = criterion(QStringLiteral("vip"),
        tr("Exactly one node, the primary, holds the VIP %1").arg(vip), Step::Target::AllNodes, allNames(),
        QStringLiteral(
            "ip -o addr show; printf 'recovery=%s\\n' \"$(runuser -u postgres -- %1 2>/dev/null)\"")
            .arg(psql(QStringLiteral("SELECT pg_is_in_recovery()"))));
    const QStringList nodes = allNames();
    c.evaluate = [nodes, vip](const QHash<QString, CommandOutput>& outputs) {
        QList<CriterionResult> results;
        QStringList holders;
        for (const QString& name : nodes) {
            const auto it = outputs.constFind(name);
            if (it == outputs.constEnd() || !it->reached) {
                results << unreachable(name, it == outputs.constEnd() ? nullptr : &*it);
                continue;
            }
            bool holds = false;
            for (const auto& a : criteria::parseIpAddr(it->stdOut))
                holds = holds || a.address == vip;
            const QString recovery = criteria::keyValue(it->stdOut, QStringLiteral("recovery"));
            const bool primary = recovery == QLatin1String("f");
            if (holds)
                holders << name;
            results << result(holds == primary, name,
                primary ? tr("holds the VIP (primary)") : tr("no VIP (not primary)"),
                tr("%1, %2").arg(holds ? tr("holds the VIP") : tr("no VIP"),
                    primary ? tr("primary")
                            : (recovery == QLatin1String("t") ? tr("standby") : tr("PostgreSQL down"))),
                holds
                    ? tr("Keepalived keeps the VIP on a node that is not the primary: check its check script "
                         "(journalctl -u keepalived).")
                    : tr("Keepalived on the primary does not take the VIP: VRRP (protocol 112) blocked "
                         "between nodes, or its check fails (health service or HAProxy down)."));
        }
        results << result(holders.size() == 1, QString(), tr("exactly one holder"),
            holders.isEmpty() ? tr("none") : holders.join(QStringLiteral(", ")),
            holders.isEmpty()
                ? tr("No node holds the VIP: see journalctl -u keepalived on the primary.")
                : tr("Several nodes hold the VIP: VRRP adverts do not get through (unicast peers, "
                     "firewall)."));
        return results;
    };
    return c;
}

Criterion Builder::portCriterion(int port, bool wantRecovery) const
{
    const QString want = wantRecovery ? QStringLiteral("t") : QStringLiteral("f");
    return perNode(
        QStringLiteral("port-%1").arg(port),
        wantRecovery ? tr("Port %1 on the VIP reaches a standby").arg(port)
                     : tr("Port %1 on the VIP reaches the primary").arg(port),
        psqlTo(m_spec.network.vip, port, QStringLiteral("SELECT pg_is_in_recovery(), inet_server_addr()")),
        [want, port, wantRecovery](const NodeSpec& node, const CommandOutput& out) {
            const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
            const bool ok = out.exitCode == 0 && f.size() == 2 && f.at(0) == want;
            return result(ok, node.name, tr("pg_is_in_recovery() = %1").arg(want),
                out.exitCode == 0 ? tr("pg_is_in_recovery() = %1 on %2").arg(f.value(0), f.value(1))
                                  : text(out.stdErr),
                wantRecovery
                    ? tr("No standby passes HAProxy's /replica check, or HAProxy does not listen on %1.")
                          .arg(port)
                    : tr("HAProxy's write backend has no server up (health service /primary?), or the "
                         "VIP is not assigned."));
        },
        kPostgres);
}

Criterion Builder::healthCriterion() const
{
    QStringList urls;
    for (const NodeSpec& node : m_spec.nodes) {
        const QString base
            = QStringLiteral("http://%1:%2").arg(hostForUrl(node.address)).arg(m_spec.ports.health);
        urls << QStringLiteral("--url %1/primary --url %1/replica").arg(base);
    }
    const ClusterSpec spec = m_spec;
    return perNode(QStringLiteral("health"), tr("The health service answers 200/503 by role on every node"),
        QStringLiteral(
            "python3 %1 --print %2; printf 'recovery=%s\\n' \"$(runuser -u postgres -- %3 2>/dev/null)\"")
            .arg(nodepaths::httpCheckScript(), urls.join(QLatin1Char(' ')),
                psql(QStringLiteral("SELECT pg_is_in_recovery()"))),
        [spec](const NodeSpec& node, const CommandOutput& out) {
            const QString base
                = QStringLiteral("http://%1:%2").arg(hostForUrl(node.address)).arg(spec.ports.health);
            QString primaryCode;
            QString replicaCode;
            for (const QString& line : QString::fromUtf8(out.stdOut).split(QLatin1Char('\n'))) {
                const QStringList f = line.split(QLatin1Char(' '));
                if (f.size() == 2 && f.at(1) == base + QStringLiteral("/primary"))
                    primaryCode = f.at(0);
                if (f.size() == 2 && f.at(1) == base + QStringLiteral("/replica"))
                    replicaCode = f.at(0);
            }
            const QString recovery = criteria::keyValue(out.stdOut, QStringLiteral("recovery"));
            const bool primary = recovery == QLatin1String("f");
            const QString want = primary ? QStringLiteral("/primary 200, /replica 503")
                                         : QStringLiteral("/primary 503, /replica 200");
            const QString seen = QStringLiteral("/primary %1, /replica %2").arg(primaryCode, replicaCode);
            return result(seen == want, node.name, want, seen,
                primaryCode == QLatin1String("error")
                    ? tr("The health service does not answer: see journalctl -u %1.")
                          .arg(nodepaths::healthUnitName())
                    : tr("The health service disagrees with PostgreSQL: its psql query fails (peer "
                         "authentication, port)."));
        });
}

Criterion Builder::statsCriterion() const
{
    QStringList urls;
    for (const NodeSpec& node : m_spec.nodes)
        urls << QStringLiteral("--url %1")
                    .arg(shellQuote(QStringLiteral("http://%1:%2/stats;csv")
                                        .arg(hostForUrl(node.address))
                                        .arg(m_spec.ports.haproxyStats)));
    // With the stats password pgpilot holds (on stdin, into the environment, never an argument):
    // 200, as the dashboard will get; without it: 401.
    const ClusterSpec spec = m_spec;
    Criterion c = perNode(QStringLiteral("haproxy-stats"),
        tr("HAProxy's stats page answers pgpilot's stats password on every node's address, and no one "
           "without it"),
        QStringLiteral(
            "IFS= read -r PGPILOT_STATS_AUTH; export PGPILOT_STATS_AUTH; python3 %1 --print --user %2 "
            "--password-env PGPILOT_STATS_AUTH %3; python3 %1 --print %3 | sed 's/^/anonymous /'")
            .arg(nodepaths::httpCheckScript(), statsUser(), urls.join(QLatin1Char(' '))),
        [spec](const NodeSpec& node, const CommandOutput& out) {
            const QString url = QStringLiteral("http://%1:%2/stats;csv")
                                    .arg(hostForUrl(node.address))
                                    .arg(spec.ports.haproxyStats);
            QString code = QStringLiteral("no answer");
            QString anonymous = QStringLiteral("no answer");
            for (const QString& line : QString::fromUtf8(out.stdOut).split(QLatin1Char('\n'))) {
                const QStringList f = line.split(QLatin1Char(' '));
                if (f.size() == 2 && f.at(1) == url)
                    code = f.at(0);
                else if (f.size() == 3 && f.at(0) == QLatin1String("anonymous") && f.at(2) == url)
                    anonymous = f.at(1);
            }
            const bool ok = code == QLatin1String("200") && anonymous == QLatin1String("401");
            return result(ok, node.name,
                QStringLiteral("200 from %1 with the password, 401 without").arg(url),
                QStringLiteral("%1 with, %2 without").arg(code, anonymous),
                code == QLatin1String("401")
                    ? tr("The node's stats password differs from the one this workstation holds: run phase 4 "
                         "again, or import the cluster's secrets.")
                    : anonymous == QLatin1String("200")
                    ? tr("The stats page answers without a password: haproxy.cfg lacks pgpilot's \"stats "
                         "auth\" line; run phase 4 again.")
                    : tr("HAProxy is down or the stats listener is not bound to the node's address."));
        });
    c.stdinData = secretPlaceholder(statsPasswordKey(m_spec)).toUtf8() + '\n';
    return c;
}

} // namespace pgpilot
