// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgstatements.h"

#include "probeparse.h"

#include <QVarLengthArray>

#include <libpq-fe.h>

namespace pgpilot {

namespace {

QString text(PGresult* r, int row, int column)
{
    if (PQgetisnull(r, row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(r, row, column), PQgetlength(r, row, column));
}

bool isNull(PGresult* r, int row, int column)
{
    return PQgetisnull(r, row, column) != 0;
}

bool boolean(PGresult* r, int row, int column)
{
    return !isNull(r, row, column) && PQgetvalue(r, row, column)[0] == 't';
}

// The value's text where libpq keeps it (valid until PQclear), nullopt for NULL or no such column.
SqlFieldView field(PGresult* r, int row, int column)
{
    if (column >= PQnfields(r) || isNull(r, row, column))
        return std::nullopt;
    return QByteArrayView(PQgetvalue(r, row, column), PQgetlength(r, row, column));
}

// Numbers go through the fuzzed parsers (probeparse): out-of-range values are nullopt, never UB.
std::optional<qint64> integer(PGresult* r, int row, int column)
{
    const SqlFieldView f = field(r, row, column);
    return f ? parseSqlIntegerText(*f) : std::nullopt;
}

std::optional<double> real(PGresult* r, int row, int column)
{
    const SqlFieldView f = field(r, row, column);
    return f ? parseSqlRealText(*f) : std::nullopt;
}

Lsn lsn(PGresult* r, int row, int column)
{
    const SqlFieldView f = field(r, row, column);
    return f ? parseSqlLsnText(*f) : std::nullopt;
}

// Timeline: for a primary from the current WAL file name (exact right after a promotion, unlike
// the control file); for a standby the timeline its WAL receiver streams, else the replayed one.
// The last column: pgpilot's pause table (pgpilot.failover_pause) exists and this login may read
// it, asked by oid from the catalogs: a lookup by name would raise an error, and fail the whole
// poll, where the login lacks USAGE on the schema; then the same for the schedule table
// (pgpilot.scheduled_operation).
const char* kStatusSql = R"SQL(
SELECT pg_is_in_recovery(),
       CASE WHEN pg_is_in_recovery()
            THEN coalesce((SELECT received_tli FROM pg_stat_wal_receiver),
                          (SELECT timeline_id FROM pg_control_checkpoint()))
            ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,
       current_setting('server_version'),
       CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn() END,
       pg_last_wal_receive_lsn(),
       pg_last_wal_replay_lsn(),
       (SELECT status FROM pg_stat_wal_receiver),
       (SELECT sender_host FROM pg_stat_wal_receiver),
       EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()),
       to_regclass('repmgr.nodes') IS NOT NULL AND to_regclass('repmgr.events') IS NOT NULL,
       to_regprocedure('repmgr.repmgrd_is_running()') IS NOT NULL,
       current_setting('synchronous_standby_names'),
       (SELECT CASE WHEN source IN ('database', 'user', 'database user', 'session', 'client') THEN boot_val ELSE setting END FROM pg_settings WHERE name = 'synchronous_commit'),
       (SELECT has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT') FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'pgpilot' AND c.relname = 'failover_pause'),
       (SELECT has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT') FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'pgpilot' AND c.relname = 'scheduled_operation')
)SQL";

// synchronous_commit as the server has it: a value set for the role or database the monitor logs
// in with (pgpilot makes repmgr's own database commit locally) says nothing about the
// applications' commits, so those sources count as the built-in default.
// sync_state is computed with this session's synchronous_standby_names, and a reload
// (pg_reload_conf) can land between the status query and this one: the settings are read again
// here, in the statement that computes sync_state, so the two always agree.
const char* kReplicationSql = R"SQL(
SELECT r.application_name, host(r.client_addr), r.state, r.sync_state,
       r.sent_lsn, r.write_lsn, r.flush_lsn, r.replay_lsn,
       pg_wal_lsn_diff(c.lsn, r.sent_lsn), pg_wal_lsn_diff(c.lsn, r.write_lsn),
       pg_wal_lsn_diff(c.lsn, r.flush_lsn), pg_wal_lsn_diff(c.lsn, r.replay_lsn),
       EXTRACT(EPOCH FROM r.write_lag), EXTRACT(EPOCH FROM r.flush_lag), EXTRACT(EPOCH FROM r.replay_lag),
       current_setting('synchronous_standby_names'),
       (SELECT CASE WHEN source IN ('database', 'user', 'database user', 'session', 'client') THEN boot_val ELSE setting END FROM pg_settings WHERE name = 'synchronous_commit')
FROM pg_stat_replication r,
     (SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_receive_lsn()
                  ELSE pg_current_wal_lsn() END AS lsn) c
ORDER BY r.application_name
)SQL";

const char* kSlotsSql = R"SQL(
SELECT slot_name, slot_type, active, restart_lsn,
       pg_wal_lsn_diff(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()
                            ELSE pg_current_wal_lsn() END, restart_lsn),
       wal_status
FROM pg_replication_slots ORDER BY slot_name
)SQL";

// pg_stat_archiver (readable by every role) and what judging it needs: the server's own clock for
// the age (no clock skew), archive_mode, and the segment size that turns WAL file names into
// positions. Times in milliseconds since the epoch.
const char* kArchiverSql = R"SQL(
SELECT archived_count, last_archived_wal, (EXTRACT(EPOCH FROM last_archived_time) * 1000)::bigint,
       failed_count, last_failed_wal, (EXTRACT(EPOCH FROM last_failed_time) * 1000)::bigint,
       EXTRACT(EPOCH FROM now() - last_archived_time), current_setting('archive_mode'),
       (SELECT setting::bigint FROM pg_settings WHERE name = 'wal_segment_size')
FROM pg_stat_archiver
)SQL";

