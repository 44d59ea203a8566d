// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"

namespace pgpilot::quorum {

// The arithmetic of docs/quorum.md for a cluster of n nodes (one primary, n - 1 standbys). Every
// rule of the failover design that depends on the cluster's size comes from here, so the runbook,
// the validator, the health service's arguments and the docs cannot disagree.

// Nodes a side of the cluster must hold to elect or keep a primary: floor(n/2) + 1.
int majority(int nodes);

// The fewest standbys that must confirm a commit so that every majority that can elect a new
// primary holds it: ceil(n/2) - 1, at least 1.
int minSyncStandbys(int nodes);

// The most that still lets a primary on a majority side commit alone: floor(n/2).
int maxSyncStandbys(int nodes);

// A primary that sees fewer streaming standbys than this is not on a majority side: it stops
// itself (floor(n/2); repmgr's child_nodes_connected_min_count).
int fenceBelowStandbys(int nodes);

// The k of 'ANY k (...)' the spec asks for: the worksheet's value, or minSyncStandbys when it
// says 0 (automatic). 0 in asynchronous mode.
int syncStandbys(const ClusterSpec& spec);

} // namespace pgpilot::quorum

namespace pgpilot::failover {

// The timing budget of docs/quorum.md. A network blip shorter than kBlipSeconds must cause
// neither a failover nor a fence.
constexpr int kBlipSeconds = 5;
// A primary without its quorum of standbys for this long stops itself (repmgr's
// child_nodes_disconnect_timeout and the health service's --quorum-grace). It starts counting when
// the walsenders end (wal_sender_timeout, 4 s, after the link went silent), and the standbys of a
// blip are back within about 2 s of its end, so a 5 s blip stays 3 s short of it.
constexpr int kFenceGraceSeconds = 5;

// How long the failover validation holds a promotion after repmgrd last saw the primary, as
// repmgr.conf's --blip argument. Synchronous quorum: one second of repmgrd's check granularity
// plus half a second over the blip budget. Asynchronous: the old primary must have fenced itself
// first (4 s walsender timeout + the grace + 1 s check + 2 s margin), since its commits do not
// wait for anyone.
QString promoteGateSeconds(const ClusterSpec& spec);

} // namespace pgpilot::failover
