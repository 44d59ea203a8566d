// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulederive.h"

#include "scheduletext.h"

#include <QCoreApplication>

namespace pgpilot {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("pgpilot::Alarms", text, nullptr, n);
}

void add(ClusterSnapshot& s, AlarmKind kind, Severity severity, const QString& node, const QString& title,
    const QString& meaning, const QString& action)
{
    s.alarms.append({kind, severity, node, title, meaning, action});
}

} // namespace

// The scheduled operations: as the pause window, the primary's copy of the table, else the copy
// with the newest row any node answered with.
void deriveSchedule(ClusterSnapshot& s)
{
    s.scheduled.clear();
    s.scheduleNode.clear();
    const QStringList primaries = s.primaries();
    const NodeSnapshot* from = nullptr;
    if (primaries.size() == 1 && s.node(primaries.first())->pg.schedule.read) {
        from = s.node(primaries.first());
    } else {
        const auto newest = [](const ScheduleTable& t) {
            qint64 id = 0;
            for (const ScheduledOperation& op : t.rows)
                id = qMax(id, op.id);
            return id;
        };
        for (const auto& node : s.nodes) {
            if (node.pg.reachable && node.pg.schedule.read
                && (!from || newest(node.pg.schedule) > newest(from->pg.schedule)))
                from = &node;
        }
    }
    if (from) {
        s.scheduled = from->pg.schedule.rows;
        s.scheduleNode = from->name;
    }
}

// Scheduled operations (issue 20): the reminder from remind_minutes before the time until it
// starts, and a critical alarm once the time has passed by kScheduleMissedSeconds with nobody
// running it. One alarm of each kind: the earliest operation, with how many more there are.
void deriveScheduleAlarms(ClusterSnapshot& s)
{
    const ScheduledOperation* soon = nullptr;
    const ScheduledOperation* missed = nullptr;
    int soonCount = 0;
    int missedCount = 0;
    for (const ScheduledOperation& op : std::as_const(s.scheduled)) {
        if (op.state != QLatin1String("scheduled") || !op.secondsUntil)
            continue;
        const double left = *op.secondsUntil;
        if (left < -kScheduleMissedSeconds) {
            missed = missed ? missed : &op;
            ++missedCount;
        } else if (left <= op.remindMinutes * 60.0) {
            soon = soon ? soon : &op;
            ++soonCount;
        }
    }
    const auto more = [](int count) {
        return count > 1 ? tr(" (and %1 more)").arg(count - 1) : QString();
    };
    if (missed) {
        add(s, AlarmKind::ScheduledOperationMissed, Severity::Critical, {},
            tr("Scheduled operation not started: %1 was due at %2, requested by %3%4")
                .arg(scheduledOperationTitle(*missed), scheduledWhenText(*missed),
                    missed->requestedBy.isEmpty() ? tr("someone") : missed->requestedBy, more(missedCount)),
            tr("Nothing ran it: no pgpilot watch with this cluster's secrets is running, or it could not "
               "claim it. The maintenance the admin planned has not happened."),
            tr("Start pgpilot watch for this cluster (it runs due operations), or run the operation by "
               "hand and cancel the schedule: pgpilot schedule cluster.json --cancel %1 --yes.")
                .arg(missed->id));
    }
    if (soon) {
        add(s, AlarmKind::OperationScheduledSoon, Severity::Warning, {},
            tr("%1 at %2, requested by %3%4")
                .arg(scheduledOperationTitle(*soon), scheduledWhenText(*soon),
                    soon->requestedBy.isEmpty() ? tr("someone") : soon->requestedBy, more(soonCount)),
            soon->kind == QLatin1String("switchover")
                ? tr("Writes through the VIP pause for a few seconds while the primary changes.")
                : tr("Each node restarts in turn; writes through the VIP pause for a few seconds at each "
                     "switchover."),
            tr("Nothing to do if it is expected; to call it off: pgpilot schedule cluster.json --cancel %1 "
               "--yes.")
                .arg(soon->id));
    }
}

} // namespace pgpilot
