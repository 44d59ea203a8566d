// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpprobe.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QScopedValueRollback>
#include <QUrl>

namespace pgpilot {

namespace {

// What the socket may hold of an answer before this thread takes it: a sender faster than this
// thread is held back by TCP rather than buffered here.
constexpr qint64 kReadChunkBytes = 64 * 1024;

struct Depth
{
    explicit Depth(int* d)
        : depth(d)
    {
        ++*depth;
    }
    ~Depth() { --*depth; }
    Q_DISABLE_COPY_MOVE(Depth)
    int* depth;
};

} // namespace

HttpProbe::HttpProbe(const QString& host, quint16 port, QObject* parent)
    : QObject(parent)
    , m_socket(this)
    , m_timer(this)
    , m_later(this)
    , m_host(host)
    , m_port(port)
{
    // Cluster nodes are never reached through the workstation's HTTP proxy.
    m_socket.setProxy(QNetworkProxy::NoProxy);
    m_socket.setReadBufferSize(kReadChunkBytes);
    QHostAddress address;
    if (address.setAddress(host)) {
        address.setScopeId({});
        m_hostHeader = address.protocol() == QAbstractSocket::IPv6Protocol
            ? '[' + address.toString().toLatin1() + ']'
            : address.toString().toLatin1();
    } else {
        m_hostHeader = QUrl::toAce(host);
        if (m_hostHeader.isEmpty())
            m_hostHeader = host.toUtf8(); // not a valid name: the connection will say so
    }
    m_hostHeader += ':' + QByteArray::number(port);
    connect(&m_socket, &QTcpSocket::connected, this, &HttpProbe::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpProbe::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &HttpProbe::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &HttpProbe::onError);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpProbe::onTimeout);
    m_later.setSingleShot(true);
    m_later.setInterval(0);
    connect(&m_later, &QTimer::timeout, this, &HttpProbe::onLater);
}

HttpProbe::~HttpProbe()
{
    m_ignoreSocket = true;
    m_socket.abort();
    m_authorization.fill('\0');
    m_request.fill('\0');
}

void HttpProbe::setAuthorization(const QByteArray& value)
{
    if (value == m_authorization)
        return;
    m_authorization.fill('\0');
    m_authorization = value;
    m_request.fill('\0');
    m_requestPath.clear(); // built again by the next get()
}

void HttpProbe::buildRequest(const QString& path)
{
    m_requestPath = path;
    m_request.fill('\0'); // may hold the authorization
    m_request.resize(0);
    m_request += path.startsWith(QLatin1Char('/')) ? "GET " : "GET /";
    // What a request target may not hold is percent-encoded; a '%' stays (already encoded).
    m_request += path.toUtf8().toPercentEncoding("/!$&'()*+,;=:@?%");
    m_request += " HTTP/1.1\r\nHost: ";
    m_request += m_hostHeader;
    if (!m_authorization.isEmpty()) {
        m_request += "\r\nAuthorization: ";
        m_request += m_authorization;
    }
    m_request += "\r\nUser-Agent: pgpilot\r\nAccept-Encoding: identity\r\nConnection: keep-alive\r\n\r\n";
}

bool HttpProbe::get(const QString& path, quint64 job)
{
    if (busy())
        return false;
    QScopedValueRollback<bool> inGet(m_inGet, true);
    if (path != m_requestPath)
        buildRequest(path);
    m_job = job;
    m_status = 0;
    m_error.clear();
    m_outcome = Outcome::Answered;
    m_elapsedMs = 0;
    m_reader.start(m_maxBody);
    m_elapsed.start();
    m_timer.start(m_timeoutMs);
    if (m_socket.state() == QAbstractSocket::ConnectedState && m_keep) {
        m_reused = true;
        send();
    } else if (m_inSocketSignal > 0) {
        // Called from finished() inside one of the socket's signals: not the moment to reconnect it.
        m_reused = false;
        m_phase = Phase::Connecting;
        m_startPending = true;
        m_later.start();
    } else {
        startFresh();
    }
    return true;
}

void HttpProbe::abort()
{
    m_timer.stop();
    m_later.stop();
    m_startPending = false;
    m_emitPending = false;
    m_phase = Phase::Idle;
    dropConnection();
}

void HttpProbe::dropConnection()
{
    m_keep = false;
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return;
    QScopedValueRollback<bool> ignore(m_ignoreSocket, true);
    m_socket.abort();
}

