// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgstatements.h"
#include "snapshot.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <array>

class QSocketNotifier;
struct pg_conn;
struct pg_result;

namespace pgpilot {

struct PgTarget
{
    QString nodeName;
    QString host; // address or name; a name is resolved asynchronously before libpq sees it
    int port = 5432;
    QString database = QStringLiteral("repmgr");
    QString user = QStringLiteral("repmgr");
    QByteArray password; // from the SecretStore; never logged
    QString sslMode = QStringLiteral("prefer");
    QString sslRootCert; // the cluster CA's certificate (verify-full); empty: libpq's default
    int timeoutMs = 2000; // one poll: connect (when needed) plus every query
};

// Polls one node's PostgreSQL without ever blocking the thread it lives on: PQconnectStartParams
// + PQconnectPoll driven by QSocketNotifier, then the poll's statements sent together in one
// simple-protocol query string (one round trip in the steady state; see pgpoller.cpp for why not
// pipeline mode). libpq's connect_timeout does not apply to PQconnectPoll, so a QTimer bounds the
// whole poll; on expiry the connection is closed (PQcancel would block on a new connection) and
// the next poll reconnects. The connection stays open between polls.
class PgPoller : public QObject
{
    Q_OBJECT
public:
    explicit PgPoller(PgTarget target, QObject* parent = nullptr);
    ~PgPoller() override;

    // Starts a poll tagged jobId; false (and nothing starts) while the previous one runs.
    bool poll(quint64 jobId);
    bool busy() const { return m_busy; }
    bool connected() const;
    quint64 connectCount() const { return m_connectCount; }
    // Query strings sent to the server since construction: the poll's round trips (for tests).
    quint64 roundTrips() const { return m_roundTrips; }
    const PgTarget& target() const { return m_target; }
    // Used from the next connection on (kept connections stay as they are).
    void setPassword(const QByteArray& password) { m_target.password = password; }

Q_SIGNALS:
    // Exactly once per accepted poll(), always from the event loop (never inside poll()).
    void finished(quint64 jobId, const pgpilot::PgStatus& status);

private:
    void startConnect(const QString& hostAddress);
    void continueConnect();
    void startQueries();
    void sendBatch(PollStatements statements);
    void readResults();
    void batchDone();
    void onReadable();
    void onWritable();
    void flushOutput();
    void watch(bool read, bool write);
    void closeConnection();
    void fail(const QString& error);
    // The connection failed (a send, a read, or a session-ending error on the status statement):
    // on a connection kept from the last poll that went stale, one fresh connection in this poll
    // and the poll starts over; otherwise the poll fails with error.
    void failOrReconnect(const QString& error, bool staleKeptConnection);
    void complete();
    void finish();
    void onTimeout();

    enum class Phase
    {
        Idle,
        Resolving,
        Connecting,
        Querying,
        Finishing // the answer is ready; finished() is on its way (posted when inside poll())
    };

    PgTarget m_target;
    pg_conn* m_conn = nullptr;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
    qintptr m_socket = -1;
    bool m_reading = false; // what the notifiers are enabled for
    bool m_writing = false;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    Phase m_phase = Phase::Idle;
    bool m_busy = false;
    bool m_reused = false; // this poll started on a connection kept from an earlier one
    quint64 m_job = 0;
    quint64 m_lookupId = 0;
    quint64 m_connectCount = 0;
    int m_lookup = -1;
    QString m_resolved; // the address libpq connects to (hostaddr)
    PgStatus m_status;
    TlsPeer m_tls; // of the current connection, read once when it was made
    bool m_inPoll = false; // inside poll(): finished() is posted, not emitted
    quint64 m_roundTrips = 0;
    // What the last status answer called for besides the fixed statements (repmgr's tables and
    // functions): sent in the same string from the next poll on.
    PollStatements m_believed = 0;
    PollStatements m_failedLast = 0; // best-effort statements that failed in the last poll: sent last
    // This poll: what the status answer calls for (valid once m_statusRead), what has an answer
    // (or an error), and what failed.
    PollStatements m_wanted = 0;
    PollStatements m_answered = 0;
    PollStatements m_failed = 0;
    bool m_statusRead = false;
    // The string in flight: its statements in order, and how many results came back.
    std::array<PollStatement, PollStatementCount> m_batch {};
    int m_batchSize = 0;
    int m_batchResults = 0;
    // The last string built, kept while the same statements in the same order are sent.
    QByteArray m_batchSql;
    quint64 m_batchKey = 0;
};

} // namespace pgpilot

Q_DECLARE_METATYPE(pgpilot::PgStatus)
