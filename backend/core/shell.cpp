// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell.h"

#include <QRegularExpression>

namespace pgpilot {

QString shellQuote(const QString& argument)
{
    // Plain words need no quotes; this keeps commands in logs and exported scripts readable.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (!argument.isEmpty() && plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellJoin(const QStringList& arguments)
{
    QStringList quoted;
    quoted.reserve(arguments.size());
    for (const QString& a : arguments)
        quoted << shellQuote(a);
    return quoted.join(QLatin1Char(' '));
}

QString atomicWriteScript(const QString& pathWord, const QString& sizeWord, const QString& sumWord,
    const QString& owner, const QString& group, int mode)
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
        .arg(pathWord, sizeWord, sumWord, shellQuote(owner), shellQuote(group),
            QString::number(mode, 8).rightJustified(4, QLatin1Char('0')), shellQuote(kWrite), kWho);
}

} // namespace pgpilot
