// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology.h"

#include "snapshottext.h"

#include <QCoreApplication>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::Topology", text);
}

EdgeSync syncOf(const QString& state)
{
    if (state == QLatin1String("sync"))
        return EdgeSync::Sync;
    if (state == QLatin1String("quorum"))
        return EdgeSync::Quorum;
    if (state == QLatin1String("potential"))
        return EdgeSync::Potential;
    if (state == QLatin1String("async"))
        return EdgeSync::Async;
    return EdgeSync::Unknown;
}

// The node a host (as in sender_host or a conninfo) names: by address, else by name.
const NodeSnapshot* nodeByHost(const ClusterSnapshot& s, const QString& host)
{
    if (host.isEmpty())
        return nullptr;
    for (const auto& n : s.nodes) {
        if (!n.address.isEmpty() && n.address.compare(host, Qt::CaseInsensitive) == 0)
            return &n;
    }
    for (const auto& n : s.nodes) {
        if (n.name.compare(host, Qt::CaseInsensitive) == 0)
            return &n;
    }
    return nullptr;
}

// The sender's pg_stat_replication row for a standby: repmgr sets application_name to the node's
// name; without it, the client address.
const ReplicationPeer* rowFor(const NodeSnapshot& sender, const NodeSnapshot& standby)
{
    for (const auto& peer : sender.pg.replication) {
        if (peer.applicationName.compare(standby.name, Qt::CaseInsensitive) == 0)
            return &peer;
    }
    for (const auto& peer : sender.pg.replication) {
        if (!standby.address.isEmpty() && peer.clientAddress == standby.address)
            return &peer;
    }
    return nullptr;
}

// The upstream repmgr registered for a standby: its own copy of the node table first (it
// replicates the primary's), else any reachable node's.
const NodeSnapshot* repmgrUpstream(const ClusterSnapshot& s, const NodeSnapshot& standby)
{
    auto lookup = [&](const QList<RepmgrNode>& table) -> const NodeSnapshot* {
        std::optional<int> upstreamId;
        for (const auto& row : table) {
            if (row.nodeName == standby.name)
                upstreamId = row.upstreamNodeId;
        }
        if (!upstreamId)
            return nullptr;
        for (const auto& row : table) {
            if (row.nodeId == *upstreamId)
                return s.node(row.nodeName);
        }
        return nullptr;
    };
    if (const auto* found = lookup(standby.pg.repmgrNodes))
        return found;
    for (const auto& n : s.nodes) {
        if (n.pg.reachable && &n != &standby) {
            if (const auto* found = lookup(n.pg.repmgrNodes))
                return found;
        }
    }
    return nullptr;
}

bool haproxyNotRead(const ClusterSnapshot& s)
{
    return std::any_of(s.notRead.cbegin(), s.notRead.cend(),
        [](const NotRead& n) { return n.signal == QLatin1String("haproxy"); });
}

TopologyNode nodeOf(const NodeSnapshot& n, const QStringList& primaries, bool notRead)
{
    TopologyNode t;
    t.name = n.name;
    t.state = n.state;
    t.reachable = n.pg.polled && n.pg.reachable;
    t.vip = n.vip.known && n.vip.holds;
    const HaproxyBackend* write
        = n.haproxy.polled && n.haproxy.reachable && !notRead ? n.haproxy.writeBackend() : nullptr;
    t.routeKnown = write != nullptr;
    if (write) {
        t.writeRoute = write->upServers();
        // With one primary, writes must go there and only there; without one (or with two), any
        // route is a wrong one and routing nowhere is what HAProxy should do.
        t.routeWrong = primaries.size() == 1 ? t.writeRoute != primaries : !t.writeRoute.isEmpty();
    }
    return t;
}

std::optional<TopologyEdge> edgeFor(
    const ClusterSnapshot& s, const NodeSnapshot& standby, const QString& primary)
{
    const NodeSnapshot* upstream = nodeByHost(s, standby.pg.upstreamHost);
    EdgeSource source = EdgeSource::WalReceiver;
    const ReplicationPeer* row = nullptr;
    if (upstream == &standby)
        upstream = nullptr;
    if (!upstream) {
        // The senders that list this standby; a reachable one answered this tick.
        for (const auto& n : s.nodes) {
            if (&n == &standby || !n.pg.reachable)
                continue;
            if (const auto* r = rowFor(n, standby)) {
                upstream = &n;
                row = r;
                source = EdgeSource::SenderRow;
                break;
            }
        }
    }
    if (!upstream) {
        upstream = repmgrUpstream(s, standby);
        source = EdgeSource::Repmgr;
        if (upstream == &standby)
            upstream = nullptr;
    }
    if (!upstream)
        return std::nullopt;
    if (!row && upstream->pg.reachable)
        row = rowFor(*upstream, standby);
    TopologyEdge e;
    e.upstream = upstream->name;
    e.standby = standby.name;
    e.source = source;
    e.cascaded = upstream->state == NodeState::Standby;
    e.broken = standby.pg.walReceiverStatus != QLatin1String("streaming");
    if (row) {
        e.sync = syncOf(row->syncState);
        e.replicationState = row->state;
        e.lagBytes = row->replayLagBytes;
        e.lagSeconds = row->replayLagSeconds;
        // NULL replay_lag means "no recent activity": caught up when nothing is pending.
        if (!e.lagSeconds && e.lagBytes && *e.lagBytes == 0)
            e.lagSeconds = 0.0;
    } else if (upstream->name == primary) {
        // deriveCluster()'s lag behind the primary from the LSNs.
        e.lagBytes = standby.lagBytes;
        e.lagSeconds = standby.lagSeconds;
    } else if (upstream->pg.receiveLsn && standby.pg.replayLsn) {
        e.lagBytes = qMax<qint64>(0, qint64(*upstream->pg.receiveLsn) - qint64(*standby.pg.replayLsn));
    }
    return e;
}

