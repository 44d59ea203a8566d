// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodetablemodel.h"
#include "platform/platformprofile.h"
#include "worksheetpage.h"
#include "worksheetwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

// The worksheet page's layout: its sections (cluster and software, network, nodes, ports,
// replication, application, credentials) and the field helpers they share. The backup section is
// in worksheetbackup.cpp, the settings section in worksheetsettings.cpp.

namespace pgpilot {

using namespace worksheet;

QLineEdit* WorksheetPage::lineEdit(const QString& objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textChanged, this, &WorksheetPage::edited);
    return edit;
}

QSpinBox* WorksheetPage::spinBox(const QString& objectName, int min, int max)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setAccelerated(true);
    connect(spin, &QSpinBox::valueChanged, this, &WorksheetPage::edited);
    return spin;
}

QWidget* WorksheetPage::field(QWidget* editor, const QString& fieldPath)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto* error = new ErrorLabel(box);
    error->setObjectName(
        QString(fieldPath).replace(QLatin1Char('.'), QLatin1Char('_')) + QStringLiteral("_error"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::RichText);
    error->setProperty("role", QStringLiteral("fieldError"));
    error->setStyleSheet(errorColourStyle());
    error->setVisible(false);
    layout->addWidget(error);
    m_errorLabels.insert(fieldPath, error);
    return box;
}

void WorksheetPage::buildUi()
{
    auto* content = new QWidget(this);
    auto* grid = new QVBoxLayout(content);

    auto* intro
        = new QLabel(tr("Plan the cluster as the guide's node planning worksheet asks: three or more nodes "
                        "on one subnet, a spare address for the virtual IP, and how pgpilot reaches each "
                        "node. Problems show next to their field; fix them all to go on."),
            content);
    intro->setWordWrap(true);
    // A cluster already built by hand is not planned again: it is adopted (read from its nodes).
    auto* adopt = new QPushButton(tr("Adopt an existing cluster..."), content);
    adopt->setObjectName(QStringLiteral("adoptFromWorksheet"));
    adopt->setToolTip(
        tr("Read a cluster built by hand (repmgr, HAProxy, Keepalived) from one of its nodes into a "
           "new worksheet; nothing on the nodes changes."));
    connect(adopt, &QPushButton::clicked, this, &WorksheetPage::adoptRequested);
    auto* introRow = new QHBoxLayout;
    introRow->addWidget(intro, 1);
    introRow->addWidget(adopt, 0, Qt::AlignTop);
    grid->addLayout(introRow);

    auto* top = new QHBoxLayout;
    top->addWidget(buildClusterGroup(), 1);
    top->addWidget(buildNetworkGroup(), 1);
    grid->addLayout(top);
    grid->addWidget(buildNodesGroup());
    // Ports over application, beside replication and archiving: the archive's choices are long.
    auto* bottom = new QHBoxLayout;
    auto* portsAndApplication = new QVBoxLayout;
    portsAndApplication->addWidget(buildPortsGroup());
    portsAndApplication->addWidget(buildApplicationGroup());
    portsAndApplication->addStretch(1);
    bottom->addLayout(portsAndApplication, 2);
    bottom->addWidget(buildReplicationGroup(), 3);
    grid->addLayout(bottom);
    grid->addWidget(buildBackupGroup());
    grid->addWidget(buildSettingsGroup());
    grid->addWidget(buildCredentialsGroup());
    grid->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("worksheetScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("issueSummary"));
    m_summary->setWordWrap(true);
    m_summary->setMargin(6);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
}

QWidget* WorksheetPage::buildClusterGroup()
{
    auto* group = new QGroupBox(tr("Cluster and software"), this);
    auto* form = new QFormLayout(group);
    m_name = lineEdit(QStringLiteral("clusterName"), tr("e.g. prod"));
    form->addRow(tr("Cluster na&me:"), field(m_name, QStringLiteral("name")));

    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platform"));
    for (const auto& profile : platformProfiles())
        m_platform->addItem(profile.displayName, toId(profile.id));
    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_spec.platform
            = platformFromString(m_platform->currentData().toString()).value_or(Platform::Ubuntu2404Pgdg);
        const auto& profile = platformProfile(m_spec.platform);
        if (!profile.supportsVersion(m_spec.postgresVersion))
            m_spec.postgresVersion = profile.defaultPostgresVersion;
        if (!profile.supportsSource(m_spec.install.source))
            m_spec.install.source = profile.installSources.first();
        m_updating = true;
        refreshPlatformChoices();
        m_updating = false;
        edited();
    });
    form->addRow(tr("Node &OS:"), field(m_platform, QStringLiteral("platform")));

    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("postgresVersion"));
    connect(m_version, &QComboBox::currentIndexChanged, this, &WorksheetPage::edited);
    form->addRow(tr("&PostgreSQL:"), field(m_version, QStringLiteral("postgresVersion")));

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("installSource"));
    connect(m_source, &QComboBox::currentIndexChanged, this, &WorksheetPage::edited);
    form->addRow(tr("Ins&tall from:"), field(m_source, QStringLiteral("install.source")));

    m_mirrorUrl = lineEdit(QStringLiteral("mirrorUrl"), tr("http://mirror.example/debian/"));
    form->addRow(tr("Mirror URL:"), field(m_mirrorUrl, QStringLiteral("install.mirrorUrl")));
    m_mirrorSuite = lineEdit(QStringLiteral("mirrorSuite"), tr("suite, or ./ for a flat repository"));
    form->addRow(tr("Mirror suite:"), field(m_mirrorSuite, QStringLiteral("install.mirrorSuite")));
    m_mirrorComponents = lineEdit(QStringLiteral("mirrorComponents"), tr("e.g. main"));
    form->addRow(tr("Components:"), field(m_mirrorComponents, QStringLiteral("install.mirrorComponents")));
    m_mirrorTrusted = new QCheckBox(tr("Mirror is unsigned (trusted=yes)"), this);
    m_mirrorTrusted->setObjectName(QStringLiteral("mirrorTrusted"));
    connect(m_mirrorTrusted, &QCheckBox::toggled, this, &WorksheetPage::edited);
    form->addRow(QString(), m_mirrorTrusted);
    return group;
}

