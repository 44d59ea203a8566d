// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

namespace pgpilot {

// Fills in the derived parts of a snapshot from the raw probe results: each node's state,
// repmgr's registered primary, lag per standby, the VIP holder, HAProxy routing, and the alarms.
// Pure: the same raw snapshot always gives the same result, so every alarm is unit-tested from
// crafted snapshots.
void deriveCluster(ClusterSnapshot& snapshot, const AlarmThresholds& thresholds = {});

} // namespace pgpilot
