// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export secrets and Import secrets in the real MainWindow, on memory secret stores (two
// windows stand for two workstations): the actions exist, an export through its file and
// passphrase dialogs writes a private bundle that an import through its dialogs brings back
// value for value, a secret stored with another value is replaced only after the question box
// says so, and a wrong passphrase shows the error; File → Import site certificates refuses a set
// with a node missing (nothing stored, every reason shown) and stores a sound one. PGPILOT_SCREENSHOT_DIR
// saves the dialogs.
#include "cluster/specfile.h"
#include "core/settings.h"
#include "mainwindow.h"
#include "runbook/configfiles.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tlsca.h"
#include "uichecks.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pgpilot;

namespace {

const QByteArray kPassphrase("a passphrase of some length");
const QString kRepmgr = QStringLiteral("pgpilot:prod:repmgr-password");
const QString kSshKey = QStringLiteral("pgpilot:prod:postgres-ssh-key");
const QString kLogin = QStringLiteral("pgpilot:prod:login");
const QByteArray kSshKeyValue("-----BEGIN OPENSSH PRIVATE KEY-----\n"
                              "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                              "-----END OPENSSH PRIVATE KEY-----\n");

ClusterSpec prodSpec()
{
    ClusterSpec spec = ClusterSpec::guideDefaults();
    spec.name = QStringLiteral("prod");
    spec.repmgrPasswordRef = kRepmgr;
    for (NodeSpec& node : spec.nodes) {
        node.ssh.auth = SshAuth::Password;
        node.ssh.secretRef = kLogin;
    }
    return spec;
}

int modeOf(const QString& path)
{
    struct stat st
    { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(100);
    if (!widget->grab().save(QDir(dir).filePath(name)))
        qWarning("could not save %s", qPrintable(name));
}

// Types the passphrase into the named passphrase dialog and accepts it.
bool answerPassphrase(const char* name, const QByteArray& passphrase, const QString& screenshot = {})
{
    auto* dialog = uichecks::waitForTopLevel<QInputDialog>(name);
    if (!dialog)
        return false;
    auto* edit = dialog->findChild<QLineEdit*>();
    if (!edit || edit->echoMode() != QLineEdit::Password) {
        qWarning("%s does not hide what is typed", name);
        return false;
    }
    QTest::keyClicks(edit, QString::fromUtf8(passphrase));
    if (!screenshot.isEmpty())
        saveScreenshot(dialog, screenshot);
    dialog->accept();
    return true;
}

bool chooseFile(const char* name, const QString& path)
{
    auto* dialog = uichecks::waitForTopLevel<QFileDialog>(name);
    if (!dialog)
        return false;
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog's own, as its Save/Open button does
    return true;
}

} // namespace

class TestSecretsMenu : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    QString m_clusterFile;

    std::unique_ptr<MainWindow> newWindow(SecretStore* secrets)
    {
        auto window = std::make_unique<MainWindow>(secrets, m_settings.get());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        if (!window->openFile(m_clusterFile))
            qWarning("cannot open %s", qPrintable(m_clusterFile));
        return window;
    }

    static void fill(MemorySecretStore& store)
    {
        store.writeNow(kRepmgr, "rm-2b7e151628aed2");
        store.writeNow(kSshKey, kSshKeyValue);
        store.writeNow(kLogin, "login secret 42");
    }

    // A bundle of prodSpec()'s secrets, made by the window's export (with its dialogs' values).
    QString exportedBundle(const QString& name)
    {
        MemorySecretStore first;
        fill(first);
        auto window = newWindow(&first);
        QSignalSpy done(window.get(), &MainWindow::secretsTransferred);
        const QString path = m_dir.filePath(name);
        window->exportSecretsTo(path, kPassphrase);
        if (!QTest::qWaitFor([&] { return !done.isEmpty(); }, 10000) || !done.at(0).at(0).toBool())
            qWarning("export failed: %s", qPrintable(window->lastError()));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(setting::LastDirectory, m_dir.path());
        m_clusterFile = m_dir.filePath(QStringLiteral("prod.json"));
        QString error;
        QVERIFY2(saveSpecFile(prodSpec(), m_clusterFile, &error), qPrintable(error));
    }

    void cleanup()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog*>(w))
                w->close();
        }
    }

    void actionsAreInTheFileMenu()
    {
        MemorySecretStore secrets;
        auto window = newWindow(&secrets);
        auto* exportAction = window->findChild<QAction*>(QStringLiteral("action-export-secrets"));
        auto* importAction = window->findChild<QAction*>(QStringLiteral("action-import-secrets"));
        QVERIFY(exportAction && importAction);
        QMenu* file = window->menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(exportAction) && file->actions().contains(importAction));
        QVERIFY(exportAction->isEnabled() && importAction->isEnabled());
        QCOMPARE(exportAction->text(), QStringLiteral("&Export secrets..."));
        QCOMPARE(importAction->text(), QStringLiteral("&Import secrets..."));
    }

    // File > Rotate passwords runs the rotate-secrets operation (its dialog asks first). Not
    // triggered here: it would connect to the worksheet's nodes (tests/lab covers the run).
    void rotateIsInTheFileMenu()
    {
        MemorySecretStore secrets;
        auto window = newWindow(&secrets);
        auto* rotate = window->findChild<QAction*>(QStringLiteral("action-rotate-secrets"));
        QVERIFY(rotate);
        QMenu* file = window->menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(rotate));
        QVERIFY(rotate->isEnabled());
        QCOMPARE(rotate->text(), QStringLiteral("Rotate &passwords..."));
        file->popup(window->mapToGlobal(QPoint(0, 0)));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        saveScreenshot(file, QStringLiteral("file-menu-rotate.png"));
        file->close();
    }

    void exportThenImportThroughTheDialogs()
    {
        const QString path = m_dir.filePath(QStringLiteral("dialogs.pgpilot-secrets"));
        MemorySecretStore first;
        fill(first);
        {
            auto window = newWindow(&first);
            QSignalSpy done(window.get(), &MainWindow::secretsTransferred);
            window->findChild<QAction*>(QStringLiteral("action-export-secrets"))->trigger();
            QVERIFY(chooseFile("exportSecretsFile", path));
            QVERIFY(
                answerPassphrase("secretsPassphrase", kPassphrase, QStringLiteral("secrets-passphrase.png")));
            QVERIFY(answerPassphrase("secretsPassphraseAgain", kPassphrase));
            QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 10000);
            QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
            const QString message = done.at(0).at(1).toString();
            QVERIFY2(message.contains(kLogin) && message.contains(QLatin1String("pgpilot:prod:app-password")),
                qPrintable(message)); // the keys in it, and the one the store lacks
            for (const QString& key : {kRepmgr, kSshKey, kLogin})
                QVERIFY(!message.contains(QString::fromUtf8(first.readNow(key).value)));
            auto* box = uichecks::waitForTopLevel<QMessageBox>("secretsResultBox");
            QVERIFY(box);
            saveScreenshot(box, QStringLiteral("secrets-exported.png"));
        }
        QCOMPARE(modeOf(path), 0600);

        MemorySecretStore second;
        auto window = newWindow(&second);
        QSignalSpy done(window.get(), &MainWindow::secretsTransferred);
        window->findChild<QAction*>(QStringLiteral("action-import-secrets"))->trigger();
        QVERIFY(chooseFile("importSecretsFile", path));
        QVERIFY(answerPassphrase("secretsPassphrase", kPassphrase));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 10000);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        for (const QString& key : {kRepmgr, kSshKey, kLogin})
            QCOMPARE(second.readNow(key).value, first.readNow(key).value);
        QCOMPARE(second.readNow(QStringLiteral("pgpilot:prod:app-password")).status,
            SecretStore::Status::NotFound);
        QVERIFY(uichecks::waitForTopLevel<QMessageBox>("secretsResultBox"));
    }

    void differentPassphrasesWriteNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("differ.pgpilot-secrets"));
        MemorySecretStore first;
        fill(first);
        auto window = newWindow(&first);
        QSignalSpy done(window.get(), &MainWindow::secretsTransferred);
        window->findChild<QAction*>(QStringLiteral("action-export-secrets"))->trigger();
        QVERIFY(chooseFile("exportSecretsFile", path));
        QVERIFY(answerPassphrase("secretsPassphrase", kPassphrase));
        QVERIFY(answerPassphrase("secretsPassphraseAgain", kPassphrase + "?"));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 5000);
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY(!QFile::exists(path));
        QVERIFY(uichecks::waitForTopLevel<QMessageBox>("errorBox"));
    }

    void conflictIsReplacedOnlyWhenConfirmed()
    {
        const QString path = exportedBundle(QStringLiteral("conflict.pgpilot-secrets"));
        QVERIFY(QFile::exists(path));
        MemorySecretStore second;
        second.writeNow(kLogin, "another login");
        auto window = newWindow(&second);
        QSignalSpy done(window.get(), &MainWindow::secretsTransferred);

        // Cancel: nothing written.
        window->importSecretsFrom(path, kPassphrase);
        auto* box = uichecks::waitForTopLevel<QMessageBox>("secretsConflictBox");
        QVERIFY(box);
        QVERIFY2(box->text().contains(kLogin), qPrintable(box->text()));
        saveScreenshot(box, QStringLiteral("secrets-conflict.png"));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 5000);
        QVERIFY(!done.at(0).at(0).toBool());
        QCOMPARE(second.readNow(kLogin).value, QByteArray("another login"));
        QCOMPARE(second.readNow(kRepmgr).status, SecretStore::Status::NotFound);

        // Replace: the bundle's values, every one.
        done.clear();
        window->importSecretsFrom(path, kPassphrase);
        box = uichecks::waitForTopLevel<QMessageBox>("secretsConflictBox");
        QVERIFY(box);
        QAbstractButton* replace = nullptr;
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                replace = b;
        }
        QVERIFY(replace);
        replace->click();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 5000);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QCOMPARE(second.readNow(kLogin).value, QByteArray("login secret 42"));
        QCOMPARE(second.readNow(kSshKey).value, kSshKeyValue);
    }

    void wrongPassphraseShowsTheError()
    {
        const QString path = exportedBundle(QStringLiteral("wrong.pgpilot-secrets"));
        MemorySecretStore second;
        auto window = newWindow(&second);
        QSignalSpy done(window.get(), &MainWindow::secretsTransferred);
        window->importSecretsFrom(path, "not the passphrase at all");
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 5000);
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY2(window->lastError().contains(QLatin1String("wrong passphrase, or the file was changed")),
            qPrintable(window->lastError()));
        QVERIFY(uichecks::waitForTopLevel<QMessageBox>("errorBox"));
        QCOMPARE(second.readNow(kRepmgr).status, SecretStore::Status::NotFound);
    }

    void siteCertificatesThroughTheDialog()
    {
        ClusterSpec spec = prodSpec();
        spec.tls.mode = TlsMode::Site;
        spec.network.vip = QStringLiteral("10.20.0.100");
        for (int i = 0; i < spec.nodes.size(); ++i)
            spec.nodes[i].address = QStringLiteral("10.20.0.%1").arg(11 + i);
        const QString file = m_dir.filePath(QStringLiteral("prod-site.json"));
        QString error;
        QVERIFY2(saveSpecFile(spec, file, &error), qPrintable(error));
        // The site's CA (made with pgpilot's issuing code, standing for the site's) and its files.
        const tls::Issued ca = tls::createCa(QStringLiteral("Example Site"));
        auto writeFile = [this](const QString& name, const QByteArray& bytes) {
            QFile f(m_dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qWarning("cannot write %s", qPrintable(name));
            return f.fileName();
        };
        const QString caFile = writeFile(QStringLiteral("site-ca.pem"), ca.certPem);
        QHash<QString, QByteArray> certs;
        for (const NodeSpec& node : spec.nodes) {
            const tls::Issued n
                = tls::issueNodeCertificate(ca.certPem, ca.keyPem, node.name, tlsNodeAddresses(spec, node));
            certs.insert(node.name, n.certPem);
            writeFile(node.name + QStringLiteral(".crt"), n.certPem);
            writeFile(node.name + QStringLiteral(".key"), n.keyPem);
        }

        MemorySecretStore secrets;
        MainWindow window(&secrets, m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // with pgpilot's own CA (prod.json) the action explains itself instead of opening
        QVERIFY(window.openFile(m_clusterFile));
        auto* action = window.findChild<QAction*>(QStringLiteral("action-import-site-certs"));
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(window.lastError().contains(QStringLiteral("the site's CA, imported")));
        cleanup();

        QVERIFY(window.openFile(file));
        action->trigger();
        auto* dialog = uichecks::waitForTopLevel<QDialog>("siteCertificatesDialog");
        QVERIFY(dialog);
        auto edit = [dialog](const QString& name) {
            return dialog->findChild<QLineEdit*>(name);
        };
        QVERIFY(edit(QStringLiteral("site-ca")));
        edit(QStringLiteral("site-ca"))->setText(caFile);
        const QString left = spec.nodes.last().name;
        for (const NodeSpec& node : spec.nodes) {
            QVERIFY(edit(QStringLiteral("site-cert-") + node.name)
                && edit(QStringLiteral("site-key-") + node.name));
            edit(QStringLiteral("site-cert-") + node.name)
                ->setText(m_dir.filePath(node.name + QStringLiteral(".crt")));
            // the last node's key is left out first
            if (node.name != left)
                edit(QStringLiteral("site-key-") + node.name)
                    ->setText(m_dir.filePath(node.name + QStringLiteral(".key")));
        }
        auto* import = dialog->findChild<QPushButton*>(QStringLiteral("site-import"));
        auto* problems = dialog->findChild<QLabel*>(QStringLiteral("site-problems"));
        QVERIFY(import && problems);
        import->click();
        QTRY_VERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(left + QStringLiteral(" key: no file chosen")),
            qPrintable(problems->text()));
        QVERIFY(dialog->isVisible());
        SecretStore::Status status = SecretStore::Status::Ok;
        bool read = false;
        secrets.read(tlsCaCertKey(spec), [&](const SecretStore::Result& r) {
            status = r.status;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(status, SecretStore::Status::NotFound);

        // a key of another node: refused by the check, with its reason
        edit(QStringLiteral("site-key-") + left)
            ->setText(m_dir.filePath(spec.nodes.first().name + QStringLiteral(".key")));
        import->click();
        QTRY_VERIFY(problems->text().contains(left + QStringLiteral(": the key file")));
        saveScreenshot(dialog, QStringLiteral("site-certificates-refused.png"));

        QSignalSpy done(&window, &MainWindow::secretsTransferred);
        edit(QStringLiteral("site-key-") + left)->setText(m_dir.filePath(left + QStringLiteral(".key")));
        import->click();
        QTRY_VERIFY2(done.size() == 1, qPrintable(problems->text()));
        QVERIFY(done.at(0).at(0).toBool());
        QVERIFY(done.at(0).at(1).toString().contains(QStringLiteral("phase 2")));
        for (const NodeSpec& node : spec.nodes) {
            QByteArray value;
            read = false;
            secrets.read(tlsNodeCertKey(spec, node), [&](const SecretStore::Result& r) {
                value = r.value;
                read = true;
            });
            QTRY_VERIFY(read);
            QCOMPARE(value, certs.value(node.name));
        }
    }
};

QTEST_MAIN(TestSecretsMenu)
#include "tst_secretsmenu.moc"
