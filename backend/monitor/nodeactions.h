// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QString>

namespace pgpilot {

// Which operations on one node make sense in the situation a snapshot shows, and why the others
// do not. The one place that decides it: the dashboard's buttons and a tile's context menu ask
// here and only put the answer into words.
enum class ActionReason
{
    Allowed,
    NotPolled, // the node has not answered yet (or the snapshot has no such node): nothing is offered
    NotStreamingStandby, // switchover: only a standby that streams can become the primary
    AlreadyServing, // rejoin: the primary clients write to, or a standby that streams
    AlreadyFenced // fence: fenced already (a rejoin lifts the fence)
};

struct ActionVerdict
{
    ActionReason reason = ActionReason::NotPolled;

    bool allowed() const { return reason == ActionReason::Allowed; }
    bool operator==(const ActionVerdict&) const = default;
};

struct NodeActions
{
    ActionVerdict switchover; // make this node the primary (planned, no data loss)
    ActionVerdict rejoin; // bring it back as a standby of the current primary
    ActionVerdict fence; // stop PostgreSQL on it and keep it stopped

    bool operator==(const NodeActions&) const = default;
};

// node: a name of snapshot.nodes; the snapshot as deriveCluster() left it (states, write target).
NodeActions nodeActions(const ClusterSnapshot& snapshot, const QString& node);

// The primary clients write to: a node in NodeState::Primary that is HAProxy's only write target.
// Empty when there is none (no primary, writes routed nowhere, elsewhere or to several nodes).
QString activePrimary(const ClusterSnapshot& snapshot);

} // namespace pgpilot