QWidget* WorksheetPage::buildNetworkGroup()
{
    auto* group = new QGroupBox(tr("Network"), this);
    auto* form = new QFormLayout(group);
    m_subnet = lineEdit(QStringLiteral("subnet"), tr("e.g. 10.0.1.0/24"));
    form->addRow(tr("&Subnet:"), field(m_subnet, QStringLiteral("network.subnet")));
    m_vip = lineEdit(QStringLiteral("vip"), tr("a spare address in the subnet"));
    form->addRow(tr("&Virtual IP (VIP):"), field(m_vip, QStringLiteral("network.vip")));
    m_vipPrefix = spinBox(QStringLiteral("vipPrefixLength"), 0, 128);
    form->addRow(tr("VIP prefix length:"), field(m_vipPrefix, QStringLiteral("network.vipPrefixLength")));
    m_vrrpId = spinBox(QStringLiteral("vrrpRouterId"), 0, 999);
    form->addRow(tr("VRRP router id:"), field(m_vrrpId, QStringLiteral("network.vrrpRouterId")));
    m_monitorSources = lineEdit(QStringLiteral("monitorSources"), tr("optional, e.g. 10.0.5.20 10.0.6.0/24"));
    m_monitorSources->setToolTip(
        tr("The workstations whose dashboard watches this cluster, besides the one that applies the runbook: "
           "addresses or networks (CIDR), separated by spaces. The nodes' health service answers only the "
           "nodes, these and the workstations that applied; it resets any other connection."));
    form->addRow(
        tr("Monitoring workstations:"), field(m_monitorSources, QStringLiteral("network.monitorSources")));
    m_knownHosts = lineEdit(QStringLiteral("knownHostsFile"), tr("default: pgpilot's own known_hosts"));
    form->addRow(tr("known_hosts file:"), field(m_knownHosts, QStringLiteral("knownHostsFile")));
    return group;
}

