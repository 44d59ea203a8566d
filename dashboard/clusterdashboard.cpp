// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterdashboard.h"

#include "alarmbanner.h"
#include "backuppanel.h"
#include "core/atomicfile.h"
#include "dashboardmodels.h"
#include "history/historycursor.h"
#include "lagchart.h"
#include "monitor/clustermonitor.h"
#include "monitor/nodeactions.h"
#include "monitor/snapshottext.h"
#include "nodetile.h"
#include "pausebanner.h"
#include "replaybar.h"
#include "schedulestrip.h"
#include "topologyview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pgpilot {

ClusterDashboard::ClusterDashboard(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_replication(new QLabel(this))
    , m_notRead(new QLabel(this))
    , m_banner(new AlarmBanner(this))
    , m_pauseBanner(new PauseBanner(this))
    , m_tileArea(new QWidget(this))
    , m_tileGrid(new QGridLayout(m_tileArea))
    , m_backupPanel(new BackupPanel(this))
    , m_tileRow(new QHBoxLayout)
    , m_topology(new TopologyView(this))
    , m_actionNode(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_lag(new LagChart(this))
    , m_routing(new RoutingChart(this))
    , m_nodes(new NodeStatusModel(this))
    , m_alarms(new AlarmModel(this))
    , m_events(new EventModel(5000, this))
    , m_eventView(new QTableView(this))
    , m_whileClosed(new QLabel(this))
    , m_replayBar(new ReplayBar(this))
{
    setObjectName(QStringLiteral("clusterDashboard"));
    m_title->setObjectName(QStringLiteral("clusterTitle"));
    m_updated->setObjectName(QStringLiteral("updated"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_replication->setObjectName(QStringLiteral("replicationMode"));
    m_notRead->setObjectName(QStringLiteral("notRead"));
    m_notRead->setWordWrap(true);
    m_notRead->setTextFormat(Qt::PlainText);
    m_notRead->setFrameShape(QFrame::StyledPanel);
    m_notRead->setMargin(6);
    m_notRead->hide();
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_summary->setFont(big);
    QFont mode = m_replication->font();
    mode.setPointSizeF(mode.pointSizeF() * 1.15);
    mode.setBold(true);
    m_replication->setFont(mode);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(16);
    header->addWidget(m_summary);
    header->addSpacing(16);
    header->addWidget(m_replication);
    header->addStretch();
    header->addWidget(m_updated);
    auto* wall = new QPushButton(tr("Wall mode"), this);
    wall->setObjectName(QStringLiteral("wallModeButton"));
    header->addWidget(wall);
    connect(wall, &QPushButton::clicked, this, &ClusterDashboard::wallModeRequested);
    m_replayButton = new QPushButton(tr("Replay\u2026"), this);
    m_replayButton->setObjectName(QStringLiteral("replayButton"));
    m_replayButton->setToolTip(tr("Replay the history kept on disk, second by second"));
    header->insertWidget(header->indexOf(wall), m_replayButton);
    connect(m_replayButton, &QPushButton::clicked, this, [this] { enterReplay(); });
    m_bundleButton = new QPushButton(tr("Export incident\u2026"), this);
    m_bundleButton->setObjectName(QStringLiteral("bundleButton"));
    m_bundleButton->setToolTip(
        tr("Write the incident at the replayed moment (or the last one before it) as one "
           ".tar file for a post-mortem: snapshots, events, the audit log's entries; "
           "secrets masked"));
    m_bundleButton->hide();
    header->insertWidget(header->indexOf(wall), m_bundleButton);
    connect(m_bundleButton, &QPushButton::clicked, this, &ClusterDashboard::askBundlePath);
    m_replayBar->hide();
    connect(m_replayBar, &ReplayBar::positionChanged, this, &ClusterDashboard::showMoment);
    connect(m_replayBar, &ReplayBar::liveRequested, this, &ClusterDashboard::leaveReplay);
    m_whileClosed->setObjectName(QStringLiteral("whileClosed"));
    m_whileClosed->setWordWrap(true);
    m_whileClosed->setTextFormat(Qt::PlainText);
    m_whileClosed->setFrameShape(QFrame::StyledPanel);
    m_whileClosed->setMargin(6);
    m_whileClosed->hide();

    // Actions on the node chosen in the list; behaviour (confirmation, runbook) lives elsewhere.
    auto* actions = new QHBoxLayout;
    m_actionNode->setObjectName(QStringLiteral("actionNode"));
    actions->addWidget(new QLabel(tr("Node:"), this));
    actions->addWidget(m_actionNode);
    struct Action
    {
        const char* name;
        QString text;
        void (ClusterDashboard::*signal)(const QString&);
    };
    const Action list[]
        = {{"switchoverButton", tr("S&witchover to this node\u2026"), &ClusterDashboard::switchoverRequested},
            {"rejoinButton", tr("Re&join\u2026"), &ClusterDashboard::rejoinRequested},
            {"fenceButton", tr("F&ence\u2026"), &ClusterDashboard::fenceRequested}};
    m_actionNode->setAccessibleName(tr("Node for the actions"));
    connect(m_actionNode, &QComboBox::currentTextChanged, this, &ClusterDashboard::updateActions);
    for (const auto& action : list) {
        auto* button = new QPushButton(action.text, this);
        button->setObjectName(QString::fromLatin1(action.name));
        m_actionButtons.insert(button->objectName(), button);
        const auto signal = action.signal;
        connect(button, &QPushButton::clicked, this, [this, signal] {
            const QString node = selectedNode();
            if (!node.isEmpty())
                Q_EMIT(this->*signal)(node);
        });
        actions->addWidget(button);
    }
    actions->addStretch();

    // Timeline tab with its export buttons.
    auto* timeline = new QWidget(this);
    auto* timelineLayout = new QVBoxLayout(timeline);
    m_eventView->setObjectName(QStringLiteral("eventView"));
    m_eventView->setTabKeyNavigation(false);
    m_eventView->setModel(m_events);
    m_eventView->horizontalHeader()->setStretchLastSection(true);
    m_eventView->verticalHeader()->hide();
    m_eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventView->setColumnWidth(EventModel::Time, 150);
    timelineLayout->addWidget(m_eventView);
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch();
    auto* csv = new QPushButton(tr("Export CSV\u2026"), timeline);
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    auto* text = new QPushButton(tr("Export text\u2026"), timeline);
    text->setObjectName(QStringLiteral("exportTextButton"));
    connect(csv, &QPushButton::clicked, this, [this] { askExportPath(true); });
    connect(text, &QPushButton::clicked, this, [this] { askExportPath(false); });
    exportRow->addWidget(csv);
    exportRow->addWidget(text);
    timelineLayout->addLayout(exportRow);

    auto* nodeTable = new QTableView(this);
    nodeTable->setObjectName(QStringLiteral("dashboardNodeTable"));
    nodeTable->setTabKeyNavigation(false); // read-only tables: arrows move inside, Tab goes on
    nodeTable->setModel(m_nodes);
    // Columns as wide as their values ("174.0 KiB · 0.4 s" on one line), HAProxy takes the rest.
    nodeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    nodeTable->horizontalHeader()->setStretchLastSection(true);
    nodeTable->verticalHeader()->hide();
    auto* alarmTable = new QTableView(this);
    alarmTable->setObjectName(QStringLiteral("alarmTable"));
    alarmTable->setTabKeyNavigation(false);
    alarmTable->setModel(m_alarms);
    alarmTable->horizontalHeader()->setStretchLastSection(true);
    alarmTable->verticalHeader()->hide();
    alarmTable->setWordWrap(true);
    // Titles and actions are sentences: they wrap, and each row grows to show all of them.
    alarmTable->horizontalHeader()->setSectionResizeMode(AlarmModel::Severity, QHeaderView::ResizeToContents);
    alarmTable->horizontalHeader()->setSectionResizeMode(AlarmModel::Node, QHeaderView::ResizeToContents);
    alarmTable->setColumnWidth(AlarmModel::Title, 420);
    alarmTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->addTab(m_lag, tr("Lag"));
    m_tabs->addTab(m_routing, tr("Routing"));
    m_tabs->addTab(timeline, tr("Timeline"));
    m_tabs->addTab(alarmTable, tr("Alarms"));
    m_tabs->addTab(nodeTable, tr("Nodes"));

    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    // Who streams from whom and where each HAProxy sends writes, drawn: a cascaded standby or a
    // wrong route shows without reading a table.
    auto* topology = new QGroupBox(tr("Topology: replication, VIP and write routes"), this);
    topology->setObjectName(QStringLiteral("topologyBox"));
    auto* topologyLayout = new QVBoxLayout(topology);
    topologyLayout->setContentsMargins(4, 4, 4, 4);
    topologyLayout->addWidget(m_topology);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_replayBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_pauseBanner);
    layout->addWidget(new ScheduleStrip(this)); // scheduled operations (issue 20): found by type
    layout->addWidget(m_whileClosed);
    layout->addWidget(m_notRead);
    m_tileRow->addWidget(m_tileArea, 3);
    m_tileRow->addWidget(m_backupPanel, 1);
    layout->addLayout(m_tileRow);
    layout->addLayout(actions);
    // Beside the charts, so that it costs the window no height.
    auto* lower = new QHBoxLayout;
    lower->addWidget(topology, 0, Qt::AlignTop);
    lower->addWidget(m_tabs, 1);
    layout->addLayout(lower, 1);
}

ClusterDashboard::~ClusterDashboard() = default;

void ClusterDashboard::setMonitor(ClusterMonitor* monitor)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    m_events->clear();
    if (!monitor)
        return;
    showSnapshot(monitor->latest());
    setHistory(monitor->history());
    appendEvents(m_earlierEvents);
    appendEvents(monitor->events().events());
    connect(monitor, &ClusterMonitor::snapshotReady, this, [this](const ClusterSnapshot& s) {
        if (m_replaying) {
            // The history grows while it is replayed: the scrubber reaches up to the newest
            // snapshot, without reading the disk on every poll (nor dropping the cursor's window).
            if (s.time.isValid() && s.time > m_replayBar->last())
                m_replayBar->setRange(m_replayBar->first(), s.time);
            return;
        }
        showSnapshot(s);
        if (m_monitor && !m_monitor->history().isEmpty() && m_monitor->history().last().tick == s.tick) {
            m_lag->append(m_monitor->history().last());
            m_routing->append(m_monitor->history().last());
        }
    });
    connect(monitor, &ClusterMonitor::eventsAdded, this, &ClusterDashboard::appendEvents);
}

void ClusterDashboard::showSnapshot(const ClusterSnapshot& snapshot)
{
    m_title->setText(snapshot.cluster);
    m_updated->setText(snapshot.time.isValid()
            ? tr("updated %1").arg(snapshot.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
            : tr("waiting for the first answers\u2026"));
    if (snapshot.alarms.isEmpty())
        m_summary->setText(snapshot.time.isValid() ? tr("\u2714 healthy") : QString());
    else
        m_summary->setText(tr("\u26a0 %n alarm(s)", nullptr, int(snapshot.alarms.size())));
    m_replication->setText(replicationModeText(snapshot));
    const QStringList primaries = snapshot.primaries();
    const NodeSnapshot* primary = primaries.size() == 1 ? snapshot.node(primaries.first()) : nullptr;
    m_replication->setToolTip(primary
            ? QStringLiteral("synchronous_standby_names = '%1'\nsynchronous_commit = %2")
                  .arg(primary->pg.syncStandbyNames, primary->pg.synchronousCommit)
            : QString());
    m_banner->setAlarms(snapshot.alarms);
    m_pauseBanner->setPause(snapshot.pause);
    if (auto* strip = findChild<ScheduleStrip*>(QStringLiteral("scheduleStrip")))
        strip->setScheduled(snapshot.scheduled);
    QStringList notRead;
    for (const NotRead& n : snapshot.notRead)
        notRead << QStringLiteral("\u2022 ") + n.reason;
    m_notRead->setText(tr("Not read on this cluster (adopted as it was built):") + QLatin1Char('\n')
        + notRead.join(QLatin1Char('\n')));
    m_notRead->setVisible(!notRead.isEmpty());
    m_topology->setSnapshot(snapshot);
    rebuildTiles(snapshot);
    m_backupPanel->setSnapshot(snapshot);
    for (const auto& node : snapshot.nodes) {
        if (auto* t = m_tiles.value(node.name))
            t->setNode(node, snapshot);
    }
    m_nodes->setSnapshot(snapshot);
    m_alarms->setAlarms(snapshot.alarms);
    m_lastTick = snapshot.tick;
    m_latest = snapshot;
    updateActions();
}

void ClusterDashboard::rebuildTiles(const ClusterSnapshot& snapshot)
{
    QStringList order;
    for (const auto& node : snapshot.nodes)
        order << node.name;
    if (order == m_tileOrder)
        return;
    for (auto* tile : std::as_const(m_tiles))
        delete tile;
    m_tiles.clear();
    const QString selected = m_actionNode->currentText();
    m_actionNode->clear();
    m_actionNode->addItems(order);
    if (order.contains(selected))
        m_actionNode->setCurrentText(selected);
    const int columns = order.size() <= 5 ? int(order.size()) : (order.size() + 1) / 2;
    // The backup panel takes the width of one tile.
    m_tileRow->setStretchFactor(m_tileArea, qMax(1, columns));
    for (int i = 0; i < order.size(); ++i) {
        auto* tile = new NodeTile(order.at(i), m_tileArea);
        const QString name = order.at(i);
        tile->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(tile, &QWidget::customContextMenuRequested, this,
            [this, tile, name](const QPoint& pos) { showTileMenu(name, tile->mapToGlobal(pos)); });
        m_tileGrid->addWidget(tile, i / qMax(1, columns), i % qMax(1, columns));
        m_tiles.insert(order.at(i), tile);
    }
    m_tileOrder = order;
}

void ClusterDashboard::setHistory(const QList<HistorySample>& history)
{
    m_lag->setHistory(history);
    m_routing->setHistory(history);
}

void ClusterDashboard::appendEvents(const QList<ClusterEvent>& events)
{
    const bool atBottom
        = m_eventView->verticalScrollBar()->value() == m_eventView->verticalScrollBar()->maximum();
    m_events->append(events);
    if (atBottom)
        m_eventView->scrollToBottom();
}

QString ClusterDashboard::selectedNode() const
{
    return m_actionNode->currentText();
}

void ClusterDashboard::selectNode(const QString& node)
{
    const int index = m_actionNode->findText(node);
    if (index >= 0)
        m_actionNode->setCurrentIndex(index);
}

namespace {

// Puts nodeActions()' answer into words: what the action does (allowed, with %1 for the node),
// or why it is not offered.
QString actionTip(const ActionVerdict& verdict, const QString& node, const QString& allowed)
{
    switch (verdict.reason) {
    case ActionReason::Allowed:
        return allowed.arg(node);
    case ActionReason::NotPolled:
        return ClusterDashboard::tr("%1 has not been polled yet").arg(node);
    case ActionReason::NotStreamingStandby:
        return ClusterDashboard::tr("Only a standby that streams can become the primary");
    case ActionReason::AlreadyServing:
        return ClusterDashboard::tr("%1 already serves the cluster").arg(node);
    case ActionReason::AlreadyFenced:
        return ClusterDashboard::tr("%1 is fenced already; Rejoin lifts the fence").arg(node);
    }
    return {};
}

struct ActionTips
{
    QString switchover, rejoin, fence;
};

ActionTips actionTips(const NodeActions& a, const QString& node)
{
    ActionTips tips;
    tips.switchover
        = actionTip(a.switchover, node, ClusterDashboard::tr("Make %1 the primary (planned, no data loss)"));
    tips.rejoin = actionTip(
        a.rejoin, node, ClusterDashboard::tr("Bring %1 back as a standby of the current primary"));
    tips.fence = actionTip(a.fence, node, ClusterDashboard::tr("Stop PostgreSQL on %1 and keep it stopped"));
    return tips;
}

} // namespace

void ClusterDashboard::updateActions()
{
    const QString node = selectedNode();
    const NodeActions a = nodeActions(m_latest, node);
    const ActionTips tips = actionTips(a, node);
    auto apply = [this](const char* name, bool on, const QString& why) {
        if (QPushButton* b = m_actionButtons.value(QString::fromLatin1(name))) {
            // A replayed state is the past: nothing may act on it.
            b->setEnabled(on && !m_replaying);
            b->setToolTip(
                m_replaying ? tr("Leave the replay (Live) to act on the cluster as it is now") : why);
        }
    };
    apply("switchoverButton", a.switchover.allowed(), tips.switchover);
    apply("rejoinButton", a.rejoin.allowed(), tips.rejoin);
    apply("fenceButton", a.fence.allowed(), tips.fence);
}

void ClusterDashboard::showTileMenu(const QString& node, const QPoint& globalPos)
{
    if (m_replaying)
        return;
    selectNode(node);
    const NodeActions a = nodeActions(m_latest, node);
    const ActionTips tips = actionTips(a, node);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("tileMenu"));
    auto add = [this, menu, node](const QString& text, bool on, const QString& why,
                   void (ClusterDashboard::*signal)(const QString&)) {
        QAction* action = menu->addAction(text);
        action->setEnabled(on);
        action->setToolTip(why);
        connect(action, &QAction::triggered, this, [this, node, signal] { Q_EMIT(this->*signal)(node); });
    };
    add(tr("Make %1 the primary (switchover)\u2026").arg(node), a.switchover.allowed(), tips.switchover,
        &ClusterDashboard::switchoverRequested);
    add(tr("Rejoin %1\u2026").arg(node), a.rejoin.allowed(), tips.rejoin, &ClusterDashboard::rejoinRequested);
    add(tr("Fence %1\u2026").arg(node), a.fence.allowed(), tips.fence, &ClusterDashboard::fenceRequested);
    menu->addSeparator();
    add(tr("Add %1 as a standby\u2026").arg(node), true, QString(), &ClusterDashboard::addStandbyRequested);
    add(tr("Remove standby %1\u2026").arg(node), true, QString(), &ClusterDashboard::removeStandbyRequested);
    menu->setToolTipsVisible(true);
    menu->popup(globalPos);
}

bool ClusterDashboard::exportTimeline(const QString& path, bool csv, QString* error) const
{
    const QByteArray bytes
        = csv ? EventLog::toCsv(m_events->events()) : EventLog::toText(m_events->events()).toUtf8();
    return writeFileAtomically(path, bytes, error);
}

void ClusterDashboard::askExportPath(bool csv)
{
    auto* dialog = new QFileDialog(this, tr("Export the timeline"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(csv ? tr("CSV (*.csv)") : tr("Text (*.txt)"));
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("txt"));
    dialog->selectFile(m_title->text() + QStringLiteral("-timeline"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, csv](const QString& path) {
        QString error;
        if (!exportTimeline(path, csv, &error))
            m_updated->setText(tr("export failed: %1").arg(error));
    });
    dialog->open(); // window-modal, no nested event loop
}

} // namespace pgpilot
