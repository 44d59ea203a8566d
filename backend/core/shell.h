// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pgpilot {

// Quotes one argument for a POSIX shell: wraps it in single quotes and escapes embedded single
// quotes, so the shell passes it through literally whatever it contains.
QString shellQuote(const QString& argument);
// Quotes each argument and joins them with spaces.
QString shellJoin(const QStringList& arguments);

// The node-side script of an atomic file write (see atomicWriteCommand in remote/sshhost.h), reading
// the content on stdin: path, size (bytes) and SHA-256 (hex) are shell words put in as given (quoted
// values, or "$var" for values the script computes on the node).
QString atomicWriteScript(const QString& pathWord, const QString& sizeWord, const QString& sumWord,
    const QString& owner, const QString& group, int mode);

} // namespace pgpilot
