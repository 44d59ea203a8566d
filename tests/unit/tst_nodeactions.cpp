// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "monitor/nodeactions.h"

#include <QTest>

using namespace pgpilot;

namespace {

ClusterSnapshot derived(DemoScenario scenario, int nodes = 3)
{
    ClusterSnapshot s = demoSnapshot(scenario, nodes);
    deriveCluster(s);
    return s;
}

NodeActions expect(ActionReason switchover, ActionReason rejoin, ActionReason fence)
{
    return {{switchover}, {rejoin}, {fence}};
}

} // namespace

class TestNodeActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyCluster()
    {
        const ClusterSnapshot s = derived(DemoScenario::Healthy);
        QCOMPARE(s.writeTarget, QStringLiteral("pg1"));
        // The primary clients write to: neither a switchover to itself nor a rejoin; a fence, yes.
        QCOMPARE(nodeActions(s, QStringLiteral("pg1")),
            expect(ActionReason::NotStreamingStandby, ActionReason::AlreadyServing, ActionReason::Allowed));
        // A streaming standby: switchover and fence, no rejoin (it already serves the cluster).
        for (const char* standby : {"pg2", "pg3"})
            QCOMPARE(nodeActions(s, QString::fromLatin1(standby)),
                expect(ActionReason::Allowed, ActionReason::AlreadyServing, ActionReason::Allowed));
        QVERIFY(nodeActions(s, QStringLiteral("pg2")).switchover.allowed());
        QVERIFY(!nodeActions(s, QStringLiteral("pg2")).rejoin.allowed());
        QCOMPARE(activePrimary(s), QStringLiteral("pg1"));
    }

    void nothingBeforeTheFirstAnswer()
    {
        const NodeActions none
            = expect(ActionReason::NotPolled, ActionReason::NotPolled, ActionReason::NotPolled);
        ClusterSnapshot s = derived(DemoScenario::Healthy);
        QCOMPARE(nodeActions(s, QStringLiteral("pg7")), none); // no such node
        QCOMPARE(nodeActions(s, QString()), none);
        QCOMPARE(nodeActions(ClusterSnapshot {}, QStringLiteral("pg1")), none);
        s.nodes[1].state = NodeState::Unknown;
        QCOMPARE(nodeActions(s, QStringLiteral("pg2")), none);
        QVERIFY(!none.switchover.allowed() && !none.rejoin.allowed() && !none.fence.allowed());
    }

    void failoverInProgress()
    {
        const ClusterSnapshot s = derived(DemoScenario::FailoverInProgress);
        QCOMPARE(s.nodes[0].state, NodeState::Down);
        // The old primary is down: it may be rejoined or fenced, never promoted.
        QCOMPARE(nodeActions(s, QStringLiteral("pg1")),
            expect(ActionReason::NotStreamingStandby, ActionReason::Allowed, ActionReason::Allowed));
        // The standbys lost their WAL receiver: not promotable by a switchover; a rejoin is offered.
        QCOMPARE(nodeActions(s, QStringLiteral("pg2")),
            expect(ActionReason::NotStreamingStandby, ActionReason::Allowed, ActionReason::Allowed));
        QCOMPARE(activePrimary(s), QString());
    }

    void splitBrain()
    {
        const ClusterSnapshot s = derived(DemoScenario::SplitBrain);
        QCOMPARE(s.nodes[0].state, NodeState::Primary);
        QCOMPARE(s.nodes[1].state, NodeState::Primary);
        // HAProxy sends writes to both: neither is the active primary, so either may be rejoined.
        QCOMPARE(s.writeTarget, QStringLiteral("pg1,pg2"));
        for (const char* primary : {"pg1", "pg2"})
            QCOMPARE(nodeActions(s, QString::fromLatin1(primary)),
                expect(ActionReason::NotStreamingStandby, ActionReason::Allowed, ActionReason::Allowed));
        QCOMPARE(activePrimary(s), QString());
    }

    void fencedNode()
    {
        ClusterSnapshot s = derived(DemoScenario::Healthy);
        s.nodes[2].state = NodeState::Fenced;
        s.nodes[2].pg.walReceiverStatus.clear();
        // Fenced already: the rejoin lifts the fence.
        QCOMPARE(nodeActions(s, QStringLiteral("pg3")),
            expect(ActionReason::NotStreamingStandby, ActionReason::Allowed, ActionReason::AlreadyFenced));
    }

    void standbyThatDoesNotStream()
    {
        ClusterSnapshot s = derived(DemoScenario::Healthy);
        s.nodes[1].pg.walReceiverStatus = QStringLiteral("waiting");
        QCOMPARE(nodeActions(s, QStringLiteral("pg2")),
            expect(ActionReason::NotStreamingStandby, ActionReason::Allowed, ActionReason::Allowed));
    }

    void primaryNobodyWritesTo()
    {
        ClusterSnapshot s = derived(DemoScenario::Healthy);
        s.writeTarget.clear(); // HAProxy routes writes nowhere
        QCOMPARE(nodeActions(s, QStringLiteral("pg1")),
            expect(ActionReason::NotStreamingStandby, ActionReason::Allowed, ActionReason::Allowed));
        QCOMPARE(activePrimary(s), QString());
        s.writeTarget = QStringLiteral("pg2"); // ...or to a standby
        QCOMPARE(activePrimary(s), QString());
        QVERIFY(nodeActions(s, QStringLiteral("pg1")).rejoin.allowed());
        QVERIFY(!nodeActions(s, QStringLiteral("pg2")).rejoin.allowed()); // still a streaming standby
    }
};

QTEST_GUILESS_MAIN(TestNodeActions)
#include "tst_nodeactions.moc"
