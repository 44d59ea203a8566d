// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpanswer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTcpSocket>
#include <QTimer>

namespace pgpilot {

// A small asynchronous HTTP/1.1 client for the monitor's once-a-second GETs to one node's port
// (the health service, HAProxy's stats page). It lives on its owner's thread (no network thread,
// no object or signal connection per request) and reuses its buffers and its connection: the
// connection stays open while the server allows it (HTTP/1.1 without "Connection: close"), and a
// request on a kept connection that the server closed meanwhile is sent once more on a fresh one.
// Answers framed by Content-Length, by chunked transfer encoding or by the end of the connection;
// the head is bounded (HttpAnswerReader::kMaxHeadBytes), the body by setMaxBodyBytes(), the whole request by
// setTimeout(). No proxy, no redirect followed, no compression asked for.
class HttpProbe : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Answered, // status() and body() hold the answer, whatever its status code
        TimedOut, // no whole answer within timeout()
        TooLarge, // the body (announced or received) went over maxBodyBytes(): cut off
        Failed // errorString() says why (no connection, closed early, not HTTP, ...)
    };

    // host: an address or a name (looked up by QTcpSocket); the Host header names host:port.
    HttpProbe(const QString& host, quint16 port, QObject* parent = nullptr);
    ~HttpProbe() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }
    qint64 maxBodyBytes() const { return m_maxBody; }
    // Sent as the Authorization header of every request from now on ("Basic ..."); empty: none.
    // A secret: kept in memory only, overwritten when replaced.
    void setAuthorization(const QByteArray& value);

    // GET path tagged job (characters a request target may not hold are percent-encoded; a path
    // without its leading '/' gets one). False, and nothing starts, while a request runs.
    // finished(job) follows exactly once, always from the event loop (never inside get()).
    bool get(const QString& path, quint64 job);
    bool busy() const { return m_phase != Phase::Idle || m_emitPending; }
    // Drops the request (no finished()) and the connection.
    void abort();

    // The last request's result, valid from finished() until the next get().
    Outcome outcome() const { return m_outcome; }
    int status() const { return m_status; } // 0 unless Answered
    const QByteArray& body() const { return m_reader.body(); }
    QString errorString() const { return m_error; } // Failed only
    qint64 elapsedMs() const { return m_elapsedMs; }

    // Connections opened so far, and whether one is kept open now.
    quint64 connectCount() const { return m_connectCount; }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState && m_keep; }

Q_SIGNALS:
    void finished(quint64 job);

private:
    enum class Phase
    {
        Idle,
        Connecting, // a fresh connection is being made; the request goes once it is up
        Answer // the request is sent (or queued to the socket); the answer is read
    };

    void buildRequest(const QString& path);
    void startFresh();
    void send();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void onTimeout();
    void onLater();
    // What the reader says after new bytes; true when the request ended.
    bool handle(HttpAnswerReader::State state);
    // The connection ended (closed or failed) while the request ran; reason: why, for Failed.
    void connectionLost(const QString& reason);
    void complete();
    void fail(Outcome outcome, const QString& error = {});
    void finish();
    void dropConnection();

    QTcpSocket m_socket;
    QTimer m_timer; // the whole request's deadline
    QTimer m_later; // zero timer: what may not happen inside get() or a socket signal
    HttpAnswerReader m_reader;
    QString m_host;
    quint16 m_port;
    QByteArray m_hostHeader;
    QByteArray m_authorization;
    QString m_requestPath; // what m_request was built for
    QByteArray m_request;
    QString m_error;
    QElapsedTimer m_elapsed;
    int m_timeoutMs = 2000;
    qint64 m_maxBody = 1024 * 1024;
    quint64 m_job = 0;
    quint64 m_connectCount = 0;
    qint64 m_elapsedMs = 0;
    int m_status = 0;
    int m_inSocketSignal = 0;
    Phase m_phase = Phase::Idle;
    Outcome m_outcome = Outcome::Answered;
    bool m_keep = false; // the connection may carry the next request
    bool m_reused = false; // this request went out on a kept connection
    bool m_inGet = false;
    bool m_ignoreSocket = false; // our own abort() of the socket: its signals are not news
    bool m_startPending = false; // m_later: open a fresh connection for the running request
    bool m_emitPending = false; // m_later: emit finished(m_job)
};

} // namespace pgpilot
