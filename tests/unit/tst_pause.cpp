// SPDX-License-Identifier: GPL-3.0-or-later
// Pause and unpause automatic failover (issue 20): the window's parsing, the plans and the
// verdicts of their criteria on outputs shaped like repmgr's and psql's, the narration of
// repmgr's lines, the monitor's reading of the window and the two alarms derived from it, and
// what `pgpilot status --json` says.
#include "cli/statuscommand.h"
#include "exec/clustersession.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "monitor/pausetext.h"
#include "monitor/pgstatements.h"
#include "ops/pause.h"
#include "runbook/builder.h"
#include "secrets/memorysecretstore.h"
#include "testspecs.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

using namespace pgpilot;

namespace {

OperationPlan plan(OperationKind kind, const QString& window = {}, const QString& reason = {})
{
    OperationRequest r;
    r.kind = kind;
    r.option = window;
    r.reason = reason;
    r.requestedBy = QStringLiteral("alice@ws1");
    return buildOperation(validTestSpec(), r);
}

const Criterion* findCriterion(const Phase& phase, const QString& id)
{
    for (const Criterion& c : phase.checkpoint) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

CommandOutput out(const QByteArray& stdOut, int exitCode = 0, const QByteArray& stdErr = {})
{
    CommandOutput o;
    o.reached = true;
    o.exitCode = exitCode;
    o.stdOut = stdOut;
    o.stdErr = stdErr;
    return o;
}

CommandOutput unreached()
{
    CommandOutput o;
    o.error = QStringLiteral("connect to 10.0.1.13:22: No route to host");
    return o;
}

const CriterionResult* failedFor(const QList<CriterionResult>& results, const QString& node)
{
    for (const CriterionResult& r : results) {
        if (!r.passed && r.node == node)
            return &r;
    }
    return nullptr;
}

bool allPassed(const QList<CriterionResult>& results)
{
    return !results.isEmpty()
        && std::all_of(results.cbegin(), results.cend(), [](const CriterionResult& r) { return r.passed; });
}

// A healthy 3-node snapshot whose nodes report these repmgrd pause flags (nullopt: not read) and
// whose primary (pg1) holds this window.
ClusterSnapshot pausedSnapshot(const QList<std::optional<bool>>& paused, const PauseWindow& window = {})
{
    ClusterSnapshot s = demoSnapshot(DemoScenario::Healthy, 3);
    for (int i = 0; i < s.nodes.size(); ++i)
        s.nodes[i].pg.repmgrdPaused = paused.value(i);
    s.nodes[0].pg.pauseWindow = window;
    deriveCluster(s);
    return s;
}

PauseWindow window(double secondsLeft, qint64 id = 7)
{
    PauseWindow w;
    w.read = true;
    w.open = true;
    w.id = id;
    w.since = QDateTime(QDate(2025, 3, 14), QTime(9, 0), Qt::UTC);
    w.until = QDateTime(QDate(2025, 3, 14), QTime(10, 0), Qt::UTC);
    w.by = QStringLiteral("alice@ws1");
    w.reason = QStringLiteral("kernel update on pg2");
    w.secondsLeft = secondsLeft;
    return w;
}

const Alarm* find(const ClusterSnapshot& s, AlarmKind kind)
{
    for (const Alarm& a : s.alarms) {
        if (a.kind == kind)
            return &a;
    }
    return nullptr;
}

struct ResultDeleter
{
    void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// A text-format result with these rows, as the server would send it (nullopt cells: NULL).
Result makeResult(int columns, const QList<QList<std::optional<QByteArray>>>& rows)
{
    Result result(PQmakeEmptyPGresult(nullptr, PGRES_TUPLES_OK));
    std::vector<QByteArray> names;
    names.reserve(static_cast<size_t>(columns));
    std::vector<PGresAttDesc> attributes(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c) {
        names.push_back("c" + QByteArray::number(c));
        attributes[size_t(c)] = PGresAttDesc {names.back().data(), 0, 0, 0, 25, -1, -1};
    }
    if (!PQsetResultAttrs(result.get(), columns, attributes.data()))
        return nullptr;
    for (int i = 0; i < rows.size(); ++i) {
        for (int c = 0; c < columns; ++c) {
            const auto cell = rows.at(i).value(c);
            QByteArray bytes = cell.value_or(QByteArray());
            if (!PQsetvalue(result.get(), i, c, cell ? bytes.data() : nullptr, cell ? int(bytes.size()) : -1))
                return nullptr;
        }
    }
    return result;
}

} // namespace

class TestPause : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes"); // -1: refused
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("default") << QString() << 60 << QString();
        QTest::newRow("minutes") << QStringLiteral("30m") << 30 << QString();
        QTest::newRow("min") << QStringLiteral("45min") << 45 << QString();
        QTest::newRow("plain number") << QStringLiteral("90") << 90 << QString();
        QTest::newRow("hours") << QStringLiteral("2h") << 120 << QString();
        QTest::newRow("hours and minutes") << QStringLiteral("1h30m") << 90 << QString();
        QTest::newRow("spaces, capitals") << QStringLiteral(" 1H 30M ") << 90 << QString();
        QTest::newRow("24 hours") << QStringLiteral("24h") << 1440 << QString();
        QTest::newRow("one minute over")
            << QStringLiteral("24h1m") << -1 << QStringLiteral("longer than 24 hours");
        QTest::newRow("days") << QStringLiteral("1500") << -1 << QStringLiteral("longer than 24 hours");
        QTest::newRow("zero") << QStringLiteral("0m") << -1 << QStringLiteral("at least 1 minute");
        QTest::newRow("seconds") << QStringLiteral("30s") << -1 << QStringLiteral("in seconds");
        QTest::newRow("fraction") << QStringLiteral("1.5h") << -1 << QStringLiteral("e.g. 30m, 2h or 1h30m");
        QTest::newRow("negative") << QStringLiteral("-5m") << -1 << QStringLiteral("not a window");
        QTest::newRow("words") << QStringLiteral("an hour") << -1 << QStringLiteral("not a window");
        QTest::newRow("shell") << QStringLiteral("30m; rm -rf /") << -1 << QStringLiteral("not a window");
        QTest::newRow("huge") << QStringLiteral("99999999999999h") << -1 << QStringLiteral("not a window");
    }

