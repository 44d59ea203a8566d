// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QHash>
#include <QWidget>

class QCategoryAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace pgpilot {

// Replication lag per standby over the last minutes, in bytes (top) and seconds (bottom).
// Points are appended per sample and the oldest dropped, never rebuilt; hover shows the value.
class LagChart : public QWidget
{
    Q_OBJECT
public:
    explicit LagChart(QWidget* parent = nullptr);

    void setWindowSeconds(int seconds) { m_windowSeconds = seconds; }
    void setHistory(const QList<HistorySample>& history);
    void append(const HistorySample& sample);
    int pointCount(const QString& node) const; // for tests

private:
    struct Pane
    {
        QChart* chart = nullptr;
        QChartView* view = nullptr;
        QDateTimeAxis* time = nullptr;
        QValueAxis* value = nullptr;
        QHash<QString, QLineSeries*> series;
        double max = 1;
    };
    void setupPane(Pane& pane, const QString& title, const QString& unit);
    QLineSeries* seriesFor(Pane& pane, const QString& node, const QString& unit);
    void trimAndScale(Pane& pane, qint64 nowMs);

    Pane m_bytes;
    Pane m_seconds;
    int m_windowSeconds = 300;
};

// Where HAProxy sent writes (line) and reads (dots) over time, one row per node.
class RoutingChart : public QWidget
{
    Q_OBJECT
public:
    explicit RoutingChart(QWidget* parent = nullptr);

    void setWindowSeconds(int seconds) { m_windowSeconds = seconds; }
    void setHistory(const QList<HistorySample>& history);
    void append(const HistorySample& sample);

private:
    void ensureRows(const HistorySample& sample);
    int rowOf(const QString& node) const;

    QChart* m_chart;
    QChartView* m_view;
    QDateTimeAxis* m_time;
    QCategoryAxis* m_rows;
    QLineSeries* m_writes;
    QScatterSeries* m_reads;
    QStringList m_nodes;
    int m_windowSeconds = 300;
};

} // namespace pgpilot
