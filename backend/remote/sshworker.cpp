// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshworker.h"

#include "core/logging.h"
#include "jumptunnel.h"
#include "sshhost.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <atomic>
#include <mutex>

namespace pgpilot {

namespace {

void initLibssh()
{
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
}

} // namespace

void wipe(QByteArray& secret)
{
    secret.fill('\0');
    secret.clear();
}

namespace {
std::atomic_int g_liveWorkers {0};
} // namespace

int SshWorker::liveCount()
{
    return g_liveWorkers.load();
}

SshWorker::SshWorker(ConnectionSettings settings)
    : m_settings(std::move(settings))
{
    ++g_liveWorkers;
}

SshWorker::~SshWorker()
{
    --g_liveWorkers;
    disconnectSession();
    wipe(m_settings.secret);
    wipe(m_settings.sudoPassword);
}

void SshWorker::start()
{
    m_keepAlive = new QTimer(this);
    m_keepAlive->setInterval(m_settings.keepAliveIntervalMs);
    connect(m_keepAlive, &QTimer::timeout, this, &SshWorker::keepAlive);
    m_keepAlive->start();
}

void SshWorker::execute(quint64 id, RunRequest request, std::shared_ptr<std::atomic_bool> cancelled,
    bool isWrite, WriteRequest write)
{
    QElapsedTimer timer;
    timer.start();
    RunResult result;
    if (cancelled->load()) {
        result.failure = RunResult::Failure::Cancelled;
        result.error = tr("%1: cancelled before it started.").arg(m_settings.nodeName);
    } else {
        if (isWrite) {
            request.runAs = QStringLiteral("root");
            request.timeoutMs = write.timeoutMs;
            request.stdinData = write.content;
            const QByteArray sum
                = QCryptographicHash::hash(write.content, QCryptographicHash::Sha256).toHex();
            request.command = atomicWriteCommand(write, sum);
        }
        // One retry on a fresh connection when the old one died while idle (node rebooted).
        for (int attempt = 0; attempt < 2; ++attempt) {
            result = RunResult {};
            if (!ensureConnected(result))
                break;
            bool started = false;
            result = runOnChannel(id, request, *cancelled, started);
            if (started || result.failure != RunResult::Failure::Transport)
                break;
            disconnectSession();
        }
    }
    result.durationMs = timer.elapsed();
    // Every result says which host key the node showed (the connection page lists it).
    if (result.offeredFingerprint.isEmpty())
        result.offeredFingerprint = m_hostFingerprint;
    Q_EMIT jobFinished(id, result);
}

void SshWorker::shutdown()
{
    // Runs in the worker's thread: its timer must be stopped here, not by the destructor.
    delete m_keepAlive;
    m_keepAlive = nullptr;
    disconnectSession();
}

void SshWorker::keepAlive()
{
    if (m_session && ssh_is_connected(m_session) && ssh_send_ignore(m_session, "pgpilot") != SSH_OK) {
        qCInfo(lcSsh) << m_settings.nodeName << "keep-alive failed; will reconnect on next use";
        disconnectSession();
    }
}

void SshWorker::disconnectSession()
{
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    m_tunnel.reset();
}

// Connects (host key checked, authenticated) and hands the session over; for jump hosts.
ssh_session SshWorker::takeConnectedSession(RunResult& result)
{
    if (!ensureConnected(result))
        return nullptr;
    ssh_session s = m_session;
    m_session = nullptr;
    return s;
}

QString SshWorker::where() const
{
    return QStringLiteral("%1 (%2@%3:%4)")
        .arg(m_settings.nodeName, m_settings.user, m_settings.host)
        .arg(m_settings.port);
}

bool SshWorker::fail(RunResult& result, RunResult::Failure failure, const QString& message)
{
    result.failure = failure;
    result.error = message;
    qCWarning(lcSsh).noquote() << message;
    disconnectSession();
    return false;
}

bool SshWorker::ensureConnected(RunResult& result)
{
    if (m_session && ssh_is_connected(m_session))
        return true;
    disconnectSession();
    initLibssh();
    m_session = ssh_new();
    if (!m_session)
        return fail(
            result, RunResult::Failure::Transport, tr("%1: could not create an SSH session.").arg(where()));
    const QByteArray host = m_settings.host.toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    if (m_settings.useSshConfig)
        ssh_options_parse_config(m_session, nullptr);
    const bool processConfig = false;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    // Never spawn a program (ProxyCommand would start ssh): pgpilot speaks SSH itself.
    ssh_options_set(m_session, SSH_OPTIONS_PROXYCOMMAND, "none");
    const unsigned int port = unsigned(m_settings.port);
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    const QByteArray user = m_settings.user.toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    const long seconds = m_settings.connectTimeoutMs / 1000;
    const long usec = (m_settings.connectTimeoutMs % 1000) * 1000;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &usec);
    const QByteArray knownHosts = QFile::encodeName(m_settings.knownHostsFile);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, knownHosts.constData());
    if (m_settings.jump) {
        SshWorker jumpWorker(*m_settings.jump);
        RunResult jumpResult;
        ssh_session jumpSession = jumpWorker.takeConnectedSession(jumpResult);
        if (!jumpSession) {
            result.offeredFingerprint = jumpResult.offeredFingerprint;
            result.storedFingerprint = jumpResult.storedFingerprint;
            return fail(result,
                jumpResult.failure == RunResult::Failure::None ? RunResult::Failure::Unreachable
                                                               : jumpResult.failure,
                tr("%1: cannot reach the jump host: %2").arg(where(), jumpResult.error));
        }
        m_tunnel = std::make_unique<JumpTunnel>(jumpSession);
        QString error;
        socket_t fd = m_tunnel->open(m_settings.host, m_settings.port, &error);
        if (fd < 0)
            return fail(result, RunResult::Failure::Unreachable,
                tr("%1: the jump host %2 could not open a connection to the node: %3")
                    .arg(where(), m_settings.jump->host, error));
        ssh_options_set(m_session, SSH_OPTIONS_FD, &fd);
    }

    if (ssh_connect(m_session) != SSH_OK) {
        const QString why = QString::fromUtf8(ssh_get_error(m_session));
        // libssh's timeout bounds each wait of the handshake (TCP, banner, key exchange).
        if (why.contains(QLatin1String("Timeout"), Qt::CaseInsensitive))
            return fail(result, RunResult::Failure::Unreachable,
                tr("%1: cannot connect: no answer within the connect timeout of %2 s (%3). The node may "
                   "be "
                   "down, overloaded or behind a very slow or lossy link, or a firewall drops SSH; check "
                   "it, then connect again.")
                    .arg(where())
                    .arg(m_settings.connectTimeoutMs / 1000.0)
                    .arg(why));
        return fail(result, RunResult::Failure::Unreachable,
            tr("%1: cannot connect: %2. Check that the node is up, the address and port are right and "
               "a firewall lets SSH through.")
                .arg(where(), why));
    }
    return checkHostKey(result) && authenticate(result);
}

