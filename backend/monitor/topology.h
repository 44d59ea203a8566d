// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

namespace pgpilot {

// Who streams from whom, where the VIP is and where each node's HAProxy sends writes, derived
// from one ClusterSnapshot (after deriveCluster()). Plain values: the dashboard and the wall draw
// it, tests and the accessibility text read summary().

// How the sender counts a standby for synchronous commits (pg_stat_replication.sync_state).
enum class EdgeSync
{
    Unknown, // the sender does not list the standby (or was not read)
    Async,
    Potential,
    Quorum,
    Sync
};
QString toId(EdgeSync sync); // "unknown", "async", "potential", "quorum", "sync"

// How an edge was found, the most direct evidence first.
enum class EdgeSource
{
    WalReceiver, // the standby's pg_stat_wal_receiver.sender_host names the upstream
    SenderRow, // the upstream's pg_stat_replication lists the standby
    Repmgr // only repmgr's node table says so (upstream_node_id)
};

struct TopologyEdge
{
    QString upstream; // node name
    QString standby; // node name
    EdgeSource source = EdgeSource::WalReceiver;
    EdgeSync sync = EdgeSync::Unknown;
    QString replicationState; // as the sender reports it: streaming, catchup, ...; empty: not listed
    std::optional<qint64> lagBytes; // replay lag along this edge
    std::optional<double> lagSeconds;
    bool cascaded = false; // the upstream is itself a standby (relays WAL), not a primary
    bool broken = false; // the standby's WAL receiver is not streaming

    bool operator==(const TopologyEdge&) const = default;
};

struct TopologyNode
{
    QString name;
    NodeState state = NodeState::Unknown;
    bool reachable = false; // PostgreSQL answered this tick
    bool vip = false; // its VIP probe says it holds the VIP
    // Where this node's own HAProxy sends writes (its write backend's servers that are UP).
    bool routeKnown = false; // false: HAProxy not polled, not answering, or not read on this cluster
    QStringList writeRoute;
    bool routeWrong = false; // known, and not exactly the single primary (or anywhere without one)
    bool orphan = false; // a standby whose upstream nobody can name

    bool operator==(const TopologyNode&) const = default;
};

struct Topology
{
    QList<TopologyNode> nodes; // in the snapshot's order
    QList<TopologyEdge> edges; // one per standby with a known upstream, upstream -> standby
    QStringList roots; // the primaries: two or more on a split brain
    QStringList orphans; // standbys with no known upstream
    QString primary; // the single primary; empty with none or several
    QStringList vipHolders; // nodes that say they hold the VIP (several: an alarm)

    const TopologyNode* node(const QString& name) const;
    const TopologyEdge* edgeTo(const QString& standby) const;
    QList<const TopologyEdge*> edgesFrom(const QString& upstream) const;
    // One line for tests and screen readers:
    // "pg1 → pg2 (sync, 0 B), pg1 → pg3 (async, 12.0 KiB); VIP pg1; routes: pg1→pg1, pg2→pg1"
    QString summary() const;
    bool operator==(const Topology&) const = default;
};

Topology deriveTopology(const ClusterSnapshot& snapshot);

// "quorum · 12.0 KiB · 0.3 s", "async · ?" : the label of an edge.
QString edgeText(const TopologyEdge& edge);
// "writes → pg1", "writes → nowhere", "writes → ?" (not read): the line under a node.
QString routeText(const TopologyNode& node);

} // namespace pgpilot
