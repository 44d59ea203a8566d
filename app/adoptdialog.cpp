// SPDX-License-Identifier: GPL-3.0-or-later
#include "adoptdialog.h"

#include "adopt/audit.h"
#include "cluster/specfile.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pgpilot {

AdoptDialog::AdoptDialog(SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("adoptDialog"));
    setWindowTitle(tr("Adopt an existing cluster"));
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("A repmgr cluster built by hand (for example by the guide): pgpilot reads it from "
                        "one node over SSH, finds the others, and writes a worksheet for the dashboard. "
                        "Nothing on the nodes is changed."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto line = [&](const QString& label, const QString& name, const QString& text = {}) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        form->addRow(label, edit);
        return edit;
    };
    m_node = line(tr("A node's &address:"), QStringLiteral("adopt-node"));
    m_node->setPlaceholderText(QStringLiteral("10.0.1.11"));
    m_user = line(tr("SSH &user:"), QStringLiteral("adopt-user"), QStringLiteral("root"));
    m_key = fileRow(form, tr("SSH &key (empty: the agent):"), QStringLiteral("adopt-key"), false);
    m_sudo = new QComboBox(this);
    m_sudo->setObjectName(QStringLiteral("adopt-sudo"));
    m_sudo->addItem(tr("none (the user is root)"), int(SudoMode::None));
    m_sudo->addItem(tr("sudo without a password"), int(SudoMode::NoPassword));
    m_sudo->addItem(tr("sudo with the login's password"), int(SudoMode::Password));
    form->addRow(tr("&Root through:"), m_sudo);
    m_password = line(tr("Login &password (SSH, key or sudo):"), QStringLiteral("adopt-password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only if the login or sudo asks for one"));
    m_password->setToolTip(
        tr("Stored in the keychain (the worksheet names the entry), never in a file. Without "
           "a key it is the SSH password; with a key, the key's passphrase; and sudo's, when "
           "sudo asks."));
    m_name = line(tr("Cluster &name in pgpilot:"), QStringLiteral("adopt-name"), QStringLiteral("main"));
    m_out = fileRow(form, tr("&Save the worksheet as:"), QStringLiteral("adopt-out"), true);
    layout->addLayout(form);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("adopt-log"));
    m_log->setReadOnly(true);
    m_log->setMinimumHeight(150);
    m_log->setAccessibleName(tr("What pgpilot read"));
    layout->addWidget(m_log, 1);
    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("adopt-keys"));
    m_keys->setWordWrap(true);
    m_keys->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keys->hide();
    layout->addWidget(m_keys);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_trust = buttons->addButton(tr("I checked them: &trust these keys"), QDialogButtonBox::ActionRole);
    m_trust->setObjectName(QStringLiteral("adopt-trust"));
    m_trust->hide();
    m_discover = buttons->addButton(tr("&Discover"), QDialogButtonBox::ActionRole);
    m_discover->setObjectName(QStringLiteral("adopt-discover"));
    m_discover->setDefault(true);
    m_open = buttons->addButton(tr("&Open the worksheet"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("adopt-open"));
    m_open->setEnabled(false);
    connect(m_discover, &QPushButton::clicked, this, &AdoptDialog::discover);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        for (auto it = m_offered.cbegin(); it != m_offered.cend(); ++it)
            m_confirmed.insert(it.key(), it.value());
        m_offered.clear();
        discover();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        Q_EMIT adopted(m_written);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 620);
}

