// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

namespace pgpilot {

// The words for a failover pause (issue 20), shared by the alarms, the dashboard's banner, the
// wall and `pgpilot status`, so that they all say the same thing.

// A span of time, rounded for a person: "40 s", "12 min", "1 h 05 min", "2 d 3 h".
QString pauseSpanText(double seconds);
// A window's time as shown everywhere: "2026-12-05 10:15 UTC" (empty when unknown).
QString pauseTimeText(const QDateTime& time);
// One line: "Automatic failover PAUSED on every node since 2026-12-05 10:15 UTC by alice@ws1,
// 23 min left (until 11:15 UTC): kernel update"; "... the window ended 5 min ago ..."; mixed
// states name the nodes. Empty when nothing is paused.
QString pauseSummaryText(const FailoverPause& pause);
// Only the window part: "23 min left (until 2026-12-05 11:15 UTC)", "window ended 5 min ago",
// "no window recorded". Empty when nothing is paused.
QString pauseWindowText(const FailoverPause& pause);

} // namespace pgpilot
