// SPDX-License-Identifier: GPL-3.0-or-later
#include "../unit/backupsnapshots.h"
#include "alarmbanner.h"
#include "clusterdashboard.h"
#include "dashboardmodels.h"
#include "lagchart.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "nodetile.h"
#include "wallview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

ClusterSnapshot scenario(DemoScenario which, int nodes = 3, quint64 tick = 1)
{
    const QDateTime start(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);
    ClusterSnapshot s = demoSnapshot(which, nodes, tick, start.addSecs(qint64(tick)));
    deriveCluster(s);
    return s;
}

// A few minutes of history: healthy, then the primary fails, then split brain.
QList<HistorySample> history(int nodes, QList<ClusterEvent>* events)
{
    QList<HistorySample> samples;
    ClusterSnapshot previous;
    for (quint64 t = 1; t <= 240; ++t) {
        const DemoScenario which = t < 150
            ? DemoScenario::Healthy
            : (t < 200 ? DemoScenario::FailoverInProgress : DemoScenario::SplitBrain);
        const ClusterSnapshot s = scenario(which, nodes, t);
        samples.append(toHistorySample(s));
        if (events)
            events->append(diffSnapshots(previous, s));
        previous = s;
    }
    return samples;
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(200); // let layouts settle
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

// Every visible label of widget shows all its lines: as tall as its text needs at its width, and
// as wide when it does not wrap.
void verifyNothingCut(QWidget* widget)
{
    for (QLabel* label : widget->findChildren<QLabel*>()) {
        if (!label->isVisible())
            continue;
        const int needed
            = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        QVERIFY2(label->height() >= needed,
            qPrintable(QStringLiteral("%1 \"%2\": %3 px high, needs %4 at %5 px wide")
                           .arg(label->objectName(), label->text())
                           .arg(label->height())
                           .arg(needed)
                           .arg(label->width())));
        // A label that wraps still cuts a word (or words joined by non-breaking spaces) wider
        // than itself.
        if (label->wordWrap() && !label->text().isEmpty())
            QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                qPrintable(QStringLiteral("%1 \"%2\": %3 px wide, its longest word needs %4")
                               .arg(label->objectName(), label->text())
                               .arg(label->width())
                               .arg(label->minimumSizeHint().width())));
        if (!label->wordWrap())
            QVERIFY2(label->width() >= label->sizeHint().width(),
                qPrintable(QStringLiteral("%1 \"%2\": %3 px wide, needs %4")
                               .arg(label->objectName(), label->text())
                               .arg(label->width())
                               .arg(label->sizeHint().width())));
    }
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nodeModelMergesRows()
    {
        NodeStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(scenario(DemoScenario::Healthy, 3));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(
            model.headerData(NodeStatusModel::Sync, Qt::Horizontal).toString(), QStringLiteral("Sync state"));
        QCOMPARE(model.index(0, NodeStatusModel::Sync).data().toString(), QStringLiteral("\u2014"));
        QCOMPARE(model.index(1, NodeStatusModel::Sync).data().toString(), QStringLiteral("quorum"));
        changed.clear();
        model.setSnapshot(scenario(DemoScenario::Healthy, 3)); // same values: nothing changes
        QCOMPARE(changed.size(), 0);
        model.setSnapshot(scenario(DemoScenario::FailoverInProgress, 3));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.index(0, NodeStatusModel::Role).data().toString(), QStringLiteral("\u2716 down"));
        QCOMPARE(model.index(1, NodeStatusModel::Sync).data().toString(), QStringLiteral("\u2014"));
        model.setSnapshot(scenario(DemoScenario::SplitBrain, 5));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(1, NodeStatusModel::Role).data().toString(), QStringLiteral("\u2605 primary"));
        QCOMPARE(model.index(1, NodeStatusModel::Vip).data().toString(), QStringLiteral("\u25c6 VIP"));
        model.setSnapshot(scenario(DemoScenario::Healthy, 3));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.index(2, NodeStatusModel::Name).data(NodeStatusModel::NodeNameRole).toString(),
            QStringLiteral("pg3"));
    }

    void alarmModelMergesByKey()
    {
        AlarmModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setAlarms(scenario(DemoScenario::FailoverInProgress).alarms);
        const int failover = model.rowCount();
        QVERIFY(failover >= 3);
        model.setAlarms(scenario(DemoScenario::SplitBrain).alarms);
        QCOMPARE(model.rowCount(), scenario(DemoScenario::SplitBrain).alarms.size());
        QCOMPARE(model.alarms(), scenario(DemoScenario::SplitBrain).alarms);
        model.setAlarms({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void eventModelAppendsAndDropsOldest()
    {
        EventModel model(50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ClusterEvent> events;
        history(3, &events);
        QVERIFY(events.size() > 5);
        for (const auto& e : events)
            model.append({e});
        QCOMPARE(model.rowCount(), qMin(50, int(events.size())));
        QList<ClusterEvent> many;
        for (int i = 0; i < 120; ++i)
            many.append({QDateTime::currentDateTimeUtc(), ClusterEvent::Kind::Operation,
                QStringLiteral("pg1"), QStringLiteral("op %1").arg(i), Severity::Warning});
        model.append(many);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.events().last().text, QStringLiteral("op 119"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void dashboardRendersScenarios()
    {
        ClusterDashboard dashboard;
        dashboard.resize(1400, 900);
        QList<ClusterEvent> events;
        const QList<HistorySample> samples = history(3, &events);
        dashboard.setHistory(samples.mid(0, 149));
        dashboard.appendEvents(events.mid(0, 3));
        dashboard.showSnapshot(scenario(DemoScenario::Healthy, 3, 149));
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QVERIFY(!dashboard.banner()->isVisible());
        QCOMPARE(dashboard.tile(QStringLiteral("pg1"))->roleText(), QStringLiteral("\u2605 PRIMARY"));
        QCOMPARE(dashboard.tile(QStringLiteral("pg2"))->roleText(), QStringLiteral("\u25cf STANDBY"));
        QVERIFY(dashboard.findChild<QLabel*>(QStringLiteral("summary"))
                    ->text()
                    .contains(QStringLiteral("healthy")));
        QVERIFY(dashboard.findChild<LagChart*>()->pointCount(QStringLiteral("pg2")) > 100);
        screenshot(&dashboard, QStringLiteral("dashboard-healthy.png"));

        dashboard.setHistory(samples.mid(0, 199));
        dashboard.appendEvents(events.mid(3));
        dashboard.showSnapshot(scenario(DemoScenario::FailoverInProgress, 3, 199));
        QVERIFY(dashboard.banner()->isVisible());
        QVERIFY(dashboard.banner()->titleText().contains(QStringLiteral("No primary")));
        QCOMPARE(dashboard.tile(QStringLiteral("pg1"))->roleText(), QStringLiteral("\u2716 DOWN"));
        screenshot(&dashboard, QStringLiteral("dashboard-failover.png"));

        dashboard.setHistory(samples);
        dashboard.showSnapshot(scenario(DemoScenario::SplitBrain, 3, 240));
        QVERIFY(dashboard.banner()->titleText().contains(QStringLiteral("Split brain")));
        dashboard.findChild<QTabWidget*>(QStringLiteral("dashboardTabs"))->setCurrentIndex(1);
        screenshot(&dashboard, QStringLiteral("dashboard-splitbrain-routing.png"));
        dashboard.findChild<QTabWidget*>(QStringLiteral("dashboardTabs"))->setCurrentIndex(2);
        screenshot(&dashboard, QStringLiteral("dashboard-splitbrain-timeline.png"));
    }

    void synchronousReplicationIsShown()
    {
        ClusterDashboard dashboard;
        dashboard.resize(1400, 900);
        QList<ClusterEvent> events;
        dashboard.setHistory(history(3, &events).mid(0, 149));
        dashboard.showSnapshot(scenario(DemoScenario::Healthy, 3, 149));
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto* mode = dashboard.findChild<QLabel*>(QStringLiteral("replicationMode"));
        QVERIFY(mode);
        QCOMPARE(mode->text(), QStringLiteral("synchronous quorum: ANY 1 of 2 standbys"));
        QVERIFY(mode->isVisible());
        QVERIFY(mode->toolTip().contains(QStringLiteral("synchronous_standby_names = 'ANY 1 (")));
        auto details = [&dashboard](const char* node) {
            return dashboard.tile(QString::fromLatin1(node))
                ->findChild<QLabel*>(QStringLiteral("details"))
                ->text();
        };
        QVERIFY2(details("pg2").contains(QStringLiteral("Sync")), qPrintable(details("pg2")));
        QVERIFY(details("pg2").contains(QStringLiteral("<b>quorum</b>")));
        QVERIFY(!details("pg1").contains(QStringLiteral("Sync")));
        auto* tabs = dashboard.findChild<QTabWidget*>(QStringLiteral("dashboardTabs"));
        tabs->setCurrentIndex(4);
        screenshot(&dashboard, QStringLiteral("dashboard-nodes.png"));

        // Both standbys stopped: writes wait, and the dashboard says so first.
        dashboard.showSnapshot(scenario(DemoScenario::QuorumLost, 3, 150));
        QVERIFY(dashboard.banner()->isVisible());
        QCOMPARE(dashboard.banner()->titleText(),
            QStringLiteral("Writes wait: no standby of the synchronous quorum is streaming"));
        QVERIFY(!details("pg2").contains(QStringLiteral("Sync")));
        bool inTable = false;
        for (int row = 0; row < dashboard.alarmModel()->rowCount(); ++row) {
            const QModelIndex title = dashboard.alarmModel()->index(row, AlarmModel::Title);
            inTable = inTable || title.data().toString().startsWith(QStringLiteral("Writes wait"));
            if (title.data().toString().startsWith(QStringLiteral("Writes wait"))) {
                QCOMPARE(dashboard.alarmModel()->index(row, AlarmModel::Node).data().toString(),
                    QStringLiteral("pg1"));
                QVERIFY(dashboard.alarmModel()
                            ->index(row, AlarmModel::Action)
                            .data()
                            .toString()
                            .contains(QStringLiteral("pg2, pg3")));
            }
        }
        QVERIFY(inTable);
        tabs->setCurrentIndex(3);
        screenshot(&dashboard, QStringLiteral("dashboard-quorum-lost.png"));

        // Five nodes, one of the two standbys the quorum needs still streaming.
        dashboard.showSnapshot(scenario(DemoScenario::QuorumLost, 5, 151));
        QVERIFY(dashboard.banner()->titleText().contains(QStringLiteral("1 of the 2 standbys")));
        QCOMPARE(mode->text(), QStringLiteral("synchronous quorum: ANY 2 of 4 standbys"));

        // No primary: the mode is unknown, and nothing is claimed about it.
        dashboard.showSnapshot(scenario(DemoScenario::FailoverInProgress, 3, 152));
        QVERIFY(mode->text().isEmpty());
    }

    void actionButtonsSignalTheChosenNode()
    {
        ClusterDashboard dashboard;
        dashboard.showSnapshot(scenario(DemoScenario::Healthy, 3));
        QSignalSpy switchover(&dashboard, &ClusterDashboard::switchoverRequested);
        QSignalSpy rejoin(&dashboard, &ClusterDashboard::rejoinRequested);
        QSignalSpy fence(&dashboard, &ClusterDashboard::fenceRequested);
        QSignalSpy wall(&dashboard, &ClusterDashboard::wallModeRequested);
        auto* chooser = dashboard.findChild<QComboBox*>(QStringLiteral("actionNode"));
        auto* switchoverButton = dashboard.findChild<QPushButton*>(QStringLiteral("switchoverButton"));
        auto* rejoinButton = dashboard.findChild<QPushButton*>(QStringLiteral("rejoinButton"));
        auto* fenceButton = dashboard.findChild<QPushButton*>(QStringLiteral("fenceButton"));
        // A streaming standby: switchover and fence, no rejoin (it already serves the cluster).
        chooser->setCurrentText(QStringLiteral("pg2"));
        QVERIFY(switchoverButton->isEnabled());
        QVERIFY(!rejoinButton->isEnabled());
        QVERIFY(!rejoinButton->toolTip().isEmpty());
        QTest::mouseClick(switchoverButton, Qt::LeftButton);
        QTest::mouseClick(rejoinButton, Qt::LeftButton);
        QTest::mouseClick(fenceButton, Qt::LeftButton);
        QTest::mouseClick(
            dashboard.findChild<QPushButton*>(QStringLiteral("wallModeButton")), Qt::LeftButton);
        QCOMPARE(switchover.size(), 1);
        QCOMPARE(switchover.at(0).at(0).toString(), QStringLiteral("pg2"));
        QCOMPARE(rejoin.size(), 0);
        QCOMPARE(fence.at(0).at(0).toString(), QStringLiteral("pg2"));
        QCOMPARE(wall.size(), 1);
        // The primary clients write to: neither a switchover to itself nor a rejoin.
        chooser->setCurrentText(QStringLiteral("pg1"));
        QVERIFY(!switchoverButton->isEnabled());
        QVERIFY(!rejoinButton->isEnabled());
        QVERIFY(fenceButton->isEnabled());
        // A node that is down after a failover: rejoin is offered.
        dashboard.showSnapshot(scenario(DemoScenario::FailoverInProgress, 3));
        bool anyDown = false;
        for (const NodeSnapshot& n : scenario(DemoScenario::FailoverInProgress, 3).nodes) {
            if (n.state == NodeState::Down) {
                anyDown = true;
                chooser->setCurrentText(n.name);
                QVERIFY2(rejoinButton->isEnabled(), qPrintable(n.name));
                QVERIFY(!switchoverButton->isEnabled());
                QTest::mouseClick(rejoinButton, Qt::LeftButton);
                QCOMPARE(rejoin.size(), 1);
                QCOMPARE(rejoin.at(0).at(0).toString(), n.name);
            }
        }
        QVERIFY(anyDown);
    }

    void timelineExports()
    {
        QTemporaryDir dir;
        ClusterDashboard dashboard;
        QList<ClusterEvent> events;
        history(3, &events);
        dashboard.appendEvents(events);
        const QString csv = dir.filePath(QStringLiteral("t.csv"));
        const QString txt = dir.filePath(QStringLiteral("t.txt"));
        QVERIFY(dashboard.exportTimeline(csv, true));
        QVERIFY(dashboard.exportTimeline(txt, false));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray content = c.readAll();
        QVERIFY(content.startsWith("time,kind,node,severity,text\r\n"));
        QCOMPARE(content.count("\r\n"), events.size() + 1);
        QVERIFY(content.contains("VIP moved pg1"));
        QFile t(txt);
        QVERIFY(t.open(QIODevice::ReadOnly));
        QCOMPARE(t.readAll().count('\n'), events.size());
    }

    void wallMode()
    {
        struct Case
        {
            DemoScenario which;
            const char* file;
            const char* status;
        };
        const Case cases[] = {{DemoScenario::Healthy, "wall-healthy.png", "HEALTHY"},
            {DemoScenario::FailoverInProgress, "wall-failover.png", "ALARM"},
            {DemoScenario::SplitBrain, "wall-splitbrain.png", "ALARM"},
            {DemoScenario::QuorumLost, "wall-quorum-lost.png", "ALARM"}};
        for (const auto& c : cases) {
            WallView wall;
            wall.resize(1920, 1080);
            WallPanel* panel = wall.addPanel();
            panel->showSnapshot(scenario(c.which, 3));
            wall.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wall));
            QVERIFY2(
                panel->statusText().contains(QString::fromLatin1(c.status)), qPrintable(panel->statusText()));
            auto* mode = panel->findChild<QLabel*>(QStringLiteral("wallReplication"));
            QVERIFY(mode);
            if (c.which == DemoScenario::FailoverInProgress || c.which == DemoScenario::SplitBrain) {
                QVERIFY(!mode->isVisible()); // no single primary to speak for the cluster
            } else {
                QVERIFY(mode->isVisible());
                QCOMPARE(mode->text(), QStringLiteral("synchronous quorum: ANY 1 of 2 standbys"));
            }
            if (c.which == DemoScenario::Healthy)
                QVERIFY(panel->tile(QStringLiteral("pg3"))
                            ->findChild<QLabel*>(QStringLiteral("details"))
                            ->text()
                            .contains(QStringLiteral("<b>quorum</b>")));
            screenshot(&wall, QString::fromLatin1(c.file));
        }
        // Two clusters side by side, one of them with nine nodes.
        WallView wall;
        wall.resize(1920, 1080);
        QSignalSpy leave(&wall, &WallView::leaveRequested);
        wall.addPanel()->showSnapshot(scenario(DemoScenario::Healthy, 9));
        ClusterSnapshot other = scenario(DemoScenario::FailoverInProgress, 3);
        other.cluster = QStringLiteral("billing");
        wall.addPanel()->showSnapshot(other);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QCOMPARE(wall.panels().size(), 2);
        QVERIFY(wall.panels()[0]->tile(QStringLiteral("pg9")));
        screenshot(&wall, QStringLiteral("wall-two-clusters.png"));
        QTest::keyClick(&wall, Qt::Key_Escape);
        QCOMPARE(leave.size(), 1);
    }

    // The backup strip: hidden without a repository host, then the last backup, the archiving and
    // the next run, in the alarm colours; whole at 1920x1080 and 1280x720, with 3 and 5 nodes, on
    // its own, beside another cluster and in the estate grid.
    void wallBackupStrip()
    {
        using namespace backupsnapshots;
        WallView wall;
        wall.resize(1920, 1080);
        WallPanel* panel = wall.addPanel();
        WallBackupStrip* strip = panel->backupStrip();
        QVERIFY(strip);
        ClusterSnapshot none = cluster(repository());
        none.backup = {};
        deriveCluster(none);
        panel->showSnapshot(none);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QVERIFY(!strip->isVisible());

        // Healthy.
        panel->showSnapshot(cluster(repository()));
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->stateText(), QStringLiteral("\u2714 OK"));
        QCOMPARE(strip->lastText(), QStringLiteral("diff \u00b7 6 h 4 min ago \u00b7 29.9 MiB"));
        QCOMPARE(strip->archivingText(), QStringLiteral("ok \u00b7 last WAL 20 s ago"));
        QCOMPARE(strip->nextText(), QStringLiteral("diff in 17 h 55 min"));
        QVERIFY(panel->statusText().contains(QStringLiteral("HEALTHY")));

        // The newest backup two days old: its age, critical (over twice the schedule's 26 h).
        panel->showSnapshot(cluster(repository(), 2 * 24 * 3600));
        QCOMPARE(strip->stateText(), QStringLiteral("\u26a0 CRITICAL"));
        QCOMPARE(strip->lastText(), QStringLiteral("diff \u00b7 2 d 6 h ago \u00b7 29.9 MiB"));
        QCOMPARE(strip->nextText(), QStringLiteral("diff due now"));
        // A day and a half old: a warning.
        panel->showSnapshot(cluster(repository(), 24 * 3600));
        QCOMPARE(strip->stateText(), QStringLiteral("\u25b2 WARNING"));
        QCOMPARE(strip->lastText(), QStringLiteral("diff \u00b7 1 d 6 h ago \u00b7 29.9 MiB"));

        // Archiving fails on the primary: since when, critical.
        panel->showSnapshot(failingArchiver(cluster(repository()), 3, 5));
        QCOMPARE(strip->stateText(), QStringLiteral("\u26a0 CRITICAL"));
        QCOMPARE(strip->archivingText(), QStringLiteral("failing: nothing archived for 20 s"));
        QCOMPARE(strip->lastText(), QStringLiteral("diff \u00b7 6 h 4 min ago \u00b7 29.9 MiB"));

        // The repository host not read yet, then not answering.
        BackupStatus waiting;
        waiting.configured = true;
        waiting.host = QStringLiteral("backup");
        panel->showSnapshot(cluster(waiting));
        QCOMPARE(strip->stateText(), QStringLiteral("\u2026 NOT READ YET"));
        QCOMPARE(strip->lastText(), QStringLiteral("not read yet"));
        panel->showSnapshot(cluster(repository({}, QStringLiteral("backup: connection refused"))));
        QCOMPARE(strip->stateText(), QStringLiteral("\u25b2 WARNING"));
        QCOMPARE(strip->lastText(), QStringLiteral("not read"));

        // A problem (the monitor failed): nothing known, no strip; back without backups: none.
        panel->showProblem(QStringLiteral("prod"), QStringLiteral("the keychain is locked"));
        QVERIFY(!strip->isVisible());
        panel->showSnapshot(cluster(repository()));
        QVERIFY(strip->isVisible());
        panel->showSnapshot(none);
        QVERIFY(!strip->isVisible());

        // The layouts: every text whole, screenshots.
        struct Layout
        {
            QSize size;
            int nodes;
            DemoScenario scenario;
            bool failing;
            const char* file;
        };
        const Layout layouts[] = {
            {{1920, 1080}, 3, DemoScenario::Healthy, false, "wall-backup-1080p-3nodes.png"},
            {{1920, 1080}, 5, DemoScenario::FailoverInProgress, false,
                "wall-backup-1080p-5nodes-failover.png"},
            {{1280, 720}, 3, DemoScenario::Healthy, true, "wall-backup-720p-3nodes-archiving-fails.png"},
            {{1280, 720}, 5, DemoScenario::FailoverInProgress, false, "wall-backup-720p-5nodes-failover.png"},
        };
        for (const Layout& l : layouts) {
            WallView one;
            one.resize(l.size);
            WallPanel* p = one.addPanel();
            ClusterSnapshot s = cluster(repository(), l.failing ? 2 * 24 * 3600 : 60, l.nodes, l.scenario);
            p->showSnapshot(l.failing ? failingArchiver(s) : s);
            one.show();
            QVERIFY(QTest::qWaitForWindowExposed(&one));
            QTest::qWait(50);
            QVERIFY(p->backupStrip()->isVisible());
            QCOMPARE(one.size(), l.size); // the type scales to the screen; the window does not grow
            verifyNothingCut(p);
            QVERIFY2(p->backupStrip()->geometry().bottom() < p->height(), l.file);
            screenshot(&one, QString::fromLatin1(l.file));
        }
        // Two clusters side by side, and five in the estate grid.
        for (const int clusters : {2, 5}) {
            for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
                WallView many;
                many.resize(size);
                for (int i = 0; i < clusters; ++i) {
                    ClusterSnapshot s = cluster(repository(), i == 1 ? 2 * 24 * 3600 : 60, i == 0 ? 5 : 3);
                    s.cluster = QStringLiteral("cluster-%1").arg(i + 1);
                    many.addPanel()->showSnapshot(i == 1 ? failingArchiver(s) : s);
                }
                many.show();
                QVERIFY(QTest::qWaitForWindowExposed(&many));
                QTest::qWait(50);
                for (WallPanel* p : many.panels()) {
                    QVERIFY(p->backupStrip()->isVisible());
                    verifyNothingCut(p->backupStrip());
                }
                screenshot(
                    &many, QStringLiteral("wall-backup-%1clusters-%2p.png").arg(clusters).arg(size.height()));
            }
        }
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
