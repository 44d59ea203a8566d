// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgpoller.h"

#include "core/logging.h"
#include "probeparse.h"
#include "tlspeer.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QSocketNotifier>

#include <libpq-fe.h>
#include <vector>

namespace pgpilot {

namespace {

QString text(PGresult* r, int row, int column)
{
    if (PQgetisnull(r, row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(r, row, column));
}

bool isNull(PGresult* r, int row, int column)
{
    return PQgetisnull(r, row, column) != 0;
}

bool boolean(PGresult* r, int row, int column)
{
    return !isNull(r, row, column) && PQgetvalue(r, row, column)[0] == 't';
}

SqlField field(PGresult* r, int row, int column)
{
    if (column >= PQnfields(r) || isNull(r, row, column))
        return std::nullopt;
    return QByteArray(PQgetvalue(r, row, column), PQgetlength(r, row, column));
}

// Numbers go through the fuzzed parsers (probeparse): out-of-range values are nullopt, never UB.
std::optional<qint64> integer(PGresult* r, int row, int column)
{
    return parseSqlInteger(field(r, row, column));
}

std::optional<double> real(PGresult* r, int row, int column)
{
    return parseSqlReal(field(r, row, column));
}

QString firstLine(const char* message)
{
    QString text = QString::fromUtf8(message).trimmed();
    const int newline = text.indexOf(QLatin1Char('\n'));
    return newline < 0 ? text : text.left(newline);
}

// Timeline: for a primary from the current WAL file name (exact right after a promotion, unlike
// the control file); for a standby the timeline its WAL receiver streams, else the replayed one.
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
       (SELECT CASE WHEN source IN ('database', 'user', 'database user', 'session', 'client') THEN boot_val ELSE setting END FROM pg_settings WHERE name = 'synchronous_commit')
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

const char* kRepmgrNodesSql = "SELECT node_id, node_name, type, active, upstream_node_id, priority FROM "
                              "repmgr.nodes ORDER BY node_id";

const char* kRepmgrEventsSql = "SELECT node_id, event, successful, "
                               "(EXTRACT(EPOCH FROM event_timestamp) * 1000)::bigint, details "
                               "FROM repmgr.events ORDER BY event_timestamp DESC LIMIT 20";

// repmgr's own functions (shared memory of the repmgr library): whether this node's repmgrd
// registered itself, and the node id this server has. Chosen over the health service because
// the health JSON does not carry it, and over repmgr.events because "no event" proves nothing.
const char* kRepmgrdSql = "SELECT repmgr.repmgrd_is_running(), repmgr.get_local_node_id()";

} // namespace

PgPoller::PgPoller(PgTarget target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PgPoller::onTimeout);
}

PgPoller::~PgPoller()
{
    if (m_lookup >= 0)
        QHostInfo::abortHostLookup(m_lookup);
    closeConnection();
    m_target.password.fill('\0');
}

bool PgPoller::connected() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool PgPoller::poll(quint64 jobId)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_job = jobId;
    m_status = PgStatus {};
    m_status.polled = true;
    m_elapsed.start();
    m_timer.start(m_target.timeoutMs);
    if (connected() && m_phase == Phase::Idle) {
        m_reused = true;
        // Deferred so finished() never fires inside poll().
        QMetaObject::invokeMethod(
            this,
            [this, jobId] {
                if (m_busy && m_job == jobId && m_phase == Phase::Idle)
                    startQueries();
            },
            Qt::QueuedConnection);
        return true;
    }
    m_reused = false;
    closeConnection();
    const QHostAddress literal(m_target.host);
    if (!literal.isNull()) {
        m_phase = Phase::Connecting;
        const QString address = literal.toString();
        QMetaObject::invokeMethod(
            this,
            [this, jobId, address] {
                if (m_busy && m_job == jobId && m_phase == Phase::Connecting && !m_conn)
                    startConnect(address);
            },
            Qt::QueuedConnection);
        return true;
    }
    // libpq resolves names synchronously inside PQconnectStart: resolve first, off this thread.
    m_phase = Phase::Resolving;
    const quint64 lookupId = ++m_lookupId;
    m_lookup = QHostInfo::lookupHost(m_target.host, this, [this, lookupId, jobId](const QHostInfo& info) {
        if (lookupId != m_lookupId || !m_busy || m_job != jobId || m_phase != Phase::Resolving)
            return; // a stale lookup for a poll that already timed out
        m_lookup = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            fail(tr("cannot resolve %1: %2").arg(m_target.host, info.errorString()));
            return;
        }
        m_phase = Phase::Connecting;
        startConnect(info.addresses().first().toString());
    });
    return true;
}

