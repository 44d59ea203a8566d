// SPDX-License-Identifier: GPL-3.0-or-later
// The demo cluster with automatic failover paused (issue 20): the nodes' repmgrd flags and the
// window recorded in pgpilot's table as the monitor reads them, derived. Shared by the history's
// pause tests and the wall's. Test support only.
#pragma once

#include "monitor/demosnapshots.h"
#include "monitor/derive.h"

#include <QDateTime>

#include <optional>

namespace pausesnapshots {

using namespace pgpilot;

// The 3-node demo cluster at time. flags: repmgrd_is_paused() per node (nullopt: not read);
// secondsLeft: the window alice@ws1 opened for an hour ("kernel update on pg2"), read on every
// node with that time left (until = time + secondsLeft + nodeClockAhead), or nullopt for no window
// (paused by hand; the table read and empty). nodeClockAhead: the nodes' clock minus pgpilot's.
inline ClusterSnapshot pausedCluster(const QDateTime& time, const QList<std::optional<bool>>& flags,
    std::optional<qint64> secondsLeft, const QString& cluster = QStringLiteral("prod"),
    qint64 nodeClockAhead = 0, quint64 tick = 1)
{
    ClusterSnapshot s = demoSnapshot(DemoScenario::Healthy, 3, tick, time);
    s.cluster = cluster;
    s.tick = tick;
    s.time = time;
    for (int i = 0; i < s.nodes.size(); ++i) {
        PgStatus& pg = s.nodes[i].pg;
        pg.repmgrdPaused = flags.value(i);
        pg.pauseWindow.read = true;
        if (secondsLeft) {
            PauseWindow& w = pg.pauseWindow;
            w.open = true;
            w.id = 7;
            w.until = time.addSecs(*secondsLeft + nodeClockAhead);
            w.since = w.until.addSecs(-3600);
            w.by = QStringLiteral("alice@ws1");
            w.reason = QStringLiteral("kernel update on pg2");
            w.secondsLeft = double(*secondsLeft);
        }
    }
    deriveCluster(s);
    return s;
}

// The same, with every node paused.
inline ClusterSnapshot pausedCluster(
    const QDateTime& time, std::optional<qint64> secondsLeft, const QString& cluster = QStringLiteral("prod"))
{
    return pausedCluster(time, {true, true, true}, secondsLeft, cluster);
}

} // namespace pausesnapshots