QWidget* WorksheetPage::buildNodesGroup()
{
    auto* group = new QGroupBox(tr("Nodes"), this);
    auto* layout = new QVBoxLayout(group);
    m_nodeModel = new NodeTableModel(this);
    connect(m_nodeModel, &NodeTableModel::nodesEdited, this, [this] {
        if (m_updating)
            return;
        m_spec.nodes = m_nodeModel->nodes();
        assignLoginSecretRefs();
        revalidate();
        Q_EMIT specEdited();
    });
    m_nodeTable = new NodeTableView(group);
    // Tab enters and leaves the table; arrows move between cells, typing or F2 edits, and Tab in an
    // open editor goes on to the next cell.
    m_nodeTable->setTabKeyNavigation(false);
    m_nodeTable->setObjectName(QStringLiteral("nodeTable"));
    m_nodeTable->setAccessibleName(tr("Nodes"));
    m_nodeTable->setModel(m_nodeModel);
    m_nodeTable->setItemDelegate(new ChoiceDelegate(m_nodeTable));
    m_nodeTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_nodeTable->setTextElideMode(Qt::ElideMiddle);
    m_nodeTable->setWordWrap(false);
    m_nodeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_nodeTable->horizontalHeader()->setStretchLastSection(true);
    m_nodeTable->verticalHeader()->setDefaultSectionSize(m_nodeTable->fontMetrics().height() + 12);
    const int charWidth = m_nodeTable->fontMetrics().averageCharWidth();
    const int widths[] = {9, 14, 9, 8, 8, 7, 8, 8, 24, 20};
    const QFontMetrics header = m_nodeTable->horizontalHeader()->fontMetrics();
    for (int c = 0; c < NodeTableModel::ColumnCount; ++c) {
        // Wide enough for the values and for the (translated) column title.
        const QString title = m_nodeModel->headerData(c, Qt::Horizontal).toString();
        m_nodeTable->setColumnWidth(
            c, qMax(widths[c] * charWidth + 28, header.horizontalAdvance(title) + 24));
    }
    m_nodeTable->setMinimumHeight(m_nodeTable->verticalHeader()->defaultSectionSize() * 4 + 36);
    layout->addWidget(m_nodeTable);

    m_nodesError = new ErrorLabel(group);
    m_nodesError->setObjectName(QStringLiteral("nodes_error"));
    m_nodesError->setWordWrap(true);
    m_nodesError->setTextFormat(Qt::RichText);
    m_nodesError->setStyleSheet(errorColourStyle());
    m_nodesError->setVisible(false);
    layout->addWidget(m_nodesError);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add node"), group);
    add->setObjectName(QStringLiteral("addNode"));
    auto* remove = new QPushButton(tr("&Remove node"), group);
    remove->setObjectName(QStringLiteral("removeNode"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        NodeSpec node;
        const auto& nodes = m_nodeModel->nodes();
        if (!nodes.isEmpty()) {
            // A new standby like the last node, with the next name.
            node = nodes.last();
            node.role = NodeRole::Standby;
            node.address.clear();
            node.ssh.hostKeyFingerprint.clear();
        }
        node.name = QStringLiteral("pg%1").arg(nodes.size() + 1);
        m_nodeModel->appendNode(node);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_nodeTable->currentIndex();
        m_nodeModel->removeNodeAt(current.isValid() ? current.row() : int(m_nodeModel->nodes().size()) - 1);
    });
    return group;
}

QWidget* WorksheetPage::buildPortsGroup()
{
    auto* group = new QGroupBox(tr("Ports"), this);
    auto* form = new QFormLayout(group);
    m_portPostgres = spinBox(QStringLiteral("portPostgres"), 0, 65535);
    form->addRow(tr("PostgreSQL:"), field(m_portPostgres, QStringLiteral("ports.postgres")));
    m_portWrite = spinBox(QStringLiteral("portWrite"), 0, 65535);
    form->addRow(tr("Writes (HAProxy):"), field(m_portWrite, QStringLiteral("ports.write")));
    m_portRead = spinBox(QStringLiteral("portRead"), 0, 65535);
    form->addRow(tr("Reads (HAProxy):"), field(m_portRead, QStringLiteral("ports.read")));
    m_portHealth = spinBox(QStringLiteral("portHealth"), 0, 65535);
    form->addRow(tr("Health check:"), field(m_portHealth, QStringLiteral("ports.health")));
    m_portStats = spinBox(QStringLiteral("portStats"), 0, 65535);
    form->addRow(tr("HAProxy stats:"), field(m_portStats, QStringLiteral("ports.haproxyStats")));
    return group;
}

