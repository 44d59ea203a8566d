// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

namespace pgpilot {

std::optional<quint64> parseLsn(const QString& text)
{
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == text.size() - 1)
        return std::nullopt;
    bool okHigh = false;
    bool okLow = false;
    const quint64 high = text.left(slash).toULongLong(&okHigh, 16);
    const quint64 low = text.mid(slash + 1).toULongLong(&okLow, 16);
    if (!okHigh || !okLow || high > 0xffffffffULL || low > 0xffffffffULL)
        return std::nullopt;
    return (high << 32) | low;
}

QString formatLsn(const Lsn& lsn)
{
    if (!lsn)
        return {};
    return QStringLiteral("%1/%2").arg(*lsn >> 32, 0, 16).arg(*lsn & 0xffffffffULL, 0, 16).toUpper();
}

QString toId(NodeState state)
{
    switch (state) {
    case NodeState::Primary:
        return QStringLiteral("primary");
    case NodeState::Standby:
        return QStringLiteral("standby");
    case NodeState::Down:
        return QStringLiteral("down");
    case NodeState::Fenced:
        return QStringLiteral("fenced");
    case NodeState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString toId(AlarmKind kind)
{
    switch (kind) {
    case AlarmKind::NoPrimary:
        return QStringLiteral("no-primary");
    case AlarmKind::SplitBrain:
        return QStringLiteral("split-brain");
    case AlarmKind::UnregisteredPrimary:
        return QStringLiteral("unregistered-primary");
    case AlarmKind::VipNotHeld:
        return QStringLiteral("vip-not-held");
    case AlarmKind::VipHeldTwice:
        return QStringLiteral("vip-held-twice");
    case AlarmKind::VipOnUnhealthyNode:
        return QStringLiteral("vip-on-unhealthy-node");
    case AlarmKind::HealthDisagrees:
        return QStringLiteral("health-disagrees");
    case AlarmKind::ReplicationBroken:
        return QStringLiteral("replication-broken");
    case AlarmKind::LagHigh:
        return QStringLiteral("lag-high");
    case AlarmKind::NodeUnreachable:
        return QStringLiteral("node-unreachable");
    case AlarmKind::RepmgrdNotRunning:
        return QStringLiteral("repmgrd-not-running");
    case AlarmKind::HaproxyDown:
        return QStringLiteral("haproxy-down");
    case AlarmKind::WritesMisrouted:
        return QStringLiteral("writes-misrouted");
    case AlarmKind::SyncQuorumLost:
        return QStringLiteral("sync-quorum-lost");
    case AlarmKind::CertificateExpiring:
        return QStringLiteral("certificate-expiring");
    case AlarmKind::ArchiveFailing:
        return QStringLiteral("archive-failing");
    case AlarmKind::ArchiveLag:
        return QStringLiteral("archive-lag");
    case AlarmKind::BackupStale:
        return QStringLiteral("backup-stale");
    case AlarmKind::BackupFailed:
        return QStringLiteral("backup-failed");
    case AlarmKind::BackupTimerFailed:
        return QStringLiteral("backup-timer-failed");
    case AlarmKind::BackupStatusUnread:
        return QStringLiteral("backup-status-unread");
    case AlarmKind::BackupRepositoryError:
        return QStringLiteral("backup-repository-error");
    case AlarmKind::BackupSpaceLow:
        return QStringLiteral("backup-space-low");
    case AlarmKind::FailoverPausedTooLong:
        return QStringLiteral("failover-paused-too-long");
    case AlarmKind::FailoverPausedPartly:
        return QStringLiteral("failover-paused-partly");
    case AlarmKind::ArchiveGap:
        return QStringLiteral("archive-gap");
    case AlarmKind::ArchiveNotStored:
        return QStringLiteral("archive-not-stored");
    case AlarmKind::OperationScheduledSoon:
        return QStringLiteral("operation-scheduled-soon");
    case AlarmKind::ScheduledOperationMissed:
        return QStringLiteral("scheduled-operation-missed");
    }
    return QStringLiteral("unknown");
}

QString toId(SyncMode mode)
{
    switch (mode) {
    case SyncMode::Async:
        return QStringLiteral("async");
    case SyncMode::Quorum:
        return QStringLiteral("quorum");
    case SyncMode::Priority:
        return QStringLiteral("priority");
    case SyncMode::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool SyncSetting::matches(const QString& applicationName) const
{
    return std::any_of(names.cbegin(), names.cend(), [&applicationName](const QString& name) {
        return name == QLatin1String("*") || name.compare(applicationName, Qt::CaseInsensitive) == 0;
    });
}

QString toId(Severity severity)
{
    return severity == Severity::Critical ? QStringLiteral("critical") : QStringLiteral("warning");
}

QStringList HaproxyBackend::upServers() const
{
    QStringList up;
    for (const auto& server : servers) {
        if (server.up())
            up << server.name;
    }
    return up;
}

namespace {

const HaproxyBackend* findBackend(const QList<HaproxyBackend>& backends, const QStringList& hints)
{
    for (const auto& hint : hints) {
        for (const auto& backend : backends) {
            if (backend.name.contains(hint, Qt::CaseInsensitive))
                return &backend;
        }
    }
    return nullptr;
}

} // namespace

const HaproxyBackend* HaproxyStatus::writeBackend() const
{
    if (const auto* found = findBackend(backends,
            {QStringLiteral("primary"), QStringLiteral("master"), QStringLiteral("write"),
                QStringLiteral("rw")}))
        return found;
    return backends.isEmpty() ? nullptr : &backends.first();
}

const HaproxyBackend* HaproxyStatus::readBackend() const
{
    if (const auto* found = findBackend(backends,
            {QStringLiteral("replica"), QStringLiteral("standby"), QStringLiteral("read"),
                QStringLiteral("ro")}))
        return found;
    return backends.size() < 2 ? nullptr : &backends.at(1);
}

Severity ClusterSnapshot::worstSeverity() const
{
    for (const auto& alarm : alarms) {
        if (alarm.severity == Severity::Critical)
            return Severity::Critical;
    }
    return Severity::Warning;
}

const NodeSnapshot* ClusterSnapshot::node(const QString& name) const
{
    for (const auto& n : nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

QStringList ClusterSnapshot::primaries() const
{
    QStringList list;
    for (const auto& n : nodes) {
        if (n.state == NodeState::Primary)
            list << n.name;
    }
    return list;
}

const BackupSet* BackupStatus::newest() const
{
    return backups.isEmpty() ? nullptr : &backups.last();
}

const BackupSet* BackupStatus::newestGood() const
{
    for (auto it = backups.crbegin(); it != backups.crend(); ++it) {
        if (!it->error)
            return &*it;
    }
    return nullptr;
}

std::optional<qint64> BackupStatus::secondsSince(const QDateTime& t, const QDateTime& now) const
{
    if (!t.isValid() || !readAt.isValid() || !receivedAt.isValid() || !now.isValid())
        return std::nullopt;
    return t.secsTo(readAt) + receivedAt.secsTo(now);
}

HistorySample toHistorySample(const ClusterSnapshot& snapshot)
{
    HistorySample sample;
    sample.tick = snapshot.tick;
    sample.time = snapshot.time;
    sample.nodes.reserve(snapshot.nodes.size());
    for (const auto& n : snapshot.nodes)
        sample.nodes.append({n.name, n.state, n.lagBytes, n.lagSeconds});
    sample.writeTarget = snapshot.writeTarget;
    sample.readTargets = snapshot.readTargets;
    sample.alarmCount = int(snapshot.alarms.size());
    return sample;
}

QList<AlarmKind> allAlarmKinds()
{
    QList<AlarmKind> kinds;
    for (int i = int(AlarmKind::NoPrimary); i <= int(AlarmKind::ScheduledOperationMissed); ++i)
        kinds << AlarmKind(i);
    return kinds;
}

std::optional<AlarmKind> alarmKindFromId(const QString& id)
{
    for (const AlarmKind kind : allAlarmKinds()) {
        if (toId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

namespace {

template <typename Enum, typename... Values>
std::optional<Enum> enumFromId(const QString& id, Values... values)
{
    for (Enum value : {values...}) {
        if (toId(value) == id)
            return value;
    }
    return std::nullopt;
}

} // namespace

std::optional<NodeState> nodeStateFromId(const QString& id)
{
    return enumFromId<NodeState>(
        id, NodeState::Unknown, NodeState::Primary, NodeState::Standby, NodeState::Down, NodeState::Fenced);
}

std::optional<Severity> severityFromId(const QString& id)
{
    return enumFromId<Severity>(id, Severity::Warning, Severity::Critical);
}

std::optional<SyncMode> syncModeFromId(const QString& id)
{
    return enumFromId<SyncMode>(id, SyncMode::Unknown, SyncMode::Async, SyncMode::Quorum, SyncMode::Priority);
}

} // namespace pgpilot