void PgPoller::startConnect(const QString& hostAddress)
{
    m_resolved = hostAddress;
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray hostaddr = hostAddress.toUtf8();
    const QByteArray port = QByteArray::number(m_target.port);
    const QByteArray db = m_target.database.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const QByteArray ssl = m_target.sslMode.toUtf8();
    // The server also gives up on a query that outlives pgpilot's wait.
    const QByteArray options = "-c statement_timeout=" + QByteArray::number(m_target.timeoutMs);
    std::vector<const char*> keys {
        "host", "hostaddr", "port", "dbname", "user", "sslmode", "application_name", "options", "keepalives"};
    std::vector<const char*> values {host.constData(), hostaddr.constData(), port.constData(), db.constData(),
        user.constData(), ssl.constData(), "pgpilot-monitor", options.constData(), "1"};
    const QByteArray rootCert = m_target.sslRootCert.toUtf8();
    if (!rootCert.isEmpty()) {
        keys.push_back("sslrootcert");
        values.push_back(rootCert.constData());
    }
    if (!m_target.password.isEmpty()) {
        keys.push_back("password");
        values.push_back(m_target.password.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectStartParams(keys.data(), values.data(), 0);
    ++m_connectCount;
    if (!m_conn) {
        fail(tr("out of memory"));
        return;
    }
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        fail(firstLine(PQerrorMessage(m_conn)));
        return;
    }
    // As the libpq manual says: behave as if PQconnectPoll had returned PGRES_POLLING_WRITING.
    watch(false, true);
}

void PgPoller::continueConnect()
{
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_READING:
        watch(true, false);
        return;
    case PGRES_POLLING_WRITING:
        watch(false, true);
        return;
    case PGRES_POLLING_OK:
        PQsetnonblocking(m_conn, 1);
        m_tls = readTlsPeer(m_conn);
        qCDebug(lcMonitor) << m_target.nodeName << "connected in" << m_elapsed.elapsed() << "ms";
        startQueries();
        return;
    case PGRES_POLLING_FAILED:
    default:
        fail(firstLine(PQerrorMessage(m_conn)));
        return;
    }
}

