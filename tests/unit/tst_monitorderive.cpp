#include "monitor/demosnapshots.h"
#include "monitor/derive.h"

#include <QTest>

using namespace pgpilot;

namespace {

ClusterSnapshot derived(ClusterSnapshot s, const AlarmThresholds& t = {})
{
    deriveCluster(s, t);
    return s;
}

QStringList keys(const ClusterSnapshot& s)
{
    QStringList list;
    for (const auto& alarm : s.alarms)
        list << alarm.key();
    list.sort();
    return list;
}

const Alarm* find(const ClusterSnapshot& s, AlarmKind kind, const QString& node = {})
{
    for (const auto& alarm : s.alarms) {
        if (alarm.kind == kind && alarm.node == node)
            return &alarm;
    }
    return nullptr;
}

ClusterSnapshot healthy()
{
    return demoSnapshot(DemoScenario::Healthy, 3);
}

NodeSnapshot& node(ClusterSnapshot& s, int i)
{
    return s.nodes[i];
}

} // namespace

class TestMonitorDerive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyHasNoAlarms()
    {
        const ClusterSnapshot s = derived(healthy());
        QVERIFY2(s.alarms.isEmpty(), qPrintable(keys(s).join(QLatin1Char(' '))));
        QVERIFY(s.healthy());
        QCOMPARE(s.nodes[0].state, NodeState::Primary);
        QCOMPARE(s.nodes[1].state, NodeState::Standby);
        QVERIFY(s.nodes[0].registeredPrimary);
        QVERIFY(!s.nodes[1].registeredPrimary);
        QCOMPARE(s.nodes[1].replicationState, QStringLiteral("streaming"));
        QVERIFY(s.nodes[1].lagBytes.has_value());
        QVERIFY(s.nodes[1].lagSeconds.has_value());
        QCOMPARE(s.vipHolder, QStringLiteral("pg1"));
        QCOMPARE(s.writeTarget, QStringLiteral("pg1"));
        QCOMPARE(s.readTargets, (QStringList {QStringLiteral("pg2"), QStringLiteral("pg3")}));
    }

    void nineNodesHealthy()
    {
        const ClusterSnapshot s = derived(demoSnapshot(DemoScenario::Healthy, 9));
        QVERIFY(s.alarms.isEmpty());
        QCOMPARE(s.readTargets.size(), 8);
    }

    void notPolledYetIsUnknownWithoutAlarms()
    {
        ClusterSnapshot s;
        s.nodes.append(NodeSnapshot {});
        s.nodes[0].name = QStringLiteral("pg1");
        deriveCluster(s);
        QCOMPARE(s.nodes[0].state, NodeState::Unknown);
        QVERIFY(s.alarms.isEmpty());
    }

    void noPrimary()
    {
        const ClusterSnapshot s = derived(demoSnapshot(DemoScenario::FailoverInProgress, 3));
        QVERIFY(find(s, AlarmKind::NoPrimary));
        QCOMPARE(find(s, AlarmKind::NoPrimary)->severity, Severity::Critical);
        const Alarm* down = find(s, AlarmKind::NodeUnreachable, QStringLiteral("pg1"));
        QVERIFY(down);
        QCOMPARE(down->severity, Severity::Critical); // it is the registered primary
        QVERIFY(down->action.contains(QStringLiteral("within 2000 ms")));
        QVERIFY(find(s, AlarmKind::VipOnUnhealthyNode, QStringLiteral("pg1")));
        QCOMPARE(s.nodes[0].state, NodeState::Down);
        QVERIFY(!s.alarms.first().meaning.isEmpty());
        QVERIFY(!s.alarms.first().action.isEmpty());
    }

    void splitBrain()
    {
        const ClusterSnapshot s = derived(demoSnapshot(DemoScenario::SplitBrain, 3));
        const Alarm* split = find(s, AlarmKind::SplitBrain);
        QVERIFY(split);
        QVERIFY(split->title.contains(QStringLiteral("pg1")) && split->title.contains(QStringLiteral("pg2")));
        // The majority of repmgr tables (pg2, pg3) names pg2; pg1's stale copy is outvoted.
        QVERIFY(find(s, AlarmKind::UnregisteredPrimary, QStringLiteral("pg1")));
        QVERIFY(!find(s, AlarmKind::UnregisteredPrimary, QStringLiteral("pg2")));
        QCOMPARE(s.alarms.first().severity, Severity::Critical);
    }

    void unregisteredPrimary()
    {
        ClusterSnapshot s = healthy();
        for (auto& n : s.nodes) {
            n.pg.repmgrNodes[0].type = QStringLiteral("standby");
            n.pg.repmgrNodes[1].type = QStringLiteral("primary");
        }
        s = derived(s);
        QVERIFY(find(s, AlarmKind::UnregisteredPrimary, QStringLiteral("pg1")));
        QVERIFY(!find(s, AlarmKind::SplitBrain));
    }

    void vipNotHeld()
    {
        ClusterSnapshot s = healthy();
        node(s, 0).vip.holds = false;
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("vip-not-held/")});
        QVERIFY(s.vipHolder.isEmpty());
    }

    void vipHeldTwice()
    {
        ClusterSnapshot s = healthy();
        node(s, 2).vip.holds = true;
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("vip-held-twice/")});
        QVERIFY(find(s, AlarmKind::VipHeldTwice)->title.contains(QStringLiteral("pg1, pg3")));
    }

    void vipNotProbedRaisesNoVipAlarm()
    {
        ClusterSnapshot s = healthy();
        for (auto& n : s.nodes)
            n.vip = VipStatus {};
        s = derived(s);
        QVERIFY(s.alarms.isEmpty());
    }

    void vipOnNodeWhoseHaproxyIsDown()
    {
        ClusterSnapshot s = healthy();
        node(s, 0).haproxy = HaproxyStatus {true, false, QStringLiteral("connection refused"), 1, {}};
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("vip-on-unhealthy-node/pg1")});
        // Routing is then read from another node's HAProxy.
        QCOMPARE(s.writeTarget, QStringLiteral("pg1"));
    }

    void haproxyDownElsewhere()
    {
        ClusterSnapshot s = healthy();
        node(s, 2).haproxy = HaproxyStatus {true, false, QStringLiteral("connection refused"), 1, {}};
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("haproxy-down/pg3")});
        QCOMPARE(s.alarms.first().severity, Severity::Warning);
    }

    void writesMisrouted()
    {
        ClusterSnapshot s = healthy();
        auto& servers = node(s, 0).haproxy.backends[0].servers;
        servers[0].status = QStringLiteral("DOWN");
        servers[1].status = QStringLiteral("UP");
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("writes-misrouted/")});
        QCOMPARE(s.writeTarget, QStringLiteral("pg2"));
    }

    void writesGoNowhere()
    {
        ClusterSnapshot s = healthy();
        node(s, 0).haproxy.backends[0].servers[0].status = QStringLiteral("DOWN");
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("writes-misrouted/")});
        QVERIFY(s.writeTarget.isEmpty());
        QVERIFY(s.alarms.first().title.contains(QStringLiteral("nowhere")));
    }

    void healthRoleDisagrees()
    {
        ClusterSnapshot s = healthy();
        node(s, 1).health.role = QStringLiteral("primary");
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("health-disagrees/pg2")});
        QCOMPARE(s.alarms.first().severity, Severity::Warning);
    }

    void healthServiceSilentWhileDatabaseAnswers()
    {
        ClusterSnapshot s = healthy();
        node(s, 0).health
            = HealthStatus {true, false, 0, QStringLiteral("connection refused"), 1, {}, {}, {}, {}, {}};
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("health-disagrees/pg1")});
        QCOMPARE(s.alarms.first().severity, Severity::Critical); // the primary drops out of HAProxy
    }

    void healthSaysPrimaryWhileDatabaseSilent()
    {
        ClusterSnapshot s = healthy();
        node(s, 2).pg = PgStatus {};
        node(s, 2).pg.polled = true;
        node(s, 2).pg.error = QStringLiteral("timeout");
        node(s, 0).pg.replication.removeLast();
        s = derived(s);
        QVERIFY(find(s, AlarmKind::HealthDisagrees, QStringLiteral("pg3")));
        QVERIFY(find(s, AlarmKind::NodeUnreachable, QStringLiteral("pg3")));
    }

    void replicationNotConnected()
    {
        ClusterSnapshot s = healthy();
        node(s, 0).pg.replication.removeLast(); // pg3
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("replication-broken/pg3")});
        QVERIFY(s.alarms.first().title.contains(QStringLiteral("not connected")));
    }

    void replicationCatchingUp()
    {
        ClusterSnapshot s = healthy();
        node(s, 0).pg.replication[0].state = QStringLiteral("catchup");
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("replication-broken/pg2")});
    }

    void replicationOnOtherTimeline()
    {
        ClusterSnapshot s = healthy();
        node(s, 1).pg.timeline = 2;
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("replication-broken/pg2")});
        QVERIFY(s.alarms.first().title.contains(QStringLiteral("timeline 2")));
    }

    void lagAboveBytes()
    {
        ClusterSnapshot s = healthy();
        node(s, 0).pg.replication[1].replayLagBytes = 64LL * 1024 * 1024;
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("lag-high/pg3")});
        QVERIFY(s.alarms.first().title.contains(QStringLiteral("64.0 MiB")));
        AlarmThresholds generous;
        generous.lagBytes = 128LL * 1024 * 1024;
        ClusterSnapshot again = healthy();
        again.nodes[0].pg.replication[1].replayLagBytes = 64LL * 1024 * 1024;
        QVERIFY(derived(again, generous).alarms.isEmpty());
    }

    void lagAboveSeconds()
    {
        ClusterSnapshot s = healthy();
        node(s, 0).pg.replication[0].replayLagSeconds = 45.0;
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("lag-high/pg2")});
    }

    void idleStandbyHasZeroLagSeconds()
    {
        ClusterSnapshot s = healthy();
        node(s, 0).pg.replication[0].replayLagSeconds.reset();
        node(s, 0).pg.replication[0].replayLagBytes = 0;
        s = derived(s);
        QCOMPARE(s.nodes[1].lagSeconds, std::optional<double>(0.0));
    }

    void lagFromLsnsWhenPrimaryDoesNotListStandby()
    {
        ClusterSnapshot s = healthy();
        node(s, 0).pg.replication.removeLast();
        s = derived(s);
        QCOMPARE(*s.nodes[2].lagBytes, qint64(2048)); // current LSN minus replayed LSN
    }

    void standbyUnreachableIsWarning()
    {
        ClusterSnapshot s = healthy();
        node(s, 2).pg = PgStatus {};
        node(s, 2).pg.polled = true;
        node(s, 2).pg.error = QStringLiteral("connection refused");
        node(s, 2).health = HealthStatus {true, false, 0, QStringLiteral("refused"), 1, {}, {}, {}, {}, {}};
        node(s, 0).pg.replication.removeLast();
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("node-unreachable/pg3")});
        QCOMPARE(s.alarms.first().severity, Severity::Warning);
        QCOMPARE(s.nodes[2].state, NodeState::Down);
    }

    void fencedNodeIsNotAnAlarm()
    {
        ClusterSnapshot s = healthy();
        node(s, 2).pg = PgStatus {};
        node(s, 2).pg.polled = true;
        node(s, 2).health = HealthStatus {true, true, 503, {}, 1, QStringLiteral("unknown"), {}, {}, {}, {}};
        node(s, 2).fenced = true;
        node(s, 0).pg.replication.removeLast();
        s = derived(s);
        QVERIFY2(s.alarms.isEmpty(), qPrintable(keys(s).join(QLatin1Char(' '))));
        QCOMPARE(s.nodes[2].state, NodeState::Fenced);
    }

    void repmgrdNotRunning()
    {
        ClusterSnapshot s = healthy();
        node(s, 1).pg.repmgrdRunning = false;
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("repmgrd-not-running/pg2")});
        AlarmThresholds off;
        off.requireRepmgrd = false;
        ClusterSnapshot again = healthy();
        again.nodes[1].pg.repmgrdRunning = false;
        QVERIFY(derived(again, off).alarms.isEmpty());
        // Unknown (function missing) is no alarm.
        ClusterSnapshot unknown = healthy();
        unknown.nodes[1].pg.repmgrdRunning.reset();
        QVERIFY(derived(unknown).alarms.isEmpty());
    }

    void criticalAlarmsComeFirst()
    {
        ClusterSnapshot s = healthy();
        node(s, 1).pg.repmgrdRunning = false; // warning, found late
        node(s, 0).vip.holds = false; // critical
        s = derived(s);
        QCOMPARE(s.alarms.size(), 2);
        QCOMPARE(s.alarms.first().kind, AlarmKind::VipNotHeld);
        QCOMPARE(s.worstSeverity(), Severity::Critical);
    }

    void derivationIsIdempotent()
    {
        const ClusterSnapshot once = derived(demoSnapshot(DemoScenario::SplitBrain, 5));
        QCOMPARE(derived(once), once);
    }
};

QTEST_GUILESS_MAIN(TestMonitorDerive)
#include "tst_monitorderive.moc"
