// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"
#include "core/shell.h"
#include "sshhost.h"
#include "sshprotocol.h"
#include "sshworker.h"

#include <QElapsedTimer>
#include <QUuid>

// One command on a channel of the node's session: the wrapped command sent, stdin fed once it
// is ready, stdout and stderr read in turn and passed on in line batches, timeout and cancel
// honoured (the remote process group is killed over a second channel).

namespace pgpilot {

namespace {

constexpr qsizetype kMaxCapture = 64 * 1024 * 1024; // per stream; the rest is counted, not kept
constexpr int kFlushIntervalMs = 50;

} // namespace

// Sends the whole command, feeds stdin, reads stdout and stderr alternately (draining one
// first stalls on a full other one), honours timeout and cancel.
RunResult SshWorker::runOnChannel(
    quint64 id, const RunRequest& request, const std::atomic_bool& cancelled, bool& started, bool killOnStop)
{
    RunResult result;
    const WrappedCommand wrapped
        = wrapCommand(m_settings, request.command, request.runAs, QUuid::createUuid().toString(QUuid::Id128));
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

    if (result.failure == RunResult::Failure::Timeout || result.failure == RunResult::Failure::Cancelled) {
        ssh_channel_close(channel);
        ssh_channel_free(channel);
        if (killOnStop && ready)
            killRemote(wrapped);
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
            result.error = tr("%1: sudo wants a password for %2, but the worksheet says it needs none (a "
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

void SshWorker::killRemote(const WrappedCommand& wrapped)
{
    RunRequest kill;
    // As whoever ran the script: root for root's jobs, the login user for its own.
    kill.runAs = wrapped.runsAsRoot ? QStringLiteral("root") : m_settings.user;
    kill.timeoutMs = 15000;
    kill.command = killCommand(wrapped.pidFile);
    std::atomic_bool never {false};
    bool started = false;
    const RunResult r = runOnChannel(0, kill, never, started, false);
    qCDebug(lcSsh).noquote() << m_settings.nodeName << "stopped remote job, exit" << r.exitCode;
    if (!r.ok())
        qCWarning(lcSsh).noquote() << m_settings.nodeName << "could not stop the remote command:" << r.error;
}

} // namespace pgpilot
