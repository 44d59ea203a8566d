// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecertificatesdialog.h"

#include "ops/sitecertificates.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace pgpilot {

SiteCertificatesDialog::SiteCertificatesDialog(const ClusterSpec& spec, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("siteCertificatesDialog"));
    setWindowTitle(tr("Import the site's certificates of %1").arg(spec.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The site's CA certificate, and for every node its certificate (then any intermediates) and its "
           "private key, unencrypted, as PEM files. Each certificate must name the node's address and the "
           "VIP (%1) as IP subject alternative names.")
            .arg(spec.network.vip),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_ca = fileRow(form, tr("CA certificate:"), QStringLiteral("site-ca"));
    for (const NodeSpec& node : spec.nodes) {
        m_certs.insert(node.name,
            fileRow(form, tr("%1 certificate:").arg(node.name), QStringLiteral("site-cert-") + node.name));
        m_keys.insert(
            node.name, fileRow(form, tr("%1 key:").arg(node.name), QStringLiteral("site-key-") + node.name));
    }
    layout->addLayout(form);
    m_renewal = new QCheckBox(
        tr("A renewal: keep them for Renew certificates (no restart), with the same CA"), this);
    m_renewal->setObjectName(QStringLiteral("site-renewal"));
    layout->addWidget(m_renewal);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("site-problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("site-import"));
    connect(m_import, &QPushButton::clicked, this, &SiteCertificatesDialog::importFiles);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QLineEdit* SiteCertificatesDialog::fileRow(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* row = new QHBoxLayout;
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    auto* browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this, edit, label] {
        const QString path = QFileDialog::getOpenFileName(
            this, label, edit->text(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}

void SiteCertificatesDialog::showProblems(const QStringList& problems)
{
    m_problems->setText(
        tr("Nothing was stored:") + QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• ")));
    m_problems->show();
    m_import->setEnabled(true);
}

void SiteCertificatesDialog::importFiles()
{
    SiteCertificateFiles files;
    QStringList problems;
    auto read = [&problems](QLineEdit* edit, const QString& what) -> QByteArray {
        if (edit->text().trimmed().isEmpty()) {
            problems << tr("%1: no file chosen.").arg(what);
            return {};
        }
        QString error;
        const auto bytes = readCertificateFile(edit->text().trimmed(), &error);
        if (!bytes)
            problems << error;
        return bytes.value_or(QByteArray());
    };
    files.caPem = read(m_ca, tr("CA certificate"));
    for (const NodeSpec& node : m_spec.nodes) {
        const QByteArray cert = read(m_certs.value(node.name), tr("%1 certificate").arg(node.name));
        const QByteArray key = read(m_keys.value(node.name), tr("%1 key").arg(node.name));
        files.nodes.insert(node.name, {cert, key});
    }
    if (!problems.isEmpty()) {
        files.wipe();
        return showProblems(problems);
    }
    m_import->setEnabled(false);
    const bool renewal = m_renewal->isChecked();
    const QPointer<SiteCertificatesDialog> self(this);
    importSiteCertificates(
        m_secrets, m_spec, files, renewal, [self, renewal](const SiteCertificateImport& r) {
            if (!self)
                return;
            if (!r.error.isEmpty())
                return self->showProblems(r.error.split(QLatin1Char('\n')));
            QString summary = renewal ? tr("The certificates and keys of %n node(s) are waiting for Renew "
                                           "certificates, which puts them "
                                           "in service without a restart.",
                                  nullptr, int(r.stored.size() / 2))
                                      : tr("The site's CA and the certificates of %n node(s) are in the "
                                           "keychain. Run phase 2 to write "
                                           "them to the nodes (a reload, no restart).",
                                          nullptr, int((r.stored.size() - 1) / 2));
            if (!r.warnings.isEmpty())
                summary += QStringLiteral("\n\n") + r.warnings.join(QLatin1Char('\n'));
            Q_EMIT self->imported(summary);
            self->accept();
        });
    files.wipe();
}

} // namespace pgpilot
