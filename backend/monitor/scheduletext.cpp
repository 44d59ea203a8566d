// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduletext.h"

#include "pausetext.h"

#include <QCoreApplication>

namespace pgpilot {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("pgpilot::Schedule", text, nullptr, n);
}

} // namespace

QString scheduledOperationTitle(const ScheduledOperation& op)
{
    if (op.kind == QLatin1String("switchover"))
        return tr("Switchover to %1").arg(op.node);
    QString how;
    if (!op.node.isEmpty())
        how = op.switchBack ? tr(" (switching over to %1, then back)").arg(op.node)
                            : tr(" (switching over to %1)").arg(op.node);
    else if (op.switchBack)
        how = tr(" (switching back at the end)");
    if (op.kind == QLatin1String("rolling-restart"))
        return tr("Rolling restart") + how;
    if (op.kind == QLatin1String("upgrade"))
        return tr("Minor upgrade of %1").arg(op.packages.join(QStringLiteral(", "))) + how;
    return op.kind + how;
}

QString scheduledWhenText(const ScheduledOperation& op)
{
    const QString at = pauseTimeText(op.at);
    if (!op.secondsUntil || op.state != QLatin1String("scheduled"))
        return at;
    if (*op.secondsUntil >= 0)
        return tr("%1, in %2").arg(at, pauseSpanText(*op.secondsUntil));
    return tr("%1, %2 ago").arg(at, pauseSpanText(*op.secondsUntil));
}

QString scheduledOperationLine(const ScheduledOperation& op)
{
    QString line = tr("#%1 %2 at %3, requested by %4")
                       .arg(op.id)
                       .arg(scheduledOperationTitle(op), scheduledWhenText(op),
                           op.requestedBy.isEmpty() ? tr("someone") : op.requestedBy);
    if (op.state == QLatin1String("scheduled"))
        return line + tr(": scheduled");
    if (op.state == QLatin1String("running"))
        return line
            + tr(": RUNNING since %1 (%2)")
                  .arg(pauseTimeText(op.startedAt), op.claimedBy.isEmpty() ? tr("unknown") : op.claimedBy);
    return line + QStringLiteral(": %1: %2").arg(op.state, op.summary);
}

QStringList scheduleSummaryLines(const QList<ScheduledOperation>& ops)
{
    QStringList lines;
    for (const ScheduledOperation& op : ops) {
        if (!op.finished())
            lines << tr("Scheduled: %1").arg(scheduledOperationLine(op));
    }
    return lines;
}

QString scheduledResultText(const ScheduledOperation& op)
{
    const QString what
        = op.summary.isEmpty() ? scheduledOperationTitle(op) + QStringLiteral(": ") + op.state : op.summary;
    return tr("Scheduled #%1: %2").arg(op.id).arg(what);
}

} // namespace pgpilot
