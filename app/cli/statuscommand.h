// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/clustermonitor.h"
#include "monitor/snapshot.h"

#include <QJsonObject>

#include <cstdio>
#include <memory>

// pgpilot status: the monitor's snapshot on the command line. The command itself is
// makeStatusCommand() (commands.h); these are its parts that tests call on their own.

namespace pgpilot {

class ClusterServices;

QJsonObject snapshotToJson(const ClusterSnapshot& snapshot);
// Its "backup" member: null when the cluster keeps no backups.
QJsonValue backupToJson(const ClusterSnapshot& snapshot);
QString snapshotToText(const ClusterSnapshot& snapshot);
// Its "pause" member: paused, mixed, overdue, the nodes, and the window (null when none is open).
QJsonValue pauseToJson(const FailoverPause& pause);
// 0 healthy, 1 warnings only, 2 at least one critical alarm.
int statusExitCode(const ClusterSnapshot& snapshot);

// `pgpilot status cluster.json [--watch] [--json]`: starts the monitor (made by ClusterServices)
// and prints its snapshots as text or JSON (one compact object per line). Without --watch it waits
// for the first snapshot in which every node answered or timed out, prints it and returns the exit
// code above; with --watch it prints every snapshot until the process is interrupted.
// Runs its own QEventLoop: call it from a headless command with a QCoreApplication and no
// running event loop.
int printStatus(ClusterMonitor& monitor, bool json, bool watch, std::FILE* out);

// The monitor `services` makes (with its VIP probe), waited for in a local event loop. Null when
// it cannot be made (problem says why); with a monitor, a non-empty problem says why it has no
// VIP probe.
std::unique_ptr<ClusterMonitor> awaitMonitor(ClusterServices& services, QString* problem);

} // namespace pgpilot