QString joinedOrNone(const QStringList& names)
{
    return names.isEmpty() ? tr("nowhere") : names.join(QLatin1Char('+'));
}

} // namespace

QString toId(EdgeSync sync)
{
    switch (sync) {
    case EdgeSync::Async:
        return QStringLiteral("async");
    case EdgeSync::Potential:
        return QStringLiteral("potential");
    case EdgeSync::Quorum:
        return QStringLiteral("quorum");
    case EdgeSync::Sync:
        return QStringLiteral("sync");
    case EdgeSync::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Topology deriveTopology(const ClusterSnapshot& snapshot)
{
    Topology t;
    t.roots = snapshot.primaries();
    t.primary = t.roots.size() == 1 ? t.roots.first() : QString();
    const bool notRead = haproxyNotRead(snapshot);
    for (const auto& n : snapshot.nodes) {
        TopologyNode node = nodeOf(n, t.roots, notRead);
        if (node.vip)
            t.vipHolders << n.name;
        if (n.state == NodeState::Standby) {
            if (auto edge = edgeFor(snapshot, n, t.primary))
                t.edges.append(*edge);
            else
                node.orphan = true;
        }
        if (node.orphan)
            t.orphans << n.name;
        t.nodes.append(node);
    }
    return t;
}

const TopologyNode* Topology::node(const QString& name) const
{
    for (const auto& n : nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

const TopologyEdge* Topology::edgeTo(const QString& standby) const
{
    for (const auto& e : edges) {
        if (e.standby == standby)
            return &e;
    }
    return nullptr;
}

QList<const TopologyEdge*> Topology::edgesFrom(const QString& upstream) const
{
    QList<const TopologyEdge*> list;
    for (const auto& e : edges) {
        if (e.upstream == upstream)
            list << &e;
    }
    return list;
}

QString edgeText(const TopologyEdge& edge)
{
    QStringList parts;
    if (edge.broken)
        parts << tr("not streaming");
    else if (edge.cascaded)
        parts << tr("cascaded");
    parts << toId(edge.sync);
    parts << (edge.lagBytes ? formatBytes(*edge.lagBytes) : QStringLiteral("? B"));
    if (edge.lagSeconds)
        parts << QStringLiteral("%1 s").arg(*edge.lagSeconds, 0, 'f', 1);
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString routeText(const TopologyNode& node)
{
    if (!node.routeKnown)
        return tr("writes \u2192 ?");
    QString text = tr("writes \u2192 %1").arg(joinedOrNone(node.writeRoute));
    if (node.routeWrong)
        text = QStringLiteral("\u26a0 ") + text;
    return text;
}

QString Topology::summary() const
{
    QStringList edgeTexts;
    for (const auto& e : edges) {
        QStringList details {toId(e.sync), e.lagBytes ? formatBytes(*e.lagBytes) : QStringLiteral("?")};
        if (e.cascaded)
            details << QStringLiteral("cascaded");
        if (e.broken)
            details << QStringLiteral("broken");
        edgeTexts << QStringLiteral("%1 \u2192 %2 (%3)")
                         .arg(e.upstream, e.standby, details.join(QStringLiteral(", ")));
    }
    QStringList parts;
    parts << (edgeTexts.isEmpty() ? QStringLiteral("no replication") : edgeTexts.join(QStringLiteral(", ")));
    if (roots.size() > 1)
        parts << QStringLiteral("primaries %1").arg(roots.join(QLatin1Char('+')));
    if (!orphans.isEmpty())
        parts << QStringLiteral("no upstream: %1").arg(orphans.join(QLatin1Char('+')));
    parts << QStringLiteral("VIP %1").arg(
        vipHolders.isEmpty() ? QStringLiteral("nowhere") : vipHolders.join(QLatin1Char('+')));
    QStringList routes;
    for (const auto& n : nodes) {
        QString route = n.name + QStringLiteral("\u2192")
            + (!n.routeKnown ? QStringLiteral("?")
                             : (n.writeRoute.isEmpty() ? QStringLiteral("nowhere")
                                                       : n.writeRoute.join(QLatin1Char('+'))));
        if (n.routeWrong)
            route += QStringLiteral(" (wrong)");
        routes << route;
    }
    parts << QStringLiteral("routes: %1").arg(routes.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

} // namespace pgpilot
