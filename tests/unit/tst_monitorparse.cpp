// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/statuscommand.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "monitor/eventlog.h"
#include "monitor/probeparse.h"
#include "monitor/vipprobe.h"

#include <QJsonArray>
#include <QTest>

using namespace pgpilot;

namespace {

// HAProxy 2.6 CSV, shortened to the columns before "type" plus a few after.
const QByteArray kCsv
    = "# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,"
      "status,weight,act,bck,chkfail,chkdown,lastchg,downtime,qlimit,pid,iid,sid,throttle,lbtot,tracked,"
      "type,rate,\n"
      "stats,FRONTEND,,,1,1,262124,3,0,0,0,0,0,,,,,OPEN,,,,,,,,,1,2,0,,,,0,0,\n"
      "stats,BACKEND,0,0,0,0,26213,0,0,0,0,0,,0,0,0,0,UP,0,0,0,,0,10,,,1,2,0,,0,,1,0,\n"
      "pg_write,FRONTEND,,,2,5,4000,12,0,0,0,0,0,,,,,OPEN,,,,,,,,,1,3,0,,,,0,0,\n"
      "pg_primary,pg1,0,0,2,3,,12,0,0,,0,,0,0,0,0,UP,1,1,0,0,0,10,0,,1,5,1,,12,,2,0,\n"
      "pg_primary,pg2,0,0,0,0,,0,0,0,,0,,0,0,0,0,DOWN,1,1,0,1,1,9,9,,1,5,2,,0,,2,0,\n"
      "pg_primary,pg3,0,0,0,0,,0,0,0,,0,,0,0,0,0,DOWN,1,1,0,1,1,9,9,,1,5,3,,0,,2,0,\n"
      "pg_primary,BACKEND,0,0,2,3,400,12,0,0,0,0,,0,0,0,0,UP,1,1,0,,0,10,0,,1,5,0,,12,,1,0,\n"
      "pg_replicas,pg1,0,0,0,0,,0,0,0,,0,,0,0,0,0,DOWN,1,1,0,1,1,9,9,,1,6,1,,0,,2,0,\n"
      "pg_replicas,pg2,0,0,4,4,,40,0,0,,0,,0,0,0,0,UP,1,1,0,0,0,10,0,,1,6,2,,20,,2,0,\n"
      "pg_replicas,pg3,0,0,3,4,,38,0,0,,0,,0,0,0,0,UP 1/2,1,1,0,0,0,10,0,,1,6,3,,18,,2,0,\n"
      "pg_replicas,BACKEND,0,0,7,8,400,78,0,0,0,0,,0,0,0,0,UP,2,2,0,,0,10,0,,1,6,0,,38,,1,0,\n";

} // namespace

class TestMonitorParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lsn()
    {
        QCOMPARE(parseLsn(QStringLiteral("16/B374D848")), std::optional<quint64>(0x16B374D848ULL));
        QCOMPARE(parseLsn(QStringLiteral("0/0")), std::optional<quint64>(0));
        QVERIFY(!parseLsn(QString()));
        QVERIFY(!parseLsn(QStringLiteral("16B374D848")));
        QVERIFY(!parseLsn(QStringLiteral("x/1")));
        QVERIFY(!parseLsn(QStringLiteral("1/")));
        QCOMPARE(formatLsn(0x16B374D848ULL), QStringLiteral("16/B374D848"));
        QCOMPARE(formatLsn(std::nullopt), QString());
    }

    void haproxyCsv()
    {
        QList<HaproxyBackend> backends;
        QString error;
        QVERIFY(parseHaproxyCsv(kCsv, &backends, &error));
        QCOMPARE(backends.size(), 2); // "stats" has no servers
        QCOMPARE(backends[0].name, QStringLiteral("pg_primary"));
        QCOMPARE(backends[0].status, QStringLiteral("UP"));
        QCOMPARE(backends[0].servers.size(), 3);
        QCOMPARE(backends[0].upServers(), QStringList {QStringLiteral("pg1")});
        QCOMPARE(backends[0].servers[0].currentSessions, 2);
        QCOMPARE(backends[0].servers[0].totalSessions, 12);
        QCOMPARE(backends[1].upServers(), (QStringList {QStringLiteral("pg2"), QStringLiteral("pg3")}));
        HaproxyStatus status;
        status.backends = backends;
        QCOMPARE(status.writeBackend()->name, QStringLiteral("pg_primary"));
        QCOMPARE(status.readBackend()->name, QStringLiteral("pg_replicas"));
    }

    void haproxyCsvOtherNamesAndColumnOrder()
    {
        const QByteArray csv = "# svname,pxname,status,type\n"
                               "a,be_rw,UP,2\nb,be_rw,DOWN,2\nBACKEND,be_rw,UP,1\n"
                               "b,be_ro,UP,2\nBACKEND,be_ro,UP,1\n";
        QList<HaproxyBackend> backends;
        QVERIFY(parseHaproxyCsv(csv, &backends, nullptr));
        HaproxyStatus status;
        status.backends = backends;
        QCOMPARE(status.writeBackend()->upServers(), QStringList {QStringLiteral("a")});
        QCOMPARE(status.readBackend()->upServers(), QStringList {QStringLiteral("b")});
    }

    void syncStandbyNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("names");
        const int unknown = int(SyncMode::Unknown);
        const int quorum = int(SyncMode::Quorum);
        const int priority = int(SyncMode::Priority);
        auto row = [](const char* tag, const QString& text, int mode, int count, const QStringList& names) {
            QTest::newRow(tag) << text << mode << count << names;
        };
        row("empty", QString(), int(SyncMode::Async), 0, {});
        row("any", QStringLiteral("ANY 2 (pg1, \"pg2\", pg3)"), quorum, 2,
            {QStringLiteral("pg1"), QStringLiteral("pg2"), QStringLiteral("pg3")});
        row("pgpilot's own", QStringLiteral("ANY 1 (\"pg1\", \"pg2\", \"pg3\")"), quorum, 1,
            {QStringLiteral("pg1"), QStringLiteral("pg2"), QStringLiteral("pg3")});
        row("any lower case, no spaces", QStringLiteral("any 1(a,b)"), quorum, 1,
            {QStringLiteral("a"), QStringLiteral("b")});
        row("first", QStringLiteral("FIRST 1 (a,b)"), priority, 1,
            {QStringLiteral("a"), QStringLiteral("b")});
        row("First mixed case", QStringLiteral("First 2 (a, b, c)"), priority, 2,
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        row("number alone is first", QStringLiteral("2 (a,b,c)"), priority, 2,
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        row("plain list is first 1", QStringLiteral("a, b"), priority, 1,
            {QStringLiteral("a"), QStringLiteral("b")});
        row("one name", QStringLiteral("pg2"), priority, 1, {QStringLiteral("pg2")});
        row("star", QStringLiteral("*"), priority, 1, {QStringLiteral("*")});
        row("any star", QStringLiteral("ANY 1 (*)"), quorum, 1, {QStringLiteral("*")});
        row("a number is a name", QStringLiteral("1"), priority, 1, {QStringLiteral("1")});
        row("names with keywords inside", QStringLiteral("anyone, firstly, _x$1"), priority, 1,
            {QStringLiteral("anyone"), QStringLiteral("firstly"), QStringLiteral("_x$1")});
        row("whitespace everywhere", QStringLiteral("\t ANY\n 2 ( a ,\r b ) "), quorum, 2,
            {QStringLiteral("a"), QStringLiteral("b")});
        row("quoted with space and quote", QStringLiteral("FIRST 1 (\"my standby\", \"say \"\"hi\"\"\")"),
            priority, 1, {QStringLiteral("my standby"), QStringLiteral("say \"hi\"")});
        row("quoted keyword and comma", QStringLiteral("ANY 1 (\"ANY\", \"a,b\")"), quorum, 1,
            {QStringLiteral("ANY"), QStringLiteral("a,b")});
        row("case kept", QStringLiteral("PG1, Pg2"), priority, 1,
            {QStringLiteral("PG1"), QStringLiteral("Pg2")});
        row("non-ascii name", QStringLiteral("n\u00f6de1"), priority, 1, {QStringLiteral("n\u00f6de1")});
        // What PostgreSQL refuses.
        row("blank", QStringLiteral("   "), unknown, 0, {});
        row("zero", QStringLiteral("ANY 0 (a)"), unknown, 0, {});
        row("first zero", QStringLiteral("0 (a, b)"), unknown, 0, {});
        row("no names", QStringLiteral("ANY 1 ()"), unknown, 0, {});
        row("no count", QStringLiteral("ANY (a, b)"), unknown, 0, {});
        row("no parentheses", QStringLiteral("ANY 1 a, b"), unknown, 0, {});
        row("unclosed", QStringLiteral("FIRST 1 (a, b"), unknown, 0, {});
        row("trailing text", QStringLiteral("ANY 1 (a) b"), unknown, 0, {});
        row("trailing comma", QStringLiteral("a, b,"), unknown, 0, {});
        row("keyword as name", QStringLiteral("first"), unknown, 0, {});
        row("unterminated quote", QStringLiteral("\"pg1"), unknown, 0, {});
        row("empty quotes", QStringLiteral("\"\""), unknown, 0, {});
        row("single quotes", QStringLiteral("'pg1'"), unknown, 0, {});
        row("junk", QStringLiteral("pg1; DROP"), unknown, 0, {});
        row("hyphen", QStringLiteral("pg-1"), unknown, 0, {});
        row("digits then letters", QStringLiteral("1abc"), unknown, 0, {});
        row("negative", QStringLiteral("ANY -1 (a)"), unknown, 0, {});
        row("huge count", QStringLiteral("ANY 99999999999999999999 (a)"), unknown, 0, {});
        row("nested", QStringLiteral("ANY 1 (FIRST 1 (a))"), unknown, 0, {});
    }

    void syncStandbyNames()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QFETCH(int, count);
        QFETCH(QStringList, names);
        const SyncSetting s = parseSyncStandbyNames(text);
        QCOMPARE(int(s.mode), mode);
        QCOMPARE(s.count, count);
        QCOMPARE(s.names, names);
    }

    void syncSettingMatchesLikePostgres()
    {
        const SyncSetting named = parseSyncStandbyNames(QStringLiteral("ANY 1 (PG2, \"pg3\")"));
        QVERIFY(named.matches(QStringLiteral("pg2"))); // case-insensitive, as PostgreSQL compares
        QVERIFY(named.matches(QStringLiteral("PG3")));
        QVERIFY(!named.matches(QStringLiteral("pg4")));
        QVERIFY(!named.matches(QString()));
        const SyncSetting any = parseSyncStandbyNames(QStringLiteral("*"));
        QVERIFY(any.matches(QStringLiteral("walreceiver")));
        QVERIFY(!parseSyncStandbyNames(QString()).matches(QStringLiteral("pg2")));
    }

    void haproxyCsvEdgeCases()
    {
        // CRLF line ends, no "type" column, a short line, spaces around fields, no final newline,
        // a header without svname.
        const QByteArray csv = "# pxname, svname ,status,scur\r\n"
                               "pg_primary,pg1, UP ,4\r\n"
                               "pg_primary,pg2\r\n"
                               "pg_primary,BACKEND,UP,4";
        QList<HaproxyBackend> backends;
        QVERIFY(parseHaproxyCsv(csv, &backends, nullptr));
        QCOMPARE(backends.size(), 1);
        QCOMPARE(backends[0].status, QStringLiteral("UP"));
        QCOMPARE(backends[0].servers.size(), 2);
        QCOMPARE(backends[0].servers[0].status, QStringLiteral("UP"));
        QCOMPARE(backends[0].servers[0].currentSessions, 4);
        QCOMPARE(backends[0].servers[1].status, QString());
        QCOMPARE(backends[0].upServers(), QStringList {QStringLiteral("pg1")});
        QString error;
        QVERIFY(!parseHaproxyCsv("# pxname,status\nx,UP\n", &backends, &error));
        QVERIFY(error.contains(QLatin1String("svname")));
        QVERIFY(!parseHaproxyCsv(QByteArray(), &backends, &error));
    }

    void haproxyCsvRejectsHtml()
    {
        QList<HaproxyBackend> backends;
        QString error;
        QVERIFY(!parseHaproxyCsv("<html>stats</html>", &backends, &error));
        QVERIFY(!error.isEmpty());
    }

    void healthBody()
    {
        HealthStatus h;
        QVERIFY(
            parseHealthBody(R"({"lag_bytes": 2048, "receive_lsn": "0/3000060", "replay_delay_seconds": 0.5,
            "replay_lsn": "0/3000060", "role": "replica", "server_version": "17.4", "timeline": 3,
            "wal_lsn": null, "wal_receiver": "streaming"})",
                &h));
        QCOMPARE(h.role, QStringLiteral("replica"));
        QCOMPARE(h.timeline, std::optional<int>(3));
        QCOMPARE(h.lagBytes, std::optional<qint64>(2048));
        QCOMPARE(h.walReceiver, QStringLiteral("streaming"));
        HealthStatus down;
        QVERIFY(parseHealthBody(R"({"error": "query timed out after 3.0s", "role": "unknown"})", &down));
        QCOMPARE(down.role, QStringLiteral("unknown"));
        QCOMPARE(down.bodyError, QStringLiteral("query timed out after 3.0s"));
        QVERIFY(!parseHealthBody("not json", &down));
    }

    void roleOnlyHealthService()
    {
        // The guide's pgchk.py: the HTTP status of /master, then of /replica, is the answer.
        auto answer = [](int status, qint64 ms) {
            HealthStatus h;
            h.polled = true;
            h.reachable = status != 0;
            h.httpStatus = status;
            h.latencyMs = ms;
            if (!status)
                h.error = QStringLiteral("Connection refused");
            return h;
        };
        const HealthStatus primary = roleOnlyHealth(answer(200, 3), std::nullopt, "OK - Primary\n");
        QCOMPARE(primary.role, QStringLiteral("primary"));
        QVERIFY(primary.ok());
        const HealthStatus replica = roleOnlyHealth(answer(503, 3), answer(200, 4), "OK - Replica\n");
        QCOMPARE(replica.role, QStringLiteral("replica"));
        QCOMPARE(replica.latencyMs, qint64(7));
        QVERIFY(replica.ok());
        // It cannot ask PostgreSQL (the guide's unit runs it as root: peer authentication refuses).
        const HealthStatus neither
            = roleOnlyHealth(answer(503, 1), answer(503, 1), "PostgreSQL Unreachable\n");
        QVERIFY(neither.role.isEmpty());
        QCOMPARE(neither.bodyError, QStringLiteral("PostgreSQL Unreachable"));
        QVERIFY(!neither.ok());
        const HealthStatus down = roleOnlyHealth(answer(0, 2000), std::nullopt, {});
        QVERIFY(!down.reachable);
        QCOMPARE(down.error, QStringLiteral("Connection refused"));
        // Whatever answers chooses its words: one short printable line is kept.
        const HealthStatus hostile
            = roleOnlyHealth(answer(503, 1), answer(404, 1), QByteArray(300, 'x') + "\x1b[2J\nsecond line");
        QCOMPARE(hostile.bodyError.size(), 120);
        const HealthStatus escape = roleOnlyHealth(answer(503, 1), answer(404, 1), "a\x1b[2Jb\nc");
        QCOMPARE(escape.bodyError, QStringLiteral("a[2Jb"));
    }

    void vipOutput()
    {
        const QString vip = QStringLiteral("10.0.1.100");
        QVERIFY(SshVipProbe::outputHoldsVip(
            "2: ens3    inet 10.0.1.100/24 scope global secondary ens3\\       valid_lft forever\n", vip));
        QVERIFY(!SshVipProbe::outputHoldsVip("", vip));
        QVERIFY(!SshVipProbe::outputHoldsVip("2: ens3    inet 10.0.1.10/24 scope global ens3\n", vip));
        QVERIFY(!SshVipProbe::outputHoldsVip("2: ens3    inet 10.0.1.1000/24 scope global ens3\n", vip));
        QCOMPARE(SshVipProbe::command(vip), QStringLiteral("ip -o addr show to 10.0.1.100"));
    }

    void diffFirstSnapshotReportsRolesAndAlarms()
    {
        ClusterSnapshot next = demoSnapshot(DemoScenario::FailoverInProgress, 3);
        deriveCluster(next);
        const QList<ClusterEvent> events = diffSnapshots({}, next);
        int roles = 0;
        int raised = 0;
        for (const auto& e : events) {
            roles += e.kind == ClusterEvent::Kind::RoleChange;
            raised += e.kind == ClusterEvent::Kind::AlarmRaised;
        }
        QCOMPARE(roles, 3);
        QCOMPARE(raised, next.alarms.size());
    }

    void diffFailoverSequence()
    {
        ClusterSnapshot a = demoSnapshot(DemoScenario::Healthy, 3, 1);
        ClusterSnapshot b = demoSnapshot(DemoScenario::FailoverInProgress, 3, 2);
        ClusterSnapshot c = demoSnapshot(DemoScenario::SplitBrain, 3, 3);
        for (auto* s : {&a, &b, &c})
            deriveCluster(*s);
        QVERIFY(diffSnapshots(a, a).isEmpty());
        const QList<ClusterEvent> ab = diffSnapshots(a, b);
        QVERIFY(std::any_of(ab.cbegin(), ab.cend(), [](const ClusterEvent& e) {
            return e.kind == ClusterEvent::Kind::RoleChange && e.node == QLatin1String("pg1")
                && e.text.contains(QStringLiteral("primary \u2192 down"));
        }));
        QVERIFY(std::any_of(ab.cbegin(), ab.cend(),
            [](const ClusterEvent& e) { return e.kind == ClusterEvent::Kind::AlarmRaised; }));
        const QList<ClusterEvent> bc = diffSnapshots(b, c);
        QVERIFY(std::any_of(bc.cbegin(), bc.cend(), [](const ClusterEvent& e) {
            return e.kind == ClusterEvent::Kind::VipMove
                && e.text == QStringLiteral("VIP moved pg1 \u2192 pg2");
        }));
        QVERIFY(std::any_of(bc.cbegin(), bc.cend(), [](const ClusterEvent& e) {
            return e.kind == ClusterEvent::Kind::AlarmCleared
                && e.text.contains(QStringLiteral("No primary"));
        }));
    }

    void diffNewRepmgrEvents()
    {
        ClusterSnapshot a = demoSnapshot(DemoScenario::Healthy, 3, 1);
        ClusterSnapshot b = demoSnapshot(DemoScenario::Healthy, 3, 2);
        const QDateTime t = QDateTime(QDate(2025, 3, 14), QTime(9, 31), Qt::UTC);
        a.nodes[0].pg.repmgrEvents = {{1, QStringLiteral("primary_register"), true, t.addSecs(-600), {}}};
        b.nodes[0].pg.repmgrEvents
            = {{2, QStringLiteral("standby_promote"), true, t, QStringLiteral("promoted")},
                a.nodes[0].pg.repmgrEvents.first()};
        b.nodes[1].pg.repmgrEvents = b.nodes[0].pg.repmgrEvents; // same rows seen from another node
        deriveCluster(a);
        deriveCluster(b);
        const QList<ClusterEvent> events = diffSnapshots(a, b);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, ClusterEvent::Kind::Repmgr);
        QVERIFY(events.first().text.contains(QStringLiteral("standby_promote")));
    }

    void diffRepmgrEventsOnlyNewerThanBefore()
    {
        ClusterSnapshot a = demoSnapshot(DemoScenario::Healthy, 3, 1);
        ClusterSnapshot b = demoSnapshot(DemoScenario::Healthy, 3, 2);
        const QDateTime t = QDateTime(QDate(2025, 3, 14), QTime(9, 31), Qt::UTC);
        const RepmgrEvent newest {1, QStringLiteral("standby_register"), true, t, {}};
        a.nodes[1].pg.repmgrEvents = {newest};
        b.nodes[0].pg.repmgrEvents
            = {{3, QStringLiteral("standby_follow"), false, t.addMSecs(1), QStringLiteral("later by 1 ms")},
                {2, QStringLiteral("same_time"), true, t, {}}, // as new as the newest before: not new
                {2, QStringLiteral("no_time"), true, QDateTime(), {}}, // no time: never reported
                {2, QStringLiteral("older"), true, t.addSecs(-1), {}}, newest};
        b.nodes[2].pg.repmgrEvents = b.nodes[0].pg.repmgrEvents;
        deriveCluster(a);
        deriveCluster(b);
        QSet<QString> reported;
        const QList<ClusterEvent> events = diffSnapshots(a, b, &reported);
        QCOMPARE(events.size(), 1);
        QCOMPARE(
            events.first().text, QStringLiteral("repmgr: standby_follow on node 3 (failed): later by 1 ms"));
        QCOMPARE(events.first().time, t.addMSecs(1));
        QCOMPARE(reported.size(), 1);
        QVERIFY(diffSnapshots(b, b, &reported).isEmpty());
        // Nothing before (the first tick): no repmgr event is news.
        const QList<ClusterEvent> first = diffSnapshots(ClusterSnapshot(), b);
        QVERIFY(std::none_of(first.cbegin(), first.cend(),
            [](const ClusterEvent& e) { return e.kind == ClusterEvent::Kind::Repmgr; }));
    }

    void statusOutput()
    {
        ClusterSnapshot healthy = demoSnapshot(DemoScenario::Healthy, 3);
        deriveCluster(healthy);
        QCOMPARE(statusExitCode(healthy), 0);
        const QJsonObject json = snapshotToJson(healthy);
        QCOMPARE(json.value(QLatin1String("healthy")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("nodes")).toArray().size(), 3);
        QCOMPARE(json.value(QLatin1String("vip_holder")).toString(), QStringLiteral("pg1"));
        QCOMPARE(json.value(QLatin1String("nodes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
            QStringLiteral("primary"));
        const QString text = snapshotToText(healthy);
        QVERIFY(text.contains(QStringLiteral("healthy")));
        QVERIFY(text.contains(QStringLiteral("primary+vip")));
        ClusterSnapshot split = demoSnapshot(DemoScenario::SplitBrain, 3);
        deriveCluster(split);
        QCOMPARE(statusExitCode(split), 2);
        QVERIFY(snapshotToText(split).contains(QStringLiteral("CRITICAL: Split brain")));
        QCOMPARE(snapshotToJson(split)
                     .value(QLatin1String("alarms"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
            QStringLiteral("split-brain"));
        ClusterSnapshot warn = demoSnapshot(DemoScenario::Healthy, 3);
        warn.nodes[1].pg.repmgrdRunning = false;
        deriveCluster(warn);
        QCOMPARE(statusExitCode(warn), 1);
    }

    void statusShowsSynchronousReplication()
    {
        ClusterSnapshot healthy = demoSnapshot(DemoScenario::Healthy, 3);
        deriveCluster(healthy);
        const QJsonObject json = snapshotToJson(healthy);
        const QJsonObject replication = json.value(QLatin1String("replication")).toObject();
        QCOMPARE(replication.value(QLatin1String("mode")).toString(), QStringLiteral("quorum"));
        QCOMPARE(replication.value(QLatin1String("count")).toInt(), 1);
        QCOMPARE(replication.value(QLatin1String("confirming")).toInt(), 2);
        QCOMPARE(replication.value(QLatin1String("candidates")).toArray().size(), 2);
        QCOMPARE(replication.value(QLatin1String("synchronous_commit")).toString(), QStringLiteral("on"));
        const QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.at(0).toObject().value(QLatin1String("sync_state")).toString(), QString());
        QCOMPARE(
            nodes.at(1).toObject().value(QLatin1String("sync_state")).toString(), QStringLiteral("quorum"));
        QCOMPARE(nodes.at(1)
                     .toObject()
                     .value(QLatin1String("postgres"))
                     .toObject()
                     .value(QLatin1String("synchronous_standby_names"))
                     .toString(),
            QStringLiteral("ANY 1 (\"pg1\", \"pg2\", \"pg3\")"));
        const QString text = snapshotToText(healthy);
        QVERIFY2(
            text.contains(QStringLiteral("synchronous quorum: ANY 1 of 2 standbys\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(" quorum ")), qPrintable(text));

        ClusterSnapshot lost = demoSnapshot(DemoScenario::QuorumLost, 3);
        deriveCluster(lost);
        QCOMPARE(statusExitCode(lost), 2);
        const QJsonObject first
            = snapshotToJson(lost).value(QLatin1String("alarms")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("sync-quorum-lost"));
        QCOMPARE(first.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(first.value(QLatin1String("node")).toString(), QStringLiteral("pg1"));
        const QString lostText = snapshotToText(lost);
        QVERIFY2(
            lostText.contains(QStringLiteral("CRITICAL: Writes wait: no standby of the synchronous quorum")),
            qPrintable(lostText));
        QVERIFY2(lostText.contains(QStringLiteral("what to do: Start or repair pg2, pg3 (not streaming)")),
            qPrintable(lostText));

        ClusterSnapshot async = demoSnapshot(DemoScenario::Healthy, 3);
        for (auto& n : async.nodes) {
            n.pg.syncStandbyNames.clear();
            n.pg.sync = parseSyncStandbyNames(QString());
        }
        for (auto& peer : async.nodes[0].pg.replication)
            peer.syncState = QStringLiteral("async");
        deriveCluster(async);
        QCOMPARE(snapshotToJson(async)
                     .value(QLatin1String("replication"))
                     .toObject()
                     .value(QLatin1String("mode"))
                     .toString(),
            QStringLiteral("async"));
        QVERIFY(snapshotToText(async).contains(QStringLiteral("asynchronous replication\n")));
    }

    void eventLogBoundedAndExported()
    {
        EventLog log(3);
        const QDateTime t = QDateTime(QDate(2025, 3, 14), QTime(9, 30, 0, 250), Qt::UTC);
        QList<ClusterEvent> events;
        for (int i = 0; i < 5; ++i)
            events.append({t.addSecs(i), ClusterEvent::Kind::Operation, QStringLiteral("pg%1").arg(i),
                QStringLiteral("op %1").arg(i), Severity::Warning});
        events[4].text = QStringLiteral("switchover \"pg1\" to pg2, now");
        QCOMPARE(log.append(events), 2);
        QCOMPARE(log.events().size(), 3);
        QCOMPARE(log.totalAppended(), quint64(5));
        QCOMPARE(log.events().first().text, QStringLiteral("op 2"));
        const QByteArray csv = EventLog::toCsv(log.events());
        QVERIFY(csv.startsWith("time,kind,node,severity,text\r\n"));
        QVERIFY(csv.contains(
            "2025-03-14T09:30:04.250Z,operation,pg4,warning,\"switchover \"\"pg1\"\" to pg2, now\"\r\n"));
        const QString text = EventLog::toText(log.events());
        QCOMPARE(text.count(QLatin1Char('\n')), 3);
        QVERIFY(text.startsWith(QStringLiteral("2025-03-14T09:30:02Z operation")));
    }
};

QTEST_GUILESS_MAIN(TestMonitorParse)
#include "tst_monitorparse.moc"
