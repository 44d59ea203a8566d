// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/eventlog.h"
#include "monitor/snapshot.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pgpilot {

// The monitor's history on disk (docs/history.md), one directory per cluster:
//   <dataLocations().dataDirectory>/history/<cluster>/YYYY-MM-DD.jsonl   (0700 / 0600)
// One JSON object a line, in the order written, each starting with its UTC time and type:
//   {"time":"2026-11-26T10:00:00.000Z","type":"frame","frame":{...historyframe.h...}}
//   {"time":"...","type":"lag","nodes":[null,[51200,0.125],...],"rows":[...]}  only lags changed
//   {"time":"...","type":"alive"}              nothing changed for heartbeatSeconds
//   {"time":"...","type":"event","kind":"role","node":"pg2","severity":"warning","text":"..."}
//   {"time":"...","type":"started","keyframeSeconds":3600,"heartbeatSeconds":60,"pid":4242}
//   {"time":"...","type":"stopped"}
// HistoryRecorder (historyrecorder.h) writes it; HistoryReader reads it.
struct HistoryOptions
{
    QString root; // the directory holding one directory per cluster; empty: historyRoot()
    int retentionDays = 30; // whole UTC days older than this are deleted
    qint64 maxBytes = 200LL * 1024 * 1024; // per cluster; the oldest days go first
    // A whole frame at least this often (and first in every day's file and after every start),
    // even when only the lags changed or nothing did.
    int keyframeSeconds = 3600;
    // A line at least this often while snapshots come ("alive" when nothing changed): a longer
    // silence is a gap.
    int heartbeatSeconds = 60;
    // The current time (UTC). Null: the system clock. Tests give a fake one.
    std::function<QDateTime()> clock;

    QDateTime now() const;
};

// <dataLocations().dataDirectory>/history
QString historyRoot();
// A cluster name as the worksheet allows it (1-32 of a-z, 0-9, '-', not starting with '-'): the
// only names that become a directory.
bool isValidHistoryCluster(const QString& cluster);
QString historyDayFileName(const QDate& day); // "2026-11-26.jsonl"
// The days stored for a cluster (from the file names), oldest first.
QList<QDate> historyDays(const QString& directory);
// A time as the command line takes it (docs/history.md): ISO 8601 ("2026-11-26T10:00:00Z",
// "2026-11-26T11:00+01:00", "2026-11-26 10:00", "2026-11-26"; without an offset it is UTC),
// "now", or relative to now: "-90s", "-30m", "-2h", "-7d". Invalid when it is none of these.
QDateTime parseHistoryTime(const QString& text, const QDateTime& now);
// Lines of this age without any other line mean the recorder was not running (or saw no snapshot).
qint64 historyGapThresholdMs(int heartbeatSeconds);

struct StoredFrame
{
    QDateTime time;
    ClusterSnapshot snapshot;
};

// A time nothing was recorded: no pgpilot ran (between a "stopped" and the next "started"), or it
// was killed or its monitor stalled (no line for longer than historyGapThresholdMs of the
// heartbeat). to is invalid
// while the gap lasts (nothing recorded since from).
struct HistoryGap
{
    QDateTime from;
    QDateTime to;
    bool operator==(const HistoryGap&) const = default;
};

// A run of frames with at least one alarm; runs less than 30 s apart are one incident.
struct HistoryIncident
{
    QDateTime from; // the first frame with an alarm
    QDateTime to; // the first frame without one after it; invalid while it lasts
    Severity worst = Severity::Warning;
    QStringList alarms; // titles, in the order first raised
};

struct HistorySpan
{
    QList<StoredFrame> frames; // a whole snapshot for every frame and every lag line
    QList<ClusterEvent> events;
    QList<HistoryGap> gaps;
    int skipped = 0; // lines that are not valid history (torn by a kill, hand-edited, damaged)

    // The cluster at t: the last frame at or before t (nullptr when there is none in the span).
    const StoredFrame* frameAt(const QDateTime& t) const;
    // The gap t falls in, if any.
    std::optional<HistoryGap> gapAt(const QDateTime& t) const;
};

// Reads one cluster's history. Every line is checked (JSON, time, type, every field of a frame);
// one that is not valid is skipped and counted, never trusted.
class HistoryReader
{
public:
    explicit HistoryReader(QString cluster, HistoryOptions options = {});

    QString cluster() const { return m_cluster; }
    QString directory() const { return m_directory; }
    // Empty when the name cannot be a history directory.
    QString problem() const { return m_problem; }
    QList<QDate> days() const;

    QDateTime firstTime() const; // of the oldest valid line; invalid when nothing is stored
    QDateTime lastTime() const; // of the newest

    // Everything in [from, to] (an invalid bound is open). Holds every frame of the range in
    // memory (a few KiB each): read the window shown, not a month.
    HistorySpan read(const QDateTime& from, const QDateTime& to) const;

    struct At
    {
        std::optional<StoredFrame> frame; // the last frame at or before t
        std::optional<HistoryGap> gap; // t falls in this gap (the frame is then the one before it)
        int skipped = 0;
    };
    At frameAt(const QDateTime& t) const;

    // The events after t (exclusive) up to now: what happened while the window was closed.
    QList<ClusterEvent> eventsSince(const QDateTime& t) const;
    // Incidents that overlap [from, to], from the frames (read one at a time, not kept).
    QList<HistoryIncident> incidents(const QDateTime& from, const QDateTime& to) const;
    QList<HistoryGap> gaps(const QDateTime& from, const QDateTime& to) const;

    // One valid line as stored.
    struct Line
    {
        QDateTime time;
        QString type; // frame, lag, alive, event, started, stopped
        QByteArray bytes; // without the newline
        QJsonObject object; // parsed; empty for a frame visited with Frames::TimeOnly
    };
    enum class Frames
    {
        Skip, // frames are most of the bytes: not visited
        TimeOnly, // visited, not parsed (their times tell the gaps)
        Parse
    };
    // Visits every line with from <= time <= to (an invalid bound is open) in stored order, until
    // the visitor returns false. Returns the lines skipped as not valid.
    int visit(const QDateTime& from, const QDateTime& to, Frames frames,
        const std::function<bool(const Line&)>& visitor) const;

    // The parsers behind visit, for any line of this format (the bundle, tests).
    static std::optional<ClusterEvent> eventFromLine(const QJsonObject& line);
    // A frame or lag line applied to the snapshot before it (a lag line needs one); false when
    // the line is not valid (or a lag line has no frame to apply to).
    static bool applyLine(const Line& line, std::optional<StoredFrame>* current);

private:
    int visitDays(const QList<QDate>& days, const QDateTime& from, const QDateTime& to, Frames frames,
        const std::function<bool(const Line&)>& visitor) const;

    QString m_cluster;
    QString m_directory;
    QString m_problem;
    HistoryOptions m_options;
};

// The line for an event (historyrecorder.cpp writes it, the bundle copies it).
QByteArray historyEventLine(const ClusterEvent& event);
QByteArray historyLine(const QDateTime& time, const char* type, const QJsonObject& rest);

} // namespace pgpilot
