// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

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
// + PQconnectPoll driven by QSocketNotifier, then PQsendQuery one query after another. libpq's
// connect_timeout does not apply to PQconnectPoll, so a QTimer bounds the whole poll; on expiry
// the connection is closed (PQcancel would block on a new connection) and the next poll
// reconnects. The connection stays open between polls.
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
    const PgTarget& target() const { return m_target; }
    // Used from the next connection on (kept connections stay as they are).
    void setPassword(const QByteArray& password) { m_target.password = password; }

Q_SIGNALS:
    // Exactly once per accepted poll(), always from the event loop (never inside poll()).
    void finished(quint64 jobId, const pgpilot::PgStatus& status);

private:
    struct Query
    {
        QByteArray sql;
        std::function<void(pg_result*)> handle;
    };

    void startConnect(const QString& hostAddress);
    void continueConnect();
    void startQueries();
    void sendNext();
    void onReadable();
    void onWritable();
    void flushOutput();
    void watch(bool read, bool write);
    void closeConnection();
    void fail(const QString& error);
    // A query could not be sent or read: on a connection kept from the last poll that went stale,
    // one fresh connection in this poll; otherwise the poll fails with error.
    void failOrReconnect(const QString& error, bool staleKeptConnection);
    void complete();
    void onTimeout();
    QList<Query> buildQueries();

    enum class Phase
    {
        Idle,
        Resolving,
        Connecting,
        Querying
    };

    PgTarget m_target;
    pg_conn* m_conn = nullptr;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
    qintptr m_socket = -1;
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
    QList<Query> m_queries;
    int m_queryIndex = 0;
    bool m_queryFailed = false;
};

} // namespace pgpilot

Q_DECLARE_METATYPE(pgpilot::PgStatus)
