// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic failover paused (issue 20) in the window: the dashboard's pause banner under the alarm
// banner (time left, who, why; past the window with the critical alarm above it; the nodes named
// when they disagree; gone once resumed), every label showing all of its text; and the Cluster
// menu's toggle in the real MainWindow: "Pause automatic failover..." asks the window and the
// reason (refusing what parsePauseWindow refuses) and goes on to the operation, "Resume automatic
// failover" goes to the unpause operation. PGPILOT_SCREENSHOT_DIR saves the dashboard and the
// dialog.
#include "alarmbanner.h"
#include "clusterdashboard.h"
#include "core/settings.h"
#include "mainwindow.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "pausebanner.h"
#include "pausedialog.h"
#include "secrets/memorysecretstore.h"
#include "uichecks.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

ClusterSnapshot pausedSnapshot(const QList<std::optional<bool>>& paused, std::optional<double> secondsLeft)
{
    ClusterSnapshot s = demoSnapshot(DemoScenario::Healthy, 3);
    for (int i = 0; i < s.nodes.size(); ++i)
        s.nodes[i].pg.repmgrdPaused = paused.value(i);
    if (secondsLeft) {
        PauseWindow& w = s.nodes[0].pg.pauseWindow;
        w.read = true;
        w.open = true;
        w.id = 3;
        w.since = QDateTime(QDate(2025, 3, 14), QTime(9, 0), Qt::UTC);
        w.until = QDateTime(QDate(2025, 3, 14), QTime(10, 0), Qt::UTC);
        w.by = QStringLiteral("alice@ws1");
        w.reason = QStringLiteral("kernel update on pg2");
        w.secondsLeft = secondsLeft;
    }
    deriveCluster(s);
    return s;
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(200);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

// Every visible label shows all of its lines at its width.
void verifyNothingCut(QWidget* widget)
{
    QTest::qWait(50);
    for (QLabel* label : widget->findChildren<QLabel*>()) {
        if (!label->isVisible())
            continue;
        const int needed
            = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        QVERIFY2(label->height() >= needed,
            qPrintable(QStringLiteral("%1 \"%2\": %3 px high, needs %4")
                           .arg(label->objectName(), label->text().left(40))
                           .arg(label->height())
                           .arg(needed)));
    }
}

QMenu* clusterMenu(MainWindow& window)
{
    for (QAction* a : window.menuBar()->actions()) {
        if (!a->menu())
            continue;
        for (QAction* item : a->menu()->actions()) {
            if (item->objectName() == QLatin1String("action-pause"))
                return a->menu();
        }
    }
    return nullptr;
}

QAction* pauseAction(QMenu* menu)
{
    for (QAction* item : menu->actions()) {
        if (item->objectName() == QLatin1String("action-pause"))
            return item;
    }
    return nullptr;
}

} // namespace

class TestPauseGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void bannerFollowsThePause()
    {
        ClusterDashboard dashboard;
        dashboard.resize(1400, 900);
        PauseBanner* banner = dashboard.pauseBanner();
        QVERIFY(banner);
        dashboard.showSnapshot(pausedSnapshot({false, false, false}, std::nullopt));
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QVERIFY(!banner->isVisible());

        // Paused within its window: the banner, no alarm.
        dashboard.showSnapshot(pausedSnapshot({true, true, true}, 1380));
        QVERIFY(banner->isVisible());
        QVERIFY(!dashboard.banner()->isVisible());
        QCOMPARE(banner->titleText(), QStringLiteral("Automatic failover paused: 23 min left"));
        QVERIFY2(banner->detailText().contains(QLatin1String("Since 2025-03-14 09:00 UTC by alice@ws1, until "
                                                             "2025-03-14 10:00 UTC."))
                && banner->detailText().contains(QLatin1String("Reason: kernel update on pg2."))
                && banner->detailText().contains(QLatin1String("pgpilot unpause")),
            qPrintable(banner->detailText()));
        verifyNothingCut(banner);
        saveScreenshot(&dashboard, QStringLiteral("dashboard-paused.png"));

        // Past the window: the critical alarm above it, the banner says how long ago.
        dashboard.showSnapshot(pausedSnapshot({true, true, true}, -720));
        QVERIFY(dashboard.banner()->isVisible());
        QVERIFY2(dashboard.banner()->titleText().startsWith(
                     QLatin1String("Automatic failover paused past its window")),
            qPrintable(dashboard.banner()->titleText()));
        QCOMPARE(
            banner->titleText(), QStringLiteral("Automatic failover paused: the window ended 12 min ago"));
        verifyNothingCut(banner);
        verifyNothingCut(dashboard.banner());
        saveScreenshot(&dashboard, QStringLiteral("dashboard-paused-overdue.png"));

        // Some nodes only: named, with the warning alarm above.
        dashboard.showSnapshot(pausedSnapshot({true, false, true}, 600));
        QCOMPARE(
            banner->titleText(), QStringLiteral("Automatic failover paused on pg1, pg3 only, not on pg2"));
        QVERIFY(dashboard.banner()->titleText().contains(QLatin1String("but not on pg2")));
        verifyNothingCut(banner);
        saveScreenshot(&dashboard, QStringLiteral("dashboard-paused-mixed.png"));

        // Paused by hand (no window recorded): said so.
        dashboard.showSnapshot(pausedSnapshot({true, true, true}, std::nullopt));
        QCOMPARE(banner->titleText(), QStringLiteral("Automatic failover paused"));
        QVERIFY(banner->detailText().startsWith(QLatin1String("No window recorded")));

        // Resumed: gone.
        dashboard.showSnapshot(pausedSnapshot({false, false, false}, 600));
        QVERIFY(!banner->isVisible());
    }

    void dialogChecksWhatIsTyped()
    {
        PauseDialog dialog(QStringLiteral("prod"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.canContinue()); // 60m preset
        dialog.windowEdit()->setText(QStringLiteral("3 days"));
        QVERIFY(!dialog.canContinue());
        QVERIFY2(dialog.errorText().contains(QLatin1String("30m")), qPrintable(dialog.errorText()));
        dialog.windowEdit()->setText(QStringLiteral("25h"));
        QVERIFY(dialog.errorText().contains(QLatin1String("24 hours")));
        dialog.windowEdit()->setText(QStringLiteral("1h30m"));
        QVERIFY(dialog.canContinue());
        QVERIFY(dialog.errorText().isEmpty());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("kernel update on pg2"));
        verifyNothingCut(&dialog);
        saveScreenshot(&dialog, QStringLiteral("pause-dialog.png"));
        QSignalSpy asked(&dialog, &PauseDialog::pauseRequested);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toString(), QStringLiteral("1h30m"));
        QCOMPARE(asked.first().at(1).toString(), QStringLiteral("kernel update on pg2"));
    }

    // The Cluster menu's one entry: named for what it does now, and it leads to the operation (here
    // on an empty worksheet, which the operation refuses before connecting anywhere).
    void clusterMenuToggle()
    {
        MemorySecretStore secrets;
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(&secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu* menu = clusterMenu(window);
        QVERIFY(menu);
        QAction* action = pauseAction(menu);
        QVERIFY(action);

        window.dashboard()->showSnapshot(pausedSnapshot({false, false, false}, std::nullopt));
        Q_EMIT menu->aboutToShow();
        QCOMPARE(action->text(), QStringLiteral("Pause automatic fail&over..."));
        QVERIFY(!window.failoverPaused());
        action->trigger();
        auto* dialog = uichecks::waitForTopLevel<PauseDialog>("pauseDialog");
        QVERIFY(dialog);
        dialog->windowEdit()->setText(QStringLiteral("45m"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        auto* refused = uichecks::waitForTopLevel<QMessageBox>("errorBox");
        QVERIFY(refused);
        QVERIFY2(
            refused->text().contains(QLatin1String("Complete the worksheet")), qPrintable(refused->text()));
        const QPointer<QMessageBox> first = refused;
        refused->accept(); // deletes itself on close

        window.dashboard()->showSnapshot(pausedSnapshot({true, true, true}, 1380));
        Q_EMIT menu->aboutToShow();
        QCOMPARE(action->text(), QStringLiteral("Resume automatic fail&over"));
        QVERIFY(window.failoverPaused());
        QTRY_VERIFY(!first || !first->isVisible());
        action->trigger(); // straight to the unpause operation: no dialog asks for a window
        auto* again = uichecks::waitForTopLevel<QMessageBox>("errorBox");
        QVERIFY(again);
        QVERIFY(again->text().contains(QLatin1String("Complete the worksheet")));
        for (PauseDialog* d : window.findChildren<PauseDialog*>())
            QVERIFY(!d->isVisible());
    }
};

QTEST_MAIN(TestPauseGui)
#include "tst_pausegui.moc"
