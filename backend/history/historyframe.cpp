// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyframe.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace pgpilot {

namespace {

double roundedSeconds(double seconds)
{
    return std::round(seconds * 1000.0) / 1000.0; // milliseconds are plenty for a chart
}

// Insert only what is not the default: an idle cluster's frame stays small.
void put(QJsonObject& o, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void put(QJsonObject& o, const QString& key, bool value)
{
    if (value)
        o.insert(key, true);
}

void put(QJsonObject& o, const QString& key, const QStringList& value)
{
    if (!value.isEmpty())
        o.insert(key, QJsonArray::fromStringList(value));
}

void put(QJsonObject& o, const QString& key, const std::optional<qint64>& value)
{
    if (value)
        o.insert(key, double(*value));
}

void put(QJsonObject& o, const QString& key, const std::optional<double>& value)
{
    if (value)
        o.insert(key, roundedSeconds(*value));
}

void put(QJsonObject& o, const QString& key, const std::optional<int>& value)
{
    if (value)
        o.insert(key, *value);
}

void put(QJsonObject& o, const QString& key, const QJsonObject& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void put(QJsonObject& o, const QString& key, const QJsonArray& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

QJsonObject backendToJson(const HaproxyBackend* backend)
{
    if (!backend)
        return {};
    QJsonObject o {{QStringLiteral("name"), backend->name}};
    put(o, QStringLiteral("up"), backend->upServers());
    return o;
}

// The lag figures as the frame stores them, quantised (the change key) or left out (the
// structure key).
struct LagForm
{
    enum Mode
    {
        Exact,
        Quantised,
        Omitted
    } mode
        = Exact;
    std::optional<qint64> bytes(const std::optional<qint64>& v) const
    {
        if (mode == Omitted)
            return std::nullopt;
        return v && mode == Quantised ? std::optional<qint64>(quantiseLagBytes(*v)) : v;
    }
    std::optional<double> seconds(const std::optional<double>& v) const
    {
        if (mode == Omitted)
            return std::nullopt;
        return v && mode == Quantised ? std::optional<double>(quantiseLagSeconds(*v)) : v;
    }
};

// [bytes, seconds] (null for unknown), or null when both are unknown.
QJsonValue lagPair(const std::optional<qint64>& bytes, const std::optional<double>& seconds)
{
    if (!bytes && !seconds)
        return QJsonValue();
    return QJsonArray {bytes ? QJsonValue(double(*bytes)) : QJsonValue(),
        seconds ? QJsonValue(std::round(*seconds * 1000.0) / 1000.0) : QJsonValue()};
}

QJsonObject nodeToJson(const NodeSnapshot& n, const LagForm& lag)
{
    QJsonObject node {{QStringLiteral("name"), n.name}, {QStringLiteral("state"), toId(n.state)}};
    put(node, QStringLiteral("address"), n.address);
    put(node, QStringLiteral("fenced"), n.fenced);
    put(node, QStringLiteral("registeredPrimary"), n.registeredPrimary);

    QJsonObject pg;
    put(pg, QStringLiteral("polled"), n.pg.polled);
    put(pg, QStringLiteral("reachable"), n.pg.reachable);
    put(pg, QStringLiteral("error"), n.pg.error);
    put(pg, QStringLiteral("inRecovery"), n.pg.inRecovery);
    put(pg, QStringLiteral("timeline"), n.pg.timeline);
    put(pg, QStringLiteral("version"), n.pg.serverVersion);
    put(pg, QStringLiteral("upstreamHost"), n.pg.upstreamHost);
    put(pg, QStringLiteral("walReceiver"), n.pg.walReceiverStatus);
    if (n.pg.repmgrdRunning)
        pg.insert(QStringLiteral("repmgrd"), *n.pg.repmgrdRunning);
    QJsonArray replication;
    for (const ReplicationPeer& p : n.pg.replication) {
        QJsonObject row {{QStringLiteral("name"), p.applicationName}};
        put(row, QStringLiteral("state"), p.state);
        put(row, QStringLiteral("sync"), p.syncState);
        put(row, QStringLiteral("lagBytes"), lag.bytes(p.replayLagBytes));
        put(row, QStringLiteral("lagSeconds"), lag.seconds(p.replayLagSeconds));
        replication.append(row);
    }
    put(pg, QStringLiteral("replication"), replication);
    put(node, QStringLiteral("pg"), pg);

    QJsonObject health;
    put(health, QStringLiteral("polled"), n.health.polled);
    put(health, QStringLiteral("reachable"), n.health.reachable);
    if (n.health.httpStatus != 0)
        health.insert(QStringLiteral("status"), n.health.httpStatus);
    put(health, QStringLiteral("role"), n.health.role);
    put(health, QStringLiteral("error"), n.health.error);
    put(health, QStringLiteral("fenced"), n.health.fenced);
    put(node, QStringLiteral("health"), health);

    QJsonObject haproxy;
    put(haproxy, QStringLiteral("polled"), n.haproxy.polled);
    put(haproxy, QStringLiteral("reachable"), n.haproxy.reachable);
    put(haproxy, QStringLiteral("error"), n.haproxy.error);
    put(haproxy, QStringLiteral("write"), backendToJson(n.haproxy.writeBackend()));
    if (n.haproxy.readBackend() != n.haproxy.writeBackend())
        put(haproxy, QStringLiteral("read"), backendToJson(n.haproxy.readBackend()));
    put(node, QStringLiteral("haproxy"), haproxy);

    QJsonObject vip;
    put(vip, QStringLiteral("polled"), n.vip.polled);
    put(vip, QStringLiteral("known"), n.vip.known);
    put(vip, QStringLiteral("holds"), n.vip.holds);
    put(vip, QStringLiteral("error"), n.vip.error);
    put(node, QStringLiteral("vip"), vip);

    put(node, QStringLiteral("lagBytes"), lag.bytes(n.lagBytes));
    put(node, QStringLiteral("lagSeconds"), lag.seconds(n.lagSeconds));
    put(node, QStringLiteral("replicationState"), n.replicationState);
    put(node, QStringLiteral("syncState"), n.syncState);
    return node;
}

QJsonObject frameBody(const ClusterSnapshot& s, const LagForm& lag)
{
    QJsonObject frame {{QStringLiteral("v"), kHistoryFrameVersion}, {QStringLiteral("cluster"), s.cluster}};
    put(frame, QStringLiteral("vip"), s.vip);
    if (s.healthService != ClusterSnapshot().healthService)
        frame.insert(QStringLiteral("healthService"), s.healthService);
    QJsonArray nodes;
    for (const NodeSnapshot& n : s.nodes)
        nodes.append(nodeToJson(n, lag));
    frame.insert(QStringLiteral("nodes"), nodes);
    QJsonArray alarms;
    for (const Alarm& a : s.alarms) {
        QJsonObject alarm {
            {QStringLiteral("kind"), toId(a.kind)}, {QStringLiteral("severity"), toId(a.severity)}};
        put(alarm, QStringLiteral("node"), a.node);
        put(alarm, QStringLiteral("title"), a.title);
        put(alarm, QStringLiteral("meaning"), a.meaning);
        put(alarm, QStringLiteral("action"), a.action);
        alarms.append(alarm);
    }
    put(frame, QStringLiteral("alarms"), alarms);
    put(frame, QStringLiteral("vipHolder"), s.vipHolder);
    put(frame, QStringLiteral("writeTarget"), s.writeTarget);
    put(frame, QStringLiteral("readTargets"), s.readTargets);
    if (s.replication.mode != SyncMode::Unknown) {
        QJsonObject sync {{QStringLiteral("mode"), toId(s.replication.mode)}};
        if (s.replication.count != 0)
            sync.insert(QStringLiteral("count"), s.replication.count);
        put(sync, QStringLiteral("names"), s.replication.names);
        frame.insert(QStringLiteral("replication"), sync);
    }
    put(frame, QStringLiteral("synchronousCommit"), s.synchronousCommit);
    put(frame, QStringLiteral("syncCandidates"), s.syncCandidates);
    if (s.syncConfirming != 0)
        frame.insert(QStringLiteral("syncConfirming"), s.syncConfirming);
    QJsonArray notRead;
    for (const NotRead& n : s.notRead)
        notRead.append(
            QJsonObject {{QStringLiteral("signal"), n.signal}, {QStringLiteral("reason"), n.reason}});
    put(frame, QStringLiteral("notRead"), notRead);
    return frame;
}

} // namespace

qint64 quantiseLagBytes(qint64 bytes)
{
    if (bytes > -1024 && bytes < 1024)
        return 0;
    const qint64 magnitude = bytes < 0 ? -bytes : bytes;
    qint64 step = 1;
    while (magnitude / step >= 100)
        step *= 10;
    const qint64 rounded = (magnitude + step / 2) / step * step;
    return bytes < 0 ? -rounded : rounded;
}

double quantiseLagSeconds(double seconds)
{
    return std::round(seconds * 10.0) / 10.0;
}

QJsonObject frameFromSnapshot(const ClusterSnapshot& snapshot)
{
    QJsonObject frame = frameBody(snapshot, {});
    frame.insert(QStringLiteral("tick"), double(snapshot.tick));
    frame.insert(QStringLiteral("time"), snapshot.time.toUTC().toString(Qt::ISODateWithMs));
    return frame;
}

QByteArray frameChangeKey(const ClusterSnapshot& snapshot)
{
    return frameStructureKey(snapshot) + '\n' + frameLagKey(snapshot);
}

QByteArray frameStructureKey(const ClusterSnapshot& snapshot)
{
    return QJsonDocument(frameBody(snapshot, {LagForm::Omitted})).toJson(QJsonDocument::Compact);
}

QByteArray frameLagKey(const ClusterSnapshot& snapshot)
{
    ClusterSnapshot quantised;
    for (const NodeSnapshot& n : snapshot.nodes) {
        NodeSnapshot q;
        const LagForm form {LagForm::Quantised};
        q.lagBytes = form.bytes(n.lagBytes);
        q.lagSeconds = form.seconds(n.lagSeconds);
        for (const ReplicationPeer& p : n.pg.replication) {
            ReplicationPeer row;
            row.replayLagBytes = form.bytes(p.replayLagBytes);
            row.replayLagSeconds = form.seconds(p.replayLagSeconds);
            q.pg.replication.append(row);
        }
        quantised.nodes.append(q);
    }
    return QJsonDocument(lagFromSnapshot(quantised)).toJson(QJsonDocument::Compact);
}

QJsonObject lagFromSnapshot(const ClusterSnapshot& snapshot)
{
    QJsonArray nodes;
    QJsonArray rows;
    for (const NodeSnapshot& n : snapshot.nodes) {
        nodes.append(lagPair(n.lagBytes, n.lagSeconds));
        for (const ReplicationPeer& p : n.pg.replication)
            rows.append(lagPair(p.replayLagBytes, p.replayLagSeconds));
    }
    return {{QStringLiteral("nodes"), nodes}, {QStringLiteral("rows"), rows}};
}

} // namespace pgpilot
