// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

namespace pgpilot {

// The words for a scheduled operation (issue 20), shared by the alarms, the dashboard, `pgpilot
// status` and `pgpilot schedule`, so that they all say the same thing.

// What it does: "Switchover to pg2", "Rolling restart (switching over to pg2, then back)",
// "Minor upgrade of postgresql, repmgr".
QString scheduledOperationTitle(const ScheduledOperation& op);
// When: "2026-12-05 02:00 UTC, in 12 min", "2026-12-05 02:00 UTC, 3 min ago".
QString scheduledWhenText(const ScheduledOperation& op);
// One line: "#3 Switchover to pg2 at 2026-12-05 02:00 UTC, in 12 min, requested by alice@ws1:
// scheduled"; a running one names who claimed it, a finished one ends with its summary.
QString scheduledOperationLine(const ScheduledOperation& op);
// The lines of every unfinished scheduled operation, for `pgpilot status` (empty: none).
QStringList scheduleSummaryLines(const QList<ScheduledOperation>& ops);
// A finished one's timeline text: its summary ("Switchover to pg2: done and verified in 8.1 s"),
// marked as scheduled: "Scheduled #3: Switchover to pg2: done ...".
QString scheduledResultText(const ScheduledOperation& op);

} // namespace pgpilot