    void windowDurations()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        QFETCH(QString, errorPart);
        QString error;
        const auto got = parsePauseWindow(text, &error);
        if (minutes < 0) {
            QVERIFY2(!got, qPrintable(text));
            QVERIFY2(error.contains(errorPart), qPrintable(error));
        } else {
            QCOMPARE(got, std::optional<int>(minutes));
        }
    }

    void reasonsAndRequester()
    {
        QVERIFY(
            pauseReasonError(QStringLiteral("kernel update on pg2 (ticket #1234) \u00e9t\u00e9")).isEmpty());
        QVERIFY(pauseReasonError({}).isEmpty());
        QVERIFY(pauseReasonError(QStringLiteral("two\nlines")).contains(QLatin1String("one line")));
        QVERIFY(pauseReasonError(QString(201, QLatin1Char('x'))).contains(QLatin1String("201")));
        const QString me = localRequester();
        QVERIFY2(me.contains(QLatin1Char('@')) && pauseReasonError(me).isEmpty(), qPrintable(me));
    }

    void plansCheckTheRequest()
    {
        const OperationPlan bad = plan(OperationKind::Pause, QStringLiteral("3 days"));
        QVERIFY(!bad.valid());
        QVERIFY2(bad.error.contains(QLatin1String("30m")), qPrintable(bad.error));
        QVERIFY(!plan(OperationKind::Pause, {}, QStringLiteral("a\tb")).valid());
        QVERIFY(!plan(OperationKind::Unpause, QStringLiteral("30m")).valid());

        const OperationPlan p
            = plan(OperationKind::Pause, QStringLiteral("2h"), QStringLiteral("kernel update"));
        QVERIFY2(p.valid(), qPrintable(p.error));
        QCOMPARE(p.phase.number, kPausePhase);
        QCOMPARE(operationKindFromString(QStringLiteral("pause")), std::optional(OperationKind::Pause));
        QCOMPARE(operationKindFromString(QStringLiteral("unpause")), std::optional(OperationKind::Unpause));
        QStringList pre;
        for (const Criterion& c : p.prechecks.checkpoint)
            pre << c.id;
        QCOMPARE(pre,
            (QStringList {QStringLiteral("reach"), QStringLiteral("pause-state"), QStringLiteral("repmgrd"),
                QStringLiteral("current-primary"), QStringLiteral("repmgr-dry-run")}));
        QStringList steps;
        for (const Step& s : p.phase.steps)
            steps << s.id;
        QCOMPARE(steps, (QStringList {QStringLiteral("p18.window"), QStringLiteral("p18.pause")}));
        QVERIFY2(p.confirmation.contains(QLatin1String("2 h 00 min"))
                && p.confirmation.contains(QLatin1String("alice@ws1"))
                && p.confirmation.contains(QLatin1String("kernel update")),
            qPrintable(p.confirmation));

        const OperationPlan u = plan(OperationKind::Unpause);
        QVERIFY2(u.valid(), qPrintable(u.error));
        steps.clear();
        for (const Step& s : u.phase.steps)
            steps << s.id;
        QCOMPARE(steps, (QStringList {QStringLiteral("p19.resume"), QStringLiteral("p19.window")}));
        QVERIFY(findCriterion(u.verification, QStringLiteral("cluster-show")));

        OperationResult r;
        r.request = p.request;
        r.ok = true;
        r.durationMs = 1200;
        QVERIFY2(r.summary().startsWith(QLatin1String("Pausing automatic failover for 2 h 00 min: done")),
            qPrintable(r.summary()));
    }

    // What the admin types reaches SQL hex-encoded only, and repmgr as its own command.
    void typedTextNeverReachesTheCommandsAsIs()
    {
        const QString reason = QStringLiteral("it's $(reboot) `id`; DROP TABLE x; --");
        const OperationPlan p = plan(OperationKind::Pause, QStringLiteral("30m"), reason);
        QVERIFY2(p.valid(), qPrintable(p.error));
        const QString commands = operationCommandsText(p);
        QVERIFY(!commands.contains(QLatin1String("reboot")));
        QVERIFY(!commands.contains(QLatin1String("DROP TABLE")));
        QVERIFY(commands.contains(QString::fromLatin1(reason.toUtf8().toHex())));
        QVERIFY(commands.contains(QString::fromLatin1(QByteArray("alice@ws1").toHex())));
        QVERIFY(commands.contains(QLatin1String("make_interval(mins => 30)")));
        QVERIFY(commands.contains(QLatin1String("service pause")));
        QVERIFY(commands.contains(QLatin1String("GRANT SELECT ON pgpilot.failover_pause TO pg_monitor")));
        QVERIFY(
            operationCommandsText(plan(OperationKind::Unpause)).contains(QLatin1String("service unpause")));
    }

    // The pre-checks refuse, naming the node, when a node does not answer over SSH, its PostgreSQL
    // is down, its repmgrd does not run, or repmgr on the primary cannot reach it.
    void prechecksRefuseAndNameTheNode()
    {
        const OperationPlan p = plan(OperationKind::Pause);
        const Criterion* reach = findCriterion(p.prechecks, QStringLiteral("reach"));
        const Criterion* state = findCriterion(p.prechecks, QStringLiteral("pause-state"));
        const Criterion* dry = findCriterion(p.prechecks, QStringLiteral("repmgr-dry-run"));
        QVERIFY(reach && state && dry);

        QHash<QString, CommandOutput> outputs {{QStringLiteral("pg1"), out("pg1\n")},
            {QStringLiteral("pg2"), out("pg2\n")}, {QStringLiteral("pg3"), unreached()}};
        const auto r = reach->evaluate(outputs);
        QVERIFY(failedFor(r, QStringLiteral("pg3")));
        QVERIFY(!failedFor(r, QStringLiteral("pg1")));

        outputs = {{QStringLiteral("pg1"), out("true|false\n")}, {QStringLiteral("pg2"), out("true|false\n")},
            {QStringLiteral("pg3"), out("", 2, "psql: error: connection to server on socket failed")}};
        const auto down = state->evaluate(outputs);
        const CriterionResult* pg3 = failedFor(down, QStringLiteral("pg3"));
        QVERIFY(pg3);
        QVERIFY2(pg3->seen.contains(QLatin1String("does not answer")), qPrintable(pg3->seen));
        QVERIFY2(pg3->likelyCause.contains(QLatin1String("Start PostgreSQL on pg3")),
            qPrintable(pg3->likelyCause));
        outputs[QStringLiteral("pg3")] = out("false|false\n");
        const auto stopped = state->evaluate(outputs);
        QVERIFY(failedFor(stopped, QStringLiteral("pg3")));
        QVERIFY(failedFor(stopped, QStringLiteral("pg3"))
                    ->likelyCause.contains(QLatin1String("systemctl start")));
        outputs[QStringLiteral("pg3")] = out("true|true\n"); // paused already: said, not refused
        const auto fine = state->evaluate(outputs);
        QVERIFY(allPassed(fine));
        QVERIFY(fine.last().seen.contains(QLatin1String("running, paused")));

        const QByteArray standby = "pgpilot: a standby here; the primary does this\n";
        outputs
            = {{QStringLiteral("pg1"),
                   out("INFO: would pause node 1 (pg1)\nWARNING: unable to connect to node 3\nERROR: unable "
                       "to pause 1 node(s)\n",
                       26)},
                {QStringLiteral("pg2"), out(standby)}, {QStringLiteral("pg3"), out(standby)}};
        const auto refused = dry->evaluate(outputs);
        QCOMPARE(refused.size(), 1);
        QVERIFY(!refused.first().passed);
        QVERIFY2(refused.first().seen.contains(QLatin1String("cannot connect to pg3")),
            qPrintable(refused.first().seen));
        outputs[QStringLiteral("pg1")]
            = out("INFO: would pause node 1 (pg1)\nINFO: would pause node 2 (pg2)\n");
        QVERIFY(allPassed(dry->evaluate(outputs)));
    }

    // Pre-checks refused: the runner changes nothing and says why (no session was ever opened).
    void runnerRefusesWithoutAConnection()
    {
        ClusterSpec spec = validTestSpec();
        MemorySecretStore secrets;
        ClusterSession session(spec, &secrets);
        OperationRequest request;
        request.kind = OperationKind::Pause;
        request.option = QStringLiteral("1m");
        OperationRunner runner(&session, request);
        QSignalSpy finished(&runner, &OperationRunner::finished);
        runner.start();
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<OperationResult>();
        QVERIFY(result.refused);
        QVERIFY(!result.ok);
        QVERIFY2(result.summary().contains(QLatin1String("refused, nothing changed")),
            qPrintable(result.summary()));
    }

    void verificationVerdicts()
    {
        const OperationPlan p = plan(OperationKind::Pause);
        const Criterion* paused = findCriterion(p.verification, QStringLiteral("paused"));
        const Criterion* window = findCriterion(p.verification, QStringLiteral("pause-window"));
        QVERIFY(paused && window);
        QHash<QString, CommandOutput> outputs {{QStringLiteral("pg1"), out("true|true\n")},
            {QStringLiteral("pg2"), out("true|true\n")}, {QStringLiteral("pg3"), out("true|false\n")}};
        const auto mixed = paused->evaluate(outputs);
        QVERIFY(failedFor(mixed, QStringLiteral("pg3")));
        QVERIFY(!failedFor(mixed, QStringLiteral("pg2")));
        outputs[QStringLiteral("pg3")] = out("true|true\n");
        QVERIFY(allPassed(paused->evaluate(outputs)));

        const QByteArray standby = "pgpilot: a standby here; the primary does this\n";
        outputs = {{QStringLiteral("pg1"), out(standby)}, {QStringLiteral("pg2"), out("open|1|3598\n")},
            {QStringLiteral("pg3"), out(standby)}};
        QVERIFY(allPassed(window->evaluate(outputs)));
        outputs[QStringLiteral("pg2")] = out("open|1|-5\n"); // already past: not what was asked
        QVERIFY(!allPassed(window->evaluate(outputs)));

        const OperationPlan u = plan(OperationKind::Unpause);
        const Criterion* closed = findCriterion(u.verification, QStringLiteral("pause-window"));
        QVERIFY(closed);
        outputs[QStringLiteral("pg2")] = out("open|0|\n");
        QVERIFY(allPassed(closed->evaluate(outputs)));
        outputs[QStringLiteral("pg2")] = out("none|0|\n");
        QVERIFY(allPassed(closed->evaluate(outputs)));
        outputs[QStringLiteral("pg2")] = out("open|1|20\n");
        QVERIFY(!allPassed(closed->evaluate(outputs)));
    }

    void narration()
    {
        QCOMPARE(pauseNarration(QStringLiteral("pg1"), QStringLiteral("NOTICE: node 2 (pg2) paused")),
            QStringLiteral("repmgrd on pg2 is paused"));
        QCOMPARE(pauseNarration(QStringLiteral("pg1"), QStringLiteral("NOTICE: node 3 (pg3) unpaused")),
            QStringLiteral("repmgrd on pg3 acts on failures again"));
        QCOMPARE(pauseNarration(QStringLiteral("pg1"), QStringLiteral("NOTICE: node 3 (pg3) not paused")),
            QStringLiteral("repmgr could not pause pg3"));
        QCOMPARE(pauseNarration(QStringLiteral("pg1"),
                     QStringLiteral("pgpilot: repmgrd is already paused on every node: 'pg1' 'pg2' 'pg3'")
                         .remove(QLatin1Char('\''))),
            QStringLiteral("repmgrd was already paused on every node (pg1 pg2 pg3): nothing to change"));
        QCOMPARE(pauseNarration(QStringLiteral("pg2"),
                     QStringLiteral("pgpilot-pause-window since 2026-12-05 10:15:00 UTC until 2026-12-05 "
                                    "11:15:00 UTC")),
            QStringLiteral("Window recorded on pg2: failover paused since 2026-12-05 10:15:00 UTC, until "
                           "2026-12-05 11:15:00 UTC"));
        QCOMPARE(pauseNarration(QStringLiteral("pg2"), QStringLiteral("pgpilot-pause-closed 1")),
            QStringLiteral("The recorded window is closed on pg2"));
        QVERIFY(
            pauseNarration(QStringLiteral("pg1"), QStringLiteral("INFO: connecting to database")).isEmpty());
    }

    // The monitor's statements: the pause flag with repmgrd's, the window where the table may be read.
    void statementReaders()
    {
        const Result repmgrd = makeResult(3, {{QByteArray("t"), QByteArray("2"), QByteArray("t")}});
        QVERIFY(repmgrd);
        PgStatus s;
        kPollStatements[RepmgrdStatement].read(repmgrd.get(), s);
        QCOMPARE(s.repmgrdPaused, std::optional<bool>(true));
        const Result window = makeResult(6,
            {{QByteArray("7"), QByteArray("1741942800000"), QByteArray("1741946400000"),
                QByteArray("alice@ws1"), QByteArray("kernel"), QByteArray("-61.5")}});
        QVERIFY(window);
        kPollStatements[PauseWindowStatement].read(window.get(), s);
        QVERIFY(s.pauseWindow.read && s.pauseWindow.open);
        QCOMPARE(s.pauseWindow.id, 7);
        QCOMPARE(s.pauseWindow.until, QDateTime::fromMSecsSinceEpoch(1741946400000, Qt::UTC));
        QCOMPARE(s.pauseWindow.by, QStringLiteral("alice@ws1"));
        QCOMPARE(s.pauseWindow.secondsLeft, std::optional<double>(-61.5));
        const Result none = makeResult(6, {});
        kPollStatements[PauseWindowStatement].read(none.get(), s);
        QVERIFY(s.pauseWindow.read && !s.pauseWindow.open);

        // the status statement's last column calls for the window statement
        QList<std::optional<QByteArray>> row(14);
        row[0] = QByteArray("f");
        row[9] = QByteArray("t");
        row[10] = QByteArray("t");
        row[13] = QByteArray("t");
        const Result status = makeResult(14, {row});
        QVERIFY(repmgrStatements(status.get()) & pollBit(PauseWindowStatement));
        row[13] = std::nullopt; // no table (or not readable)
        const Result without = makeResult(14, {row});
        QVERIFY(!(repmgrStatements(without.get()) & pollBit(PauseWindowStatement)));
    }

    void deriveWithinTheWindow()
    {
        const ClusterSnapshot s = pausedSnapshot({true, true, true}, window(1380));
        QVERIFY(s.pause.paused());
        QVERIFY(!s.pause.mixed());
        QVERIFY(!s.pause.overdue());
        QCOMPARE(s.pause.windowNode, QStringLiteral("pg1"));
        QVERIFY(!find(s, AlarmKind::FailoverPausedTooLong));
        QVERIFY(!find(s, AlarmKind::FailoverPausedPartly));
        QVERIFY2(s.healthy(), qPrintable(s.alarms.value(0).title));
        const QString text = pauseSummaryText(s.pause);
        QVERIFY2(text.contains(QLatin1String("PAUSED on every node"))
                && text.contains(QLatin1String("23 min left")) && text.contains(QLatin1String("alice@ws1"))
                && text.contains(QLatin1String("kernel update on pg2")),
            qPrintable(text));

        const ClusterSnapshot running = pausedSnapshot({false, false, false}, window(1380));
        QVERIFY(!running.pause.paused());
        QVERIFY(running.healthy());
        QVERIFY(pauseSummaryText(running.pause).isEmpty());
    }

    void derivePastTheWindow()
    {
        const ClusterSnapshot s = pausedSnapshot({true, true, true}, window(-720));
        QVERIFY(s.pause.overdue());
        const Alarm* a = find(s, AlarmKind::FailoverPausedTooLong);
        QVERIFY(a);
        QCOMPARE(a->severity, Severity::Critical);
        QVERIFY2(a->title.contains(QLatin1String("2025-03-14 09:00 UTC"))
                && a->title.contains(QLatin1String("alice@ws1"))
                && a->title.contains(QLatin1String("12 min ago")),
            qPrintable(a->title));
        QVERIFY2(a->meaning.contains(QLatin1String("kernel update on pg2")), qPrintable(a->meaning));
        QVERIFY2(a->action.contains(QLatin1String("pgpilot unpause")), qPrintable(a->action));
        QCOMPARE(s.alarms.first().kind, AlarmKind::FailoverPausedTooLong); // critical: the banner's
        QCOMPARE(toId(a->kind), QStringLiteral("failover-paused-too-long"));

        // past the window but resumed: nothing
        QVERIFY(!find(pausedSnapshot({false, false, false}, window(-720)), AlarmKind::FailoverPausedTooLong));
        // paused without a recorded window (by hand, or a switchover running): shown, no alarm
        const ClusterSnapshot manual = pausedSnapshot({true, true, true});
        QVERIFY(manual.pause.paused() && !manual.pause.window.open);
        QVERIFY(manual.healthy());
        QVERIFY(pauseWindowText(manual.pause).contains(QLatin1String("no window recorded")));
    }

    void deriveMixed()
    {
        const ClusterSnapshot s = pausedSnapshot({true, false, true}, window(600));
        QVERIFY(s.pause.mixed());
        const Alarm* a = find(s, AlarmKind::FailoverPausedPartly);
        QVERIFY(a);
        QCOMPARE(a->severity, Severity::Warning);
        QVERIFY2(a->title.contains(QLatin1String("paused on pg1, pg3 but not on pg2")), qPrintable(a->title));
        QVERIFY(a->action.contains(QLatin1String("pgpilot pause or pgpilot unpause")));
        // a node that does not answer is neither: not mixed
        const ClusterSnapshot quiet = pausedSnapshot({true, std::nullopt, true}, window(600));
        QVERIFY(!quiet.pause.mixed());
        QVERIFY(!find(quiet, AlarmKind::FailoverPausedPartly));
        QCOMPARE(quiet.pause.pausedNodes, (QStringList {QStringLiteral("pg1"), QStringLiteral("pg3")}));
    }

    // The primary's PostgreSQL is down during the maintenance: the window comes from a standby's copy.
    void windowFromAStandbyWhenNoPrimaryAnswers()
    {
        ClusterSnapshot s = demoSnapshot(DemoScenario::Healthy, 3);
        s.nodes[0].pg = PgStatus {};
        s.nodes[0].pg.polled = true;
        s.nodes[0].pg.error = QStringLiteral("connection refused");
        s.nodes[1].pg.repmgrdPaused = true;
        s.nodes[2].pg.repmgrdPaused = true;
        s.nodes[1].pg.pauseWindow = window(-30, 6);
        s.nodes[2].pg.pauseWindow = window(-31, 7);
        deriveCluster(s);
        QCOMPARE(s.pause.windowNode, QStringLiteral("pg3")); // the newest row
        QVERIFY(find(s, AlarmKind::FailoverPausedTooLong));
        QVERIFY(find(s, AlarmKind::NoPrimary));
    }

    void statusJson()
    {
        const ClusterSnapshot s = pausedSnapshot({true, true, true}, window(1380));
        const QJsonObject json = snapshotToJson(s);
        const QJsonObject pause = json.value(QStringLiteral("pause")).toObject();
        QVERIFY(pause.value(QStringLiteral("paused")).toBool());
        QVERIFY(!pause.value(QStringLiteral("overdue")).toBool());
        QCOMPARE(pause.value(QStringLiteral("paused_nodes")).toArray().size(), 3);
        const QJsonObject w = pause.value(QStringLiteral("window")).toObject();
        QCOMPARE(w.value(QStringLiteral("until")).toString(), QStringLiteral("2025-03-14T10:00:00Z"));
        QCOMPARE(w.value(QStringLiteral("seconds_left")).toDouble(), 1380.0);
        QCOMPARE(w.value(QStringLiteral("by")).toString(), QStringLiteral("alice@ws1"));
        const QJsonObject node = json.value(QStringLiteral("nodes"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("postgres"))
                                     .toObject();
        QVERIFY(node.value(QStringLiteral("repmgrd_paused")).toBool());
        QVERIFY(snapshotToText(s).contains(QLatin1String("Automatic failover PAUSED")));
        const QJsonObject running
            = snapshotToJson(pausedSnapshot({false, false, false})).value(QStringLiteral("pause")).toObject();
        QVERIFY(!running.value(QStringLiteral("paused")).toBool());
        QVERIFY(running.value(QStringLiteral("window")).isNull());
    }

    void spans()
    {
        QCOMPARE(pauseSpanText(40), QStringLiteral("40 s"));
        QCOMPARE(pauseSpanText(-720), QStringLiteral("12 min"));
        QCOMPARE(pauseSpanText(3900), QStringLiteral("1 h 05 min"));
        QCOMPARE(pauseSpanText(86400.0 * 3 + 7200), QStringLiteral("3 d 2 h"));
    }
};

QTEST_GUILESS_MAIN(TestPause)
#include "tst_pause.moc"