const char* kRepmgrNodesSql = "SELECT node_id, node_name, type, active, upstream_node_id, priority FROM "
                              "repmgr.nodes ORDER BY node_id";

const char* kRepmgrEventsSql = "SELECT node_id, event, successful, "
                               "(EXTRACT(EPOCH FROM event_timestamp) * 1000)::bigint, details "
                               "FROM repmgr.events ORDER BY event_timestamp DESC LIMIT 20";

// repmgr's own functions (shared memory of the repmgr library): whether this node's repmgrd
// registered itself, the node id this server has, and whether its repmgrd is paused (`repmgr
// service pause`, repmgr 4.2 and later). Chosen over the health service because the health JSON
// does not carry it, and over repmgr.events because "no event" proves nothing.
const char* kRepmgrdSql
    = "SELECT repmgr.repmgrd_is_running(), repmgr.get_local_node_id(), repmgr.repmgrd_is_paused()";

// The open failover pause pgpilot recorded (the newest row without an end), with the time left by
// the server's own clock. Times in milliseconds since the epoch.
const char* kPauseWindowSql = "SELECT id, (EXTRACT(EPOCH FROM paused_at) * 1000)::bigint, "
                              "(EXTRACT(EPOCH FROM until) * 1000)::bigint, paused_by, reason, "
                              "EXTRACT(EPOCH FROM until - now()) FROM pgpilot.failover_pause "
                              "WHERE resumed_at IS NULL ORDER BY id DESC LIMIT 1";

// The scheduled operations (pgpilot switchover|rolling-restart|upgrade --at): those not finished,
// and those finished within the last day (their result), with the time left by the server's own
// clock. Times in milliseconds since the epoch.
const char* kScheduleSql = R"SQL(
SELECT id, kind, node, switch_back, packages, (EXTRACT(EPOCH FROM at) * 1000)::bigint,
       remind_minutes, requested_by, (EXTRACT(EPOCH FROM requested_at) * 1000)::bigint, state,
       claimed_by, (EXTRACT(EPOCH FROM started_at) * 1000)::bigint,
       (EXTRACT(EPOCH FROM finished_at) * 1000)::bigint, summary, EXTRACT(EPOCH FROM at - now()),
       EXTRACT(EPOCH FROM now() - started_at)
