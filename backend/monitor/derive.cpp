// SPDX-License-Identifier: GPL-3.0-or-later
#include "derive.h"

#include "backupderive.h"
#include "pausetext.h"
#include "schedulederive.h"
#include "snapshottext.h"

#include <QCoreApplication>

namespace pgpilot {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("pgpilot::Alarms", text, nullptr, n);
}

NodeState stateOf(const NodeSnapshot& node)
{
    if (node.pg.polled && node.pg.reachable)
        return node.pg.inRecovery ? NodeState::Standby : NodeState::Primary;
    if (node.fenced)
        return NodeState::Fenced;
    if (!node.pg.polled)
        return NodeState::Unknown;
    return NodeState::Down;
}

// repmgr's node table as the cluster sees it: standbys replicate the real primary's table, so
// the version most reachable nodes hold wins; a returning old primary keeps its stale copy and is
// outvoted. On a tie, the copy on a writable node with the highest timeline.
const QList<RepmgrNode>* repmgrView(const ClusterSnapshot& snapshot)
{
    const QList<RepmgrNode>* best = nullptr;
    int bestVotes = 0;
    int bestTimeline = -1;
    for (const auto& node : snapshot.nodes) {
        if (!node.pg.reachable || node.pg.repmgrNodes.isEmpty())
            continue;
        int votes = 0;
        int timeline = -1;
        for (const auto& other : snapshot.nodes) {
            if (other.pg.reachable && other.pg.repmgrNodes == node.pg.repmgrNodes) {
                ++votes;
                if (other.state == NodeState::Primary)
                    timeline = qMax(timeline, other.pg.timeline.value_or(0));
            }
        }
        if (votes > bestVotes || (votes == bestVotes && timeline > bestTimeline)) {
            best = &node.pg.repmgrNodes;
            bestVotes = votes;
            bestTimeline = timeline;
        }
    }
    return best;
}

const ReplicationPeer* findPeer(const NodeSnapshot& sender, const NodeSnapshot& standby)
{
    for (const auto& peer : sender.pg.replication) {
        if (peer.applicationName == standby.name)
            return &peer;
    }
    for (const auto& peer : sender.pg.replication) {
        if (!standby.address.isEmpty() && peer.clientAddress == standby.address)
            return &peer;
    }
    return nullptr;
}

void add(ClusterSnapshot& s, AlarmKind kind, Severity severity, const QString& node, const QString& title,
    const QString& meaning, const QString& action)
{
    s.alarms.append({kind, severity, node, title, meaning, action});
}

void deriveNodes(ClusterSnapshot& s)
{
    for (auto& node : s.nodes) {
        node.state = stateOf(node);
        node.registeredPrimary = false;
        node.lagBytes.reset();
        node.lagSeconds.reset();
        node.replicationState.clear();
        node.syncState.clear();
    }
    if (const auto* view = repmgrView(s)) {
        for (const auto& row : *view) {
            if (row.type == QLatin1String("primary") && row.active) {
                for (auto& node : s.nodes) {
                    if (node.name == row.nodeName)
                        node.registeredPrimary = true;
                }
            }
        }
    }
    const QStringList primaries = s.primaries();
    if (primaries.size() != 1)
        return;
    const NodeSnapshot primary = *s.node(primaries.first());
    for (auto& node : s.nodes) {
        if (node.state != NodeState::Standby)
            continue;
        if (const auto* peer = findPeer(primary, node)) {
            node.replicationState = peer->state;
            node.syncState = peer->syncState;
            node.lagBytes = peer->replayLagBytes;
            node.lagSeconds = peer->replayLagSeconds;
            // NULL replay_lag means "no recent activity": caught up when nothing is pending.
            if (!node.lagSeconds && peer->replayLagBytes && *peer->replayLagBytes == 0)
                node.lagSeconds = 0.0;
        } else if (primary.pg.currentLsn && node.pg.replayLsn) {
            node.lagBytes = qMax<qint64>(0, qint64(*primary.pg.currentLsn) - qint64(*node.pg.replayLsn));
        }
    }
}