QWidget* WorksheetPage::buildReplicationGroup()
{
    auto* group = new QGroupBox(tr("Replication and archiving"), this);
    auto* form = new QFormLayout(group);
    m_replicationMode = new QComboBox(this);
    m_replicationMode->setObjectName(QStringLiteral("replicationMode"));
    m_replicationMode->addItem(tr("Asynchronous"), toId(ReplicationMode::Async));
    m_replicationMode->addItem(tr("Synchronous quorum (recommended)"), toId(ReplicationMode::SyncQuorum));
    connect(m_replicationMode, &QComboBox::currentIndexChanged, this, &WorksheetPage::edited);
    form->addRow(tr("Mode:"), field(m_replicationMode, QStringLiteral("replication.mode")));
    m_replicationNote = new ErrorLabel(this);
    m_replicationNote->setObjectName(QStringLiteral("replicationNote"));
    m_replicationNote->setWordWrap(true);
    form->addRow(QString(), m_replicationNote);
    m_syncQuorum = spinBox(QStringLiteral("syncQuorum"), 0, 9);
    m_syncQuorum->setToolTip(tr("How many standbys confirm each commit. Automatic chooses the fewest that "
                                "keep every acknowledged commit through any failover."));
    form->addRow(tr("Quorum (standbys):"), field(m_syncQuorum, QStringLiteral("replication.syncQuorum")));
    m_slotKeep = lineEdit(QStringLiteral("maxSlotWalKeepSize"), tr("e.g. 10GB"));
    m_slotKeep->setToolTip(
        tr("The most WAL a replication slot may hold back for a standby that is away. "
           "Past it, the standby must be cloned again; without it, the primary's disk fills up."));
    form->addRow(tr("Slot WAL limit:"), field(m_slotKeep, QStringLiteral("replication.maxSlotWalKeepSize")));
    m_archivingMode = new QComboBox(this);
    m_archivingMode->setObjectName(QStringLiteral("archivingMode"));
    m_archivingMode->addItem(tr("Off (no point-in-time recovery)"), toId(ArchivingMode::Off));
    m_archivingMode->addItem(tr("Copy WAL to a directory"), toId(ArchivingMode::Directory));
    m_archivingMode->addItem(
        tr("pgBackRest repository (backups, point-in-time recovery)"), toId(ArchivingMode::PgBackRest));
    connect(m_archivingMode, &QComboBox::currentIndexChanged, this, &WorksheetPage::edited);
    form->addRow(tr("WAL archive:"), field(m_archivingMode, QStringLiteral("archiving.mode")));
    m_archiveDir = lineEdit(QStringLiteral("archiveDirectory"), tr("e.g. /srv/wal-archive"));
    form->addRow(tr("Archive directory:"), field(m_archiveDir, QStringLiteral("archiving.directory")));
    m_tlsMode = new QComboBox(this);
    m_tlsMode->setObjectName(QStringLiteral("tlsMode"));
    m_tlsMode->addItem(tr("Verified (pgpilot's cluster CA)"), toId(TlsMode::VerifyFull));
    m_tlsMode->addItem(tr("Verified (the site's CA, imported)"), toId(TlsMode::Site));
    m_tlsMode->addItem(tr("Off (nothing verified)"), toId(TlsMode::Off));
    m_tlsMode->setToolTip(
        tr("Verified: pgpilot makes a certificate authority for the cluster (its key stays "
           "in the keychain), gives each node a certificate, and replication, repmgr and "
           "pgpilot check it. The site's CA: the same checks with certificates your CA issued, "
           "imported with File > Import site certificates. Off: anyone who can intercept the "
           "traffic can pose as a node."));
    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, &WorksheetPage::edited);
    form->addRow(tr("TLS:"), field(m_tlsMode, QStringLiteral("tls.mode")));
    return group;
}

QWidget* WorksheetPage::buildApplicationGroup()
{
    auto* group = new QGroupBox(tr("Application"), this);
    auto* form = new QFormLayout(group);
    m_appSubnet = lineEdit(QStringLiteral("appSubnet"), tr("where app servers connect from"));
    form->addRow(tr("Client subnet:"), field(m_appSubnet, QStringLiteral("application.subnet")));
    m_appDatabase = lineEdit(QStringLiteral("appDatabase"), tr("optional, e.g. mattermost"));
    form->addRow(tr("Database:"), field(m_appDatabase, QStringLiteral("application.database")));
    m_appRole = lineEdit(QStringLiteral("appRole"), tr("optional, e.g. mmuser"));
    form->addRow(tr("Role:"), field(m_appRole, QStringLiteral("application.role")));
    return group;
}

QWidget* WorksheetPage::buildCredentialsGroup()
{
    auto* group = new QGroupBox(tr("Credentials"), this);
    auto* form = new QFormLayout(group);
    m_repmgrPassword = new QLineEdit(this);
    m_repmgrPassword->setObjectName(QStringLiteral("repmgrPassword"));
    m_repmgrPassword->setEchoMode(QLineEdit::Password);
    m_repmgrPassword->setPlaceholderText(tr("leave empty to keep the stored one"));
    form->addRow(tr("repmgr password:"), field(m_repmgrPassword, QStringLiteral("repmgrPasswordRef")));
    m_loginSecret = new QLineEdit(this);
    m_loginSecret->setObjectName(QStringLiteral("loginSecret"));
    m_loginSecret->setEchoMode(QLineEdit::Password);
    m_loginSecret->setPlaceholderText(tr("SSH password, key passphrase or sudo password, if any"));
    form->addRow(tr("Login secret:"), m_loginSecret);
    m_secretNotice = new QLabel(
        tr("Passwords go to the system keychain when you save, never into the cluster file."), this);
    m_secretNotice->setObjectName(QStringLiteral("secretNotice"));
    m_secretNotice->setWordWrap(true);
    form->addRow(QString(), m_secretNotice);
    return group;
}

} // namespace pgpilot
