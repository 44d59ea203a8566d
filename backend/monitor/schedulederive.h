// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

namespace pgpilot {

// Scheduled operations (issue 20), for deriveCluster(): ClusterSnapshot::scheduled from the nodes'
// copies of the table, and the alarms about them (appended to snapshot.alarms).
void deriveSchedule(ClusterSnapshot& snapshot);
void deriveScheduleAlarms(ClusterSnapshot& snapshot);

} // namespace pgpilot