// Whether a row of the primary's pg_stat_replication confirms commits for the setting: PostgreSQL
// marks the standbys a commit waits for "sync" (FIRST) or "quorum" (ANY), and only while streaming.
bool confirms(const SyncSetting& setting, const ReplicationPeer& peer)
{
    if (peer.state != QLatin1String("streaming") || !setting.matches(peer.applicationName))
        return false;
    return peer.syncState == QLatin1String("sync")
        || (setting.mode == SyncMode::Quorum && peer.syncState == QLatin1String("quorum"));
}

void deriveSync(ClusterSnapshot& s)
{
    s.replication = {};
    s.synchronousCommit.clear();
    s.syncCandidates.clear();
    s.syncConfirming = 0;
    const QStringList primaries = s.primaries();
    if (primaries.size() != 1)
        return;
    const NodeSnapshot& primary = *s.node(primaries.first());
    s.replication = primary.pg.sync;
    s.synchronousCommit = primary.pg.synchronousCommit;
    if (s.replication.mode != SyncMode::Quorum && s.replication.mode != SyncMode::Priority)
        return;
    // The same setting goes to every node, so it names the primary too: that name counts for nothing.
    auto candidate = [&s, &primary](const QString& name) {
        if (name != QLatin1String("*") && name.compare(primary.name, Qt::CaseInsensitive) != 0
            && s.replication.matches(name) && !s.syncCandidates.contains(name, Qt::CaseInsensitive))
            s.syncCandidates << name;
    };
    for (const auto& node : s.nodes)
        candidate(node.name);
    for (const auto& name : std::as_const(s.replication.names))
        candidate(name);
    for (const auto& peer : primary.pg.replication) {
        if (peer.state != QLatin1String("backup")) // pg_basebackup also shows up here
            candidate(peer.applicationName);
    }
    for (const auto& peer : primary.pg.replication) {
        if (confirms(s.replication, peer))
            ++s.syncConfirming;
    }
}

// Which nodes' repmgrd is paused, and the window: the primary's copy of pgpilot's table (it is
// written there), else the newest open copy any node answered with (the primary may be the node
// that is down during the maintenance).
void derivePause(ClusterSnapshot& s)
{
    s.pause = {};
    for (const auto& node : s.nodes) {
        if (!node.pg.reachable || !node.pg.repmgrdPaused.has_value())
            continue;
        (*node.pg.repmgrdPaused ? s.pause.pausedNodes : s.pause.activeNodes) << node.name;
    }
    const QStringList primaries = s.primaries();
    const NodeSnapshot* from = nullptr;
    if (primaries.size() == 1 && s.node(primaries.first())->pg.pauseWindow.read) {
        from = s.node(primaries.first());
    } else {
        // No primary answers: the newest open row among the copies (a standby replays the same rows)
        for (const auto& node : s.nodes) {
            const PauseWindow& w = node.pg.pauseWindow;
            if (node.pg.reachable && w.read && (!from || w.id > from->pg.pauseWindow.id))
                from = &node;
        }
    }
    if (from) {
        s.pause.window = from->pg.pauseWindow;
        s.pause.windowNode = from->name;
    }
}

void deriveRouting(ClusterSnapshot& s)
{
    QStringList holders;
    for (const auto& node : s.nodes) {
        if (node.vip.known && node.vip.holds)
            holders << node.name;
    }
    s.vipHolder = holders.size() == 1 ? holders.first() : QString();
    s.writeTarget.clear();
    s.readTargets.clear();
    // Applications reach HAProxy through the VIP, so the VIP holder's view is the one that counts.
    const NodeSnapshot* source = s.vipHolder.isEmpty() ? nullptr : s.node(s.vipHolder);
    if (!source || !source->haproxy.reachable) {
        source = nullptr;
        for (const auto& node : s.nodes) {
            if (node.haproxy.reachable) {
                source = &node;
                break;
            }
        }
    }
    if (!source)
        return;
    if (const auto* write = source->haproxy.writeBackend())
        s.writeTarget = write->upServers().join(QLatin1Char(','));
    if (const auto* read = source->haproxy.readBackend())
        s.readTargets = read->upServers();
}

