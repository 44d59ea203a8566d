// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagchart.h"

#include "monitor/snapshottext.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pgpilot {

namespace {

// Dash patterns besides colours, so two standbys' lines differ without colour vision.
const Qt::PenStyle kStyles[]
    = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};

QString timeText(qreal ms)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(ms)).toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

TimeAxisClock::TimeAxisClock(QObject* parent)
    : QObject(parent)
{
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &TimeAxisClock::advance);
    timer->start(1000);
}

QString TimeAxisClock::formatFor(int windowSeconds)
{
    return windowSeconds <= 15 * 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
}

void TimeAxisClock::addAxis(QDateTimeAxis* axis)
{
    axis->setFormat(formatFor(m_windowSeconds));
    axis->setTitleText(tr("local time"));
    axis->setTickCount(6);
    m_axes << axis;
}

void TimeAxisClock::setWindowSeconds(int seconds)
{
    m_windowSeconds = qMax(10, seconds);
    for (auto* axis : std::as_const(m_axes))
        axis->setFormat(formatFor(m_windowSeconds));
    advance();
}

void TimeAxisClock::sampleAt(qint64 msecsSinceEpoch)
{
    m_lastSample = msecsSinceEpoch;
    m_sinceSample.start();
    advance();
}

void TimeAxisClock::advance()
{
    if (m_lastSample < 0)
        return;
    // From the last sample's own time on, so that a crafted or replayed history moves the same way.
    const qint64 end = m_lastSample + m_sinceSample.elapsed();
    for (auto* axis : std::as_const(m_axes))
        axis->setRange(QDateTime::fromMSecsSinceEpoch(end - qint64(m_windowSeconds) * 1000),
            QDateTime::fromMSecsSinceEpoch(end));
}

void TimeAxisClock::fitTicks(int plotWidth)
{
    for (auto* axis : std::as_const(m_axes)) {
        // A label and as much room again between two of them.
        const int label = QFontMetrics(axis->labelsFont()).horizontalAdvance(QStringLiteral("00:00:00"));
        axis->setTickCount(qBound(2, plotWidth / qMax(1, 2 * label) + 1, 13));
    }
}

