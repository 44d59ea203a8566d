// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled operations (issue 20 item 5): `pgpilot switchover|rolling-restart|upgrade --at TIME`
// records one (scheduleOperation below), `pgpilot schedule cluster.json` lists them and cancels
// one. A running `pgpilot watch` runs them (backend/ops/schedule.h, ScheduleRunner).
#include "command.h"
#include "commands.h"
#include "monitor/scheduletext.h"
#include "ops/pause.h"
#include "ops/schedule.h"
#include "options.h"
#include "output.h"
#include "secrets/secretstore.h"
#include "services/clusterservices.h"
#include "session.h"

#include <QJsonArray>

namespace pgpilot::cli {

namespace {

QJsonValue isoTime(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// The request as a row, for the texts the monitor and the dashboard use too.
ScheduledOperation requestRow(const OperationRequest& request, const QDateTime& at, int remind)
{
    ScheduledOperation row;
    row.kind = toId(request.kind);
    row.node = request.node;
    row.switchBack = request.switchBack;
    row.packages = request.packages;
    row.at = at;
    row.remindMinutes = remind;
    return row;
}

// Opens the cluster's session and runs one statement of the schedule on the primary; the exit
// status: 0 when done() says so, 3 when the session or the statement failed.
int onPrimary(const ClusterSpec& spec, const Invocation& args, const Io& io, const QString& purpose,
    const QString& sql, const std::function<int(const ScheduleAnswer&)>& done)
{
    const std::unique_ptr<SecretStore> secrets = openSecretStore(args.value("secrets-file"), io.err);
    if (!secrets)
        return 3;
    ClusterServices services(spec, secrets.get());
    configureServices(services, args);
    services.withSession([&](ClusterSession* session, const QString& error) {
        if (!session) {
            print(io.err, error + QLatin1Char('\n'));
            QCoreApplication::exit(3);
            return;
        }
        runScheduleSql(session, spec, purpose, sql, &services, [&](const ScheduleAnswer& answer) {
            if (!answer.ok) {
                print(io.err, answer.error + QLatin1Char('\n'));
                QCoreApplication::exit(3);
                return;
            }
            QCoreApplication::exit(done(answer));
        });
    });
    return QCoreApplication::exec();
}

QJsonObject rowJson(const ScheduledOperation& op)
{
    return {{QStringLiteral("id"), op.id}, {QStringLiteral("operation"), op.kind},
        {QStringLiteral("node"), op.node}, {QStringLiteral("switch_back"), op.switchBack},
        {QStringLiteral("packages"), QJsonArray::fromStringList(op.packages)},
        {QStringLiteral("at"), isoTime(op.at)}, {QStringLiteral("remind_minutes"), op.remindMinutes},
        {QStringLiteral("requested_by"), op.requestedBy},
        {QStringLiteral("requested_at"), isoTime(op.requestedAt)}, {QStringLiteral("state"), op.state},
        {QStringLiteral("claimed_by"), op.claimedBy}, {QStringLiteral("started_at"), isoTime(op.startedAt)},
        {QStringLiteral("finished_at"), isoTime(op.finishedAt)}, {QStringLiteral("summary"), op.summary},
        {QStringLiteral("title"), scheduledOperationTitle(op)},
        {QStringLiteral("seconds_until"), op.secondsUntil ? QJsonValue(*op.secondsUntil) : QJsonValue()}};
}

class ScheduleCommand : public Command
{
public:
    ScheduleCommand()
        : Command(QStringLiteral("schedule"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "list or cancel scheduled operations"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Lists the operations scheduled with --at (switchover, rolling-restart, upgrade) as\n"
                "recorded in the cluster, the newest 50: when, what, who asked, and the state\n"
                "(scheduled, running, done, failed, cancelled) with the result. --cancel ID calls off\n"
                "one that has not started. A running pgpilot watch with this cluster's secrets runs\n"
                "each when it is due."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 0 listed or cancelled, 1 nothing to cancel (not found, or already\n"
                "started or finished), 2 usage error or no --yes, 3 cluster file, keychain or\n"
                "connection problem."))
    {
        addOption(
            valueOption("cancel", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "ID"),
                QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Cancel the scheduled operation with this id.")),
            OptionSet::Show::InUsage);
        addOption(
            described(yesOption(),
                QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Confirm --cancel: without it nothing changes.")),
            OptionSet::Show::InUsage);
        addOption(described(jsonOption(),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "The list (or the cancellation) as one JSON object.")));
        addOptions(sessionOptions());
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        qint64 cancel = 0;
        if (args.isSet("cancel")) {
            bool ok = false;
            cancel = args.value("cancel").toLongLong(&ok);
            if (!ok || cancel <= 0)
                return usageError(
                    io, CommandLine::tr("--cancel takes the id pgpilot schedule lists (a number)."));
        }
        const auto spec = loadValidSpec(args.clusterFile(), io.err);
        if (!spec)
            return 3;
        const bool json = args.isSet("json");
        if (cancel > 0) {
            if (!args.isSet("yes")) {
                print(io.err,
                    CommandLine::tr(
                        "This would cancel scheduled operation #%1 of cluster %2.\nAdd --yes to go "
                        "ahead.\n")
                        .arg(cancel)
                        .arg(spec->name));
                return 2;
            }
            return onPrimary(*spec, args, io, QStringLiteral("schedule-cancel"),
                scheduleCancelSql(cancel, localRequester()), [&](const ScheduleAnswer& a) {
                    const qint64 n = scheduleAnswerNumber(a, QStringLiteral("pgpilot-cancelled"));
                    QString state;
                    for (const QString& line : a.lines) {
                        if (line.startsWith(QLatin1String("pgpilot-cancelled ")))
                            state = line.section(QLatin1Char(' '), 2, 2);
                    }
                    if (json)
                        printJson(io.out,
                            {{QStringLiteral("id"), cancel}, {QStringLiteral("cancelled"), n == 1},
                                {QStringLiteral("state"), n == 1 ? QStringLiteral("cancelled") : state}});
                    if (n == 1) {
                        if (!json)
                            print(
                                io.out, CommandLine::tr("Cancelled scheduled operation #%1.\n").arg(cancel));
                        return 0;
                    }
                    print(io.err,
                        state == QLatin1String("none") || state.isEmpty()
                            ? CommandLine::tr("No scheduled operation #%1 on cluster %2: pgpilot schedule "
                                              "lists them.\n")
                                  .arg(cancel)
                                  .arg(spec->name)
                            : CommandLine::tr(
                                "Scheduled operation #%1 is %2, not scheduled: only one that has "
                                "not started can be cancelled.\n")
                                  .arg(cancel)
                                  .arg(state));
                    return 1;
                });
        }
        return onPrimary(*spec, args, io, QStringLiteral("schedule-list"), scheduleListSql(),
            [&](const ScheduleAnswer& a) {
                const QList<ScheduledOperation> rows = scheduleRowsFromLines(a.lines);
                if (json) {
                    QJsonArray list;
                    for (const ScheduledOperation& op : rows)
                        list.append(rowJson(op));
                    printJson(io.out,
                        {{QStringLiteral("cluster"), spec->name}, {QStringLiteral("scheduled"), list}});
                } else if (rows.isEmpty()) {
                    print(
                        io.out, CommandLine::tr("No operations scheduled on cluster %1.\n").arg(spec->name));
                } else {
                    for (const ScheduledOperation& op : rows)
                        print(io.out, scheduledOperationLine(op) + QLatin1Char('\n'));
                }
                return 0;
            });
    }
};

} // namespace

int scheduleOperation(
    const ClusterSpec& spec, const OperationRequest& request, const Invocation& args, const Io& io)
{
    QString error;
    const auto at = parseScheduleTime(args.value("at"), QDateTime::currentDateTimeUtc(), &error);
    if (!at) {
        print(io.err, error + QLatin1Char('\n'));
        return 2;
    }
    const auto remind = parseRemindMinutes(args.value("remind"), &error);
    if (!remind) {
        print(io.err, error + QLatin1Char('\n'));
        return 2;
    }
    const ScheduledOperation row = requestRow(request, *at, *remind);
    const QString what = CommandLine::tr("%1 on cluster %2 at %3 (reminder %4 min before)")
                             .arg(scheduledOperationTitle(row), spec.name,
                                 at->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))
                             .arg(*remind);
    if (!args.isSet("yes")) {
        print(io.err, CommandLine::tr("This would schedule: %1.\nAdd --yes to go ahead.\n").arg(what));
        return 2;
    }
    const QString by = localRequester();
    return onPrimary(spec, args, io, QStringLiteral("schedule-add"),
        scheduleInsertSql(request, *at, *remind, by), [&](const ScheduleAnswer& a) {
            const qint64 id = scheduleAnswerNumber(a, QStringLiteral("pgpilot-scheduled"));
            if (id <= 0) {
                print(io.err,
                    CommandLine::tr("The primary (%1) did not say which id it recorded: %2\n")
                        .arg(a.node, a.lines.join(QLatin1Char(' ')).left(300)));
                return 3;
            }
            if (args.isSet("json"))
                printJson(io.out,
                    {{QStringLiteral("event"), QStringLiteral("scheduled")}, {QStringLiteral("id"), id},
                        {QStringLiteral("operation"), toId(request.kind)},
                        {QStringLiteral("node"), request.node}, {QStringLiteral("at"), isoTime(*at)},
                        {QStringLiteral("remind_minutes"), *remind}, {QStringLiteral("requested_by"), by},
                        {QStringLiteral("recorded_on"), a.node}});
            else
                print(io.out,
                    CommandLine::tr(
                        "Scheduled #%1: %2, requested by %3 (recorded on %4).\n"
                        "A running pgpilot watch with this cluster's secrets runs it when it is due; "
                        "pgpilot schedule lists it and --cancel %1 --yes calls it off.\n")
                        .arg(id)
                        .arg(what, by, a.node));
            return 0;
        });
}

std::unique_ptr<Command> makeScheduleCommand()
{
    return std::make_unique<ScheduleCommand>();
}

} // namespace pgpilot::cli
