// SPDX-License-Identifier: GPL-3.0-or-later
// deriveTopology(): who streams from whom, the VIP and each node's HAProxy write route, from one
// snapshot (issue 18, "topology at a glance").
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "monitor/topology.h"

#include <QTest>

using namespace pgpilot;

namespace {

Topology topologyOf(ClusterSnapshot s)
{
    deriveCluster(s);
    return deriveTopology(s);
}

ClusterSnapshot healthy(int nodes = 3)
{
    return demoSnapshot(DemoScenario::Healthy, nodes);
}

// Makes node `index`'s HAProxy send writes to `targets` only.
void routeWrites(ClusterSnapshot& s, int index, const QStringList& targets)
{
    for (auto& server : s.nodes[index].haproxy.backends[0].servers)
        server.status = targets.contains(server.name) ? QStringLiteral("UP") : QStringLiteral("DOWN");
}

ReplicationPeer* rowOf(NodeSnapshot& sender, const QString& standby)
{
    for (auto& peer : sender.pg.replication) {
        if (peer.applicationName == standby)
            return &peer;
    }
    return nullptr;
}

// pg3 streams from pg2 instead of pg1: pg2 lists it, pg1 does not.
ClusterSnapshot cascade()
{
    ClusterSnapshot s = healthy(3);
    ReplicationPeer moved = *rowOf(s.nodes[0], QStringLiteral("pg3"));
    s.nodes[0].pg.replication.removeIf(
        [](const ReplicationPeer& p) { return p.applicationName == QLatin1String("pg3"); });
    moved.syncState = QStringLiteral("async");
    moved.replayLagBytes = 12 * 1024;
    moved.replayLagSeconds = 0.5;
    s.nodes[1].pg.replication.append(moved);
    s.nodes[2].pg.upstreamHost = s.nodes[1].address;
    return s;
}

} // namespace

