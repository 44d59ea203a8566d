// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shell.h"
#include "sshhost.h"
#include "sshprotocol.h"

// The commands pgpilot sends over SSH: the wrapper every command runs in, and the node-side
// script of an atomic file write.

namespace pgpilot {

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

} // namespace pgpilot
