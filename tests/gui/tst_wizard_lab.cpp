// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard against the lab's real nodes: open the lab's cluster file, Next to the connection
// page (every node answers, host keys pinned by the lab), Next to the pre-flight page, run it,
// and see its checkpoint pass. Read-only on the nodes.
#include "clusterdashboard.h"
#include "connectpage.h"
#include "core/settings.h"
#include "mainwindow.h"
#include "phasepage.h"
#include "secrets/memorysecretstore.h"
#include "setupwizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

class TestWizardLab : public QObject
{
    Q_OBJECT
private:
    void save(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300);
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    }

    // tests/lab/lab with arguments; true when it exits 0.
    static bool lab(const QStringList& args, int timeoutMs = 180000)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(qEnvironmentVariable("PGPILOT_LAB"), args);
        return p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    static QString failedRows(PhasePage* page)
    {
        auto* view = page->findChild<QTableView*>(QStringLiteral("checkpointTable"));
        const QAbstractItemModel* t = view ? view->model() : nullptr;
        auto text = [t](int r, int c) {
            return t->index(r, c).data().toString();
        };
        QStringList rows;
        for (int r = 0; t && r < t->rowCount(); ++r) {
            if (!text(r, 0).contains(QStringLiteral("PASS")))
                rows << QStringLiteral("%1 [%2] expected %3 seen %4")
                            .arg(text(r, 1), text(r, 2), text(r, 3), text(r, 4));
        }
        auto* failure = page->findChild<QLabel*>(QStringLiteral("phaseFailure"));
        if (failure && failure->isVisible())
            rows << failure->text();
        return rows.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void connectAndPreflight()
    {
        const QString clusterFile = qEnvironmentVariable("LAB_CLUSTER_FILE");
        QVERIFY2(!clusterFile.isEmpty(), "LAB_CLUSTER_FILE is not set (eval \"$(tests/lab/lab env)\")");
        // Fresh nodes: on a cluster set up before, the connect page (rightly) refuses to make up
        // secrets this test's empty keychain lacks.
        QVERIFY2(lab({QStringLiteral("reset")}), "lab reset failed");
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toUtf8()); // progress and audit log of this test only
        Settings settings(data.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore secrets;
        MainWindow window(&secrets, &settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(clusterFile));
        auto* next = window.findChild<QPushButton*>(QStringLiteral("nextButton"));
        QVERIFY(next->isEnabled());

        next->click();
        QTRY_VERIFY2_WITH_TIMEOUT(window.wizard()->pageCount() == 8, qPrintable(window.lastError()), 30000);
        QCOMPARE(window.wizard()->currentIndex(), 1);
        auto* connect = qobject_cast<ConnectPage*>(window.wizard()->page(1));
        QVERIFY(connect);
        QTRY_VERIFY_WITH_TIMEOUT(connect->isComplete(), 60000);
        QAbstractItemModel* table = connect->findChild<QTableView*>(QStringLiteral("connectTable"))->model();
        QVERIFY(table->rowCount() > 0);
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY2(table->index(row, 1).data().toString().contains(QStringLiteral("connected")),
                qPrintable(table->index(row, 1).data().toString()));
            QVERIFY(table->index(row, 2).data().toString().contains(QStringLiteral("Debian")));
            QVERIFY(table->index(row, 4).data().toString().startsWith(QStringLiteral("SHA256:")));
        }
        save(&window, QStringLiteral("wizard-connect-lab.png"));

        QTRY_VERIFY(next->isEnabled());
        next->click();
        auto* preflight = qobject_cast<PhasePage*>(window.wizard()->page(2));
        QVERIFY(preflight);
        QCOMPARE(window.wizard()->currentIndex(), 2);
        QVERIFY(!next->isEnabled());
        preflight->findChild<QPushButton*>(QStringLiteral("runPhase"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isRunning(), 120000);
        auto* verdict = preflight->findChild<QLabel*>(QStringLiteral("checkpointVerdict"));
        // Pre-flight on nodes a runbook already set up may find its own ports in use: it says so
        // and names them; on fresh nodes it passes.
        QVERIFY2(preflight->isComplete(), qPrintable(verdict->text()));
        QVERIFY(next->isEnabled());
        save(&window, QStringLiteral("wizard-preflight-lab.png"));
    }

    // The whole journey on fresh nodes: every phase's checkpoint passes in the GUI, a stopped
    // node fails phase 2's checkpoint and passes after the repair, phase 5 asks first and
    // narrates the failover, and the last Next opens the dashboard on the validated cluster.
    void fullSetupThroughAllPhases()
    {
        QVERIFY2(lab({QStringLiteral("reset")}), "lab reset failed");
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        Settings settings(data.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore secrets;
        MainWindow window(&secrets, &settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(qEnvironmentVariable("LAB_CLUSTER_FILE")));
        auto* next = window.findChild<QPushButton*>(QStringLiteral("nextButton"));
        next->click();
        QTRY_VERIFY2_WITH_TIMEOUT(window.wizard()->pageCount() == 8, qPrintable(window.lastError()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.wizard()->page(1)->isComplete(), 60000);

        const QString version = qEnvironmentVariable("LAB_PG_VERSION");
        for (int index = 2; index <= 7; ++index) {
            QTRY_VERIFY(next->isEnabled());
            next->click();
            QCOMPARE(window.wizard()->currentIndex(), index);
            auto* page = qobject_cast<PhasePage*>(window.wizard()->page(index));
            QVERIFY(page);
            QVERIFY2(!next->isEnabled(), "Next must wait for the checkpoint");
            page->findChild<QPushButton*>(QStringLiteral("runPhase"))->click();
            if (page->phaseNumber() == 5) {
                auto* box = page->findChild<QMessageBox*>(QStringLiteral("confirmDestructive"));
                QVERIFY2(box, "phase 5 did not ask first");
                box->button(QMessageBox::Yes)->click();
            }
            QTRY_VERIFY_WITH_TIMEOUT(page->isRunning(), 5000);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 400000);
            QVERIFY2(page->isComplete(),
                qPrintable(QStringLiteral("phase %1: %2").arg(page->phaseNumber()).arg(failedRows(page))));
            save(&window, QStringLiteral("wizard-lab-phase%1.png").arg(page->phaseNumber()));

            if (page->phaseNumber() == 2) {
                // A node's PostgreSQL stops behind pgpilot's back: the checkpoint says so...
                QVERIFY(lab({QStringLiteral("exec"), QStringLiteral("pg3"), QStringLiteral("pg_ctlcluster"),
                    version, QStringLiteral("main"), QStringLiteral("stop")}));
                page->findChild<QPushButton*>(QStringLiteral("checkAgain"))->click();
                QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60000);
                QVERIFY(!page->isComplete());
                QVERIFY(!next->isEnabled());
                QVERIFY2(failedRows(page).contains(QStringLiteral("pg3")), qPrintable(failedRows(page)));
                save(&window, QStringLiteral("wizard-lab-phase2-failed.png"));
                // ...and after the repair, checking again passes.
                QVERIFY(lab({QStringLiteral("exec"), QStringLiteral("pg3"), QStringLiteral("pg_ctlcluster"),
                    version, QStringLiteral("main"), QStringLiteral("start")}));
                page->findChild<QPushButton*>(QStringLiteral("checkAgain"))->click();
                QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60000);
                QVERIFY2(page->isComplete(), qPrintable(failedRows(page)));
            }
            if (page->phaseNumber() == 5) {
                // Phase 5 stops pg1, the primary since phase 3. The live view ends on the standby
                // repmgr promoted, with the VIP and port 5000 on it, and the log has a line for
                // each of the three moving there (the first snapshot may come after pg1 stopped,
                // so where they moved from is not fixed; the promotion takes far longer).
                const QString text = page->narrationText();
                qInfo("phase 5 narration:\n%s", qPrintable(text));
                static const QRegularExpression now(QStringLiteral(
                    "^Primary: (pg[23])   \u00b7   VIP on: (pg[23])   \u00b7   port 5000 \u2192 (pg[23])\n"));
                const QRegularExpressionMatch m = now.match(text);
                QVERIFY2(m.hasMatch() && m.captured(2) == m.captured(1) && m.captured(3) == m.captured(1),
                    qPrintable(QStringLiteral("not on one promoted standby at the end:\n") + text));
                for (const char* what : {"primary", "VIP", "writes"}) {
                    const QRegularExpression moved(QStringLiteral("\\d\\d:\\d\\d:\\d\\d  %1: .+ \u2192 %2$")
                                                       .arg(QLatin1String(what), m.captured(1)),
                        QRegularExpression::MultilineOption);
                    QVERIFY2(moved.match(text).hasMatch(),
                        qPrintable(QStringLiteral("no line for %1 moving to %2:\n%3")
                                       .arg(QLatin1String(what), m.captured(1), text)));
                }
            }
        }
        // Finish: the dashboard on the validated cluster.
        QTRY_VERIFY(next->isEnabled());
        next->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.dashboard()->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.dashboard()->monitor() && window.dashboard()->monitor()->latest().tick > 3, 30000);
        save(&window, QStringLiteral("wizard-lab-dashboard.png"));
        QVERIFY(lab({QStringLiteral("reset")}));
    }
};

QTEST_MAIN(TestWizardLab)
#include "tst_wizard_lab.moc"
