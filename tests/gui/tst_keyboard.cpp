// SPDX-License-Identifier: GPL-3.0-or-later
// Everything without a mouse: on the main window (worksheet empty and filled), every phase page,
// the dashboard, wall mode and the switchover dialog's pages, Tab reaches every control (or an
// Alt+letter or shortcut does), never gets stuck in a table, Shift+Tab walks the same controls,
// and never jumps back against the reading order. Menus: every title and entry has its own
// Alt+letter, and the common actions have shortcuts. Then a switchover is asked for from the
// dashboard with keys only. Real key events, offscreen.
#include "cluster/specfile.h"
#include "clusterdashboard.h"
#include "core/settings.h"
#include "mainwindow.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "offlineswitchover.h"
#include "phasepage.h"
#include "runbook/builder.h"
#include "secrets/memorysecretstore.h"
#include "uichecks.h"
#include "wallview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

ClusterSpec labSpec()
{
    ClusterSpec spec = ClusterSpec::guideDefaults();
    spec.name = QStringLiteral("prod");
    for (int i = 0; i < spec.nodes.size(); ++i)
        spec.nodes[i].ssh.keyFile = QStringLiteral("/home/dba/.ssh/id_ed25519");
    return spec;
}

ClusterSnapshot healthy()
{
    ClusterSnapshot s
        = demoSnapshot(DemoScenario::Healthy, 3, 5, QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC));
    deriveCluster(s);
    return s;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // The keyboard checks on a shown window; their problems, prefixed with the view's name.
    static QStringList keyboardProblems(QWidget* window, const QString& name)
    {
        QStringList problems;
        for (const QString& p : uichecks::unreachableByKeyboard(window))
            problems << name + QStringLiteral(": ") + p;
        for (const QString& p : uichecks::tabOrderJumps(window))
            problems << name + QStringLiteral(": ") + p;
        if (uichecks::tabCycle(window, false).isEmpty())
            problems << name + QStringLiteral(": Tab reaches nothing");
        return problems;
    }

    static void expectNone(const QStringList& problems)
    {
        for (const QString& p : problems)
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 keyboard problem(s), listed above").arg(problems.size())));
    }

