#include "worksheetpage.h"

#include "cluster/quorum.h"
#include "nodetablemodel.h"
#include "platform/platformprofile.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace pgpilot {

namespace {

// Text colours that stay readable on a light and on a dark palette.
bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}
QString errorColourStyle()
{
    return darkPalette() ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #a30b0b;");
}

// Form rows wrap their editor in a box with an error line. The editor gets the row's label as its
// accessible name and becomes the label's buddy, so screen readers and Alt+letter reach it.
void nameEditorsFromLabels(QWidget* root)
{
    for (QFormLayout* form : root->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem* fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
            QWidget* field = fieldItem ? fieldItem->widget() : nullptr;
            if (!label || !field)
                continue;
            QWidget* editor = field;
            if (!qobject_cast<QLineEdit*>(field) && !qobject_cast<QComboBox*>(field)
                && !qobject_cast<QAbstractSpinBox*>(field)) {
                editor = field->findChild<QComboBox*>(QString(), Qt::FindDirectChildrenOnly);
                if (!editor)
                    editor = field->findChild<QAbstractSpinBox*>(QString(), Qt::FindDirectChildrenOnly);
                if (!editor)
                    editor = field->findChild<QLineEdit*>(QString(), Qt::FindDirectChildrenOnly);
            }
            if (!editor)
                continue;
            QString name = label->text().remove(QLatin1Char('&')).trimmed();
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            editor->setAccessibleName(name.trimmed());
            label->setBuddy(editor);
        }
    }
}

const QString kLoginSecret = QStringLiteral("login");

// Offers the allowed values of an enum column instead of free text.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QStringList choices = NodeTableModel::choices(index.column());
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto* combo = new QComboBox(parent);
        for (const QString& id : choices)
            combo->addItem(NodeTableModel::choiceLabel(id), id); // shown translated, stored as the id
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toString())));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            model->setData(index, combo->currentData().toString());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

// A word-wrapped label that asks its layout for the height its wrapped text needs at its
// current width; plain QLabel reports one line and gets clipped inside nested form layouts.
class ErrorLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override
    {
        QSize hint = QLabel::minimumSizeHint();
        if (wordWrap() && width() > 0 && !text().isEmpty())
            hint.setHeight(heightForWidth(width()));
        return hint;
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QLabel::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry();
    }
};

QString errorText(const QStringList& messages)
{
    QStringList lines;
    for (const QString& m : messages)
        lines << QStringLiteral("\u26a0 %1").arg(m.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void setComboData(QComboBox* combo, const QVariant& data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

// Tab moves from cell to cell while editing, as in a spreadsheet, but leaves the table after its
// last cell (Shift+Tab: before its first) instead of wrapping round to the start: no keyboard trap.
class NodeTableView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        const QModelIndex current = currentIndex();
        if (model() && current.isValid() && (action == MoveNext || action == MovePrevious)) {
            int last = model()->columnCount() - 1;
            while (last > 0 && isColumnHidden(last))
                --last;
            int first = 0;
            while (first < last && isColumnHidden(first))
                ++first;
            if (action == MoveNext && current.row() == model()->rowCount() - 1 && current.column() == last)
                return {};
            if (action == MovePrevious && current.row() == 0 && current.column() == first)
                return {};
        }
        return QTableView::moveCursor(action, modifiers);
    }
};

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
    grid->addWidget(intro);

    auto* top = new QHBoxLayout;
    top->addWidget(buildClusterGroup(), 1);
    top->addWidget(buildNetworkGroup(), 1);
    grid->addLayout(top);
    grid->addWidget(buildNodesGroup());
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(buildPortsGroup(), 1);
    bottom->addWidget(buildReplicationGroup(), 1);
    bottom->addWidget(buildApplicationGroup(), 1);
    grid->addLayout(bottom);
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
    connect(m_archivingMode, &QComboBox::currentIndexChanged, this, &WorksheetPage::edited);
    form->addRow(tr("WAL archive:"), field(m_archivingMode, QStringLiteral("archiving.mode")));
    m_archiveDir = lineEdit(QStringLiteral("archiveDirectory"), tr("e.g. /srv/wal-archive"));
    form->addRow(tr("Archive directory:"), field(m_archiveDir, QStringLiteral("archiving.directory")));
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
    m_appSubnet->setText(m_spec.application.subnet);
    m_appDatabase->setText(m_spec.application.database);
    m_appRole->setText(m_spec.application.role);
    m_nodeModel->setNodes(m_spec.nodes);
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
    m_spec.application.subnet = m_appSubnet->text().trimmed();
    m_spec.application.database = m_appDatabase->text().trimmed();
    m_spec.application.role = m_appRole->text().trimmed();
    m_spec.nodes = m_nodeModel->nodes();
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
        m_refCluster = m_spec.name;
        m_updating = true;
        m_nodeModel->setNodes(m_spec.nodes);
        m_updating = false;
    }
    if (m_spec.repmgrPasswordRef.isEmpty() && !m_spec.name.isEmpty())
        m_spec.repmgrPasswordRef = m_spec.secretKey(QStringLiteral("repmgr-password"));
    assignLoginSecretRefs();
}

void WorksheetPage::assignLoginSecretRefs()
{
    // Nodes that log in or sudo with a password share the cluster's login secret.
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
    readWidgetsIntoSpec();
    revalidate();
    Q_EMIT specEdited();
}

void WorksheetPage::revalidate()
{
    const bool wasComplete = isComplete();
    const bool first = m_summary->text().isEmpty();
    m_issues = validate(m_spec);

    QHash<QString, QStringList> byField;
    QStringList nodeMessages;
    for (const auto& issue : m_issues) {
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
    m_secretNotice->setStyleSheet(darkPalette() ? QStringLiteral("color: #ffcc80; font-weight: bold;")
                                                : QStringLiteral("color: #7a4a00; font-weight: bold;"));
}

} // namespace pgpilot
