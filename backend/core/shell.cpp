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

} // namespace pgpilot
