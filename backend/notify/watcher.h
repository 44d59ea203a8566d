// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"
#include "dispatcher.h"
#include "history/historystore.h"
#include "incident.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace pgpilot {

class ClusterMonitor;
class ClusterServices;
class SecretStore;

// Watches clusters without a window (pgpilot watch): one monitor per cluster, as the dashboard
// makes it, its snapshots turned into notifications by its NotifyDispatcher (an IncidentTracker
// per cluster) and sent to every channel there (webhook, e-mail, desktop). The watcher owns the
// services, monitors, their history recorders and the dispatcher.
class Watcher : public QObject
{
    Q_OBJECT
public:
    Watcher(SecretStore* secrets, NotifyPolicy policy, QObject* parent = nullptr);
    ~Watcher() override;

    // The channels go here (addChannel, configure); its policy is the constructor's.
    NotifyDispatcher* dispatcher() const { return m_dispatcher; }
    // Starts watching spec's cluster; done() once its monitor runs, or with why it cannot.
    // configure, when given, sets up the cluster's services first (accepted host keys, ...).
    void addCluster(const ClusterSpec& spec, std::function<void(const QString& error)> done,
        std::function<void(ClusterServices&)> configure = {});
    int clusterCount() const { return int(m_watched.size()); }
    // Every cluster's snapshots and events are kept on disk (history/historyrecorder.h) unless
    // switched off before addCluster(); another pgpilot recording a cluster already is a warning.
    void setHistory(bool record, const HistoryOptions& options = {})
    {
        m_recordHistory = record;
        m_historyOptions = options;
    }

Q_SIGNALS:
    void snapshotReady(const pgpilot::ClusterSnapshot& snapshot);
    void notification(const pgpilot::Notification& notification);
    // The cluster's monitor runs (owned by the watcher): the estate wall shows it.
    void monitorReady(const QString& cluster, pgpilot::ClusterMonitor* monitor);
    // Something the admin should know that does not stop the watch (no VIP probe: VIP unknown).
    void warning(const QString& cluster, const QString& text);

private:
    struct Watched;
    void onSnapshot(const ClusterSnapshot& snapshot);

    SecretStore* m_secrets;
    NotifyDispatcher* m_dispatcher;
    bool m_recordHistory = true;
    HistoryOptions m_historyOptions;
    std::vector<std::unique_ptr<Watched>> m_watched;
};

} // namespace pgpilot
