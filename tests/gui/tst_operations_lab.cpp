// SPDX-License-Identifier: GPL-3.0-or-later
// The switchover dialog against the lab's built cluster (tests/lab/cluster-fixture.sh): chosen
// on the dashboard, its pre-checks listed and passed, a confirmation naming both primaries, live
// narration, and a verified result with the measured write outage; then a switchover to the node
// that is already primary is refused by the pre-checks with the reason. Every page is checked for
// clipped text and unnamed inputs; screenshots go to PGPILOT_SCREENSHOT_DIR when set. Also the
// password rotation from the File menu, and the Settings dialog's reload and rolling restart.
#include "clusterdashboard.h"
#include "core/settings.h"
#include "dashboardmodels.h"
#include "mainwindow.h"
#include "monitor/clustermonitor.h"
#include "operationdialog.h"
#include "ops/operationrunner.h"
#include "secrets/filesecretstore.h"
#include "settingsdialog.h"
#include "uichecks.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace pgpilot;

class TestOperationsLab : public QObject
{
    Q_OBJECT
private:
    // Saves the screenshot (with PGPILOT_SCREENSHOT_DIR) and checks what a person would see on
    // it: no clipped text, every input named for a screen reader.
    static void save(QWidget* w, const QString& name)
    {
        const QStringList problems = uichecks::screenshotProblems(w, name);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    static QString rows(QTableWidget* table)
    {
        QStringList lines;
        for (int r = 0; r < table->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < table->columnCount(); ++c)
                cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
            lines << cells.join(QStringLiteral(" | "));
        }
        return lines.join(QLatin1Char('\n'));
    }

    static QString primaryOf(const ClusterSnapshot& s)
    {
        QStringList primaries;
        for (const NodeSnapshot& n : s.nodes) {
            if (n.state == NodeState::Primary)
                primaries << n.name;
        }
        return primaries.join(QLatin1Char(','));
    }

    // The built cluster, fresh (tests/lab/cluster-fixture.sh restore), its secrets in secretsFile.
    static bool restoreFixture(const QString& secretsFile)
    {
        QProcess restore;
        restore.setProcessChannelMode(QProcess::ForwardedChannels);
        restore.start(QStringLiteral("bash"),
            {QFileInfo(qEnvironmentVariable("PGPILOT_LAB"))
                    .dir()
                    .filePath(QStringLiteral("cluster-fixture.sh")),
                QStringLiteral("restore"), secretsFile, qEnvironmentVariable("PGPILOT_BINARY")});
        if (!restore.waitForFinished(240000) || restore.exitCode() != 0) {
            qWarning("cluster-fixture.sh restore failed (see above)");
            return false;
        }
        return true;
    }

