// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shell.h"
#include "sshhost.h"
#include "sshprotocol.h"

// The commands pgpilot sends over SSH: the wrapper every command runs in, and the node-side
// script of an atomic file write.

namespace pgpilot {

WrappedCommand wrapCommand(
    const ConnectionSettings& settings, const QString& command, const QString& runAs, const QString& tag)
{
    WrappedCommand wrapped;
    const bool loginIsRoot = settings.user == QLatin1String("root");
    const bool sameUser = runAs == settings.user;
    // The script runs as root unless a login user runs its own command; root's pid file lives
    // where no other account can create, replace or remove it.
    wrapped.runsAsRoot = loginIsRoot || !sameUser;
    wrapped.pidFile = wrapped.runsAsRoot ? QStringLiteral("/run/pgpilot-jobs/%1.pid").arg(tag)
                                         : QStringLiteral("/tmp/pgpilot-job-%1.pid").arg(tag);
    const QString& pidFile = wrapped.pidFile;
    const QString makeDir
        = wrapped.runsAsRoot ? QStringLiteral("mkdir -p -m 0700 /run/pgpilot-jobs && ") : QString();
    // As root: switch to another user with a login environment (HOME, so ~/.pgpass is found).
    QString inner = command;
    if (!sameUser && runAs != QLatin1String("root"))
        inner = QStringLiteral("runuser -l %1 -s /bin/sh -c %2").arg(shellQuote(runAs), shellQuote(command));
    // The script leads its own session: cancel kills the group, and the pid file names it.
    const QString script
        = QStringLiteral("%3echo $$ >%1; printf '\\036pgpilot-ready\\n' >&2; sh -c %2; rc=$?; "
                         "rm -f %1; exit $rc")
              .arg(shellQuote(pidFile), shellQuote(inner), makeDir);
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

QString killCommand(const QString& pidFile)
{
    // (dash's kill takes no "--": a negative number after the signal is a process group.)
    // The number must be a process other than init whose command line is this job's script (it
    // names the pid file): a number planted in the file, or one the kernel reused, is left alone.
    return QStringLiteral(
        "f=%1; p=$(cat \"$f\" 2>/dev/null) || exit 0; "
        "case $p in ''|*[!0-9]*) echo \"pgpilot: $f does not hold a process id; nothing stopped\" >&2; exit "
        "1;; esac; "
        "if [ \"$p\" -le 1 ] || ! tr '\\0' ' ' <\"/proc/$p/cmdline\" 2>/dev/null | grep -qF -- \"$f\"; then "
        "echo \"pgpilot: process $p is not the job of $f; nothing stopped\" >&2; exit 1; fi; "
        "kill -TERM -\"$p\" 2>/dev/null; "
        "i=0; while kill -0 -\"$p\" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done; "
        "kill -KILL -\"$p\" 2>/dev/null; rm -f \"$f\"; exit 0")
        .arg(shellQuote(pidFile));
}

QString atomicWriteCommand(const WriteRequest& request, const QByteArray& sha256Hex)
{
    return atomicWriteScript(shellQuote(request.path), QString::number(request.content.size()),
        QString::fromLatin1(sha256Hex), request.owner, request.group, request.mode);
}

} // namespace pgpilot
