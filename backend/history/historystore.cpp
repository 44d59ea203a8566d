// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "core/settings.h"
#include "historyframe.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace pgpilot {

namespace {

const QByteArray kTimePrefix = QByteArrayLiteral("{\"time\":\"");
const QByteArray kTypePrefix = QByteArrayLiteral("\",\"type\":\"");
const int kIncidentMergeSeconds = 30;
// A frame of nine nodes with every alarm is under 40 KiB.
const qint64 kMaxLineBytes = 1024 * 1024;

QDateTime parseTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

bool knownType(const QByteArrayView type)
{
    return type == "frame" || type == "lag" || type == "alive" || type == "event" || type == "started"
        || type == "stopped";
}

// Time and type of a line as the recorder writes it, without parsing the JSON; a line written by
// hand with its keys in another order is parsed instead. False: not a line of the history.
bool lineHead(const QByteArray& line, QDateTime* time, QByteArray* type, QJsonObject* object)
{
    if (line.startsWith(kTimePrefix)) {
        const qsizetype timeEnd = line.indexOf('"', kTimePrefix.size());
        if (timeEnd > 0 && line.mid(timeEnd, kTypePrefix.size()) == kTypePrefix) {
            const qsizetype typeStart = timeEnd + kTypePrefix.size();
            const qsizetype typeEnd = line.indexOf('"', typeStart);
            if (typeEnd > typeStart && line.endsWith('}')) {
                *time = parseTime(
                    QString::fromLatin1(line.mid(kTimePrefix.size(), timeEnd - kTimePrefix.size())));
                *type = line.mid(typeStart, typeEnd - typeStart);
                return time->isValid() && knownType(*type);
            }
        }
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    *time = parseTime(object->value(QLatin1String("time")).toString());
    *type = object->value(QLatin1String("type")).toString().toUtf8();
    return time->isValid() && knownType(*type);
}

// Follows the lines' times and markers and notes where nothing was recorded.
class GapTracker
{
public:
    GapTracker(qint64 thresholdMs)
        : m_thresholdMs(thresholdMs)
    { }

    void see(const QDateTime& time, const QByteArray& type, const QJsonObject& object)
    {
        if (m_last.isValid()) {
            if (m_lastType == "stopped" || m_last.msecsTo(time) > m_thresholdMs
                || (type == "started" && m_last < time))
                gaps.append({m_last, time});
        }
        if (type == "started") {
            const int heartbeat = object.value(QLatin1String("heartbeatSeconds")).toInt(0);
            if (heartbeat > 0 && heartbeat <= 86400)
                m_thresholdMs = historyGapThresholdMs(heartbeat);
        }
        if (!m_last.isValid() || time >= m_last) {
            m_last = time;
            m_lastType = type;
        }
    }
    // After the last line: a gap from it when it says pgpilot stopped or it is too old.
    bool openAtEnd(const QDateTime& now) const
    {
        return m_last.isValid() && (m_lastType == "stopped" || m_last.msecsTo(now) > m_thresholdMs);
    }
    QDateTime last() const { return m_last; }

    QList<HistoryGap> gaps;

private:
    qint64 m_thresholdMs;
    QDateTime m_last;
    QByteArray m_lastType;
};

bool within(const QDateTime& t, const QDateTime& from, const QDateTime& to)
{
    return (!from.isValid() || t >= from) && (!to.isValid() || t <= to);
}

} // namespace

QDateTime HistoryOptions::now() const
{
    return clock ? clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString historyRoot()
{
    return QDir(dataLocations().dataDirectory).filePath(QStringLiteral("history"));
}

bool isValidHistoryCluster(const QString& cluster)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$"));
    return name.match(cluster).hasMatch();
}

QString historyDayFileName(const QDate& day)
{
    return day.toString(Qt::ISODate) + QStringLiteral(".jsonl");
}

QList<QDate> historyDays(const QString& directory)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.jsonl$"));
    QList<QDate> days;
    for (const QString& file : QDir(directory).entryList({QStringLiteral("*.jsonl")}, QDir::Files)) {
        const QRegularExpressionMatch match = name.match(file);
        const QDate day = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
        if (day.isValid())
            days << day;
    }
    std::sort(days.begin(), days.end());
    return days;
}

