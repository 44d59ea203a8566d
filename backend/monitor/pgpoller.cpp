// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgpoller.h"

#include "core/logging.h"
#include "pgstatements.h"
#include "tlspeer.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QScopeGuard>
#include <QSocketNotifier>

#include <cstring>
#include <libpq-fe.h>
#include <vector>

namespace pgpilot {

namespace {

// Sent in every poll; the repmgr statements only where the last status answer found repmgr.
constexpr PollStatements kFixed = pollBit(StatusStatement) | pollBit(ReplicationStatement)
    | pollBit(SlotsStatement) | pollBit(ArchiverStatement);

QString firstLine(const char* message)
{
    QString text = QString::fromUtf8(message).trimmed();
    const int newline = text.indexOf(QLatin1Char('\n'));
    return newline < 0 ? text : text.left(newline);
}

// An error that ends the session (the server shutting down or terminating it), or libpq's own
// for a lost connection: the connection is gone, whatever the statement was.
bool connectionLost(PGconn* conn, PGresult* result)
{
    const char* severity = PQresultErrorField(result, PG_DIAG_SEVERITY_NONLOCALIZED);
    return PQstatus(conn) == CONNECTION_BAD
        || (severity && (std::strcmp(severity, "FATAL") == 0 || std::strcmp(severity, "PANIC") == 0));
}

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
    m_inPoll = true;
    const auto leave = qScopeGuard([this] { m_inPoll = false; });
    m_job = jobId;
    m_status = PgStatus {};
    m_status.polled = true;
    m_elapsed.start();
    m_timer.start(m_target.timeoutMs);
    if (connected() && m_phase == Phase::Idle) {
        m_reused = true;
        // Sent at once; the answer, and finished(), come from the event loop.
        startQueries();
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
    // Notices (a server's warning that it shuts down) go to the debug log, not to stderr.
    PQsetNoticeProcessor(
        m_conn,
        [](void* poller, const char* message) {
            qCDebug(lcMonitor) << static_cast<PgPoller*>(poller)->m_target.nodeName << firstLine(message);
        },
        this);
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

void PgPoller::startQueries()
{
    m_phase = Phase::Querying;
    m_status = PgStatus {}; // also after a reconnect within the poll: nothing read twice
    m_status.polled = true;
    m_statusRead = false;
    m_wanted = 0;
    m_answered = 0;
    m_failed = 0;
    sendBatch(kFixed | m_believed);
}

void PgPoller::failOrReconnect(const QString& error, bool staleKeptConnection)
{
    if (!staleKeptConnection)
        return fail(error);
    // The kept connection went stale (server restarted): reconnect once, and the poll starts over.
    qCDebug(lcMonitor) << m_target.nodeName << "kept connection lost, connecting again:" << error;
    m_reused = false;
    closeConnection();
    m_phase = Phase::Connecting;
    startConnect(m_resolved);
}

// One poll sends its statements together, as one simple-protocol query string ("a; b; c"): the
// server runs them in order and answers with one result per statement, all in one write, so the
// steady-state poll is one send, one flush and one wake-up on each side. libpq's pipeline mode
// (one Sync per statement, so that an error does not skip the rest) was the alternative and is
// not used: libpq before 17 flushes on every PQpipelineSync and the server flushes after every
// Sync's ReadyForQuery, so a pipeline of six statements is up to six writes each way and as many
// wake-ups, the very cost this batching removes; it also needs libpq 14 and the extended protocol.
// What the string costs, and how it is paid:
// - An error ends the string (the statements after it do not run). Only the status statement must
//   work, and it comes first; after a best-effort statement's error the statements still wanted
//   go in a second string, and a statement that failed in the last poll is put last, so one that
//   keeps failing (a missing grant) costs no extra round trip.
// - The statements share one implicit transaction: each still takes its own snapshot (under the
//   default read committed; the views read are live shared memory anyway), none of them writes,
//   and their locks last only the string's few milliseconds.
// - The server reloads its configuration between messages, not within a string; the replication
//   statement still reads the settings itself, as it must when it runs in a second string.
void PgPoller::sendBatch(PollStatements statements)
{
    // The status statement first (an error ends the string, and the poll needs it); the rest in
    // their fixed order, what failed in the last poll at the end.
    m_batchSize = 0;
    quint64 key = 0;
    const auto add = [&](PollStatement statement) {
        m_batch[m_batchSize++] = statement;
        key = key * 16 + statement + 1; // up to 16 statements of 4 bits each
    };
    if (statements & pollBit(StatusStatement))
        add(StatusStatement);
    for (const bool failedLast : {false, true}) {
        for (int i = StatusStatement + 1; i < PollStatementCount; ++i) {
            if ((statements & pollBit(i)) && bool(m_failedLast & pollBit(i)) == failedLast)
                add(PollStatement(i));
        }
    }
    if (key != m_batchKey || m_batchSql.isEmpty()) {
        m_batchKey = key;
        m_batchSql.clear();
        for (int i = 0; i < m_batchSize; ++i) {
            if (i > 0)
                m_batchSql += ";\n";
            m_batchSql += kPollStatements[m_batch[i]].sql;
        }
    }
    m_batchResults = 0;
    if (!PQsendQuery(m_conn, m_batchSql.constData())) {
        failOrReconnect(firstLine(PQerrorMessage(m_conn)), m_reused);
        return;
    }
    ++m_roundTrips;
    flushOutput();
}

void PgPoller::flushOutput()
{
    const int pending = PQflush(m_conn);
    if (pending < 0) {
        failOrReconnect(firstLine(PQerrorMessage(m_conn)), m_reused);
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
        failOrReconnect(error, m_reused);
        return;
    }
    if (m_phase != Phase::Querying) {
        while (PGnotify* n = PQnotifies(m_conn))
            PQfreemem(n);
        return;
    }
    readResults();
}

void PgPoller::readResults()
{
    while (!PQisBusy(m_conn)) {
        PGresult* result = PQgetResult(m_conn);
        if (!result) {
            batchDone(); // the string's end
            return;
        }
        if (m_batchResults >= m_batchSize) {
            // More results than statements: not from these statements; nothing to read.
            qCDebug(lcMonitor) << m_target.nodeName << "unexpected result"
                               << PQresStatus(PQresultStatus(result));
            PQclear(result);
            continue;
        }
        const PollStatement statement = m_batch[m_batchResults++];
        const ExecStatusType st = PQresultStatus(result);
        if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK) {
            if (statement == StatusStatement) {
                kPollStatements[statement].read(result, m_status);
                // What applies to this server, in this poll and from the next poll on.
                m_believed = repmgrStatements(result);
                m_wanted = kFixed | m_believed;
                m_statusRead = true;
            } else if (m_wanted & pollBit(statement)) {
                kPollStatements[statement].read(result, m_status);
            }
            // else: sent because the last status called for it, and this one does not: ignored
        } else if (statement == StatusStatement) {
            // The status statement must work; the others are best effort (permissions, repmgr).
            const QString error = firstLine(PQresultErrorMessage(result));
            const bool lost = connectionLost(m_conn, result);
            PQclear(result);
            failOrReconnect(error, m_reused && lost);
            return;
        } else if (m_wanted & pollBit(statement)) {
            m_failed |= pollBit(statement);
            qCDebug(lcMonitor) << m_target.nodeName << kPollStatements[statement].name
                               << "failed:" << firstLine(PQresultErrorMessage(result));
        } else {
            qCDebug(lcMonitor) << m_target.nodeName << kPollStatements[statement].name
                               << "no longer applies:" << firstLine(PQresultErrorMessage(result));
        }
        m_answered |= pollBit(statement);
        PQclear(result);
    }
}

void PgPoller::batchDone()
{
    if (!m_statusRead) {
        // Cannot be: the status statement comes first, and its error fails the poll.
        fail(tr("no answer to the status query"));
        return;
    }
    // After an error the rest of the string did not run; and a status that calls for repmgr's
    // statements for the first time: what is still wanted goes in one more string.
    const PollStatements missing = PollStatements(m_wanted & ~m_answered);
    if (!missing) {
        complete();
        return;
    }
    if (m_batchResults == 0) {
        fail(tr("no answer to the queries"));
        return;
    }
    sendBatch(missing);
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
        m_reading = m_writing = true; // a new notifier starts enabled
        connect(m_readNotifier, &QSocketNotifier::activated, this, &PgPoller::onReadable);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &PgPoller::onWritable);
    }
    // Only changes reach the event dispatcher: in the steady state reading stays on (also while
    // idle, for the server closing the connection) and writing off.
    if (read != m_reading) {
        m_reading = read;
        m_readNotifier->setEnabled(read);
    }
    if (write != m_writing) {
        m_writing = write;
        m_writeNotifier->setEnabled(write);
    }
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
    m_reading = m_writing = false;
    m_socket = -1;
    m_tls = TlsPeer {};
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

void PgPoller::fail(const QString& error)
{
    if (!m_busy || m_phase == Phase::Finishing)
        return;
    closeConnection();
    m_status.reachable = false;
    m_status.error = error.isEmpty() ? tr("connection failed") : error;
    m_status.latencyMs = m_elapsed.elapsed();
    qCDebug(lcMonitor) << m_target.nodeName << "poll failed:" << m_status.error;
    finish();
}

void PgPoller::complete()
{
    m_status.reachable = true;
    m_status.tls = m_tls;
    m_status.latencyMs = m_elapsed.elapsed();
    m_failedLast = m_failed;
    if (PQstatus(m_conn) == CONNECTION_OK)
        watch(true, false); // idle: only watch for the server closing the connection
    else
        closeConnection(); // lost after the answers this poll needed: the next poll reconnects
    finish();
}

void PgPoller::finish()
{
    if (m_phase == Phase::Finishing)
        return; // watch() failed inside complete(): already finishing
    m_timer.stop();
    m_phase = Phase::Finishing;
    const auto deliver = [this] {
        m_phase = Phase::Idle;
        m_busy = false;
        Q_EMIT finished(m_job, m_status);
    };
    if (m_inPoll)
        QMetaObject::invokeMethod(this, deliver, Qt::QueuedConnection); // never inside poll()
    else
        deliver();
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
