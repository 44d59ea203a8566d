// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's replay (R: every cluster at one moment of its history on disk, End back to live) and
// its sound line (S silences), on histories the real recorder wrote and on a real monitor; the
// backup strip as it was at the moment.
#include "../unit/backupsnapshots.h"
#include "alarmsound.h"
#include "history/historyrecorder.h"
#include "monitor/clustermonitor.h"
#include "monitor/demosnapshots.h"
#include "replaybar.h"
#include "wallview.h"

#include <QDir>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

// The replay at time, as the admin's scrubbing gives it (the owner's own setPosition is not
// echoed; a step is).
void seek(ReplayBar* bar, const QDateTime& time)
{
    bar->setPosition(time.addSecs(-1));
    bar->step(1);
}

} // namespace

class TestWallReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaysEveryClusterAtOneMoment()
    {
        QTemporaryDir dir;
        QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-900);
        HistoryOptions o;
        o.root = dir.filePath(QStringLiteral("history"));
        o.clock = [&now] {
            return now;
        };
        const QDateTime t0 = now;
        {
            // "east" fails over from 200 s to 260 s; "west" stays healthy; both recorded.
            HistoryRecorder east(QStringLiteral("east"), o);
            HistoryRecorder west(QStringLiteral("west"), o);
            QVERIFY(east.start() && west.start());
            for (int s = 0; s < 400; ++s) {
                east.feed(derivedDemoSnapshot(QStringLiteral("east"), now, quint64(s + 1),
                    s >= 200 && s < 260 ? DemoScenario::FailoverInProgress : DemoScenario::Healthy));
                west.feed(
                    derivedDemoSnapshot(QStringLiteral("west"), now, quint64(s + 1), DemoScenario::Healthy));
                now = now.addSecs(1);
            }
        }
        WallView wall;
        wall.setHistoryOptions(o);
        wall.setWorstFirst(true);
        WallPanel* east = wall.addPanel();
        WallPanel* west = wall.addPanel();
        WallPanel* north = wall.addPanel(); // nothing stored for it
        east->showSnapshot(derivedDemoSnapshot(
            QStringLiteral("east"), QDateTime::currentDateTimeUtc(), 1, DemoScenario::Healthy));
        west->showSnapshot(derivedDemoSnapshot(
            QStringLiteral("west"), QDateTime::currentDateTimeUtc(), 1, DemoScenario::Healthy));
        north->showSnapshot(derivedDemoSnapshot(
            QStringLiteral("north"), QDateTime::currentDateTimeUtc(), 1, DemoScenario::Healthy));
        wall.resize(1920, 1080);
        wall.show();

        QTest::keyClick(&wall, Qt::Key_R);
        QVERIFY(wall.isReplaying());
        QVERIFY(wall.replayBar()->isVisible());
        QCOMPARE(wall.replayBar()->first(), t0);
        QVERIFY2(wall.statusLine().contains(QStringLiteral("nothing stored for north")),
            qPrintable(wall.statusLine()));

        wall.replayBar()->setPosition(t0.addSecs(229));
        wall.replayBar()->step(1);
        QCOMPARE(east->rank(), 0); // critical alarms: first on the wall
        QVERIFY(west->rank() > 0);
        QVERIFY2(
            north->statusText().contains(QStringLiteral("NOT RECORDED")), qPrintable(north->statusText()));
        QCOMPARE(wall.panels().size(), 3);
        if (const QString shots = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(100); // laid out on the next events, for the picture only
            wall.grab().save(QDir(shots).filePath(QStringLiteral("wall-replay.png")));
        }
        wall.replayBar()->step(100);
        QVERIFY(east->rank() > 0);
        // A replayed snapshot is minutes old and not called stale.
        QVERIFY(!east->statusText().contains(QStringLiteral("NO UPDATE")));

        QTest::keyClick(wall.replayBar(), Qt::Key_End);
        QVERIFY(!wall.isReplaying());
        QVERIFY(!wall.replayBar()->isVisible());
    }

    // The backup strip in the replay: the moment's backups and archiving, in its alarms' colours;
    // a history from before frames kept backups shows no strip.
    void replayShowsTheBackupsOfTheMoment()
    {
        using namespace backupsnapshots;
        QTemporaryDir dir;
        const QDateTime t0 = recordedBackupCluster(0).time;
        QDateTime now = t0;
        HistoryOptions o;
        o.root = dir.filePath(QStringLiteral("history"));
        o.clock = [&now] {
            return now;
        };
        {
            HistoryRecorder recorder(QStringLiteral("prod"), o);
            QVERIFY(recorder.start());
            for (int i = 0; i < 1200; ++i) {
                now = t0.addSecs(i);
                recorder.feed(recordedBackupCluster(i));
            }
            now = t0.addSecs(1200);
        }
        WallView wall;
        wall.setHistoryOptions(o);
        WallPanel* panel = wall.addPanel();
        panel->showSnapshot(recordedBackupCluster(1199));
        wall.resize(1920, 1080);
        wall.show();
        WallBackupStrip* strip = panel->backupStrip();
        QCOMPARE(strip->stateText(), QStringLiteral("\u26a0 CRITICAL"));

        QTest::keyClick(&wall, Qt::Key_R);
        QVERIFY(wall.isReplaying());
        seek(wall.replayBar(), t0.addSecs(300));
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->stateText(), QStringLiteral("\u2714 OK"));
        QCOMPARE(strip->archivingText(), QStringLiteral("ok \u00b7 last WAL 20 s ago"));
        QCOMPARE(strip->lastText(), QStringLiteral("diff \u00b7 6 h 9 min ago \u00b7 30.1 MiB"));
        // Nothing changed for a while after a line: the ages still run to the moment.
        seek(wall.replayBar(), t0.addSecs(350));
        QCOMPARE(strip->archivingText(), QStringLiteral("ok \u00b7 last WAL 1 min ago"));
        seek(wall.replayBar(), t0.addSecs(1000));
        QCOMPARE(strip->stateText(), QStringLiteral("\u26a0 CRITICAL"));
        QCOMPARE(strip->archivingText(), QStringLiteral("failing: nothing archived for 2 min"));
        QCOMPARE(strip->lastText(), QStringLiteral("incr \u00b7 6 min ago \u00b7 30.2 MiB"));
        if (const QString shots = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(100);
            wall.grab().save(QDir(shots).filePath(QStringLiteral("wall-replay-backup.png")));
        }
        QTest::keyClick(wall.replayBar(), Qt::Key_End);
        QVERIFY(!wall.isReplaying());

        // Recorded before frames kept backups.
        QTemporaryDir old;
        HistoryOptions before;
        before.root = old.filePath(QStringLiteral("history"));
        before.clock = [] {
            return QDateTime(QDate(2024, 6, 3), QTime(8, 0), Qt::UTC);
        };
        QVERIFY(copyHistoryWithoutBackups(before.root));
        wall.setHistoryOptions(before);
        QVERIFY(strip->isVisible());
        QTest::keyClick(&wall, Qt::Key_R);
        QVERIFY(wall.isReplaying());
        seek(wall.replayBar(), QDateTime(QDate(2024, 6, 3), QTime(7, 35), Qt::UTC));
        QVERIFY(panel->statusText().contains(QStringLiteral("HEALTHY")));
        QVERIFY(!strip->isVisible());
        QTest::keyClick(wall.replayBar(), Qt::Key_End);
    }

    void soundLineAndSilence()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const int port = server.serverPort();
        server.close();
        MonitorOptions options;
        options.intervalMs = 200;
        ClusterMonitor monitor(QStringLiteral("east"), QString(),
            {MonitorTarget {QStringLiteral("pg1"), QStringLiteral("127.0.0.1"), port, 0, 0}}, "x", options);
        WallView wall;
        int plays = 0;
        wall.sound()->setPlayer([&plays] { ++plays; });
        wall.addCluster(&monitor);
        QVERIFY(wall.statusLine().isEmpty()); // sound off: nothing said
        wall.setSoundEnabled(true);
        QVERIFY(wall.statusLine().contains(QStringLiteral("sound on")));
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(plays, 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(wall.statusLine().contains(QStringLiteral("S silences")), 5000);
        QTest::keyClick(&wall, Qt::Key_S);
        QVERIFY(!wall.sound()->sounding());
        QVERIFY(wall.statusLine().contains(QStringLiteral("sound on")));
        monitor.stop();
    }
};

QTEST_MAIN(TestWallReplay)
#include "tst_wallreplay.moc"