QDateTime parseHistoryTime(const QString& input, const QDateTime& now)
{
    static const QRegularExpression relative(QStringLiteral("^-(\\d{1,9})([smhd])$"));
    static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d{2}(:?\\d{2})?)$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = input.trimmed();
    if (text == QLatin1String("now"))
        return now.toUTC();
    if (const QRegularExpressionMatch m = relative.match(text); m.hasMatch()) {
        const qint64 count = m.captured(1).toLongLong();
        const char unit = m.captured(2).at(0).toLatin1();
        const qint64 seconds = unit == 's' ? 1 : unit == 'm' ? 60 : unit == 'h' ? 3600 : 86400;
        return now.toUTC().addSecs(-count * seconds);
    }
    if (date.match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        return day.isValid() ? QDateTime(day, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    QString iso = text;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid() || iso.size() < 16)
        return {};
    if (!offset.match(iso.mid(16)).hasMatch())
        time = QDateTime(time.date(), time.time(), Qt::UTC); // no offset: UTC
    return time.toUTC();
}

qint64 historyGapThresholdMs(int heartbeatSeconds)
{
    // A line every heartbeatSeconds while snapshots come; half as much again (at least 10 s) for
    // a late tick.
    return qint64(heartbeatSeconds) * 1000 + qMax<qint64>(10000, qint64(heartbeatSeconds) * 500);
}

QByteArray historyLine(const QDateTime& time, const char* type, const QJsonObject& rest)
{
    QByteArray line = kTimePrefix + timeText(time).toLatin1() + kTypePrefix + type + '"';
    if (!rest.isEmpty())
        line += ',' + QJsonDocument(rest).toJson(QJsonDocument::Compact).mid(1);
    else
        line += '}';
    return line;
}

QByteArray historyEventLine(const ClusterEvent& e)
{
    QJsonObject rest {{QStringLiteral("kind"), toId(e.kind)}, {QStringLiteral("severity"), toId(e.severity)},
        {QStringLiteral("text"), e.text}};
    if (!e.node.isEmpty())
        rest.insert(QStringLiteral("node"), e.node);
    return historyLine(e.time, "event", rest);
}

std::optional<ClusterEvent> HistoryReader::eventFromLine(const QJsonObject& o)
{
    using K = ClusterEvent::Kind;
    ClusterEvent e;
    e.time = parseTime(o.value(QLatin1String("time")).toString());
    const QString kind = o.value(QLatin1String("kind")).toString();
    bool known = false;
    for (K k : {K::RoleChange, K::VipMove, K::AlarmRaised, K::AlarmCleared, K::Operation, K::Repmgr}) {
        if (toId(k) == kind) {
            e.kind = k;
            known = true;
        }
    }
    const std::optional<Severity> severity = severityFromId(o.value(QLatin1String("severity")).toString());
    const QJsonValue node = o.value(QLatin1String("node"));
    const QJsonValue text = o.value(QLatin1String("text"));
    if (!e.time.isValid() || !known || !severity || !(node.isUndefined() || node.isString())
        || !text.isString())
        return std::nullopt;
    e.severity = *severity;
    e.node = node.toString();
    e.text = text.toString();
    return e;
}

const StoredFrame* HistorySpan::frameAt(const QDateTime& t) const
{
    auto after = std::upper_bound(frames.cbegin(), frames.cend(), t,
        [](const QDateTime& time, const StoredFrame& frame) { return time < frame.time; });
    return after == frames.cbegin() ? nullptr : &*(after - 1);
}

std::optional<HistoryGap> HistorySpan::gapAt(const QDateTime& t) const
{
    for (const HistoryGap& gap : gaps) {
        if (gap.from < t && (!gap.to.isValid() || t < gap.to))
            return gap;
    }
    return std::nullopt;
}

HistoryReader::HistoryReader(QString cluster, HistoryOptions options)
    : m_cluster(std::move(cluster))
    , m_options(std::move(options))
{
    if (!isValidHistoryCluster(m_cluster)) {
        m_problem = QStringLiteral("\"%1\" is not a cluster name (1 to 32 of a-z, 0-9 and '-')")
                        .arg(m_cluster.left(40));
        return;
    }
    m_directory = QDir(m_options.root.isEmpty() ? historyRoot() : m_options.root).filePath(m_cluster);
}

QList<QDate> HistoryReader::days() const
{
    return m_directory.isEmpty() ? QList<QDate>() : historyDays(m_directory);
}

int HistoryReader::visit(const QDateTime& from, const QDateTime& to, Frames frames,
    const std::function<bool(const Line&)>& visitor) const
{
    QList<QDate> wanted;
    for (const QDate& day : days()) {
        // A line's file is its time's day; a day of leeway for an event stamped before midnight
        // and written after it.
        if ((!from.isValid() || day >= from.toUTC().date().addDays(-1))
            && (!to.isValid() || day <= to.toUTC().date().addDays(1)))
            wanted << day;
    }
    return visitDays(wanted, from, to, frames, visitor);
}

