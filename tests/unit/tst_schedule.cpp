// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled operations (issue 20 item 5): --at and --remind, the SQL's quoting, the shell on the
// nodes, the answers, the request a row stands for, the monitor's alarms and the timeline event,
// and `pgpilot status`' member.
#include "cli/statuscommand.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "monitor/eventlog.h"
#include "monitor/scheduletext.h"
#include "ops/schedule.h"
#include "remote/remotehost.h"
#include "testspecs.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace pgpilot;

namespace {

const QDateTime kNow(QDate(2026, 12, 5), QTime(22, 0), Qt::UTC);

ScheduledOperation row(qint64 id, const QString& state, std::optional<double> secondsUntil, int remind = 15)
{
    ScheduledOperation op;
    op.id = id;
    op.kind = QStringLiteral("switchover");
    op.node = QStringLiteral("pg2");
    op.at = QDateTime(QDate(2026, 12, 6), QTime(2, 0), Qt::UTC);
    op.remindMinutes = remind;
    op.requestedBy = QStringLiteral("alice@ws1");
    op.state = state;
    op.secondsUntil = secondsUntil;
    return op;
}

// A healthy three-node cluster whose primary (pg1) answers with these rows.
ClusterSnapshot withSchedule(const QList<ScheduledOperation>& rows)
{
    ClusterSnapshot s = demoSnapshot(DemoScenario::Healthy, 3);
    s.nodes[0].pg.schedule.read = true;
    s.nodes[0].pg.schedule.rows = rows;
    deriveCluster(s);
    return s;
}

const Alarm* find(const ClusterSnapshot& s, AlarmKind kind)
{
    for (const Alarm& a : s.alarms) {
        if (a.kind == kind)
            return &a;
    }
    return nullptr;
}

RunResult ran(int exitCode, const QByteArray& out, const QByteArray& err = {})
{
    RunResult r;
    r.exitCode = exitCode;
    r.stdOut = out;
    r.stdErr = err;
    return r;
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeWithZoneAhead()
    {
        QString error;
        const auto at = parseScheduleTime(QStringLiteral("2026-12-06T03:00:00+01:00"), kNow, &error);
        QVERIFY2(at, qPrintable(error));
        QCOMPARE(*at, QDateTime(QDate(2026, 12, 6), QTime(2, 0), Qt::UTC));
        QCOMPARE(at->timeSpec(), Qt::UTC);
        QCOMPARE(*parseScheduleTime(QStringLiteral("2026-12-05T22:30:15.5Z"), kNow, &error),
            QDateTime(QDate(2026, 12, 5), QTime(22, 30, 15, 500), Qt::UTC));
    }

    void timeRefusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("no zone") << QStringLiteral("2026-12-06T02:00:00") << QStringLiteral("zone");
        QTest::newRow("not a time") << QStringLiteral("tomorrow 2am") << QStringLiteral("zone");
        QTest::newRow("past") << QStringLiteral("2026-12-05T21:59:00Z") << QStringLiteral("in the past");
        QTest::newRow("past by its zone")
            << QStringLiteral("2026-12-05T22:30:00+01:00") << QStringLiteral("in the past");
        QTest::newRow("31 days") << QStringLiteral("2027-01-05T22:00:01Z") << QStringLiteral("30 days");
        QTest::newRow("invalid date") << QStringLiteral("2026-02-30T02:00:00Z") << QStringLiteral("--at");
    }
    void timeRefusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!parseScheduleTime(text, kNow, &error));
        QVERIFY2(error.contains(says) && error.startsWith(QLatin1String("--at")), qPrintable(error));
        // 30 days exactly is still accepted
        QVERIFY(parseScheduleTime(QStringLiteral("2027-01-04T22:00:00Z"), kNow, &error));
    }

    void remind()
    {
        QString error;
        QCOMPARE(parseRemindMinutes({}, &error), std::optional(kDefaultRemindMinutes));
        QCOMPARE(parseRemindMinutes(QStringLiteral("1m"), &error), std::optional(1));
        QCOMPARE(parseRemindMinutes(QStringLiteral("1h30m"), &error), std::optional(90));
        QCOMPARE(parseRemindMinutes(QStringLiteral("0"), &error), std::optional(0));
        QCOMPARE(parseRemindMinutes(QStringLiteral("45 min"), &error), std::optional(45));
        QVERIFY(!parseRemindMinutes(QStringLiteral("25h"), &error));
        QVERIFY2(error.contains(QLatin1String("24h")), qPrintable(error));
        QVERIFY(!parseRemindMinutes(QStringLiteral("soon"), &error));
        QVERIFY2(error.contains(QLatin1String("--remind")), qPrintable(error));
    }

    // Every text a person or a node gave reaches the statement hex-encoded only.
    void sqlQuotesNothingItWasGiven()
    {
        OperationRequest request;
        request.kind = OperationKind::Upgrade;
        request.node = QStringLiteral("pg2'); DROP TABLE repmgr.nodes; --");
        request.packages = {QStringLiteral("postgresql"), QStringLiteral("repmgr")};
        request.switchBack = true;
        const QString by = QStringLiteral("o'brien@ws\\1");
        const QString sql
            = scheduleInsertSql(request, QDateTime(QDate(2026, 12, 6), QTime(2, 0), Qt::UTC), 15, by);
        QVERIFY(!sql.contains(QLatin1String("DROP TABLE")));
        QVERIFY(!sql.contains(QLatin1String("o'brien")));
        QVERIFY(!sql.contains(QLatin1String("postgresql,repmgr")));
        QVERIFY(sql.contains(QString::fromLatin1(request.node.toUtf8().toHex())));
        QVERIFY(sql.contains(QString::fromLatin1(by.toUtf8().toHex())));
        QVERIFY(sql.contains(QString::fromLatin1(QByteArray("upgrade").toHex())));
        QVERIFY(
            sql.contains(QStringLiteral("to_timestamp(%1)")
                             .arg(QDateTime(QDate(2026, 12, 6), QTime(2, 0), Qt::UTC).toSecsSinceEpoch())));
        QVERIFY(sql.contains(QLatin1String(", true, ")));
        QVERIFY(sql.contains(QLatin1String("GRANT SELECT ON pgpilot.scheduled_operation TO pg_monitor")));
        // Quotes in the statements are the statements' own: an even number on every line.
        const QString summary = QStringLiteral("Switchover to pg2: FAILED after 3 s: it's 'broken'");
        for (const QString& s : {sql, scheduleCancelSql(4, by), scheduleClaimSql(4, by),
                 scheduleFinishSql(4, by, false, summary), scheduleAbandonSql(4, by), scheduleListSql()}) {
            QVERIFY2(
                !s.contains(QLatin1String("it's")) && !s.contains(QLatin1String("o'brien")), qPrintable(s));
            for (const QString& line : s.split(QLatin1Char('\n')))
                QVERIFY2(line.count(QLatin1Char('\'')) % 2 == 0, qPrintable(line));
        }
        QVERIFY(scheduleClaimSql(4, by).contains(QLatin1String("WHERE id = 4 AND state = 'scheduled'")));
        QVERIFY(scheduleFinishSql(4, by, true, summary).contains(QLatin1String("state = 'done'")));
        QVERIFY(scheduleFinishSql(4, by, false, summary).contains(QLatin1String("state = 'failed'")));
        QVERIFY(
            scheduleFinishSql(4, by, true, summary).contains(QLatin1String("claimed_by = convert_from(")));
    }

    // The shell runs psql only where PostgreSQL is out of recovery, the SQL as one quoted word.
    void shellOnEveryNode()
    {
        const ClusterSpec spec = validTestSpec();
        const QString sql = scheduleClaimSql(9, QStringLiteral("w@h pid 1"));
        const QString shell = schedulePrimaryShell(spec, sql);
        QVERIFY2(shell.contains(QLatin1String("SELECT pg_is_in_recovery()")), qPrintable(shell));
        QVERIFY(shell.contains(QStringLiteral("/usr/lib/postgresql/%1/bin/psql").arg(spec.postgresVersion)));
        QVERIFY(shell.contains(QStringLiteral("-p %1").arg(spec.ports.postgres)));
        // reading needs the table; the insert creates it
        QVERIFY(shell.contains(QLatin1String("to_regclass("))
            && shell.contains(QLatin1String("pgpilot.scheduled_operation")));
        QVERIFY(!schedulePrimaryShell(spec, scheduleInsertSql({}, kNow, 15, QStringLiteral("a@b")))
                     .contains(QLatin1String("to_regclass")));
        // the statement is one single-quoted word ('\'' for its own quotes)
        QString quoted = sql;
        quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
        QVERIFY2(shell.contains(QLatin1Char('\'') + quoted + QLatin1Char('\'')), qPrintable(shell));
    }

    void answers()
    {
        const QByteArray standby = "pgpilot: a standby here; the primary does this\n";
        QHash<QString, RunResult> results {{QStringLiteral("pg1"), ran(0, standby)},
            {QStringLiteral("pg2"), ran(0, "pgpilot-claimed 1\n")}, {QStringLiteral("pg3"), ran(0, standby)}};
        ScheduleAnswer a = scheduleAnswer(results);
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.node, QStringLiteral("pg2"));
        QCOMPARE(scheduleAnswerNumber(a, QStringLiteral("pgpilot-claimed")), 1);
        QCOMPARE(scheduleAnswerNumber(a, QStringLiteral("pgpilot-recorded")), -1);

        results[QStringLiteral("pg2")]
            = ran(1, "", "ERROR:  cannot execute UPDATE in a read-only transaction\nmore");
        a = scheduleAnswer(results);
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(QLatin1String("pg2")) && a.error.contains(QLatin1String("read-only"))
                && !a.error.contains(QLatin1String("more")),
            qPrintable(a.error));

        RunResult down;
        down.failure = RunResult::Failure::Unreachable;
        results[QStringLiteral("pg2")] = down;
        a = scheduleAnswer(results);
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(QLatin1String("not reached: pg2")), qPrintable(a.error));

        // No table yet: an empty list, not an error.
        results[QStringLiteral("pg2")] = ran(0, "pgpilot-no-table\n");
        a = scheduleAnswer(results);
        QVERIFY(a.ok);
        QVERIFY(a.lines.isEmpty());
    }

    void listRows()
    {
        const QStringList lines {QStringLiteral("NOTICE: noise"),
            QStringLiteral(
                R"({"id" : 3, "kind" : "upgrade", "node" : "", "switch_back" : true, "packages" : )"
                R"("postgresql,repmgr", "at" : 1796522400000, "remind_minutes" : 15, "requested_by" : )"
                R"("a@b", "requested_at" : 1796500000000, "state" : "done", "claimed_by" : "w@h pid 7", )"
                R"("started_at" : 1796522401000, "finished_at" : 1796522500000, "summary" : "Rolling )"
                R"(upgrade: done", "seconds_until" : -120.5, "seconds_running" : 121.0})")};
        const QList<ScheduledOperation> rows = scheduleRowsFromLines(lines);
        QCOMPARE(rows.size(), 1);
        const ScheduledOperation& op = rows.first();
        QCOMPARE(op.id, 3);
        QCOMPARE(op.packages, QStringList({QStringLiteral("postgresql"), QStringLiteral("repmgr")}));
        QCOMPARE(op.at, QDateTime::fromMSecsSinceEpoch(1796522400000, Qt::UTC));
        QVERIFY(op.switchBack);
        QVERIFY(op.finished());
        QCOMPARE(*op.secondsUntil, -120.5);
        QCOMPARE(scheduledOperationTitle(op),
            QStringLiteral("Minor upgrade of postgresql, repmgr (switching back at the end)"));
    }

    void requestOfARow()
    {
        QString error;
        ScheduledOperation op = row(1, QStringLiteral("scheduled"), 0);
        auto request = scheduledRequest(op, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->kind, OperationKind::Switchover);
        QCOMPARE(request->node, QStringLiteral("pg2"));
        op.kind = QStringLiteral("upgrade");
        op.packages = {QStringLiteral("haproxy")};
        op.switchBack = true;
        request = scheduledRequest(op, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->packages, QStringList {QStringLiteral("haproxy")});
        QVERIFY(request->switchBack);
        QVERIFY(isSchedulable(request->kind));
        op.packages = {QStringLiteral("nginx")};
        QVERIFY(!scheduledRequest(op, &error));
        op.kind = QStringLiteral("fence"); // recorded by hand: never run
        QVERIFY(!scheduledRequest(op, &error));
        QVERIFY2(error.contains(QLatin1String("cannot be scheduled")), qPrintable(error));
        QVERIFY(!isSchedulable(OperationKind::Restore));
    }

    void reminderFromItsTimeUntilItStarts()
    {
        // 20 min ahead with a 15 min reminder: nothing yet.
        QVERIFY(withSchedule({row(1, QStringLiteral("scheduled"), 1200)}).healthy());
        // 12 min ahead: the reminder, a warning naming what, when and who.
        ClusterSnapshot s = withSchedule({row(1, QStringLiteral("scheduled"), 720)});
        const Alarm* a = find(s, AlarmKind::OperationScheduledSoon);
        QVERIFY(a);
        QCOMPARE(a->severity, Severity::Warning);
        QCOMPARE(toId(a->kind), QStringLiteral("operation-scheduled-soon"));
        QVERIFY2(a->title.contains(QLatin1String("Switchover to pg2 at 2026-12-06 02:00 UTC, in 12 min"))
                && a->title.contains(QLatin1String("alice@ws1")),
            qPrintable(a->title));
        QVERIFY2(a->action.contains(QLatin1String("--cancel 1")), qPrintable(a->action));
        QCOMPARE(s.scheduleNode, QStringLiteral("pg1"));
        // Due a minute ago and not started yet: still the reminder, no missed alarm.
        s = withSchedule({row(1, QStringLiteral("scheduled"), -60)});
        QVERIFY(find(s, AlarmKind::OperationScheduledSoon));
        QVERIFY(!find(s, AlarmKind::ScheduledOperationMissed));
        // Started: no reminder.
        QVERIFY(withSchedule({row(1, QStringLiteral("running"), -10)}).healthy());
        // No reminder asked for (0): nothing before its time.
        QVERIFY(withSchedule({row(1, QStringLiteral("scheduled"), 30, 0)}).healthy());
        // Two soon: one alarm, the earliest, with the count.
        s = withSchedule(
            {row(1, QStringLiteral("scheduled"), 300), row(2, QStringLiteral("scheduled"), 600)});
        QCOMPARE(s.alarms.size(), 1);
        QVERIFY2(
            s.alarms.first().title.contains(QLatin1String("and 1 more")), qPrintable(s.alarms.first().title));
    }

    void missedAfterFiveMinutes()
    {
        ClusterSnapshot s = withSchedule({row(4, QStringLiteral("scheduled"), -301)});
        const Alarm* a = find(s, AlarmKind::ScheduledOperationMissed);
        QVERIFY(a);
        QCOMPARE(a->severity, Severity::Critical);
        QCOMPARE(toId(a->kind), QStringLiteral("scheduled-operation-missed"));
        QVERIFY(!find(s, AlarmKind::OperationScheduledSoon));
        QVERIFY2(a->action.contains(QLatin1String("pgpilot watch"))
                && a->action.contains(QLatin1String("--cancel 4")),
            qPrintable(a->action));
        // Finished or cancelled rows raise nothing.
        QVERIFY(
            withSchedule({row(4, QStringLiteral("done"), -4000), row(5, QStringLiteral("cancelled"), -4000)})
                .healthy());
        // Nobody reads the table: nothing to say.
        ClusterSnapshot none = demoSnapshot(DemoScenario::Healthy, 3);
        none.nodes[1].pg.schedule.rows = {row(4, QStringLiteral("scheduled"), -400)}; // read false
        deriveCluster(none);
        QVERIFY(none.scheduled.isEmpty());
    }

    // Without a primary the newest copy a node answered with is used.
    void standbysCopyWithoutPrimary()
    {
        ClusterSnapshot s = demoSnapshot(DemoScenario::Healthy, 3);
        s.nodes[0].pg.reachable = false;
        s.nodes[1].pg.schedule = {true, {row(1, QStringLiteral("scheduled"), 50)}};
        s.nodes[2].pg.schedule
            = {true, {row(1, QStringLiteral("scheduled"), 50), row(2, QStringLiteral("scheduled"), 60)}};
        deriveCluster(s);
        QCOMPARE(s.scheduleNode, QStringLiteral("pg3"));
        QCOMPARE(s.scheduled.size(), 2);
    }

    // The result joins the timeline once, when the row turns done or failed.
    void resultInTheTimeline()
    {
        ScheduledOperation running = row(6, QStringLiteral("running"), -30);
        ScheduledOperation done = running;
        done.state = QStringLiteral("done");
        done.summary = QStringLiteral(
            "Switchover to pg2: done and verified in 8.1 s, write outage 1.9 s (12 writes failed)");
        const ClusterSnapshot before = withSchedule({running});
        ClusterSnapshot after = withSchedule({done});
        QList<ClusterEvent> events = diffSnapshots(before, after);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, ClusterEvent::Kind::Operation);
        QCOMPARE(events.first().node, QStringLiteral("pg2"));
        QCOMPARE(events.first().text, QStringLiteral("Scheduled #6: ") + done.summary);
        QCOMPARE(events.first().severity, Severity::Warning);
        QVERIFY(diffSnapshots(after, after).isEmpty()); // once
        for (const ClusterEvent& e : diffSnapshots({}, after)) // a first snapshot reports no old result
            QVERIFY(e.kind != ClusterEvent::Kind::Operation);
        ScheduledOperation failed = done;
        failed.state = QStringLiteral("failed");
        failed.summary = QStringLiteral("Switchover to pg2: refused, nothing changed: pg2 lags");
        events
            = diffSnapshots(withSchedule({row(6, QStringLiteral("scheduled"), -1)}), withSchedule({failed}));
        // the reminder's alarm clears in the same step
        events.removeIf([](const ClusterEvent& e) { return e.kind == ClusterEvent::Kind::AlarmCleared; });
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().severity, Severity::Critical);
    }

    void statusShowsIt()
    {
        ClusterSnapshot s = withSchedule({row(1, QStringLiteral("scheduled"), 720)});
        const QJsonArray list = snapshotToJson(s).value(QLatin1String("scheduled")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject o = list.first().toObject();
        QCOMPARE(o.value(QLatin1String("operation")).toString(), QStringLiteral("switchover"));
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(o.value(QLatin1String("at")).toString(), QStringLiteral("2026-12-06T02:00:00Z"));
        QCOMPARE(o.value(QLatin1String("seconds_until")).toDouble(), 720.0);
        const QString text = snapshotToText(s);
        QVERIFY2(text.contains(QLatin1String("Scheduled: #1 Switchover to pg2 at 2026-12-06 02:00 UTC, in 12 "
                                             "min, requested by alice@ws1: scheduled")),
            qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
