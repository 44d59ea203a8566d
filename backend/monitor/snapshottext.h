// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

namespace pgpilot {

// Short human texts for one node, shared by the dashboard, the wall and `pgpilot status` so they
// all say the same thing.
QString formatBytes(qint64 bytes); // "12.0 KiB"
QString healthText(const NodeSnapshot& node); // "200 replica", "503 unknown", "no answer"
QString lagText(const NodeSnapshot& node); // "12.0 KiB · 0.3 s", "—" on a primary or unknown
QString haproxyText(const NodeSnapshot& node); // "up", "down: <error>", "—"
// Which traffic the cluster's HAProxy (as seen from the VIP holder) sends to this node.
QString routingText(const ClusterSnapshot& snapshot, const QString& node); // "writes", "reads", "none"
QString timelineText(const NodeSnapshot& node);
// pgpilot's connection to the node: "TLSv1.3 · certificate until 2027-12-04", "not encrypted",
// "—" while PostgreSQL does not answer.
QString tlsText(const NodeSnapshot& node);
// The standby's sync_state as the primary reports it: "quorum", "sync", "potential", "async", "—".
QString syncStateText(const NodeSnapshot& node);
// The primary's synchronous replication: "synchronous quorum: ANY 2 of 4 standbys",
// "asynchronous replication"; empty while no single primary answers.
QString replicationModeText(const ClusterSnapshot& snapshot);

} // namespace pgpilot
