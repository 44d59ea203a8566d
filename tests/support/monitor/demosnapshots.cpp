// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/demosnapshots.h"

#include "monitor/derive.h"

namespace pgpilot {

namespace {

HaproxyStatus haproxyRouting(const QString& writer, const QStringList& readers, const QStringList& all)
{
    HaproxyStatus h;
    h.polled = true;
    h.reachable = true;
    h.latencyMs = 2;
    HaproxyBackend primary {QStringLiteral("pg_primary"), QStringLiteral("UP"), {}};
    HaproxyBackend replicas {QStringLiteral("pg_replicas"), QStringLiteral("UP"), {}};
    for (const auto& name : all) {
        primary.servers.append({name, name == writer ? QStringLiteral("UP") : QStringLiteral("DOWN"), 0, 0});
        replicas.servers.append(
            {name, readers.contains(name) ? QStringLiteral("UP") : QStringLiteral("DOWN"), 0, 0});
    }
    if (writer.isEmpty())
        primary.status = QStringLiteral("DOWN");
    h.backends = {primary, replicas};
    return h;
}

} // namespace

ClusterSnapshot demoSnapshot(DemoScenario scenario, int count, quint64 tick, const QDateTime& time)
{
    ClusterSnapshot s;
    s.tick = tick;
    s.time = time;
    s.cluster = QStringLiteral("prod");
    s.vip = QStringLiteral("10.0.1.100");
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << QStringLiteral("pg%1").arg(i + 1);
    const quint64 base = 0x3000000000ULL + tick * 0x40000ULL;
    const int quorum = count - (count / 2 + 1);
    QStringList quoted;
    for (const auto& name : std::as_const(names))
        quoted << QStringLiteral("\"%1\"").arg(name);
    const QString syncNames
        = QStringLiteral("ANY %1 (%2)").arg(quorum).arg(quoted.join(QStringLiteral(", ")));
    const SyncSetting sync {SyncMode::Quorum, quorum, names};
    QList<RepmgrNode> repmgr;
    for (int i = 0; i < count; ++i) {
        RepmgrNode r;
        r.nodeId = i + 1;
        r.nodeName = names.at(i);
        r.type = i == 0 ? QStringLiteral("primary") : QStringLiteral("standby");
        r.active = true;
        if (i > 0)
            r.upstreamNodeId = 1;
        repmgr.append(r);
    }
    for (int i = 0; i < count; ++i) {
        NodeSnapshot n;
        n.name = names.at(i);
        n.address = QStringLiteral("10.0.1.%1").arg(11 + i);
        PgStatus& pg = n.pg;
        pg.polled = true;
        pg.reachable = true;
        pg.latencyMs = 3;
        pg.serverVersion = QStringLiteral("17.4");
        pg.timeline = 1;
        pg.repmgrInstalled = true;
        pg.repmgrdRunning = true;
        pg.localRepmgrNodeId = i + 1;
        pg.repmgrNodes = repmgr;
        pg.syncStandbyNames = syncNames;
        pg.sync = sync;
        pg.synchronousCommit = QStringLiteral("on");
        // Verified TLS with node certificates issued 65 days before the snapshot (a year's life).
        pg.tls.inUse = true;
        pg.tls.protocol = QStringLiteral("TLSv1.3");
        pg.tls.certificateName = names.at(i);
        if (time.isValid())
            pg.tls.certificateNotAfter = time.addDays(300);
        if (i == 0) {
            pg.inRecovery = false;
            pg.currentLsn = base;
            for (int j = 1; j < count; ++j) {
                ReplicationPeer p;
                p.applicationName = names.at(j);
                p.clientAddress = QStringLiteral("10.0.1.%1").arg(11 + j);
                p.state = QStringLiteral("streaming");
                p.syncState = QStringLiteral("quorum");
                const qint64 lag = qint64((j * 37 + qint64(tick) * 13) % 200) * 1024;
                p.sentLsn = p.writeLsn = p.flushLsn = base - quint64(lag / 2);
                p.replayLsn = base - quint64(lag);
                p.sentLagBytes = p.writeLagBytes = p.flushLagBytes = lag / 2;
                p.replayLagBytes = lag;
                p.replayLagSeconds = double(lag) / 1024.0 / 400.0;
                p.writeLagSeconds = p.flushLagSeconds = *p.replayLagSeconds / 2;
                pg.replication.append(p);
                pg.slots.append({QStringLiteral("repmgr_slot_%1").arg(j + 1), QStringLiteral("physical"),
                    true, p.replayLsn, lag, QStringLiteral("reserved")});
            }
        } else {
            pg.inRecovery = true;
            pg.receiveLsn = base - 1024;
            pg.replayLsn = base - 2048;
            pg.walReceiverStatus = QStringLiteral("streaming");
            pg.upstreamHost = QStringLiteral("10.0.1.11");
            pg.replayDelaySeconds = 0.2;
        }
        n.health = {true, true, 200, {}, 2, i == 0 ? QStringLiteral("primary") : QStringLiteral("replica"), 1,
            i == 0 ? std::optional<qint64>() : std::optional<qint64>(1024),
            i == 0 ? QString() : QStringLiteral("streaming"), {}};
        n.haproxy = haproxyRouting(names.first(), names.mid(1), names);
        n.vip = {true, true, i == 0, {}};
        s.nodes.append(n);
    }

    if (scenario == DemoScenario::FailoverInProgress) {
        NodeSnapshot& old = s.nodes[0];
        old.pg = PgStatus {};
        old.pg.polled = true;
        old.pg.error = QStringLiteral("no answer while connecting within 2000 ms");
        old.pg.latencyMs = 2000;
        old.health = {true, false, 0, QStringLiteral("no answer within 2000 ms"), 2000, {}, {}, {}, {}, {}};
        old.haproxy = HaproxyStatus {true, false, QStringLiteral("no answer within 2000 ms"), 2000, {}};
        for (int i = 1; i < count; ++i) {
            NodeSnapshot& n = s.nodes[i];
            n.pg.walReceiverStatus.clear();
            n.pg.upstreamHost.clear();
            n.pg.repmgrNodes = repmgr; // still names pg1 the primary
            n.health.walReceiver.clear();
            n.haproxy = haproxyRouting({}, names.mid(1), names);
        }
    } else if (scenario == DemoScenario::SplitBrain) {
        // pg2 was promoted (timeline 2, registered primary); pg1 restarted as a primary on timeline 1.
        QList<RepmgrNode> after = repmgr;
        after[0].type = QStringLiteral("primary");
        after[0].active = false;
        after[1].type = QStringLiteral("primary");
        after[1].active = true;
        after[1].upstreamNodeId.reset();
        for (int i = 2; i < count; ++i)
            after[i].upstreamNodeId = 2;
        NodeSnapshot& pg2 = s.nodes[1];
        pg2.pg.inRecovery = false;
        pg2.pg.timeline = 2;
        pg2.pg.currentLsn = base + 0x100000;
        pg2.pg.receiveLsn.reset();
        pg2.pg.replayLsn.reset();
        pg2.pg.walReceiverStatus.clear();
        pg2.pg.repmgrNodes = after;
        pg2.health.role = QStringLiteral("primary");
        pg2.health.timeline = 2;
        pg2.health.lagBytes.reset();
        NodeSnapshot& pg1 = s.nodes[0];
        pg1.pg.replication.clear();
        pg1.pg.slots.clear();
        for (int i = 2; i < count; ++i) {
            ReplicationPeer p;
            p.applicationName = names.at(i);
            p.clientAddress = s.nodes[i].address;
            p.state = QStringLiteral("streaming");
            p.syncState = QStringLiteral("quorum");
            p.replayLsn = base + 0x100000 - 4096;
            p.replayLagBytes = 4096;
            p.replayLagSeconds = 0.1;
            pg2.pg.replication.append(p);
            s.nodes[i].pg.timeline = 2;
            s.nodes[i].pg.upstreamHost = pg2.address;
            s.nodes[i].pg.repmgrNodes = after;
        }
        for (auto& n : s.nodes) {
            n.haproxy = haproxyRouting(QStringLiteral("pg2"), names.mid(2), names);
            // Both pg1 and pg2 answer 200 on /primary: HAProxy flips between them.
            n.haproxy.backends[0].servers[0].status = QStringLiteral("UP");
        }
        s.nodes[0].vip.holds = false;
        s.nodes[1].vip.holds = true;
    } else if (scenario == DemoScenario::QuorumLost) {
        // PostgreSQL stopped on the last standbys, so that quorum - 1 still stream: commits wait.
        const int down = count - quorum;
        NodeSnapshot& primary = s.nodes[0];
        for (int i = count - down; i < count; ++i) {
            NodeSnapshot& n = s.nodes[i];
            n.pg = PgStatus {};
            n.pg.polled = true;
            n.pg.error
                = QStringLiteral("connection to server at \"%1\", port 5432 failed: Connection refused")
                      .arg(n.address);
            n.pg.latencyMs = 1;
            n.health = {true, true, 503, {}, 2, QStringLiteral("unknown"), {}, {}, {},
                QStringLiteral("psql: error: connection to server on socket "
                               "\"/var/run/postgresql/.s.PGSQL.5432\" failed: No such file or directory")};
            primary.pg.replication.removeIf(
                [&n](const ReplicationPeer& p) { return p.applicationName == n.name; });
            primary.pg.slots[i - 1].active = false;
        }
        QStringList readers = names.mid(1, count - 1 - down);
        for (auto& n : s.nodes)
            n.haproxy = haproxyRouting(names.first(), readers, names);
    }
    return s;
}

ClusterSnapshot derivedDemoSnapshot(
    const QString& cluster, const QDateTime& time, quint64 tick, DemoScenario scenario)
{
    ClusterSnapshot s = demoSnapshot(scenario, 3, tick, time);
    s.cluster = cluster;
    s.tick = tick;
    s.time = time;
    deriveCluster(s);
    return s;
}

} // namespace pgpilot
