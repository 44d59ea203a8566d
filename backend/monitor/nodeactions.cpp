// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeactions.h"

namespace pgpilot {

namespace {

bool isActivePrimary(const ClusterSnapshot& snapshot, const NodeSnapshot& node)
{
    return node.state == NodeState::Primary && snapshot.writeTarget == node.name;
}

ActionVerdict verdict(bool allowed, ActionReason otherwise)
{
    return {allowed ? ActionReason::Allowed : otherwise};
}

} // namespace

NodeActions nodeActions(const ClusterSnapshot& snapshot, const QString& name)
{
    NodeActions actions; // NotPolled for all three
    const NodeSnapshot* node = snapshot.node(name);
    if (!node || node->state == NodeState::Unknown)
        return actions;
    const bool streamingStandby
        = node->state == NodeState::Standby && node->pg.walReceiverStatus == QLatin1String("streaming");
    actions.switchover = verdict(streamingStandby, ActionReason::NotStreamingStandby);
    // The primary clients write to is never "rejoined"; every other state may need it.
    actions.rejoin
        = verdict(!isActivePrimary(snapshot, *node) && !streamingStandby, ActionReason::AlreadyServing);
    actions.fence = verdict(node->state != NodeState::Fenced, ActionReason::AlreadyFenced);
    return actions;
}

QString activePrimary(const ClusterSnapshot& snapshot)
{
    QString primary;
    for (const NodeSnapshot& node : snapshot.nodes) {
        if (isActivePrimary(snapshot, node))
            primary = node.name;
    }
    return primary;
}

} // namespace pgpilot
