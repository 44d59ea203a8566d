// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupsnapshots.h"
#include "cli/statuscommand.h"
#include "history/historyframe.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "pausesnapshots.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <ctime>
#include <limits>

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

// One change of a derived snapshot: to what the frame holds, to its lags, or to what a frame
// leaves out (latencies, LSNs, session counts, TLS, repmgr tables, tick and time).
void mutate(ClusterSnapshot& s, QRandomGenerator& random)
{
    auto pick = [&random](qsizetype size) {
        return qsizetype(random.bounded(int(size)));
    };
    NodeSnapshot& n = s.nodes[pick(s.nodes.size())];
    static const qint64 kBytes[]
        = {0, 100, 900, 1023, 1024, 1049, 1051, 5000, 12345678, 12400000, -500, -5000};
    static const double kSeconds[] = {0.0, 0.01, 0.04, 0.05, 0.31, 0.36, -0.01, -0.04, 1.21, 1.24, 1e300,
        std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()};
    auto bytes = [&] {
        return random.bounded(4) == 0 ? std::optional<qint64>() : kBytes[pick(std::size(kBytes))];
    };
    auto seconds = [&] {
        return random.bounded(4) == 0 ? std::optional<double>() : kSeconds[pick(std::size(kSeconds))];
    };
    static const QString kWords[] = {QString(), QStringLiteral(""), QStringLiteral("a"), QStringLiteral("b")};
    auto word = [&] {
        return kWords[pick(std::size(kWords))];
    };
    switch (random.bounded(48)) {
    case 0: // lags
        n.lagBytes = bytes();
        break;
    case 1:
        n.lagSeconds = seconds();
        break;
    case 2:
        if (!n.pg.replication.isEmpty())
            n.pg.replication[pick(n.pg.replication.size())].replayLagBytes = bytes();
        break;
    case 3:
        if (!n.pg.replication.isEmpty())
            n.pg.replication[pick(n.pg.replication.size())].replayLagSeconds = seconds();
        break;
    case 4: // what a frame leaves out
        n.pg.latencyMs += 1;
        n.health.latencyMs += 1;
        n.haproxy.latencyMs += 1;
        break;
    case 5:
        n.pg.currentLsn = n.pg.currentLsn.value_or(0) + 1;
        n.pg.replayDelaySeconds = seconds();
        break;
    case 6:
        for (HaproxyBackend& b : n.haproxy.backends) {
            for (HaproxyServer& server : b.servers)
                server.totalSessions += 1;
        }
        break;
    case 7:
        n.pg.repmgrEvents.append({1, QStringLiteral("standby_promote"), true, s.time, {}});
        n.pg.tls.protocol = word();
        n.health.lagBytes = bytes();
        break;
    case 8:
        s.tick += 1;
        s.time = s.time.addSecs(1);
        break;
    case 9: // what it holds
        n.state = NodeState(random.bounded(5));
        break;
    case 10:
        n.pg.error = word();
        break;
    case 11:
        n.pg.timeline = random.bounded(3) == 0 ? std::optional<int>() : random.bounded(1, 3);
        break;
    case 12:
        n.pg.repmgrdRunning = random.bounded(3) == 0 ? std::optional<bool>() : random.bounded(2) == 0;
        break;
    case 13:
        n.health.role = word();
        n.health.httpStatus = random.bounded(2) ? 200 : 0;
        break;
    case 14:
        if (!n.haproxy.backends.isEmpty() && !n.haproxy.backends.first().servers.isEmpty()) {
            HaproxyServer& server = n.haproxy.backends.first().servers.first();
            server.status = random.bounded(2) ? QStringLiteral("UP") : QStringLiteral("DOWN");
        }
        break;
    case 15:
        if (!n.haproxy.backends.isEmpty())
            n.haproxy.backends.removeLast();
        break;
    case 16:
        n.vip.holds = !n.vip.holds;
        break;
    case 17:
        s.vipHolder = word();
        break;
    case 18:
        if (!s.alarms.isEmpty() && random.bounded(2))
            s.alarms.removeLast();
        else
            s.alarms.append({AlarmKind::LagHigh, Severity::Warning, n.name, word(), {}, {}});
        break;
    case 19:
        s.replication.mode = SyncMode(random.bounded(4));
        break;
    case 20: // in the frame only when the mode is known
        s.replication.count = random.bounded(3);
        break;
    case 21:
        s.replication.names = random.bounded(2) ? QStringList() : QStringList {word()};
        break;
    case 22:
        s.notRead.append({QStringLiteral("haproxy"), word()});
        break;
    case 23:
        if (!n.pg.replication.isEmpty())
            n.pg.replication[pick(n.pg.replication.size())].state = word();
        break;
    case 24:
        if (!n.pg.replication.isEmpty())
            n.pg.replication.removeLast();
        break;
    case 25: // a row moves to another node: the same lag list, another frame
        if (!n.pg.replication.isEmpty()) {
            NodeSnapshot& other = s.nodes[pick(s.nodes.size())];
            other.pg.replication.prepend(n.pg.replication.takeLast());
        }
        break;
    case 26:
        n.fenced = !n.fenced;
        n.health.fenced = random.bounded(2);
        break;
    case 27:
        s.healthService = random.bounded(2) ? QStringLiteral("pgpilot-health") : word();
        break;
    case 28:
        n.syncState = word();
        n.replicationState = word();
        break;
    case 29:
        s.readTargets = random.bounded(2) ? QStringList() : QStringList {word()};
        s.syncConfirming = random.bounded(2);
        break;
    case 30: // the backup section: the reads' clocks (kept as their difference, to 10 s)
        s.backup.readAt = s.backup.readAt.addMSecs(random.bounded(3) * 30000);
        s.backup.receivedAt
            = s.backup.receivedAt.addMSecs(random.bounded(3) * 30000 + random.bounded(2) * 6000);
        break;
    case 31: // what it leaves out
        s.backup.failures += 1;
        s.backup.archiveMax = word();
        n.pg.archiver.archivedCount += 1;
        n.pg.archiver.walSegmentBytes = random.bounded(2) * 16 * 1024 * 1024;
        n.pg.archiver.previousFailedCount = random.bounded(3);
        if (!s.backup.backups.isEmpty())
            s.backup.backups.first().walStart = word();
        break;
    case 32:
        s.backup.error = word();
        s.backup.polled = random.bounded(2);
        break;
    case 33:
        if (!s.backup.backups.isEmpty() && random.bounded(2))
            s.backup.backups.removeLast();
        else
            s.backup.backups.append({word(), QStringLiteral("diff"), s.time, s.time, 100, 10, {}, {}, false});
        break;
    case 34: // only the newest and the newest good one are kept
        if (!s.backup.backups.isEmpty())
            s.backup.backups[pick(s.backup.backups.size())].error = random.bounded(2);
        break;
    case 35:
        if (!s.backup.backups.isEmpty())
            s.backup.backups.first().size = random.bounded(3) * 1000;
        break;
    case 36:
        s.backup.backupRunning = random.bounded(2);
        s.backup.runningDoneBytes = random.bounded(4) * 40 * 1024 * 1024;
        break;
    case 37:
        s.backup.fullTimer.present = random.bounded(4) != 0;
        s.backup.diffTimer.next = s.backup.diffTimer.next.addSecs(random.bounded(2) * 3600);
        break;
    case 38:
        s.backup.diffTimer.result = word();
        s.backup.diffTimer.exitStatus = random.bounded(2) * 50;
        s.backup.fullTimer.active = random.bounded(2);
        break;
    case 39: // free space as shown (to a tenth of its unit)
        s.backup.repoFreeBytes
            = s.backup.repoFreeBytes.value_or(0) + (random.bounded(3) - 1) * 30 * 1024 * 1024;
        break;
    case 40:
        s.backup.configured = random.bounded(3) != 0;
        s.backup.stanzaCode = random.bounded(3) == 0 ? std::optional<int>() : random.bounded(3);
        break;
    case 41: // the archiver: its last WAL moves like a lag
        n.pg.archiver.lastArchivedWal = word();
        n.pg.archiver.lastArchivedTime = n.pg.archiver.lastArchivedTime.addSecs(random.bounded(2) * 10);
        break;
    case 42: // its age: the primary's clock against the snapshot's time (to 10 s)
        n.pg.archiver.lastArchivedAgeSeconds
            = random.bounded(4) == 0 ? std::optional<double>() : 20.0 + random.bounded(3) * 4.5;
        break;
    case 43:
        n.pg.archiver.failedCount = random.bounded(3);
        n.pg.archiver.lastFailedWal = word();
        n.pg.archiver.lastFailedTime = random.bounded(2) ? QDateTime() : s.time;
        break;
    case 44:
        n.pg.archiver.read = random.bounded(4) != 0;
        n.pg.archiver.archiveMode = random.bounded(2) ? QStringLiteral("on") : word();
        break;
    case 45: { // the pause: which nodes are paused, which not
        QStringList& from = random.bounded(2) ? s.pause.pausedNodes : s.pause.activeNodes;
        QStringList& to = &from == &s.pause.pausedNodes ? s.pause.activeNodes : s.pause.pausedNodes;
        if (from.removeAll(n.name) == 0)
            from.append(n.name);
        else if (random.bounded(2))
            to.append(n.name);
        s.pause.windowNode = random.bounded(3) ? n.name : QString();
        break;
    }
    case 46: // its window
        s.pause.window.open = random.bounded(3) != 0;
        s.pause.window.by = word();
        s.pause.window.reason = word();
        s.pause.window.since = random.bounded(2) ? QDateTime() : s.time.addSecs(-600);
        break;
    case 47: // its time left, against the snapshot's time (the nodes' clock, to 10 s)
        s.pause.window.until = random.bounded(4) ? s.time.addSecs(1800) : QDateTime();
        s.pause.window.secondsLeft = random.bounded(4) == 0
            ? std::optional<double>()
            : 1800.0 - random.bounded(3) * 4.5 + (random.bounded(2) ? 0.0 : seconds().value_or(0.0));
        break;
    }
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

    // The recorder compares snapshots field by field: its answer is the keys' on pairs that
    // differ in what a frame holds, in the lags, in what it leaves out, or not at all.
    void comparisonsAgreeWithTheKeys()
    {
        using namespace backupsnapshots;
        const ClusterSnapshot scenarios[]
            = {derived(DemoScenario::Healthy), derived(DemoScenario::FailoverInProgress),
                derived(DemoScenario::SplitBrain), derived(DemoScenario::QuorumLost),
                cluster(repository(outputWith(5))), failingArchiver(cluster(repository(outputWith(2)), 3600)),
                pausesnapshots::pausedCluster(
                    QDateTime(QDate(2025, 3, 14), QTime(9, 37), Qt::UTC), {true, false, true}, 1380)};
        QRandomGenerator random(18);
        int sameStructure = 0;
        int sameLag = 0;
        for (int n = 0; n < 3000; ++n) {
            ClusterSnapshot a = scenarios[random.bounded(int(std::size(scenarios)))];
            ClusterSnapshot b = random.bounded(8) ? a : scenarios[random.bounded(int(std::size(scenarios)))];
            for (int k = random.bounded(3); k > 0; --k)
                mutate(a, random);
            for (int k = random.bounded(3); k > 0; --k)
                mutate(b, random);
            const QByteArray structureA = frameStructureKey(a);
            const QByteArray structureB = frameStructureKey(b);
            const QByteArray lagA = frameLagKey(a);
            const QByteArray lagB = frameLagKey(b);
            const bool structure = structureA == structureB;
            const bool lag = lagA == lagB;
            if (sameFrameStructure(a, b) != structure || sameFrameStructure(b, a) != structure)
                QFAIL(structureA + "\n" + structureB);
            if (sameFrameLag(a, b) != lag || sameFrameLag(b, a) != lag)
                QFAIL(lagA + "\n" + lagB);
            sameStructure += structure;
            sameLag += lag;
        }
        // Both answers, often.
        QVERIFY2(sameStructure > 300 && sameStructure < 2700, qPrintable(QString::number(sameStructure)));
        QVERIFY2(sameLag > 300 && sameLag < 2700, qPrintable(QString::number(sameLag)));
    }

    void comparisonsOnPlainChanges()
    {
        const ClusterSnapshot a = derived(DemoScenario::Healthy);
        ClusterSnapshot b = a;
        b.tick += 1;
        b.time = b.time.addSecs(1);
        b.nodes[0].pg.latencyMs += 5;
        b.nodes[0].haproxy.backends[0].servers[0].totalSessions += 7;
        QVERIFY(sameFrameStructure(a, b));
        QVERIFY(sameFrameLag(a, b));
        b.nodes[1].lagSeconds = *a.nodes[1].lagSeconds + 0.5;
        QVERIFY(sameFrameStructure(a, b));
        QVERIFY(!sameFrameLag(a, b));
        ClusterSnapshot c = a;
        c.nodes[2].state = NodeState::Down;
        QVERIFY(!sameFrameStructure(a, c));
        QVERIFY(sameFrameLag(a, c));
        // -0.04 s and 0.0 s both quantise to 0 (written "0"); NaN and an unknown figure differ
        // as the key writes them ([1024, null] and null).
        ClusterSnapshot d = a;
        ClusterSnapshot e = a;
        d.nodes[1].lagSeconds = -0.04;
        e.nodes[1].lagSeconds = 0.0;
        QVERIFY(sameFrameLag(d, e));
        QCOMPARE(frameLagKey(d), frameLagKey(e));
        d.nodes[1].lagSeconds = std::numeric_limits<double>::quiet_NaN();
        e.nodes[1].lagSeconds.reset();
        QCOMPARE(sameFrameLag(d, e), frameLagKey(d) == frameLagKey(e));
    }

    // Informational: CPU per tick of the recorder's decision, by the keys and field by field.
    void benchmarkChangeDecision()
    {
        if (qEnvironmentVariableIsEmpty("PGPILOT_MONITOR_BENCH"))
            QSKIP("set PGPILOT_MONITOR_BENCH=1 to time the recorder's per-tick decision");
        QList<ClusterSnapshot> ticks;
        for (quint64 tick = 1; tick <= 64; ++tick) {
            ClusterSnapshot s = demoSnapshot(DemoScenario::Healthy, 3, tick);
            deriveCluster(s);
            ticks << s;
        }
        constexpr int n = 5000;
        int changes = 0;
        std::clock_t start = std::clock();
        QByteArray lastStructure;
        QByteArray lastLag;
        for (int i = 0; i < n; ++i) {
            const ClusterSnapshot& s = ticks.at(i % ticks.size());
            const QByteArray structure = frameStructureKey(s);
            const QByteArray lag = frameLagKey(s);
            changes += structure != lastStructure || lag != lastLag;
            lastStructure = structure;
            lastLag = lag;
        }
        const double keys = 1e6 * double(std::clock() - start) / CLOCKS_PER_SEC / n;
        start = std::clock();
        const ClusterSnapshot* last = &ticks.first();
        for (int i = 0; i < n; ++i) {
            const ClusterSnapshot& s = ticks.at(i % ticks.size());
            changes -= !sameFrameStructure(s, *last) || !sameFrameLag(s, *last);
            last = &s;
        }
        const double fields = 1e6 * double(std::clock() - start) / CLOCKS_PER_SEC / n;
        qInfo("per tick, 3 nodes: keys %.2f us, field by field %.2f us", keys, fields);
        QVERIFY(changes <= 1); // the first key comparison has nothing before it
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
        QTest::newRow("backup") << QByteArray(R"({"backup":3})")
                                << QStringLiteral("frame.backup: not an object");
        QTest::newRow("backup read") << QByteArray(R"({"backup":{"read":"yes"}})")
                                     << QStringLiteral("frame.backup.read");
        QTest::newRow("backup sets") << QByteArray(R"({"backup":{"backups":[{},{},{}]}})")
                                     << QStringLiteral("frame.backup.backups");
        QTest::newRow("backup stop") << QByteArray(R"({"backup":{"backups":[{"stop":"tuesday"}]}})")
                                     << QStringLiteral("frame.backup.backups.stop");
        QTest::newRow("timer next") << QByteArray(R"({"backup":{"full":{"next":"soon"}}})")
                                    << QStringLiteral("frame.backup.full.next");
        QTest::newRow("timer") << QByteArray(R"({"backup":{"diff":true}})")
                               << QStringLiteral("frame.backup.diff");
        QTest::newRow("stanza code") << QByteArray(R"({"backup":{"stanzaCode":-1}})")
                                     << QStringLiteral("frame.backup.stanzaCode");
        QTest::newRow("repository free")
            << QByteArray(R"({"backup":{"repoFree":"lots"}})") << QStringLiteral("frame.backup.repoFree");
        QTest::newRow("archiver time") << QByteArray(
            R"({"nodes":[{"name":"pg1","state":"primary","pg":{"archiver":{"lastTime":"noon"}}}]})")
                                       << QStringLiteral("frame.nodes[0].pg.archiver.lastTime");
        QTest::newRow("archiver failures")
            << QByteArray(R"({"nodes":[{"name":"pg1","state":"primary","pg":{"archiver":{"failed":-2}}}]})")
            << QStringLiteral("frame.nodes[0].pg.archiver.failed");
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
