// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"
#include "monitor/clustermonitor.h"
#include "monitor/eventlog.h"
#include "monitor/snapshot.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace pgpilot {

class AlarmBanner;
class PauseBanner;
class BackupPanel;
class HistoryCursor;
class ReplayBar;
class AlarmModel;
class EventModel;
class LagChart;
class NodeStatusModel;
class NodeTile;
class RoutingChart;
class TopologyView;

// The DBA's window on one cluster: alarm banner, the replication topology, a tile per node (and one for the
// backups when the cluster keeps them), lag and routing
// charts, the event timeline (exportable), the node and alarm tables, and the action buttons (also in each
// tile's context menu). Renders what a ClusterMonitor publishes (or crafted snapshots); actions are
// signals only, enabled as nodeActions() (monitor/nodeactions.h) decides for the chosen node.
class ClusterDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterDashboard(QWidget* parent = nullptr);
    ~ClusterDashboard() override;

    // Not owned. Shows its latest snapshot, history and events, then follows it.
    void setMonitor(ClusterMonitor* monitor);
    ClusterMonitor* monitor() const { return m_monitor; }

    void showSnapshot(const ClusterSnapshot& snapshot);
    void setHistory(const QList<HistorySample>& history);
    void appendEvents(const QList<ClusterEvent>& events);

    NodeStatusModel* nodeModel() const { return m_nodes; }
    AlarmModel* alarmModel() const { return m_alarms; }
    EventModel* eventModel() const { return m_events; }
    NodeTile* tile(const QString& node) const { return m_tiles.value(node); }
    AlarmBanner* banner() const { return m_banner; }
    // Automatic failover paused (issue 20): under the alarm banner while any node is paused.
    PauseBanner* pauseBanner() const { return m_pauseBanner; }
    // The snapshot shown last (live or replayed).
    const ClusterSnapshot& latestSnapshot() const { return m_latest; }
    BackupPanel* backupPanel() const { return m_backupPanel; }
    TopologyView* topologyView() const { return m_topology; }
    // The node the action buttons act on (the one chosen in the node list).
    QString selectedNode() const;

    // Replay (issue 18): the scrubber over the cluster's history on disk replaces the live view
    // (tiles, topology, banner, charts) until Live; the actions are off meanwhile. False, with the
    // reason shown, when nothing is stored for the cluster.
    bool enterReplay();
    void leaveReplay();
    bool isReplaying() const { return m_replaying; }
    ReplayBar* replayBar() const { return m_replayBar; }
    // Where the history is read (tests; default: the user's data directory).
    void setHistoryOptions(const HistoryOptions& options) { m_historyOptions = options; }
    // What happened while this window was closed (MainWindow reads it from the history): a note
    // above the tiles, and those events before the monitor's in the timeline.
    void showWhileClosed(const QString& text, const QList<ClusterEvent>& events);
    // The incident at the replayed moment (or the last before it) as a bundle (history/
    // incidentbundle.h) in a new file; summary says what was written or why not.
    bool exportIncidentBundle(const QString& path, QString* summary);
    // The audit log the bundle takes its entries from (tests; default: the user's).
    void setAuditLogPath(const QString& path) { m_auditLogPath = path; }
    QString whileClosedText() const;

    // Writes the timeline (CSV or text) atomically; the export buttons ask for a path first.
    bool exportTimeline(const QString& path, bool csv, QString* error = nullptr) const;

Q_SIGNALS:
    void switchoverRequested(const QString& node); // make this node the primary
    void rejoinRequested(const QString& node);
    void fenceRequested(const QString& node);
    void addStandbyRequested(const QString& node);
    void removeStandbyRequested(const QString& node);
    void wallModeRequested();

private:
    void showMoment(const QDateTime& time);
    void askBundlePath();
    void rebuildTiles(const ClusterSnapshot& snapshot);
    void askExportPath(bool csv);
    void selectNode(const QString& node);
    // Enables each action for the chosen node's state, with the reason in the tooltip when not.
    void updateActions();
    void showTileMenu(const QString& node, const QPoint& globalPos);

    QPointer<ClusterMonitor> m_monitor;
    QLabel* m_title;
    QLabel* m_updated;
    QLabel* m_summary;
    QLabel* m_replication;
    QLabel* m_notRead; // what the monitor cannot read on this cluster (adopted as built)
    AlarmBanner* m_banner;
    PauseBanner* m_pauseBanner;
    QWidget* m_tileArea;
    QGridLayout* m_tileGrid;
    BackupPanel* m_backupPanel; // beside the tiles, as wide as one
    QHBoxLayout* m_tileRow;
    QHash<QString, NodeTile*> m_tiles;
    QStringList m_tileOrder;
    TopologyView* m_topology;
    // Created before the views below it so that Tab reaches it first (the reading order).
    QComboBox* m_actionNode;
    QTabWidget* m_tabs;
    LagChart* m_lag;
    RoutingChart* m_routing;
    NodeStatusModel* m_nodes;
    AlarmModel* m_alarms;
    EventModel* m_events;
    QTableView* m_eventView;
    QHash<QString, QPushButton*> m_actionButtons; // by object name
    QLabel* m_whileClosed;
    ReplayBar* m_replayBar;
    QPushButton* m_replayButton = nullptr;
    QPushButton* m_bundleButton = nullptr;
    QString m_auditLogPath;
    std::unique_ptr<HistoryCursor> m_cursor;
    HistoryOptions m_historyOptions;
    bool m_replaying = false;
    QList<ClusterEvent> m_earlierEvents; // recorded while the window was closed
    ClusterSnapshot m_latest;
    quint64 m_lastTick = 0;
};

} // namespace pgpilot
