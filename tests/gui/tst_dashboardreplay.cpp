// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's replay on a history the real recorder wrote (a fake clock): the scrubber shows
// the cluster as it was (a failover's alarms, then healthy again), says it is the past, turns the
// actions off until Live; and what happened while the window was closed goes first in the
// timeline; the backup panel shows the backups as they were. PGPILOT_SCREENSHOT_DIR saves the replay.
#include "../unit/backupsnapshots.h"
#include "alarmbanner.h"
#include "backuppanel.h"
#include "clusterdashboard.h"
#include "dashboardmodels.h"
#include "history/historyrecorder.h"
#include "monitor/demosnapshots.h"
#include "replaybar.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

ClusterSnapshot snapshotAt(const QDateTime& time, quint64 tick, DemoScenario scenario)
{
    return derivedDemoSnapshot(QStringLiteral("main"), time, tick, scenario);
}

// The replay at time, as the admin's scrubbing gives it (the owner's own setPosition is not
// echoed; a step is).
void seek(ReplayBar* bar, const QDateTime& time)
{
    bar->setPosition(time.addSecs(-1));
    bar->step(1);
}

} // namespace

class TestDashboardReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayShowsThePastAndLocksTheActions()
    {
        QTemporaryDir dir;
        QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-1200);
        HistoryOptions o;
        o.root = dir.filePath(QStringLiteral("history"));
        o.clock = [&now] {
            return now;
        };
        const QDateTime t0 = now;
        {
            HistoryRecorder recorder(QStringLiteral("main"), o);
            QVERIFY(recorder.start());
            for (int s = 0; s < 600; ++s) {
                const auto scenario
                    = s >= 300 && s < 360 ? DemoScenario::FailoverInProgress : DemoScenario::Healthy;
                recorder.feed(snapshotAt(now, quint64(s + 1), scenario));
                now = now.addSecs(1);
            }
        }

        ClusterDashboard dashboard;
        dashboard.setHistoryOptions(o);
        dashboard.setAuditLogPath(dir.filePath(QStringLiteral("audit.log")));
        dashboard.resize(1400, 900);
        dashboard.showSnapshot(snapshotAt(QDateTime::currentDateTimeUtc(), 1000, DemoScenario::Healthy));
        dashboard.show();
        auto* switchover = dashboard.findChild<QPushButton*>(QStringLiteral("switchoverButton"));
        auto* chooser = dashboard.findChild<QComboBox*>(QStringLiteral("actionNode"));
        chooser->setCurrentText(QStringLiteral("pg2"));
        QVERIFY(switchover->isEnabled());

        QVERIFY(dashboard.enterReplay());
        QVERIFY(dashboard.isReplaying());
        ReplayBar* bar = dashboard.replayBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->first(), t0);
        QVERIFY(!switchover->isEnabled());
        QVERIFY(switchover->toolTip().contains(QStringLiteral("Leave the replay")));

        bar->setPosition(t0.addSecs(330));
        bar->step(0); // the owner's own move is not echoed; a step is
        bar->step(1);
        QVERIFY(!dashboard.banner()->isHidden());
        QVERIFY(dashboard.alarmModel()->rowCount() > 0);
        auto* updated = dashboard.findChild<QLabel*>(QStringLiteral("updated"));
        QVERIFY2(updated->text().startsWith(QStringLiteral("REPLAY")), qPrintable(updated->text()));
        if (const QString shots = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(300); // the charts lay their axes out on the next events, for the picture only
            dashboard.grab().save(QDir(shots).filePath(QStringLiteral("dashboard-replay.png")));
        }

        // The incident at this moment, as a bundle for the post-mortem (the tar tool reads it).
        QString summary;
        const QString bundle = dir.filePath(QStringLiteral("incident.tar"));
        QVERIFY2(dashboard.exportIncidentBundle(bundle, &summary), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("snapshots")), qPrintable(summary));
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-tf"), bundle});
        QVERIFY(tar.waitForFinished(10000));
        const QString members = QString::fromUtf8(tar.readAllStandardOutput());
        QVERIFY2(members.contains(QStringLiteral("manifest.json"))
                && members.contains(QStringLiteral("frames.jsonl")),
            qPrintable(members));
        QVERIFY(!dashboard.exportIncidentBundle(bundle, &summary)); // never over an existing file
        QVERIFY2(summary.contains(QStringLiteral("not written")), qPrintable(summary));

        bar->step(200); // after the failover: healthy again
        QCOMPARE(dashboard.alarmModel()->rowCount(), 0);
        QTest::keyClick(bar, Qt::Key_End); // Live
        QVERIFY(!dashboard.isReplaying());
        QVERIFY(!bar->isVisible());
        QVERIFY(switchover->isEnabled());
    }

    // The backup panel in the replay: the backups, the archiving and their alarms of the moment;
    // a history from before frames kept backups shows none.
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
        ClusterDashboard dashboard;
        dashboard.setHistoryOptions(o);
        dashboard.resize(1400, 900);
        // Live: the last moment, archiving failing.
        dashboard.showSnapshot(recordedBackupCluster(1199));
        dashboard.show();
        BackupPanel* panel = dashboard.backupPanel();
        QCOMPARE(panel->stateText(), QStringLiteral("\u26a0 CRITICAL"));

        QVERIFY(dashboard.enterReplay());
        ReplayBar* bar = dashboard.replayBar();
        seek(bar, t0.addSecs(300));
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->stateText(), QStringLiteral("\u2714 OK"));
        QVERIFY2(
            panel->detailsText().contains(QStringLiteral("000000010000000000000019 \u00b7 20&nbsp;s ago")),
            qPrintable(panel->detailsText()));
        QVERIFY(panel->detailsText().contains(QStringLiteral("diff \u00b7 6&nbsp;h 9&nbsp;min ago")));
        seek(bar, t0.addSecs(700));
        QCOMPARE(panel->stateText(), QStringLiteral("\u2714 OK"));
        QVERIFY2(panel->detailsText().contains(QStringLiteral("incr \u00b7 1&nbsp;min ago")),
            qPrintable(panel->detailsText()));
        seek(bar, t0.addSecs(1000));
        QCOMPARE(panel->stateText(), QStringLiteral("\u26a0 CRITICAL"));
        QVERIFY(panel->detailsText().contains(QStringLiteral("(failing now)")));
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("error"))
                    ->text()
                    .contains(QStringLiteral("WAL archiving fails on pg1")));
        if (const QString shots = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(300);
            dashboard.grab().save(QDir(shots).filePath(QStringLiteral("dashboard-replay-backup.png")));
        }
        QTest::keyClick(bar, Qt::Key_End);
        QVERIFY(!dashboard.isReplaying());

        // Recorded before frames kept backups: no backup panel for that moment.
        QTemporaryDir old;
        HistoryOptions before;
        before.root = old.filePath(QStringLiteral("history"));
        before.clock = [] {
            return QDateTime(QDate(2024, 6, 3), QTime(8, 0), Qt::UTC);
        };
        QVERIFY(copyHistoryWithoutBackups(before.root));
        dashboard.setHistoryOptions(before);
        QVERIFY(panel->isVisible());
        QVERIFY(dashboard.enterReplay());
        seek(dashboard.replayBar(), QDateTime(QDate(2024, 6, 3), QTime(7, 35), Qt::UTC));
        QVERIFY(!panel->isVisible());
        QTest::keyClick(dashboard.replayBar(), Qt::Key_End);
    }

    void nothingStoredSaysSo()
    {
        QTemporaryDir dir;
        HistoryOptions o;
        o.root = dir.filePath(QStringLiteral("history"));
        ClusterDashboard dashboard;
        dashboard.setHistoryOptions(o);
        dashboard.showSnapshot(snapshotAt(QDateTime::currentDateTimeUtc(), 1, DemoScenario::Healthy));
        QVERIFY(!dashboard.enterReplay());
        QVERIFY(!dashboard.isReplaying());
        QVERIFY(dashboard.findChild<QLabel*>(QStringLiteral("updated"))
                    ->text()
                    .contains(QStringLiteral("No history")));
    }

    void whileClosedComesFirst()
    {
        ClusterDashboard dashboard;
        ClusterEvent e;
        e.time = QDateTime::currentDateTimeUtc().addSecs(-3600);
        e.kind = ClusterEvent::Kind::Repmgr;
        e.node = QStringLiteral("pg2");
        e.text = QStringLiteral("repmgrd_failover_promote");
        dashboard.showWhileClosed(QStringLiteral("While this window was closed: 1 event"), {e});
        QCOMPARE(dashboard.whileClosedText(), QStringLiteral("While this window was closed: 1 event"));
        QCOMPARE(dashboard.eventModel()->rowCount(), 1);
        dashboard.showWhileClosed({}, {});
        QVERIFY(dashboard.whileClosedText().isEmpty());
        QCOMPARE(dashboard.eventModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestDashboardReplay)
#include "tst_dashboardreplay.moc"
