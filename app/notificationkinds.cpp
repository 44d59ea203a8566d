// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationkinds.h"

#include "notificationsdialog.h"

namespace pgpilot {

// Under NotificationsDialog's translation context, where these names were first translated.
QString alarmKindName(AlarmKind kind)
{
    switch (kind) {
    case AlarmKind::NoPrimary:
        return NotificationsDialog::tr("No primary");
    case AlarmKind::SplitBrain:
        return NotificationsDialog::tr("Split brain");
    case AlarmKind::UnregisteredPrimary:
        return NotificationsDialog::tr("Unregistered primary");
    case AlarmKind::VipNotHeld:
        return NotificationsDialog::tr("VIP not held");
    case AlarmKind::VipHeldTwice:
        return NotificationsDialog::tr("VIP held twice");
    case AlarmKind::VipOnUnhealthyNode:
        return NotificationsDialog::tr("VIP on an unhealthy node");
    case AlarmKind::HealthDisagrees:
        return NotificationsDialog::tr("Health check disagrees");
    case AlarmKind::ReplicationBroken:
        return NotificationsDialog::tr("Replication broken");
    case AlarmKind::LagHigh:
        return NotificationsDialog::tr("Replication lag high");
    case AlarmKind::NodeUnreachable:
        return NotificationsDialog::tr("Node unreachable");
    case AlarmKind::RepmgrdNotRunning:
        return NotificationsDialog::tr("repmgrd not running");
    case AlarmKind::HaproxyDown:
        return NotificationsDialog::tr("HAProxy down");
    case AlarmKind::WritesMisrouted:
        return NotificationsDialog::tr("Writes misrouted");
    case AlarmKind::SyncQuorumLost:
        return NotificationsDialog::tr("Synchronous quorum lost");
    case AlarmKind::CertificateExpiring:
        return NotificationsDialog::tr("Certificate expiring");
    case AlarmKind::ArchiveFailing:
        return NotificationsDialog::tr("WAL archiving failing");
    case AlarmKind::ArchiveLag:
        return NotificationsDialog::tr("WAL archiving behind");
    case AlarmKind::BackupStale:
        return NotificationsDialog::tr("Backup too old");
    case AlarmKind::BackupFailed:
        return NotificationsDialog::tr("Backup with errors");
    case AlarmKind::BackupTimerFailed:
        return NotificationsDialog::tr("Scheduled backup failed");
    case AlarmKind::BackupStatusUnread:
        return NotificationsDialog::tr("Backup status unreadable");
    case AlarmKind::BackupRepositoryError:
        return NotificationsDialog::tr("Backup repository error");
    case AlarmKind::BackupSpaceLow:
        return NotificationsDialog::tr("Backup repository space low");
    case AlarmKind::FailoverPausedTooLong:
        return NotificationsDialog::tr("Failover paused past its window");
    case AlarmKind::FailoverPausedPartly:
        return NotificationsDialog::tr("Failover paused on some nodes only");
    case AlarmKind::ArchiveGap:
        return NotificationsDialog::tr("WAL archive has a gap");
    case AlarmKind::ArchiveNotStored:
        return NotificationsDialog::tr("Archived WAL not in the repository");
    case AlarmKind::OperationScheduledSoon:
        return NotificationsDialog::tr("Scheduled operation starts soon");
    case AlarmKind::ScheduledOperationMissed:
        return NotificationsDialog::tr("Scheduled operation missed");
    }
    return toId(kind);
}

} // namespace pgpilot