class TestTopology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyTree()
    {
        const ClusterSnapshot raw = healthy(3);
        const Topology t = topologyOf(raw);
        QCOMPARE(t.roots, QStringList {QStringLiteral("pg1")});
        QCOMPARE(t.primary, QStringLiteral("pg1"));
        QCOMPARE(t.vipHolders, QStringList {QStringLiteral("pg1")});
        QVERIFY(t.orphans.isEmpty());
        QCOMPARE(t.edges.size(), 2);
        const TopologyEdge* e = t.edgeTo(QStringLiteral("pg2"));
        QVERIFY(e);
        QCOMPARE(e->upstream, QStringLiteral("pg1"));
        QCOMPARE(e->source, EdgeSource::WalReceiver);
        QCOMPARE(e->sync, EdgeSync::Quorum);
        QCOMPARE(e->replicationState, QStringLiteral("streaming"));
        QVERIFY(!e->cascaded);
        QVERIFY(!e->broken);
        // The lag is the primary's row for pg2 (demo: (37 + 13) * 1024 bytes at tick 1).
        QCOMPARE(e->lagBytes, std::optional<qint64>(50 * 1024));
        QCOMPARE(t.edgesFrom(QStringLiteral("pg1")).size(), 2);
        for (const auto& n : t.nodes) {
            QVERIFY(n.routeKnown);
            QCOMPARE(n.writeRoute, QStringList {QStringLiteral("pg1")});
            QVERIFY2(!n.routeWrong, qPrintable(n.name));
            QVERIFY(n.reachable);
        }
        QCOMPARE(t.summary(),
            QStringLiteral("pg1 \u2192 pg2 (quorum, 50.0 KiB), pg1 \u2192 pg3 (quorum, 87.0 KiB); VIP pg1; "
                           "routes: pg1\u2192pg1, pg2\u2192pg1, pg3\u2192pg1"));
        QCOMPARE(topologyOf(raw), t); // pure: the same snapshot, the same topology
    }

    void cascadedStandby()
    {
        const Topology t = topologyOf(cascade());
        const TopologyEdge* e = t.edgeTo(QStringLiteral("pg3"));
        QVERIFY(e);
        QCOMPARE(e->upstream, QStringLiteral("pg2"));
        QVERIFY(e->cascaded);
        QVERIFY(!e->broken);
        QCOMPARE(e->sync, EdgeSync::Async);
        QCOMPARE(e->lagBytes, std::optional<qint64>(12 * 1024));
        QCOMPARE(e->lagSeconds, std::optional<double>(0.5));
        QVERIFY(!t.edgeTo(QStringLiteral("pg2"))->cascaded);
        QCOMPARE(t.edgesFrom(QStringLiteral("pg2")).size(), 1);
        QVERIFY(t.summary().contains(QStringLiteral("pg2 \u2192 pg3 (async, 12.0 KiB, cascaded)")));
        QCOMPARE(edgeText(*e), QStringLiteral("cascaded \u00b7 async \u00b7 12.0 KiB \u00b7 0.5 s"));
    }

    void wrongRoute()
    {
        ClusterSnapshot s = healthy(3);
        routeWrites(s, 2, {QStringLiteral("pg2")});
        routeWrites(s, 1, {QStringLiteral("pg1"), QStringLiteral("pg2")});
        const Topology t = topologyOf(s);
        QVERIFY(!t.node(QStringLiteral("pg1"))->routeWrong);
        QVERIFY(t.node(QStringLiteral("pg2"))->routeWrong); // two targets, one of them a standby
        QVERIFY(t.node(QStringLiteral("pg3"))->routeWrong);
        QCOMPARE(t.node(QStringLiteral("pg3"))->writeRoute, QStringList {QStringLiteral("pg2")});
        QVERIFY2(t.summary().endsWith(
                     QStringLiteral("routes: pg1\u2192pg1, pg2\u2192pg1+pg2 (wrong), pg3\u2192pg2 (wrong)")),
            qPrintable(t.summary()));
        QCOMPARE(routeText(*t.node(QStringLiteral("pg3"))), QStringLiteral("\u26a0 writes \u2192 pg2"));
        QCOMPARE(routeText(*t.node(QStringLiteral("pg1"))), QStringLiteral("writes \u2192 pg1"));
        // Routing nowhere while a primary answers is wrong too.
        routeWrites(s, 0, {});
        const Topology nowhere = topologyOf(s);
        QVERIFY(nowhere.node(QStringLiteral("pg1"))->routeWrong);
        QCOMPARE(
            routeText(*nowhere.node(QStringLiteral("pg1"))), QStringLiteral("\u26a0 writes \u2192 nowhere"));
    }

    void syncStates()
    {
        ClusterSnapshot s = healthy(5);
        const QStringList states {QStringLiteral("sync"), QStringLiteral("potential"),
            QStringLiteral("async"), QStringLiteral("bogus")};
        for (int i = 0; i < states.size(); ++i)
            s.nodes[0].pg.replication[i].syncState = states.at(i);
        const Topology t = topologyOf(s);
        QCOMPARE(t.edgeTo(QStringLiteral("pg2"))->sync, EdgeSync::Sync);
        QCOMPARE(t.edgeTo(QStringLiteral("pg3"))->sync, EdgeSync::Potential);
        QCOMPARE(t.edgeTo(QStringLiteral("pg4"))->sync, EdgeSync::Async);
        QCOMPARE(t.edgeTo(QStringLiteral("pg5"))->sync, EdgeSync::Unknown);
        QCOMPARE(topologyOf(healthy(5)).edgeTo(QStringLiteral("pg5"))->sync, EdgeSync::Quorum);
        QCOMPARE(toId(EdgeSync::Potential), QStringLiteral("potential"));
    }

    void brokenReceiver()
    {
        // pg2's WAL receiver stopped: no sender_host, the primary no longer lists it; repmgr still
        // registers pg1 as its upstream.
        ClusterSnapshot s = healthy(3);
        s.nodes[1].pg.walReceiverStatus.clear();
        s.nodes[1].pg.upstreamHost.clear();
        s.nodes[0].pg.replication.removeIf(
            [](const ReplicationPeer& p) { return p.applicationName == QLatin1String("pg2"); });
        // Still retrying to connect to its upstream: the receiver knows where, but does not stream.
        s.nodes[2].pg.walReceiverStatus = QStringLiteral("waiting");
        const Topology t = topologyOf(s);
        const TopologyEdge* e = t.edgeTo(QStringLiteral("pg2"));
        QVERIFY(e);
        QCOMPARE(e->upstream, QStringLiteral("pg1"));
        QCOMPARE(e->source, EdgeSource::Repmgr);
        QVERIFY(e->broken);
        QVERIFY(e->replicationState.isEmpty());
        QCOMPARE(e->sync, EdgeSync::Unknown);
        QVERIFY(t.orphans.isEmpty());
        QVERIFY(edgeText(*e).startsWith(QStringLiteral("not streaming")));
        QVERIFY(t.edgeTo(QStringLiteral("pg3"))->broken);
        QCOMPARE(t.edgeTo(QStringLiteral("pg3"))->source, EdgeSource::WalReceiver);
        QVERIFY(!topologyOf(healthy(3)).edgeTo(QStringLiteral("pg3"))->broken);
    }

    void orphanStandby()
    {
        ClusterSnapshot s = healthy(3);
        s.nodes[2].pg.walReceiverStatus.clear();
        s.nodes[2].pg.upstreamHost.clear();
        s.nodes[0].pg.replication.removeIf(
            [](const ReplicationPeer& p) { return p.applicationName == QLatin1String("pg3"); });
        for (auto& n : s.nodes)
            n.pg.repmgrNodes[2].upstreamNodeId.reset();
        const Topology t = topologyOf(s);
        QCOMPARE(t.orphans, QStringList {QStringLiteral("pg3")});
        QVERIFY(t.node(QStringLiteral("pg3"))->orphan);
        QVERIFY(!t.edgeTo(QStringLiteral("pg3")));
        QCOMPARE(t.edges.size(), 1);
        QVERIFY(t.summary().contains(QStringLiteral("no upstream: pg3")));
    }

    void splitBrainHasTwoRoots()
    {
        const Topology t = topologyOf(demoSnapshot(DemoScenario::SplitBrain, 3));
        QCOMPARE(t.roots, (QStringList {QStringLiteral("pg1"), QStringLiteral("pg2")}));
        QVERIFY(t.primary.isEmpty());
        QVERIFY(!t.edgeTo(QStringLiteral("pg1")));
        QVERIFY(!t.edgeTo(QStringLiteral("pg2")));
        const TopologyEdge* e = t.edgeTo(QStringLiteral("pg3"));
        QVERIFY(e);
        QCOMPARE(e->upstream, QStringLiteral("pg2"));
        QVERIFY(!e->cascaded); // pg2 is a primary
        QCOMPARE(e->lagBytes, std::optional<qint64>(4096));
        QCOMPARE(t.vipHolders, QStringList {QStringLiteral("pg2")});
        // HAProxy sends writes to both primaries: wrong on every node.
        for (const auto& n : t.nodes)
            QVERIFY2(n.routeWrong, qPrintable(n.name));
        QVERIFY(t.summary().contains(QStringLiteral("primaries pg1+pg2")));
    }

    void fencedNode()
    {
        ClusterSnapshot s = healthy(3);
        NodeSnapshot& pg3 = s.nodes[2];
        pg3.pg = PgStatus {};
        pg3.pg.polled = true;
        pg3.pg.error = QStringLiteral("connection refused");
        pg3.fenced = true;
        s.nodes[0].pg.replication.removeIf(
            [](const ReplicationPeer& p) { return p.applicationName == QLatin1String("pg3"); });
        const Topology t = topologyOf(s);
        const TopologyNode* n = t.node(QStringLiteral("pg3"));
        QVERIFY(n);
        QCOMPARE(n->state, NodeState::Fenced);
        QVERIFY(!n->reachable);
        QVERIFY(!n->orphan); // not a standby: nothing to stream
        QVERIFY(!t.edgeTo(QStringLiteral("pg3")));
        QVERIFY(!t.roots.contains(QStringLiteral("pg3")));
        QVERIFY(n->routeKnown); // its HAProxy still answers
        QVERIFY(!n->routeWrong);
    }

    void unknownNodeIsNotHealthy()
    {
        ClusterSnapshot s = healthy(3);
        NodeSnapshot& pg3 = s.nodes[2];
        pg3.pg = PgStatus {};
        pg3.health = HealthStatus {};
        pg3.haproxy = HaproxyStatus {};
        pg3.vip = VipStatus {};
        const Topology t = topologyOf(s);
        const TopologyNode* n = t.node(QStringLiteral("pg3"));
        QCOMPARE(n->state, NodeState::Unknown);
        QVERIFY(!n->reachable);
        QVERIFY(!n->routeKnown);
        QVERIFY(!n->routeWrong);
        QVERIFY(!n->vip);
        QVERIFY(!t.edgeTo(QStringLiteral("pg3")));
        QCOMPARE(routeText(*n), QStringLiteral("writes \u2192 ?"));
        QVERIFY(t.summary().contains(QStringLiteral("pg3\u2192?")));
        // HAProxy not read on this cluster (adopted as built): no route is known anywhere.
        ClusterSnapshot adopted = healthy(3);
        adopted.notRead.append({QStringLiteral("haproxy"), QStringLiteral("no stats listener")});
        for (const auto& node : topologyOf(adopted).nodes)
            QVERIFY(!node.routeKnown);
    }

    void upstreamByAddressNameOrRow()
    {
        // sender_host is an address.
        QCOMPARE(topologyOf(healthy(3)).edgeTo(QStringLiteral("pg2"))->source, EdgeSource::WalReceiver);
        // sender_host is a host name that is a node's name.
        ClusterSnapshot byName = cascade();
        byName.nodes[2].pg.upstreamHost = QStringLiteral("PG2");
        Topology t = topologyOf(byName);
        QCOMPARE(t.edgeTo(QStringLiteral("pg3"))->upstream, QStringLiteral("pg2"));
        QCOMPARE(t.edgeTo(QStringLiteral("pg3"))->source, EdgeSource::WalReceiver);
        // No sender_host (an older PostgreSQL, or not read): the sender's row by application_name.
        ClusterSnapshot byRow = cascade();
        byRow.nodes[2].pg.upstreamHost.clear();
        t = topologyOf(byRow);
        QCOMPARE(t.edgeTo(QStringLiteral("pg3"))->upstream, QStringLiteral("pg2"));
        QCOMPARE(t.edgeTo(QStringLiteral("pg3"))->source, EdgeSource::SenderRow);
        QVERIFY(t.edgeTo(QStringLiteral("pg3"))->cascaded);
        // application_name not set by repmgr ("walreceiver"): the row's client address.
        ClusterSnapshot byAddress = byRow;
        byAddress.nodes[1].pg.replication[0].applicationName = QStringLiteral("walreceiver");
        t = topologyOf(byAddress);
        QCOMPARE(t.edgeTo(QStringLiteral("pg3"))->upstream, QStringLiteral("pg2"));
        QCOMPARE(t.edgeTo(QStringLiteral("pg3"))->lagBytes, std::optional<qint64>(12 * 1024));
        // A sender_host nobody has: the rows decide.
        ClusterSnapshot unknownHost = cascade();
        unknownHost.nodes[2].pg.upstreamHost = QStringLiteral("10.9.9.9");
        QCOMPARE(topologyOf(unknownHost).edgeTo(QStringLiteral("pg3"))->upstream, QStringLiteral("pg2"));
    }

    void failoverWithoutPrimary()
    {
        const Topology t = topologyOf(demoSnapshot(DemoScenario::FailoverInProgress, 3));
        QVERIFY(t.roots.isEmpty());
        QCOMPARE(t.node(QStringLiteral("pg1"))->state, NodeState::Down);
        // The standbys' receivers stopped; repmgr still names pg1 as their upstream.
        for (const QString& name : {QStringLiteral("pg2"), QStringLiteral("pg3")}) {
            const TopologyEdge* e = t.edgeTo(name);
            QVERIFY(e);
            QCOMPARE(e->upstream, QStringLiteral("pg1"));
            QVERIFY(e->broken);
            QVERIFY(!e->cascaded);
        }
        // HAProxy routes writes nowhere: right without a primary.
        QVERIFY(!t.node(QStringLiteral("pg2"))->routeWrong);
        QVERIFY(!t.node(QStringLiteral("pg1"))->routeKnown); // its HAProxy does not answer
        QCOMPARE(t.vipHolders, QStringList {QStringLiteral("pg1")});
    }
};

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