QList<PgPoller::Query> PgPoller::buildQueries()
{
    QList<Query> queries;
    queries.append({kStatusSql, [this](PGresult* r) {
                        if (PQntuples(r) != 1)
                            return;
                        m_status.inRecovery = boolean(r, 0, 0);
                        if (auto tli = integer(r, 0, 1))
                            m_status.timeline = int(*tli);
                        m_status.serverVersion = text(r, 0, 2);
                        m_status.currentLsn = parseLsn(text(r, 0, 3));
                        m_status.receiveLsn = parseLsn(text(r, 0, 4));
                        m_status.replayLsn = parseLsn(text(r, 0, 5));
                        m_status.walReceiverStatus = text(r, 0, 6);
                        m_status.upstreamHost = text(r, 0, 7);
                        m_status.replayDelaySeconds = real(r, 0, 8);
                        m_status.repmgrInstalled = boolean(r, 0, 9);
                        const bool repmgrFunctions = boolean(r, 0, 10);
                        m_status.syncStandbyNames = text(r, 0, 11);
                        m_status.sync = parseSyncStandbyNames(m_status.syncStandbyNames);
                        m_status.synchronousCommit = text(r, 0, 12);
                        if (m_status.repmgrInstalled) {
                            m_queries.append({kRepmgrNodesSql, [this](PGresult* n) {
                                                  for (int i = 0; i < PQntuples(n); ++i) {
                                                      RepmgrNode node;
                                                      node.nodeId = int(integer(n, i, 0).value_or(0));
                                                      node.nodeName = text(n, i, 1);
                                                      node.type = text(n, i, 2);
                                                      node.active = boolean(n, i, 3);
                                                      if (auto up = integer(n, i, 4))
                                                          node.upstreamNodeId = int(*up);
                                                      node.priority = int(integer(n, i, 5).value_or(100));
                                                      m_status.repmgrNodes.append(node);
                                                  }
                                              }});
                            m_queries.append({kRepmgrEventsSql, [this](PGresult* e) {
                                                  for (int i = 0; i < PQntuples(e); ++i) {
                                                      RepmgrEvent event;
                                                      event.nodeId = int(integer(e, i, 0).value_or(0));
                                                      event.event = text(e, i, 1);
                                                      event.successful = boolean(e, i, 2);
                                                      if (auto ms = integer(e, i, 3))
                                                          event.timestamp
                                                              = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
                                                      event.details = text(e, i, 4);
                                                      m_status.repmgrEvents.append(event);
                                                  }
                                              }});
                        }
                        if (repmgrFunctions) {
                            m_queries.append({kRepmgrdSql, [this](PGresult* d) {
                                                  if (PQntuples(d) != 1)
                                                      return;
                                                  if (!isNull(d, 0, 0))
                                                      m_status.repmgrdRunning = boolean(d, 0, 0);
                                                  if (auto id = integer(d, 0, 1); id && *id > 0)
                                                      m_status.localRepmgrNodeId = int(*id);
                                              }});
                        }
                    }});
    queries.append({kReplicationSql, [this](PGresult* r) {
                        for (int i = 0; i < PQntuples(r); ++i) {
                            QList<SqlField> row;
                            for (int c = 0; c < PQnfields(r); ++c)
                                row << field(r, i, c);
                            m_status.replication.append(parseReplicationRow(row));
                        }
                        if (PQntuples(r) > 0 && PQnfields(r) > 16) {
                            m_status.syncStandbyNames = text(r, 0, 15);
                            m_status.sync = parseSyncStandbyNames(m_status.syncStandbyNames);
                            m_status.synchronousCommit = text(r, 0, 16);
                        }
                    }});
    queries.append({kSlotsSql, [this](PGresult* r) {
                        for (int i = 0; i < PQntuples(r); ++i) {
                            ReplicationSlot slot;
                            slot.name = text(r, i, 0);
                            slot.type = text(r, i, 1);
                            slot.active = boolean(r, i, 2);
                            slot.restartLsn = parseLsn(text(r, i, 3));
                            slot.retainedBytes = integer(r, i, 4);
                            slot.walStatus = text(r, i, 5);
                            m_status.slots.append(slot);
                        }
                    }});
    return queries;
}

void PgPoller::startQueries()
{
    m_phase = Phase::Querying;
    m_queries = buildQueries();
    m_queryIndex = 0;
    sendNext();
}

void PgPoller::failOrReconnect(const QString& error, bool staleKeptConnection)
{
    if (!staleKeptConnection)
        return fail(error);
    // The kept connection went stale (server restarted): reconnect once in this poll.
    m_reused = false;
    closeConnection();
    m_phase = Phase::Connecting;
    startConnect(m_resolved);
}

void PgPoller::sendNext()
{
    if (m_queryIndex >= m_queries.size()) {
        complete();
        return;
    }
    m_queryFailed = false;
    if (!PQsendQuery(m_conn, m_queries.at(m_queryIndex).sql.constData())) {
        failOrReconnect(firstLine(PQerrorMessage(m_conn)), m_reused);
        return;
    }
    flushOutput();
}

void PgPoller::flushOutput()
{
    const int pending = PQflush(m_conn);
    if (pending < 0) {
        fail(firstLine(PQerrorMessage(m_conn)));
        return;
    }
    watch(true, pending == 1);
}

