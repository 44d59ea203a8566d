// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pgpilot {

// One stored snapshot of the history (docs/history.md): what the dashboard, the wall and a
// topology view need to redraw a cluster as it was, and nothing they do not (no LSNs, slots,
// latencies, TLS or repmgr tables). Keys and values that are empty, false or unknown are left out,
// so an idle three-node cluster's frame is a few hundred bytes. A cluster with a repository host
// adds what its backup panel shows ("backup": the last reads' values, the newest and newest good
// backup only, clock differences and shown sizes rounded) and its primary's pg_stat_archiver
// ("archiver"); frames written before they were (same version: both are optional) read back
// without backups, as a cluster that keeps none. A frame keeps the failover pause ("pause": which
// nodes are paused and which not, the open window, who paused and why; issue 20) when the
// monitor read it; frames written before it was kept read as nothing paused.
inline constexpr int kHistoryFrameVersion = 1;

QJsonObject frameFromSnapshot(const ClusterSnapshot& snapshot);
// The snapshot a frame describes, good enough to render (snapshotToText, the dashboard). Every
// value is checked: a frame that is not an object of the expected shape (a hand-edited or damaged
// line) gives nothing, and error says what is wrong with it.
std::optional<ClusterSnapshot> snapshotFromFrame(const QJsonObject& frame, QString* error = nullptr);

// What decides whether a snapshot is worth a new line: the frame without tick and time, lags
// quantised (quantiseLagBytes, quantiseLagSeconds) so that a cluster where nothing happens gives
// the same key every tick. It has two parts: the structure (everything but the lags: when it
// changes, a whole frame is written) and the lags (when only they change, a lag line is).
QByteArray frameChangeKey(const ClusterSnapshot& snapshot); // structure + lags
QByteArray frameStructureKey(const ClusterSnapshot& snapshot);
QByteArray frameLagKey(const ClusterSnapshot& snapshot);
// Whether two snapshots have the same structure key (lag key), without building either: the
// recorder asks every tick. The answer is the keys' for every snapshot whose texts are valid
// UTF-16 (the monitor's are: they come from UTF-8).
bool sameFrameStructure(const ClusterSnapshot& a, const ClusterSnapshot& b);
bool sameFrameLag(const ClusterSnapshot& a, const ClusterSnapshot& b);

// The lags alone, by position in the frame: {"nodes": [[bytes, seconds] | null per node],
// "rows": [[bytes, seconds] | null per replication row, the nodes' rows in order]}; with an
// archiver in the frame also "archived": [its last archived WAL, that WAL's time].
QJsonObject lagFromSnapshot(const ClusterSnapshot& snapshot);
// Puts a lag line's figures into the snapshot of the frame before it; false (and nothing
// changed) when they do not fit it (another number of nodes or rows, values that are not lags).
bool applyLag(ClusterSnapshot* snapshot, const QJsonObject& lag, QString* error = nullptr);
// Under 1 KiB counts as 0 (an idle standby's lag wanders between 0 and a few hundred bytes);
// above, two significant figures: 12 345 678 -> 12 000 000.
qint64 quantiseLagBytes(qint64 bytes);
// Tenths of a second.
double quantiseLagSeconds(double seconds);

// A snapshot read back from the history, as it stood at a later time when nothing was recorded
// in between (the recorder writes every change): its time, and the ages that run with it (the
// archiver's last archived WAL's, the pause window's time left; the backups' ages are computed
// from the time).
void setReplayedTime(ClusterSnapshot* snapshot, const QDateTime& time);

// The ids of snapshot.h's enums read back (toId's inverse); nothing for an unknown id.

} // namespace pgpilot
