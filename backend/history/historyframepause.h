// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the history's frame code only: the failover pause of a frame (issue 20; what the pause
// banners of the dashboard and the wall, and `pgpilot status`, show of FailoverPause). Written,
// compared (the recorder's change decision) and read back here, so that the three agree.
// docs/history.md describes the keys.
#pragma once

#include "historyframeio.h"
#include "monitor/snapshot.h"

namespace pgpilot::framepause {

// The "pause" object: the nodes whose repmgrd is paused and those where it runs, the node whose
// copy of the window was read, and the open window (since, until, by, reason, and the clock
// difference its time left was read with, to 10 s). Empty (left out of the frame) when no node
// told and no window was read.
QJsonObject pauseToJson(const FailoverPause& p, const QDateTime& time);
// pauseToJson(a, aTime) == pauseToJson(b, bTime), without building either.
bool samePause(
    const FailoverPause& a, const QDateTime& aTime, const FailoverPause& b, const QDateTime& bTime);
// The pause read back; time: the frame's (the time left runs from it); nodes: the frame's node
// names (the lists name nothing else). A frame without the object reads as nothing paused.
FailoverPause readPause(
    frameio::FrameReader& r, const QJsonObject& o, const QDateTime& time, const QStringList& nodes);
// The nodes' own flags (repmgrd_is_paused()) as the lists say them, for the nodes that answered.
void applyPauseFlags(ClusterSnapshot* s);

} // namespace pgpilot::framepause
