// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

namespace pgpilot {

// Raw snapshots of typical situations, before deriveCluster(): the unit tests start from them,
// the GUI tests and screenshots render them. Test support only (pgpilot_testsupport): the
// pgpilot executable does not contain them.
// Replication is synchronous as pgpilot configures it by default: every node has
// synchronous_standby_names = 'ANY k ("pg1", ..., "pgN")' with k = N - majority (1 of 2 standbys
// on 3 nodes, 2 of 4 on 5), so the primary lists its streaming standbys as "quorum".
enum class DemoScenario
{
    Healthy,
    FailoverInProgress, // the primary pg1 is gone, nobody promoted yet, the VIP still on pg1
    SplitBrain, // pg1 came back writable after pg2 was promoted
    QuorumLost // too many standbys down: fewer stream than the synchronous quorum needs
};

// nodes: 3 to 9 ("pg1".."pgN", 10.0.1.11..); tick and time are set, lag grows a little per tick.
ClusterSnapshot demoSnapshot(DemoScenario scenario, int nodes = 3, quint64 tick = 1,
    const QDateTime& time = QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC));

// A 3-node demo snapshot of cluster at time, derived (alarms, roles): what a monitor publishes.
// The history, replay and wall tests feed the recorder with these.
ClusterSnapshot derivedDemoSnapshot(const QString& cluster, const QDateTime& time, quint64 tick,
    DemoScenario scenario = DemoScenario::Healthy);

} // namespace pgpilot
