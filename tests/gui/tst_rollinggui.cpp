// SPDX-License-Identifier: GPL-3.0-or-later
// Rolling restart and minor upgrade (issue 20) in the window: the dialog that asks the target,
// switch back and the packages (Continue off without a package; the current primary not offered
// as a target), and the Cluster menu's entries leading to the operation (here on an empty
// worksheet, which the operation refuses before connecting anywhere). PGPILOT_SCREENSHOT_DIR saves
// the dialog.
#include "core/settings.h"
#include "mainwindow.h"
#include "rollingdialog.h"
#include "secrets/memorysecretstore.h"
#include "uichecks.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

QPushButton* continueButton(QDialog* dialog)
{
    return dialog->findChild<QPushButton*>(QStringLiteral("rollingContinue"));
}

} // namespace

class TestRollingGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upgradeDialogAsksPackages()
    {
        RollingDialog dialog(OperationKind::Upgrade,
            {QStringLiteral("pg1"), QStringLiteral("pg2"), QStringLiteral("pg3")}, QStringLiteral("pg2"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // the primary is not a target
        QStringList targets;
        for (int i = 0; i < dialog.targetBox()->count(); ++i)
            targets << dialog.targetBox()->itemData(i).toString();
        QCOMPARE(targets, (QStringList {QString(), QStringLiteral("pg1"), QStringLiteral("pg3")}));
        QVERIFY(dialog.switchBackBox()->text().contains(QLatin1String("pg2")));
        // postgresql and repmgr ticked by default
        QCOMPARE(dialog.request().packages,
            (QStringList {QStringLiteral("postgresql"), QStringLiteral("repmgr")}));
        for (QCheckBox* c : dialog.packageBoxes())
            c->setChecked(false);
        QVERIFY(!dialog.canContinue());
        QVERIFY(!continueButton(&dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("rollingError"))
                    ->text()
                    .contains(QLatin1String("package")));
        dialog.packageBoxes().at(2)->setChecked(true); // haproxy
        dialog.targetBox()->setCurrentIndex(2);
        dialog.switchBackBox()->setChecked(true);
        QVERIFY(continueButton(&dialog)->isEnabled());
        if (const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("upgrade-dialog.png"))));
        }
        QSignalSpy asked(&dialog, &RollingDialog::requested);
        continueButton(&dialog)->click();
        QCOMPARE(asked.size(), 1);
        const auto r = asked.first().at(0).value<OperationRequest>();
        QCOMPARE(r.kind, OperationKind::Upgrade);
        QCOMPARE(r.node, QStringLiteral("pg3"));
        QVERIFY(r.switchBack);
        QCOMPARE(r.packages, QStringList {QStringLiteral("haproxy")});
    }

    void restartDialogHasNoPackages()
    {
        RollingDialog dialog(
            OperationKind::RollingRestart, {QStringLiteral("pg1"), QStringLiteral("pg2")}, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.packageBoxes().isEmpty());
        QVERIFY(continueButton(&dialog)->isEnabled());
        QCOMPARE(dialog.request().kind, OperationKind::RollingRestart);
        QVERIFY(dialog.request().node.isEmpty()); // the first standby of the worksheet
        QVERIFY(dialog.request().packages.isEmpty());
    }

    void clusterMenuLeadsToTheOperation()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(&secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* action = window.findChild<QAction*>(QStringLiteral("action-rolling-restart"));
        QVERIFY(action);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("action-upgrade")));
        action->trigger();
        auto* dialog = uichecks::waitForTopLevel<RollingDialog>("rollingDialog");
        QVERIFY(dialog);
        continueButton(dialog)->click();
        auto* refused = uichecks::waitForTopLevel<QMessageBox>("errorBox");
        QVERIFY(refused);
        QVERIFY2(
            refused->text().contains(QLatin1String("Complete the worksheet")), qPrintable(refused->text()));
        refused->accept();
    }
};

QTEST_MAIN(TestRollingGui)
#include "tst_rollinggui.moc"