// Writes block when the primary's synchronous_standby_names wants k standbys and fewer confirm.
void syncAlarm(ClusterSnapshot& s, const NodeSnapshot& primary)
{
    const SyncSetting& sync = s.replication;
    if ((sync.mode != SyncMode::Quorum && sync.mode != SyncMode::Priority) || s.syncConfirming >= sync.count)
        return;
    // With synchronous_commit local or off, commits do not wait for any standby.
    if (s.synchronousCommit == QLatin1String("local") || s.synchronousCommit == QLatin1String("off"))
        return;
    QStringList missing;
    for (const auto& name : s.syncCandidates) {
        const bool confirming = std::any_of(
            primary.pg.replication.cbegin(), primary.pg.replication.cend(), [&](const ReplicationPeer& peer) {
                return peer.applicationName.compare(name, Qt::CaseInsensitive) == 0 && confirms(sync, peer);
            });
        if (!confirming)
            missing << name;
    }
    QString title;
    if (s.syncConfirming == 0)
        title = tr("Writes wait: no standby of the synchronous quorum is streaming");
    else if (s.syncConfirming == 1)
        title = tr("Writes wait: 1 of the %1 standbys the synchronous quorum needs is streaming")
                    .arg(sync.count);
    else
        title = tr("Writes wait: %1 of the %2 standbys the synchronous quorum needs are streaming")
                    .arg(s.syncConfirming)
                    .arg(sync.count);
    const QString meaning
        = tr("Commits on %1 do not return to the applications until %2 standby(s) confirm them. If %1 "
             "stays cut off from a majority of the cluster, it may stop itself.")
              .arg(primary.name)
              .arg(sync.count);
    const QString asyncChoice
        = tr("Only if you accept losing acknowledged writes in a failover: switch the worksheet to "
             "asynchronous replication and apply phase 2.");
    const QString action = missing.isEmpty()
        ? tr("synchronous_standby_names on %1 names fewer standbys than it needs (\"%2\"): add "
             "standbys. %3")
              .arg(primary.name, primary.pg.syncStandbyNames, asyncChoice)
        : tr("Start or repair %1 (not streaming). %2").arg(missing.join(QStringLiteral(", ")), asyncChoice);
    add(s, AlarmKind::SyncQuorumLost, Severity::Critical, primary.name, title, meaning, action);
}

// The server certificate a node presented to pgpilot, against the tick's time.
void certificateAlarm(ClusterSnapshot& s, const AlarmThresholds& t, const NodeSnapshot& node)
{
    const QDateTime notAfter = node.pg.tls.certificateNotAfter;
    if (!node.pg.reachable || !notAfter.isValid() || !s.time.isValid())
        return;
    constexpr qint64 kDay = 24 * 3600;
    const qint64 seconds = s.time.secsTo(notAfter);
    if (seconds > t.certificateWarningDays * kDay)
        return;
    const QString date = notAfter.date().toString(Qt::ISODate);
    add(s, AlarmKind::CertificateExpiring,
        seconds <= t.certificateCriticalDays * kDay ? Severity::Critical : Severity::Warning, node.name,
        seconds <= 0 ? tr("%1's TLS certificate expired on %2").arg(node.name, date)
                     : tr("%1's TLS certificate expires on %2, in %n day(s)", int(seconds / kDay))
                           .arg(node.name, date),
        tr("Once it has expired, the standbys, repmgr and pgpilot refuse to connect to %1: replication "
           "from it and any failover to it stop working.")
            .arg(node.name),
        tr("Renew the node certificates: pgpilot renew-certs (PostgreSQL reloads them, no restart)."));
}

