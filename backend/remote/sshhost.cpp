#include "sshhost.h"

#include "core/logging.h"
#include "core/shell.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <libssh/libssh.h>
#include <mutex>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace pgpilot {

namespace {

const QByteArray kReadyMarker("\x1epgpilot-ready\n");
const QByteArray kSudoPrompt("[pgpilot-sudo-prompt]");
constexpr qsizetype kMaxCapture = 64 * 1024 * 1024; // per stream; the rest is counted, not kept
constexpr int kFlushIntervalMs = 50;

void initLibssh()
{
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
}

QString fingerprintOf(ssh_key key)
{
    unsigned char* hash = nullptr;
    size_t length = 0;
    if (!key || ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != 0)
        return {};
    char* text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    const QString fingerprint = QString::fromLatin1(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return fingerprint;
}

void wipe(QByteArray& secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

WrappedCommand wrapCommand(
    const ConnectionSettings& settings, const QString& command, const QString& runAs, const QString& pidFile)
{
    WrappedCommand wrapped;
    const bool loginIsRoot = settings.user == QLatin1String("root");
    const bool sameUser = runAs == settings.user;
    // As root: switch to another user with a login environment (HOME, so ~/.pgpass is found).
    QString inner = command;
    if (!sameUser && runAs != QLatin1String("root"))
        inner = QStringLiteral("runuser -l %1 -s /bin/sh -c %2").arg(shellQuote(runAs), shellQuote(command));
    // The script leads its own session: cancel kills the group, and the pid file names it.
    const QString script = QStringLiteral("echo $$ >%1; printf '\\036pgpilot-ready\\n' >&2; sh -c %2; rc=$?; "
                                          "rm -f %1; exit $rc")
                               .arg(shellQuote(pidFile), shellQuote(inner));
    QString top = QStringLiteral("setsid -w sh -c %1").arg(shellQuote(script));
    if (!loginIsRoot && !sameUser) {
        if (settings.sudo == SudoMode::Password) {
            // -k: always ask, so a password sent to a prompt-less sudo can never reach the command.
            top = QStringLiteral("sudo -S -k -p %1 -- %2")
                      .arg(shellQuote(QString::fromLatin1(kSudoPrompt)), top);
            wrapped.needsSudoPassword = true;
        } else {
            top = QStringLiteral("sudo -n -- %1").arg(top);
        }
    }
    wrapped.command = top;
    return wrapped;
}

QString atomicWriteCommand(const WriteRequest& request, const QByteArray& sha256Hex)
{
    const QString path = shellQuote(request.path);
    const QString mode = QString::number(request.mode, 8);
    // Written next to the target so the rename stays on one file system; checked by size and
    // checksum before it replaces anything, removed on every other path.
    return QStringLiteral(
        "d=$(dirname %1) && t=$(mktemp \"$d/.pgpilot-write.XXXXXX\") || exit 70; "
        "trap 'rm -f \"$t\"' EXIT; "
        "cat >\"$t\" && "
        "[ \"$(wc -c <\"$t\")\" -eq %2 ] || { echo 'pgpilot: transfer incomplete, %1 left unchanged' >&2; "
        "exit 71; }; "
        "echo \"%3  $t\" | sha256sum -c --status || { echo 'pgpilot: checksum mismatch, %1 left unchanged' "
        ">&2; exit 72; }; "
        "chown %4:%5 \"$t\" && chmod %6 \"$t\" && sync \"$t\" 2>/dev/null; mv -f \"$t\" %1 && trap - EXIT")
        .arg(path)
        .arg(request.content.size())
        .arg(QString::fromLatin1(sha256Hex), shellQuote(request.owner), shellQuote(request.group),
            mode.rightJustified(4, QLatin1Char('0')));
}

// Carries one SSH connection through another (ProxyJump): a direct-tcpip channel on the jump
// host's session, pumped to a socket pair whose other end the target session uses as its
// socket. The pump thread is the only user of the jump session once it runs.
class JumpTunnel
{
public:
    explicit JumpTunnel(ssh_session jumpSession)
        : m_session(jumpSession)
    { }
    ~JumpTunnel()
    {
        m_stop = true;
        if (m_pump.joinable())
            m_pump.join();
        if (m_fds[0] >= 0)
            ::close(m_fds[0]);
        if (m_channel) {
            ssh_channel_close(m_channel);
            ssh_channel_free(m_channel);
        }
        ssh_disconnect(m_session);
        ssh_free(m_session);
    }

    // Returns the socket for the target session (which then owns it), or -1 with error set.
    int open(const QString& host, int port, QString* error)
    {
        m_channel = ssh_channel_new(m_session);
        const QByteArray h = host.toUtf8();
        if (!m_channel
            || ssh_channel_open_forward(m_channel, h.constData(), port, "127.0.0.1", 0) != SSH_OK) {
            *error = QString::fromUtf8(ssh_get_error(m_session));
            return -1;
        }
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, m_fds) != 0) {
            *error = QStringLiteral("socketpair failed");
            return -1;
        }
        m_pump = std::thread([this] { pump(); });
        return m_fds[1];
    }

    bool alive() const { return !m_done; }

private:
    void pump()
    {
        char buffer[32768];
        while (!m_stop) {
            pollfd p {m_fds[0], POLLIN, 0};
            if (::poll(&p, 1, 5) > 0) {
                const ssize_t n = ::read(m_fds[0], buffer, sizeof buffer);
                if (n <= 0 || ssh_channel_write(m_channel, buffer, uint32_t(n)) == SSH_ERROR)
                    break;
            }
            const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
            if (n == SSH_ERROR || (n == 0 && ssh_channel_is_eof(m_channel)))
                break;
            for (int written = 0; written < n;) {
                const ssize_t w = ::write(m_fds[0], buffer + written, size_t(n - written));
                if (w <= 0) {
                    m_stop = true;
                    break;
                }
                written += int(w);
            }
        }
        ::shutdown(m_fds[0], SHUT_RDWR);
        m_done = true;
    }

    ssh_session m_session;
    ssh_channel m_channel = nullptr;
    int m_fds[2] {-1, -1};
    std::thread m_pump;
    std::atomic_bool m_stop {false};
    std::atomic_bool m_done {false};
};

// Lives in the node's thread and owns its libssh session.
class SshWorker : public QObject
{
    Q_OBJECT
public:
    explicit SshWorker(ConnectionSettings settings)
        : m_settings(std::move(settings))
    { }
    ~SshWorker() override
    {
        disconnectSession();
        wipe(m_settings.secret);
        wipe(m_settings.sudoPassword);
    }

