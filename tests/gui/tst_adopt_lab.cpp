// SPDX-License-Identifier: GPL-3.0-or-later
// File > Adopt an existing cluster against the cluster the guide builds by hand
// (tests/lab/guide-cluster.sh): host keys shown and confirmed in two rounds (the node named, then
// the nodes it found), the worksheet written and opened on the dashboard, which shows the cluster
// healthy with no false alarm and says what it cannot read; then Cluster > Differences from
// pgpilot's build lists the guide's errata; then the wizard converges phases 1 and 2, each from its
// preview. Every page is checked for clipped text and unnamed inputs; screenshots go to
// PGPILOT_SCREENSHOT_DIR when set.
#include "adoptdialog.h"
#include "cluster/specfile.h"
#include "clusterdashboard.h"
#include "core/settings.h"
#include "mainwindow.h"
#include "monitor/clustermonitor.h"
#include "phasepage.h"
#include "previewdialog.h"
#include "runbook/preview.h"
#include "secrets/memorysecretstore.h"
#include "setupwizard.h"
#include "uichecks.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace pgpilot;

class TestAdoptLab : public QObject
{
    Q_OBJECT
private:
    static void save(QWidget* w, const QString& name)
    {
        const QStringList problems = uichecks::screenshotProblems(w, name);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    template <typename T> static T* topLevel(const QString& name)
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* t = qobject_cast<T*>(w); t && t->objectName() == name && t->isVisible())
                return t;
        }
        return nullptr;
    }

