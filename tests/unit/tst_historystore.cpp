// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historyframe.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

const QString kCluster = QStringLiteral("main");

// The recorder's and the reader's clock, moved by the test.
struct FakeClock
{
    QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
};

HistoryOptions options(const QTemporaryDir& dir, FakeClock* clock)
{
    HistoryOptions o;
    o.root = dir.filePath(QStringLiteral("history"));
    o.clock = [clock] {
        return clock->now;
    };
    return o;
}

// A derived 3-node snapshot at `time`; growing: the standbys' lag changes with the tick.
ClusterSnapshot snapshotAt(
    const QDateTime& time, quint64 tick, bool growing = false, DemoScenario scenario = DemoScenario::Healthy)
{
    ClusterSnapshot s = demoSnapshot(scenario, 3, growing ? tick : 1, time);
    s.tick = tick;
    s.time = time;
    deriveCluster(s);
    return s;
}

// Feeds one snapshot a second for `seconds`, moving the clock along.
void run(HistoryRecorder& recorder, FakeClock& clock, int seconds, bool growing = false,
    DemoScenario scenario = DemoScenario::Healthy)
{
    static quint64 tick = 0;
    for (int i = 0; i < seconds; ++i) {
        recorder.feed(snapshotAt(clock.now, ++tick, growing, scenario));
        clock.now = clock.now.addSecs(1);
    }
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString dayFile(const HistoryOptions& o, const QDate& day)
{
    return QDir(o.root).filePath(kCluster + QLatin1Char('/') + historyDayFileName(day));
}

void writeFile(const QString& path, const QByteArray& data, bool append = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(append ? QIODevice::Append : QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

int permissions(const QString& path)
{
    return int(QFileInfo(path).permissions() & 0x0fff);
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesChangesKeyframesAndMarkers()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const HistoryOptions o = options(dir, &clock);
        const QDateTime t0 = clock.now;
        {
            HistoryRecorder recorder(kCluster, o);
            QVERIFY2(recorder.start(), qPrintable(recorder.problem()));
            run(recorder, clock, 150); // idle: one frame, then "alive" at 60 s and 120 s
            QCOMPARE(recorder.framesWritten(), 1);
            run(recorder, clock, 1, false, DemoScenario::SplitBrain); // a change: at once
            QCOMPARE(recorder.framesWritten(), 2);
            run(recorder, clock, 10, false, DemoScenario::SplitBrain); // the same again: nothing
            QCOMPARE(recorder.framesWritten(), 2);
            QCOMPARE(recorder.lagLinesWritten(), 0);
            recorder.addEvents({{clock.now, ClusterEvent::Kind::Operation, QStringLiteral("pg1"),
                QStringLiteral("fence pg1"), Severity::Warning}});
            recorder.stop();
        }
        const QList<QByteArray> lines = readAll(dayFile(o, t0.date())).split('\n');
        QCOMPARE(lines.size(), 8); // started, frame, alive, alive, frame, event, stopped, ""
        QVERIFY(lines.at(0).startsWith("{\"time\":\"2026-11-26T10:00:00.000Z\",\"type\":\"started\""));
        QVERIFY(lines.at(1).startsWith("{\"time\":\"2026-11-26T10:00:00.000Z\",\"type\":\"frame\""));
        QCOMPARE(lines.at(2), QByteArray("{\"time\":\"2026-11-26T10:01:00.000Z\",\"type\":\"alive\"}"));
        QCOMPARE(lines.at(3), QByteArray("{\"time\":\"2026-11-26T10:02:00.000Z\",\"type\":\"alive\"}"));
        QVERIFY(lines.at(4).startsWith("{\"time\":\"2026-11-26T10:02:30.000Z\",\"type\":\"frame\""));
        QVERIFY(lines.at(6).contains("\"type\":\"stopped\""));
        QVERIFY(lines.last().isEmpty());

        const HistoryReader reader(kCluster, o);
        const HistorySpan span = reader.read(t0, clock.now);
        QCOMPARE(span.skipped, 0);
        QCOMPARE(span.frames.size(), 2);
        QCOMPARE(span.frames.at(0).time, t0);
        QCOMPARE(span.frames.at(1).time, t0.addSecs(150));
        QVERIFY(span.frames.at(1).snapshot.primaries().size() == 2);
        QCOMPARE(span.events.size(), 1);
        QCOMPARE(span.events.first().text, QStringLiteral("fence pg1"));
        QCOMPARE(span.events.first().kind, ClusterEvent::Kind::Operation);
        // Stopped cleanly at the end: a gap from then on, nothing before.
        QCOMPARE(span.gaps, (QList<HistoryGap> {{clock.now, QDateTime()}}));

        // The cluster as it was: the last frame at or before t.
        HistoryReader::At at = reader.frameAt(t0.addSecs(149));
        QVERIFY(at.frame);
        QCOMPARE(at.frame->time, t0);
        QCOMPARE(at.frame->snapshot.primaries(), QStringList {QStringLiteral("pg1")});
        QVERIFY(!at.gap);
        at = reader.frameAt(t0.addSecs(155));
        QCOMPARE(at.frame->snapshot.primaries().size(), 2);
        QCOMPARE(reader.firstTime(), t0);
        QCOMPARE(reader.lastTime(), clock.now);
        QCOMPARE(reader.eventsSince(t0.addSecs(100)).size(), 1);
        QCOMPARE(reader.eventsSince(clock.now).size(), 0);
        const QList<HistoryIncident> incidents = reader.incidents(t0, clock.now);
        QCOMPARE(incidents.size(), 1);
        QCOMPARE(incidents.first().from, t0.addSecs(150));
        QCOMPARE(incidents.first().worst, Severity::Critical);
        // Asked from a time after its first frame: still there, from that frame.
        const QList<HistoryIncident> open = reader.incidents(t0.addSecs(155), clock.now);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().from, t0.addSecs(150));
        QVERIFY(!open.first().to.isValid());
        QVERIFY(reader.incidents(t0, t0.addSecs(149)).isEmpty());
    }

    void lagLinesCarryTheLags()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const HistoryOptions o = options(dir, &clock);
        HistoryRecorder recorder(kCluster, o);
        QVERIFY(recorder.start());
        QList<ClusterSnapshot> fed;
        for (quint64 tick = 1; tick <= 30; ++tick) {
            fed << snapshotAt(clock.now, tick, true);
            recorder.feed(fed.last());
            clock.now = clock.now.addSecs(1);
        }
        QCOMPARE(recorder.framesWritten(), 1);
        QVERIFY(recorder.lagLinesWritten() >= 20); // the demo's lag jumps by KiBs every tick
        const HistoryReader reader(kCluster, o);
        const HistorySpan span = reader.read(QDateTime(), QDateTime());
        QCOMPARE(span.frames.size(), 1 + recorder.lagLinesWritten());
        for (const StoredFrame& frame : span.frames) {
            const ClusterSnapshot& original = fed.at(fed.first().time.secsTo(frame.time));
            QCOMPARE(frame.snapshot.time, original.time);
            QCOMPARE(frameChangeKey(frame.snapshot), frameChangeKey(original));
            for (qsizetype i = 0; i < original.nodes.size(); ++i)
                QCOMPARE(frame.snapshot.nodes.at(i).lagBytes, original.nodes.at(i).lagBytes);
        }
        // The cluster as it was in the middle: the lag lines up to then applied to the frame.
        const ClusterSnapshot& middle = fed.at(17);
        const HistoryReader::At at = reader.frameAt(middle.time.addMSecs(500));
        QVERIFY(at.frame);
        QCOMPARE(frameChangeKey(at.frame->snapshot), frameChangeKey(middle));
        // A range that starts after the frame still gets whole snapshots.
        const HistorySpan later = reader.read(middle.time, QDateTime());
        QVERIFY(!later.frames.isEmpty());
        QCOMPARE(later.frames.first().snapshot.nodes.size(), 3);
        QCOMPARE(later.skipped, 0);
    }

    // What decides the line: a change to the lags alone writes a lag line, a change to a role or
    // an alarm a whole frame, a change to what a frame leaves out (latencies, session counts)
    // nothing; every line byte for byte what historyLine makes of the snapshot.
    void lagLineForLagsFrameForRolesAndAlarms()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const HistoryOptions o = options(dir, &clock);
        const QDateTime t0 = clock.now;
        const ClusterSnapshot base = snapshotAt(t0, 1);
        QList<ClusterSnapshot> fed;
        auto next = [&fed, &base](auto change) {
            ClusterSnapshot s = fed.isEmpty() ? base : fed.last();
            s.tick = base.tick + quint64(fed.size());
            s.time = base.time.addSecs(fed.size());
            change(s);
            fed << s;
        };
        next([](ClusterSnapshot&) {}); // frame
        next([](ClusterSnapshot& s) { s.nodes[1].pg.latencyMs += 40; }); // nothing
        next([](ClusterSnapshot& s) { s.nodes[1].lagBytes = 5000000; }); // lag
        next([](ClusterSnapshot& s) { s.nodes[1].lagBytes = 5020000; }); // nothing: the same 2 figures
        next([](ClusterSnapshot& s) { s.nodes[2].state = NodeState::Down; }); // frame
        next([](ClusterSnapshot& s) { // frame
            s.alarms.append({AlarmKind::NodeUnreachable, Severity::Critical, QStringLiteral("pg3"),
                QStringLiteral("pg3 does not answer"), {}, {}});
        });
        next([](ClusterSnapshot& s) {
            s.nodes[0].haproxy.backends[0].servers[0].totalSessions += 9;
        }); // nothing
        next([](ClusterSnapshot& s) { s.nodes[0].pg.replication[0].replayLagSeconds = 2.5; }); // lag
        next([](ClusterSnapshot& s) {
            s.nodes[0].pg.replication[0].syncState = QStringLiteral("async");
        }); // frame
        {
            HistoryRecorder recorder(kCluster, o);
            QVERIFY(recorder.start());
            for (const ClusterSnapshot& s : std::as_const(fed))
                recorder.feed(s);
            QCOMPARE(recorder.framesWritten(), 4);
            QCOMPARE(recorder.lagLinesWritten(), 2);
        }
        QList<QByteArray> lines = readAll(dayFile(o, t0.date())).split('\n');
        QCOMPARE(lines.size(), 9); // started, 4 frames, 2 lag lines, stopped, ""
        auto frame = [&fed](int i) {
            const ClusterSnapshot& s = fed.at(i);
            return historyLine(s.time, "frame", {{QStringLiteral("frame"), frameFromSnapshot(s)}});
        };
        auto lag = [&fed](int i) {
            return historyLine(fed.at(i).time, "lag", lagFromSnapshot(fed.at(i)));
        };
        QCOMPARE(lines.at(1), frame(0));
        QCOMPARE(lines.at(2), lag(2));
        QCOMPARE(lines.at(3), frame(4));
        QCOMPARE(lines.at(4), frame(5));
        QCOMPARE(lines.at(5), lag(7));
        QCOMPARE(lines.at(6), frame(8));
    }

    void gapsShowWhenNothingRecorded()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const HistoryOptions o = options(dir, &clock);
        const QDateTime t0 = clock.now;
        HistoryRecorder recorder(kCluster, o);
        QVERIFY(recorder.start());
        run(recorder, clock, 10);
        recorder.stop(); // a clean stop at t0 + 10 s
        clock.now = clock.now.addSecs(3600);
        const QDateTime restart = clock.now;
        QVERIFY(recorder.start());
        run(recorder, clock, 30, true); // the lag changes: a frame every second
        const QDateTime stall = clock.now.addSecs(-1);
        clock.now = clock.now.addSecs(600); // the monitor delivered nothing for 10 minutes
        run(recorder, clock, 5);

        const HistoryReader reader(kCluster, o);
        const HistorySpan span = reader.read(t0, clock.now);
        QCOMPARE(span.gaps.size(), 2);
        QCOMPARE(span.gaps.at(0), (HistoryGap {t0.addSecs(10), restart}));
        QCOMPARE(span.gaps.at(1).from, stall);
        QCOMPARE(span.gaps.at(1).to, stall.addSecs(601));
        HistoryReader::At at = reader.frameAt(t0.addSecs(1800));
        QVERIFY(at.gap);
        QCOMPARE(at.gap->from, t0.addSecs(10));
        QVERIFY(at.frame); // the cluster as last seen before the gap
        QCOMPARE(at.frame->time, t0);
        QVERIFY(!reader.frameAt(t0.addSecs(5)).gap);
        QVERIFY(!reader.frameAt(restart.addSecs(5)).gap);
        // Before anything was recorded: a gap, no frame.
        at = reader.frameAt(t0.addSecs(-5));
        QVERIFY(!at.frame);
        QVERIFY(at.gap);
        // Still running, last line recent: no open gap at the end; later, there is one.
        QVERIFY(reader.gaps(clock.now.addSecs(-3), QDateTime()).isEmpty());
        clock.now = clock.now.addSecs(3600);
        const QList<HistoryGap> open = reader.gaps(clock.now.addSecs(-60), QDateTime());
        QCOMPARE(open.size(), 1);
        QVERIFY(!open.first().to.isValid());
        recorder.stop();
        // After a clean stop, the open gap starts at the stop (the hour before it, with the
        // recorder running but no snapshot, is a gap of its own).
        const QList<HistoryGap> stopped = reader.gaps(clock.now.addSecs(-60), QDateTime());
        QCOMPARE(stopped.size(), 2);
        QCOMPARE(stopped.last().from, clock.now);
        QVERIFY(!stopped.last().to.isValid());
    }

    void rotatesByDayAndDeletesOldDays()
    {
        QTemporaryDir dir;
        FakeClock clock;
        clock.now = QDateTime(QDate(2026, 11, 26), QTime(23, 59, 0), Qt::UTC);
        const HistoryOptions o = options(dir, &clock);
        const QDate today = clock.now.date();
        // Old days: two beyond 30 days, two within.
        for (int age : {40, 31, 30, 29})
            writeFile(dayFile(o, today.addDays(-age)), "{}\n");
        writeFile(QDir(o.root).filePath(kCluster + QStringLiteral("/notes.txt")), "mine\n");
        HistoryRecorder recorder(kCluster, o);
        QVERIFY(recorder.start());
        QCOMPARE(historyDays(recorder.directory()),
            (QList<QDate> {today.addDays(-30), today.addDays(-29), today}));
        QVERIFY(QFile::exists(QDir(o.root).filePath(kCluster + QStringLiteral("/notes.txt")))); // not ours
        run(recorder, clock, 120); // across midnight
        QCOMPARE(historyDays(recorder.directory()),
            (QList<QDate> {today.addDays(-29), today, today.addDays(1)})); // the day change deleted day -30
        // The new day's file starts with a whole frame, so that it can be read alone.
        const QByteArray next = readAll(dayFile(o, today.addDays(1)));
        QVERIFY(next.startsWith("{\"time\":\"2026-11-27T00:00:00.000Z\",\"type\":\"frame\""));
        const HistoryReader reader(kCluster, o);
        QCOMPARE(reader.frameAt(clock.now).frame->time, QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC));
        QCOMPARE(reader.read(QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC), clock.now).frames.size(), 1);
        // The old "{}" lines are not history: skipped and counted.
        QCOMPARE(reader.read(QDateTime(), QDateTime()).skipped, 1);
    }

    void deletesOldestDaysBeyondTheSize()
    {
        QTemporaryDir dir;
        FakeClock clock;
        HistoryOptions o = options(dir, &clock);
        o.maxBytes = 10000;
        const QDate today = clock.now.date();
        for (int age : {3, 2, 1})
            writeFile(dayFile(o, today.addDays(-age)), QByteArray(4000, 'x') + '\n');
        HistoryRecorder recorder(kCluster, o);
        QVERIFY(recorder.start());
        QCOMPARE(
            historyDays(recorder.directory()), (QList<QDate> {today.addDays(-2), today.addDays(-1), today}));
        // Today alone over the limit: it stops writing rather than grow without bound.
        run(recorder, clock, 600, true);
        const qint64 size = QFileInfo(dayFile(o, today)).size();
        QVERIFY2(size >= o.maxBytes && size < o.maxBytes + 4000, qPrintable(QString::number(size)));
        QCOMPARE(historyDays(recorder.directory()), (QList<QDate> {today})); // the others went first
    }

    void tornAndDamagedLinesAreSkipped()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const HistoryOptions o = options(dir, &clock);
        const QDateTime t0 = clock.now;
        {
            HistoryRecorder recorder(kCluster, o);
            QVERIFY(recorder.start());
            run(recorder, clock, 5);
            recorder.stop();
        }
        const QString file = dayFile(o, t0.date());
        // Damage: lines edited by hand or garbled, then a line torn by a kill (no newline).
        const QByteArray frame = readAll(file).split('\n').at(1);
        QVERIFY(frame.contains("\"type\":\"frame\""));
        QByteArray wrongState = frame;
        wrongState.replace("\"state\":\"primary\"", "\"state\":\"exploded\"");
        QByteArray wrongNodes = frame;
        wrongNodes.replace("\"nodes\":[", "\"nodes\":7,\"x\":[");
        writeFile(file,
            QByteArray("not json\n") + "{\"time\":\"never\",\"type\":\"frame\",\"frame\":{}}\n" + wrongState
                + '\n' + wrongNodes + '\n'
                + "{\"time\":\"2026-11-26T10:00:03.000Z\",\"type\":\"event\",\"kind\":\"meteor\",\"text\":"
                  "\"x\"}\n"
                + "{\"time\":\"2026-11-26T10:00:03.000Z\",\"type\":\"alien\"}\n"
                + QByteArray("\x01\xff\xfe{\n", 5)
                // keys in another order, as someone may write them: accepted
                + "{\"type\":\"event\",\"kind\":\"operation\",\"severity\":\"warning\",\"text\":\"by hand\","
                  "\"time\":\"2026-11-26T10:00:04.000Z\"}\n"
                + frame.left(frame.size() / 2),
            true);
        {
            HistoryRecorder recorder(kCluster, o);
            QVERIFY(recorder.start()); // appends after the torn line, on a line of its own
            run(recorder, clock, 3, false, DemoScenario::SplitBrain);
            recorder.stop();
        }
        const HistoryReader reader(kCluster, o);
        const HistorySpan span = reader.read(QDateTime(), QDateTime());
        QCOMPARE(span.skipped, 8);
        QCOMPARE(span.frames.size(), 2); // the first of each run
        QCOMPARE(span.frames.last().snapshot.primaries().size(), 2);
        QCOMPARE(span.events.size(), 1);
        QCOMPARE(span.events.first().text, QStringLiteral("by hand"));
    }

    void secondWriterOnlyReads()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const HistoryOptions o = options(dir, &clock);
        HistoryRecorder first(kCluster, o);
        QVERIFY(first.start());
        HistoryRecorder second(kCluster, o);
        QVERIFY(!second.start());
        QVERIFY(!second.isWriting());
        QVERIFY2(second.problem().contains(QStringLiteral("only reads")), qPrintable(second.problem()));
        QVERIFY(second.problem().contains(QString::number(QCoreApplication::applicationPid())));
        run(first, clock, 3);
        run(second, clock, 3, false, DemoScenario::SplitBrain); // ignored
        const HistoryReader reader(kCluster, o);
        QCOMPARE(reader.read(QDateTime(), QDateTime()).frames.size(), 1);
        first.stop();
        QVERIFY(second.start()); // the lock is free again
        second.stop();
    }

    void takesOverTheLockOfADeadProcess()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const HistoryOptions o = options(dir, &clock);
        const QString lockPath = QDir(o.root).filePath(kCluster + QStringLiteral("/writer.lock"));
        QDir().mkpath(QFileInfo(lockPath).absolutePath());
        // A lock file as QLockFile writes it, with the process id of a process that has exited.
        QProcess process;
        process.start(QStringLiteral("true"), {});
        QVERIFY(process.waitForStarted());
        const qint64 deadPid = process.processId();
        QVERIFY(process.waitForFinished());
        {
            QLockFile lock(lockPath);
            QVERIFY(lock.tryLock(0));
            QByteArray content = readAll(lockPath);
            lock.unlock();
            content.replace(0, content.indexOf('\n'), QByteArray::number(deadPid));
            writeFile(lockPath, content);
        }
        HistoryRecorder recorder(kCluster, o);
        QVERIFY2(recorder.start(), qPrintable(recorder.problem()));
        recorder.stop();
    }

    void filesArePrivate()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const HistoryOptions o = options(dir, &clock);
        QDir().mkpath(o.root + QStringLiteral("/main"));
        QFile::setPermissions(o.root + QStringLiteral("/main"), QFileDevice::Permissions(0x7755)); // too open
        HistoryRecorder recorder(kCluster, o);
        QVERIFY(recorder.start());
        run(recorder, clock, 2);
        QCOMPARE(permissions(o.root), 0x700);
        QCOMPARE(permissions(recorder.directory()), 0x700);
        QCOMPARE(permissions(dayFile(o, clock.now.date())), 0x600);
        QCOMPARE(permissions(recorder.directory() + QStringLiteral("/writer.lock")), 0x600);
        recorder.stop();
    }

    void refusesNamesThatAreNotClusterNames()
    {
        for (const char* name :
            {"", "../etc", "Main", "a/b", "-x", "a b", "123456789012345678901234567890123"}) {
            HistoryRecorder recorder(QString::fromLatin1(name));
            QVERIFY(!recorder.start());
            QVERIFY(!recorder.problem().isEmpty());
            QVERIFY(!HistoryReader(QString::fromLatin1(name)).problem().isEmpty());
        }
        QVERIFY(isValidHistoryCluster(QStringLiteral("prod-eu-1")));
    }

    void parsesTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("time"); // invalid: refused
        const QDateTime now(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
        QTest::newRow("now") << "now" << now;
        QTest::newRow("-90s") << "-90s" << now.addSecs(-90);
        QTest::newRow("-30m") << "-30m" << now.addSecs(-1800);
        QTest::newRow("-2h") << "-2h" << now.addSecs(-7200);
        QTest::newRow("-7d") << "-7d" << now.addDays(-7);
        QTest::newRow("Z") << "2026-11-25T08:30:00Z" << QDateTime(QDate(2026, 11, 25), QTime(8, 30), Qt::UTC);
        QTest::newRow("ms") << "2026-11-25T08:30:00.250Z"
                            << QDateTime(QDate(2026, 11, 25), QTime(8, 30, 0, 250), Qt::UTC);
        QTest::newRow("offset") << "2026-11-25T09:30+01:00"
                                << QDateTime(QDate(2026, 11, 25), QTime(8, 30), Qt::UTC);
        QTest::newRow("no offset: UTC")
            << "2026-11-25T08:30" << QDateTime(QDate(2026, 11, 25), QTime(8, 30), Qt::UTC);
        QTest::newRow("space") << "2026-11-25 08:30:00"
                               << QDateTime(QDate(2026, 11, 25), QTime(8, 30), Qt::UTC);
        QTest::newRow("date") << "2026-11-25" << QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
        QTest::newRow("yesterday") << "yesterday" << QDateTime();
        QTest::newRow("+2h") << "+2h" << QDateTime();
        QTest::newRow("-2w") << "-2w" << QDateTime();
        QTest::newRow("bad date") << "2026-13-40" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
    }
    void parsesTimes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, time);
        const QDateTime parsed
            = parseHistoryTime(text, QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QCOMPARE(parsed.isValid(), time.isValid());
        if (time.isValid())
            QCOMPARE(parsed, time);
    }

    // Disk written per day, 3 nodes at a 1 s poll: one simulated hour, times 24. A simulation
    // with the demo snapshots, not a measurement on a live cluster (docs/history.md).
    void bytesPerDay_data()
    {
        QTest::addColumn<bool>("growing");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("idle") << false << qint64(256 * 1024);
        QTest::newRow("lag changing every second") << true << qint64(16 * 1024 * 1024);
    }
    void bytesPerDay()
    {
        QFETCH(bool, growing);
        QFETCH(qint64, limit);
        QTemporaryDir dir;
        FakeClock clock;
        HistoryRecorder recorder(kCluster, options(dir, &clock));
        QVERIFY(recorder.start());
        run(recorder, clock, 3600, growing);
        const qint64 perDay = recorder.bytesWritten() * 24;
        qInfo("%s: %d frame(s) and %d lag line(s) in 1 h, %lld bytes/day (%.2f MiB)", QTest::currentDataTag(),
            recorder.framesWritten(), recorder.lagLinesWritten(), qlonglong(perDay),
            double(perDay) / 1048576.0);
        QVERIFY(perDay < limit);
        QCOMPARE(recorder.framesWritten(), 1); // the structure never changed
        if (!growing)
            QCOMPARE(recorder.lagLinesWritten(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