    void start()
    {
        m_keepAlive = new QTimer(this);
        m_keepAlive->setInterval(m_settings.keepAliveIntervalMs);
        connect(m_keepAlive, &QTimer::timeout, this, &SshWorker::keepAlive);
        m_keepAlive->start();
    }

    void trust(const QString& fingerprint) { m_settings.trustedFingerprints.insert(fingerprint); }

    void execute(quint64 id, RunRequest request, std::shared_ptr<std::atomic_bool> cancelled, bool isWrite,
        WriteRequest write)
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

    void shutdown()
    {
        // Runs in the worker's thread: its timer must be stopped here, not by the destructor.
        delete m_keepAlive;
        m_keepAlive = nullptr;
        disconnectSession();
    }

Q_SIGNALS:
    void lines(quint64 id, int stream, const QStringList& lines);
    void jobFinished(quint64 id, const pgpilot::RunResult& result);

private:
    void keepAlive()
    {
        if (m_session && ssh_is_connected(m_session) && ssh_send_ignore(m_session, "pgpilot") != SSH_OK) {
            qCInfo(lcSsh) << m_settings.nodeName << "keep-alive failed; will reconnect on next use";
            disconnectSession();
        }
    }

    void disconnectSession()
    {
        if (m_session) {
            if (ssh_is_connected(m_session))
                ssh_disconnect(m_session);
            ssh_free(m_session);
            m_session = nullptr;
        }
        m_tunnel.reset();
    }

public:
    // Connects (host key checked, authenticated) and hands the session over; for jump hosts.
    ssh_session takeConnectedSession(RunResult& result)
    {
        if (!ensureConnected(result))
            return nullptr;
        ssh_session s = m_session;
        m_session = nullptr;
        return s;
    }

private:
    QString where() const
    {
        return QStringLiteral("%1 (%2@%3:%4)")
            .arg(m_settings.nodeName, m_settings.user, m_settings.host)
            .arg(m_settings.port);
    }

    bool fail(RunResult& result, RunResult::Failure failure, const QString& message)
    {
        result.failure = failure;
        result.error = message;
        qCWarning(lcSsh).noquote() << message;
        disconnectSession();
        return false;
    }

