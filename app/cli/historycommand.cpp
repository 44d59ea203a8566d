// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot history: the stored history of a cluster (docs/history.md), as a timeline, as the
// cluster was at a time, or as an incident bundle.
#include "command.h"
#include "commands.h"
#include "history/historystore.h"
#include "history/incidentbundle.h"
#include "monitor/eventlog.h"
#include "options.h"
#include "output.h"
#include "statuscommand.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace pgpilot::cli {

namespace {

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QJsonValue isoOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject eventToJson(const ClusterEvent& e)
{
    return {{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("time"), isoOrNull(e.time)},
        {QStringLiteral("kind"), toId(e.kind)}, {QStringLiteral("node"), e.node},
        {QStringLiteral("severity"), toId(e.severity)}, {QStringLiteral("text"), e.text}};
}

class HistoryCommand : public Command
{
public:
    HistoryCommand()
        : Command(QStringLiteral("history"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "print the stored history of the cluster"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Prints the history the monitor recorded for the cluster (kept 30 days): the timeline\n"
                "of events, the incidents and the times nothing was recorded; with --at the\n"
                "cluster as it was then; with --bundle one .tar file of an incident to attach to a\n"
                "post-mortem (frames, events, the audit log's entries, a summary; secrets masked).\n"
                "TIME: ISO 8601 (2026-11-26T10:00:00Z; without an offset it is UTC; 2026-11-26 is\n"
                "midnight), now, or relative: -90s, -30m, -2h, -7d."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 0 printed or written, 1 nothing stored for that time, 2 usage error, 3\n"
                "cluster file problem or the bundle cannot be written."))
    {
        addOption(valueOption("since", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "TIME"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine", "From this time on (default -24h).")),
            OptionSet::Show::InUsage);
        addOption(valueOption("until", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "TIME"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Up to this time (default now).")),
            OptionSet::Show::InUsage);
        addOption(
            flagOption("events",
                QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Print the events only (no incidents, no gaps).")),
            OptionSet::Show::InUsage);
        addOption(valueOption("at", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "TIME"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Print the cluster as it was at this time.")),
            OptionSet::Show::InUsage);
        addOption(
            valueOption("bundle", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "FILE.tar"),
                QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                    "Write the incident bundle of --since to --until (default: around the last incident) "
                    "to this new file.")),
            OptionSet::Show::InUsage);
        addOption(described(jsonOption(),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Print JSON, one object a line.")),
            OptionSet::Show::InUsage);
        addOption(valueOption("state-dir", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "DIR"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "The bundle takes the audit log from here (as apply --state-dir wrote it) instead of the "
                "user's data directory.")));
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDateTime times[3];
        const char* names[3] = {"since", "until", "at"};
        for (int i = 0; i < 3; ++i) {
            if (!args.isSet(names[i]))
                continue;
            times[i] = parseHistoryTime(args.value(names[i]), now);
            if (!times[i].isValid())
                return usageError(io,
                    CommandLine::tr(
                        "--%1 %2: not a time (ISO 8601 such as 2026-11-26T10:00:00Z, now, or -30m, "
                        "-2h, -7d).")
                        .arg(QLatin1String(names[i]), args.value(names[i])));
        }
        const auto& [since, until, at] = times;
        if (args.isSet("at")
            && (args.isSet("bundle") || args.isSet("since") || args.isSet("until") || args.isSet("events")))
            return usageError(io,
                CommandLine::tr(
                    "--at prints one moment: it takes none of --since, --until, --events, --bundle."));
        if (since.isValid() && until.isValid() && since > until)
            return usageError(
                io, CommandLine::tr("--since %1 is after --until %2.").arg(iso(since), iso(until)));
        const auto spec = loadValidSpec(args.clusterFile(), io.err);
        if (!spec)
            return 3;
        const HistoryReader reader(spec->name);
        if (!reader.problem().isEmpty()) {
            print(io.err, reader.problem() + QLatin1Char('\n'));
            return 3;
        }
        if (args.isSet("bundle"))
            return bundle(args, io, reader, since, until);
        if (args.isSet("at"))
            return moment(args, io, reader, at);
        return timeline(args, io, reader, since.isValid() ? since : now.addSecs(-24 * 3600),
            until.isValid() ? until : now);
    }

private:
    int moment(const Invocation& args, const Io& io, const HistoryReader& reader, const QDateTime& at) const
    {
        const HistoryReader::At found = reader.frameAt(at);
        if (found.skipped > 0)
            print(io.err,
                CommandLine::tr(
                    "%n line(s) of the history were not valid and were skipped.\n", nullptr, found.skipped));
        if (!found.frame) {
            print(io.err,
                CommandLine::tr("Nothing is stored for %1 at or before %2 (in %3).\n")
                    .arg(reader.cluster(), iso(at), reader.directory()));
            return 1;
        }
        if (args.isSet("json")) {
            QJsonObject object = snapshotToJson(found.frame->snapshot);
            object.insert(QStringLiteral("history"),
                QJsonObject {{QStringLiteral("at"), isoOrNull(at)},
                    {QStringLiteral("frame_time"), isoOrNull(found.frame->time)},
                    {QStringLiteral("in_gap"), bool(found.gap)},
                    {QStringLiteral("gap_from"), found.gap ? isoOrNull(found.gap->from) : QJsonValue()},
                    {QStringLiteral("gap_to"), found.gap ? isoOrNull(found.gap->to) : QJsonValue()}});
            printJson(io.out, object);
            return 0;
        }
        if (found.gap)
            print(io.out,
                CommandLine::tr(
                    "Nothing was recorded at %1 (from %2 to %3: pgpilot was not running, or its monitor "
                    "stalled). The cluster as last recorded before:\n")
                    .arg(iso(at), iso(found.gap->from),
                        found.gap->to.isValid() ? iso(found.gap->to) : CommandLine::tr("now")));
        print(io.out, snapshotToText(found.frame->snapshot));
        return 0;
    }

    int timeline(const Invocation& args, const Io& io, const HistoryReader& reader, const QDateTime& since,
        const QDateTime& until) const
    {
        QList<ClusterEvent> events;
        const int skipped
            = reader.visit(since, until, HistoryReader::Frames::Skip, [&](const HistoryReader::Line& line) {
                  if (line.type == QLatin1String("event")) {
                      if (const auto event = HistoryReader::eventFromLine(line.object))
                          events.append(*event);
                  }
                  return true;
              });
        std::stable_sort(
            events.begin(), events.end(), [](const auto& a, const auto& b) { return a.time < b.time; });
        if (skipped > 0)
            print(io.err,
                CommandLine::tr(
                    "%n line(s) of the history were not valid and were skipped.\n", nullptr, skipped));
        const bool json = args.isSet("json");
        if (args.isSet("events")) {
            if (json) {
                for (const ClusterEvent& e : events)
                    printJson(io.out, eventToJson(e));
            } else {
                print(io.out, EventLog::toText(events));
            }
            return reader.days().isEmpty() ? 1 : 0;
        }
        const QList<HistoryGap> gaps = reader.gaps(since, until);
        const QList<HistoryIncident> incidents = reader.incidents(since, until);
        if (json) {
            QList<std::pair<QDateTime, QJsonObject>> lines;
            for (const ClusterEvent& e : events)
                lines.append({e.time, eventToJson(e)});
            for (const HistoryGap& g : gaps)
                lines.append({g.from,
                    {{QStringLiteral("type"), QStringLiteral("gap")},
                        {QStringLiteral("time"), isoOrNull(g.from)},
                        {QStringLiteral("until"), isoOrNull(g.to)}}});
            for (const HistoryIncident& i : incidents)
                lines.append({i.from,
                    {{QStringLiteral("type"), QStringLiteral("incident")},
                        {QStringLiteral("time"), isoOrNull(i.from)},
                        {QStringLiteral("until"), isoOrNull(i.to)},
                        {QStringLiteral("severity"), toId(i.worst)},
                        {QStringLiteral("alarms"), QJsonArray::fromStringList(i.alarms)}}});
            std::stable_sort(
                lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            for (const auto& line : lines)
                printJson(io.out, line.second);
            return reader.days().isEmpty() ? 1 : 0;
        }
        if (reader.days().isEmpty()) {
            print(io.err,
                CommandLine::tr(
                    "No history is stored for %1 (in %2): pgpilot watch or the window records it while "
                    "they run.\n")
                    .arg(reader.cluster(), reader.directory()));
            return 1;
        }
        QString text = CommandLine::tr("history of %1 from %2 to %3 (stored: %4 to %5)\n")
                           .arg(reader.cluster(), iso(since), iso(until), iso(reader.firstTime()),
                               iso(reader.lastTime()));
        QList<std::pair<QDateTime, QString>> lines;
        for (const ClusterEvent& e : events)
            lines.append({e.time, EventLog::toText({e})});
        for (const HistoryGap& g : gaps)
            lines.append({g.from,
                QStringLiteral("%1 %2 %3 %4\n")
                    .arg(iso(g.from), QStringLiteral("gap").leftJustified(13),
                        QStringLiteral("-").leftJustified(8),
                        CommandLine::tr("nothing recorded until %1")
                            .arg(g.to.isValid() ? iso(g.to) : CommandLine::tr("now")))});
        std::stable_sort(
            lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& line : lines)
            text += line.second;
        text += CommandLine::tr("incidents: %1\n").arg(incidents.size());
        for (const HistoryIncident& i : incidents)
            text += QStringLiteral("  %1 .. %2  %3  %4\n")
                        .arg(iso(i.from), i.to.isValid() ? iso(i.to) : CommandLine::tr("still open"),
                            toId(i.worst), i.alarms.join(QStringLiteral("; ")));
        print(io.out, text);
        return 0;
    }

    int bundle(const Invocation& args, const Io& io, const HistoryReader& reader, const QDateTime& since,
        const QDateTime& until) const
    {
        if (since.isValid() != until.isValid())
            return usageError(io,
                CommandLine::tr("--bundle takes both --since and --until, or neither (the last incident)."));
        IncidentBundleOptions options;
        options.cluster = reader.cluster();
        options.from = since;
        options.to = until;
        if (args.isSet("state-dir"))
            options.auditLogPath = QDir(args.value("state-dir")).filePath(QStringLiteral("audit.log"));
        if (!since.isValid()) {
            const auto window = lastIncidentWindow(reader, QDateTime());
            if (!window) {
                print(io.err,
                    CommandLine::tr(
                        "No incident is stored for %1: give the window with --since and --until.\n")
                        .arg(reader.cluster()));
                return 1;
            }
            std::tie(options.from, options.to) = *window;
            print(io.err,
                CommandLine::tr("The last incident's window: %1 to %2.\n")
                    .arg(iso(options.from), iso(options.to)));
        }
        IncidentBundleResult result;
        if (!writeIncidentBundle(args.value("bundle"), options, &result)) {
            print(io.err, result.error + QLatin1Char('\n'));
            return 3;
        }
        if (result.skipped > 0)
            print(io.err,
                CommandLine::tr(
                    "%n line(s) of the history or the audit log were not valid and were left out.\n", nullptr,
                    result.skipped));
        print(io.out,
            CommandLine::tr("%1: %2 frame(s), %3 event(s), %4 audit entries, %5 to %6\n")
                .arg(args.value("bundle"))
                .arg(result.frames)
                .arg(result.events)
                .arg(result.auditEntries)
                .arg(iso(options.from), iso(options.to)));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeHistoryCommand()
{
    return std::make_unique<HistoryCommand>();
}

} // namespace pgpilot::cli
