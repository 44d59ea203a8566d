// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyframe.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace pgpilot {

namespace {

template <typename Enum, typename... Values>
std::optional<Enum> enumFromId(const QString& id, Values... values)
{
    for (Enum value : {values...}) {
        if (toId(value) == id)
            return value;
    }
    return std::nullopt;
}

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

// Reads a frame back, remembering the first thing that is wrong with it.
class FrameReader
{
public:
    QString error;

    bool fail(const QString& where, const QString& what)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(where, what);
        return false;
    }
    QString string(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isString())
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a string"));
        return v.toString();
    }
    bool flag(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not true or false"));
        return v.toBool();
    }
    std::optional<double> number(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }
    // Whole numbers within [min, max] (JSON numbers are doubles: 2^53 is exact).
    std::optional<qint64> integer(
        const QJsonObject& o, const char* key, const QString& where, double min = 0, double max = 9.0e15)
    {
        const std::optional<double> v = number(o, key, where);
        if (!v)
            return std::nullopt;
        if (*v != std::floor(*v) || *v < min || *v > max) {
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("out of range"));
            return std::nullopt;
        }
        return qint64(*v);
    }
    std::optional<double> seconds(const QJsonObject& o, const char* key, const QString& where)
    {
        const std::optional<double> v = number(o, key, where);
        if (v && (*v < 0 || *v > 1.0e9)) {
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("out of range"));
            return std::nullopt;
        }
        return v;
    }
    QJsonObject object(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a list"));
        return v.toArray();
    }
    QStringList strings(const QJsonObject& o, const char* key, const QString& where)
    {
        QStringList list;
        for (const QJsonValue& v : array(o, key, where)) {
            if (!v.isString())
                fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a list of strings"));
            list << v.toString();
        }
        return list;
    }
    // The objects of a list, each checked to be one.
    QList<QJsonObject> objects(const QJsonObject& o, const char* key, const QString& where)
    {
        QList<QJsonObject> list;
        for (const QJsonValue& v : array(o, key, where)) {
            if (!v.isObject())
                fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a list of objects"));
            list << v.toObject();
        }
        return list;
    }
    template <typename T>
    T id(std::optional<T> (*parse)(const QString&), const QJsonObject& o, const char* key,
        const QString& where, T fallback)
    {
        const QString text = string(o, key, where);
        if (const std::optional<T> value = parse(text))
            return *value;
        fail(where + QLatin1Char('.') + QLatin1String(key),
            QStringLiteral("unknown value \"%1\"").arg(text.left(40)));
        return fallback;
    }

    HaproxyBackend backend(const QJsonObject& o, const QString& where)
    {
        HaproxyBackend backend;
        backend.name = string(o, "name", where);
        for (const QString& server : strings(o, "up", where))
            backend.servers.append({server, QStringLiteral("UP"), 0, 0});
        return backend;
    }

    NodeSnapshot node(const QJsonObject& o, const QString& where)
    {
        NodeSnapshot n;
        n.name = string(o, "name", where);
        if (n.name.isEmpty())
            fail(where + QStringLiteral(".name"), QStringLiteral("missing"));
        n.address = string(o, "address", where);
        n.state = id(&nodeStateFromId, o, "state", where, NodeState::Unknown);
        n.fenced = flag(o, "fenced", where);
        n.registeredPrimary = flag(o, "registeredPrimary", where);

        const QString pgWhere = where + QStringLiteral(".pg");
        const QJsonObject pg = object(o, "pg", where);
        n.pg.polled = flag(pg, "polled", pgWhere);
        n.pg.reachable = flag(pg, "reachable", pgWhere);
        n.pg.error = string(pg, "error", pgWhere);
        n.pg.inRecovery = flag(pg, "inRecovery", pgWhere);
        if (const auto timeline = integer(pg, "timeline", pgWhere, 0, 2147483647.0))
            n.pg.timeline = int(*timeline);
        n.pg.serverVersion = string(pg, "version", pgWhere);
        n.pg.upstreamHost = string(pg, "upstreamHost", pgWhere);
        n.pg.walReceiverStatus = string(pg, "walReceiver", pgWhere);
        if (pg.contains(QLatin1String("repmgrd")))
            n.pg.repmgrdRunning = flag(pg, "repmgrd", pgWhere);
        for (const QJsonObject& row : objects(pg, "replication", pgWhere)) {
            const QString rowWhere = pgWhere + QStringLiteral(".replication");
            ReplicationPeer p;
            p.applicationName = string(row, "name", rowWhere);
            p.state = string(row, "state", rowWhere);
            p.syncState = string(row, "sync", rowWhere);
            p.replayLagBytes = integer(row, "lagBytes", rowWhere, -9.0e15);
            p.replayLagSeconds = seconds(row, "lagSeconds", rowWhere);
            n.pg.replication.append(p);
        }

        const QString healthWhere = where + QStringLiteral(".health");
        const QJsonObject health = object(o, "health", where);
        n.health.polled = flag(health, "polled", healthWhere);
        n.health.reachable = flag(health, "reachable", healthWhere);
        n.health.httpStatus = int(integer(health, "status", healthWhere, 0, 999).value_or(0));
        n.health.role = string(health, "role", healthWhere);
        n.health.error = string(health, "error", healthWhere);
        n.health.fenced = flag(health, "fenced", healthWhere);

        const QString haproxyWhere = where + QStringLiteral(".haproxy");
        const QJsonObject haproxy = object(o, "haproxy", where);
        n.haproxy.polled = flag(haproxy, "polled", haproxyWhere);
        n.haproxy.reachable = flag(haproxy, "reachable", haproxyWhere);
        n.haproxy.error = string(haproxy, "error", haproxyWhere);
        for (const char* key : {"write", "read"}) {
            const QJsonObject backend = object(haproxy, key, haproxyWhere);
            if (!backend.isEmpty())
                n.haproxy.backends.append(
                    this->backend(backend, haproxyWhere + QLatin1Char('.') + QLatin1String(key)));
        }

        const QString vipWhere = where + QStringLiteral(".vip");
        const QJsonObject vip = object(o, "vip", where);
        n.vip.polled = flag(vip, "polled", vipWhere);
        n.vip.known = flag(vip, "known", vipWhere);
        n.vip.holds = flag(vip, "holds", vipWhere);
        n.vip.error = string(vip, "error", vipWhere);

        n.lagBytes = integer(o, "lagBytes", where, -9.0e15);
        n.lagSeconds = seconds(o, "lagSeconds", where);
        n.replicationState = string(o, "replicationState", where);
        n.syncState = string(o, "syncState", where);
        return n;
    }
};

} // namespace

