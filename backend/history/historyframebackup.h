// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the history's frame code only: the backup section of a frame (what the backup panel, the
// wall's backup strip and `pgpilot status` show of BackupStatus) and the archiving primary's
// pg_stat_archiver. Written, compared (the recorder's change decision) and read back here, so
// that the three agree. docs/history.md describes the keys.
#pragma once

#include "historyframeio.h"
#include "monitor/snapshot.h"

namespace pgpilot::framebackup {

// The node whose archiver a frame keeps: the one primary of a cluster with a repository host, when
// its pg_stat_archiver was read; -1 for none.
qsizetype archiverNode(const ClusterSnapshot& s);

// Clock differences as the frame keeps them: to the nearest 10 s (a read's own delay moves them by
// a second or two; kept exact, they would write a frame at every read).
qint64 quantiseSkew(double seconds);
// A size as formatBytes() shows it: to a tenth of its unit (45.02 GiB and 45.04 GiB are the same
// "45.0 GiB"), so that the repository's free space changes the frame only when its text does.
qint64 quantiseShownBytes(qint64 bytes);

// The "backup" object (a cluster with a repository host), and whether two statuses give the same.
QJsonObject backupToJson(const BackupStatus& b);
bool sameBackup(const BackupStatus& a, const BackupStatus& b);
// The status read back; time: the frame's (the reads' clock difference is kept relative to it).
BackupStatus readBackup(frameio::FrameReader& r, const QJsonObject& o, const QDateTime& time);

// The archiving primary's "archiver" object in its "pg": the mode and failures, and, unless
// structureOnly, the last archived WAL and its time (those move with every segment archived:
// lag lines carry them, like the lags). time: the snapshot's, for the server's clock difference.
QJsonObject archiverToJson(const ArchiverStatus& a, const QDateTime& time, bool structureOnly = false);
bool sameArchiver(
    const ArchiverStatus& a, const QDateTime& aTime, const ArchiverStatus& b, const QDateTime& bTime);
ArchiverStatus readArchiver(
    frameio::FrameReader& r, const QJsonObject& o, const QDateTime& time, const QString& where);

// The last archived WAL as a lag line carries it: [name, time] ("" for none).
QJsonArray archivedToJson(const ArchiverStatus& a);
bool sameArchived(const ArchiverStatus& a, const ArchiverStatus& b);
// Puts a lag line's last archived WAL into a; false (a unchanged) when v is not [name, time].
// time: the snapshot's before the line.
bool applyArchived(ArchiverStatus* a, const QJsonValue& v, const QDateTime& time);

} // namespace pgpilot::framebackup
