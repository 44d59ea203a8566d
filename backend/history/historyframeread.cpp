// SPDX-License-Identifier: GPL-3.0-or-later
// Reading frames and lag lines back (historyframe.h): every value checked.
#include "historyframe.h"
#include "historyframebackup.h"
#include "historyframeio.h"
#include "historyframepause.h"

#include <QJsonArray>

#include <cmath>

namespace pgpilot {

namespace {

// The frame's node and backend objects on top of the checked values.
class FrameReader : public frameio::FrameReader
{
public:
    HaproxyBackend backend(const QJsonObject& o, const QString& where)
    {
        HaproxyBackend backend;
        backend.name = string(o, "name", where);
        for (const QString& server : strings(o, "up", where))
            backend.servers.append({server, QStringLiteral("UP"), 0, 0});
        return backend;
    }

    NodeSnapshot node(const QJsonObject& o, const QString& where, const QDateTime& time)
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
        if (pg.contains(QLatin1String("archiver")))
            n.pg.archiver = framebackup::readArchiver(
                *this, object(pg, "archiver", pgWhere), time, pgWhere + QStringLiteral(".archiver"));

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
        s.nodes.append(r.node(nodes.at(i), QStringLiteral("frame.nodes[%1]").arg(i), s.time));
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
    if (o.contains(QLatin1String("backup")))
        s.backup = framebackup::readBackup(r, r.object(o, "backup", where), s.time);
    // Frames written before the pause was kept have none: nothing paused.
    if (o.contains(QLatin1String("pause"))) {
        QStringList names;
        for (const NodeSnapshot& n : std::as_const(s.nodes))
            names << n.name;
        s.pause = framepause::readPause(r, r.object(o, "pause", where), s.time, names);
        framepause::applyPauseFlags(&s);
    }
    if (!r.error.isEmpty()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return s;
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
    // Written with an archiver in the frame, and only then (the frame's structure decides).
    if (lag.contains(QLatin1String("archived"))) {
        const qsizetype archiver = framebackup::archiverNode(changed);
        if (archiver < 0
            || !framebackup::applyArchived(
                &changed.nodes[archiver].pg.archiver, lag.value(QLatin1String("archived")), changed.time)) {
            if (error)
                *error = archiver < 0
                    ? QStringLiteral("lag: an archived WAL, the frame before has no archiver")
                    : QStringLiteral("lag: archived is not [WAL, time]");
            return false;
        }
    }
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

} // namespace pgpilot
