// SPDX-License-Identifier: GPL-3.0-or-later
// repmgr's events recorded on the nodes (issue 18): the node-side script
// (resources/templates/pgpilot-health.py record-event, run here with python3 on a temporary file),
// the read command and its parsing (the real command under /bin/sh on temporary files), and the
// monitor's timeline: each event once, whichever source had it first, the first read marked as
// recorded while pgpilot was not watching.
#include "monitor/clustermonitor.h"
#include "monitor/eventlog.h"
#include "monitor/nodeevents.h"
#include "remote/localhost.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pgpilot;

namespace {

const QString kScript = QStringLiteral(PGPILOT_SOURCE_DIR "/resources/templates/pgpilot-health.py");

struct ScriptRun
{
    int exitCode = -1;
    QByteArray stdErr;
};

// pgpilot-health.py record-event --file FILE ARGS..., as repmgr runs it (umask as given).
ScriptRun recordEvent(
    const QString& file, const QStringList& args, const QString& umask = QStringLiteral("022"))
{
    QProcess p;
    p.setProgram(QStringLiteral("/bin/sh"));
    p.setArguments({QStringLiteral("-c"), QStringLiteral("umask %1; exec python3 \"$@\"").arg(umask),
        QStringLiteral("sh"), kScript, QStringLiteral("record-event"), QStringLiteral("--file"), file});
    p.setArguments(p.arguments() + args);
    p.start();
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
}

QList<QByteArray> lines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out = f.readAll().split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

QByteArray line(int node, const char* event, bool ok, const char* time)
{
    return QStringLiteral("{\"event\":\"%1\",\"node_id\":%2,\"successful\":%3,\"time\":\"%4\"}\n")
        .arg(QLatin1String(event))
        .arg(node)
        .arg(ok ? QStringLiteral("true") : QStringLiteral("false"), QLatin1String(time))
        .toUtf8();
}

bool appendTo(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(data) == data.size();
}

// The read command under /bin/sh here, as the node runs it.
NodeEventRead readNow(const QString& path, const NodeEventCursor& cursor)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), nodeEventsCommand(path, cursor)});
    p.waitForFinished(10000);
    return parseNodeEventsOutput(p.readAllStandardOutput(), cursor);
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toUTC();
}

// Stands in for SSH: each read() answers every node from a list the test sets.
class ScriptedProbe : public NodeEventProbe
{
public:
    using NodeEventProbe::NodeEventProbe;
    QHash<QString, QList<NodeEventRecord>> next;
    QHash<QString, QString> errors; // for the next read
    int reads = 0;
    void read() override
    {
        ++reads;
        const auto answers = std::exchange(next, {});
        const auto failed = std::exchange(errors, {});
        QMetaObject::invokeMethod(
            this,
            [this, answers, failed] {
                for (const QString& node : {QStringLiteral("pg2"), QStringLiteral("pg1")})
                    Q_EMIT result(node, answers.value(node), failed.value(node));
            },
            Qt::QueuedConnection);
    }
};

QList<ClusterEvent> repmgrEvents(const ClusterMonitor& m)
{
    QList<ClusterEvent> out;
    for (const ClusterEvent& e : m.events().events()) {
        if (e.kind == ClusterEvent::Kind::Repmgr)
            out << e;
    }
    return out;
}

} // namespace

class TestNodeEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed");
    }

    void parseLine()
    {
        const auto r = parseNodeEventLine(
            line(2, "repmgrd_failover_promote", true, "2026-12-05T05:40:12.123Z").trimmed());
        QVERIFY(r);
        QCOMPARE(r->nodeId, 2);
        QCOMPARE(r->event, QStringLiteral("repmgrd_failover_promote"));
        QVERIFY(r->successful);
        QCOMPARE(r->time, utc("2026-12-05T05:40:12.123Z"));
        QCOMPARE(r->time.timeSpec(), Qt::UTC);
        QVERIFY(
            !parseNodeEventLine(line(3, "standby_follow", false, "2026-12-05T05:40:12.000Z"))->successful);
    }

    void parseLineSkipsMalformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("not JSON") << QByteArray("repmgrd_failover_promote 2 1");
        QTest::newRow("truncated") << QByteArray("{\"event\":\"standby_promote\",\"node_id\":2,\"succ");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no time") << QByteArray("{\"event\":\"a\",\"node_id\":2,\"successful\":true}");
        QTest::newRow("id as text") << QByteArray(
            "{\"event\":\"a\",\"node_id\":\"2\",\"successful\":true,\"time\":\"2026-12-05T05:40:12.000Z\"}");
        QTest::newRow("id 0") << QByteArray(
            "{\"event\":\"a\",\"node_id\":0,\"successful\":true,\"time\":\"2026-12-05T05:40:12.000Z\"}");
        QTest::newRow("id fraction") << QByteArray(
            "{\"event\":\"a\",\"node_id\":1.5,\"successful\":true,\"time\":\"2026-12-05T05:40:12.000Z\"}");
        QTest::newRow("success as 1") << QByteArray(
            "{\"event\":\"a\",\"node_id\":2,\"successful\":1,\"time\":\"2026-12-05T05:40:12.000Z\"}");
        QTest::newRow("event not repmgr's") << QByteArray(
            "{\"event\":\"a b;rm\",\"node_id\":2,\"successful\":true,\"time\":\"2026-12-05T05:40:12.000Z\"}");
        QTest::newRow("bad time") << QByteArray(
            "{\"event\":\"a\",\"node_id\":2,\"successful\":true,\"time\":\"yesterday\"}");
    }
    void parseLineSkipsMalformed()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!parseNodeEventLine(text));
    }

    void key()
    {
        // To the second: the SQL row's millisecond timestamp and the file's, both from repmgr's
        // own event_timestamp, give one key.
        const QString a = repmgrEventKey(2, QStringLiteral("x"), utc("2026-12-05T05:40:12.123Z"));
        QCOMPARE(repmgrEventKey(2, QStringLiteral("x"), utc("2026-12-05T05:40:12.999Z")), a);
        QVERIFY(repmgrEventKey(2, QStringLiteral("x"), utc("2026-12-05T05:40:13.000Z")) != a);
        QVERIFY(repmgrEventKey(3, QStringLiteral("x"), utc("2026-12-05T05:40:12.123Z")) != a);
        QVERIFY(repmgrEventKey(2, QStringLiteral("y"), utc("2026-12-05T05:40:12.123Z")) != a);
    }

    void parseOutput()
    {
        // A partial last line (appended while being read) is not consumed: the next read has it.
        const QByteArray out = "pgpilot-events old\n" + line(1, "a", true, "2026-12-05T05:00:00.000Z")
            + "garbage\n\npgpilot-events current 77 500 no\n" + line(2, "b", true, "2026-12-05T05:00:01.000Z")
            + "{\"event\":\"c\"";
        const NodeEventRead r = parseNodeEventsOutput(out, {});
        QVERIFY(r.hasFile);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(0).event, QStringLiteral("a"));
        QCOMPARE(r.records.at(1).event, QStringLiteral("b"));
        QCOMPARE(r.skippedLines, 1);
        QCOMPARE(r.cursor.inode, quint64(77));
        QCOMPARE(r.cursor.offset, qint64(line(2, "b", true, "2026-12-05T05:00:01.000Z").size()));
        // Same file: the offset grows from where it was.
        const NodeEventRead more
            = parseNodeEventsOutput("pgpilot-events old\n\npgpilot-events current 77 600 yes\n"
                    + line(2, "c", true, "2026-12-05T05:00:02.000Z"),
                {77, 100});
        QCOMPARE(more.cursor.offset, qint64(100 + line(2, "c", true, "2026-12-05T05:00:02.000Z").size()));
        // No file (an adopted cluster whose repmgr.conf is not pgpilot's): nothing, no error.
        const NodeEventRead none
            = parseNodeEventsOutput("pgpilot-events old\n\npgpilot-events current 0 0 no\n", {});
        QVERIFY(!none.hasFile);
        QVERIFY(none.records.isEmpty());
        QCOMPARE(none.cursor.inode, quint64(0));
        // Not the command's answer at all: nothing read, the cursor stays.
        const NodeEventRead other = parseNodeEventsOutput("sh: 1: stat: not found\n", {77, 100});
        QVERIFY(other.records.isEmpty());
        QCOMPARE(other.cursor.offset, qint64(100));
    }

    void commandReadsOnlyWhatIsNew()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(QStringLiteral("pgpilot-repmgr-events.jsonl"));
        // No file yet.
        NodeEventRead r = readNow(f, {});
        QVERIFY(!r.hasFile);
        QVERIFY(r.records.isEmpty());
        // First read: the rotated file and the current one, oldest first.
        QVERIFY(appendTo(f + QStringLiteral(".1"), line(1, "a", true, "2026-12-05T05:00:00.000Z")));
        QVERIFY(appendTo(f,
            line(2, "b", true, "2026-12-05T05:00:01.000Z")
                + line(2, "c", false, "2026-12-05T05:00:02.000Z")));
        r = readNow(f, {});
        QVERIFY(r.hasFile);
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(0).event, QStringLiteral("a"));
        QCOMPARE(r.records.at(2).event, QStringLiteral("c"));
        QCOMPARE(r.cursor.offset, QFileInfo(f).size());
        // Nothing new: nothing.
        r = readNow(f, r.cursor);
        QVERIFY(r.records.isEmpty());
        // Appended, with half a line still being written: the whole line only.
        QVERIFY(appendTo(f, line(2, "d", true, "2026-12-05T05:00:03.000Z") + "{\"event\":\"e\",\"no"));
        r = readNow(f, r.cursor);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.at(0).event, QStringLiteral("d"));
        QVERIFY(appendTo(
            f, QByteArray("de_id\":2,\"successful\":true,\"time\":\"2026-12-05T05:00:04.000Z\"}") + '\n'));
        r = readNow(f, r.cursor);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.at(0).event, QStringLiteral("e"));
        // Rotated (as the script does: rename to .1, a new file): the rest of .1, then the new file.
        QVERIFY(appendTo(f, line(2, "f", true, "2026-12-05T05:00:05.000Z")));
        QVERIFY(QFile::remove(f + QStringLiteral(".1")));
        QVERIFY(QFile::rename(f, f + QStringLiteral(".1")));
        QVERIFY(appendTo(f, line(2, "g", true, "2026-12-05T05:00:06.000Z")));
        r = readNow(f, r.cursor);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(0).event, QStringLiteral("f"));
        QCOMPARE(r.records.at(1).event, QStringLiteral("g"));
        QCOMPARE(r.cursor.offset, QFileInfo(f).size());
    }

    void sshProbeOverRemoteHost()
    {
        // The probe class over a RemoteHost (LocalHost: /bin/sh here), result per node.
        QTemporaryDir dir;
        const QString f = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(appendTo(f, line(2, "repmgrd_failover_promote", true, "2026-12-05T05:00:01.000Z")));
        LocalHost host(QStringLiteral("pg2"));
        SshNodeEventProbe probe(f, {{&host, QStringLiteral("root")}});
        QSignalSpy spy(&probe, &NodeEventProbe::result);
        probe.read();
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("pg2"));
        auto records = spy.at(0).at(1).value<QList<NodeEventRecord>>();
        QCOMPARE(records.size(), 1);
        QVERIFY(spy.at(0).at(2).toString().isEmpty());
        probe.read();
        QVERIFY(spy.wait(10000));
        QVERIFY(spy.at(1).at(1).value<QList<NodeEventRecord>>().isEmpty()); // only what is new
    }

    void scriptRecordsValidEvents()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(QStringLiteral("events.jsonl"));
        // PostgreSQL's event_timestamp (with a database), repmgr's own strftime (without one).
        ScriptRun run = recordEvent(f,
            {QStringLiteral("2"), QStringLiteral("repmgrd_failover_promote"), QStringLiteral("1"),
                QStringLiteral("2026-12-05 05:40:12.123456+00")},
            QStringLiteral("077"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.stdErr.isEmpty(), run.stdErr.constData());
        run = recordEvent(f,
            {QStringLiteral("3"), QStringLiteral("repmgrd_upstream_disconnect"), QStringLiteral("0"),
                QStringLiteral("2026-12-05 06:40:13+0100")});
        QCOMPARE(run.exitCode, 0);
        run = recordEvent(f,
            {QStringLiteral("3"), QStringLiteral("standby_follow"), QStringLiteral("1"),
                QStringLiteral("2026-12-05 05:40:14.5+05:30")});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> got = lines(f);
        QCOMPARE(got.size(), 3);
        QList<NodeEventRecord> records;
        for (const QByteArray& l : got) {
            const auto r = parseNodeEventLine(l);
            QVERIFY2(r, l.constData());
            records << *r;
        }
        QCOMPARE(records.at(0),
            (NodeEventRecord {
                2, QStringLiteral("repmgrd_failover_promote"), true, utc("2026-12-05T05:40:12.123Z")}));
        QCOMPARE(records.at(1),
            (NodeEventRecord {
                3, QStringLiteral("repmgrd_upstream_disconnect"), false, utc("2026-12-05T05:40:13.000Z")}));
        QCOMPARE(records.at(2).time, utc("2026-12-05T00:10:14.500Z"));
        // World-readable whatever repmgr's umask (pgpilot's SSH login reads it without sudo).
        struct stat st
        { };
        QCOMPARE(::stat(QFile::encodeName(f).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0644));
    }

    void scriptRefusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("says");
        const QString t = QStringLiteral("2026-12-05 05:40:12+00");
        QTest::newRow("too few") << QStringList {QStringLiteral("2"), QStringLiteral("x"),
            QStringLiteral("1")} << QByteArray("got 3 argument(s)");
        // An unquoted %t splits in two.
        QTest::newRow("split timestamp") << QStringList {QStringLiteral("2"), QStringLiteral("x"),
            QStringLiteral("1"), QStringLiteral("2026-12-05"), QStringLiteral("05:40:12")}
                                         << QByteArray("got 5 argument(s)");
        QTest::newRow("node id text") << QStringList {QStringLiteral("two"), QStringLiteral("x"),
            QStringLiteral("1"), t} << QByteArray("node id");
        QTest::newRow("node id 0") << QStringList {QStringLiteral("0"), QStringLiteral("x"),
            QStringLiteral("1"), t} << QByteArray("node id");
        QTest::newRow("node id huge") << QStringList {QStringLiteral("99999999999"), QStringLiteral("x"),
            QStringLiteral("1"), t} << QByteArray("node id");
        QTest::newRow("event with shell") << QStringList {QStringLiteral("2"), QStringLiteral("x;touch y"),
            QStringLiteral("1"), t} << QByteArray("event name");
        QTest::newRow("event upper") << QStringList {QStringLiteral("2"), QStringLiteral("Standby"),
            QStringLiteral("1"), t} << QByteArray("event name");
        QTest::newRow("success t") << QStringList {QStringLiteral("2"), QStringLiteral("x"),
            QStringLiteral("t"), t} << QByteArray("success");
        QTest::newRow("timestamp words") << QStringList {QStringLiteral("2"), QStringLiteral("x"),
            QStringLiteral("1"), QStringLiteral("now")}
                                         << QByteArray("timestamp");
        QTest::newRow("timestamp month 13") << QStringList {QStringLiteral("2"), QStringLiteral("x"),
            QStringLiteral("1"), QStringLiteral("2026-13-05 05:40:12+00")}
                                            << QByteArray("timestamp");
        QTest::newRow("timestamp newline") << QStringList {QStringLiteral("2"), QStringLiteral("x"),
            QStringLiteral("1"), QStringLiteral("2026-12-05 05:40:12+00\n{}")}
                                           << QByteArray("timestamp");
    }
    void scriptRefusesBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, says);
        QTemporaryDir dir;
        const QString f = dir.filePath(QStringLiteral("events.jsonl"));
        const ScriptRun run = recordEvent(f, args);
        QCOMPARE(run.exitCode, 0); // never fails repmgr
        QVERIFY2(run.stdErr.contains("not recorded") && run.stdErr.contains(says), run.stdErr.constData());
        QVERIFY(!QFile::exists(f));
    }

    void scriptNeverFails()
    {
        // A file it cannot write: said on stderr, exit 0.
        QTemporaryDir dir;
        const ScriptRun run = recordEvent(dir.filePath(QStringLiteral("missing/events.jsonl")),
            {QStringLiteral("2"), QStringLiteral("x"), QStringLiteral("1"),
                QStringLiteral("2026-12-05 05:40:12+00")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.stdErr.contains("could not write"), run.stdErr.constData());
    }

    void scriptRotates()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(QStringLiteral("events.jsonl"));
        QByteArray full;
        while (full.size() < 256 * 1024)
            full += line(1, "old_event", true, "2026-12-05T05:00:00.000Z");
        QVERIFY(appendTo(f, full));
        QVERIFY(appendTo(f + QStringLiteral(".1"), "older\n"));
        const ScriptRun run = recordEvent(f,
            {QStringLiteral("2"), QStringLiteral("x"), QStringLiteral("1"),
                QStringLiteral("2026-12-05 05:40:12+00")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(f).size(), 1); // a new file with the new line
        QCOMPARE(
            QFileInfo(f + QStringLiteral(".1")).size(), full.size()); // the full one kept, the older gone
    }

    void scriptAppendsConcurrently()
    {
        // repmgr may run several at once (repmgrd and a repmgr command): every line whole.
        QTemporaryDir dir;
        const QString f = dir.filePath(QStringLiteral("events.jsonl"));
        QList<QProcess*> running;
        for (int i = 1; i <= 12; ++i) {
            auto* p = new QProcess(this);
            p->start(QStringLiteral("python3"),
                {kScript, QStringLiteral("record-event"), QStringLiteral("--file"), f, QString::number(i),
                    QStringLiteral("concurrent"), QStringLiteral("1"),
                    QStringLiteral("2026-12-05 05:40:12+00")});
            running << p;
        }
        for (QProcess* p : running) {
            QVERIFY(p->waitForFinished(30000));
            QCOMPARE(p->exitCode(), 0);
            delete p;
        }
        const QList<QByteArray> got = lines(f);
        QCOMPARE(got.size(), 12);
        QSet<int> ids;
        for (const QByteArray& l : got) {
            const auto r = parseNodeEventLine(l);
            QVERIFY2(r, l.constData());
            ids.insert(r->nodeId);
        }
        QCOMPARE(ids.size(), 12);
    }

    void diffSkipsWhatTheTimelineHas()
    {
        ClusterSnapshot before;
        before.nodes.append(NodeSnapshot {});
        before.nodes[0].name = QStringLiteral("pg1");
        ClusterSnapshot after = before;
        after.nodes[0].pg.repmgrEvents = {{2, QStringLiteral("repmgrd_failover_promote"), true,
                                              utc("2026-12-05T05:40:12.456Z"), QStringLiteral("d")},
            {3, QStringLiteral("standby_follow"), true, utc("2026-12-05T05:40:14.000Z"),
                QStringLiteral("d")}};
        QSet<QString> reported {
            repmgrEventKey(2, QStringLiteral("repmgrd_failover_promote"), utc("2026-12-05T05:40:12.123Z"))};
        const QList<ClusterEvent> events = diffSnapshots(before, after, &reported);
        QCOMPARE(events.size(), 1);
        QVERIFY(events.at(0).text.contains(QLatin1String("standby_follow")));
        QVERIFY(reported.contains(
            repmgrEventKey(3, QStringLiteral("standby_follow"), utc("2026-12-05T05:40:14.000Z"))));
        QCOMPARE(diffSnapshots(before, after).size(), 2); // without the set: as before
    }

    void monitorTimeline()
    {
        // Nothing listens on these ports: the PostgreSQL polls fail at once, the timeline is ours.
        QList<MonitorTarget> targets {{QStringLiteral("pg1"), QStringLiteral("127.0.0.1"), 1, 0, 0},
            {QStringLiteral("pg2"), QStringLiteral("127.0.0.1"), 1, 0, 0}};
        MonitorOptions options;
        options.intervalMs = 100;
        options.nodeEventsIntervalMs = 300;
        ClusterMonitor monitor(QStringLiteral("c"), {}, targets, "x", options);
        ScriptedProbe probe;
        monitor.setNodeEventProbe(&probe);
        QSignalSpy done(&monitor, &ClusterMonitor::nodeEventsReadDone);
        const NodeEventRecord promote {
            2, QStringLiteral("repmgrd_failover_promote"), true, utc("2026-12-05T05:40:12.123Z")};
        const NodeEventRecord disconnect {
            3, QStringLiteral("repmgrd_upstream_disconnect"), true, utc("2026-12-05T05:40:10.000Z")};
        // The same event read from two nodes: once on the timeline (pg2 answers first).
        probe.next = {{QStringLiteral("pg2"), {disconnect, promote}}, {QStringLiteral("pg1"), {promote}}};
        QVERIFY(!monitor.nodeEventsRead());
        monitor.start();
        QVERIFY(done.wait(5000));
        QVERIFY(monitor.nodeEventsRead());
        QCOMPARE(probe.reads, 1); // the first tick only, not every tick
        QList<ClusterEvent> events = repmgrEvents(monitor);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).time, disconnect.time); // the event's own time, oldest first
        QCOMPARE(events.at(0).node, QStringLiteral("pg2"));
        QCOMPARE(events.at(1).text,
            QStringLiteral(
                "repmgr on pg2: repmgrd_failover_promote succeeded (recorded on the node while pgpilot "
                "was not watching)"));
        // The next read, ~300 ms later: a new event is not marked; one already there is not repeated.
        const NodeEventRecord follow {
            3, QStringLiteral("repmgrd_failover_follow"), false, utc("2026-12-05T05:40:20.000Z")};
        probe.next = {{QStringLiteral("pg2"), {promote, follow}}};
        QTRY_COMPARE_WITH_TIMEOUT(repmgrEvents(monitor).size(), 3, 5000);
        QCOMPARE(repmgrEvents(monitor).last().text,
            QStringLiteral("repmgr on pg2: repmgrd_failover_follow failed"));
        QVERIFY(probe.reads >= 2);
        // Stopped and started again (the dashboard opened anew): what is not newer than the
        // timeline's newest event is not reported again, also when a node gives it whole.
        monitor.stop();
        monitor.recordEvent(
            {QDateTime::currentDateTimeUtc(), ClusterEvent::Kind::Operation, {}, QStringLiteral("op")});
        const NodeEventRecord later {
            2, QStringLiteral("standby_register"), true, QDateTime::currentDateTimeUtc().addSecs(60)};
        const NodeEventRecord earlier {
            2, QStringLiteral("standby_clone"), true, utc("2026-12-05T05:00:00.000Z")};
        probe.next = {{QStringLiteral("pg1"), {earlier, later}}};
        done.clear();
        monitor.start();
        QVERIFY(done.wait(5000));
        events = repmgrEvents(monitor);
        QCOMPARE(events.size(), 4);
        QVERIFY(events.last().text.startsWith(
            QLatin1String("repmgr on pg1: standby_register succeeded (recorded")));
        monitor.stop();
    }

    void monitorMarksWhatAnUnreachableNodeRecorded()
    {
        // pg1 out of reach on the first read (its SSH fails): status does not wait for it
        // forever, and what its file holds once it answers was still recorded unwatched.
        QList<MonitorTarget> targets {{QStringLiteral("pg1"), QStringLiteral("127.0.0.1"), 1, 0, 0},
            {QStringLiteral("pg2"), QStringLiteral("127.0.0.1"), 1, 0, 0}};
        MonitorOptions options;
        options.intervalMs = 100;
        options.nodeEventsIntervalMs = 300;
        ClusterMonitor monitor(QStringLiteral("c"), {}, targets, "x", options);
        ScriptedProbe probe;
        monitor.setNodeEventProbe(&probe);
        QSignalSpy done(&monitor, &ClusterMonitor::nodeEventsReadDone);
        const NodeEventRecord start {
            1, QStringLiteral("repmgrd_start"), true, utc("2026-12-05T05:40:12.000Z")};
        probe.errors = {{QStringLiteral("pg1"), QStringLiteral("No route to host")}};
        probe.next = {{QStringLiteral("pg1"), {start}}}; // not delivered: the read failed
        monitor.start();
        QVERIFY(done.wait(5000));
        QVERIFY(monitor.nodeEventsRead());
        QVERIFY(repmgrEvents(monitor).isEmpty());
        probe.next = {{QStringLiteral("pg1"), {start}}};
        QTRY_COMPARE_WITH_TIMEOUT(repmgrEvents(monitor).size(), 1, 5000);
        QVERIFY(repmgrEvents(monitor).first().text.endsWith(
            QLatin1String("(recorded on the node while pgpilot was not watching)")));
        QCOMPARE(done.size(), 1);
        monitor.stop();
    }
};

QTEST_GUILESS_MAIN(TestNodeEvents)
#include "tst_nodeevents.moc"
