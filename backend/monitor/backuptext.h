// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

namespace pgpilot {

// Short human texts about a cluster's backups, shared by the dashboard's backup panel and
// `pgpilot status` so that both say the same thing. now: the snapshot's time.
QString formatDuration(qint64 seconds); // "45 s", "12 min", "3 h 20 min", "2 d 4 h"
// The one primary whose pg_stat_archiver counts; nullptr without exactly one.
const NodeSnapshot* archivingPrimary(const ClusterSnapshot& snapshot);
// "full · 3 h ago · 29.8 MiB (3.9 MiB in the repository)", "none yet", "not read yet".
QString lastBackupText(const BackupStatus& backup, const QDateTime& now);
// "running: 1.2 GiB of 3.0 GiB", "running", "" when none runs.
QString runningBackupText(const BackupStatus& backup);
// The primary's archiver: "000000010000000000000012 · 12 s ago", "nothing archived yet", "—".
QString archiveText(const ClusterSnapshot& snapshot);
// "none", "3, last 000000010000000000000013 at 2024-06-03 12:01:02 UTC (failing now)", "—".
QString archiveFailuresText(const ClusterSnapshot& snapshot);
// "full in 2 d 3 h · diff in 14 h", "not scheduled", "—".
QString nextBackupText(const BackupStatus& backup, const QDateTime& now);
// The timers' last runs: "full ok · diff failed (exit-code 50)", "never ran", "—".
QString lastRunText(const BackupStatus& backup);
// "45.0 GiB free of 100.0 GiB (45 %)", "—".
QString repositoryText(const BackupStatus& backup);
// The WAL archive's gaps: "complete (1,234 segments)", "gap: 6 segments missing from
// 000000010000000A00000012", "complete since 2024-06-04 12:00 UTC (1 older gap)", "not checked"
// (withReason: and why), "—" before the first read.
QString walArchiveText(const ClusterSnapshot& snapshot, bool withReason = true);
// One line for `pgpilot status`: empty when the cluster keeps no backups.
QString backupStatusLine(const ClusterSnapshot& snapshot);

// The backup alarms (archiving, backups, timers, the status read, the repository and its space).
bool isBackupAlarm(AlarmKind kind);
// Shorter, for the wall's backup strip: "full · 3 h ago · 29.8 MiB" (lastBackupText without the
// repository's size), "none yet", "not read yet".
QString lastBackupShortText(const BackupStatus& backup, const QDateTime& now);
// The primary's archiving in a few words: "ok · last WAL 12 s ago", "failing: nothing archived for
// 12 min", "lagging: last WAL 14 min ago" (an archive-lag alarm), "off on pg1", "nothing archived
// yet", "—".
QString archivingStateText(const ClusterSnapshot& snapshot);
// The sooner of the scheduled runs: "diff in 14 h", "full due now", "not scheduled", "—".
QString nextBackupShortText(const BackupStatus& backup, const QDateTime& now);

} // namespace pgpilot
