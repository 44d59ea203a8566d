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

} // namespace pgpilot
