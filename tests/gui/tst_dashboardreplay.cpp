// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's replay on a history the real recorder wrote (a fake clock): the scrubber shows
// the cluster as it was (a failover's alarms, then healthy again), says it is the past, turns the
// actions off until Live; and what happened while the window was closed goes first in the
// timeline. PGPILOT_SCREENSHOT_DIR saves the replay.
#include "alarmbanner.h"
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