LagChart::LagChart(QWidget* parent)
    : QWidget(parent)
    , m_clock(new TimeAxisClock(this))
{
    setObjectName(QStringLiteral("lagChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setupPane(m_bytes, tr("Replication lag (bytes behind the primary)"), QStringLiteral("B"));
    setupPane(m_seconds, tr("Replication lag (seconds)"), QStringLiteral("s"));
    layout->addWidget(m_bytes.view);
    layout->addWidget(m_seconds.view);
}

void LagChart::setupPane(Pane& pane, const QString& title, const QString& unit)
{
    pane.chart = new QChart;
    pane.chart->setTitle(title);
    pane.chart->legend()->setAlignment(Qt::AlignRight);
    pane.time = new QDateTimeAxis;
    m_clock->addAxis(pane.time);
    connect(pane.chart, &QChart::plotAreaChanged, m_clock,
        [this](const QRectF& plot) { m_clock->fitTicks(int(plot.width())); });
    pane.value = new QValueAxis;
    pane.value->setMin(0);
    pane.value->setLabelFormat(unit == QLatin1String("B") ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    pane.value->setTitleText(unit == QLatin1String("B") ? tr("bytes") : tr("seconds"));
    pane.chart->addAxis(pane.time, Qt::AlignBottom);
    pane.chart->addAxis(pane.value, Qt::AlignLeft);
    pane.view = new QChartView(pane.chart, this);
    pane.view->setRenderHint(QPainter::Antialiasing);
    pane.view->setMinimumHeight(160);
    pane.view->setObjectName(
        unit == QLatin1String("B") ? QStringLiteral("lagBytes") : QStringLiteral("lagSeconds"));
}

QLineSeries* LagChart::seriesFor(Pane& pane, const QString& node, const QString& unit)
{
    if (auto* existing = pane.series.value(node))
        return existing;
    auto* series = new QLineSeries;
    series->setName(node);
    pane.chart->addSeries(series); // the theme picks the colour here; then the dash pattern
    QPen pen = series->pen();
    pen.setWidth(2);
    pen.setStyle(kStyles[pane.series.size() % 5]);
    series->setPen(pen);
    series->attachAxis(pane.time);
    series->attachAxis(pane.value);
    const bool bytes = unit == QLatin1String("B");
    connect(series, &QLineSeries::hovered, this, [node, bytes](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QString value
            = bytes ? formatBytes(qint64(point.y())) : QStringLiteral("%1 s").arg(point.y(), 0, 'f', 2);
        QToolTip::showText(
            QCursor::pos(), QStringLiteral("%1 at %2: %3").arg(node, timeText(point.x()), value));
    });
    pane.series.insert(node, series);
    return series;
}

void LagChart::setHistory(const QList<HistorySample>& history)
{
    for (auto* pane : {&m_bytes, &m_seconds}) {
        for (auto* s : std::as_const(pane->series))
            s->clear();
    }
    for (const auto& sample : history)
        append(sample);
}

void LagChart::append(const HistorySample& sample)
{
    const qint64 now = sample.time.toMSecsSinceEpoch();
    for (const auto& node : sample.nodes) {
        if (node.state != NodeState::Standby)
            continue;
        if (node.lagBytes)
            seriesFor(m_bytes, node.name, QStringLiteral("B"))->append(qreal(now), qreal(*node.lagBytes));
        if (node.lagSeconds)
            seriesFor(m_seconds, node.name, QStringLiteral("s"))->append(qreal(now), *node.lagSeconds);
    }
    trimAndScale(m_bytes, now);
    trimAndScale(m_seconds, now);
    m_clock->sampleAt(now);
}

void LagChart::setWindowSeconds(int seconds)
{
    m_windowSeconds = seconds;
    m_clock->setWindowSeconds(seconds);
}

void LagChart::trimAndScale(Pane& pane, qint64 nowMs)
{
    const qreal from = qreal(nowMs - qint64(m_windowSeconds) * 1000);
    double max = pane.value == m_seconds.value ? 1.0 : 1024.0;
    for (auto* s : std::as_const(pane.series)) {
        int old = 0;
        while (old < s->count() && s->at(old).x() < from)
            ++old;
        if (old > 0)
            s->removePoints(0, old);
        for (int i = 0; i < s->count(); ++i)
            max = qMax(max, s->at(i).y());
    }
    // Grow at once, shrink slowly: the scale does not jump every second.
    if (max > pane.max || max < pane.max / 4)
        pane.max = max * 1.25;
    pane.value->setRange(0, pane.max);
}

int LagChart::pointCount(const QString& node) const
{
    const auto* s = m_bytes.series.value(node);
    return s ? s->count() : 0;
}

RoutingChart::RoutingChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_time(new QDateTimeAxis)
    , m_rows(new QCategoryAxis)
    , m_writes(new QLineSeries)
    , m_reads(new QScatterSeries)
    , m_clock(new TimeAxisClock(this))
{
    setObjectName(QStringLiteral("routingChart"));
    m_chart->setTitle(tr("HAProxy routing: writes (line) and reads (dots) per node"));
    m_clock->addAxis(m_time);
    connect(m_chart, &QChart::plotAreaChanged, m_clock,
        [this](const QRectF& plot) { m_clock->fitTicks(int(plot.width())); });
    m_rows->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_rows, Qt::AlignLeft);
    m_writes->setName(tr("writes"));
    m_reads->setName(tr("reads"));
    m_reads->setMarkerSize(7);
    for (QXYSeries* s : {static_cast<QXYSeries*>(m_writes), static_cast<QXYSeries*>(m_reads)}) {
        m_chart->addSeries(s);
        s->attachAxis(m_time);
        s->attachAxis(m_rows);
        const bool writes = s == m_writes;
        connect(s, &QXYSeries::hovered, this, [this, writes](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const int row = qRound(point.y());
            const QString node = row >= 0 && row < m_nodes.size() ? m_nodes.at(row) : tr("nowhere");
            QToolTip::showText(QCursor::pos(),
                (writes ? tr("%1: writes to %2") : tr("%1: reads to %2")).arg(timeText(point.x()), node));
        });
    }
    QPen pen = m_writes->pen();
    pen.setWidth(4);
    m_writes->setPen(pen);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void RoutingChart::ensureRows(const HistorySample& sample)
{
    bool changed = false;
    for (const auto& node : sample.nodes) {
        if (!m_nodes.contains(node.name)) {
            m_nodes << node.name;
            changed = true;
        }
    }
    if (!changed)
        return;
    for (const QString& label : m_rows->categoriesLabels())
        m_rows->remove(label);
    m_rows->append(tr("nowhere"), -1);
    for (int i = 0; i < m_nodes.size(); ++i)
        m_rows->append(m_nodes.at(i), i);
    m_rows->setRange(-1.5, m_nodes.size() - 0.5);
}

int RoutingChart::rowOf(const QString& node) const
{
    return int(m_nodes.indexOf(node));
}

void RoutingChart::setHistory(const QList<HistorySample>& history)
{
    m_writes->clear();
    m_reads->clear();
    for (const auto& sample : history)
        append(sample);
}

void RoutingChart::append(const HistorySample& sample)
{
    ensureRows(sample);
    const qreal x = qreal(sample.time.toMSecsSinceEpoch());
    const QString writer = sample.writeTarget.section(QLatin1Char(','), 0, 0);
    const int row = writer.isEmpty() ? -1 : rowOf(writer);
    // A step: hold the previous row until this sample, then jump.
    if (m_writes->count() > 0 && m_writes->at(m_writes->count() - 1).y() != row)
        m_writes->append(x, m_writes->at(m_writes->count() - 1).y());
    m_writes->append(x, row);
    QList<QPointF> reads;
    for (const auto& node : sample.readTargets)
        reads.append(QPointF(x, rowOf(node)));
    m_reads->append(reads);
    const qreal from = x - m_windowSeconds * 1000.0;
    for (QXYSeries* s : {static_cast<QXYSeries*>(m_writes), static_cast<QXYSeries*>(m_reads)}) {
        int old = 0;
        while (old < s->count() && s->at(old).x() < from)
            ++old;
        if (old > 0)
            s->removePoints(0, old);
    }
    m_clock->sampleAt(qint64(x));
}

void RoutingChart::setWindowSeconds(int seconds)
{
    m_windowSeconds = seconds;
    m_clock->setWindowSeconds(seconds);
}

} // namespace pgpilot
