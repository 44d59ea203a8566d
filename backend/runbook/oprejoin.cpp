// SPDX-License-Identifier: GPL-3.0-or-later
// Operation: rejoin a former primary or a failed standby.

#include "builderutil.h"
#include "core/shell.h"

namespace pgpilot {

void Builder::rejoinOperation(const NodeSpec& node, bool reclone, OperationPhases& ops) const
{
    constexpr int n = kRejoinPhase;
    Phase& p = ops.steps;
    p.title = reclone ? tr("Re-clone %1 as a standby").arg(node.name)
                      : tr("Rejoin %1 as a standby").arg(node.name);
    p.summary = reclone
        ? tr("Keeps PostgreSQL on %1 stopped, lifts a fence, deletes its data directory and clones it "
             "afresh "
             "from the current primary, registers it and waits until it streams.")
              .arg(node.name)
        : tr("Keeps PostgreSQL on %1 stopped, lifts a fence, brings a crashed data directory to a clean "
             "shutdown, then repmgr node rejoin --force-rewind against the current primary; waits until "
             "it "
             "streams.")
              .arg(node.name);
    p.destructive = true;
    const QString unit = postgresUnit(m_v);
    p.steps << oneStep(n, QStringLiteral("hold"), tr("Keep PostgreSQL on %1 stopped").arg(node.name), node,
        {run(tr("Stop repmgrd on %1").arg(node.name),
             QStringLiteral("systemctl stop %1 || true").arg(nodepaths::repmgrdUnitName())),
            run(tr("Stop PostgreSQL if it runs (it is not the primary: the pre-checks found another)"),
                stopPostgresShell())},
        tr("PostgreSQL on %1 could not be stopped: look at its processes before anything else.")
            .arg(node.name));
    const RenderedFile start = render::startConf(m_spec, node);
    p.steps << oneStep(n, QStringLiteral("unfence"),
        tr("Lift a fence on %1 (PostgreSQL stays stopped)").arg(node.name), node,
        {run(tr("Remove the fence mark and unmask %1").arg(unit),
             QStringLiteral("rm -f %1 && systemctl unmask %2.service").arg(fenceMarkerPath(), unit)),
            write(tr("Write %1 (manual start)").arg(start.path), start)},
        tr("The fence could not be lifted: check %1 and systemctl status %2.").arg(start.path, unit),
        QStringLiteral(
            "test ! -e %1 && [ \"$(systemctl is-enabled %2.service 2>/dev/null)\" != masked ] && %3")
            .arg(fenceMarkerPath(), unit, fileProbe(start)));
    if (reclone) {
        p.steps << oneStep(n, QStringLiteral("reclone"),
            tr("Clone %1 afresh from the current primary").arg(node.name), node,
            {run(tr("repmgr standby clone --force from the current primary (replaces the data "
                    "directory)"),
                 cloneFromPrimaryShell(node), kPostgres, 240 * kMinute),
                run(tr("Start PostgreSQL as a standby"), pgctl(QStringLiteral("start")), kRoot, 10 * kMinute),
                run(tr("repmgr standby register --force"), repmgr(QStringLiteral("standby register --force")),
                    kPostgres)},
            tr("The clone failed: check that %1 reaches the primary on port %2.")
                .arg(node.name)
                .arg(pgPort()));
    } else {
        const QString conf = postgresConfigDir(m_v) + QStringLiteral("/postgresql.conf");
        const QString stateOf
            = QStringLiteral("LC_ALL=C %1/pg_controldata -D %2 | sed -n 's/^Database cluster state: *//p'")
                  .arg(m_bin, dataDir());
        p.steps << oneStep(n, QStringLiteral("clean-shutdown"),
            tr("Bring a crashed data directory on %1 to a clean shutdown").arg(node.name), node,
            {run(tr("Crash recovery in single-user mode (no connections) when it was not shut down "
                    "cleanly"),
                QStringLiteral("dd=%1\n"
                               "state=$(%2)\n"
                               "echo \"cluster state: $state\"\n"
                               "case \"$state\" in 'shut down'|'shut down in recovery') exit 0 ;; esac\n"
                               "echo 'not shut down cleanly: crash recovery in single-user mode (accepts "
                               "no connections)'\n"
                               "moved=''\n"
                               "if [ -e \"$dd/standby.signal\" ]; then mv -f \"$dd/standby.signal\" "
                               "\"$dd/standby.signal.pgpilot\"; moved=1; fi\n"
                               "cd /tmp && runuser -u postgres -- %3/postgres --single -D \"$dd\" -c "
                               "config_file=%4 postgres </dev/null >/dev/null\n"
                               "rc=$?\n"
                               "if [ -n \"$moved\" ]; then mv -f \"$dd/standby.signal.pgpilot\" "
                               "\"$dd/standby.signal\"; fi\n"
                               "state=$(%2)\n"
                               "echo \"cluster state now: $state\"\n"
                               "case \"$state\" in 'shut down'|'shut down in recovery') exit 0 ;; esac\n"
                               "echo %5 >&2; exit 1")
                    .arg(dataDir(), stateOf, m_bin, conf,
                        shellQuote(tr("single-user crash recovery did not leave a clean shutdown"))),
                kRoot, 30 * kMinute)},
            tr("The data directory could not be recovered: a re-clone (rejoin with re-clone) copies it "
               "afresh."));
        p.steps << oneStep(n, QStringLiteral("rejoin"),
            tr("repmgr node rejoin --force-rewind against the current primary"), node,
            {run(tr("repmgr node rejoin --force-rewind (starts %1 as a standby)").arg(node.name),
                findPrimaryShell(node.name)
                    + QStringLiteral("%1 -d \"$ci\" --force-rewind=%2 --verbose")
                          .arg(repmgr(QStringLiteral("node rejoin")), shellQuote(nodepaths::rewindWrapper())),
                kPostgres, 30 * kMinute)},
            tr("The rejoin failed: if pg_rewind cannot bring %1 back, rejoin it with a re-clone (copies "
               "the "
               "whole data directory from the primary).")
                .arg(node.name));
    }
    p.steps << oneStep(n, QStringLiteral("repmgrd"), tr("Start repmgrd on %1").arg(node.name), node,
        {run(tr("Enable and restart %1").arg(nodepaths::repmgrdUnitName()),
            QStringLiteral("systemctl enable %1 && systemctl restart %1").arg(nodepaths::repmgrdUnitName()))},
        tr("repmgrd did not start: see journalctl -u %1.").arg(nodepaths::repmgrdUnitName()));
    p.steps << oneStep(n, QStringLiteral("wait-streaming"), tr("Wait until %1 streams").arg(node.name), node,
        {waitStreaming(node, 120)}, tr("%1 does not stream: see its server log.").arg(node.name));

    ops.prechecks.checkpoint << reachOne(node) << currentPrimaryCriterion(node.name);
    ops.verification.checkpoint << nodeStreamsCriterion(node) << currentPrimaryCriterion(QString());
}

} // namespace pgpilot
