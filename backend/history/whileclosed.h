// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pgpilot {

// What the history holds for a cluster since the window last showed it (the dashboard's note
// when it opens again): the events recorded since, the incidents, the stretches nobody recorded.
struct WhileClosed
{
    QList<ClusterEvent> events;
    QList<HistoryIncident> incidents;
    QList<HistoryGap> gaps;
    QString text; // several lines for the dashboard; empty when lastSeen is invalid
};
WhileClosed whileClosed(const HistoryReader& reader, const QDateTime& lastSeen, const QDateTime& now);

} // namespace pgpilot