QLineEdit* AdoptDialog::fileRow(QFormLayout* form, const QString& label, const QString& name, bool save)
{
    auto* row = new QHBoxLayout;
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    auto* browse = new QPushButton(tr("Browse\u2026"), this);
    browse->setAccessibleName(tr("Browse for %1").arg(label));
    connect(browse, &QPushButton::clicked, this, [this, edit, save] {
        const QString path = save ? QFileDialog::getSaveFileName(this, tr("Save the worksheet as"),
                                 QDir::homePath(), tr("Worksheets (*.json)"))
                                  : QFileDialog::getOpenFileName(this, tr("SSH private key"),
                                      QDir::homePath() + QStringLiteral("/.ssh"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(edit); // the label's Alt+letter reaches the field
    form->addRow(caption, row);
    return edit;
}

void AdoptDialog::discover()
{
    const QString out = m_out->text().trimmed();
    if (m_node->text().trimmed().isEmpty() || out.isEmpty()) {
        m_log->appendPlainText(tr("Give a node's address and where to save the worksheet."));
        return;
    }
    if (QFileInfo::exists(out)) {
        m_log->appendPlainText(
            tr("%1 exists: adopting writes a new worksheet and never replaces one.").arg(out));
        return;
    }
    AdoptOptions options;
    options.name = m_name->text().trimmed();
    options.ssh.user = m_user->text().trimmed();
    options.ssh.keyFile = m_key->text().trimmed();
    const QByteArray password = m_password->text().toUtf8();
    options.ssh.auth = !options.ssh.keyFile.isEmpty() ? SshAuth::Key
        : password.isEmpty()                          ? SshAuth::Agent
                                                      : SshAuth::Password;
    options.ssh.sudo = SudoMode(m_sudo->currentData().toInt());
    if (options.ssh.sudo == SudoMode::Password && password.isEmpty()) {
        m_log->appendPlainText(tr("sudo asks for the login's password: enter it above."));
        return;
    }
    m_discover->setEnabled(false);
    m_trust->hide();
    m_keys->hide();
    m_log->clear();
    if (password.isEmpty())
        return startAdopter(options);
    if (!m_secrets) {
        m_log->appendPlainText(tr("There is no keychain to keep the password in."));
        m_discover->setEnabled(true);
        return;
    }
    // The password goes to the keychain first; the worksheet and the adopter name only its entry.
    options.ssh.secretRef = QStringLiteral("pgpilot:%1:login-password").arg(options.name);
    m_secrets->write(options.ssh.secretRef, password, [this, options](const SecretStore::Result& r) {
        if (r.status != SecretStore::Status::Ok) {
            m_log->appendPlainText(tr("The password could not be stored in the keychain: %1").arg(r.error));
            m_discover->setEnabled(true);
            return;
        }
        startAdopter(options);
    });
}

void AdoptDialog::startAdopter(const AdoptOptions& options)
{
    m_adopter = new Adopter(m_node->text().trimmed(), options, m_confirmed, m_secrets, this);
    connect(m_adopter, &Adopter::progress, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_adopter, &Adopter::finished, this, &AdoptDialog::finished);
    m_adopter->start();
}

void AdoptDialog::finished(const AdoptResult& result)
{
    if (m_adopter)
        m_adopter->deleteLater();
    m_discover->setEnabled(true);
    for (const QString& w : result.plan.warnings)
        m_log->appendPlainText(tr("Warning: %1").arg(w));
    if (!result.unknownHostKeys.isEmpty()) {
        QStringList lines;
        for (const QString& entry : result.unknownHostKeys) {
            m_offered.insert(entry.section(QLatin1Char(' '), 0, 0), entry.section(QLatin1Char(' '), 1));
            lines << entry;
        }
        m_keys->setText(
            tr("pgpilot does not know these host keys yet. Compare each with the node's own (ssh-keygen "
               "-lf /etc/ssh/ssh_host_ed25519_key.pub on it) before you trust it:\n%1")
                .arg(lines.join(QLatin1Char('\n'))));
        m_keys->show();
        m_trust->show();
    }
    if (!result.plan.spec) {
        m_log->appendPlainText(tr("Not adopted: %1").arg(result.plan.error));
        return;
    }
    QString error;
    const QString out = m_out->text().trimmed();
    if (!saveSpecFile(*result.plan.spec, out, &error)) {
        m_log->appendPlainText(error);
        return;
    }
    m_written = out;
    QStringList nodes;
    for (const NodeSpec& n : result.plan.spec->nodes)
        nodes << QStringLiteral("%1 %2 (%3)").arg(n.name, n.address, toId(n.role));
    m_log->appendPlainText(tr("Adopted %1: %2; VIP %3. Worksheet written to %4.")
                               .arg(result.plan.spec->name, nodes.join(QStringLiteral(", ")),
                                   result.plan.spec->network.vip, out));
    m_open->setEnabled(true);
    m_open->setDefault(true);
}

AuditDialog::AuditDialog(const ClusterSpec& spec, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit of %1: differences from pgpilot's build").arg(spec.name));
    auto* layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("audit-summary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading the nodes over SSH (nothing is changed on them)\u2026"));
    layout->addWidget(m_summary);
    m_tree->setObjectName(QStringLiteral("audit-findings"));
    m_tree->setColumnCount(3);
    m_tree->setAccessibleName(tr("Differences"));
    m_tree->setHeaderLabels({tr("Risk"), tr("Difference"), tr("Nodes")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    // The chosen difference in full: the tree's rows are one line each.
    auto* detail = new QLabel(this);
    detail->setObjectName(QStringLiteral("audit-detail"));
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail->setMinimumHeight(detail->fontMetrics().lineSpacing() * 4);
    detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(detail);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [detail](QTreeWidgetItem* item) {
        QTreeWidgetItem* top = item && item->parent() ? item->parent() : item;
        QStringList lines;
        if (top) {
            lines << top->text(1);
            for (int i = 0; i < top->childCount(); ++i)
                lines << top->child(i)->text(0) + QStringLiteral(": ") + top->child(i)->text(1);
        }
        detail->setText(lines.join(QLatin1Char('\n')));
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy as text"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("audit-copy"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 700);
    // The worksheet's logins, with their passwords (SSH or sudo) from the keychain when they need one.
    auto* adopter = new Adopter(QString(), AdoptOptions {}, {}, secrets, this);
    adopter->setAuditOf(spec);
    connect(adopter, &Adopter::finished, this, [this, adopter](const AdoptResult& r) {
        adopter->deleteLater();
        show(r);
    });
    adopter->start();
}

void AuditDialog::show(const AdoptResult& result)
{
    const QList<Finding> findings = auditCluster(result.discovery, m_spec);
    m_text = auditToText(m_spec, result.discovery, findings);
    QStringList notRead;
    for (const NodeFacts& n : result.discovery.nodes) {
        if (!n.reached)
            notRead << tr("%1 could not be read: %2").arg(n.name, n.error);
    }
    m_summary->setText(
        (findings.isEmpty() ? tr("No difference from what pgpilot would build.")
                            : tr("%n difference(s) from what pgpilot would build, the worst first. "
                                 "Each names the phase step that would fix it.",
                                nullptr, int(findings.size())))
        + (notRead.isEmpty() ? QString() : QLatin1Char('\n') + notRead.join(QLatin1Char('\n'))));
    for (const Finding& f : findings) {
        auto* item = new QTreeWidgetItem(m_tree,
            {toId(f.risk),
                f.erratum.isEmpty() ? f.title : tr("%1 (guide erratum %2)").arg(f.title, f.erratum),
                f.nodes.join(QStringLiteral(", "))});
        auto child = [item](const QString& label, const QString& text) {
            auto* c = new QTreeWidgetItem(item, {label, text});
            c->setToolTip(1, text);
        };
        child(tr("risk"), f.meaning);
        for (const QString& e : f.evidence)
            child(tr("evidence"), e);
        child(tr("fix"), tr("phase %1, step %2").arg(f.phase).arg(f.step));
        if (f.risk == Finding::Risk::Critical)
            item->setExpanded(true);
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

} // namespace pgpilot
