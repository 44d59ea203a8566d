// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QElapsedTimer>
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

// A time axis that moves with the clock: between two samples it keeps advancing, so a monitor that
// stopped answering shows as lines that end, not as a frozen chart. Its labels read HH:mm:ss over
// a short window and HH:mm over a long one, as many as the width holds.
class TimeAxisClock : public QObject
{
    Q_OBJECT
public:
    explicit TimeAxisClock(QObject* parent = nullptr);

    void addAxis(QDateTimeAxis* axis);
    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowSeconds; }
    // A sample arrived with this time: the axes end there now, and advance from there.
    void sampleAt(qint64 msecsSinceEpoch);
    // The plot is this wide: as many ticks as labels fit side by side.
    void fitTicks(int plotWidth);
    static QString formatFor(int windowSeconds);

private:
    void advance();

    QList<QDateTimeAxis*> m_axes;
    int m_windowSeconds = 300;
    qint64 m_lastSample = -1;
    QElapsedTimer m_sinceSample;
};

// Replication lag per standby over the last minutes, in bytes (top) and seconds (bottom).
// Points are appended per sample and the oldest dropped, never rebuilt; hover shows the value.
class LagChart : public QWidget
{
    Q_OBJECT
public:
    explicit LagChart(QWidget* parent = nullptr);

    void setWindowSeconds(int seconds);
    void setHistory(const QList<HistorySample>& history);
    void append(const HistorySample& sample);
    int pointCount(const QString& node) const; // for tests
    QDateTimeAxis* timeAxis() const { return m_bytes.time; } // for tests

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
    TimeAxisClock* m_clock;
};

// Where HAProxy sent writes (line) and reads (dots) over time, one row per node.
class RoutingChart : public QWidget
{
    Q_OBJECT
public:
    explicit RoutingChart(QWidget* parent = nullptr);

    void setWindowSeconds(int seconds);
    void setHistory(const QList<HistorySample>& history);
    void append(const HistorySample& sample);
    QDateTimeAxis* timeAxis() const { return m_time; } // for tests

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
    TimeAxisClock* m_clock;
};

} // namespace pgpilot
