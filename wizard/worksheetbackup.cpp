// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodetablemodel.h"
#include "worksheetpage.h"
#include "worksheetwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

// The worksheet's backup section (archiving.mode pgbackrest, phase 6): the pgBackRest repository
// host, reached over SSH like a node, and what pgBackRest keeps there and when.

namespace pgpilot {

using namespace worksheet;

QWidget* WorksheetPage::buildBackupGroup()
{
    auto* group = new QGroupBox(tr("Backups (pgBackRest)"), this);
    group->setObjectName(QStringLiteral("backupGroup"));
    auto* layout = new QVBoxLayout(group);
    m_backup.note = hint(QStringLiteral("backupNote"), QString(), group);
    layout->addWidget(m_backup.note);

    m_backup.fields = new QWidget(group);
    m_backup.fields->setObjectName(QStringLiteral("backupFields"));
    auto* columns = new QHBoxLayout(m_backup.fields);
    columns->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_backup.fields);

    // The repository host: a login like a node's (the node table's choices and checks).
    m_backup.hostPane = new QWidget(m_backup.fields);
    auto* hostColumn = new QVBoxLayout(m_backup.hostPane);
    hostColumn->setContentsMargins(0, 0, 0, 0);
    hostColumn->addWidget(heading(tr("Repository host"), m_backup.fields));
    m_backup.copied = hint(QStringLiteral("backupLoginCopied"), QString(), m_backup.fields);
    m_backup.copied->setVisible(false);
    hostColumn->addWidget(m_backup.copied);
    auto* host = new QFormLayout;
    m_backup.hostName = lineEdit(QStringLiteral("backupHostName"), tr("e.g. pgbackup"));
    host->addRow(tr("Host name:"), field(m_backup.hostName, QStringLiteral("backup.host.name")));
    m_backup.hostAddress
        = lineEdit(QStringLiteral("backupHostAddress"), tr("its own, not a node's or the VIP"));
    host->addRow(tr("IP address:"), field(m_backup.hostAddress, QStringLiteral("backup.host.address")));
    m_backup.sshUser = lineEdit(QStringLiteral("backupSshUser"), tr("e.g. root"));
    host->addRow(tr("SSH user:"), field(m_backup.sshUser, QStringLiteral("backup.host.ssh.user")));
    m_backup.sshPort = spinBox(QStringLiteral("backupSshPort"), 0, 65535);
    host->addRow(tr("SSH port:"), field(m_backup.sshPort, QStringLiteral("backup.host.ssh.port")));
    auto choiceBox = [this](const QString& objectName, int column) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(objectName);
        for (const QString& id : NodeTableModel::choices(column))
            combo->addItem(NodeTableModel::choiceLabel(id), id);
        connect(combo, &QComboBox::currentIndexChanged, this, &WorksheetPage::edited);
        return combo;
    };
    m_backup.sshAuth = choiceBox(QStringLiteral("backupSshAuth"), NodeTableModel::Auth);
    host->addRow(tr("SSH auth:"), field(m_backup.sshAuth, QStringLiteral("backup.host.ssh.auth")));
    m_backup.keyFile = lineEdit(QStringLiteral("backupKeyFile"), tr("e.g. ~/.ssh/id_ed25519"));
    host->addRow(tr("Key file:"), field(m_backup.keyFile, QStringLiteral("backup.host.ssh.keyFile")));
    m_backup.sudo = choiceBox(QStringLiteral("backupSudo"), NodeTableModel::Sudo);
    host->addRow(tr("sudo:"), field(m_backup.sudo, QStringLiteral("backup.host.ssh.sudo")));
    m_backup.secretRef = lineEdit(QStringLiteral("backupSecretRef"));
    m_backup.secretRef->setToolTip(
        tr("The keychain entry with this host's SSH password, key passphrase or sudo password. Empty: "
           "the cluster's login secret (Credentials), when one is needed."));
    host->addRow(
        tr("Password reference:"), field(m_backup.secretRef, QStringLiteral("backup.host.ssh.secretRef")));
    m_backup.hostKey = lineEdit(QStringLiteral("backupHostKey"), tr("optional, SHA256:..."));
    m_backup.hostKey->setToolTip(
        tr("Optional: pin the host key's SHA256 fingerprint (ssh-keygen -lf). Otherwise pgpilot "
           "shows it for you to confirm on first connection."));
    host->addRow(tr("Host key (SHA256):"),
        field(m_backup.hostKey, QStringLiteral("backup.host.ssh.hostKeyFingerprint")));
    hostColumn->addLayout(host);
    hostColumn->addStretch(1);
    columns->addWidget(m_backup.hostPane, 5); // a fingerprint is 50 characters long

    // What pgBackRest keeps on it, when it takes backups, and how.
    auto* repoColumn = new QVBoxLayout;
    repoColumn->addWidget(heading(tr("Repository"), m_backup.fields));
    auto* repo = new QFormLayout;
    m_backup.repository = new QComboBox(this);
    m_backup.repository->setObjectName(QStringLiteral("backupRepository"));
    m_backup.repository->addItem(tr("On a host of its own (over SSH)"), toId(BackupRepository::Host));
    m_backup.repository->addItem(tr("On a directory mounted on every node"), toId(BackupRepository::Mount));
    m_backup.repository->setToolTip(
        tr("A host of its own is recommended: losing a node never loses the backups. A directory mounted "
           "at the same path on every node (an NFS export that postgres owns) needs no extra host; the "
           "backups and the restore drill then run on a standby."));
    connect(m_backup.repository, &QComboBox::currentIndexChanged, this, &WorksheetPage::edited);
    repo->addRow(tr("Repository:"), field(m_backup.repository, QStringLiteral("backup.repository")));
    m_backup.path = lineEdit(QStringLiteral("backupPath"), tr("e.g. /var/lib/pgbackrest"));
    repo->addRow(tr("Repository path:"), field(m_backup.path, QStringLiteral("backup.path")));
    m_backup.retentionFull = spinBox(QStringLiteral("backupRetentionFull"), 0, 999);
    m_backup.retentionFull->setToolTip(
        tr("Full backups kept, with the WAL that restores them. Two or more: the older one still "
           "restores while the newest is being taken."));
    repo->addRow(
        tr("Full backups kept:"), field(m_backup.retentionFull, QStringLiteral("backup.retention.full")));
    m_backup.retentionDiff = spinBox(QStringLiteral("backupRetentionDiff"), 0, 9999);
    m_backup.retentionDiff->setToolTip(tr("Differential backups kept (a full backup counts as one)."));
    repo->addRow(tr("Differential backups kept:"),
        field(m_backup.retentionDiff, QStringLiteral("backup.retention.diff")));
    const QString calendar = tr("systemd calendar, e.g. Sun *-*-* 01:30:00");
    m_backup.fullSchedule = lineEdit(QStringLiteral("backupFullSchedule"), calendar);
    m_backup.fullSchedule->setToolTip(
        tr("When the repository host takes a full backup: a systemd OnCalendar expression (man "
           "systemd.time). Phase 6 checks it with systemd-analyze first."));
    repo->addRow(
        tr("Full backups at:"), field(m_backup.fullSchedule, QStringLiteral("backup.schedule.full")));
    m_backup.diffSchedule
        = lineEdit(QStringLiteral("backupDiffSchedule"), tr("empty: no differential backups"));
    m_backup.diffSchedule->setToolTip(
        tr("When the repository host takes a differential backup (what changed since the last full "
           "one): a systemd OnCalendar expression, or empty for none."));
    repo->addRow(
        tr("Differential backups at:"), field(m_backup.diffSchedule, QStringLiteral("backup.schedule.diff")));
    repo->addRow(QString(),
        hint(QStringLiteral("backupScheduleHint"),
            tr("%1. Differential backups: empty for none.").arg(calendar), m_backup.fields));
    m_backup.encrypted = new QCheckBox(tr("Encrypt the repository (AES-256)"), this);
    m_backup.encrypted->setObjectName(QStringLiteral("backupEncrypted"));
    connect(m_backup.encrypted, &QCheckBox::toggled, this, &WorksheetPage::edited);
    repo->addRow(QString(), m_backup.encrypted);
    repo->addRow(QString(),
        hint(QStringLiteral("backupCipherNote"),
            tr("The passphrase lives in the keychain (pgpilot makes one up if it is missing; export-secrets "
               "carries it). It cannot change after the first backup: keep it, or the backups cannot be "
               "read."),
            m_backup.fields));
    m_backup.cipherPassRef = lineEdit(QStringLiteral("backupCipherPassRef"));
    repo->addRow(
        tr("Passphrase reference:"), field(m_backup.cipherPassRef, QStringLiteral("backup.cipherPassRef")));
    m_backup.processMax = spinBox(QStringLiteral("backupProcessMax"), 0, 99);
    m_backup.processMax->setToolTip(tr("Parallel processes of a backup or a restore."));
    repo->addRow(tr("Processes:"), field(m_backup.processMax, QStringLiteral("backup.processMax")));
    m_backup.archiveQueueMax = lineEdit(QStringLiteral("backupArchiveQueueMax"), tr("e.g. 8GB"));
    m_backup.archiveQueueMax->setToolTip(
        tr("The unarchived WAL a node keeps while the repository cannot take it. Past it, the node drops "
           "WAL from the archive: the cluster keeps running, but point-in-time recovery is broken until "
           "the next full backup."));
    repo->addRow(tr("Archive queue limit:"),
        field(m_backup.archiveQueueMax, QStringLiteral("backup.archiveQueueMax")));
    repo->addRow(QString(),
        hint(QStringLiteral("backupQueueHint"),
            tr("Empty = no limit: an unreachable repository can then fill pg_wal and stop PostgreSQL."),
            m_backup.fields));
    repoColumn->addLayout(repo);
    repoColumn->addStretch(1);
    columns->addLayout(repoColumn, 4);
    return group;
}