FROM pgpilot.scheduled_operation
WHERE state IN ('scheduled', 'running') OR finished_at > now() - interval '1 day'
ORDER BY at, id LIMIT 20
)SQL";

// What each statement's result adds to the poll's PgStatus.

void readStatus(PGresult* r, PgStatus& s)
{
    if (PQntuples(r) != 1)
        return;
    s.inRecovery = boolean(r, 0, 0);
    if (auto tli = integer(r, 0, 1))
        s.timeline = int(*tli);
    s.serverVersion = text(r, 0, 2);
    s.currentLsn = lsn(r, 0, 3);
    s.receiveLsn = lsn(r, 0, 4);
    s.replayLsn = lsn(r, 0, 5);
    s.walReceiverStatus = text(r, 0, 6);
    s.upstreamHost = text(r, 0, 7);
    s.replayDelaySeconds = real(r, 0, 8);
    s.repmgrInstalled = boolean(r, 0, 9);
    s.syncStandbyNames = text(r, 0, 11);
    s.sync = parseSyncStandbyNames(s.syncStandbyNames);
    s.synchronousCommit = text(r, 0, 12);
}

void readReplication(PGresult* r, PgStatus& s)
{
    const int columns = PQnfields(r);
    QVarLengthArray<SqlFieldView, 17> row(columns);
    for (int i = 0; i < PQntuples(r); ++i) {
        for (int c = 0; c < columns; ++c)
            row[c] = field(r, i, c);
        s.replication.append(parseReplicationRow(row.constData(), row.size()));
    }
    if (PQntuples(r) > 0 && PQnfields(r) > 16) {
        s.syncStandbyNames = text(r, 0, 15);
        s.sync = parseSyncStandbyNames(s.syncStandbyNames);
        s.synchronousCommit = text(r, 0, 16);
    }
}

void readSlots(PGresult* r, PgStatus& s)
{
    for (int i = 0; i < PQntuples(r); ++i) {
        ReplicationSlot slot;
        slot.name = text(r, i, 0);
        slot.type = text(r, i, 1);
        slot.active = boolean(r, i, 2);
        slot.restartLsn = lsn(r, i, 3);
        slot.retainedBytes = integer(r, i, 4);
        slot.walStatus = text(r, i, 5);
        s.slots.append(slot);
    }
}

