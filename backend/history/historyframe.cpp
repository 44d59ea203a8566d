// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyframe.h"

#include "historyframebackup.h"
#include "historyframeio.h"
#include "historyframepause.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace pgpilot {

namespace {

using frameio::put;

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

// What nodeToJson and frameBody write is what sameFrameStructure compares (and lagPair and the
// archived WAL what sameFrameLag does): a field added to one is added to the other.
// archiver: the node is the archiving primary of a cluster with a repository host (its
// pg_stat_archiver is kept; the last archived WAL moves like a lag).
QJsonObject nodeToJson(const NodeSnapshot& n, const LagForm& lag, bool archiver, const QDateTime& time)
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
    if (archiver)
        pg.insert(QStringLiteral("archiver"),
            framebackup::archiverToJson(n.pg.archiver, time, lag.mode == LagForm::Omitted));
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
    const qsizetype archiver = framebackup::archiverNode(s);
    for (qsizetype i = 0; i < s.nodes.size(); ++i)
        nodes.append(nodeToJson(s.nodes.at(i), lag, i == archiver, s.time));
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
    if (s.backup.configured)
        frame.insert(QStringLiteral("backup"), framebackup::backupToJson(s.backup));
    put(frame, QStringLiteral("pause"), framepause::pauseToJson(s.pause, s.time));
    return frame;
}

// backendToJson(a) == backendToJson(b): the same name and the same servers up, in order.
bool sameBackend(const HaproxyBackend* a, const HaproxyBackend* b)
{
    if (!a || !b)
        return !a && !b;
    if (a->name != b->name)
        return false;
    auto nextUp = [](const QList<HaproxyServer>& servers, qsizetype i) {
        while (i < servers.size() && !servers.at(i).up())
            ++i;
        return i;
    };
    qsizetype i = nextUp(a->servers, 0);
    qsizetype j = nextUp(b->servers, 0);
    while (i < a->servers.size() && j < b->servers.size()) {
        if (a->servers.at(i).name != b->servers.at(j).name)
            return false;
        i = nextUp(a->servers, i + 1);
        j = nextUp(b->servers, j + 1);
    }
    return i == a->servers.size() && j == b->servers.size();
}

// The read backend as the frame has it: left out when it is the write backend.
const HaproxyBackend* framedReadBackend(const HaproxyStatus& h)
{
    const HaproxyBackend* read = h.readBackend();
    return read != h.writeBackend() ? read : nullptr;
}

bool sameNodeStructure(const NodeSnapshot& a, const NodeSnapshot& b)
{
    if (a.name != b.name || a.state != b.state || a.address != b.address || a.fenced != b.fenced
        || a.registeredPrimary != b.registeredPrimary || a.replicationState != b.replicationState
        || a.syncState != b.syncState)
        return false;
    const PgStatus& p = a.pg;
    const PgStatus& q = b.pg;
    if (p.polled != q.polled || p.reachable != q.reachable || p.error != q.error
        || p.inRecovery != q.inRecovery || p.timeline != q.timeline || p.serverVersion != q.serverVersion
        || p.upstreamHost != q.upstreamHost || p.walReceiverStatus != q.walReceiverStatus
        || p.repmgrdRunning != q.repmgrdRunning || p.replication.size() != q.replication.size())
        return false;
    for (qsizetype i = 0; i < p.replication.size(); ++i) {
        const ReplicationPeer& r = p.replication.at(i);
        const ReplicationPeer& t = q.replication.at(i);
        if (r.applicationName != t.applicationName || r.state != t.state || r.syncState != t.syncState)
            return false;
    }
    const HealthStatus& h = a.health;
    const HealthStatus& k = b.health;
    if (h.polled != k.polled || h.reachable != k.reachable || h.httpStatus != k.httpStatus || h.role != k.role
        || h.error != k.error || h.fenced != k.fenced)
        return false;
    const HaproxyStatus& x = a.haproxy;
    const HaproxyStatus& y = b.haproxy;
    if (x.polled != y.polled || x.reachable != y.reachable || x.error != y.error
        || !sameBackend(x.writeBackend(), y.writeBackend())
        || !sameBackend(framedReadBackend(x), framedReadBackend(y)))
        return false;
    return a.vip == b.vip; // every field of VipStatus is in the frame
}

// One figure of a lag pair as the lag key writes it: nothing for unknown and for what JSON
// cannot hold (NaN, infinities: written as null); numbers compare as numbers (-0 is written 0).
bool sameLagFigure(const std::optional<double>& a, const std::optional<double>& b)
{
    const bool aNumber = a && std::isfinite(*a);
    const bool bNumber = b && std::isfinite(*b);
    return aNumber == bNumber && (!aNumber || *a == *b);
}

// lagPair(quantised) of both the same.
bool sameLagPair(const std::optional<qint64>& aBytes, const std::optional<double>& aSeconds,
    const std::optional<qint64>& bBytes, const std::optional<double>& bSeconds)
{
    const bool aNull = !aBytes && !aSeconds;
    const bool bNull = !bBytes && !bSeconds;
    if (aNull || bNull)
        return aNull == bNull;
    auto bytes = [](const std::optional<qint64>& v) {
        return v ? std::optional<double>(double(quantiseLagBytes(*v))) : std::nullopt;
    };
    auto seconds = [](const std::optional<double>& v) {
        return v ? std::optional<double>(std::round(quantiseLagSeconds(*v) * 1000.0) / 1000.0) : std::nullopt;
    };
    return sameLagFigure(bytes(aBytes), bytes(bBytes)) && sameLagFigure(seconds(aSeconds), seconds(bSeconds));
}

} // namespace

