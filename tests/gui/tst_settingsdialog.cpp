// SPDX-License-Identifier: GPL-3.0-or-later
// Cluster → Apply settings... (issue 20 item 1) on real servers' pg_settings rows (tests/data/
// pgsettings): the table says per parameter what a change needs, the sentence says what applying
// does, and the one button offers the next action: Apply while something waits for the files,
// Rolling restart once only a restart is left, nothing when a value is refused (the reason shown).
// The menu entry refuses an incomplete worksheet before connecting. Every state is checked for
// clipped text; PGPILOT_SCREENSHOT_DIR saves them.
#include "../unit/pgsettingsrows.h"
#include "../unit/testspecs.h"
#include "core/settings.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "settingsdialog.h"
#include "testconfig.h"
#include "uichecks.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

SettingsInspection inspection(const ClusterSpec& spec, const QString& file)
{
    QHash<QString, QList<PgSetting>> byNode;
    for (const NodeSpec& n : spec.nodes)
        byNode.insert(n.name, pgSettingsRows(file));
    SettingsInspection i;
    i.diff = diffSettings(spec, byNode);
    for (const char* label : {"HAProxy", "Keepalived"})
        i.routing << RoutingFileState {QString::fromLatin1(label), QStringLiteral("/etc/x.cfg"), {}, {}};
    return i;
}

// Parameter -> Needs cell's status id.
QHash<QString, QString> needs(QTableWidget* table)
{
    QHash<QString, QString> byName;
    for (int r = 0; r < table->rowCount(); ++r)
        byName.insert(table->item(r, 0)->text(), table->item(r, 4)->data(Qt::UserRole).toString());
    return byName;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nextActionFollowsTheNodes()
    {
        ClusterSpec spec = validTestSpec();
        spec.settings.postgresql = {{QStringLiteral("shared_buffers"), QStringLiteral("256MB")},
            {QStringLiteral("work_mem"), QStringLiteral("64MB")}};
        SettingsDialog dialog(spec.name);
        dialog.resize(900, 520);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.actionButton()->isEnabled()); // until the first read

        // Before anything is written: work_mem by a reload, shared_buffers by a restart.
        dialog.showInspection(inspection(spec, QStringLiteral("pg17-rows.json")));
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(needs(dialog.table()).value(QStringLiteral("work_mem")), QStringLiteral("reload"));
        QCOMPARE(needs(dialog.table()).value(QStringLiteral("shared_buffers")), QStringLiteral("restart"));
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("every node"));
        QCOMPARE(dialog.action(), SettingsAction::Apply);
        QVERIFY(dialog.actionButton()->isEnabled());
        QCOMPARE(dialog.actionButton()->text(), QStringLiteral("&Apply..."));
        QVERIFY2(dialog.actionText()->text().contains(QLatin1String("rolling restart")),
            qPrintable(dialog.actionText()->text()));
        const QStringList problems
            = uichecks::screenshotProblems(&dialog, QStringLiteral("settings-apply.png"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QSignalSpy apply(&dialog, &SettingsDialog::applyRequested);
        QSignalSpy rolling(&dialog, &SettingsDialog::rollingRestartRequested);
        dialog.actionButton()->click();
        QCOMPARE(apply.size(), 1);
        QCOMPARE(rolling.size(), 0);

        // Written and reloaded (the servers' rows after pgpilot's file): shared_buffers pending.
        ClusterSpec written = spec;
        written.settings.postgresql.insert(QStringLiteral("jit"), QStringLiteral("off"));
        SettingsInspection after = inspection(written, QStringLiteral("pg17-applied.json"));
        after.diff.changes.removeIf([](const SettingChange& c) {
            return c.status != SettingChange::Status::PendingRestart
                && c.status != SettingChange::Status::InEffect;
        });
        dialog.showInspection(after);
        QCOMPARE(
            needs(dialog.table()).value(QStringLiteral("shared_buffers")), QStringLiteral("pending-restart"));
        QCOMPARE(needs(dialog.table()).value(QStringLiteral("work_mem")), QStringLiteral("in-effect"));
        QCOMPARE(dialog.action(), SettingsAction::RollingRestart);
        QCOMPARE(dialog.actionButton()->text(), QStringLiteral("Rolling res&tart..."));
        dialog.actionButton()->click();
        QCOMPARE(rolling.size(), 1);
        QCOMPARE(apply.size(), 1);

        // A value a server refuses: no button, the reason in red.
        ClusterSpec typo = spec;
        typo.settings.postgresql.insert(QStringLiteral("work_mem"), QStringLiteral("64XB"));
        dialog.showInspection(inspection(typo, QStringLiteral("pg17-rows.json")));
        QCOMPARE(dialog.action(), SettingsAction::Correct);
        QVERIFY(!dialog.actionButton()->isEnabled());
        auto* problemsLabel = dialog.findChild<QLabel*>(QStringLiteral("settingsProblems"));
        QVERIFY(problemsLabel->isVisible());
        QVERIFY2(problemsLabel->text().contains(QLatin1String("64XB")), qPrintable(problemsLabel->text()));
        const QStringList refused
            = uichecks::screenshotProblems(&dialog, QStringLiteral("settings-refused.png"));
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QStringLiteral("; "))));

        // No connection: said, nothing offered.
        dialog.inspect(nullptr, QStringLiteral("pg1: connection refused"));
        QVERIFY(dialog.actionText()->text().contains(QLatin1String("pg1: connection refused")));
    }

    void menuEntryNeedsACompleteWorksheet()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(&secrets, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* action = window.findChild<QAction*>(QStringLiteral("action-apply-settings"));
        QVERIFY(action);
        action->trigger();
        auto* refused = uichecks::waitForTopLevel<QMessageBox>("errorBox");
        QVERIFY(refused);
        QVERIFY2(
            refused->text().contains(QLatin1String("Complete the worksheet")), qPrintable(refused->text()));
        refused->accept();
        QVERIFY(!window.findChild<SettingsDialog*>());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