QDateTime epochMs(PGresult* r, int row, int column)
{
    const auto ms = integer(r, row, column);
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

void readArchiver(PGresult* r, PgStatus& s)
{
    if (PQntuples(r) != 1 || PQnfields(r) < 9)
        return;
    ArchiverStatus& a = s.archiver;
    a.read = true;
    a.archivedCount = integer(r, 0, 0).value_or(0);
    a.lastArchivedWal = text(r, 0, 1);
    a.lastArchivedTime = epochMs(r, 0, 2);
    a.failedCount = integer(r, 0, 3).value_or(0);
    a.lastFailedWal = text(r, 0, 4);
    a.lastFailedTime = epochMs(r, 0, 5);
    a.lastArchivedAgeSeconds = real(r, 0, 6);
    a.archiveMode = text(r, 0, 7);
    a.walSegmentBytes = integer(r, 0, 8).value_or(0);
}

void readRepmgrNodes(PGresult* r, PgStatus& s)
{
    for (int i = 0; i < PQntuples(r); ++i) {
        RepmgrNode node;
        node.nodeId = int(integer(r, i, 0).value_or(0));
        node.nodeName = text(r, i, 1);
        node.type = text(r, i, 2);
        node.active = boolean(r, i, 3);
        if (auto up = integer(r, i, 4))
            node.upstreamNodeId = int(*up);
        node.priority = int(integer(r, i, 5).value_or(100));
        s.repmgrNodes.append(node);
    }
}

void readRepmgrEvents(PGresult* r, PgStatus& s)
{
    for (int i = 0; i < PQntuples(r); ++i) {
        RepmgrEvent event;
        event.nodeId = int(integer(r, i, 0).value_or(0));
        event.event = text(r, i, 1);
        event.successful = boolean(r, i, 2);
        if (auto ms = integer(r, i, 3))
            event.timestamp = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
        event.details = text(r, i, 4);
        s.repmgrEvents.append(event);
    }
}

void readRepmgrd(PGresult* r, PgStatus& s)
{
    if (PQntuples(r) != 1)
        return;
    if (!isNull(r, 0, 0))
        s.repmgrdRunning = boolean(r, 0, 0);
    if (auto id = integer(r, 0, 1); id && *id > 0)
        s.localRepmgrNodeId = int(*id);
    if (PQnfields(r) > 2 && !isNull(r, 0, 2))
        s.repmgrdPaused = boolean(r, 0, 2);
}

void readPauseWindow(PGresult* r, PgStatus& s)
{
    PauseWindow& w = s.pauseWindow;
    w = PauseWindow {};
    if (PQnfields(r) < 6)
        return;
    w.read = true;
    if (PQntuples(r) != 1)
        return;
    w.open = true;
    w.id = integer(r, 0, 0).value_or(0);
    w.since = epochMs(r, 0, 1);
    w.until = epochMs(r, 0, 2);
    w.by = text(r, 0, 3);
    w.reason = text(r, 0, 4);
    w.secondsLeft = real(r, 0, 5);
}

void readSchedule(PGresult* r, PgStatus& s)
{
    ScheduleTable& t = s.schedule;
    t = ScheduleTable {};
    if (PQnfields(r) < 16)
        return;
    t.read = true;
    for (int i = 0; i < PQntuples(r); ++i) {
        ScheduledOperation op;
        op.id = integer(r, i, 0).value_or(0);
        op.kind = text(r, i, 1);
        op.node = text(r, i, 2);
        op.switchBack = boolean(r, i, 3);
        op.packages = text(r, i, 4).split(QLatin1Char(','), Qt::SkipEmptyParts);
        op.at = epochMs(r, i, 5);
        op.remindMinutes = int(integer(r, i, 6).value_or(0));
        op.requestedBy = text(r, i, 7);
        op.requestedAt = epochMs(r, i, 8);
        op.state = text(r, i, 9);
        op.claimedBy = text(r, i, 10);
        op.startedAt = epochMs(r, i, 11);
        op.finishedAt = epochMs(r, i, 12);
        op.summary = text(r, i, 13);
        op.secondsUntil = real(r, i, 14);
        op.secondsRunning = real(r, i, 15);
        t.rows.append(op);
    }
}

} // namespace

const PollStatementSpec kPollStatements[PollStatementCount] = {
    {"status", kStatusSql, readStatus},
    {"replication", kReplicationSql, readReplication},
    {"slots", kSlotsSql, readSlots},
    {"archiver", kArchiverSql, readArchiver},
    {"repmgr.nodes", kRepmgrNodesSql, readRepmgrNodes},
    {"repmgr.events", kRepmgrEventsSql, readRepmgrEvents},
    {"repmgrd", kRepmgrdSql, readRepmgrd},
    {"pause window", kPauseWindowSql, readPauseWindow},
    {"schedule", kScheduleSql, readSchedule},
};

PollStatements repmgrStatements(pg_result* status)
{
    if (PQntuples(status) != 1)
        return 0;
    return PollStatements(
        (boolean(status, 0, 9) ? pollBit(RepmgrNodesStatement) | pollBit(RepmgrEventsStatement) : 0)
        | (boolean(status, 0, 10) ? pollBit(RepmgrdStatement) : 0)
        | (PQnfields(status) > 13 && boolean(status, 0, 13) ? pollBit(PauseWindowStatement) : 0)
        | (PQnfields(status) > 14 && boolean(status, 0, 14) ? pollBit(ScheduleStatement) : 0));
}

} // namespace pgpilot
