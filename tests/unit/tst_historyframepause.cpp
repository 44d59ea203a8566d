// SPDX-License-Identifier: GPL-3.0-or-later
// The failover pause in the history's frames (historyframepause.h, issue 20): what the pause
// banners and `pgpilot status` show comes back from a frame, paused within the window, past it,
// on some nodes only, by hand; the time left runs from the frame's time (no frame per poll while
// it counts down, and a replayed later moment counts on); every value is checked; frames written
// before the pause was kept read as nothing paused. The change decision's agreement with the keys,
// pause included, is in tst_historyframe (comparisonsAgreeWithTheKeys).
#include "cli/statuscommand.h"
#include "history/historyframe.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "monitor/pausetext.h"
#include "pausesnapshots.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;
using pausesnapshots::pausedCluster;

namespace {

const QDateTime kTime(QDate(2025, 3, 14), QTime(9, 37), Qt::UTC);

ClusterSnapshot roundTrip(const ClusterSnapshot& s)
{
    QString error;
    const auto back = snapshotFromFrame(frameFromSnapshot(s), &error);
    if (!back)
        qWarning().noquote() << "frame refused:" << error;
    return back.value_or(ClusterSnapshot());
}

QString refusal(const QJsonObject& frame)
{
    QString error;
    if (snapshotFromFrame(frame, &error))
        return QStringLiteral("(read)");
    return error;
}

} // namespace