private Q_SLOTS:
    void mainWindowAndMenus()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore secrets;
        const QString file = m_dir.filePath(QStringLiteral("prod.json"));
        QString error;
        QVERIFY2(saveSpecFile(labSpec(), file, &error), qPrintable(error));
        MainWindow window(&secrets, &settings);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QStringList problems = keyboardProblems(&window, QStringLiteral("worksheet (empty)"));
        QVERIFY(window.openFile(file));
        problems << keyboardProblems(&window, QStringLiteral("worksheet (filled)"));

        // The node table: F2 edits a cell, Tab in the editor goes on to the next cell, and after
        // the last cell Tab leaves the table instead of wrapping round to the first.
        auto* table = window.findChild<QTableView*>(QStringLiteral("nodeTable"));
        QVERIFY(table && table->model());
        const QAbstractItemModel* model = table->model();
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(table, Qt::Key_F2);
        QTRY_VERIFY(table->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(table->currentIndex(), model->index(0, 1));
        QVERIFY2(table->isAncestorOf(QApplication::focusWidget()),
            "Tab in a cell editor did not edit the next cell");
        table->setCurrentIndex(model->index(model->rowCount() - 1, model->columnCount() - 1));
        QTRY_VERIFY(table->isAncestorOf(QApplication::focusWidget()));
        for (int i = 0; i < 3
             && (QApplication::focusWidget() == table || table->isAncestorOf(QApplication::focusWidget()));
             ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() != table && !table->isAncestorOf(QApplication::focusWidget()),
            qPrintable(QStringLiteral("Tab stays in the node table after its last cell; focus on %1")
                           .arg(uichecks::describe(QApplication::focusWidget()))));
        problems << uichecks::menuProblems(&window);

        // The common actions have shortcuts (the rest: Alt+letter through the menus).
        QHash<QString, QString> shortcuts;
        for (QAction* title : window.menuBar()->actions()) {
            for (QAction* a : title->menu()->actions())
                shortcuts.insert(a->text().remove(u'&'), a->shortcut().toString());
        }
        const QStringList common = {tr("New cluster"), tr("Open..."), tr("Save"), tr("Save as..."),
            tr("Quit"), tr("Set up (wizard)"), tr("Dashboard"), tr("Audit log..."), tr("Switchover...")};
        for (const QString& c : common) {
            if (!shortcuts.contains(c))
                problems
                    << QStringLiteral("no menu entry '%1'; entries: %2").arg(c, shortcuts.keys().join(u','));
            else if (shortcuts.value(c).isEmpty())
                problems << QStringLiteral("'%1' has no shortcut").arg(c);
        }
        // Shortcuts really pressed. Ctrl+L opens the audit log (Escape closes it); Ctrl+2 on a worksheet
        // without credentials says why there is no dashboard yet, without touching the network.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QDialog* audit = nullptr;
        QTRY_VERIFY(
            (audit = window.findChild<QDialog*>(QStringLiteral("auditDialog"))) && audit->isVisible());
        problems << keyboardProblems(audit, QStringLiteral("audit log"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("auditDialog")));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("errorBox"))
            || (window.dashboard() && window.dashboard()->isVisible()));
        if (auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorBox"))) {
            QTest::keyClick(box, Qt::Key_Escape);
            QTRY_VERIFY(!window.findChild<QMessageBox*>(QStringLiteral("errorBox")));
        }
        expectNone(problems);
    }

    void phasePages()
    {
        const ClusterSpec spec = labSpec();
        const Runbook runbook = buildRunbook(spec);
        QStringList nodes;
        for (const NodeSpec& n : spec.nodes)
            nodes << n.name;
        QStringList problems;
        for (const Phase& phase : runbook.phases) {
            PhasePage page(phase, nodes);
            page.resize(1280, 860);
            page.show();
            QVERIFY(QTest::qWaitForWindowActive(&page));
            problems << keyboardProblems(&page, QStringLiteral("phase %1").arg(phase.number));
        }
        expectNone(problems);
    }

    void dashboardSwitchoverByKeys()
    {
        ClusterDashboard dashboard;
        dashboard.resize(1400, 900);
        dashboard.showSnapshot(healthy());
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowActive(&dashboard));
        expectNone(keyboardProblems(&dashboard, QStringLiteral("dashboard")));

        // Tab to the node chooser, pick a standby with the arrow keys, Tab to Switchover, Space.
        auto* chooser = dashboard.findChild<QComboBox*>(QStringLiteral("actionNode"));
        auto* switchover = dashboard.findChild<QPushButton*>(QStringLiteral("switchoverButton"));
        QVERIFY(chooser && switchover);
        QSignalSpy asked(&dashboard, &ClusterDashboard::switchoverRequested);
        const QList<QWidget*> cycle = uichecks::tabCycle(&dashboard, false);
        QVERIFY2(cycle.contains(chooser), "Tab never reaches the node chooser");
        while (QApplication::focusWidget() != chooser)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        int presses = 0;
        while (chooser->currentText() == healthy().writeTarget || chooser->currentText().isEmpty()) {
            QVERIFY2(++presses < 10, "the arrow keys never pick a standby");
            QTest::keyClick(chooser, Qt::Key_Down);
        }
        const QString target = chooser->currentText();
        presses = 0;
        while (QApplication::focusWidget() != switchover) {
            QVERIFY2(++presses < 40,
                qPrintable(QStringLiteral("Tab from the chooser never reaches Switchover; at %1")
                               .arg(uichecks::describe(QApplication::focusWidget()))));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QVERIFY2(switchover->isEnabled(), qPrintable(switchover->toolTip()));
        QTest::keyClick(switchover, Qt::Key_Space);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toString(), target);
    }

    void wallMode()
    {
        WallView wall;
        wall.resize(1920, 1080);
        wall.addPanel()->showSnapshot(healthy());
        wall.show();
        QVERIFY(QTest::qWaitForWindowActive(&wall));
        QStringList problems;
        for (const QString& p : uichecks::unreachableByKeyboard(&wall))
            problems << QStringLiteral("wall: ") + p;
        expectNone(problems);
        QSignalSpy leave(&wall, &WallView::leaveRequested);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &wall, Qt::Key_Escape);
        QCOMPARE(leave.size(), 1);
    }

    void operationDialog()
    {
        OfflineSwitchover ops(labSpec(), m_dir.path());
        OperationDialog& dialog = ops.dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("precheckStatus"));
        QTRY_VERIFY(status->text().startsWith(u'\u2718')); // never connected: refused at once
        QStringList problems = keyboardProblems(&dialog, QStringLiteral("pre-checks (refused)"));
        Q_EMIT ops.runner->prechecksDone(OfflineSwitchover::passedPrechecks(), true);
        problems << keyboardProblems(&dialog, QStringLiteral("pre-checks (passed)"));
        // Enter goes on (the default button), Escape closes.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.page(), OperationDialog::Page::Confirm);
        problems << keyboardProblems(&dialog, QStringLiteral("confirmation"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
        expectNone(problems);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
