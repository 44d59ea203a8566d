// SPDX-License-Identifier: GPL-3.0-or-later
#include "worksheetpage.h"

#include "cluster/quorum.h"
#include "darkpalette.h"
#include "nodetablemodel.h"
#include "platform/platformprofile.h"
#include "worksheetwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace pgpilot {

using namespace worksheet;

namespace {

const QString kLoginSecret = QStringLiteral("login");

} // namespace

WorksheetPage::WorksheetPage(QWidget* parent)
    : WizardPage(parent)
    , m_spec(ClusterSpec::guideDefaults())
{
    setObjectName(QStringLiteral("worksheetPage"));
    buildUi();
    nameEditorsFromLabels(this);
    syncWidgetsFromSpec();
    revalidate();
}

QString WorksheetPage::title() const
{
    return tr("Worksheet");
}

void WorksheetPage::refreshPlatformChoices()
{
    const auto& profile = platformProfile(m_spec.platform);
    m_version->clear();
    for (int v : profile.postgresVersions)
        m_version->addItem(QString::number(v), v);
    // Keep an unsupported version from a file visible so its error makes sense.
    if (!profile.supportsVersion(m_spec.postgresVersion))
        m_version->addItem(tr("%1 (not supported)").arg(m_spec.postgresVersion), m_spec.postgresVersion);
    setComboData(m_version, m_spec.postgresVersion);

    m_source->clear();
    for (InstallSource s : profile.installSources) {
        const QString label = s == InstallSource::Pgdg ? tr("PGDG repository")
            : s == InstallSource::Distro               ? tr("Distribution archive")
                                                       : tr("Local mirror");
        m_source->addItem(label, toId(s));
    }
    if (!profile.supportsSource(m_spec.install.source))
        m_source->addItem(
            tr("%1 (not available)").arg(toId(m_spec.install.source)), toId(m_spec.install.source));
    setComboData(m_source, toId(m_spec.install.source));
}

void WorksheetPage::setSpec(const ClusterSpec& spec)
{
    m_spec = spec;
    clearPendingSecrets();
    syncWidgetsFromSpec();
    revalidate();
}

void WorksheetPage::syncWidgetsFromSpec()
{
    m_refCluster = m_spec.name;
    m_updating = true;
    m_name->setText(m_spec.name);
    setComboData(m_platform, toId(m_spec.platform));
    refreshPlatformChoices();
    m_mirrorUrl->setText(m_spec.install.mirrorUrl);
    m_mirrorSuite->setText(m_spec.install.mirrorSuite);
    m_mirrorComponents->setText(m_spec.install.mirrorComponents);
    m_mirrorTrusted->setChecked(m_spec.install.mirrorTrusted);
    m_subnet->setText(m_spec.network.subnet);
    m_vip->setText(m_spec.network.vip);
    m_vipPrefix->setValue(m_spec.network.vipPrefixLength);
    m_vrrpId->setValue(m_spec.network.vrrpRouterId);
    m_monitorSources->setText(m_spec.network.monitorSources.join(QLatin1Char(' ')));
    m_knownHosts->setText(m_spec.knownHostsFile);
    m_portPostgres->setValue(m_spec.ports.postgres);
    m_portWrite->setValue(m_spec.ports.write);
    m_portRead->setValue(m_spec.ports.read);
    m_portHealth->setValue(m_spec.ports.health);
    m_portStats->setValue(m_spec.ports.haproxyStats);
    setComboData(m_replicationMode, toId(m_spec.replication.mode));
    m_syncQuorum->setValue(m_spec.replication.syncQuorum);
    m_slotKeep->setText(m_spec.replication.maxSlotWalKeepSize);
    setComboData(m_archivingMode, toId(m_spec.archiving.mode));
    m_archiveDir->setText(m_spec.archiving.directory);
    setComboData(m_tlsMode, toId(m_spec.tls.mode));
    m_appSubnet->setText(m_spec.application.subnet);
    m_appDatabase->setText(m_spec.application.database);
    m_appRole->setText(m_spec.application.role);
    m_nodeModel->setNodes(m_spec.nodes);
    syncBackupWidgets();
    syncSettingsWidgets();
    m_backup.copied->setVisible(false);
    m_updating = false;
}

