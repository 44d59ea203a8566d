// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"
#include "cluster/specvalidator.h"
#include "wizardpage.h"

#include <QHash>
#include <QPair>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace pgpilot {

class NodeTableModel;

// The guide's node planning worksheet, with everything later phases need. Every edit is
// validated at once; each problem is shown next to its field and Next stays disabled until
// there are none. The sections are laid out in worksheetsections.cpp, from the building blocks of
// worksheetwidgets.h.
class WorksheetPage : public WizardPage
{
    Q_OBJECT
public:
    explicit WorksheetPage(QWidget* parent = nullptr);

    QString title() const override;
    bool isComplete() const override { return m_issues.isEmpty(); }

    ClusterSpec spec() const { return m_spec; }
    void setSpec(const ClusterSpec& spec);
    const ValidationIssues& issues() const { return m_issues; }

    // Passwords typed on the page, keyed by keychain entry; they never enter the spec.
    QList<QPair<QString, QByteArray>> pendingSecrets() const;
    void clearPendingSecrets();
    void setSecretStoreNotice(const QString& notice);

Q_SIGNALS:
    void specEdited(); // the admin changed something
    void adoptRequested(); // "Adopt an existing cluster..." instead of planning a new one
    // The worksheet now has a pgBackRest repository host, or no longer has one (phase 6).
    void backupsChanged(bool hasBackups); // phase 6 comes or goes

private:
    void buildUi();
    QWidget* buildClusterGroup();
    QWidget* buildNetworkGroup();
    QWidget* buildNodesGroup();
    QWidget* buildPortsGroup();
    QWidget* buildReplicationGroup();
    QWidget* buildApplicationGroup();
    QWidget* buildCredentialsGroup();
    QWidget* buildBackupGroup(); // worksheetbackup.cpp, with the four below
    void syncBackupWidgets();
    void readBackupWidgets();
    void updateBackupWidgets();
    void copyFirstNodeLogin();
    QWidget* buildSettingsGroup(); // worksheetsettings.cpp, with the three below
    void syncSettingsWidgets(bool withTable = true);
    void readSettingsWidgets();
    void showSettingsIssues(); // marks the parameter rows m_issues names
    QWidget* field(QWidget* editor, const QString& fieldPath);
    QLineEdit* lineEdit(const QString& objectName, const QString& placeholder = {});
    QSpinBox* spinBox(const QString& objectName, int min, int max);

    void refreshPlatformChoices();
    void syncWidgetsFromSpec();
    void readWidgetsIntoSpec();
    void edited();
    void revalidate();
    void assignLoginSecretRefs();

    ClusterSpec m_spec;
    ValidationIssues m_issues;
    bool m_updating = false;
    QString m_refCluster; // the cluster name the secret references were made for

    QHash<QString, QLabel*> m_errorLabels;
    NodeTableModel* m_nodeModel = nullptr;
    QTableView* m_nodeTable = nullptr;
    QLabel* m_nodesError = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_secretNotice = nullptr;

    QLineEdit* m_name = nullptr;
    QComboBox* m_platform = nullptr;
    QComboBox* m_version = nullptr;
    QComboBox* m_source = nullptr;
    QLineEdit* m_mirrorUrl = nullptr;
    QLineEdit* m_mirrorSuite = nullptr;
    QLineEdit* m_mirrorComponents = nullptr;
    QCheckBox* m_mirrorTrusted = nullptr;
    QLineEdit* m_subnet = nullptr;
    QLineEdit* m_vip = nullptr;
    QSpinBox* m_vipPrefix = nullptr;
    QSpinBox* m_vrrpId = nullptr;
    QLineEdit* m_monitorSources = nullptr;
    QSpinBox* m_portPostgres = nullptr;
    QSpinBox* m_portWrite = nullptr;
    QSpinBox* m_portRead = nullptr;
    QSpinBox* m_portHealth = nullptr;
    QSpinBox* m_portStats = nullptr;
    QComboBox* m_replicationMode = nullptr;
    QSpinBox* m_syncQuorum = nullptr;
    QLabel* m_replicationNote = nullptr;
    QLineEdit* m_slotKeep = nullptr;
    QComboBox* m_archivingMode = nullptr;
    QComboBox* m_tlsMode = nullptr;
    QLineEdit* m_archiveDir = nullptr;
    QLineEdit* m_appSubnet = nullptr;
    QLineEdit* m_appDatabase = nullptr;
    QLineEdit* m_appRole = nullptr;
    QLineEdit* m_knownHosts = nullptr;
    QLineEdit* m_repmgrPassword = nullptr;
    QLineEdit* m_loginSecret = nullptr;

    // The backup section (archiving.mode pgbackrest): the repository host and what pgBackRest does.
    struct BackupEditors
    {
        QLabel* note = nullptr; // what the section is for, or how to turn it on
        QWidget* fields = nullptr; // everything below: shown only with a repository host
        QLabel* copied = nullptr; // "SSH login copied from pg1"
        QComboBox* repository = nullptr; // on a host of its own, or mounted on every node
        QWidget* hostPane = nullptr; // the repository host's column: hidden for a mounted one
        QLineEdit* hostName = nullptr;
        QLineEdit* hostAddress = nullptr;
        QLineEdit* sshUser = nullptr;
        QSpinBox* sshPort = nullptr;
        QComboBox* sshAuth = nullptr;
        QLineEdit* keyFile = nullptr;
        QComboBox* sudo = nullptr;
        QLineEdit* secretRef = nullptr;
        QLineEdit* hostKey = nullptr;
        QLineEdit* path = nullptr;
        QSpinBox* retentionFull = nullptr;
        QSpinBox* retentionDiff = nullptr;
        QLineEdit* fullSchedule = nullptr;
        QLineEdit* diffSchedule = nullptr;
        QCheckBox* encrypted = nullptr;
        QLineEdit* cipherPassRef = nullptr;
        QSpinBox* processMax = nullptr;
        QLineEdit* archiveQueueMax = nullptr;
    };
    BackupEditors m_backup;

    // The settings section: the DBA's PostgreSQL parameters (a table) and the HAProxy/Keepalived
    // timings (spin boxes with their units).
    struct SettingsEditors
    {
        QStandardItemModel* parameters = nullptr; // name, value; rows as typed, empty ones ignored
        QTableView* table = nullptr;
        QLabel* tableError = nullptr;
        QSpinBox* checkInter = nullptr;
        QSpinBox* checkDownInter = nullptr;
        QSpinBox* checkFall = nullptr;
        QSpinBox* checkRise = nullptr;
        QSpinBox* timeoutConnect = nullptr;
        QSpinBox* timeoutCheck = nullptr;
        QSpinBox* timeoutClient = nullptr;
        QSpinBox* timeoutServer = nullptr;
        QSpinBox* advertInt = nullptr;
        QSpinBox* vipCheckInterval = nullptr;
        QSpinBox* vipCheckTimeout = nullptr;
        QSpinBox* vipCheckFall = nullptr;
        QSpinBox* vipCheckRise = nullptr;
    };
    SettingsEditors m_settings;
    // Problems of the table the worksheet cannot hold (a name given twice, a value without a name).
    ValidationIssues m_settingsTableIssues;
    bool m_hadBackups = false; // as last announced with backupsChanged
};

} // namespace pgpilot