    bool ensureConnected(RunResult& result)
    {
        if (m_session && ssh_is_connected(m_session))
            return true;
        disconnectSession();
        initLibssh();
        m_session = ssh_new();
        if (!m_session)
            return fail(result, RunResult::Failure::Transport,
                tr("%1: could not create an SSH session.").arg(where()));
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

    bool checkHostKey(RunResult& result)
    {
        ssh_key key = nullptr;
        if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
            return fail(
                result, RunResult::Failure::Transport, tr("%1: the server sent no host key.").arg(where()));
        result.offeredFingerprint = fingerprintOf(key);
        m_hostFingerprint = result.offeredFingerprint;
        ssh_key_free(key);

        const ssh_known_hosts_e state = ssh_session_is_known_server(m_session);
        switch (state) {
        case SSH_KNOWN_HOSTS_OK:
            return true;
        case SSH_KNOWN_HOSTS_CHANGED:
        case SSH_KNOWN_HOSTS_OTHER: {
            result.storedFingerprint = storedFingerprint();
            return fail(result, RunResult::Failure::HostKeyChanged,
                tr("%1: the host key has CHANGED. Stored: %2; offered now: %3. This can mean the node was "
                   "reinstalled, or that someone is intercepting the connection. pgpilot refuses to connect. "
                   "If the change is expected, remove the node's line from %4 and confirm the new key.")
                    .arg(where(),
                        result.storedFingerprint.isEmpty() ? tr("(another key type)")
                                                           : result.storedFingerprint,
                        result.offeredFingerprint, m_settings.knownHostsFile));
        }
        case SSH_KNOWN_HOSTS_UNKNOWN:
        case SSH_KNOWN_HOSTS_NOT_FOUND:
            if (m_settings.trustedFingerprints.contains(result.offeredFingerprint)) {
                QDir().mkpath(QFileInfo(m_settings.knownHostsFile).absolutePath());
                if (ssh_session_update_known_hosts(m_session) != SSH_OK)
                    return fail(result, RunResult::Failure::Transport,
                        tr("%1: could not store the confirmed host key in %2: %3")
                            .arg(where(), m_settings.knownHostsFile,
                                QString::fromUtf8(ssh_get_error(m_session))));
                qCInfo(lcSsh).noquote()
                    << m_settings.nodeName << "stored confirmed host key" << result.offeredFingerprint;
                return true;
            }
            return fail(result, RunResult::Failure::HostKeyUnknown,
                tr("%1: unknown host key %2. Compare it with the node's own (ssh-keygen -lf "
                   "/etc/ssh/ssh_host_ed25519_key.pub on the node) and confirm it to continue.")
                    .arg(where(), result.offeredFingerprint));
        case SSH_KNOWN_HOSTS_ERROR:
            break;
        }
        return fail(result, RunResult::Failure::Transport,
            tr("%1: could not check the host key against %2: %3")
                .arg(where(), m_settings.knownHostsFile, QString::fromUtf8(ssh_get_error(m_session))));
    }

    // The fingerprint of what pgpilot's known_hosts holds for this node (libssh only says that
    // it differs). Entries are "host key-type base64" with [host]:port for non-default ports.
    QString storedFingerprint() const
    {
        QFile file(m_settings.knownHostsFile);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QString name = m_settings.port == 22
            ? m_settings.host
            : QStringLiteral("[%1]:%2").arg(m_settings.host).arg(m_settings.port);
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() < 3 || fields.at(0).startsWith('#'))
                continue;
            const QList<QByteArray> hosts = fields.at(0).split(',');
            if (!hosts.contains(name.toUtf8()))
                continue;
            const QByteArray blob = QByteArray::fromBase64(fields.at(2));
            QByteArray hash = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64();
            while (hash.endsWith('='))
                hash.chop(1);
            return QStringLiteral("SHA256:") + QString::fromLatin1(hash);
        }
        return {};
    }