void WorksheetPage::readWidgetsIntoSpec()
{
    m_spec.name = m_name->text().trimmed();
    m_spec.postgresVersion = m_version->currentData().toInt();
    m_spec.install.source
        = installSourceFromString(m_source->currentData().toString()).value_or(m_spec.install.source);
    m_spec.install.mirrorUrl = m_mirrorUrl->text().trimmed();
    m_spec.install.mirrorSuite = m_mirrorSuite->text().trimmed();
    m_spec.install.mirrorComponents = m_mirrorComponents->text().trimmed();
    m_spec.install.mirrorTrusted = m_mirrorTrusted->isChecked();
    m_spec.network.subnet = m_subnet->text().trimmed();
    m_spec.network.vip = m_vip->text().trimmed();
    m_spec.network.vipPrefixLength = m_vipPrefix->value();
    m_spec.network.vrrpRouterId = m_vrrpId->value();
    m_spec.network.monitorSources
        = m_monitorSources->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    m_spec.knownHostsFile = m_knownHosts->text().trimmed();
    m_spec.ports = {m_portPostgres->value(), m_portWrite->value(), m_portRead->value(), m_portHealth->value(),
        m_portStats->value()};
    m_spec.replication.mode = replicationModeFromString(m_replicationMode->currentData().toString())
                                  .value_or(ReplicationMode::Async);
    m_spec.replication.syncQuorum = m_syncQuorum->value();
    m_spec.replication.maxSlotWalKeepSize = m_slotKeep->text().trimmed();
    m_spec.archiving.mode
        = archivingModeFromString(m_archivingMode->currentData().toString()).value_or(ArchivingMode::Off);
    m_spec.archiving.directory = m_archiveDir->text().trimmed();
    m_spec.tls.mode = tlsModeFromString(m_tlsMode->currentData().toString()).value_or(TlsMode::VerifyFull);
    m_spec.application.subnet = m_appSubnet->text().trimmed();
    m_spec.application.database = m_appDatabase->text().trimmed();
    m_spec.application.role = m_appRole->text().trimmed();
    m_spec.nodes = m_nodeModel->nodes();
    readBackupWidgets();
    readSettingsWidgets();
    // References follow a renamed cluster, so secrets stay under the cluster's own name.
    if (!m_spec.name.isEmpty() && m_spec.name != m_refCluster) {
        const QString oldPrefix = QStringLiteral("pgpilot:%1:").arg(m_refCluster);
        auto follow = [&](QString& ref) {
            if (ref.startsWith(oldPrefix))
                ref = m_spec.secretKey(ref.mid(oldPrefix.size()));
        };
        follow(m_spec.repmgrPasswordRef);
        for (auto& node : m_spec.nodes)
            follow(node.ssh.secretRef);
        follow(m_spec.backup.host.ssh.secretRef);
        follow(m_spec.backup.cipherPassRef);
        m_refCluster = m_spec.name;
        m_updating = true;
        m_nodeModel->setNodes(m_spec.nodes);
        m_backup.secretRef->setText(m_spec.backup.host.ssh.secretRef);
        m_backup.cipherPassRef->setText(m_spec.backup.cipherPassRef);
        m_updating = false;
    }
    if (m_spec.repmgrPasswordRef.isEmpty() && !m_spec.name.isEmpty())
        m_spec.repmgrPasswordRef = m_spec.secretKey(QStringLiteral("repmgr-password"));
    assignLoginSecretRefs();
}

void WorksheetPage::assignLoginSecretRefs()
{
    // Nodes that log in or sudo with a password share the cluster's login secret, and so does the
    // repository host unless its field names another entry (its field stays as typed).
    const SshSettings& backupSsh = m_spec.backup.host.ssh;
    if (m_spec.hasBackupHost() && backupSsh.secretRef.isEmpty() && !m_spec.name.isEmpty()
        && (backupSsh.auth == SshAuth::Password || backupSsh.sudo == SudoMode::Password))
        m_spec.backup.host.ssh.secretRef = m_spec.secretKey(kLoginSecret);
    bool changed = false;
    for (auto& node : m_spec.nodes) {
        const bool needs = node.ssh.auth == SshAuth::Password || node.ssh.sudo == SudoMode::Password;
        if (needs && node.ssh.secretRef.isEmpty() && !m_spec.name.isEmpty()) {
            node.ssh.secretRef = m_spec.secretKey(kLoginSecret);
            changed = true;
        }
    }
    if (changed) {
        m_updating = true;
        m_nodeModel->setNodes(m_spec.nodes);
        m_updating = false;
    }
}

void WorksheetPage::edited()
{
    if (m_updating)
        return;
    const bool hadBackupHost = m_spec.hasBackupHost();
    readWidgetsIntoSpec();
    if (!hadBackupHost && m_spec.hasBackupHost()) {
        copyFirstNodeLogin();
        assignLoginSecretRefs();
    }
    revalidate();
    Q_EMIT specEdited();
}

