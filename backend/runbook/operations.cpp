// SPDX-License-Identifier: GPL-3.0-or-later
// Operations (backend/ops runs them): the dispatcher and the shell snippets they share.

#include "builderutil.h"
#include "core/shell.h"

namespace pgpilot {

OperationPhases Builder::operation(
    int number, const QString& target, bool reclone, const QString& option) const
{
    OperationPhases ops;
    ops.prechecks.number = ops.steps.number = ops.verification.number = number;
    const bool backups = number == kBackupPhase || number == kRestoreDrillPhase || number == kRestorePhase;
    if (backups && !m_spec.hasBackups())
        return ops;
    if (number == kRotateSecretsPhase || number == kRenewCertsPhase || backups) {
        if (number == kRotateSecretsPhase)
            rotateOperation(ops);
        else if (number == kRenewCertsPhase)
            renewCertsOperation(ops);
        else if (number == kBackupPhase)
            backupOperation(option, ops);
        else if (number == kRestoreDrillPhase)
            restoreDrillOperation(ops);
        else
            restoreOperation(option, ops);
        ops.prechecks.title = tr("Pre-checks: %1").arg(ops.steps.title);
        ops.verification.title = tr("Verification: %1").arg(ops.steps.title);
        return ops;
    }
    const NodeSpec* node = nodeByName(target);
    if (!node)
        return ops;
    switch (number) {
    case kSwitchoverPhase:
        switchoverOperation(*node, ops);
        break;
    case kRejoinPhase:
        rejoinOperation(*node, reclone, ops);
        break;
    case kFencePhase:
        fenceOperation(*node, ops);
        break;
    case kAddStandbyPhase:
        addStandbyOperation(*node, ops);
        break;
    case kRemoveStandbyPhase:
        removeStandbyOperation(*node, ops);
        break;
    default:
        break;
    }
    ops.prechecks.title = tr("Pre-checks: %1").arg(ops.steps.title);
    ops.verification.title = tr("Verification: %1").arg(ops.steps.title);
    return ops;
}

QString Builder::opId(int number, const QString& rest) const
{
    return QStringLiteral("p%1.%2").arg(number).arg(rest);
}

// Shell: sets $pa to the address of the one writable primary among the nodes other than
// exclude (asked as repmgr with postgres's .pgpass) and $ci to a conninfo for it; exits 1 when
// there is none or more than one (split brain: nothing is done).
QString Builder::cloneFromPrimaryShell(const NodeSpec& node) const
{
    return findPrimaryShell(node.name)
        + repmgr(
            QStringLiteral("-h \"$pa\" -p %1 -U repmgr -d repmgr standby clone --force --fast-checkpoint")
                .arg(pgPort()));
}

QString Builder::findPrimaryShell(const QString& exclude) const
{
    QStringList candidates;
    for (const NodeSpec& n : m_spec.nodes) {
        if (n.name != exclude)
            candidates << n.address;
    }
    return QStringLiteral(
        "pa=''; count=0\n"
        "for a in %1; do\n"
        "  if [ \"$(PGPASSFILE=%2 %3/psql -X -A -t -q \"host=$a port=%4 user=repmgr dbname=repmgr "
        "connect_timeout=3%6\" -c 'SELECT pg_is_in_recovery()' 2>/dev/null)\" = f ]; then pa=$a; "
        "count=$((count + 1)); fi\n"
        "done\n"
        "if [ \"$count\" -ne 1 ]; then echo \"$count writable primaries among the other nodes: \"%5 >&2; "
        "exit 1; fi\n"
        "ci=\"host=$pa port=%4 user=repmgr dbname=repmgr connect_timeout=5%6\"\n"
        "echo \"current primary: $pa\"\n")
        .arg(shellJoin(candidates), nodepaths::pgpassFile(), m_bin, pgPort(),
            shellQuote(tr("exactly one is needed; see repmgr cluster show")))
        .arg(tlsConninfo(m_spec));
}

// Shell (root): stops PostgreSQL whoever started it (pg_ctlcluster, or pg_ctl by hand outside
// systemd: then by its pid file), fast, then immediate; fails if a postmaster still runs.
QString Builder::stopPostgresShell() const
{
    return QStringLiteral(
        "pidf=%1/postmaster.pid\n"
        "running() { [ -s \"$pidf\" ] && kill -0 \"$(head -n 1 \"$pidf\")\" 2>/dev/null; }\n"
        "if running; then\n"
        "  echo 'stopping PostgreSQL (fast shutdown)'\n"
        "  %2 >/dev/null 2>&1 || true\n"
        "  if running; then runuser -u postgres -- %3/pg_ctl stop -D %1 -m fast -t 30 || runuser -u "
        "postgres -- %3/pg_ctl stop -D %1 -m immediate -t 30; fi\n"
        "else\n"
        "  echo 'PostgreSQL is not running'\n"
        "fi\n"
        "if running; then echo %4 >&2; exit 1; fi")
        .arg(dataDir(), pgctl(QStringLiteral("stop -m fast")), m_bin,
            shellQuote(tr("PostgreSQL still runs after a fast and an immediate shutdown")));
}

QString Builder::postgresStoppedProbe() const
{
    return QStringLiteral("! { [ -s %1/postmaster.pid ] && kill -0 \"$(head -n 1 %1/postmaster.pid)\" "
                          "2>/dev/null; }")
        .arg(dataDir());
}

Step Builder::oneStep(int number, const QString& id, const QString& title, const NodeSpec& node,
    const QList<Action>& actions, const QString& hint, const QString& probe, const QString& probeRunAs) const
{
    return step(
        opId(number, id), title, Step::Target::OneNode, {work(node, actions, probe, probeRunAs)}, hint);
}

Action Builder::waitStreaming(const NodeSpec& node, int seconds) const
{
    return run(tr("Wait (at most %1 s) until %2 streams from the primary").arg(seconds).arg(node.name),
        deadlineLoop(seconds,
            QStringLiteral("[ \"$(%1 2>/dev/null)\" = 'true|streaming' ]").arg(streamingSql()),
            tr("%1 does not stream after %2 s").arg(node.name).arg(seconds)),
        kPostgres, (seconds + 30) * 1000);
}

RenderedFile Builder::fencedStartConf(const NodeSpec& node) const
{
    RenderedFile f = render::startConf(m_spec, node);
    f.content
        = QStringLiteral("# Fenced by pgpilot (cluster %1): PostgreSQL must not start on this node until\n"
                         "# it is rejoined as a standby (pgpilot rejoin). Do not edit by hand.\n"
                         "disabled\n")
              .arg(m_spec.name)
              .toUtf8();
    return f;
}

} // namespace pgpilot
