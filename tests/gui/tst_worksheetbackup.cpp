// SPDX-License-Identifier: GPL-3.0-or-later
// The worksheet's backup section (archiving pgBackRest, phase 6) in the main window: every field
// to and from the worksheet, errors at their field, the section off without a repository host,
// the journey's "6  Backups", Tab order and whole text; screenshots with PGPILOT_SCREENSHOT_DIR.
#include "core/settings.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "setupwizard.h"
#include "uichecks.h"
#include "worksheetpage.h"
#include "worksheettesting.h"

#include <QCheckBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace pgpilot;
using namespace worksheettest;

class TestWorksheetBackup : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;

    std::unique_ptr<MainWindow> newWindow()
    {
        auto window = std::make_unique<MainWindow>(m_secrets.get(), m_settings.get());
        window->resize(1280, 860);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not exposed");
        return window;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_secrets = std::make_unique<MemorySecretStore>();
    }

    void backupFieldsRoundTrip()
    {
        auto window = newWindow();
        auto* page = window->wizard()->worksheetPage();
        const ClusterSpec expected = backupSpec();
        page->setSpec(expected);
        QVERIFY2(page->issues().isEmpty(), qPrintable(visibleErrors(window.get()).join(QLatin1Char('\n'))));
        QVERIFY(child<QWidget>(window.get(), "backupFields")->isVisibleTo(window.get()));

        // Each editor shows its field.
        QWidget* w = window.get();
        QCOMPARE(
            child<QComboBox>(w, "archivingMode")->currentData().toString(), QStringLiteral("pgbackrest"));
        QCOMPARE(child<QLineEdit>(w, "backupHostName")->text(), QStringLiteral("pgbackup"));
        QCOMPARE(child<QLineEdit>(w, "backupHostAddress")->text(), QStringLiteral("10.0.1.20"));
        QCOMPARE(child<QLineEdit>(w, "backupSshUser")->text(), QStringLiteral("dba"));
        QCOMPARE(child<QSpinBox>(w, "backupSshPort")->value(), 2222);
        QCOMPARE(child<QComboBox>(w, "backupSshAuth")->currentData().toString(), QStringLiteral("password"));
        QCOMPARE(
            child<QLineEdit>(w, "backupKeyFile")->text(), QStringLiteral("/home/dba/.ssh/backup_ed25519"));
        QCOMPARE(child<QComboBox>(w, "backupSudo")->currentData().toString(), QStringLiteral("password"));
        QCOMPARE(child<QLineEdit>(w, "backupSecretRef")->text(), QStringLiteral("pgpilot:prod:backup-login"));
        QCOMPARE(child<QLineEdit>(w, "backupHostKey")->text(), expected.backup.host.ssh.hostKeyFingerprint);
        QCOMPARE(child<QLineEdit>(w, "backupPath")->text(), QStringLiteral("/srv/pgbackrest"));
        QCOMPARE(child<QSpinBox>(w, "backupRetentionFull")->value(), 3);
        QCOMPARE(child<QSpinBox>(w, "backupRetentionDiff")->value(), 9);
        QCOMPARE(child<QLineEdit>(w, "backupFullSchedule")->text(), QStringLiteral("Sat *-*-* 02:00:00"));
        QCOMPARE(
            child<QLineEdit>(w, "backupDiffSchedule")->text(), QStringLiteral("Sun..Fri *-*-* 03:15:00"));
        QVERIFY(!child<QCheckBox>(w, "backupEncrypted")->isChecked());
        QCOMPARE(child<QLineEdit>(w, "backupCipherPassRef")->text(),
            QStringLiteral("pgpilot:prod:repo-passphrase"));
        QCOMPARE(child<QSpinBox>(w, "backupProcessMax")->value(), 4);
        QCOMPARE(child<QLineEdit>(w, "backupArchiveQueueMax")->text(), QStringLiteral("16GB"));
        // The SSH login was not copied from a node: the worksheet had its own.
        QVERIFY(!child<QLabel>(w, "backupLoginCopied")->isVisibleTo(w));

        // An edit elsewhere reads every editor back into the worksheet: nothing of the section changes.
        typeInto(w, "knownHostsFile", QStringLiteral("/home/dba/.ssh/known_hosts"));
        ClusterSpec read = page->spec();
        QCOMPARE(read.knownHostsFile, QStringLiteral("/home/dba/.ssh/known_hosts"));
        read.knownHostsFile.clear();
        QCOMPARE(read.backup, expected.backup);
        QCOMPARE(read, expected);

        // And the other way: what is typed reaches the worksheet.
        typeInto(w, "backupDiffSchedule", QString()); // no differential backups
        typeInto(w, "backupArchiveQueueMax", QString()); // no limit
        child<QCheckBox>(w, "backupEncrypted")->setChecked(true);
        typeInto(w, "backupCipherPassRef", QString());
        choose(w, "backupSshAuth", QStringLiteral("key"));
        choose(w, "backupSudo", QStringLiteral("nopasswd"));
        child<QSpinBox>(w, "backupRetentionFull")->setValue(5);
        read = page->spec();
        QVERIFY(read.backup.diffSchedule.isEmpty());
        QVERIFY(read.backup.archiveQueueMax.isEmpty());
        QVERIFY(read.backup.encrypted);
        QVERIFY(read.backup.cipherPassRef.isEmpty());
        QCOMPARE(read.backupCipherKey(), QStringLiteral("pgpilot:prod:backup-cipher"));
        QCOMPARE(read.backup.host.ssh.auth, SshAuth::Key);
        QCOMPARE(read.backup.host.ssh.sudo, SudoMode::NoPassword);
        QCOMPARE(read.backup.retentionFull, 5);
        QVERIFY2(page->issues().isEmpty(), qPrintable(visibleErrors(w).join(QLatin1Char('\n'))));

        // A renamed cluster takes the host's references along, as the nodes' ones.
        typeInto(w, "clusterName", QStringLiteral("sales"));
        QCOMPARE(page->spec().backup.host.ssh.secretRef, QStringLiteral("pgpilot:sales:backup-login"));
        QCOMPARE(
            child<QLineEdit>(w, "backupSecretRef")->text(), QStringLiteral("pgpilot:sales:backup-login"));
    }

    void backupSectionReadsWholeAndTabs()
    {
        auto window = newWindow();
        QWidget* w = window.get();
        window->wizard()->worksheetPage()->setSpec(backupSpec());
        scrollTo(w, "backupGroup");
        QStringList problems = uichecks::screenshotProblems(w, QStringLiteral("worksheet-backup.png"));
        problems << uichecks::ambiguousMnemonics(w) << uichecks::unreachableByKeyboard(w)
                 << uichecks::tabOrderJumps(w);
        // The section is reached by Tab, in reading order: host fields first, then the repository's.
        const QList<QWidget*> cycle = uichecks::tabCycle(w, false);
        const int name = int(cycle.indexOf(child<QWidget>(w, "backupHostName")));
        const int hostKey = int(cycle.indexOf(child<QWidget>(w, "backupHostKey")));
        const int path = int(cycle.indexOf(child<QWidget>(w, "backupPath")));
        const int queue = int(cycle.indexOf(child<QWidget>(w, "backupArchiveQueueMax")));
        QVERIFY(name >= 0 && name < hostKey && hostKey < path && path < queue);
        for (const QString& p : std::as_const(problems))
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void backupErrorsShowAtTheirField()
    {
        auto window = newWindow();
        QWidget* w = window.get();
        fillValidWorksheet(window.get());
        auto* next = child<QPushButton>(w, "nextButton");
        QVERIFY(next->isEnabled());

        choose(w, "archivingMode", QStringLiteral("pgbackrest"));
        auto* page = window->wizard()->worksheetPage();
        // The host logs in like the first node until told otherwise, and the page says so.
        QCOMPARE(page->spec().backup.host.ssh, [] {
            SshSettings ssh;
            ssh.keyFile = QStringLiteral("/home/dba/.ssh/id_ed25519");
            return ssh;
        }());
        QCOMPARE(child<QLineEdit>(w, "backupKeyFile")->text(), QStringLiteral("/home/dba/.ssh/id_ed25519"));
        auto* copied = child<QLabel>(w, "backupLoginCopied");
        QVERIFY(copied->isVisibleTo(w));
        QVERIFY2(copied->text().contains(QStringLiteral("pg1")), qPrintable(copied->text()));

        // The new host has no name or address yet: Next waits.
        QVERIFY(!next->isEnabled());
        expectErrorAt(
            w, "backupHostName", "backup_host_name_error", QStringLiteral("Name the backup repository host"));
        expectErrorAt(w, "backupHostAddress", "backup_host_address_error", QStringLiteral("no IP address"));

        typeInto(w, "backupHostName", QStringLiteral("pgbackup"));
        QVERIFY(!child<QLabel>(w, "backup_host_name_error")->isVisibleTo(w));
        typeInto(w, "backupHostAddress", QStringLiteral("10.0.1.12")); // pg2's
        expectErrorAt(
            w, "backupHostAddress", "backup_host_address_error", QStringLiteral("address of node pg2"));
        typeInto(w, "backupHostAddress", QStringLiteral("10.0.1.20"));
        QVERIFY(next->isEnabled());

        typeInto(w, "backupFullSchedule", QStringLiteral("Sun *-*-* 01:30:00; reboot"));
        expectErrorAt(w, "backupFullSchedule", "backup_schedule_full_error", QStringLiteral("It contains"));
        typeInto(w, "backupArchiveQueueMax", QStringLiteral("lots"));
        expectErrorAt(
            w, "backupArchiveQueueMax", "backup_archiveQueueMax_error", QStringLiteral("size such as 8GB"));
        typeInto(w, "backupSshUser", QStringLiteral("dba"));
        expectErrorAt(w, "backupSudo", "backup_host_ssh_sudo_error", QStringLiteral("needs sudo"));
        typeInto(w, "backupPath", QStringLiteral("/"));
        expectErrorAt(w, "backupPath", "backup_path_error", QStringLiteral("absolute directory (not /)"));
        QVERIFY(!next->isEnabled());
        // The node table's errors stay in the node table: none of these is about a node.
        QVERIFY(!child<QLabel>(w, "nodes_error")->isVisibleTo(w));
        scrollTo(w, "backupGroup");
        saveScreenshot(w, QStringLiteral("worksheet-backup-invalid.png"));

        typeInto(w, "backupFullSchedule", QStringLiteral("Sun *-*-* 01:30:00"));
        typeInto(w, "backupArchiveQueueMax", QStringLiteral("8GB"));
        choose(w, "backupSudo", QStringLiteral("nopasswd"));
        typeInto(w, "backupPath", QStringLiteral("/var/lib/pgbackrest"));
        QVERIFY2(page->issues().isEmpty(), qPrintable(visibleErrors(w).join(QLatin1Char('\n'))));
        QVERIFY(next->isEnabled());
        QVERIFY(visibleErrors(w).isEmpty());
    }

    void backupFieldsDisabledWhenArchivingOff()
    {
        auto window = newWindow();
        QWidget* w = window.get();
        fillValidWorksheet(window.get());
        const char* editors[] = {"backupHostName", "backupHostAddress", "backupSshUser", "backupSshPort",
            "backupSshAuth", "backupKeyFile", "backupSudo", "backupSecretRef", "backupHostKey", "backupPath",
            "backupRetentionFull", "backupRetentionDiff", "backupFullSchedule", "backupDiffSchedule",
            "backupEncrypted", "backupCipherPassRef", "backupProcessMax", "backupArchiveQueueMax"};
        auto expectOff = [&](const char* mode) {
            for (const char* name : editors) {
                QWidget* editor = child<QWidget>(w, name);
                QVERIFY2(!editor->isEnabled() && !editor->isVisibleTo(w),
                    qPrintable(QStringLiteral("%1 is usable with archiving %2")
                                   .arg(QLatin1String(name), QLatin1String(mode))));
            }
            QVERIFY(
                child<QLabel>(w, "backupNote")->text().contains(QStringLiteral("\"pgBackRest repository\"")));
        };
        expectOff("off");
        scrollTo(w, "backupGroup");
        saveScreenshot(w, QStringLiteral("worksheet-backup-off.png"));
        choose(w, "archivingMode", QStringLiteral("directory"));
        expectOff("directory");

        choose(w, "archivingMode", QStringLiteral("pgbackrest"));
        for (const char* name : editors) {
            if (qstrcmp(name, "backupCipherPassRef") != 0)
                QVERIFY2(child<QWidget>(w, name)->isEnabled(), name);
        }
        // The key file counts only for key authentication; the passphrase only when encrypted.
        choose(w, "backupSshAuth", QStringLiteral("agent"));
        QVERIFY(!child<QLineEdit>(w, "backupKeyFile")->isEnabled());
        choose(w, "backupSshAuth", QStringLiteral("key"));
        QVERIFY(child<QLineEdit>(w, "backupKeyFile")->isEnabled());
        auto* encrypted = child<QCheckBox>(w, "backupEncrypted");
        QVERIFY(encrypted->isChecked()); // the default
        QVERIFY(child<QLineEdit>(w, "backupCipherPassRef")->isEnabled());
        QVERIFY(child<QLineEdit>(w, "backupCipherPassRef")
                    ->placeholderText()
                    .contains(QStringLiteral("pgpilot:prod:backup-cipher")));
        encrypted->setChecked(false);
        QVERIFY(!child<QLineEdit>(w, "backupCipherPassRef")->isEnabled());

        // Back to off: the half-filled section is kept but no longer checked.
        auto* page = window->wizard()->worksheetPage();
        QVERIFY(!page->isComplete());
        choose(w, "archivingMode", QStringLiteral("off"));
        expectOff("off again");
        QVERIFY2(page->issues().isEmpty(), qPrintable(visibleErrors(w).join(QLatin1Char('\n'))));
        QVERIFY(child<QPushButton>(w, "nextButton")->isEnabled());
    }

    // A repository mounted on every node: no host to fill, the path is the mount point, and the
    // worksheet is complete without a host (its errors gone with it).
    void mountedRepositoryNeedsNoHost()
    {
        auto window = newWindow();
        QWidget* w = window.get();
        fillValidWorksheet(window.get());
        auto* page = window->wizard()->worksheetPage();
        choose(w, "archivingMode", QStringLiteral("pgbackrest"));
        QVERIFY(child<QWidget>(w, "backupHostName")->isVisibleTo(w));
        QVERIFY(!page->isComplete()); // the host is missing
        choose(w, "backupRepository", QStringLiteral("mount"));
        for (const char* name : {"backupHostName", "backupHostAddress", "backupSshUser", "backupHostKey"})
            QVERIFY2(!child<QWidget>(w, name)->isVisibleTo(w), name);
        QVERIFY(child<QLabel>(w, "backupNote")->text().contains(QStringLiteral("mounted on every node")));
        QVERIFY(child<QLineEdit>(w, "backupPath")->placeholderText().contains(QStringLiteral("mount point")));
        // Phase 6 stays in the journey: it sets the mounted repository up.
        QVERIFY(journey(w).contains(QStringLiteral("6  Backups")));
        typeInto(w, "backupPath", QStringLiteral("/mnt/pgbackrest"));
        QVERIFY2(page->issues().isEmpty(), qPrintable(visibleErrors(w).join(QLatin1Char('\n'))));
        QCOMPARE(page->spec().backup.repository, BackupRepository::Mount);
        QCOMPARE(page->spec().backup.path, QStringLiteral("/mnt/pgbackrest"));
        scrollTo(w, "backupGroup");
        saveScreenshot(w, QStringLiteral("worksheet-backup-mount.png"));
        // Inside PostgreSQL's directories: refused at the field.
        typeInto(w, "backupPath", QStringLiteral("/var/lib/postgresql/repo"));
        QVERIFY(!page->issues().isEmpty());
        QCOMPARE(page->issues().first().field, QStringLiteral("backup.path"));
        choose(w, "backupRepository", QStringLiteral("host"));
        QVERIFY(child<QWidget>(w, "backupHostName")->isVisibleTo(w));
    }

    void journeyShowsBackupPhaseOnlyWithBackupHost()
    {
        auto window = newWindow();
        QWidget* w = window.get();
        const QStringList plain {QStringLiteral("Worksheet"), QStringLiteral("Connect to nodes"),
            QStringLiteral("0  Pre-flight checks"), QStringLiteral("1  Base install"),
            QStringLiteral("2  PostgreSQL configuration"), QStringLiteral("3  repmgr cluster"),
            QStringLiteral("4  HAProxy, health check, VIP"), QStringLiteral("5  Failover validation"),
            QStringLiteral("Dashboard")};
        QStringList withBackups = plain;
        withBackups.insert(plain.size() - 1, QStringLiteral("6  Backups"));
        QCOMPARE(journey(w), plain);

        // It follows the worksheet as it is edited, and as it is opened.
        choose(w, "archivingMode", QStringLiteral("pgbackrest"));
        QCOMPARE(journey(w), withBackups);
        choose(w, "archivingMode", QStringLiteral("directory"));
        QCOMPARE(journey(w), plain);
        window->wizard()->worksheetPage()->setSpec(backupSpec());
        QCOMPARE(journey(w), withBackups);
        window->wizard()->setBackupPhase(true); // twice: still one entry
        QCOMPARE(journey(w), withBackups);
        auto* steps = child<QListWidget>(w, "wizardSteps");
        QVERIFY(steps->item(0)->text().startsWith(QStringLiteral("\u25b6"))); // the worksheet stays current
        window->wizard()->worksheetPage()->setSpec(ClusterSpec::guideDefaults());
        QCOMPARE(journey(w), plain);
    }

    void setupAddsPhaseSixAfterTheOthers()
    {
        // Started from the worksheet, the phase pages come from the runbook: with a repository host
        // page i is still journey step i, phase 6 included. The nodes are on loopback at a port
        // nobody listens on, so the connect page's attempts are refused at once.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        const int closedPort = [] {
            QTcpServer server;
            server.listen(QHostAddress::LocalHost);
            return int(server.serverPort());
        }();
        ClusterSpec spec = backupSpec();
        spec.network.subnet = QStringLiteral("127.0.0.0/24");
        spec.network.vip = QStringLiteral("127.0.0.100");
        for (int i = 0; i < spec.nodes.size(); ++i) {
            spec.nodes[i].address = QStringLiteral("127.0.0.%1").arg(11 + i);
            spec.nodes[i].ssh.port = closedPort;
        }
        spec.backup.host.address = QStringLiteral("127.0.0.20");
        spec.backup.host.ssh = spec.nodes.first().ssh;
        auto window = newWindow();
        QWidget* w = window.get();
        window->wizard()->worksheetPage()->setSpec(spec);
        QVERIFY2(window->wizard()->worksheetPage()->issues().isEmpty(),
            qPrintable(visibleErrors(w).join(QLatin1Char('\n'))));
        QSignalSpy ready(window.get(), &MainWindow::setupReady);
        QTest::mouseClick(child<QPushButton>(w, "nextButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        SetupWizard* wizard = window->wizard();
        const QStringList steps = journey(w);
        QCOMPARE(wizard->pageCount(), steps.size() - 1); // every step but the dashboard
        QCOMPARE(steps.value(8), QStringLiteral("6  Backups"));
        QVERIFY2(wizard->page(8)->title().startsWith(QStringLiteral("Phase 6")),
            qPrintable(wizard->page(8)->title()));
        wizard->goTo(8);
        QCOMPARE(child<QListWidget>(w, "wizardSteps")->item(8)->text(), QStringLiteral("\u25b6 6  Backups"));
        wizard->goTo(0);
    }
};

QTEST_MAIN(TestWorksheetBackup)
#include "tst_worksheetbackup.moc"