void PgPoller::onWritable()
{
    if (m_phase == Phase::Connecting)
        continueConnect();
    else if (m_phase == Phase::Querying)
        flushOutput();
}

void PgPoller::onReadable()
{
    if (!m_conn)
        return;
    if (m_phase == Phase::Connecting) {
        continueConnect();
        return;
    }
    if (!PQconsumeInput(m_conn)) {
        const QString error = firstLine(PQerrorMessage(m_conn));
        if (m_phase != Phase::Querying) {
            // Idle connection closed by the server: reconnect on the next poll.
            qCDebug(lcMonitor) << m_target.nodeName << "connection lost while idle:" << error;
            closeConnection();
            return;
        }
        failOrReconnect(error, m_reused && m_queryIndex == 0);
        return;
    }
    if (m_phase != Phase::Querying) {
        while (PGnotify* n = PQnotifies(m_conn))
            PQfreemem(n);
        return;
    }
    while (!PQisBusy(m_conn)) {
        PGresult* result = PQgetResult(m_conn);
        if (!result) {
            // One query done: the next, or the end.
            ++m_queryIndex;
            sendNext();
            return;
        }
        const ExecStatusType st = PQresultStatus(result);
        if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK) {
            // A handler may append follow-up queries, which can reallocate m_queries: call a copy,
            // never the std::function inside the list.
            const auto handle = m_queries[m_queryIndex].handle;
            handle(result);
        } else if (m_queryIndex == 0) {
            // The status query must work; the others are best effort (permissions, repmgr).
            m_queryFailed = true;
            const QString error = firstLine(PQresultErrorMessage(result));
            PQclear(result);
            fail(error);
            return;
        } else {
            qCDebug(lcMonitor) << m_target.nodeName << "query" << m_queryIndex
                               << "failed:" << firstLine(PQresultErrorMessage(result));
        }
        PQclear(result);
    }
}

void PgPoller::watch(bool read, bool write)
{
    const qintptr socket = PQsocket(m_conn);
    if (socket < 0) {
        fail(tr("no socket"));
        return;
    }
    if (socket != m_socket) {
        // libpq may move to another socket while trying the next address.
        for (auto* n : {m_readNotifier, m_writeNotifier}) {
            if (n) {
                n->setEnabled(false);
                n->deleteLater();
            }
        }
        m_socket = socket;
        m_readNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        m_writeNotifier = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &PgPoller::onReadable);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &PgPoller::onWritable);
    }
    m_readNotifier->setEnabled(read);
    m_writeNotifier->setEnabled(write);
}

void PgPoller::closeConnection()
{
    for (auto* n : {m_readNotifier, m_writeNotifier}) {
        if (n) {
            n->setEnabled(false);
            n->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_socket = -1;
    m_tls = TlsPeer {};
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

void PgPoller::fail(const QString& error)
{
    if (!m_busy)
        return;
    closeConnection();
    m_status.reachable = false;
    m_status.error = error.isEmpty() ? tr("connection failed") : error;
    m_status.latencyMs = m_elapsed.elapsed();
    m_timer.stop();
    m_busy = false;
    m_phase = Phase::Idle;
    qCDebug(lcMonitor) << m_target.nodeName << "poll failed:" << m_status.error;
    Q_EMIT finished(m_job, m_status);
}

void PgPoller::complete()
{
    m_timer.stop();
    m_status.reachable = true;
    m_status.tls = m_tls;
    m_status.latencyMs = m_elapsed.elapsed();
    m_busy = false;
    m_phase = Phase::Idle;
    m_queries.clear();
    // Idle: only watch for the server closing the connection.
    watch(true, false);
    Q_EMIT finished(m_job, m_status);
}

void PgPoller::onTimeout()
{
    if (!m_busy)
        return;
    if (m_lookup >= 0) {
        QHostInfo::abortHostLookup(m_lookup);
        m_lookup = -1;
    }
    ++m_lookupId;
    const QString where = m_phase == Phase::Querying ? tr("to queries") : tr("while connecting");
    fail(tr("no answer %1 within %2 ms").arg(where).arg(m_target.timeoutMs));
}

} // namespace pgpilot