void WorksheetPage::syncBackupWidgets()
{
    const BackupSpec& b = m_spec.backup;
    const SshSettings& ssh = b.host.ssh;
    m_backup.hostName->setText(b.host.name);
    m_backup.hostAddress->setText(b.host.address);
    m_backup.sshUser->setText(ssh.user);
    m_backup.sshPort->setValue(ssh.port);
    setComboData(m_backup.sshAuth, toId(ssh.auth));
    m_backup.keyFile->setText(ssh.keyFile);
    setComboData(m_backup.sudo, toId(ssh.sudo));
    m_backup.secretRef->setText(ssh.secretRef);
    m_backup.hostKey->setText(ssh.hostKeyFingerprint);
    setComboData(m_backup.repository, toId(b.repository));
    m_backup.path->setText(b.path);
    m_backup.retentionFull->setValue(b.retentionFull);
    m_backup.retentionDiff->setValue(b.retentionDiff);
    m_backup.fullSchedule->setText(b.fullSchedule);
    m_backup.diffSchedule->setText(b.diffSchedule);
    m_backup.encrypted->setChecked(b.encrypted);
    m_backup.cipherPassRef->setText(b.cipherPassRef);
    m_backup.processMax->setValue(b.processMax);
    m_backup.archiveQueueMax->setText(b.archiveQueueMax);
}

