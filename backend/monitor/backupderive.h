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

// What the primary says it archived, for mergeBackupRead(): pg_stat_archiver.last_archived_wal of
// the cluster's one primary when it answered with its archiver read; empty otherwise.
QString archiveClaim(const ClusterSnapshot& snapshot);

// The archive-not-stored alarm needs this many good repository reads in a row (about 30 s apart)
// that lack WAL the primary had reported archived before each read started: one or two are the
// normal distance between a claim and the next read; more is WAL that never arrives (dropped by
// pgBackRest at archive-push-queue-max, or an archive_command that claims without storing).
constexpr int kClaimBehindReads = 3;

// The backup alarms of a cluster with a repository host (snapshot.backup.configured): archiving on
// the primary (pg_stat_archiver), the repository (the BackupProbe's reads) and the WAL archive's
// gaps that no later backup heals (archive-gap, critical). Appended to
// snapshot.alarms; deriveCluster() calls it after the node states are known.
void deriveBackupAlarms(ClusterSnapshot& snapshot, const AlarmThresholds& thresholds);

} // namespace pgpilot
