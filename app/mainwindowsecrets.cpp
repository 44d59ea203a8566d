// SPDX-License-Identifier: GPL-3.0-or-later
// The window's File → Export secrets and Import secrets: the worksheet cluster's secrets carried
// to another workstation in a file sealed with a passphrase, with the backend functions the
// command line's export-secrets and import-secrets use (secrets/secretbundle.h, secrettransfer.h).
#include "adoptdialog.h"
#include "core/settings.h"
#include "mainwindow.h"
#include "runbook/configfiles.h"
#include "secrets/secretbundle.h"
#include "secrets/secretstore.h"
#include "secrets/secrettransfer.h"
#include "setupwizard.h"
#include "sitecertificatesdialog.h"
#include "worksheetpage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>

namespace pgpilot {

namespace {

QString bundleFilter()
{
    return QCoreApplication::translate("pgpilot::MainWindow", "pgpilot secrets bundles (*.pgpilot-secrets)");
}

QString keyList(const QStringList& keys)
{
    return keys.join(QStringLiteral(", "));
}

} // namespace

void MainWindow::askPassphrase(
    const QString& objectName, const QString& label, std::function<void(QByteArray)> done)
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(tr("Passphrase"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setLabelText(label);
    connect(dialog, &QInputDialog::textValueSelected, this,
        [dialog, done = std::move(done)](const QString& text) {
            QByteArray passphrase = text.toUtf8();
            dialog->setTextValue(QString()); // the typed text leaves the dialog's line edit
            done(passphrase);
            wipeBytes(passphrase);
        });
    dialog->open();
}

void MainWindow::exportSecrets()
{
    const QString cluster = m_wizard->worksheetPage()->spec().name;
    if (cluster.isEmpty()) {
        showError(tr("Cannot export secrets"), tr("Give the cluster a name on the worksheet first."));
        return;
    }
    const QString suggested = QDir(m_settings->value(setting::LastDirectory).toString())
                                  .filePath(cluster + QStringLiteral(".pgpilot-secrets"));
    auto* dialog
        = new QFileDialog(this, tr("Export the secrets of %1").arg(cluster), suggested, bundleFilter());
    dialog->setObjectName(QStringLiteral("exportSecretsFile"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pgpilot-secrets"));
    dialog->setOption(QFileDialog::DontConfirmOverwrite); // an existing file is refused anyway
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        askPassphrase(QStringLiteral("secretsPassphrase"),
            tr("Passphrase to seal the secrets with (at least %1 characters).\nThe other workstation "
               "needs it to import them: bring it there another way than the file.")
                .arg(secretbundle::kMinPassphraseLength),
            [this, path](const QByteArray& first) {
                if (const QString problem = passphraseProblem(first); !problem.isEmpty())
                    return secretsOutcome(false, tr("Cannot export secrets"), problem);
                askPassphrase(QStringLiteral("secretsPassphraseAgain"), tr("The same passphrase again:"),
                    [this, path, first](const QByteArray& second) {
                        if (second != first)
                            return secretsOutcome(false, tr("Cannot export secrets"),
                                tr("The two passphrases differ; nothing was written."));
                        exportSecretsTo(path, first);
                    });
            });
    });
    dialog->open();
}

void MainWindow::exportSecretsTo(const QString& path, const QByteArray& passphrase)
{
    const ClusterSpec spec = m_wizard->worksheetPage()->spec();
    const QString title = tr("Cannot export secrets");
    QString problem = passphraseProblem(passphrase);
    if (problem.isEmpty())
        problem = bundleTargetProblem(path);
    if (problem.isEmpty() && !m_secrets)
        problem = tr("There is no secret store to read the secrets from.");
    if (!problem.isEmpty())
        return secretsOutcome(false, title, problem);
    // Passwords typed on the worksheet but not saved yet belong in the bundle too.
    const QPointer<MainWindow> self(this);
    storePendingSecretsThen([self, spec, path, passphrase, title] {
        if (!self)
            return;
        collectSecrets(self->m_secrets, spec.name, clusterSecretKeys(spec),
            [self, spec, path, passphrase, title](CollectedSecrets collected) {
                if (!self)
                    return collected.bundle.wipe();
                if (!collected.error.isEmpty())
                    return self->secretsOutcome(false, title, collected.error);
                if (collected.bundle.secrets.isEmpty())
                    return self->secretsOutcome(false, title,
                        tr("The keychain holds none of the secrets of the cluster %1 (%2); there is nothing "
                           "to "
                           "export.")
                            .arg(spec.name, keyList(collected.absent)));
                QString error;
                const QByteArray sealed = sealSecretBundle(collected.bundle, passphrase, &error);
                QStringList keys;
                for (const auto& entry : std::as_const(collected.bundle.secrets))
                    keys << entry.first;
                collected.bundle.wipe();
                if (sealed.isEmpty() || !writeBundleFile(path, sealed, &error))
                    return self->secretsOutcome(false, title, error);
                QString message = tr("Wrote %1 with these secrets of the cluster %2: %3.")
                                      .arg(path, spec.name, keyList(keys));
                if (!collected.absent.isEmpty())
                    message += QLatin1Char(' ')
                        + tr("Not in the keychain, so not in the bundle: %1.").arg(keyList(collected.absent));
                message += QStringLiteral("\n\n")
                    + tr("On the other workstation, open the same cluster file and choose File → Import "
                         "secrets (or run pgpilot import-secrets). Bring the passphrase there another way "
                         "than the file.");
                self->secretsOutcome(true, tr("Secrets exported"), message);
            });
    });
}

void MainWindow::importSecrets()
{
    const QString cluster = m_wizard->worksheetPage()->spec().name;
    if (cluster.isEmpty()) {
        showError(tr("Cannot import secrets"), tr("Open the cluster file whose secrets you bring first."));
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Import the secrets of %1").arg(cluster),
        m_settings->value(setting::LastDirectory).toString(), bundleFilter());
    dialog->setObjectName(QStringLiteral("importSecretsFile"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, cluster](const QString& path) {
        // Not a bundle, or another cluster's: said before any passphrase is asked for.
        if (const OpenedBundle head = openBundleFileFor(path, cluster, std::nullopt); !head.bundle)
            return secretsOutcome(false, tr("Cannot import secrets"), head.error);
        askPassphrase(QStringLiteral("secretsPassphrase"),
            tr("Passphrase of %1 (the one given when it was exported):").arg(QFileInfo(path).fileName()),
            [this, path](const QByteArray& passphrase) { importSecretsFrom(path, passphrase); });
    });
    dialog->open();
}

void MainWindow::importSecretsFrom(const QString& path, const QByteArray& passphrase, bool replace)
{
    const QString title = tr("Cannot import secrets");
    if (!m_secrets)
        return secretsOutcome(false, title, tr("There is no secret store to write the secrets to."));
    OpenedBundle opened = openBundleFileFor(path, m_wizard->worksheetPage()->spec().name, passphrase);
    if (!opened.bundle)
        return secretsOutcome(false, title, opened.error);
    auto bundle = std::make_shared<SecretBundle>(std::move(*opened.bundle));
    storeImportedSecrets(bundle, replace);
}

void MainWindow::storeImportedSecrets(std::shared_ptr<SecretBundle> bundle, bool replace)
{
    const QPointer<MainWindow> self(this);
    pgpilot::importSecrets(m_secrets, *bundle, replace, [self, bundle](const SecretImport& result) {
        if (!self)
            return bundle->wipe();
        const QString cluster = bundle->cluster;
        if (result.outcome == SecretImport::Outcome::Conflict) {
            auto* box = new QMessageBox(QMessageBox::Question, tr("Replace secrets?"),
                tr("The keychain holds other values for these secrets of the bundle: %1.\n\nReplace them "
                   "with the bundle's values? The values stored now are lost.")
                    .arg(keyList(result.conflicts)),
                QMessageBox::Cancel, self);
            box->setObjectName(QStringLiteral("secretsConflictBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            QPushButton* replaceButton = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
            box->setDefaultButton(QMessageBox::Cancel);
            connect(box, &QMessageBox::finished, self, [self, box, replaceButton, bundle](int) {
                if (box->clickedButton() == replaceButton)
                    return self->storeImportedSecrets(bundle, true);
                bundle->wipe();
                const QString message = tr("Nothing was imported: the keychain keeps its values.");
                self->statusBar()->showMessage(message, 8000);
                Q_EMIT self->secretsTransferred(false, message);
            });
            box->open();
            return;
        }
        bundle->wipe();
        if (result.outcome == SecretImport::Outcome::StoreFailed)
            return self->secretsOutcome(false, tr("Cannot import secrets"), result.error);
        self->secretsOutcome(true, tr("Secrets imported"),
            tr("The secrets of the cluster %1 are in the keychain now: %2 written, %3 replaced, %4 "
               "unchanged.")
                .arg(cluster)
                .arg(result.written.size())
                .arg(result.replaced.size())
                .arg(result.unchanged.size()));
    });
}

void MainWindow::importSiteCertificates()
{
    const ClusterSpec spec = m_wizard->worksheetPage()->spec();
    const QString title = tr("Cannot import site certificates");
    if (spec.tls.mode != TlsMode::Site)
        return showError(title,
            tr("The worksheet's TLS mode is not \"Verified (the site's CA, imported)\": pgpilot issues the "
               "certificates itself. Choose that mode under \"Replication and archiving\" on the worksheet "
               "first."));
    if (!m_secrets)
        return showError(title, tr("There is no secret store to write the certificates to."));
    auto* dialog = new SiteCertificatesDialog(spec, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SiteCertificatesDialog::imported, this,
        [this](const QString& summary) { secretsOutcome(true, tr("Site certificates imported"), summary); });
    dialog->open();
}

void MainWindow::adoptCluster()
{
    auto* dialog = new AdoptDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdoptDialog::adopted, this, [this](const QString& path) {
        whenChangesSettled([this, path] {
            if (openFile(path))
                showDashboard();
        });
    });
    dialog->open();
}

void MainWindow::secretsOutcome(bool ok, const QString& title, const QString& message)
{
    if (ok) {
        statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 15000);
        auto* box = new QMessageBox(QMessageBox::Information, title, message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("secretsResultBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        showError(title, message);
    }
    Q_EMIT secretsTransferred(ok, message);
}

} // namespace pgpilot