void HttpProbe::startFresh()
{
    dropConnection();
    m_reused = false;
    m_phase = Phase::Connecting;
    ++m_connectCount;
    m_socket.connectToHost(m_host, m_port);
}

void HttpProbe::send()
{
    m_phase = Phase::Answer;
    m_reader.start(m_maxBody);
    m_keep = false; // until the answer says otherwise
    m_socket.write(m_request);
    if (m_inSocketSignal == 0)
        m_socket.flush(); // out now rather than on the next turn of the event loop
}

void HttpProbe::onConnected()
{
    if (m_ignoreSocket || m_phase != Phase::Connecting || m_startPending)
        return;
    Depth depth(&m_inSocketSignal);
    send();
}

void HttpProbe::onReadyRead()
{
    if (m_ignoreSocket)
        return;
    Depth depth(&m_inSocketSignal);
    if (m_phase != Phase::Answer) {
        // Bytes nobody asked for on a kept connection: it cannot carry a request any more.
        dropConnection();
        return;
    }
    handle(m_reader.read(&m_socket));
}

bool HttpProbe::handle(HttpAnswerReader::State state)
{
    switch (state) {
    case HttpAnswerReader::State::Reading:
        return false;
    case HttpAnswerReader::State::Complete:
        complete();
        break;
    case HttpAnswerReader::State::TooLarge:
        fail(Outcome::TooLarge);
        break;
    case HttpAnswerReader::State::Malformed:
        fail(Outcome::Failed, m_reader.error());
        break;
    }
    return true;
}

void HttpProbe::onDisconnected()
{
    if (m_ignoreSocket)
        return;
    Depth depth(&m_inSocketSignal);
    m_keep = false;
    if (m_phase != Phase::Answer)
        return; // a kept connection closed between requests, or the last words of a dropped one
    connectionLost(tr("the node closed the connection before answering"));
}

void HttpProbe::onError(QAbstractSocket::SocketError error)
{
    if (m_ignoreSocket)
        return;
    Depth depth(&m_inSocketSignal);
    m_keep = false;
    if (m_phase == Phase::Idle || m_startPending)
        return;
    QString text;
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        text = tr("the node closed the connection before answering");
        break;
    case QAbstractSocket::ConnectionRefusedError:
        text = tr("connection refused on port %1 (nothing listens there?)").arg(m_port);
        break;
    case QAbstractSocket::HostNotFoundError:
        text = tr("host %1 not found").arg(m_host);
        break;
    default:
        text = m_socket.errorString();
        break;
    }
    if (m_phase == Phase::Connecting)
        return fail(Outcome::Failed, text);
    connectionLost(text);
}

void HttpProbe::onTimeout()
{
    if (m_phase != Phase::Idle)
        fail(Outcome::TimedOut);
}

void HttpProbe::onLater()
{
    if (m_startPending) {
        m_startPending = false;
        startFresh();
    } else if (m_emitPending) {
        m_emitPending = false;
        Q_EMIT finished(m_job);
    }
}

void HttpProbe::connectionLost(const QString& reason)
{
    m_keep = false;
    // What arrived with the end of the connection may finish the answer.
    if (handle(m_reader.read(&m_socket)) || handle(m_reader.closed()))
        return;
    if (m_reused && !m_reader.started()) {
        // The kept connection turned out closed (the server's idle timeout): the request goes
        // once more, on a fresh connection, within the same deadline.
        m_reused = false;
        m_phase = Phase::Connecting;
        m_startPending = true;
        m_later.start();
        return;
    }
    fail(Outcome::Failed,
        m_reader.started() ? tr("the node closed the connection in the middle of the answer") : reason);
}

void HttpProbe::complete()
{
    m_outcome = Outcome::Answered;
    m_status = m_reader.status();
    m_keep = m_reader.keepAlive();
    if (!m_keep)
        dropConnection();
    finish();
}

void HttpProbe::fail(Outcome outcome, const QString& error)
{
    m_outcome = outcome;
    m_error = error;
    m_status = 0;
    m_reader.clearBody();
    dropConnection();
    finish();
}

void HttpProbe::finish()
{
    m_timer.stop();
    m_startPending = false;
    m_elapsedMs = m_elapsed.elapsed();
    m_phase = Phase::Idle;
    if (m_inGet) {
        m_emitPending = true;
        m_later.start();
        return;
    }
    Q_EMIT finished(m_job);
}

} // namespace pgpilot
