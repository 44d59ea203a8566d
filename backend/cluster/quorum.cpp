// SPDX-License-Identifier: GPL-3.0-or-later
#include "quorum.h"

#include <QtGlobal>

namespace pgpilot::quorum {

int majority(int nodes)
{
    return nodes / 2 + 1;
}

int minSyncStandbys(int nodes)
{
    return qMax(1, (nodes + 1) / 2 - 1);
}

int maxSyncStandbys(int nodes)
{
    return qMax(1, nodes / 2);
}

int fenceBelowStandbys(int nodes)
{
    return qMax(1, nodes / 2);
}

int syncStandbys(const ClusterSpec& spec)
{
    if (spec.replication.mode != ReplicationMode::SyncQuorum)
        return 0;
    const int n = int(spec.nodes.size());
    return spec.replication.syncQuorum > 0 ? spec.replication.syncQuorum : minSyncStandbys(n);
}

} // namespace pgpilot::quorum

namespace pgpilot::failover {

QString promoteGateSeconds(const ClusterSpec& spec)
{
    if (spec.replication.mode == ReplicationMode::SyncQuorum)
        return QString::number(kBlipSeconds + 1.5, 'f', 1);
    return QString::number(4 + kFenceGraceSeconds + 1 + 2);
}

} // namespace pgpilot::failover
