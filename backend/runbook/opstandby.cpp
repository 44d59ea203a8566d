// SPDX-License-Identifier: GPL-3.0-or-later
// Operations: add a standby, remove a standby.

#include "builderutil.h"

#include <QSet>

#include <utility>

namespace pgpilot {

// Add standby: the runbook of the worksheet that already has the node, limited to what the
// node needs and what the others must learn about it.
void Builder::addStandbyOperation(const NodeSpec& node, OperationPhases& ops) const
{
    constexpr int n = kAddStandbyPhase;
    Phase& p = ops.steps;
    p.title = tr("Add %1 as a standby").arg(node.name);
    p.summary = tr("Runs phases 1 and 2 on %1, gives it repmgr's configuration and the postgres SSH key, "
                   "clones it from the current primary, registers it, starts its health service, and "
                   "reloads HAProxy and Keepalived on every node so they know it.")
                    .arg(node.name);
    // Every node: besides names, keys and the proxies, whatever depends on the cluster's size
    // (the quorum's k and names, the fence threshold, the majority the validation counts).
    // pg_hba names every node's own address (HAProxy's connections come from it).
    const QSet<QString> everyNode {QStringLiteral("p1.hosts"), QStringLiteral("p2.hba"),
        QStringLiteral("p2.dropin"), QStringLiteral("p3.repmgr-conf"), QStringLiteral("p3.ssh-key"),
        QStringLiteral("p3.known-hosts"), QStringLiteral("p4.health"), QStringLiteral("p4.haproxy"),
        QStringLiteral("p4.keepalived")};
    const QSet<QString> skip {QStringLiteral("p3.repmgr-db"), QStringLiteral("p3.monitor-role"),
        QStringLiteral("p3.register-primary"), QStringLiteral("p4.application"),
        QStringLiteral("p4.wait-vip")};
    const QList<Phase> phases {phase1(), phase2(), phase3(), phase4()};
    for (const Phase& ph : phases) {
        for (Step s : ph.steps) {
            if (skip.contains(s.id))
                continue;
            if (s.id == QLatin1String("p3.clone-standbys")) {
                p.steps << cloneStep(node);
                continue;
            }
            if (!everyNode.contains(s.id)) {
                QList<NodeWork> mine;
                for (const NodeWork& w : s.work) {
                    if (w.node == node.name)
                        mine << w;
                }
                s.work = mine;
                s.target = Step::Target::OneNode;
            }
            if (s.id == QLatin1String("p3.ssh-key")) {
                // authorized_keys names every node's address: rewrite it everywhere
                for (NodeWork& w : s.work)
                    w.probe.clear();
            }
            if (s.id == QLatin1String("p4.keepalived")) {
                // the others keep the VIP: reload (re-reads the peers), never restart
                for (NodeWork& w : s.work) {
                    if (!w.actions.isEmpty())
                        w.actions.last().command = QStringLiteral(
                            "systemctl enable keepalived && systemctl reload-or-restart keepalived");
                }
            }
            s.id = opId(n, s.id.mid(3));
            p.steps << s;
        }
    }
    Phase pre = phase0();
    for (const Criterion& c : std::as_const(pre.checkpoint)) {
        if (c.id != QLatin1String("p0.clock"))
            ops.prechecks.checkpoint << c;
    }
    ops.prechecks.checkpoint << currentPrimaryCriterion(node.name);
    ops.verification.checkpoint << nodeStreamsCriterion(node) << clusterShowCriterion()
                                << replicationCriterion() << repmgrdCriterion() << vipCriterion()
                                << portCriterion(m_spec.ports.write, false)
                                << portCriterion(m_spec.ports.read, true);
}

Step Builder::cloneStep(const NodeSpec& node) const
{
    return step(opId(kAddStandbyPhase, QStringLiteral("clone")),
        tr("Clone %1 from the current primary and register it").arg(node.name), Step::Target::OneNode,
        {work(node,
            {run(tr("Stop PostgreSQL before cloning"),
                 QStringLiteral("if %1 >/dev/null 2>&1; then %2; fi")
                     .arg(pgctl(QStringLiteral("status")), pgctl(QStringLiteral("stop")))),
                run(tr("Clone from the current primary (repmgr standby clone --fast-checkpoint)"),
                    cloneFromPrimaryShell(node), kPostgres, 240 * kMinute),
                run(tr("Start PostgreSQL as a standby"), pgctl(QStringLiteral("start")), kRoot, 10 * kMinute),
                run(tr("repmgr standby register"), repmgr(QStringLiteral("standby register --force")),
                    kPostgres)},
            registeredProbe(node), kPostgres)},
        tr("The clone failed: check that %1 reaches the primary on port %2 and that pg_hba.conf allows "
           "the "
           "subnet.")
            .arg(node.name)
            .arg(m_spec.ports.postgres));
}

void Builder::removeStandbyOperation(const NodeSpec& node, OperationPhases& ops) const
{
    constexpr int n = kRemoveStandbyPhase;
    Phase& p = ops.steps;
    p.title = tr("Remove standby %1").arg(node.name);
    p.summary
        = tr("Stops %1's services and PostgreSQL (kept from starting), unregisters it from repmgr, drops "
             "its replication slot, and reloads HAProxy and Keepalived on the other nodes without it.")
              .arg(node.name);
    p.destructive = true;
    ClusterSpec rest = m_spec;
    rest.nodes.removeIf([&](const NodeSpec& x) { return x.name == node.name; });
    const int id = nodeId(m_spec, node);
    const QString slot = QStringLiteral("repmgr_slot_%1").arg(id);
    const RenderedFile start = fencedStartConf(node);
    p.steps << oneStep(n, QStringLiteral("stop-node"), tr("Stop %1's services and PostgreSQL").arg(node.name),
        node,
        {run(tr("Stop and disable repmgrd, Keepalived, HAProxy and the health service"),
             QStringLiteral("systemctl disable --now %1 keepalived haproxy %2 || true")
                 .arg(nodepaths::repmgrdUnitName(), nodepaths::healthUnitName())),
            write(tr("Write %1 (disabled)").arg(start.path), start),
            run(tr("Stop PostgreSQL"), stopPostgresShell())},
        tr("%1 could not be stopped: stop it by hand before unregistering it.").arg(node.name));
    QList<NodeWork> unregister;
    QList<NodeWork> slots;
    bool first = true;
    for (const NodeSpec& o : rest.nodes) {
        if (first)
            unregister << work(o,
                {run(tr("repmgr standby unregister --node-id=%1").arg(id),
                    repmgr(QStringLiteral("standby unregister --node-id=%1").arg(id)), kPostgres)},
                QStringLiteral("[ \"$(%1)\" = 0 ]")
                    .arg(psql(QStringLiteral("SELECT count(*) FROM repmgr.nodes WHERE node_id = %1").arg(id),
                        QStringLiteral("repmgr"))),
                kPostgres);
        first = false;
        slots << work(o,
            {run(tr("Drop the replication slot %1 where it exists").arg(slot),
                psql(QStringLiteral(
                    "SELECT count(pg_drop_replication_slot(slot_name)) FROM pg_replication_slots "
                    "WHERE slot_name = '%1' AND NOT active")
                         .arg(slot)),
                kPostgres)},
            QStringLiteral("[ \"$(%1)\" = 0 ]")
                .arg(psql(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '%1'")
                              .arg(slot))),
            kPostgres);
    }
    p.steps << step(opId(n, QStringLiteral("unregister")), tr("Unregister %1 from repmgr").arg(node.name),
        Step::Target::OneNode, unregister, tr("repmgr could not unregister the node: see its output."));
    p.steps << step(opId(n, QStringLiteral("drop-slot")), tr("Drop %1's replication slot").arg(node.name),
        Step::Target::AllNodes, slots, tr("The slot could not be dropped: is a walsender still using it?"));
    const Builder others(rest);
    // What depends on the cluster's size, then the proxies, on the nodes that stay.
    const QSet<QString> resized {QStringLiteral("p2.hba"), QStringLiteral("p2.dropin"),
        QStringLiteral("p3.repmgr-conf"), QStringLiteral("p4.health"), QStringLiteral("p4.haproxy"),
        QStringLiteral("p4.keepalived")};
    QList<Step> rewrite = others.phase2().steps;
    rewrite << others.phase3().steps << others.phase4().steps;
    for (Step s : rewrite) {
        if (!resized.contains(s.id))
            continue;
        if (s.id == QLatin1String("p4.keepalived")) {
            for (NodeWork& w : s.work)
                w.actions.last().command = QStringLiteral("systemctl reload-or-restart keepalived");
        }
        s.id = opId(n, s.id.mid(3));
        p.steps << s;
    }

    Phase pre;
    pre.checkpoint << reachCriterion() << currentPrimaryCriterion(node.name);
    ops.prechecks.checkpoint = pre.checkpoint;
    ops.verification.checkpoint << others.clusterShowCriterion() << others.replicationCriterion()
                                << others.vipCriterion() << others.portCriterion(m_spec.ports.write, false);
}

} // namespace pgpilot