void WorksheetPage::revalidate()
{
    const bool wasComplete = isComplete();
    const bool first = m_summary->text().isEmpty();
    m_issues = validate(m_spec) + m_settingsTableIssues;

    QHash<QString, QStringList> byField;
    QStringList nodeMessages;
    for (const auto& issue : m_issues) {
        if (issue.field.startsWith(QLatin1String("settings.postgresql")))
            continue; // under the parameters' table (showSettingsIssues)
        if (issue.field.startsWith(QLatin1String("nodes")))
            nodeMessages << issue.message;
        else
            byField[issue.field] << issue.message;
    }
    for (auto it = m_errorLabels.begin(); it != m_errorLabels.end(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(errorText(messages));
        it.value()->setVisible(!messages.isEmpty());
    }
    m_nodesError->setText(errorText(nodeMessages));
    m_nodesError->setVisible(!nodeMessages.isEmpty());
    m_nodeModel->setIssues(m_issues);
    showSettingsIssues();

    const bool mirror = m_spec.install.source == InstallSource::Mirror;
    for (QWidget* w : {static_cast<QWidget*>(m_mirrorUrl), static_cast<QWidget*>(m_mirrorSuite),
             static_cast<QWidget*>(m_mirrorComponents), static_cast<QWidget*>(m_mirrorTrusted)})
        w->setEnabled(mirror);
    m_syncQuorum->setEnabled(m_spec.replication.mode == ReplicationMode::SyncQuorum);
    const int nodeCount = int(m_spec.nodes.size());
    m_syncQuorum->setSpecialValueText(tr("automatic (%1)").arg(quorum::minSyncStandbys(qMax(3, nodeCount))));
    if (m_spec.replication.mode == ReplicationMode::SyncQuorum) {
        m_replicationNote->setText(
            tr("Each commit returns once %n standby(s) have it, so a failover never loses an acknowledged "
               "write. With fewer standbys running, writes wait.",
                nullptr, qMax(1, quorum::syncStandbys(m_spec))));
    } else {
        m_replicationNote->setText(
            tr("Commits return at once. A failover loses the last commits the new primary had not "
               "received, and it waits until the old primary has stopped itself (%1 s instead of %2 s).")
                .arg(failover::promoteGateSeconds(m_spec))
                .arg(failover::promoteGateSeconds(ClusterSpec())));
    }
    m_archiveDir->setEnabled(m_spec.archiving.mode == ArchivingMode::Directory);
    updateBackupWidgets();

    if (m_issues.isEmpty()) {
        m_summary->setText(tr("\u2714 The worksheet is complete."));
        m_summary->setStyleSheet(QStringLiteral("background: #e3f4e1; color: #14501a; border-radius: 4px;"));
    } else {
        m_summary->setText(m_issues.size() == 1
                ? tr("\u26a0 1 problem to fix before you can go on.")
                : tr("\u26a0 %1 problems to fix before you can go on.").arg(m_issues.size()));
        m_summary->setStyleSheet(QStringLiteral("background: #fde2e1; color: #7a0b0b; border-radius: 4px;"));
    }
    if (first || wasComplete != isComplete())
        Q_EMIT completeChanged();
    if (m_hadBackups != m_spec.hasBackups()) {
        m_hadBackups = m_spec.hasBackups();
        Q_EMIT backupsChanged(m_hadBackups);
    }
}

QList<QPair<QString, QByteArray>> WorksheetPage::pendingSecrets() const
{
    QList<QPair<QString, QByteArray>> secrets;
    if (!m_repmgrPassword->text().isEmpty() && !m_spec.repmgrPasswordRef.isEmpty())
        secrets.append({m_spec.repmgrPasswordRef, m_repmgrPassword->text().toUtf8()});
    if (!m_loginSecret->text().isEmpty() && !m_spec.name.isEmpty())
        secrets.append({m_spec.secretKey(kLoginSecret), m_loginSecret->text().toUtf8()});
    return secrets;
}

void WorksheetPage::clearPendingSecrets()
{
    m_repmgrPassword->clear();
    m_loginSecret->clear();
}

void WorksheetPage::setSecretStoreNotice(const QString& notice)
{
    m_secretNotice->setText(notice);
    m_secretNotice->setStyleSheet(isDarkPalette() ? QStringLiteral("color: #ffcc80; font-weight: bold;")
                                                  : QStringLiteral("color: #7a4a00; font-weight: bold;"));
}

} // namespace pgpilot