int HistoryReader::visitDays(const QList<QDate>& days, const QDateTime& from, const QDateTime& to,
    Frames frames, const std::function<bool(const Line&)>& visitor) const
{
    int skipped = 0;
    for (const QDate& day : days) {
        QFile file(QDir(m_directory).filePath(historyDayFileName(day)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray buffer(kMaxLineBytes + 2, Qt::Uninitialized);
        while (!file.atEnd()) {
            const qint64 read = file.readLine(buffer.data(), buffer.size());
            if (read <= 0)
                break;
            bool complete = buffer.at(read - 1) == '\n';
            if (!complete && read == buffer.size() - 1) {
                // Longer than any line pgpilot writes: skipped whole, up to its newline.
                ++skipped;
                while (!complete && !file.atEnd()) {
                    const qint64 more = file.readLine(buffer.data(), buffer.size());
                    complete = more <= 0 || buffer.at(more - 1) == '\n';
                }
                continue;
            }
            QByteArray bytes(buffer.constData(), complete ? read - 1 : read);
            if (bytes.isEmpty())
                continue;
            Line line;
            QByteArray type;
            if (!complete || !lineHead(bytes, &line.time, &type, &line.object)) {
                ++skipped; // torn by a kill (no newline), or not a line of the history
                continue;
            }
            const bool frame = type == "frame" || type == "lag";
            if (!within(line.time, from, to) || (frame && frames == Frames::Skip))
                continue;
            if (line.object.isEmpty() && !(frame && frames == Frames::TimeOnly)) {
                const QJsonDocument document = QJsonDocument::fromJson(bytes);
                if (!document.isObject()) {
                    ++skipped;
                    continue;
                }
                line.object = document.object();
            }
            line.type = QString::fromLatin1(type);
            line.bytes = std::move(bytes);
            if (!visitor(line))
                return skipped;
        }
    }
    return skipped;
}

bool HistoryReader::applyLine(const Line& line, std::optional<StoredFrame>* current)
{
    if (line.type == QLatin1String("frame")) {
        auto snapshot = snapshotFromFrame(line.object.value(QLatin1String("frame")).toObject());
        if (!snapshot)
            return false;
        *current = StoredFrame {line.time, std::move(*snapshot)};
        return true;
    }
    if (line.type == QLatin1String("lag")) {
        if (!*current || !applyLag(&(*current)->snapshot, line.object))
            return false;
        (*current)->time = line.time;
        setReplayedTime(&(*current)->snapshot, line.time);
        return true;
    }
    return false;
}

HistorySpan HistoryReader::read(const QDateTime& from, const QDateTime& to) const
{
    HistorySpan span;
    // The cluster as it was at from: lag lines in the range apply to it.
    std::optional<StoredFrame> current;
    if (from.isValid()) {
        const At at = frameAt(from);
        current = at.frame; // a line at from is applied again: lag lines hold whole values
    }
    const int skipped = visit(from, to, Frames::Parse, [&span, &current](const Line& line) {
        if (line.type == QLatin1String("frame") || line.type == QLatin1String("lag")) {
            if (applyLine(line, &current))
                span.frames.append(*current);
            else
                ++span.skipped;
        } else if (line.type == QLatin1String("event")) {
            if (const auto event = eventFromLine(line.object))
                span.events.append(*event);
            else
                ++span.skipped;
        }
        return true;
    });
    span.skipped += skipped;
    auto byTime = [](const auto& a, const auto& b) {
        return a.time < b.time;
    };
    std::stable_sort(span.frames.begin(), span.frames.end(), byTime);
    std::stable_sort(span.events.begin(), span.events.end(), byTime);
    span.gaps = gaps(from, to);
    return span;
}

QList<HistoryGap> HistoryReader::gaps(const QDateTime& from, const QDateTime& to) const
{
    GapTracker tracker(historyGapThresholdMs(m_options.heartbeatSeconds));
    // From the day before, for the line before from; on past to until the line that ends a gap.
    const QDateTime scanFrom
        = from.isValid() ? QDateTime(from.date().addDays(-1), QTime(0, 0), Qt::UTC) : from;
    bool pastEnd = false;
    visit(scanFrom, QDateTime(), Frames::TimeOnly, [&](const Line& line) {
        QByteArray type = line.type.toLatin1();
        tracker.see(line.time, type, type == "started" ? line.object : QJsonObject());
        if (to.isValid() && line.time > to) {
            pastEnd = true;
            return false; // this line closed any gap open at to
        }
        return true;
    });
    QList<HistoryGap> gaps = tracker.gaps;
    if (!pastEnd && tracker.openAtEnd(m_options.now()))
        gaps.append({tracker.last(), QDateTime()});
    QList<HistoryGap> overlapping;
    for (const HistoryGap& gap : gaps) {
        if ((!to.isValid() || gap.from <= to) && (!from.isValid() || !gap.to.isValid() || gap.to >= from))
            overlapping << gap;
    }
    return overlapping;
}

HistoryReader::At HistoryReader::frameAt(const QDateTime& t) const
{
    At at;
    // The day of t, then earlier days until one has a frame before t (each day's file starts with
    // a whole frame; the lag lines after it apply in order).
    const QList<QDate> stored = days();
    for (auto day = stored.crbegin(); day != stored.crend() && !at.frame; ++day) {
        if (*day > t.date().addDays(1))
            continue;
        std::optional<StoredFrame> current;
        at.skipped += visitDays({*day}, QDateTime(), t, Frames::Parse, [&](const Line& line) {
            if ((line.type == QLatin1String("frame") || line.type == QLatin1String("lag"))
                && !applyLine(line, &current))
                ++at.skipped;
            return true;
        });
        at.frame = current;
    }
    for (const HistoryGap& gap : gaps(t, t)) {
        if (gap.from < t && (!gap.to.isValid() || t < gap.to))
            at.gap = gap;
    }
    if (!at.frame && !at.gap) // before anything was recorded
        at.gap = HistoryGap {QDateTime(), firstTime()};
    return at;
}

QList<ClusterEvent> HistoryReader::eventsSince(const QDateTime& t) const
{
    QList<ClusterEvent> events;
    visit(t, QDateTime(), Frames::Skip, [&](const Line& line) {
        if (line.type == QLatin1String("event") && line.time > t) {
            if (const auto event = eventFromLine(line.object))
                events.append(*event);
        }
        return true;
    });
    std::stable_sort(events.begin(), events.end(),
        [](const ClusterEvent& a, const ClusterEvent& b) { return a.time < b.time; });
    return events;
}

QDateTime HistoryReader::firstTime() const
{
    QDateTime first;
    for (const QDate& day : days()) {
        visitDays({day}, QDateTime(), QDateTime(), Frames::TimeOnly, [&](const Line& line) {
            if (!first.isValid() || line.time < first)
                first = line.time;
            return true;
        });
        if (first.isValid())
            break;
    }
    return first;
}

QDateTime HistoryReader::lastTime() const
{
    QDateTime last;
    const QList<QDate> stored = days();
    for (auto day = stored.crbegin(); day != stored.crend() && !last.isValid(); ++day) {
        visitDays({*day}, QDateTime(), QDateTime(), Frames::TimeOnly, [&](const Line& line) {
            if (!last.isValid() || line.time > last)
                last = line.time;
            return true;
        });
    }
    return last;
}

QList<HistoryIncident> HistoryReader::incidents(const QDateTime& from, const QDateTime& to) const
{
    QList<HistoryIncident> incidents;
    bool open = false;
    auto addAlarms = [](HistoryIncident& incident, const ClusterSnapshot& snapshot) {
        for (const Alarm& alarm : snapshot.alarms) {
            if (alarm.severity == Severity::Critical)
                incident.worst = Severity::Critical;
            if (!incident.alarms.contains(alarm.title))
                incident.alarms << alarm.title;
        }
    };
    // An incident already open at from: its frame came before.
    std::optional<StoredFrame> before;
    if (from.isValid())
        before = frameAt(from).frame;
    if (before && !before->snapshot.alarms.isEmpty()) {
        incidents.append({before->time, QDateTime(), Severity::Warning, {}});
        addAlarms(incidents.last(), before->snapshot);
        open = true;
    }
    visit(from, to, Frames::Parse, [&](const Line& line) {
        if (line.type != QLatin1String("frame"))
            return true; // lag lines change no alarm: those come with a whole frame
        const auto snapshot = snapshotFromFrame(line.object.value(QLatin1String("frame")).toObject());
        if (!snapshot)
            return true;
        if (snapshot->alarms.isEmpty()) {
            if (open)
                incidents.last().to = line.time;
            open = false;
            return true;
        }
        // A flapping alarm: back within the merge time of the end is the same incident.
        if (!open && !incidents.isEmpty() && incidents.last().to.isValid()
            && incidents.last().to.secsTo(line.time) < kIncidentMergeSeconds) {
            incidents.last().to = QDateTime();
            open = true;
        }
        if (!open) {
            incidents.append({line.time, QDateTime(), Severity::Warning, {}});
            open = true;
        }
        addAlarms(incidents.last(), *snapshot);
        return true;
    });
    return incidents;
}

} // namespace pgpilot