std::optional<NodeState> nodeStateFromId(const QString& id)
{
    return enumFromId<NodeState>(
        id, NodeState::Unknown, NodeState::Primary, NodeState::Standby, NodeState::Down, NodeState::Fenced);
}

std::optional<AlarmKind> alarmKindFromId(const QString& id)
{
    using K = AlarmKind;
    return enumFromId<AlarmKind>(id, K::NoPrimary, K::SplitBrain, K::UnregisteredPrimary, K::VipNotHeld,
        K::VipHeldTwice, K::VipOnUnhealthyNode, K::HealthDisagrees, K::ReplicationBroken, K::LagHigh,
        K::NodeUnreachable, K::RepmgrdNotRunning, K::HaproxyDown, K::WritesMisrouted, K::SyncQuorumLost,
        K::CertificateExpiring);
}

std::optional<Severity> severityFromId(const QString& id)
{
    return enumFromId<Severity>(id, Severity::Warning, Severity::Critical);
}

std::optional<SyncMode> syncModeFromId(const QString& id)
{
    return enumFromId<SyncMode>(id, SyncMode::Unknown, SyncMode::Async, SyncMode::Quorum, SyncMode::Priority);
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

bool applyLag(ClusterSnapshot* snapshot, const QJsonObject& lag, QString* error)
{
    // Checked whole before anything changes.
    auto pair = [](const QJsonValue& v, std::optional<qint64>* bytes, std::optional<double>* seconds) {
        bytes->reset();
        seconds->reset();
        if (v.isNull())
            return true;
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 2)
            return false;
        if (!a.at(0).isNull()) {
            const double b = a.at(0).toDouble(-1.0e300);
            if (!a.at(0).isDouble() || b != std::floor(b) || b < -9.0e15 || b > 9.0e15)
                return false;
            *bytes = qint64(b);
        }
        if (!a.at(1).isNull()) {
            const double s = a.at(1).toDouble(-1.0);
            if (!a.at(1).isDouble() || !(s >= 0 && s <= 1.0e9))
                return false;
            *seconds = s;
        }
        return true;
    };
    const QJsonArray nodes = lag.value(QLatin1String("nodes")).toArray();
    const QJsonArray rows = lag.value(QLatin1String("rows")).toArray();
    qsizetype rowCount = 0;
    for (const NodeSnapshot& n : snapshot->nodes)
        rowCount += n.pg.replication.size();
    if (nodes.size() != snapshot->nodes.size() || rows.size() != rowCount) {
        if (error)
            *error = QStringLiteral("lag: %1 nodes and %2 rows, the frame before has %3 and %4")
                         .arg(nodes.size())
                         .arg(rows.size())
                         .arg(snapshot->nodes.size())
                         .arg(rowCount);
        return false;
    }
    ClusterSnapshot changed = *snapshot;
    qsizetype row = 0;
    for (qsizetype i = 0; i < changed.nodes.size(); ++i) {
        NodeSnapshot& n = changed.nodes[i];
        bool ok = pair(nodes.at(i), &n.lagBytes, &n.lagSeconds);
        for (ReplicationPeer& p : n.pg.replication)
            ok = pair(rows.at(row++), &p.replayLagBytes, &p.replayLagSeconds) && ok;
        if (!ok) {
            if (error)
                *error = QStringLiteral("lag: the values of %1 are not [bytes, seconds]").arg(n.name);
            return false;
        }
    }
    *snapshot = changed;
    return true;
}