void WorksheetPage::readBackupWidgets()
{
    BackupSpec& b = m_spec.backup;
    SshSettings& ssh = b.host.ssh;
    b.host.name = m_backup.hostName->text().trimmed();
    b.host.address = m_backup.hostAddress->text().trimmed();
    ssh.user = m_backup.sshUser->text().trimmed();
    ssh.port = m_backup.sshPort->value();
    ssh.auth = sshAuthFromString(m_backup.sshAuth->currentData().toString()).value_or(ssh.auth);
    ssh.keyFile = m_backup.keyFile->text().trimmed();
    ssh.sudo = sudoModeFromString(m_backup.sudo->currentData().toString()).value_or(ssh.sudo);
    ssh.secretRef = m_backup.secretRef->text().trimmed();
    ssh.hostKeyFingerprint = m_backup.hostKey->text().trimmed();
    b.repository
        = backupRepositoryFromString(m_backup.repository->currentData().toString()).value_or(b.repository);
    b.path = m_backup.path->text().trimmed();
    b.retentionFull = m_backup.retentionFull->value();
    b.retentionDiff = m_backup.retentionDiff->value();
    // Schedules keep their inner spaces ("Sun *-*-* 01:30:00"); only the ends are trimmed.
    b.fullSchedule = m_backup.fullSchedule->text().trimmed();
    b.diffSchedule = m_backup.diffSchedule->text().trimmed();
    b.encrypted = m_backup.encrypted->isChecked();
    b.cipherPassRef = m_backup.cipherPassRef->text().trimmed();
    b.processMax = m_backup.processMax->value();
    b.archiveQueueMax = m_backup.archiveQueueMax->text().trimmed();
}

