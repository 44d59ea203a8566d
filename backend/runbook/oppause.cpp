// SPDX-License-Identifier: GPL-3.0-or-later
// Operations: pause and unpause automatic failover (issue 20). repmgr keeps the pause flag in
// each node's PostgreSQL (shared memory, and a state file it is restored from when repmgrd
// reconnects after a restart); `repmgr service pause` sets it on every node it reaches. pgpilot
// adds the window the admin gave, recorded in the cluster itself so that every pgpilot and the
// headless watcher see the same one.

#include "builderutil.h"
#include "core/shell.h"

namespace pgpilot {

namespace {

// Text a person typed (who, why), for SQL: hex-encoded here and decoded by the server, so only
// [0-9a-f] reaches the statement and no quote or backslash of the text can end the literal.
QString sqlText(const QString& value)
{
    return QStringLiteral("convert_from(decode('%1', 'hex'), 'UTF8')")
        .arg(QString::fromLatin1(value.toUtf8().toHex()));
}

// A line that says "this node is a standby: the primary does it" (the steps run on every node and
// act only where PostgreSQL is out of recovery, wherever the primary is now).
const char* kStandbyLine = "pgpilot: a standby here; the primary does this";

} // namespace

QString pauseTable()
{
    return QStringLiteral("pgpilot.failover_pause");
}

OperationPhases buildPausePhases(const ClusterSpec& spec, const PauseRequest& request)
{
    OperationPhases ops;
    Builder(spec).pauseOperation(request, ops);
    return ops;
}

QString Builder::primaryHereShell() const
{
    return QStringLiteral("[ \"$(%1 2>/dev/null)\" = f ]")
        .arg(psql(QStringLiteral("SELECT pg_is_in_recovery()")));
}

QString Builder::pauseCommand(bool pause) const
{
    // Every node's flag as repmgr's own connections see it (repmgr's .pgpass, the nodes' addresses).
    QStringList loop;
    for (const NodeSpec& n : m_spec.nodes)
        loop << QStringLiteral(
            "if [ \"$(%1 2>/dev/null)\" = t ]; then paused=\"$paused \"%2; else running=\"$running \"%2; fi")
                    .arg(psqlTo(n.address, m_spec.ports.postgres,
                             QStringLiteral("SELECT repmgr.repmgrd_is_paused()")),
                        shellQuote(n.name));
    return QStringLiteral(
        "if ! %1; then echo %2; exit 0; fi\n"
        "paused=''; running=''\n"
        "%3\n"
        "if [ -z \"$%4\" ]; then echo \"pgpilot: repmgrd is already %5 on every node:$%6\"; exit 0; fi\n"
        "%7")
        .arg(primaryHereShell(), shellQuote(QString::fromLatin1(kStandbyLine)), loop.join(QLatin1Char('\n')),
            pause ? QStringLiteral("running") : QStringLiteral("paused"),
            pause ? QStringLiteral("paused") : QStringLiteral("running (not paused)"),
            pause ? QStringLiteral("paused") : QStringLiteral("running"),
            repmgr(pause ? QStringLiteral("service pause") : QStringLiteral("service unpause")));
}

// Every node's PostgreSQL answers, and how its repmgrd stands (running, paused): the pause flag
// lives there, so a node whose PostgreSQL is down would be left out of the pause.
Criterion Builder::pauseStateCriterion(bool pause) const
{
    const QString unit = nodepaths::repmgrdUnitName();
    return perNode(
        QStringLiteral("pause-state"),
        tr("Every node's PostgreSQL answers (repmgr keeps the pause flag there) and its repmgrd runs"),
        psql(QStringLiteral("SELECT coalesce(repmgr.repmgrd_is_running()::text, 'unknown') || '|' || "
                            "coalesce(repmgr.repmgrd_is_paused()::text, 'unknown')"),
            QStringLiteral("repmgr")),
        [pause, unit](const NodeSpec& node, const CommandOutput& out) {
            const QString line = text(out.stdOut);
            const QString running = line.section(QLatin1Char('|'), 0, 0);
            const QString paused = line.section(QLatin1Char('|'), 1);
            if (out.exitCode != 0 || !line.contains(QLatin1Char('|')))
                return result(false, node.name, tr("PostgreSQL answers"),
                    tr("PostgreSQL does not answer: %1")
                        .arg(text(out.stdErr).section(QLatin1Char('\n'), 0, 0).left(200)),
                    pause
                        ? tr("Start PostgreSQL on %1 first (or fence it): repmgr could not pause it, and it "
                             "would fail over on its own while the others wait.")
                              .arg(node.name)
                        : tr("Start PostgreSQL on %1 first: repmgr could not resume it, and it would stay "
                             "paused while the others fail over. To resume the other nodes now, run repmgr "
                             "service unpause as postgres on one of them.")
                              .arg(node.name));
            const QString state = paused == QLatin1String("true") ? tr("paused")
                : paused == QLatin1String("false")                ? tr("not paused")
                                                                  : tr("pause state unknown");
            return result(running == QLatin1String("true"), node.name, tr("repmgrd running"),
                tr("repmgrd %1, %2")
                    .arg(running == QLatin1String("true") ? tr("running") : tr("not running"), state),
                tr("Start repmgrd on %1 (systemctl start %2) and check again.").arg(node.name, unit));
        },
        kPostgres);
}

// repmgr's own dry run on the primary: it connects to every node as `service pause` will.
Criterion Builder::pauseDryRunCriterion(bool pause) const
{
    const QString verb = pause ? QStringLiteral("pause") : QStringLiteral("unpause");
    Criterion c = criterion(QStringLiteral("repmgr-dry-run"),
        tr("repmgr service %1 --dry-run on the primary reaches every node").arg(verb), Step::Target::AllNodes,
        allNames(),
        QStringLiteral("if %1; then %2 2>&1; else echo %3; fi")
            .arg(primaryHereShell(), repmgr(QStringLiteral("service %1 --dry-run").arg(verb)),
                shellQuote(QString::fromLatin1(kStandbyLine))),
        kPostgres);
    const ClusterSpec spec = m_spec;
    c.evaluate = [spec, verb](const QHash<QString, CommandOutput>& outputs) {
        for (const NodeSpec& n : spec.nodes) {
            const auto it = outputs.constFind(n.name);
            if (it == outputs.constEnd() || !it->reached
                || text(it->stdOut).startsWith(QString::fromLatin1(kStandbyLine)))
                continue;
            QStringList unreachable;
            for (const NodeSpec& other : spec.nodes) {
                if (text(it->stdOut)
                        .contains(QStringLiteral("unable to connect to node %1").arg(nodeId(spec, other))))
                    unreachable << other.name;
            }
            const bool ok = it->exitCode == 0 && unreachable.isEmpty();
            return QList<CriterionResult> {result(ok, n.name, tr("exit status 0, every node reached"),
                ok ? tr("every node reached")
                    : unreachable.isEmpty()
                    ? tr("exit status %1: %2").arg(it->exitCode).arg(text(it->stdOut).right(300))
                    : tr("repmgr on %1 cannot connect to %2")
                          .arg(n.name, unreachable.join(QStringLiteral(", "))),
                tr("repmgr service %1 connects from the primary to every node with the conninfo in "
                   "repmgr.conf: "
                   "start PostgreSQL there or repair the network, then try again.")
                    .arg(verb))};
        }
        return QList<CriterionResult> {
            result(false, QString(), tr("a primary runs the dry run"), tr("no node answered as the primary"),
                tr("No primary answers: a pause is recorded on the primary."))};
    };
    return c;
}

Criterion Builder::pausedCriterion(bool wantPaused) const
{
    return perNode(
        QStringLiteral("paused"),
        wantPaused ? tr("repmgrd is paused on every node") : tr("repmgrd runs unpaused on every node"),
        psql(QStringLiteral("SELECT coalesce(repmgr.repmgrd_is_running()::text, 'unknown') || '|' || "
                            "coalesce(repmgr.repmgrd_is_paused()::text, 'unknown')"),
            QStringLiteral("repmgr")),
        [wantPaused](const NodeSpec& node, const CommandOutput& out) {
            const QString line = text(out.stdOut);
            const bool running = line.section(QLatin1Char('|'), 0, 0) == QLatin1String("true");
            const QString paused = line.section(QLatin1Char('|'), 1);
            const bool ok = out.exitCode == 0 && running
                && paused == (wantPaused ? QLatin1String("true") : QLatin1String("false"));
            return result(ok, node.name,
                wantPaused ? tr("repmgrd running, paused") : tr("repmgrd running, not paused"),
                out.exitCode != 0 ? tr("PostgreSQL does not answer: %1")
                                        .arg(text(out.stdErr).section(QLatin1Char('\n'), 0, 0).left(200))
                                  : tr("repmgrd %1, repmgrd_is_paused() %2")
                                        .arg(running ? tr("running") : tr("not running"), paused),
                wantPaused
                    ? tr("repmgr did not pause this node: run pgpilot pause again, or resume every node "
                         "(pgpilot unpause) rather than leave them mixed.")
                    : tr("repmgr did not resume this node: run pgpilot unpause again (and look at "
                         "journalctl -u %1 there).")
                          .arg(nodepaths::repmgrdUnitName()));
        },
        kPostgres);
}

// The window on the primary: open and still ahead (pause), or none open (unpause).
Criterion Builder::pauseWindowCriterion(bool wantOpen) const
{
    // Two statements: one naming a table that does not exist fails to parse whatever a CASE says.
    const QString exists = psql(
        QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(pauseTable()), QStringLiteral("repmgr"));
    const QString openRows
        = psql(QStringLiteral("SELECT 'open|' || count(*) || '|' || "
                              "coalesce(max(extract(epoch FROM until - now())::bigint)::text, '') "
                              "FROM %1 WHERE resumed_at IS NULL")
                   .arg(pauseTable()),
            QStringLiteral("repmgr"));
    Criterion c = criterion(QStringLiteral("pause-window"),
        wantOpen ? tr("The window is recorded on the primary and still ahead")
                 : tr("No pause window is left open on the primary"),
        Step::Target::AllNodes, allNames(),
        QStringLiteral("if ! %1; then echo %2; elif [ \"$(%3)\" = t ]; then %4; else echo 'none|0|'; fi")
            .arg(primaryHereShell(), shellQuote(QString::fromLatin1(kStandbyLine)), exists, openRows),
        kPostgres);
    const QStringList nodes = allNames();
    c.evaluate = [nodes, wantOpen](const QHash<QString, CommandOutput>& outputs) {
        for (const QString& name : nodes) {
            const auto it = outputs.constFind(name);
            if (it == outputs.constEnd() || !it->reached || it->exitCode != 0
                || text(it->stdOut).startsWith(QString::fromLatin1(kStandbyLine)))
                continue;
            const QStringList f = text(it->stdOut).split(QLatin1Char('|'));
            const int open = f.value(1).toInt();
            bool num = false;
            const qint64 left = f.value(2).toLongLong(&num);
            const bool ok = wantOpen ? open == 1 && num && left > 0 : open == 0;
            const QString seen = f.value(0) == QLatin1String("none") ? tr("no window table")
                : open == 0
                ? tr("no open window")
                : tr("%1 open window(s), %2 s left").arg(open).arg(num ? QString::number(left) : tr("?"));
            return QList<CriterionResult> {
                result(ok, name, wantOpen ? tr("one open window, still ahead") : tr("no open window"), seen,
                    tr("The window could not be recorded in %1 on the primary: read the step's output.")
                        .arg(pauseTable()))};
        }
        return QList<CriterionResult> {result(false, QString(), tr("the primary answers"),
            tr("no node answered as the primary"), tr("The window lives on the primary: is one running?"))};
    };
    return c;
}

void Builder::pauseOperation(const PauseRequest& request, OperationPhases& ops) const
{
    const bool pause = request.pause;
    const int n = pause ? kPausePhase : kUnpausePhase;
    ops.prechecks.number = ops.steps.number = ops.verification.number = n;
    Phase& p = ops.steps;
    p.title = pause ? tr("Pause automatic failover of cluster %1").arg(m_spec.name)
                    : tr("Resume automatic failover of cluster %1").arg(m_spec.name);
    p.summary = pause
        ? tr("Records the window (%1 minutes) on the primary, then repmgr service pause there pauses "
             "repmgrd on every node.")
              .arg(request.minutes)
        : tr("repmgr service unpause on the primary resumes repmgrd on every node, then the recorded "
             "window is closed.");
    const QString by = sqlText(request.by);
    if (pause) {
        const QString reason = sqlText(request.reason);
        const QString until = QStringLiteral("now() + make_interval(mins => %1)").arg(request.minutes);
        const QString sql = QStringLiteral(
            "SET synchronous_commit = 'local';\n"
            "CREATE SCHEMA IF NOT EXISTS pgpilot;\n"
            "CREATE TABLE IF NOT EXISTS %1 (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
            "paused_at timestamptz NOT NULL DEFAULT now(), until timestamptz NOT NULL, paused_by text NOT "
            "NULL, "
            "reason text NOT NULL DEFAULT '', resumed_at timestamptz, resumed_by text);\n"
            "GRANT USAGE ON SCHEMA pgpilot TO pg_monitor;\n"
            "GRANT SELECT ON %1 TO pg_monitor;\n"
            // a window left open while repmgr is not paused here (resumed by hand) is over
            "UPDATE %1 SET resumed_at = now(), resumed_by = %2 WHERE resumed_at IS NULL AND NOT "
            "coalesce(repmgr.repmgrd_is_paused(), false);\n"
            // paused already: the same pause goes on with the new window (its start stays)
            "UPDATE %1 SET until = %3, paused_by = %2, reason = CASE WHEN %4 = '' THEN reason ELSE %4 END "
            "WHERE resumed_at IS NULL;\n"
            "INSERT INTO %1 (until, paused_by, reason) SELECT %3, %2, %4 WHERE NOT EXISTS (SELECT FROM %1 "
            "WHERE resumed_at IS NULL);\n"
            "SELECT 'pgpilot-pause-window since ' || to_char(paused_at AT TIME ZONE 'UTC', 'YYYY-MM-DD "
            "HH24:MI:SS') || ' UTC until ' || to_char(until AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || "
            "' UTC' FROM %1 WHERE resumed_at IS NULL ORDER BY id DESC LIMIT 1")
                                .arg(pauseTable(), by, until, reason);
        p.steps << forAll(opId(n, QStringLiteral("window")), tr("Record the window on the primary"),
            tr("The window could not be written on the primary: is it writable? Nothing is paused yet."),
            [&](const NodeSpec& node) {
                return work(node,
                    {run(tr("If this node is the primary: record the window in %1").arg(pauseTable()),
                        QStringLiteral("if %1; then %2; else echo %3; fi")
                            .arg(primaryHereShell(), psql(sql, QStringLiteral("repmgr")),
                                shellQuote(QString::fromLatin1(kStandbyLine))),
                        kPostgres)});
            });
        p.steps << forAll(opId(n, QStringLiteral("pause")), tr("Pause repmgrd on every node"),
            tr("repmgr could not pause every node: run pgpilot pause again, or pgpilot unpause, so that the "
               "nodes are not left mixed (see repmgr service status)."),
            [&](const NodeSpec& node) {
                return work(node,
                    {run(tr("If this node is the primary: repmgr service pause"), pauseCommand(true),
                        kPostgres)});
            });
    } else {
        const QString sql = QStringLiteral(
            "SET synchronous_commit = 'local';\n"
            "WITH closed AS (UPDATE %1 SET resumed_at = now(), resumed_by = %2 WHERE resumed_at IS NULL "
            "RETURNING id) SELECT 'pgpilot-pause-closed ' || count(*) FROM closed")
                                .arg(pauseTable(), by);
        p.steps << forAll(opId(n, QStringLiteral("resume")), tr("Resume repmgrd on every node"),
            tr("repmgr could not resume every node: run pgpilot unpause again (see repmgr service status)."),
            [&](const NodeSpec& node) {
                return work(node,
                    {run(tr("If this node is the primary: repmgr service unpause"), pauseCommand(false),
                        kPostgres)});
            });
        p.steps << forAll(opId(n, QStringLiteral("window")), tr("Close the recorded window"),
            tr("The window could not be closed on the primary; failover runs again all the same."),
            [&](const NodeSpec& node) {
                return work(node,
                    {run(tr("If this node is the primary: close the open window in %1").arg(pauseTable()),
                        QStringLiteral("if ! %1; then echo %2; elif [ \"$(%3)\" = t ]; then %4; else echo "
                                       "'pgpilot-pause-closed 0 (no window table)'; fi")
                            .arg(primaryHereShell(), shellQuote(QString::fromLatin1(kStandbyLine)),
                                psql(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(pauseTable()),
                                    QStringLiteral("repmgr")),
                                psql(sql, QStringLiteral("repmgr"))),
                        kPostgres)});
            });
    }

    ops.prechecks.checkpoint << reachCriterion() << pauseStateCriterion(pause) << repmgrdCriterion()
                             << currentPrimaryCriterion(QString()) << pauseDryRunCriterion(pause);
    ops.verification.checkpoint << pausedCriterion(pause) << pauseWindowCriterion(pause);
    if (!pause)
        ops.verification.checkpoint << repmgrdCriterion() << clusterShowCriterion();
    ops.prechecks.title = tr("Pre-checks: %1").arg(p.title);
    ops.verification.title = tr("Verification: %1").arg(p.title);
}

} // namespace pgpilot
