// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pgpilot {

// What the replay shows at one moment of a cluster's stored history (the dashboard's and the
// wall's time scrubber): the cluster as last recorded at or before that moment, the chart samples
// of the minutes before it, and whether nobody recorded it then. Reads a window of the history
// around the moment and reads again only when the moment leaves it, so that playing second by
// second reads the disk once per window, not once per second.
class HistoryCursor
{
public:
    explicit HistoryCursor(QString cluster, HistoryOptions options = {}, int windowSeconds = 900);

    QString cluster() const { return m_reader.cluster(); }
    // Reads the stored span again (the history grows while pgpilot runs). False when nothing is
    // stored for the cluster (or its name cannot be a history directory): problem() says so.
    bool refresh();
    QString problem() const { return m_problem; }
    QDateTime first() const { return m_first; }
    QDateTime last() const { return m_last; }

    struct Moment
    {
        QDateTime time; // asked for
        std::optional<ClusterSnapshot> snapshot; // as recorded at recordedAt
        QDateTime recordedAt;
        std::optional<HistoryGap> gap; // time falls where nothing was recorded
        QList<HistorySample> samples; // the window's minutes up to time, for the charts
        QList<ClusterEvent> events; // recorded in the window up to time
        // "as recorded at 03:12:04", "nothing recorded from 02:10 to 03:00 (no pgpilot watched)", ...
        QString note;
    };
    Moment at(const QDateTime& time);

private:
    void load(const QDateTime& around);

    HistoryReader m_reader;
    int m_windowSeconds;
    QString m_problem;
    QDateTime m_first;
    QDateTime m_last;
    QDateTime m_from; // the window read
    QDateTime m_to;
    HistorySpan m_span;
    std::optional<StoredFrame> m_before; // the frame in force at m_from
};

} // namespace pgpilot