void WorksheetPage::copyFirstNodeLogin()
{
    // The first time the section opens, the repository host logs in like the first node: most
    // sites use one account and key for all their database hosts. Its host key is its own.
    if (m_spec.nodes.isEmpty() || !(m_spec.backup.host == NodeSpec()))
        return;
    const NodeSpec& first = m_spec.nodes.first();
    m_spec.backup.host.ssh = first.ssh;
    m_spec.backup.host.ssh.hostKeyFingerprint.clear();
    m_updating = true;
    syncBackupWidgets();
    m_updating = false;
    const QString name = first.name.isEmpty() ? tr("the first node") : first.name;
    m_backup.copied->setText(tr("The SSH login (user, port, authentication, key file, sudo) is copied from "
                                "%1; change it if the repository host differs.")
                                 .arg(name));
    m_backup.copied->setVisible(true);
}

void WorksheetPage::updateBackupWidgets()
{
    const bool on = m_spec.hasBackups();
    m_backup.fields->setVisible(on);
    m_backup.fields->setEnabled(on);
    m_backup.hostPane->setVisible(m_spec.hasBackupHost());
    m_backup.path->setPlaceholderText(m_spec.hasBackupHost() ? tr("e.g. /var/lib/pgbackrest")
                                                             : tr("the mount point, e.g. /mnt/pgbackrest"));
    if (!on)
        m_backup.note->setText(
            tr("No backups. To take them with pgBackRest and restore to any point in time, choose "
               "\"pgBackRest repository\" as the WAL archive under Replication and archiving."));
    else if (m_spec.hasBackupHost())
        m_backup.note->setText(
            tr("Phase 6 installs pgBackRest on the nodes and on a repository host of its own (the same OS "
               "as the nodes), archives WAL there, takes a first full backup from a standby and restores "
               "it on that host as a drill."));
    else
        m_backup.note->setText(
            tr("Phase 6 checks that the repository path is one shared directory mounted on every node "
               "(mount it first, owned by postgres), archives WAL there, and lets one standby at a time "
               "take the backups and the restore drill."));
    const SshSettings& ssh = m_spec.backup.host.ssh;
    m_backup.keyFile->setEnabled(ssh.auth == SshAuth::Key);
    const bool named = !m_spec.name.isEmpty();
    m_backup.secretRef->setPlaceholderText(named
            ? tr("if needed: %1").arg(m_spec.secretKey(QStringLiteral("login")))
            : tr("if needed: the login secret"));
    m_backup.cipherPassRef->setEnabled(m_spec.backup.encrypted);
    m_backup.cipherPassRef->setPlaceholderText(named
            ? tr("default: %1").arg(m_spec.secretKey(QStringLiteral("backup-cipher")))
            : tr("default: pgpilot:<cluster>:backup-cipher"));
}

} // namespace pgpilot