bool SshWorker::authenticate(RunResult& result)
{
    int rc = SSH_AUTH_DENIED;
    QString detail;
    switch (m_settings.auth) {
    case SshAuth::Agent:
        rc = ssh_userauth_agent(m_session, nullptr);
        detail = tr("no key in the SSH agent was accepted (is SSH_AUTH_SOCK set and the key loaded?)");
        break;
    case SshAuth::Key: {
        ssh_key key = nullptr;
        const QByteArray path = QFile::encodeName(QDir::cleanPath(
            m_settings.keyFile.startsWith(QLatin1String("~/")) ? QDir::homePath() + m_settings.keyFile.mid(1)
                                                               : m_settings.keyFile));
        QByteArray passphrase = m_settings.secret;
        passphrase.append('\0');
        const int imported = ssh_pki_import_privkey_file(path.constData(),
            m_settings.secret.isEmpty() ? nullptr : passphrase.constData(), nullptr, nullptr, &key);
        wipe(passphrase);
        if (imported != SSH_OK)
            return fail(result, RunResult::Failure::AuthFailed,
                tr("%1: cannot read the private key %2 (missing file, or wrong or missing passphrase).")
                    .arg(where(), m_settings.keyFile));
        rc = ssh_userauth_publickey(m_session, nullptr, key);
        ssh_key_free(key);
        detail = tr("the key %1 was refused").arg(m_settings.keyFile);
        break;
    }
    case SshAuth::Password: {
        QByteArray password = m_settings.secret;
        password.append('\0');
        rc = ssh_userauth_password(m_session, nullptr, password.constData());
        wipe(password);
        detail = tr("the password was refused");
        break;
    }
    }
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_ERROR)
        // Not a refusal: the exchange itself failed (timeout on a slow link, connection lost).
        return fail(result, RunResult::Failure::Unreachable,
            tr("%1: authentication could not finish: %2. The credentials were not refused; the "
               "connection failed on the way. Check the node and the link, then connect again.")
                .arg(where(), QString::fromUtf8(ssh_get_error(m_session))));
    return fail(result, RunResult::Failure::AuthFailed,
        tr("%1: authentication failed: %2. Check the login user and its credentials in the worksheet.")
            .arg(where(), detail));
}

} // namespace pgpilot