std::optional<ClusterSnapshot> snapshotFromFrame(const QJsonObject& o, QString* error)
{
    FrameReader r;
    const QString where = QStringLiteral("frame");
    ClusterSnapshot s;
    const std::optional<qint64> version = r.integer(o, "v", where, 1, 1000);
    if (!version)
        r.fail(where + QStringLiteral(".v"), QStringLiteral("missing"));
    else if (*version > kHistoryFrameVersion)
        r.fail(where + QStringLiteral(".v"),
            QStringLiteral("version %1 is newer than this pgpilot reads (%2)")
                .arg(*version)
                .arg(kHistoryFrameVersion));
    s.tick = quint64(r.integer(o, "tick", where).value_or(0));
    const QString time = r.string(o, "time", where);
    s.time = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!s.time.isValid())
        r.fail(where + QStringLiteral(".time"), QStringLiteral("not an ISO 8601 time"));
    s.time = s.time.toUTC();
    s.cluster = r.string(o, "cluster", where);
    s.vip = r.string(o, "vip", where);
    if (o.contains(QLatin1String("healthService")))
        s.healthService = r.string(o, "healthService", where);
    const QList<QJsonObject> nodes = r.objects(o, "nodes", where);
    for (qsizetype i = 0; i < nodes.size(); ++i)
        s.nodes.append(r.node(nodes.at(i), QStringLiteral("frame.nodes[%1]").arg(i)));
    for (const QJsonObject& a : r.objects(o, "alarms", where)) {
        const QString alarmWhere = where + QStringLiteral(".alarms");
        Alarm alarm;
        alarm.kind = r.id(&alarmKindFromId, a, "kind", alarmWhere, AlarmKind::NoPrimary);
        alarm.severity = r.id(&severityFromId, a, "severity", alarmWhere, Severity::Critical);
        alarm.node = r.string(a, "node", alarmWhere);
        alarm.title = r.string(a, "title", alarmWhere);
        alarm.meaning = r.string(a, "meaning", alarmWhere);
        alarm.action = r.string(a, "action", alarmWhere);
        s.alarms.append(alarm);
    }
    s.vipHolder = r.string(o, "vipHolder", where);
    s.writeTarget = r.string(o, "writeTarget", where);
    s.readTargets = r.strings(o, "readTargets", where);
    const QJsonObject sync = r.object(o, "replication", where);
    if (!sync.isEmpty()) {
        const QString syncWhere = where + QStringLiteral(".replication");
        s.replication.mode = r.id(&syncModeFromId, sync, "mode", syncWhere, SyncMode::Unknown);
        s.replication.count = int(r.integer(sync, "count", syncWhere, 0, 1000).value_or(0));
        s.replication.names = r.strings(sync, "names", syncWhere);
    }
    s.synchronousCommit = r.string(o, "synchronousCommit", where);
    s.syncCandidates = r.strings(o, "syncCandidates", where);
    s.syncConfirming = int(r.integer(o, "syncConfirming", where, 0, 1000).value_or(0));
    for (const QJsonObject& n : r.objects(o, "notRead", where))
        s.notRead.append({r.string(n, "signal", where + QStringLiteral(".notRead")),
            r.string(n, "reason", where + QStringLiteral(".notRead"))});
    if (!r.error.isEmpty()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return s;
}

} // namespace pgpilot