private Q_SLOTS:
    void adoptTheGuideClusterFromTheWindow()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LAB_SSH_KEY"), "run through tests/lab/with-lab-env.sh");
        QTemporaryDir data;
        {
            QProcess restore;
            restore.setProcessChannelMode(QProcess::ForwardedChannels);
            restore.start(QStringLiteral("bash"),
                {QFileInfo(qEnvironmentVariable("PGPILOT_LAB"))
                        .dir()
                        .filePath(QStringLiteral("guide-cluster.sh")),
                    QStringLiteral("restore")});
            QVERIFY(restore.waitForFinished(240000));
            QVERIFY2(restore.exitCode() == 0, "guide-cluster.sh restore failed (see above)");
        }
        // pgpilot's own known_hosts in a directory of this test's: every key starts unknown.
        qputenv("XDG_DATA_HOME", data.filePath(QStringLiteral("xdg")).toUtf8());
        Settings settings(data.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore secrets;
        MainWindow window(&secrets, &settings);
        window.resize(1400, 900);
        window.show();
        const QStringList ips = qEnvironmentVariable("LAB_NODE_IPS").split(QLatin1Char(' '));

        auto* action = window.findChild<QAction*>(QStringLiteral("action-adopt"));
        QVERIFY(action);
        action->trigger();
        AdoptDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = topLevel<AdoptDialog>(QStringLiteral("adoptDialog"))) != nullptr, 5000);
        const QString out = data.filePath(QStringLiteral("guide.json"));
        dialog->findChild<QLineEdit*>(QStringLiteral("adopt-node"))->setText(ips.value(1));
        dialog->findChild<QLineEdit*>(QStringLiteral("adopt-key"))
            ->setText(qEnvironmentVariable("LAB_SSH_KEY"));
        dialog->findChild<QLineEdit*>(QStringLiteral("adopt-name"))->setText(QStringLiteral("guide"));
        dialog->findChild<QLineEdit*>(QStringLiteral("adopt-out"))->setText(out);
        auto* discover = dialog->findChild<QPushButton*>(QStringLiteral("adopt-discover"));
        auto* trust = dialog->findChild<QPushButton*>(QStringLiteral("adopt-trust"));
        auto* keys = dialog->findChild<QLabel*>(QStringLiteral("adopt-keys"));
        auto* log = dialog->findChild<QPlainTextEdit*>(QStringLiteral("adopt-log"));
        auto* open = dialog->findChild<QPushButton*>(QStringLiteral("adopt-open"));
        save(dialog, QStringLiteral("adopt-form.png"));

        // Round 1: the node named is unknown; its fingerprint is shown, nothing is written.
        discover->click();
        QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 60000);
        QVERIFY2(keys->text().contains(ips.value(1) + QStringLiteral(" SHA256:")), qPrintable(keys->text()));
        QVERIFY(!QFileInfo::exists(out));
        // Round 2: trusted; the two nodes repmgr lists are shown at once.
        trust->click();
        QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible() && keys->text().contains(ips.value(0)), 60000);
        QVERIFY2(keys->text().contains(ips.value(2)), qPrintable(keys->text()));
        QVERIFY(!QFileInfo::exists(out));
        save(dialog, QStringLiteral("adopt-host-keys.png"));
        // Round 3: every node read, the worksheet written.
        trust->click();
        QTRY_VERIFY_WITH_TIMEOUT(open->isEnabled(), 60000);
        QVERIFY2(QFileInfo::exists(out), qPrintable(log->toPlainText()));
        QVERIFY2(log->toPlainText().contains(QStringLiteral("Adopted guide: pg1")),
            qPrintable(log->toPlainText()));
        save(dialog, QStringLiteral("adopt-done.png"));

        // Opened on the dashboard: healthy, pg1 primary, no alarm; what is not read is said.
        open->click();
        ClusterDashboard* dashboard = window.dashboard();
        QTRY_VERIFY2_WITH_TIMEOUT(dashboard->monitor() != nullptr, qPrintable(window.lastError()), 30000);
        auto healthy = [dashboard] {
            const ClusterSnapshot& s = dashboard->monitor()->latest();
            return s.time.isValid() && s.alarms.isEmpty()
                && s.primaries() == QStringList {QStringLiteral("pg1")} && s.vipHolder == QLatin1String("pg1")
                && s.nodes.size() == 3 && s.nodes[2].health.ok();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(healthy(),
            qPrintable(QStringLiteral("alarms: %1")
                           .arg(dashboard->monitor()->latest().alarms.isEmpty()
                                   ? QStringLiteral("none")
                                   : dashboard->monitor()->latest().alarms.first().title)),
            30000);
        auto* notRead = dashboard->findChild<QLabel*>(QStringLiteral("notRead"));
        QVERIFY(notRead && notRead->isVisible());
        QVERIFY2(notRead->text().contains(QStringLiteral("stats listener")), qPrintable(notRead->text()));
        save(&window, QStringLiteral("adopt-dashboard.png"));

        // The differences, read-only.
        auto* differences = window.findChild<QAction*>(QStringLiteral("action-differences"));
        QVERIFY(differences);
        differences->trigger();
        QDialog* audit = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((audit = topLevel<QDialog>(QStringLiteral("auditDialog"))) != nullptr, 5000);
        auto* tree = audit->findChild<QTreeWidget*>(QStringLiteral("audit-findings"));
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() >= 10, 60000);
        QStringList titles;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            titles << tree->topLevelItem(i)->text(1);
        QVERIFY2(
            titles.first().contains(QStringLiteral("erratum")), qPrintable(titles.join(QLatin1Char('\n'))));
        QVERIFY2(titles.join(QLatin1Char('\n')).contains(QStringLiteral("guide erratum 7")),
            qPrintable(titles.join(QLatin1Char('\n'))));
        save(audit, QStringLiteral("adopt-audit.png"));
        audit->close();

        // Converging from the wizard, phases 1 and 2 (lab_converge converges all four from the
        // command line, under a writer): Run opens the preview and changes nothing; its Apply runs
        // the phase; the worksheet on disk records each converged phase.
        window.showWizard();
        auto* next = window.findChild<QPushButton*>(QStringLiteral("nextButton"));
        QTRY_VERIFY(next->isEnabled());
        next->click();
        QTRY_VERIFY2_WITH_TIMEOUT(window.wizard()->pageCount() == 8, qPrintable(window.lastError()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.wizard()->page(1)->isComplete(), 60000);
        QTRY_VERIFY(next->isEnabled());
        next->click();
        auto* preflight = qobject_cast<PhasePage*>(window.wizard()->page(2));
        QVERIFY(preflight && !preflight->isConverging());
        preflight->findChild<QPushButton*>(QStringLiteral("runPhase"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isRunning(), 120000);
        QVERIFY2(preflight->isComplete(),
            qPrintable(preflight->findChild<QLabel*>(QStringLiteral("checkpointVerdict"))->text()));
        for (int phase = 1; phase <= 2; ++phase) {
            QTRY_VERIFY(next->isEnabled());
            next->click();
            auto* page = qobject_cast<PhasePage*>(window.wizard()->page(2 + phase));
            QVERIFY(page && page->isConverging());
            page->findChild<QPushButton*>(QStringLiteral("runPhase"))->click();
            auto* preview = page->findChild<PreviewDialog*>(QStringLiteral("previewDialog"));
            QVERIFY2(preview, "Run did not open the preview");
            QTRY_VERIFY_WITH_TIMEOUT(preview->isRead(), 60000);
            QVERIFY(!page->isRunning());
            QVERIFY2(preview->preview().allRead(), qPrintable(previewText(preview->preview())));
            auto* apply = preview->findChild<QPushButton*>(QStringLiteral("previewApply"));
            QVERIFY(apply && apply->isEnabled());
            if (phase == 2) {
                // The guide's settings after include_dir are commented out, shown as a diff.
                auto* changes = preview->findChild<QTreeWidget*>(QStringLiteral("previewTree"));
                QTreeWidgetItem* conf = nullptr;
                for (QTreeWidgetItemIterator it(changes); *it && !conf; ++it) {
                    if ((*it)->text(0).endsWith(QLatin1String("/postgresql.conf")))
                        conf = *it;
                }
                QVERIFY(conf);
                changes->setCurrentItem(conf);
                auto* detail = preview->findChild<QPlainTextEdit*>(QStringLiteral("previewDetail"));
                QVERIFY2(detail->toPlainText().contains(QStringLiteral("+#pgpilot: listen_addresses = '*'")),
                    qPrintable(detail->toPlainText()));
                save(preview, QStringLiteral("converge-preview.png"));
            }
            apply->click();
            QVERIFY(page->isRunning());
            QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 300000);
            QVERIFY2(page->isComplete(),
                qPrintable(page->findChild<QLabel*>(QStringLiteral("checkpointVerdict"))->text()));
            const SpecLoadResult saved = loadSpecFile(out);
            QVERIFY2(saved.spec, qPrintable(saved.error));
            QCOMPARE(saved.spec->adopted.convergedPhases.size(), phase);
            if (phase == 2)
                save(&window, QStringLiteral("converge-phase2.png"));
        }
    }
};

QTEST_MAIN(TestAdoptLab)
#include "tst_adopt_lab.moc"
