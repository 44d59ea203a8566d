// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "monitor/probeparse.h"
#include "monitor/snapshottext.h"

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

// Every node configured with this synchronous_standby_names, as pgpilot's drop-in does.
void setSyncNames(ClusterSnapshot& s, const QString& text)
{
    for (auto& n : s.nodes) {
        n.pg.syncStandbyNames = text;
        n.pg.sync = parseSyncStandbyNames(text);
    }
}

// The sync_state the primary reports for each of its standbys, in the order it lists them.
void setSyncStates(ClusterSnapshot& s, const QStringList& states)
{
    for (int i = 0; i < states.size(); ++i)
        s.nodes[0].pg.replication[i].syncState = states.at(i);
}

QStringList syncAlarms(const ClusterSnapshot& s)
{
    QStringList list;
    for (const auto& alarm : s.alarms) {
        if (alarm.kind == AlarmKind::SyncQuorumLost)
            list << alarm.key();
    }
    return list;
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

    void vipNotHeldWaitsForEveryProbe()
    {
        // pg1 (the holder) has not answered yet; pg2 and pg3 answered "not here".
        ClusterSnapshot s = healthy();
        node(s, 0).vip = VipStatus {};
        s = derived(s);
        QVERIFY(s.alarms.isEmpty());
        QVERIFY(s.vipHolder.isEmpty());

        // pg1's probe failed (SSH refused): it reported, and nobody seen holds the VIP.
        s = healthy();
        node(s, 0).vip = VipStatus {};
        node(s, 0).vip.polled = true;
        node(s, 0).vip.error = QStringLiteral("connection refused");
        s = derived(s);
        QCOMPARE(keys(s), QStringList {QStringLiteral("vip-not-held/")});
    }

    void certificateExpiry()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-04T12:00:00Z"), Qt::ISODate);
        auto withExpiry = [&now](qint64 secondsLeft) {
            ClusterSnapshot s = demoSnapshot(DemoScenario::Healthy, 3, 1, now);
            node(s, 1).pg.tls.certificateNotAfter = now.addSecs(secondsLeft);
            return derived(s);
        };
        constexpr qint64 kDay = 24 * 3600;
        QVERIFY(withExpiry(31 * kDay).alarms.isEmpty());
        ClusterSnapshot s = withExpiry(30 * kDay);
        QCOMPARE(keys(s), QStringList {QStringLiteral("certificate-expiring/pg2")});
        QCOMPARE(s.alarms.first().severity, Severity::Warning);
        QVERIFY2(s.alarms.first().title.contains(QStringLiteral("2027-01-03")),
            qPrintable(s.alarms.first().title));
        QVERIFY(s.alarms.first().title.contains(QStringLiteral("in 30 day")));
        s = withExpiry(7 * kDay);
        QCOMPARE(s.alarms.first().severity, Severity::Critical);
        s = withExpiry(-kDay);
        QCOMPARE(s.alarms.first().severity, Severity::Critical);
        QVERIFY(s.alarms.first().title.contains(QStringLiteral("expired on 2026-12-03")));
        // No certificate read (TLS off, or prefer without TLS): nothing to judge.
        s = demoSnapshot(DemoScenario::Healthy, 3, 1, now);
        for (auto& n : s.nodes)
            n.pg.tls = TlsPeer {};
        QVERIFY(derived(s).alarms.isEmpty());
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

    void healthySynchronousQuorum()
    {
        const ClusterSnapshot s = derived(healthy());
        QVERIFY(s.alarms.isEmpty());
        QCOMPARE(s.replication.mode, SyncMode::Quorum);
        QCOMPARE(s.replication.count, 1);
        QCOMPARE(s.synchronousCommit, QStringLiteral("on"));
        // pgpilot names every node; the primary's own name counts for nothing.
        QCOMPARE(s.syncCandidates, (QStringList {QStringLiteral("pg2"), QStringLiteral("pg3")}));
        QCOMPARE(s.syncConfirming, 2);
        QCOMPARE(s.nodes[0].syncState, QString());
        QCOMPARE(s.nodes[1].syncState, QStringLiteral("quorum"));
        QCOMPARE(s.nodes[2].syncState, QStringLiteral("quorum"));
        QCOMPARE(replicationModeText(s), QStringLiteral("synchronous quorum: ANY 1 of 2 standbys"));
        QCOMPARE(syncStateText(s.nodes[1]), QStringLiteral("quorum"));
        QCOMPARE(syncStateText(s.nodes[0]), QStringLiteral("\u2014"));
        const ClusterSnapshot five = derived(demoSnapshot(DemoScenario::Healthy, 5));
        QVERIFY(five.alarms.isEmpty());
        QCOMPARE(replicationModeText(five), QStringLiteral("synchronous quorum: ANY 2 of 4 standbys"));
    }

    void quorumLostWithNoStandbyStreaming()
    {
        const ClusterSnapshot s = derived(demoSnapshot(DemoScenario::QuorumLost, 3));
        const Alarm* lost = find(s, AlarmKind::SyncQuorumLost, QStringLiteral("pg1"));
        QVERIFY2(lost, qPrintable(keys(s).join(QLatin1Char(' '))));
        QCOMPARE(lost->severity, Severity::Critical);
        QCOMPARE(s.alarms.first().kind, AlarmKind::SyncQuorumLost); // the banner shows it
        QCOMPARE(
            lost->title, QStringLiteral("Writes wait: no standby of the synchronous quorum is streaming"));
        QVERIFY2(lost->meaning.contains(QStringLiteral("until 1 standby(s) confirm them")),
            qPrintable(lost->meaning));
        QVERIFY2(lost->action.startsWith(QStringLiteral("Start or repair pg2, pg3 (not streaming).")),
            qPrintable(lost->action));
        QVERIFY(lost->action.contains(QStringLiteral("asynchronous replication and apply phase 2")));
        QCOMPARE(s.syncConfirming, 0);
        // The standbys' own alarms stay warnings beside it.
        QCOMPARE(find(s, AlarmKind::NodeUnreachable, QStringLiteral("pg2"))->severity, Severity::Warning);
        QCOMPARE(s.nodes[1].syncState, QString());
    }

    void quorumLostWithOneOfTwoStreaming()
    {
        const ClusterSnapshot s = derived(demoSnapshot(DemoScenario::QuorumLost, 5));
        const Alarm* lost = find(s, AlarmKind::SyncQuorumLost, QStringLiteral("pg1"));
        QVERIFY2(lost, qPrintable(keys(s).join(QLatin1Char(' '))));
        QCOMPARE(lost->title,
            QStringLiteral("Writes wait: 1 of the 2 standbys the synchronous quorum needs is streaming"));
        QVERIFY2(lost->action.startsWith(QStringLiteral("Start or repair pg3, pg4, pg5 (not streaming).")),
            qPrintable(lost->action));
        QCOMPARE(s.syncConfirming, 1);
        QCOMPARE(s.nodes[1].syncState, QStringLiteral("quorum"));
    }

    void quorumMetWithExactlyKStreaming()
    {
        // Five nodes, ANY 2: two of the four standbys down leaves the two the quorum needs.
        ClusterSnapshot s = demoSnapshot(DemoScenario::Healthy, 5);
        for (int i : {3, 4}) {
            node(s, i).pg = PgStatus {};
            node(s, i).pg.polled = true;
            node(s, i).pg.error = QStringLiteral("connection refused");
        }
        node(s, 0).pg.replication.removeLast();
        node(s, 0).pg.replication.removeLast();
        s = derived(s);
        QCOMPARE(s.syncConfirming, 2);
        QVERIFY2(syncAlarms(s).isEmpty(), qPrintable(keys(s).join(QLatin1Char(' '))));
        // Three streaming but one of them catching up: two confirm, still enough.
        ClusterSnapshot catchup = demoSnapshot(DemoScenario::Healthy, 5);
        node(catchup, 0).pg.replication[0].state = QStringLiteral("catchup");
        catchup = derived(catchup);
        QCOMPARE(catchup.syncConfirming, 3);
        QVERIFY(syncAlarms(catchup).isEmpty());
    }

    void potentialAsyncAndCatchupDoNotCount()
    {
        ClusterSnapshot s = healthy();
        setSyncStates(s, {QStringLiteral("potential"), QStringLiteral("async")});
        s = derived(s);
        QCOMPARE(s.syncConfirming, 0);
        QCOMPARE(syncAlarms(s), QStringList {QStringLiteral("sync-quorum-lost/pg1")});
        QCOMPARE(s.nodes[1].syncState, QStringLiteral("potential"));
        QCOMPARE(s.nodes[2].syncState, QStringLiteral("async"));

        ClusterSnapshot catching = healthy();
        for (auto& peer : node(catching, 0).pg.replication)
            peer.state = QStringLiteral("catchup");
        catching = derived(catching);
        QCOMPARE(syncAlarms(catching), QStringList {QStringLiteral("sync-quorum-lost/pg1")});

        ClusterSnapshot one = healthy();
        setSyncStates(one, {QStringLiteral("potential"), QStringLiteral("quorum")});
        one = derived(one);
        QCOMPARE(one.syncConfirming, 1);
        QVERIFY(syncAlarms(one).isEmpty());
    }

    void firstCountsOnlySync()
    {
        ClusterSnapshot s = healthy();
        setSyncNames(s, QStringLiteral("FIRST 1 (pg2, pg3)"));
        setSyncStates(s, {QStringLiteral("sync"), QStringLiteral("potential")});
        s = derived(s);
        QCOMPARE(s.replication.mode, SyncMode::Priority);
        QCOMPARE(s.syncConfirming, 1);
        QVERIFY(s.alarms.isEmpty());
        QCOMPARE(replicationModeText(s), QStringLiteral("synchronous priority: FIRST 1 of 2 standbys"));

        // Under FIRST, "quorum" rows do not confirm anything.
        ClusterSnapshot quorumRows = healthy();
        setSyncNames(quorumRows, QStringLiteral("FIRST 1 (pg2, pg3)"));
        quorumRows = derived(quorumRows);
        QCOMPARE(quorumRows.syncConfirming, 0);
        QCOMPARE(syncAlarms(quorumRows), QStringList {QStringLiteral("sync-quorum-lost/pg1")});

        // FIRST 2 with one sync and one potential: one short.
        ClusterSnapshot two = healthy();
        setSyncNames(two, QStringLiteral("2 (pg2, pg3)"));
        setSyncStates(two, {QStringLiteral("sync"), QStringLiteral("potential")});
        two = derived(two);
        const Alarm* lost = find(two, AlarmKind::SyncQuorumLost, QStringLiteral("pg1"));
        QVERIFY(lost);
        QVERIFY(lost->title.contains(QStringLiteral("1 of the 2 standbys")));
        QVERIFY2(lost->action.startsWith(QStringLiteral("Start or repair pg3 ")), qPrintable(lost->action));

        // "sync" rows count under ANY too (PostgreSQL reports them so when k equals the names).
        ClusterSnapshot anySync = healthy();
        setSyncStates(anySync, {QStringLiteral("sync"), QStringLiteral("async")});
        QVERIFY(syncAlarms(derived(anySync)).isEmpty());
    }

    void namesDecideWhichRowsCount()
    {
        // Rows of standbys the setting does not name do not count, whatever their state says.
        ClusterSnapshot s = healthy();
        setSyncNames(s, QStringLiteral("ANY 1 (pg9)"));
        s = derived(s);
        QCOMPARE(s.syncCandidates, QStringList {QStringLiteral("pg9")});
        const Alarm* lost = find(s, AlarmKind::SyncQuorumLost, QStringLiteral("pg1"));
        QVERIFY(lost);
        QVERIFY2(lost->action.startsWith(QStringLiteral("Start or repair pg9 ")), qPrintable(lost->action));

        // Case-insensitive, as PostgreSQL matches application_name.
        ClusterSnapshot upper = healthy();
        setSyncNames(upper, QStringLiteral("ANY 2 (PG2, \"Pg3\")"));
        upper = derived(upper);
        QCOMPARE(upper.syncConfirming, 2);
        QVERIFY(upper.alarms.isEmpty());

        // "*" names every standby.
        ClusterSnapshot star = healthy();
        setSyncNames(star, QStringLiteral("*"));
        setSyncStates(star, {QStringLiteral("sync"), QStringLiteral("potential")});
        star = derived(star);
        QCOMPARE(star.syncCandidates, (QStringList {QStringLiteral("pg2"), QStringLiteral("pg3")}));
        QVERIFY(star.alarms.isEmpty());
    }

    void moreNeededThanNamed()
    {
        ClusterSnapshot s = healthy();
        setSyncNames(s, QStringLiteral("ANY 3 (pg1, pg2, pg3)"));
        s = derived(s);
        const Alarm* lost = find(s, AlarmKind::SyncQuorumLost, QStringLiteral("pg1"));
        QVERIFY(lost);
        QVERIFY(lost->title.contains(QStringLiteral("2 of the 3 standbys")));
        QVERIFY2(lost->action.contains(QStringLiteral("names fewer standbys than it needs")),
            qPrintable(lost->action));
    }

    void noAlarmInAsynchronousMode()
    {
        ClusterSnapshot s = healthy();
        setSyncNames(s, QString());
        setSyncStates(s, {QStringLiteral("async"), QStringLiteral("async")});
        node(s, 0).pg.replication.clear(); // no standby at all
        s = derived(s);
        QCOMPARE(s.replication.mode, SyncMode::Async);
        QVERIFY(syncAlarms(s).isEmpty());
        QVERIFY(find(s, AlarmKind::ReplicationBroken, QStringLiteral("pg2")));
        QCOMPARE(replicationModeText(s), QStringLiteral("asynchronous replication"));
    }

    void noAlarmWhenCommitsDoNotWait()
    {
        ClusterSnapshot s = demoSnapshot(DemoScenario::QuorumLost, 3);
        for (auto& n : s.nodes)
            n.pg.synchronousCommit = QStringLiteral("local");
        s = derived(s);
        QVERIFY(syncAlarms(s).isEmpty());
        QVERIFY(replicationModeText(s).endsWith(QStringLiteral("(synchronous_commit = local)")));
    }

    void noAlarmWithoutASinglePrimary()
    {
        // The primary does not answer: its setting and its standbys are unknown, so nothing is claimed.
        ClusterSnapshot down = demoSnapshot(DemoScenario::QuorumLost, 3);
        node(down, 0).pg = PgStatus {};
        node(down, 0).pg.polled = true;
        node(down, 0).pg.error = QStringLiteral("timeout");
        down = derived(down);
        QVERIFY2(syncAlarms(down).isEmpty(), qPrintable(keys(down).join(QLatin1Char(' '))));
        QCOMPARE(down.replication.mode, SyncMode::Unknown);
        QVERIFY(replicationModeText(down).isEmpty());
        QVERIFY(syncAlarms(derived(demoSnapshot(DemoScenario::FailoverInProgress, 3))).isEmpty());
        const ClusterSnapshot split = derived(demoSnapshot(DemoScenario::SplitBrain, 3));
        QVERIFY(syncAlarms(split).isEmpty());
        QCOMPARE(split.nodes[2].syncState, QString()); // nobody speaks for the cluster
    }

    void unreadableSettingIsNoAlarm()
    {
        ClusterSnapshot s = demoSnapshot(DemoScenario::QuorumLost, 3);
        setSyncNames(s, QStringLiteral("ANY 1 (pg2"));
        s = derived(s);
        QCOMPARE(s.replication.mode, SyncMode::Unknown);
        QVERIFY(syncAlarms(s).isEmpty());
    }

    void derivationIsIdempotent()
    {
        const ClusterSnapshot once = derived(demoSnapshot(DemoScenario::SplitBrain, 5));
        QCOMPARE(derived(once), once);
        const ClusterSnapshot lost = derived(demoSnapshot(DemoScenario::QuorumLost, 5));
        QCOMPARE(derived(lost), lost);
    }
};

QTEST_GUILESS_MAIN(TestMonitorDerive)
#include "tst_monitorderive.moc"
