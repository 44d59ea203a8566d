// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycursor.h"

#include "historyframe.h"

#include <QCoreApplication>

namespace pgpilot {

namespace {

QString clock(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::HistoryCursor", text);
}

} // namespace

HistoryCursor::HistoryCursor(QString cluster, HistoryOptions options, int windowSeconds)
    : m_reader(std::move(cluster), std::move(options))
    , m_windowSeconds(qMax(60, windowSeconds))
{ }

bool HistoryCursor::refresh()
{
    if (!m_reader.problem().isEmpty()) {
        m_problem = m_reader.problem();
        return false;
    }
    m_first = m_reader.firstTime();
    m_last = m_reader.lastTime();
    if (!m_first.isValid()) {
        m_problem = tr("No history is stored for this cluster yet: it is kept while pgpilot watch, the "
                       "wall or this dashboard runs.");
        return false;
    }
    m_problem.clear();
    m_from = QDateTime(); // the window may have grown: read it again on the next at()
    return true;
}

void HistoryCursor::load(const QDateTime& around)
{
    // Most of the window before the moment (the charts look back), a little after (playing on).
    m_from = around.addSecs(-m_windowSeconds);
    m_to = around.addSecs(m_windowSeconds / 3);
    m_span = m_reader.read(m_from, m_to);
    m_before = m_reader.frameAt(m_from).frame;
}

HistoryCursor::Moment HistoryCursor::at(const QDateTime& time)
{
    Moment m;
    m.time = time.toUTC();
    if (!m_from.isValid() || m.time < m_from.addSecs(m_windowSeconds / 2) || m.time > m_to)
        load(m.time);
    const StoredFrame* frame = m_span.frameAt(m.time);
    if (!frame && m_before)
        frame = &*m_before;
    if (frame) {
        m.snapshot = frame->snapshot;
        m.recordedAt = frame->time;
    }
    m.gap = m_span.gapAt(m.time);
    // Recorded without a change since: the cluster as it stood at the moment (ages run on).
    if (m.snapshot && !m.gap)
        setReplayedTime(&*m.snapshot, m.time);
    const QDateTime chartFrom = m.time.addSecs(-m_windowSeconds);
    for (const StoredFrame& f : std::as_const(m_span.frames)) {
        if (f.time > m.time)
            break;
        if (f.time >= chartFrom) {
            HistorySample sample = toHistorySample(f.snapshot);
            sample.time = f.time;
            m.samples << sample;
        }
    }
    for (const ClusterEvent& e : std::as_const(m_span.events)) {
        if (e.time <= m.time)
            m.events << e;
    }
    if (m.gap) {
        m.note = m.gap->to.isValid()
            ? tr("Nothing recorded from %1 to %2: no pgpilot watched this cluster then.")
                  .arg(clock(m.gap->from), clock(m.gap->to))
            : tr("Nothing recorded since %1: no pgpilot watched this cluster since.").arg(clock(m.gap->from));
    } else if (!m.snapshot) {
        m.note = tr("Nothing recorded before this moment.");
    } else {
        m.note = tr("Last change recorded at %1.").arg(clock(m.recordedAt));
    }
    return m;
}

} // namespace pgpilot
