// The wizard against the lab's real nodes: open the lab's cluster file, Next to the connection
// page (every node answers, host keys pinned by the lab), Next to the pre-flight page, run it,
// and see its checkpoint pass. Read-only on the nodes.
#include "connectpage.h"
#include "core/settings.h"
#include "mainwindow.h"
#include "phasepage.h"
#include "secrets/memorysecretstore.h"
#include "setupwizard.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
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

private Q_SLOTS:
    void connectAndPreflight()
    {
        const QString clusterFile = qEnvironmentVariable("LAB_CLUSTER_FILE");
        QVERIFY2(!clusterFile.isEmpty(), "LAB_CLUSTER_FILE is not set (eval \"$(tests/lab/lab env)\")");
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
        auto* table = connect->findChild<QTableWidget*>(QStringLiteral("connectTable"));
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY2(table->item(row, 1)->text().contains(QStringLiteral("connected")),
                qPrintable(table->item(row, 1)->text()));
            QVERIFY(table->item(row, 2)->text().contains(QStringLiteral("Debian")));
            QVERIFY(table->item(row, 4)->text().startsWith(QStringLiteral("SHA256:")));
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
};

QTEST_MAIN(TestWizardLab)
#include "tst_wizard_lab.moc"