    bool authenticate(RunResult& result)
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
            const QByteArray path
                = QFile::encodeName(QDir::cleanPath(m_settings.keyFile.startsWith(QLatin1String("~/"))
                        ? QDir::homePath() + m_settings.keyFile.mid(1)
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

    // Sends the whole command, feeds stdin, reads stdout and stderr alternately (draining one
    // first stalls on a full other one), honours timeout and cancel.
    RunResult runOnChannel(quint64 id, const RunRequest& request, const std::atomic_bool& cancelled,
        bool& started, bool killOnStop = true)
    {
        RunResult result;
        const QString pidFile
            = QStringLiteral("/tmp/pgpilot-job-%1.pid").arg(QUuid::createUuid().toString(QUuid::Id128));
        const WrappedCommand wrapped = wrapCommand(m_settings, request.command, request.runAs, pidFile);
        ssh_channel channel = ssh_channel_new(m_session);
        if (!channel || ssh_channel_open_session(channel) != SSH_OK) {
            if (channel)
                ssh_channel_free(channel);
            result.failure = RunResult::Failure::Transport;
            result.error = tr("%1: could not open a channel: %2")
                               .arg(where(), QString::fromUtf8(ssh_get_error(m_session)));
            return result;
        }
        const QByteArray commandBytes = wrapped.command.toUtf8();
        if (ssh_channel_request_exec(channel, commandBytes.constData()) != SSH_OK) {
            ssh_channel_free(channel);
            result.failure = RunResult::Failure::Transport;
            result.error = tr("%1: could not start the command: %2")
                               .arg(where(), QString::fromUtf8(ssh_get_error(m_session)));
            return result;
        }
        started = true;

        QElapsedTimer clock;
        clock.start();
        QElapsedTimer sinceFlush;
        sinceFlush.start();
        QByteArray partial[2];
        QStringList pending[2];
        bool ready = false;
        bool passwordSent = false;
        qsizetype stdinOffset = 0;
        QByteArray preamble; // stderr before the ready marker (sudo's prompt and errors)
        char buffer[32768];

        auto emitLines = [&](int index, const QByteArray& bytes, bool final) {
            QByteArray& buffered = partial[index];
            // Only the new bytes can hold a new line break: searching the whole buffer again
            // each time made one long line quadratic.
            const qsizetype oldSize = buffered.size();
            buffered += bytes;
            qsizetype start = 0;
            for (;;) {
                const qsizetype nl = buffered.indexOf('\n', qMax(start, oldSize));
                if (nl < 0)
                    break;
                pending[index] << QString::fromUtf8(buffered.constData() + start, nl - start);
                start = nl + 1;
            }
            // A line longer than any log view shows is passed on in pieces.
            constexpr qsizetype kMaxLine = 64 * 1024;
            while (buffered.size() - start > kMaxLine) {
                pending[index] << QString::fromUtf8(buffered.constData() + start, kMaxLine);
                start += kMaxLine;
            }
            buffered.remove(0, start);
            if (final && !buffered.isEmpty()) {
                pending[index] << QString::fromUtf8(buffered);
                buffered.clear();
            }
        };
        auto flush = [&](bool force) {
            if (!force && sinceFlush.elapsed() < kFlushIntervalMs)
                return;
            for (int i = 0; i < 2; ++i) {
                if (!pending[i].isEmpty()) {
                    Q_EMIT lines(id, i == 0 ? RemoteHost::StdOut : RemoteHost::StdErr, pending[i]);
                    pending[i].clear();
                }
            }
            sinceFlush.restart();
        };
        auto capture = [&](QByteArray& into, const char* data, int n) {
            if (into.size() + n <= kMaxCapture)
                into.append(data, n);
        };

        bool stop = false;
        bool eofSent = false;
        int turn = 0;
        while (!stop) {
            if (cancelled.load() || (request.timeoutMs > 0 && clock.elapsed() > request.timeoutMs)) {
                const bool wasCancel = cancelled.load();
                result.failure = wasCancel ? RunResult::Failure::Cancelled : RunResult::Failure::Timeout;
                result.error = wasCancel ? tr("%1: cancelled; the remote command was stopped.").arg(where())
                                         : tr("%1: no result within %2 s; the remote command was stopped.")
                                               .arg(where())
                                               .arg(request.timeoutMs / 1000.0);
                break;
            }
            // Feed stdin once the command (past sudo) is ready, a chunk at a time.
            if (ready && !eofSent) {
                if (stdinOffset < request.stdinData.size()) {
                    const qsizetype chunk = qMin<qsizetype>(32768, request.stdinData.size() - stdinOffset);
                    const int written = ssh_channel_write(
                        channel, request.stdinData.constData() + stdinOffset, uint32_t(chunk));
                    if (written == SSH_ERROR)
                        break;
                    stdinOffset += written;
                }
                if (stdinOffset >= request.stdinData.size()) {
                    ssh_channel_send_eof(channel);
                    eofSent = true;
                }
            }
            bool gotData = false;
            for (int k = 0; k < 2; ++k) {
                const int isStderr = (turn + k) % 2;
                const int n = k == 0 ? ssh_channel_read_timeout(channel, buffer, sizeof buffer, isStderr, 5)
                                     : ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, isStderr);
                if (n == SSH_ERROR) {
                    stop = true;
                    break;
                }
                if (n <= 0)
                    continue;
                gotData = true;
                if (isStderr && !ready) {
                    preamble.append(buffer, n);
                    if (wrapped.needsSudoPassword && !passwordSent && preamble.contains(kSudoPrompt)) {
                        preamble.replace(kSudoPrompt, QByteArray());
                        QByteArray line = m_settings.sudoPassword + '\n';
                        ssh_channel_write(channel, line.constData(), uint32_t(line.size()));
                        wipe(line);
                        passwordSent = true;
                    } else if (wrapped.needsSudoPassword && passwordSent && preamble.contains(kSudoPrompt)) {
                        // Asked again: the password was wrong. Do not retry (lockouts), stop here.
                        result.failure = RunResult::Failure::SudoFailed;
                        result.error = tr("%1: sudo refused the password for %2. Check the password "
                                          "stored for this node's login; pgpilot does not try again, so "
                                          "that a wrong password cannot lock the account.")
                                           .arg(where(), m_settings.user);
                        stop = true;
                        break;
                    }
                    const qsizetype marker = preamble.indexOf(kReadyMarker);
                    if (marker >= 0) {
                        ready = true;
                        const QByteArray before = preamble.left(marker);
                        const QByteArray after = preamble.mid(marker + kReadyMarker.size());
                        capture(result.stdErr, before.constData(), int(before.size()));
                        capture(result.stdErr, after.constData(), int(after.size()));
                        emitLines(1, before + after, false);
                        preamble.clear();
                    }
                    continue;
                }
                if (isStderr)
                    capture(result.stdErr, buffer, n);
                else
                    capture(result.stdOut, buffer, n);
                emitLines(isStderr, QByteArray::fromRawData(buffer, n), false);
            }
            turn ^= 1;
            flush(false);
            if (!gotData && ssh_channel_is_eof(channel) && ssh_channel_poll(channel, 0) <= 0
                && ssh_channel_poll(channel, 1) <= 0)
                break;
            if (!ssh_channel_is_open(channel))
                break;
        }
        if (!preamble.isEmpty()) {
            // The command never started (sudo said no): keep what it printed.
            result.stdErr.append(preamble);
            emitLines(1, preamble, false);
        }
        emitLines(0, {}, true);
        emitLines(1, {}, true);
        flush(true);

        if (result.failure == RunResult::Failure::Timeout
            || result.failure == RunResult::Failure::Cancelled) {
            ssh_channel_close(channel);
            ssh_channel_free(channel);
            if (killOnStop && ready)
                killRemote(pidFile, request.runAs);
            return result;
        }
        if (result.failure == RunResult::Failure::None && !ssh_channel_is_eof(channel)
            && !ssh_channel_is_closed(channel) && ssh_channel_is_open(channel) == 0) {
            result.failure = RunResult::Failure::Transport;
        }
        ssh_channel_send_eof(channel);
        result.exitCode = ssh_channel_get_exit_status(channel);
        ssh_channel_close(channel);
        ssh_channel_free(channel);
        if (result.failure == RunResult::Failure::None && !ready) {
            const QString said = QString::fromUtf8(result.stdErr).trimmed();
            result.failure = wrapped.needsSudoPassword || m_settings.sudo == SudoMode::NoPassword
                ? RunResult::Failure::SudoFailed
                : RunResult::Failure::Transport;
            if (said.contains(QLatin1String("password has expired"), Qt::CaseInsensitive)
                || said.contains(QLatin1String("Password change required"), Qt::CaseInsensitive)) {
                // sshd (PAM) refuses every session of an account whose password expired.
                result.failure = RunResult::Failure::AuthFailed;
                result.error = tr("%1: the password of %2 has expired, so the node runs no command for it "
                                  "until it is changed (it said: %3). Log in once interactively (ssh %2@%4) "
                                  "and change it, or ask the node's admin (chage -l %2), then update the "
                                  "password in pgpilot and retry.")
                                   .arg(where(), m_settings.user, said.simplified(), m_settings.host);
            } else if (m_settings.sudo == SudoMode::NoPassword
                && said.contains(QLatin1String("password is required"), Qt::CaseInsensitive)) {
                result.error
                    = tr("%1: sudo wants a password for %2, but the worksheet says it needs none (a "
                         "NOPASSWD rule is missing, or cached sudo credentials expired). Set sudo to "
                         "\"with password\" for this node in the worksheet, or add a NOPASSWD rule "
                         "for %2 on the node.")
                          .arg(where(), m_settings.user);
            } else {
                result.error = result.failure == RunResult::Failure::SudoFailed
                    ? tr("%1: sudo did not run the command: %2").arg(where(), said)
                    : tr("%1: the command did not start: %2").arg(where(), said);
            }
        } else if (result.failure == RunResult::Failure::None && result.exitCode < 0) {
            result.failure = RunResult::Failure::Transport;
            result.error
                = tr("%1: the connection closed before the command reported its exit status.").arg(where());
            disconnectSession();
        }
        return result;
    }

    void killRemote(const QString& pidFile, const QString& runAs)
    {
        Q_UNUSED(runAs)
        RunRequest kill;
        kill.runAs = QStringLiteral("root");
        kill.timeoutMs = 15000;
        kill.command = QStringLiteral(
            "p=$(cat %1 2>/dev/null) || exit 0; kill -TERM -\"$p\" 2>/dev/null; "
            "i=0; while kill -0 -\"$p\" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done; "
            "kill -KILL -\"$p\" 2>/dev/null; rm -f %1; exit 0")
                           .arg(shellQuote(pidFile));
        std::atomic_bool never {false};
        bool started = false;
        const RunResult r = runOnChannel(0, kill, never, started, false);
        qCDebug(lcSsh).noquote() << m_settings.nodeName << "stopped remote job, exit" << r.exitCode;
        if (!r.ok())
            qCWarning(lcSsh).noquote()
                << m_settings.nodeName << "could not stop the remote command:" << r.error;
    }

    ConnectionSettings m_settings;
    ssh_session m_session = nullptr;
    QString m_hostFingerprint; // of the current (or last) connection
    std::unique_ptr<JumpTunnel> m_tunnel;
    QTimer* m_keepAlive = nullptr;
};

QString toId(RunResult::Failure failure)
{
    switch (failure) {
    case RunResult::Failure::None:
        return QStringLiteral("none");
    case RunResult::Failure::Unreachable:
        return QStringLiteral("unreachable");
    case RunResult::Failure::HostKeyUnknown:
        return QStringLiteral("host-key-unknown");
    case RunResult::Failure::HostKeyChanged:
        return QStringLiteral("host-key-changed");
    case RunResult::Failure::AuthFailed:
        return QStringLiteral("auth-failed");
    case RunResult::Failure::SudoFailed:
        return QStringLiteral("sudo-failed");
    case RunResult::Failure::Timeout:
        return QStringLiteral("timeout");
    case RunResult::Failure::Cancelled:
        return QStringLiteral("cancelled");
    case RunResult::Failure::Transport:
        return QStringLiteral("transport");
    }
    return {};
}

SshHost::SshHost(ConnectionSettings settings, QObject* parent)
    : RemoteHost(parent)
    , m_nodeName(settings.nodeName)
{
    qRegisterMetaType<pgpilot::RunResult>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("ssh-%1").arg(m_nodeName));
    m_worker = new SshWorker(std::move(settings));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SshWorker::lines, this, &RemoteHost::outputLines);
    connect(m_worker, &SshWorker::jobFinished, this, [this](quint64 id, const RunResult& result) {
        m_cancelFlags.remove(id);
        Q_EMIT finished(id, result);
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SshWorker::start, Qt::QueuedConnection);
}

SshHost::~SshHost()
{
    for (auto& flag : m_cancelFlags)
        flag->store(true);
    QMetaObject::invokeMethod(m_worker, &SshWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

quint64 SshHost::submit(const RunRequest& request, bool isWrite, const WriteRequest& write)
{
    const quint64 id = ++m_nextId;
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancelFlags.insert(id, flag);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, request, flag, isWrite, write] {
            worker->execute(id, request, flag, isWrite, write);
        },
        Qt::QueuedConnection);
    return id;
}

quint64 SshHost::run(const RunRequest& request)
{
    return submit(request, false, {});
}

quint64 SshHost::writeFile(const WriteRequest& request)
{
    return submit({}, true, request);
}

void SshHost::cancel(quint64 jobId)
{
    if (auto flag = m_cancelFlags.value(jobId))
        flag->store(true);
}

void SshHost::trustFingerprint(const QString& fingerprint)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, fingerprint] { worker->trust(fingerprint); }, Qt::QueuedConnection);
}

} // namespace pgpilot

#include "sshhost.moc"