// Automatic failover paused (issue 20): past the window the admin gave, and on some nodes only.
void pauseAlarms(ClusterSnapshot& s)
{
    const FailoverPause& p = s.pause;
    if (p.overdue()) {
        const PauseWindow& w = p.window;
        add(s, AlarmKind::FailoverPausedTooLong, Severity::Critical, {},
            tr("Automatic failover paused past its window: since %1 by %2, the window ended %3 ago")
                .arg(pauseTimeText(w.since), w.by.isEmpty() ? tr("someone") : w.by,
                    pauseSpanText(*w.secondsLeft)),
            (w.reason.isEmpty() ? QString() : tr("Reason given: %1. ").arg(w.reason))
                + tr("repmgrd promotes no standby while it is paused: if the primary fails now, nothing "
                     "accepts writes until someone acts."),
            tr("If the maintenance is over, resume it: pgpilot unpause with the cluster file (or Cluster "
               "→ Resume automatic failover). If it goes on, pause again with a longer window "
               "(pgpilot pause --window)."));
    }
    if (p.mixed()) {
        add(s, AlarmKind::FailoverPausedPartly, Severity::Warning, {},
            tr("Automatic failover is paused on %1 but not on %2")
                .arg(p.pausedNodes.join(QStringLiteral(", ")), p.activeNodes.join(QStringLiteral(", "))),
            tr("The nodes would not act together on a failure: an unpaused standby may promote itself "
               "while the paused ones neither promote nor follow it, or nobody acts."),
            tr("Pause or resume every node together: pgpilot pause or pgpilot unpause with the cluster "
               "file. A node whose PostgreSQL restarted takes its pause flag back from its state file a "
               "few seconds later, once its repmgrd reconnects."));
    }
}

