// SPDX-License-Identifier: GPL-3.0-or-later
// Operation: fence a node.

#include "builderutil.h"
#include "core/shell.h"
#include "criteria.h"

namespace pgpilot {

void Builder::fenceOperation(const NodeSpec& node, OperationPhases& ops) const
{
    constexpr int n = kFencePhase;
    Phase& p = ops.steps;
    const QString unit = postgresUnit(m_v);
    p.title = tr("Fence %1").arg(node.name);
    p.summary = tr("Marks %1 fenced (its health service then answers 503 to HAProxy and Keepalived on every "
                   "node), stops repmgrd and PostgreSQL there and keeps PostgreSQL from starting (start.conf "
                   "disabled, unit masked) until the node is rejoined.")
                    .arg(node.name);
    p.destructive = true;
    const RenderedFile start = fencedStartConf(node);
    p.steps << oneStep(n, QStringLiteral("mark"), tr("Mark %1 fenced").arg(node.name), node,
        {run(tr("Write the fence mark %1").arg(fenceMarkerPath()),
             QStringLiteral(
                 "%1 && date -u +%Y-%m-%dT%H:%M:%SZ >%2.tmp && chmod 0644 %2.tmp && mv -f %2.tmp %2")
                 .arg(mkdir(nodepaths::stateDir()), fenceMarkerPath())),
            write(tr("Write %1 (disabled: pg_ctlcluster refuses to start)").arg(start.path), start),
            run(tr("Stop and disable repmgrd"),
                QStringLiteral("systemctl disable --now %1 || true").arg(nodepaths::repmgrdUnitName())),
            // the health service reports the mark (503 to HAProxy and Keepalived, "fenced" to the
            // dashboard): make sure it runs, also when someone stopped it
            run(tr("Make sure the health service runs (it reports the fence)"),
                QStringLiteral("systemctl start %1 || true").arg(nodepaths::healthUnitName()))},
        tr("The fence mark could not be written: is the disk full or read-only?"));
    p.steps << oneStep(n, QStringLiteral("stop"),
        tr("Stop PostgreSQL on %1 and keep it stopped").arg(node.name), node,
        {run(tr("Stop PostgreSQL (fast, then immediate)"), stopPostgresShell()),
            run(tr("Mask %1 so systemd refuses to start it").arg(unit),
                QStringLiteral("systemctl mask %1.service").arg(unit))},
        tr("PostgreSQL on %1 could not be stopped: stop the node itself (power off) if it still serves "
           "writes.")
            .arg(node.name));

    ops.prechecks.checkpoint << reachOne(node);
    const QString startConfPath = start.path;
    ops.verification.checkpoint << onNode(QStringLiteral("fenced"),
        tr("PostgreSQL on %1 is stopped and cannot start").arg(node.name), node,
        QStringLiteral("if %1; then echo pg=stopped; else echo pg=running; fi\n"
                       "if test -e %2; then echo mark=yes; else echo mark=no; fi\n"
                       "printf 'start=%s\\n' \"$(grep -v '^#' %3 | tr -d ' \\t' | grep -v '^$')\"\n"
                       "printf 'unit=%s\\n' \"$(systemctl is-enabled %4.service 2>/dev/null)\"")
            .arg(postgresStoppedProbe(), fenceMarkerPath(), shellQuote(startConfPath), unit),
        [](const NodeSpec& nd, const CommandOutput& out) {
            const QString pg = criteria::keyValue(out.stdOut, QStringLiteral("pg"));
            const QString mark = criteria::keyValue(out.stdOut, QStringLiteral("mark"));
            const QString st = criteria::keyValue(out.stdOut, QStringLiteral("start"));
            const QString unitState = criteria::keyValue(out.stdOut, QStringLiteral("unit"));
            const bool ok = pg == QLatin1String("stopped") && mark == QLatin1String("yes")
                && st == QLatin1String("disabled") && unitState == QLatin1String("masked");
            return result(ok, nd.name, tr("PostgreSQL stopped, fence mark, start.conf disabled, unit masked"),
                tr("PostgreSQL %1, mark %2, start.conf %3, unit %4").arg(pg, mark, st, unitState),
                tr("Something restarted or unfenced the node: look at it before anything else."));
        });
    const NodeSpec* other = nullptr;
    for (const NodeSpec& o : m_spec.nodes) {
        if (o.name != node.name && !other)
            other = &o;
    }
    ops.verification.checkpoint << vipReachesCriterion(
        m_spec.ports.write, node, false, other ? *other : node);
}

} // namespace pgpilot