    // The pre-checks of an operation dialog, every one passed.
    static bool prechecksPassed(OperationDialog* dialog)
    {
        auto* checks = dialog->findChild<QTableWidget*>(QStringLiteral("precheckList"));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("precheckStatus"));
        if (!QTest::qWaitFor([&] { return checks->rowCount() > 0 && !status->text().isEmpty(); }, 90000))
            return false;
        if (!status->text().startsWith(QStringLiteral("\u2714"))) {
            qWarning("%s\n%s", qPrintable(status->text()), qPrintable(rows(checks)));
            return false;
        }
        return true;
    }

    // From the confirmation page: runs the operation and waits for its result; nullopt (with the
    // narration in the log) when it did not end done and verified.
    static std::optional<OperationResult> runToVerified(OperationDialog* dialog, int timeoutMs)
    {
        QSignalSpy finished(dialog, &OperationDialog::operationFinished);
        dialog->findChild<QPushButton*>(QStringLiteral("nextButton"))->click();
        auto* narration = dialog->findChild<QPlainTextEdit*>(QStringLiteral("narration"));
        if (!finished.wait(timeoutMs) && finished.isEmpty()) {
            qWarning("no result after %d ms:\n%s", timeoutMs, qPrintable(narration->toPlainText()));
            return std::nullopt;
        }
        const OperationResult result = dialog->result();
        if (!result.ok) {
            qWarning("%s\n%s\n%s", qPrintable(result.error), qPrintable(result.hint),
                qPrintable(narration->toPlainText()));
            return std::nullopt;
        }
        return result;
    }

    // Waits for the dialog that the click (or call) opens.
    static OperationDialog* waitForDialog(QSignalSpy& spy)
    {
        if (spy.isEmpty() && !spy.wait(60000))
            return nullptr;
        return spy.takeFirst().at(0).value<OperationDialog*>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LAB_CLUSTER_FILE"), "run through tests/lab/with-lab-env.sh");
        QVERIFY2(!qEnvironmentVariableIsEmpty("PGPILOT_BINARY"),
            "PGPILOT_BINARY (the pgpilot executable) is not set");
        qRegisterMetaType<OperationDialog*>();
    }

    void switchoverFromTheDashboard()
    {
        QTemporaryDir data;
        const QString secretsFile = data.filePath(QStringLiteral("secrets"));
        QVERIFY(restoreFixture(secretsFile));
        qputenv("XDG_DATA_HOME", data.filePath(QStringLiteral("xdg")).toUtf8());
        Settings settings(data.filePath(QStringLiteral("settings.ini")));
        FileSecretStore secrets(secretsFile);
        QString loadError;
        QVERIFY2(secrets.load(&loadError), qPrintable(loadError));
        MainWindow window(&secrets, &settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(qEnvironmentVariable("LAB_CLUSTER_FILE")));
        window.showDashboard();
        ClusterDashboard* dashboard = window.dashboard();
        QTRY_VERIFY2_WITH_TIMEOUT(dashboard->monitor() != nullptr, qPrintable(window.lastError()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(primaryOf(dashboard->monitor()->latest()), QStringLiteral("pg1"), 30000);

        // The switchover button follows the chosen node's state.
        auto* chooser = dashboard->findChild<QComboBox*>(QStringLiteral("actionNode"));
        auto* switchover = dashboard->findChild<QPushButton*>(QStringLiteral("switchoverButton"));
        chooser->setCurrentText(QStringLiteral("pg1"));
        QVERIFY2(!switchover->isEnabled(), "switchover to the primary itself is offered");
        chooser->setCurrentText(QStringLiteral("pg2"));
        QTRY_VERIFY_WITH_TIMEOUT(switchover->isEnabled(), 15000);

        QSignalSpy opened(&window, &MainWindow::operationDialogOpened);
        switchover->click();
        OperationDialog* dialog = waitForDialog(opened);
        QVERIFY2(dialog, "no operation dialog opened");
        QCOMPARE(dialog->page(), OperationDialog::Page::Prechecks);
        auto* next = dialog->findChild<QPushButton*>(QStringLiteral("nextButton"));
        auto* checks = dialog->findChild<QTableWidget*>(QStringLiteral("precheckList"));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("precheckStatus"));

        // Pre-checks: every one listed and passed.
        QTRY_VERIFY_WITH_TIMEOUT(checks->rowCount() > 0, 90000);
        QVERIFY2(status->text().startsWith(QStringLiteral("\u2714")),
            qPrintable(status->text() + u'\n' + rows(checks)));
        for (int i = 0; i < checks->rowCount(); ++i)
            QVERIFY2(
                checks->item(i, 0)->text().startsWith(QStringLiteral("\u2714")), qPrintable(rows(checks)));
        QStringList ids;
        for (int i = 0; i < checks->rowCount(); ++i)
            ids << checks->item(i, 0)->data(Qt::UserRole).toString();
        // what the issue asks to be checked first: reachable, target streaming, repmgrd, postgres SSH, dry
        // run
        for (const char* id : {"reach", "target-streaming", "repmgrd", "postgres-ssh", "dry-run"})
            QVERIFY2(ids.contains(QLatin1String(id)),
                qPrintable(
                    QStringLiteral("no pre-check '%1' in: %2").arg(QLatin1String(id), ids.join(u' '))));
        save(dialog, QStringLiteral("ops-switchover-prechecks.png"));

        // Confirmation: names the old and the new primary.
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(dialog->page(), OperationDialog::Page::Confirm);
        const QString confirmation = dialog->findChild<QLabel*>(QStringLiteral("confirmation"))->text();
        QVERIFY2(confirmation.contains(QStringLiteral("pg1")) && confirmation.contains(QStringLiteral("pg2")),
            qPrintable(confirmation));
        save(dialog, QStringLiteral("ops-switchover-confirm.png"));

        // Running: live narration, then the verified result.
        QSignalSpy finished(dialog, &OperationDialog::operationFinished);
        next->click();
        QCOMPARE(dialog->page(), OperationDialog::Page::Running);
        auto* narration = dialog->findChild<QPlainTextEdit*>(QStringLiteral("narration"));
        QTRY_VERIFY_WITH_TIMEOUT(narration->blockCount() >= 3, 60000);
        save(dialog, QStringLiteral("ops-switchover-running.png"));
        QVERIFY2(finished.wait(240000) || !finished.isEmpty(), qPrintable(narration->toPlainText()));
        const OperationResult result = dialog->result();
        QVERIFY2(
            result.ok, qPrintable(result.error + u'\n' + result.hint + u'\n' + narration->toPlainText()));
        QCOMPARE(dialog->page(), OperationDialog::Page::Result);
        QCOMPARE(result.newPrimary, QStringLiteral("pg2"));
        QCOMPARE(result.oldPrimary, QStringLiteral("pg1"));
        QVERIFY2(result.writeOutageMs >= 0, "the write outage was not measured");
        QVERIFY(result.writesOk > 0);
        const QString figures = dialog->findChild<QLabel*>(QStringLiteral("figures"))->text();
        QVERIFY2(figures.contains(QStringLiteral("Write outage")), qPrintable(figures));
        auto* verification = dialog->findChild<QTableWidget*>(QStringLiteral("verificationList"));
        QVERIFY(verification->rowCount() > 0);
        for (int i = 0; i < verification->rowCount(); ++i)
            QVERIFY2(verification->item(i, 0)->text().startsWith(QStringLiteral("\u2714")),
                qPrintable(rows(verification)));
        save(dialog, QStringLiteral("ops-switchover-result.png"));
        qInfo("switchover pg1 -> pg2 in the GUI: %lld ms, write outage %lld ms, %d writes ok, %d failed",
            result.durationMs, result.writeOutageMs, result.writesOk, result.failedWrites);

        // The timeline has it; the dashboard follows.
        bool recorded = false;
        for (const ClusterEvent& e : dashboard->eventModel()->events())
            recorded
                = recorded || (e.kind == ClusterEvent::Kind::Operation && e.node == QStringLiteral("pg2"));
        QVERIFY2(recorded, "the switchover is not on the event timeline");
        next->click(); // Close
        QTRY_VERIFY(opened.isEmpty() && !window.findChild<OperationDialog*>());
        QTRY_COMPARE_WITH_TIMEOUT(primaryOf(dashboard->monitor()->latest()), QStringLiteral("pg2"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->monitor()->latest().writeTarget, QStringLiteral("pg2"), 30000);
        save(&window, QStringLiteral("ops-dashboard-after-switchover.png"));

        // A switchover to the node that is primary now: refused by the pre-checks, with the reason.
        window.startOperation(OperationKind::Switchover, QStringLiteral("pg2"));
        dialog = waitForDialog(opened);
        QVERIFY(dialog);
        checks = dialog->findChild<QTableWidget*>(QStringLiteral("precheckList"));
        status = dialog->findChild<QLabel*>(QStringLiteral("precheckStatus"));
        next = dialog->findChild<QPushButton*>(QStringLiteral("nextButton"));
        QTRY_VERIFY_WITH_TIMEOUT(checks->rowCount() > 0 || status->text().startsWith(u'\u2718'), 90000);
        QVERIFY2(status->text().startsWith(QStringLiteral("\u2718")), qPrintable(status->text()));
        QVERIFY2(rows(checks).contains(QStringLiteral("\u2718")) || checks->rowCount() == 0,
            qPrintable(rows(checks)));
        QVERIFY(next->text().contains(QStringLiteral("again")));
        save(dialog, QStringLiteral("ops-switchover-refused.png"));
        dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY(!window.findChild<OperationDialog*>());
    }

    // File > Rotate passwords: the same operation as `pgpilot rotate-secrets`, through its dialog;
    // the dashboard's own monitor keeps logging in afterwards.
    void rotatePasswordsFromTheFileMenu()
    {
        QTemporaryDir data;
        const QString secretsFile = data.filePath(QStringLiteral("secrets"));
        QVERIFY(restoreFixture(secretsFile));
        qputenv("XDG_DATA_HOME", data.filePath(QStringLiteral("xdg")).toUtf8());
        Settings settings(data.filePath(QStringLiteral("settings.ini")));
        FileSecretStore secrets(secretsFile);
        QString loadError;
        QVERIFY2(secrets.load(&loadError), qPrintable(loadError));
        MainWindow window(&secrets, &settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(qEnvironmentVariable("LAB_CLUSTER_FILE")));
        window.showDashboard();
        ClusterDashboard* dashboard = window.dashboard();
        QTRY_VERIFY2_WITH_TIMEOUT(dashboard->monitor() != nullptr, qPrintable(window.lastError()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(primaryOf(dashboard->monitor()->latest()), QStringLiteral("pg1"), 30000);

        auto* rotate = window.findChild<QAction*>(QStringLiteral("action-rotate-secrets"));
        QVERIFY(rotate);
        QSignalSpy opened(&window, &MainWindow::operationDialogOpened);
        rotate->trigger();
        OperationDialog* dialog = waitForDialog(opened);
        QVERIFY2(dialog, "no operation dialog opened");
        auto* next = dialog->findChild<QPushButton*>(QStringLiteral("nextButton"));
        auto* checks = dialog->findChild<QTableWidget*>(QStringLiteral("precheckList"));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("precheckStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(checks->rowCount() > 0, 90000);
        QVERIFY2(status->text().startsWith(QStringLiteral("\u2714")),
            qPrintable(status->text() + u'\n' + rows(checks)));
        save(dialog, QStringLiteral("ops-rotate-prechecks.png"));
        next->click();
        QCOMPARE(dialog->page(), OperationDialog::Page::Confirm);
        const QString confirmation = dialog->findChild<QLabel*>(QStringLiteral("confirmation"))->text();
        QVERIFY2(confirmation.contains(QStringLiteral("repmgr")), qPrintable(confirmation));
        save(dialog, QStringLiteral("ops-rotate-confirm.png"));
        const std::optional<OperationResult> done = runToVerified(dialog, 240000);
        QVERIFY2(done, "rotate-secrets did not end verified (see above)");
        const OperationResult& result = *done;
        QCOMPARE(result.failedWrites, 0);
        save(dialog, QStringLiteral("ops-rotate-result.png"));
        qInfo("rotate-secrets in the GUI: %lld ms, write outage %lld ms, %d writes ok, %d failed",
            result.durationMs, result.writeOutageMs, result.writesOk, result.failedWrites);
        next->click(); // Close
        QTRY_VERIFY(!window.findChild<OperationDialog*>());
        // The dashboard's monitor still logs in on every node (kept connections go on; a new
        // connection reads the keychain again when the old password is refused).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const ClusterSnapshot s = dashboard->monitor()->latest();
                for (const NodeSnapshot& n : s.nodes)
                    if (!n.pg.reachable)
                        return false;
                return !s.nodes.isEmpty();
            }(),
            30000);
        save(&window, QStringLiteral("ops-dashboard-after-rotate.png"));
    }

    // Cluster → Apply settings... (issue 20 item 1) on the real cluster: the worksheet's work_mem
    // (a reload) and shared_buffers (a restart) read from every node; Apply runs the ApplySettings
    // operation through its dialog; the dialog reads again by itself and now offers the rolling
    // restart for what waits, which leads to that operation's pre-checks (its run is lab_rolling's).
    void settingsFromTheClusterMenu()
    {
        QTemporaryDir data;
        const QString secretsFile = data.filePath(QStringLiteral("secrets"));
        QVERIFY(restoreFixture(secretsFile));
        qputenv("XDG_DATA_HOME", data.filePath(QStringLiteral("xdg")).toUtf8());
        // The lab's worksheet with a settings section, as the DBA would have typed it.
        QFile labFile(qEnvironmentVariable("LAB_CLUSTER_FILE"));
        QVERIFY(labFile.open(QIODevice::ReadOnly));
        QJsonObject sheet = QJsonDocument::fromJson(labFile.readAll()).object();
        sheet.insert(QStringLiteral("settings"),
            QJsonObject {{QStringLiteral("postgresql"),
                QJsonObject {{QStringLiteral("work_mem"), QStringLiteral("32MB")},
                    {QStringLiteral("shared_buffers"), QStringLiteral("192MB")}}}});
        const QString tuned = data.filePath(QStringLiteral("tuned.json"));
        QFile out(tuned);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(sheet).toJson());
        out.close();

        Settings settings(data.filePath(QStringLiteral("settings.ini")));
        FileSecretStore secrets(secretsFile);
        QString loadError;
        QVERIFY2(secrets.load(&loadError), qPrintable(loadError));
        MainWindow window(&secrets, &settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(tuned));
        auto* action = window.findChild<QAction*>(QStringLiteral("action-apply-settings"));
        QVERIFY(action);
        action->trigger();
        SettingsDialog* settingsDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((settingsDialog = window.findChild<SettingsDialog*>()) != nullptr, 10000);
        auto needs = [settingsDialog] {
            QStringList cells;
            QTableWidget* t = settingsDialog->table();
            for (int r = 0; r < t->rowCount(); ++r)
                cells << t->item(r, 0)->text() + u'=' + t->item(r, 4)->data(Qt::UserRole).toString();
            cells.sort();
            return cells.join(u' ');
        };
        QTRY_VERIFY2_WITH_TIMEOUT(!settingsDialog->reading() && settingsDialog->table()->rowCount() > 0,
            qPrintable(settingsDialog->actionText()->text()), 60000);
        QCOMPARE(needs(), QStringLiteral("shared_buffers=restart work_mem=reload"));
        QCOMPARE(settingsDialog->action(), SettingsAction::Apply);
        save(settingsDialog, QStringLiteral("settings-lab-before.png"));

        // Apply: the operation's dialog, pre-checks, confirmation, run, verification.
        QSignalSpy opened(&window, &MainWindow::operationDialogOpened);
        settingsDialog->actionButton()->click();
        OperationDialog* dialog = waitForDialog(opened);
        QVERIFY2(dialog, "no operation dialog opened");
        QVERIFY(prechecksPassed(dialog));
        auto* next = dialog->findChild<QPushButton*>(QStringLiteral("nextButton"));
        next->click();
        QCOMPARE(dialog->page(), OperationDialog::Page::Confirm);
        const QString confirmation = dialog->findChild<QLabel*>(QStringLiteral("confirmation"))->text();
        QVERIFY2(confirmation.contains(QStringLiteral("pgpilot-settings.conf")), qPrintable(confirmation));
        const std::optional<OperationResult> done = runToVerified(dialog, 120000);
        QVERIFY2(done, "applying the settings did not end verified (see above)");
        const OperationResult& result = *done;
        QCOMPARE(result.failedWrites, 0);
        qInfo("apply settings in the GUI: %lld ms, %d writes ok, %d failed", result.durationMs,
            result.writesOk, result.failedWrites);
        next->click(); // Close
        QTRY_VERIFY(!window.findChild<OperationDialog*>());

        // Read again by itself: work_mem in effect, shared_buffers waiting; the rolling restart offered.
        QTRY_VERIFY2_WITH_TIMEOUT(settingsDialog->action() == SettingsAction::RollingRestart,
            qPrintable(needs() + u'\n' + settingsDialog->actionText()->text()), 60000);
        QCOMPARE(needs(), QStringLiteral("shared_buffers=pending-restart work_mem=in-effect"));
        save(settingsDialog, QStringLiteral("settings-lab-pending.png"));
        settingsDialog->actionButton()->click();
        QWidget* rolling = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (rolling = window.findChild<QDialog*>(QStringLiteral("rollingDialog"))) != nullptr
                && rolling->isVisible(),
            10000);
        rolling->findChild<QPushButton*>(QStringLiteral("rollingContinue"))->click();
        dialog = waitForDialog(opened);
        QVERIFY2(dialog, "no rolling restart dialog opened");
        QVERIFY(prechecksPassed(dialog));
        QVERIFY2(dialog->windowTitle().contains(QStringLiteral("Rolling restart")),
            qPrintable(dialog->windowTitle()));
        dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY(!window.findChild<OperationDialog*>());
        settingsDialog->close();
    }
};

QTEST_MAIN(TestOperationsLab)
#include "tst_operations_lab.moc"
