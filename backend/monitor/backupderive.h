// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

namespace pgpilot {

// How old the newest good backup may get before the backup-stale alarm, from the worksheet's
// systemd OnCalendar schedules (backup.fullSchedule, backup.diffSchedule; an empty one is not
// scheduled). Schedules of the simple form "[weekdays] [*-*-*] HH:MM[:SS]" (weekdays like "Sun",
// "Mon..Sat", "Mon,Thu"; or "daily", "weekly") give the longest time between two scheduled runs
// in a week, plus a grace of 2 h when that is at most a day, a day when it is longer: full on
// Sunday and diff Monday to Saturday at 01:30 give 26 h, a weekly full alone 8 days. Any other form
// (a date, several times a day, "monthly") gives 26 h when a diff schedule is set, else 8 days.
qint64 backupMaxAge(const QString& fullSchedule, const QString& diffSchedule);

// A WAL file name's segment number ("000000010000000A00000012" with 16 MiB segments:
// 0xA * 256 + 0x12), whatever its timeline; nullopt for a name that is not a segment's (a
// .history file) or a segment size that is not a power of two. A ".partial" or ".backup" name
// gives its segment's number.
std::optional<qint64> walSegmentNumber(const QString& walFileName, qint64 segmentBytes);

// Complete WAL segments on the primary that wait for archiving: those after the last archived one
// and before the one being written. nullopt when the node is not a primary or what it needs is
// unknown.
std::optional<qint64> walSegmentsWaiting(const NodeSnapshot& primary);

// The backup alarms of a cluster with a repository host (snapshot.backup.configured): archiving on
// the primary (pg_stat_archiver) and the repository (the BackupProbe's reads). Appended to
// snapshot.alarms; deriveCluster() calls it after the node states are known.
void deriveBackupAlarms(ClusterSnapshot& snapshot, const AlarmThresholds& thresholds);

} // namespace pgpilot