bool sameFrameStructure(const ClusterSnapshot& a, const ClusterSnapshot& b)
{
    if (a.cluster != b.cluster || a.vip != b.vip || a.healthService != b.healthService
        || a.nodes.size() != b.nodes.size() || a.alarms != b.alarms || a.vipHolder != b.vipHolder
        || a.writeTarget != b.writeTarget || a.readTargets != b.readTargets
        || a.synchronousCommit != b.synchronousCommit || a.syncCandidates != b.syncCandidates
        || a.syncConfirming != b.syncConfirming || a.notRead != b.notRead
        || a.replication.mode != b.replication.mode || !framebackup::sameBackup(a.backup, b.backup)
        || !framepause::samePause(a.pause, a.time, b.pause, b.time))
        return false;
    // The setting's count and names are in the frame only when its mode is known.
    if (a.replication.mode != SyncMode::Unknown
        && (a.replication.count != b.replication.count || a.replication.names != b.replication.names))
        return false;
    for (qsizetype i = 0; i < a.nodes.size(); ++i) {
        if (!sameNodeStructure(a.nodes.at(i), b.nodes.at(i)))
            return false;
    }
    const qsizetype archiver = framebackup::archiverNode(a);
    return archiver == framebackup::archiverNode(b)
        && (archiver < 0
            || framebackup::sameArchiver(
                a.nodes.at(archiver).pg.archiver, a.time, b.nodes.at(archiver).pg.archiver, b.time));
}

bool sameFrameLag(const ClusterSnapshot& a, const ClusterSnapshot& b)
{
    if (a.nodes.size() != b.nodes.size())
        return false;
    const qsizetype archiver = framebackup::archiverNode(a);
    if (archiver != framebackup::archiverNode(b)
        || (archiver >= 0
            && !framebackup::sameArchived(
                a.nodes.at(archiver).pg.archiver, b.nodes.at(archiver).pg.archiver)))
        return false;
    // The replication rows of all nodes as one list, as lagFromSnapshot writes them.
    qsizetype aNode = 0;
    qsizetype aRow = 0;
    qsizetype bNode = 0;
    qsizetype bRow = 0;
    auto nextRow = [](const ClusterSnapshot& s, qsizetype* node, qsizetype* row) -> const ReplicationPeer* {
        while (*node < s.nodes.size()) {
            const QList<ReplicationPeer>& rows = s.nodes.at(*node).pg.replication;
            if (*row < rows.size())
                return &rows.at((*row)++);
            ++*node;
            *row = 0;
        }
        return nullptr;
    };
    for (;;) {
        const ReplicationPeer* r = nextRow(a, &aNode, &aRow);
        const ReplicationPeer* t = nextRow(b, &bNode, &bRow);
        if (!r || !t) {
            if (r || t)
                return false;
            break;
        }
        if (!sameLagPair(r->replayLagBytes, r->replayLagSeconds, t->replayLagBytes, t->replayLagSeconds))
            return false;
    }
    for (qsizetype i = 0; i < a.nodes.size(); ++i) {
        const NodeSnapshot& n = a.nodes.at(i);
        const NodeSnapshot& m = b.nodes.at(i);
        if (!sameLagPair(n.lagBytes, n.lagSeconds, m.lagBytes, m.lagSeconds))
            return false;
    }
    return true;
}

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
    QJsonObject lag = lagFromSnapshot(quantised);
    if (const qsizetype archiver = framebackup::archiverNode(snapshot); archiver >= 0)
        lag.insert(
            QStringLiteral("archived"), framebackup::archivedToJson(snapshot.nodes.at(archiver).pg.archiver));
    return QJsonDocument(lag).toJson(QJsonDocument::Compact);
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
    QJsonObject lag {{QStringLiteral("nodes"), nodes}, {QStringLiteral("rows"), rows}};
    if (const qsizetype archiver = framebackup::archiverNode(snapshot); archiver >= 0)
        lag.insert(
            QStringLiteral("archived"), framebackup::archivedToJson(snapshot.nodes.at(archiver).pg.archiver));
    return lag;
}

void setReplayedTime(ClusterSnapshot* snapshot, const QDateTime& time)
{
    if (!snapshot->time.isValid() || !time.isValid()) {
        snapshot->time = time;
        return;
    }
    const double seconds = double(snapshot->time.msecsTo(time)) / 1000.0;
    for (NodeSnapshot& n : snapshot->nodes) {
        if (n.pg.archiver.lastArchivedAgeSeconds)
            *n.pg.archiver.lastArchivedAgeSeconds += seconds;
    }
    if (snapshot->pause.window.secondsLeft)
        *snapshot->pause.window.secondsLeft -= seconds;
    snapshot->time = time;
}

} // namespace pgpilot