class TestHistoryFramePause : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pauseRoundTrip_data()
    {
        QTest::addColumn<ClusterSnapshot>("live");
        QTest::addColumn<bool>("paused");
        QTest::newRow("not paused") << pausedCluster(kTime, {false, false, false}, std::nullopt) << false;
        QTest::newRow("paused, 23 min left") << pausedCluster(kTime, 1380) << true;
        QTest::newRow("past the window") << pausedCluster(kTime, -720) << true;
        QTest::newRow("some nodes only") << pausedCluster(kTime, {true, false, true}, 600) << true;
        QTest::newRow("by hand, no window") << pausedCluster(kTime, std::nullopt) << true;
        QTest::newRow("a node not read") << pausedCluster(kTime, {true, std::nullopt, true}, 1380) << true;
        // The nodes' clock 2 min ahead of pgpilot's: the time left is theirs.
        QTest::newRow("nodes' clock ahead")
            << pausedCluster(kTime, {true, true, true}, 1380, QStringLiteral("prod"), 120) << true;
        QTest::newRow("resumed, window left open")
            << pausedCluster(kTime, {false, false, false}, 1380) << false;
    }
    void pauseRoundTrip()
    {
        QFETCH(ClusterSnapshot, live);
        QFETCH(bool, paused);
        QCOMPARE(live.pause.paused(), paused);
        const ClusterSnapshot back = roundTrip(live);
        QCOMPARE(back.pause.paused(), live.pause.paused());
        QCOMPARE(back.pause.mixed(), live.pause.mixed());
        QCOMPARE(back.pause.overdue(), live.pause.overdue());
        QCOMPARE(back.pause.pausedNodes, live.pause.pausedNodes);
        QCOMPARE(back.pause.activeNodes, live.pause.activeNodes);
        QCOMPARE(back.pause.windowNode, live.pause.windowNode);
        QCOMPARE(back.pause.window.open, live.pause.window.open);
        QCOMPARE(back.pause.window.since, live.pause.window.since);
        QCOMPARE(back.pause.window.until, live.pause.window.until);
        QCOMPARE(back.pause.window.by, live.pause.window.by);
        QCOMPARE(back.pause.window.reason, live.pause.window.reason);
        QCOMPARE(back.pause.window.secondsLeft, live.pause.window.secondsLeft);
        QCOMPARE(pauseSummaryText(back.pause), pauseSummaryText(live.pause));
        QCOMPARE(pauseWindowText(back.pause), pauseWindowText(live.pause));
        QCOMPARE(back.alarms, live.alarms);
        QCOMPARE(snapshotToText(back), snapshotToText(live));
        if (paused)
            QVERIFY(snapshotToText(back).contains(QStringLiteral("PAUSED")));
        // `pgpilot history --json`: the nodes' own flags, for the nodes that answered.
        for (qsizetype i = 0; i < live.nodes.size(); ++i)
            QCOMPARE(back.nodes.at(i).pg.repmgrdPaused, live.nodes.at(i).pg.repmgrdPaused);
        QCOMPARE(snapshotToJson(back).value(QStringLiteral("pause")),
            snapshotToJson(live).value(QStringLiteral("pause")));
        QVERIFY(sameFrameStructure(back, live));
        QCOMPARE(frameStructureKey(back), frameStructureKey(live));
        QCOMPARE(roundTrip(back), back);
        QVERIFY(!QJsonDocument(frameFromSnapshot(live)).toJson().contains("\"\""));
    }

    // While the window counts down, each poll's time left is one less: the same frame (the nodes'
    // clock against pgpilot's is what the frame keeps, to 10 s). What is shown changes: a frame.
    void countdownWritesNoFrame()
    {
        const ClusterSnapshot a = pausedCluster(kTime, 1380);
        ClusterSnapshot b = pausedCluster(kTime.addSecs(30), 1350);
        b.pause.window.secondsLeft = 1349.8; // the query's 200 ms
        QVERIFY(sameFrameStructure(a, b));
        QCOMPARE(frameStructureKey(a), frameStructureKey(b));
        ClusterSnapshot c = b;
        c.pause.window.reason = QStringLiteral("kernel update on pg2 and pg3");
        QVERIFY(!sameFrameStructure(a, c));
        ClusterSnapshot d = b;
        *d.pause.window.secondsLeft -= 60; // the nodes' clock jumped a minute
        QVERIFY(!sameFrameStructure(a, d));
        ClusterSnapshot e = b;
        e.pause.window.secondsLeft.reset();
        QVERIFY(!sameFrameStructure(a, e));
        QVERIFY(!sameFrameStructure(a, pausedCluster(kTime, {true, false, true}, 1380)));
        QVERIFY(!sameFrameStructure(a, pausedCluster(kTime, {false, false, false}, 1380)));
        QVERIFY(!sameFrameStructure(a, pausedCluster(kTime, std::nullopt)));
        // Without a pause read at all (the demo, an older repmgr): no "pause" in the frame.
        ClusterSnapshot plain = demoSnapshot(DemoScenario::Healthy, 3, 1, kTime);
        deriveCluster(plain);
        QVERIFY(!frameFromSnapshot(plain).contains(QStringLiteral("pause")));
        QVERIFY(!sameFrameStructure(plain, pausedCluster(kTime, {false, false, false}, std::nullopt)));
    }

    // The recorder, fed every second for ten minutes of a pause that passes its window halfway:
    // frames for the pause and for the window's end (its alarm), none for the countdown; read back,
    // each moment's pause and alarms are the live ones.
    void recordedAndReadBack()
    {
        QTemporaryDir dir;
        QDateTime now = kTime;
        HistoryOptions o;
        o.root = dir.filePath(QStringLiteral("history"));
        o.clock = [&now] {
            return now;
        };
        QList<ClusterSnapshot> fed;
        {
            HistoryRecorder recorder(QStringLiteral("prod"), o);
            QVERIFY(recorder.start());
            for (int i = 0; i < 600; ++i) {
                now = kTime.addSecs(i);
                // Unpaused for a minute, then paused with 4 min left: overdue from 300 s on.
                ClusterSnapshot s = i < 60
                    ? pausedCluster(
                        now, {false, false, false}, std::nullopt, QStringLiteral("prod"), 0, i + 1)
                    : pausedCluster(now, {true, true, true}, 300 - i, QStringLiteral("prod"), 0, i + 1);
                recorder.feed(s);
                fed << s;
            }
        }
        const HistorySpan span = HistoryReader(QStringLiteral("prod"), o).read({}, {});
        QCOMPARE(span.skipped, 0);
        QList<qint64> frames; // seconds after kTime
        QFile file(QDir(o.root).filePath(QStringLiteral("prod/2025-03-14.jsonl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value(QStringLiteral("type")).toString() == QLatin1String("frame"))
                frames << kTime.secsTo(QDateTime::fromString(
                    object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs));
        }
        // The start, the pause; nothing while the window counts down; then the window's end
        // (the overdue alarm, whose title says how long ago).
        QVERIFY(frames.size() >= 3);
        QCOMPARE(frames.at(0), qint64(0));
        QCOMPARE(frames.at(1), qint64(60));
        QCOMPARE(frames.at(2), qint64(301));
        for (const int i : {30, 61, 200, 299, 301, 420, 599}) {
            const QDateTime t = kTime.addSecs(i);
            const StoredFrame* frame = span.frameAt(t);
            QVERIFY(frame);
            ClusterSnapshot replayed = frame->snapshot;
            setReplayedTime(&replayed, t);
            const ClusterSnapshot& live = fed.at(i);
            QCOMPARE(replayed.pause.paused(), live.pause.paused());
            QCOMPARE(replayed.pause.overdue(), live.pause.overdue());
            QCOMPARE(pauseSummaryText(replayed.pause), pauseSummaryText(live.pause));
            QCOMPARE(replayed.alarms, live.alarms);
        }
    }

    // A frame's moment replayed later (nothing recorded since): the time left runs on.
    void replayedTimeRunsTheWindow()
    {
        ClusterSnapshot replayed = roundTrip(pausedCluster(kTime, 1380));
        setReplayedTime(&replayed, kTime.addSecs(600));
        QCOMPARE(pauseWindowText(replayed.pause), QStringLiteral("13 min left (until 2025-03-14 10:00 UTC)"));
        setReplayedTime(&replayed, kTime.addSecs(1380 + 125));
        QVERIFY(replayed.pause.overdue());
        QCOMPARE(pauseWindowText(replayed.pause),
            QStringLiteral("the window ended 2 min ago (at 2025-03-14 10:00 UTC)"));
        // No time left read: nothing runs.
        ClusterSnapshot unknown = pausedCluster(kTime, 1380);
        unknown.pause.window.secondsLeft.reset();
        ClusterSnapshot back = roundTrip(unknown);
        setReplayedTime(&back, kTime.addSecs(600));
        QVERIFY(!back.pause.window.secondsLeft);
        QCOMPARE(pauseWindowText(back.pause), QStringLiteral("until 2025-03-14 10:00 UTC"));
    }

    // Frames written before frames kept the pause: nothing paused, and the nodes' flags unknown.
    void framesWithoutPauseReadAsNotPaused()
    {
        QFile file(QStringLiteral(PGPILOT_TEST_DATA_DIR "/history/2024-06-03-before-backups.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        const QJsonObject old
            = QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("frame")).toObject();
        QVERIFY(!old.contains(QStringLiteral("pause")));
        QString error;
        const auto s = snapshotFromFrame(old, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(!s->pause.paused());
        QCOMPARE(s->pause, FailoverPause());
        for (const NodeSnapshot& n : s->nodes)
            QVERIFY(!n.pg.repmgrdPaused.has_value());
        QVERIFY(pauseSummaryText(s->pause).isEmpty());
        QCOMPARE(frameFromSnapshot(*s), old); // written again: the same frame, still without it

        // Today's frame of a paused cluster with its "pause" taken out (as session 19 wrote it).
        QJsonObject before = frameFromSnapshot(pausedCluster(kTime, 1380));
        QVERIFY(before.contains(QStringLiteral("pause")));
        before.remove(QStringLiteral("pause"));
        const auto t = snapshotFromFrame(before, &error);
        QVERIFY2(t, qPrintable(error));
        QVERIFY(!t->pause.paused());
    }

    // Every value is checked: a frame whose pause is not what the writer writes is refused, saying
    // where.
    void refusesWhatIsNotAPause()
    {
        const QJsonObject good = frameFromSnapshot(pausedCluster(kTime, {true, false, true}, 1380));
        const QJsonObject pause = good.value(QStringLiteral("pause")).toObject();
        QCOMPARE(pause.value(QStringLiteral("paused")).toArray(),
            (QJsonArray {QStringLiteral("pg1"), QStringLiteral("pg3")}));
        QCOMPARE(pause.value(QStringLiteral("active")).toArray(), (QJsonArray {QStringLiteral("pg2")}));
        auto with = [&good, &pause](const QString& key, const QJsonValue& value) {
            QJsonObject p = pause;
            p.insert(key, value);
            QJsonObject f = good;
            f.insert(QStringLiteral("pause"), p);
            return f;
        };
        auto withWindow = [&with, &pause](const QString& key, const QJsonValue& value) {
            QJsonObject w = pause.value(QStringLiteral("window")).toObject();
            w.insert(key, value);
            return with(QStringLiteral("window"), w);
        };
        QJsonObject notObject = good;
        notObject.insert(QStringLiteral("pause"), QStringLiteral("paused"));
        QCOMPARE(refusal(notObject), QStringLiteral("frame.pause: not an object"));
        QCOMPARE(refusal(with(QStringLiteral("paused"), QStringLiteral("pg1"))),
            QStringLiteral("frame.pause.paused: not a list"));
        QCOMPARE(refusal(with(
                     QStringLiteral("paused"), QJsonArray {QStringLiteral("pg1"), QStringLiteral("pg9")})),
            QStringLiteral("frame.pause.paused: \"pg9\" is not a node of the frame"));
        QCOMPARE(refusal(with(QStringLiteral("active"), QJsonArray {QStringLiteral("pg3")})),
            QStringLiteral("frame.pause.active: \"pg3\" is paused and active at once"));
        QCOMPARE(refusal(with(QStringLiteral("from"), QStringLiteral("pg7"))),
            QStringLiteral("frame.pause.from: \"pg7\" is not a node of the frame"));
        QCOMPARE(refusal(with(QStringLiteral("window"), QJsonArray())),
            QStringLiteral("frame.pause.window: not an object"));
        QCOMPARE(refusal(withWindow(QStringLiteral("until"), QStringLiteral("at ten"))),
            QStringLiteral("frame.pause.window.until: not an ISO 8601 time"));
        QCOMPARE(refusal(withWindow(QStringLiteral("by"), 42)),
            QStringLiteral("frame.pause.window.by: not a string"));
        QCOMPARE(refusal(withWindow(QStringLiteral("skew"), 1.5)),
            QStringLiteral("frame.pause.window.skew: out of range"));
        QCOMPARE(refusal(withWindow(QStringLiteral("skew"), QStringLiteral("10"))),
            QStringLiteral("frame.pause.window.skew: not a number"));
        QCOMPARE(refusal(good), QStringLiteral("(read)"));
    }

    // What the pause adds to a 3-node frame (docs/history.md).
    void pauseFrameSize()
    {
        auto size = [](const ClusterSnapshot& s) {
            return QJsonDocument(frameFromSnapshot(s)).toJson(QJsonDocument::Compact).size();
        };
        ClusterSnapshot plain = demoSnapshot(DemoScenario::Healthy, 3, 1, kTime);
        deriveCluster(plain);
        const qsizetype running = size(pausedCluster(kTime, {false, false, false}, std::nullopt));
        const qsizetype paused = size(pausedCluster(kTime, 1380));
        qInfo("frame of a 3-node cluster: %lld bytes without the pause read, %lld with repmgrd running, "
              "%lld paused with a window",
            qlonglong(size(plain)), qlonglong(running), qlonglong(paused));
        QVERIFY2(running - size(plain) < 60, qPrintable(QString::number(running - size(plain))));
        QVERIFY2(paused - size(plain) < 250, qPrintable(QString::number(paused - size(plain))));
    }
};

QTEST_GUILESS_MAIN(TestHistoryFramePause)
#include "tst_historyframepause.moc"