void deriveAlarms(ClusterSnapshot& s, const AlarmThresholds& t)
{
    s.alarms.clear();
    bool anyPolled = false;
    for (const auto& node : s.nodes)
        anyPolled = anyPolled || node.pg.polled;
    if (!anyPolled)
        return;

    const QStringList primaries = s.primaries();
    if (primaries.isEmpty()) {
        add(s, AlarmKind::NoPrimary, Severity::Critical, {}, tr("No primary: nothing accepts writes"),
            tr("Applications cannot write. repmgrd should promote a standby within its failover "
               "timeout."),
            tr("Wait for the automatic failover; if no standby is promoted, check repmgrd on the "
               "standbys and promote the most advanced one (switchover or repmgr standby promote)."));
    } else if (primaries.size() > 1) {
        add(s, AlarmKind::SplitBrain, Severity::Critical, {},
            primaries.size() == 2
                ? tr("Split brain: %1 and %2 both accept writes").arg(primaries.at(0), primaries.at(1))
                : tr("Split brain: %1 all accept writes").arg(primaries.join(QStringLiteral(", "))),
            tr("Two databases take writes independently; their data is diverging now."),
            tr("Fence the primary that is not registered in repmgr at once (stop its PostgreSQL), "
               "then rejoin it as a standby with pg_rewind."));
    }

    bool registeredKnown = false;
    for (const auto& node : s.nodes)
        registeredKnown = registeredKnown || node.registeredPrimary;
    for (const auto& node : s.nodes) {
        if (node.state == NodeState::Primary && registeredKnown && !node.registeredPrimary) {
            add(s, AlarmKind::UnregisteredPrimary, Severity::Critical, node.name,
                tr("%1 accepts writes but repmgr does not know it as the primary").arg(node.name),
                tr("A node that is not the registered primary takes writes: an old primary came "
                   "back, or a promotion was not registered."),
                tr("Fence %1 unless it is the intended primary; otherwise register it with repmgr "
                   "(repmgr primary register --force).")
                    .arg(node.name));
        }
    }

    // VIP: only judged when at least one node's probe answered. "Nobody holds it" needs every
    // node's probe to have reported (an answer or a failure): a probe still on its way, say the
    // first one of a one-shot status over a slow SSH login, may be the holder's.
    QStringList holders;
    bool vipKnown = false;
    bool vipAllReported = true;
    for (const auto& node : s.nodes) {
        vipKnown = vipKnown || node.vip.known;
        vipAllReported = vipAllReported && node.vip.polled;
        if (node.vip.known && node.vip.holds)
            holders << node.name;
    }
    if (!s.vip.isEmpty() && vipKnown) {
        if (holders.isEmpty() && vipAllReported) {
            add(s, AlarmKind::VipNotHeld, Severity::Critical, {}, tr("No node holds the VIP %1").arg(s.vip),
                tr("Applications connecting to the VIP reach nothing."),
                tr("Check Keepalived on every node (systemctl status keepalived) and its check "
                   "script; at least one node's HAProxy must be running."));
        } else if (holders.size() > 1) {
            add(s, AlarmKind::VipHeldTwice, Severity::Critical, {},
                tr("The VIP %1 is on %2 at once").arg(s.vip, holders.join(QStringLiteral(", "))),
                tr("Two nodes answer for the VIP: clients land on either at random."),
                tr("VRRP packets are not getting through between the nodes: check the firewall "
                   "(protocol 112) and that every node uses the same virtual_router_id."));
        }
        if (holders.size() == 1) {
            const NodeSnapshot* holder = s.node(holders.first());
            if (holder->haproxy.polled && !holder->haproxy.reachable) {
                add(s, AlarmKind::VipOnUnhealthyNode, Severity::Critical, holder->name,
                    tr("The VIP is on %1 but its HAProxy does not answer").arg(holder->name),
                    tr("Applications connect to the VIP and may reach no database."),
                    tr("Start HAProxy on %1 (systemctl start haproxy), or stop Keepalived there "
                       "so the VIP moves to a healthy node.")
                        .arg(holder->name));
            }
        }
    }

    for (const auto& node : s.nodes) {
        if (node.haproxy.polled && !node.haproxy.reachable && node.name != s.vipHolder
            && node.state != NodeState::Down && node.state != NodeState::Fenced) {
            add(s, AlarmKind::HaproxyDown, Severity::Warning, node.name,
                tr("HAProxy on %1 does not answer").arg(node.name),
                tr("If the VIP moves to %1, applications reach no database.").arg(node.name),
                tr("Check HAProxy on %1 (systemctl status haproxy) and its stats port.").arg(node.name));
        }
    }

    if (primaries.size() == 1) {
        const QString primary = primaries.first();
        const bool haproxySeen = std::any_of(
            s.nodes.cbegin(), s.nodes.cend(), [](const NodeSnapshot& n) { return n.haproxy.reachable; });
        if (haproxySeen && s.writeTarget.isEmpty()) {
            add(s, AlarmKind::WritesMisrouted, Severity::Critical, {}, tr("HAProxy sends writes nowhere"),
                tr("The write port refuses applications although %1 is a primary.").arg(primary),
                tr("HAProxy's check of %1 fails: check the health service on %1 (GET /primary).")
                    .arg(primary));
        } else if (haproxySeen && s.writeTarget != primary) {
            add(s, AlarmKind::WritesMisrouted, Severity::Critical, {},
                tr("HAProxy sends writes to %1, the primary is %2").arg(s.writeTarget, primary),
                tr("Writes fail or land on the wrong node."),
                tr("Check the health service on every node: only %1 may answer 200 on /primary.")
                    .arg(primary));
        }
    }

    const NodeSnapshot* primaryNode = primaries.size() == 1 ? s.node(primaries.first()) : nullptr;
    if (primaryNode)
        syncAlarm(s, *primaryNode);
    for (const auto& node : s.nodes) {
        if (node.pg.polled && !node.pg.reachable && !node.fenced) {
            const bool wasPrimary = node.registeredPrimary;
            add(s, AlarmKind::NodeUnreachable, wasPrimary ? Severity::Critical : Severity::Warning, node.name,
                tr("%1 (%2) does not answer").arg(node.name, node.address),
                wasPrimary ? tr("The registered primary is unreachable; a failover is due.")
                           : tr("One copy fewer: the cluster tolerates one failure less."),
                tr("PostgreSQL on %1: %2. Check the node, its network and PostgreSQL "
                   "(systemctl status postgresql).")
                    .arg(node.name, node.pg.error.isEmpty() ? tr("no answer") : node.pg.error));
        }

        // Health service against the database.
        if (node.health.polled && node.pg.polled && !node.fenced) {
            QString disagreement;
            if (!node.health.reachable && node.pg.reachable) {
                disagreement = tr("the health service does not answer (%1) but PostgreSQL does")
                                   .arg(node.health.error);
            } else if (node.health.reachable && node.pg.reachable) {
                const QString dbRole
                    = node.pg.inRecovery ? QStringLiteral("replica") : QStringLiteral("primary");
                if (node.health.role != dbRole && !node.health.bodyError.isEmpty())
                    disagreement = tr("the health service says \"%1\" (HTTP %2), PostgreSQL says %3")
                                       .arg(node.health.bodyError)
                                       .arg(node.health.httpStatus)
                                       .arg(dbRole);
                else if (node.health.role != dbRole)
                    disagreement
                        = tr("the health service says %1, PostgreSQL says %2")
                              .arg(node.health.role.isEmpty() ? tr("nothing") : node.health.role, dbRole);
            } else if (node.health.reachable && !node.pg.reachable
                && (node.health.role == QLatin1String("primary")
                    || node.health.role == QLatin1String("replica"))) {
                disagreement = tr("the health service says %1 but PostgreSQL does not answer pgpilot")
                                   .arg(node.health.role);
            }
            if (!disagreement.isEmpty()) {
                add(s, AlarmKind::HealthDisagrees,
                    node.state == NodeState::Primary ? Severity::Critical : Severity::Warning, node.name,
                    tr("%1: %2").arg(node.name, disagreement),
                    tr("HAProxy and Keepalived follow the health service: they may route traffic "
                       "to the wrong node or to none."),
                    tr("Check the health service on %1 (systemctl status %2) and "
                       "whether pgpilot reaches PostgreSQL's port from here.")
                        .arg(node.name, s.healthService));
            }
        }

        if (node.state == NodeState::Standby && primaryNode) {
            QString broken;
            if (node.replicationState.isEmpty() && !findPeer(*primaryNode, node))
                broken = tr("%1 is not connected to the primary %2").arg(node.name, primaryNode->name);
            else if (node.replicationState != QLatin1String("streaming"))
                broken = tr("%1 replication is in state \"%2\"").arg(node.name, node.replicationState);
            else if (node.pg.timeline && primaryNode->pg.timeline
                && *node.pg.timeline != *primaryNode->pg.timeline)
                broken = tr("%1 is on timeline %2, the primary on %3")
                             .arg(node.name)
                             .arg(*node.pg.timeline)
                             .arg(*primaryNode->pg.timeline);
            if (!broken.isEmpty()) {
                add(s, AlarmKind::ReplicationBroken, Severity::Warning, node.name, broken,
                    tr("%1 falls behind and cannot take over without losing data.").arg(node.name),
                    tr("Look at PostgreSQL's log on %1; if it followed an old timeline, rejoin it "
                       "(repmgr node rejoin --force-rewind).")
                        .arg(node.name));
            } else if ((node.lagBytes && *node.lagBytes > t.lagBytes)
                || (node.lagSeconds && *node.lagSeconds > t.lagSeconds)) {
                add(s, AlarmKind::LagHigh, Severity::Warning, node.name,
                    tr("%1 lags %2 / %3 s behind the primary")
                        .arg(node.name, formatBytes(node.lagBytes.value_or(0)))
                        .arg(node.lagSeconds.value_or(0.0), 0, 'f', 1),
                    tr("A failover to %1 now would lose or delay recent transactions.").arg(node.name),
                    tr("Check the network and disk of %1 and long queries holding replay back "
                       "(thresholds: %2, %3 s).")
                        .arg(node.name, formatBytes(t.lagBytes))
                        .arg(t.lagSeconds, 0, 'f', 0));
            }
        }

        if (t.requireRepmgrd && node.pg.reachable && node.pg.repmgrdRunning.has_value()
            && !*node.pg.repmgrdRunning) {
            add(s, AlarmKind::RepmgrdNotRunning, Severity::Warning, node.name,
                tr("repmgrd is not running on %1").arg(node.name),
                tr("No automatic failover involving %1.").arg(node.name),
                tr("Start it: systemctl start pgpilot-repmgrd on %1.").arg(node.name));
        }
        certificateAlarm(s, t, node);
    }

    deriveBackupAlarms(s, t);
    pauseAlarms(s);
    deriveScheduleAlarms(s);

    // Critical first, then in the order found: the banner shows the first one.
    std::stable_sort(s.alarms.begin(), s.alarms.end(),
        [](const Alarm& a, const Alarm& b) { return int(a.severity) > int(b.severity); });
}

} // namespace

void deriveCluster(ClusterSnapshot& snapshot, const AlarmThresholds& thresholds)
{
    deriveNodes(snapshot);
    derivePause(snapshot);
    deriveSchedule(snapshot);
    deriveSync(snapshot);
    deriveRouting(snapshot);
    deriveAlarms(snapshot, thresholds);
}

} // namespace pgpilot
