// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/statuscommand.h"
#include "history/historyframe.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pgpilot;

namespace {

ClusterSnapshot derived(DemoScenario scenario, quint64 tick = 1)
{
    ClusterSnapshot s = demoSnapshot(scenario, 3, tick);
    deriveCluster(s);
    return s;
}

ClusterSnapshot roundTrip(const ClusterSnapshot& s)
{
    QString error;
    const auto back = snapshotFromFrame(frameFromSnapshot(s), &error);
    if (!back)
        qWarning().noquote() << "frame refused:" << error;
    return back.value_or(ClusterSnapshot());
}

} // namespace

class TestHistoryFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsWhatIsRendered_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::newRow("healthy") << int(DemoScenario::Healthy);
        QTest::newRow("failover") << int(DemoScenario::FailoverInProgress);
        QTest::newRow("split brain") << int(DemoScenario::SplitBrain);
        QTest::newRow("quorum lost") << int(DemoScenario::QuorumLost);
    }
    void roundTripKeepsWhatIsRendered()
    {
        QFETCH(int, scenario);
        ClusterSnapshot s = derived(DemoScenario(scenario), 7);
        s.notRead.append(
            {QStringLiteral("health-detail"), QStringLiteral("the health service answers roles only")});
        s.nodes[1].fenced = true;
        s.nodes[2].pg.repmgrdRunning = false;
        const ClusterSnapshot back = roundTrip(s);

        // `pgpilot status` prints the same text from the frame as from the live snapshot.
        QCOMPARE(snapshotToText(back), snapshotToText(s));
        QCOMPARE(back.tick, s.tick);
        QCOMPARE(back.time, s.time);
        QCOMPARE(back.cluster, s.cluster);
        QCOMPARE(back.vip, s.vip);
        QCOMPARE(back.alarms, s.alarms);
        QCOMPARE(back.vipHolder, s.vipHolder);
        QCOMPARE(back.writeTarget, s.writeTarget);
        QCOMPARE(back.readTargets, s.readTargets);
        QCOMPARE(back.replication, s.replication);
        QCOMPARE(back.synchronousCommit, s.synchronousCommit);
        QCOMPARE(back.syncCandidates, s.syncCandidates);
        QCOMPARE(back.syncConfirming, s.syncConfirming);
        QCOMPARE(back.notRead, s.notRead);
        QCOMPARE(back.nodes.size(), s.nodes.size());
        for (qsizetype i = 0; i < s.nodes.size(); ++i) {
            const NodeSnapshot& a = s.nodes.at(i);
            const NodeSnapshot& b = back.nodes.at(i);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.address, a.address);
            QCOMPARE(b.state, a.state);
            QCOMPARE(b.fenced, a.fenced);
            QCOMPARE(b.registeredPrimary, a.registeredPrimary);
            QCOMPARE(b.pg.polled, a.pg.polled);
            QCOMPARE(b.pg.reachable, a.pg.reachable);
            QCOMPARE(b.pg.error, a.pg.error);
            QCOMPARE(b.pg.inRecovery, a.pg.inRecovery);
            QCOMPARE(b.pg.timeline, a.pg.timeline);
            QCOMPARE(b.pg.upstreamHost, a.pg.upstreamHost);
            QCOMPARE(b.pg.walReceiverStatus, a.pg.walReceiverStatus);
            QCOMPARE(b.pg.repmgrdRunning, a.pg.repmgrdRunning);
            QCOMPARE(b.pg.replication.size(), a.pg.replication.size());
            for (qsizetype j = 0; j < a.pg.replication.size(); ++j) {
                QCOMPARE(b.pg.replication.at(j).applicationName, a.pg.replication.at(j).applicationName);
                QCOMPARE(b.pg.replication.at(j).state, a.pg.replication.at(j).state);
                QCOMPARE(b.pg.replication.at(j).syncState, a.pg.replication.at(j).syncState);
                QCOMPARE(b.pg.replication.at(j).replayLagBytes, a.pg.replication.at(j).replayLagBytes);
                QVERIFY(qAbs(b.pg.replication.at(j).replayLagSeconds.value_or(-1)
                            - a.pg.replication.at(j).replayLagSeconds.value_or(-1))
                    < 0.001);
            }
            QCOMPARE(b.health.polled, a.health.polled);
            QCOMPARE(b.health.reachable, a.health.reachable);
            QCOMPARE(b.health.httpStatus, a.health.httpStatus);
            QCOMPARE(b.health.role, a.health.role);
            QCOMPARE(b.haproxy.polled, a.haproxy.polled);
            QCOMPARE(b.haproxy.reachable, a.haproxy.reachable);
            QCOMPARE(b.haproxy.error, a.haproxy.error);
            QCOMPARE(bool(b.haproxy.writeBackend()), bool(a.haproxy.writeBackend()));
            if (a.haproxy.writeBackend()) {
                QCOMPARE(b.haproxy.writeBackend()->name, a.haproxy.writeBackend()->name);
                QCOMPARE(b.haproxy.writeBackend()->upServers(), a.haproxy.writeBackend()->upServers());
            }
            QCOMPARE(bool(b.haproxy.readBackend()), bool(a.haproxy.readBackend()));
            if (a.haproxy.readBackend())
                QCOMPARE(b.haproxy.readBackend()->upServers(), a.haproxy.readBackend()->upServers());
            QCOMPARE(b.vip, a.vip);
            QCOMPARE(b.lagBytes, a.lagBytes);
            QVERIFY(qAbs(b.lagSeconds.value_or(-1) - a.lagSeconds.value_or(-1)) < 0.001);
            QCOMPARE(b.replicationState, a.replicationState);
            QCOMPARE(b.syncState, a.syncState);
        }
        // What a frame gives back is kept whole by the next round.
        QCOMPARE(roundTrip(back), back);
    }

    void idleFrameIsSmall()
    {
        ClusterSnapshot s = derived(DemoScenario::Healthy);
        const QByteArray bytes = QJsonDocument(frameFromSnapshot(s)).toJson(QJsonDocument::Compact);
        qInfo("frame of a healthy 3-node cluster: %lld bytes", qlonglong(bytes.size()));
        QVERIFY2(bytes.size() < 2500, bytes.constData());
        QVERIFY(!bytes.contains("\"\"")); // empty values are left out
        QVERIFY(!bytes.contains("false"));
    }

    void quantisation()
    {
        QCOMPARE(quantiseLagBytes(0), qint64(0));
        QCOMPARE(quantiseLagBytes(1023), qint64(0));
        QCOMPARE(quantiseLagBytes(-500), qint64(0));
        QCOMPARE(quantiseLagBytes(1024), qint64(1000));
        QCOMPARE(quantiseLagBytes(1050), qint64(1100));
        QCOMPARE(quantiseLagBytes(12345678), qint64(12000000));
        QCOMPARE(quantiseLagBytes(12600000), qint64(13000000));
        QCOMPARE(quantiseLagBytes(99999), qint64(100000));
        QCOMPARE(quantiseLagBytes(-5000), qint64(-5000));
        QCOMPARE(quantiseLagSeconds(0.31), 0.3);
        QCOMPARE(quantiseLagSeconds(0.36), 0.4);
        QCOMPARE(quantiseLagSeconds(0.0), 0.0);
    }

    void changeKeyIgnoresTimeAndSmallLagMoves()
    {
        const ClusterSnapshot a = derived(DemoScenario::Healthy);
        ClusterSnapshot b = a;
        b.tick += 100;
        b.time = b.time.addSecs(100);
        QCOMPARE(frameChangeKey(b), frameChangeKey(a));

        auto withLag = [&a](qint64 bytes, double seconds) {
            ClusterSnapshot s = a;
            s.nodes[1].lagBytes = bytes;
            s.nodes[1].lagSeconds = seconds;
            s.nodes[0].pg.replication[0].replayLagBytes = bytes;
            return frameChangeKey(s);
        };
        QCOMPARE(withLag(200, 0.01), withLag(900, 0.04)); // both under 1 KiB and 0.05 s
        QCOMPARE(withLag(12345678, 1.21), withLag(12400000, 1.24));
        QVERIFY(withLag(12345678, 1.2) != withLag(12600000, 1.2));
        QVERIFY(withLag(5000, 1.2) != withLag(5000, 1.3));

        ClusterSnapshot down = a;
        down.nodes[2].state = NodeState::Down;
        QVERIFY(frameChangeKey(down) != frameChangeKey(a));
        ClusterSnapshot moved = a;
        moved.vipHolder = QStringLiteral("pg2");
        QVERIFY(frameChangeKey(moved) != frameChangeKey(a));
        const ClusterSnapshot split = derived(DemoScenario::SplitBrain);
        QVERIFY(frameChangeKey(split) != frameChangeKey(a));
    }

    void refusesFramesThatAreNotValid_data()
    {
        QTest::addColumn<QByteArray>("change"); // a JSON object merged into a valid frame
        QTest::addColumn<QString>("where");
        QTest::newRow("no version") << QByteArray(R"({"v":null})") << QStringLiteral("frame.v");
        QTest::newRow("newer version") << QByteArray(R"({"v":99})") << QStringLiteral("newer");
        QTest::newRow("time") << QByteArray(R"({"time":"yesterday"})") << QStringLiteral("frame.time");
        QTest::newRow("nodes not a list")
            << QByteArray(R"({"nodes":"pg1"})") << QStringLiteral("frame.nodes");
        QTest::newRow("node not an object")
            << QByteArray(R"({"nodes":[1]})") << QStringLiteral("frame.nodes");
        QTest::newRow("unknown state") << QByteArray(R"({"nodes":[{"name":"pg1","state":"exploded"}]})")
                                       << QStringLiteral("frame.nodes[0].state");
        QTest::newRow("nameless node")
            << QByteArray(R"({"nodes":[{"state":"primary"}]})") << QStringLiteral("frame.nodes[0].name");
        QTest::newRow("timeline text")
            << QByteArray(R"({"nodes":[{"name":"pg1","state":"primary","pg":{"timeline":"x"}}]})")
            << QStringLiteral("frame.nodes[0].pg.timeline");
        QTest::newRow("negative seconds")
            << QByteArray(R"({"nodes":[{"name":"pg1","state":"standby","lagSeconds":-3}]})")
            << QStringLiteral("lagSeconds");
        QTest::newRow("fractional bytes")
            << QByteArray(R"({"nodes":[{"name":"pg1","state":"standby","lagBytes":1.5}]})")
            << QStringLiteral("lagBytes");
        QTest::newRow("alarm kind") << QByteArray(R"({"alarms":[{"kind":"meteor","severity":"critical"}]})")
                                    << QStringLiteral("frame.alarms.kind");
        QTest::newRow("severity") << QByteArray(R"({"alarms":[{"kind":"split-brain","severity":"loud"}]})")
                                  << QStringLiteral("severity");
        QTest::newRow("read targets")
            << QByteArray(R"({"readTargets":[1,2]})") << QStringLiteral("frame.readTargets");
        QTest::newRow("sync mode") << QByteArray(R"({"replication":{"mode":"maybe"}})")
                                   << QStringLiteral("replication.mode");
        QTest::newRow("flag") << QByteArray(R"({"nodes":[{"name":"pg1","state":"primary","fenced":"yes"}]})")
                              << QStringLiteral("fenced");
    }
    void refusesFramesThatAreNotValid()
    {
        QFETCH(QByteArray, change);
        QFETCH(QString, where);
        QJsonObject frame = frameFromSnapshot(derived(DemoScenario::Healthy));
        const QJsonObject patch = QJsonDocument::fromJson(change).object();
        QVERIFY(!patch.isEmpty());
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            if (it.value().isNull())
                frame.remove(it.key());
            else
                frame.insert(it.key(), it.value());
        }
        QString error;
        QVERIFY(!snapshotFromFrame(frame, &error));
        QVERIFY2(error.contains(where), qPrintable(error));
    }

    void acceptsTheOneItWrote()
    {
        QString error;
        QVERIFY(snapshotFromFrame(frameFromSnapshot(derived(DemoScenario::Healthy)), &error));
        QVERIFY(error.isEmpty());
        // Alarm kinds and the other ids all read back.
        for (const DemoScenario scenario :
            {DemoScenario::FailoverInProgress, DemoScenario::SplitBrain, DemoScenario::QuorumLost}) {
            const ClusterSnapshot s = derived(scenario);
            QVERIFY(!s.alarms.isEmpty());
            QVERIFY(snapshotFromFrame(frameFromSnapshot(s)));
        }
        for (int k = 0; k <= int(AlarmKind::CertificateExpiring); ++k)
            QCOMPARE(alarmKindFromId(toId(AlarmKind(k))), AlarmKind(k));
        QVERIFY(!alarmKindFromId(QStringLiteral("unknown")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryFrame)
#include "tst_historyframe.moc"
