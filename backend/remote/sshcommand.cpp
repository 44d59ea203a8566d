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
    // Who may change the directory decides who writes. The directory and every one above it, as
    // spelled and as resolved, are looked at: a symbolic link or directory owned by another
    // account, or a directory its group or everyone may change (without the sticky bit), lets that
    // account swap the temporary file for a link while root writes or chowns it. So:
    // - all of it root's: root writes, then sets owner and mode, as before;
    // - one other account A can change it: the write runs as A (runuser), which can then reach
    //   nothing A could not, and the file must belong to A (else it is refused: exit 74);
    // - more than one account, or a group/world-writable directory: refused (exit 73).
    // The file is written next to the target so the rename stays on one file system, checked by
    // size and checksum before it replaces anything, and removed on every other path.
    static const QString kWrite = QStringLiteral(
        "d=$(dirname -- \"$1\") && t=$(mktemp \"$d/.pgpilot-write.XXXXXX\") || exit 70; "
        "trap 'rm -f \"$t\"' EXIT; "
        "cat >\"$t\" && "
        "[ \"$(wc -c <\"$t\")\" -eq \"$2\" ] || { echo \"pgpilot: transfer incomplete, $1 left unchanged\" "
        ">&2; "
        "exit 71; }; "
        "echo \"$3  $t\" | sha256sum -c --status || { echo \"pgpilot: checksum mismatch, $1 left unchanged\" "
        ">&2; exit 72; }; "
        "if [ \"$(id -u)\" = 0 ]; then chown -- \"$4:$5\" \"$t\"; else chgrp -- \"$5\" \"$t\"; fi && "
        "chmod -- \"$6\" \"$t\" && sync \"$t\" 2>/dev/null; mv -f -- \"$t\" \"$1\" && trap - EXIT");
    static const QString kWho = QStringLiteral(
        "u=; d=$(dirname -- \"$1\"); r=$(realpath -e -- \"$d\") || { echo \"pgpilot: $d does not exist, $1 "
        "not written\" >&2; exit 70; }; "
        "for p in \"$d\" \"$r\"; do while :; do "
        "o=$(stat -c %U -- \"$p\") || exit 70; "
        "if [ \"$o\" != root ]; then [ -z \"$u\" ] || [ \"$u\" = \"$o\" ] || { echo \"pgpilot: $1 is in a "
        "directory both $u and $o can change; left unchanged\" >&2; exit 73; }; u=$o; "
        "elif [ ! -L \"$p\" ] && [ -n \"$(find \"$p\" -maxdepth 0 -perm /022 ! -perm -1000)\" ]; then "
        "echo \"pgpilot: $p can be changed by accounts other than its owner; $1 left unchanged\" >&2; exit "
        "73; "
        "fi; [ \"$p\" = / ] || [ \"$p\" = . ] && break; p=$(dirname -- \"$p\"); done; done; "
        "if [ -z \"$u\" ]; then sh -c \"$w\" sh \"$@\"; "
        "elif [ \"$u\" != \"$4\" ]; then echo \"pgpilot: $1 is in a directory $u can change, so it must "
        "belong "
        "to $u, not to $4; left unchanged\" >&2; exit 74; "
        "else runuser -u \"$u\" -- sh -c \"$w\" sh \"$@\"; fi");
    return QStringLiteral("set -- %1 %2 %3 %4 %5 %6; w=%7; %8")
        .arg(shellQuote(request.path), QString::number(request.content.size()),
            QString::fromLatin1(sha256Hex), shellQuote(request.owner), shellQuote(request.group),
            QString::number(request.mode, 8).rightJustified(4, QLatin1Char('0')), shellQuote(kWrite), kWho);
}

} // namespace pgpilot
