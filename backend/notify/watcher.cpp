// SPDX-License-Identifier: GPL-3.0-or-later
#include "watcher.h"

#include "history/historyrecorder.h"
#include "monitor/clustermonitor.h"
#include "services/clusterservices.h"

namespace pgpilot {

struct Watcher::Watched
{
    std::unique_ptr<ClusterServices> services;
    std::unique_ptr<ClusterMonitor> monitor;
    std::unique_ptr<HistoryRecorder> history; // destroyed first: it writes "stopped"
};

Watcher::Watcher(SecretStore* secrets, NotifyPolicy policy, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_dispatcher(new NotifyDispatcher(this))
{
    m_dispatcher->setPolicy(policy);
    connect(m_dispatcher, &NotifyDispatcher::notification, this, &Watcher::notification);
}

Watcher::~Watcher()
{
    for (auto& w : m_watched) {
        if (w->monitor)
            w->monitor->stop();
        w->history.reset();
    }
}

void Watcher::addCluster(const ClusterSpec& spec, std::function<void(const QString& error)> done,
    std::function<void(ClusterServices&)> configure)
{
    auto watched = std::make_unique<Watched>();
    watched->services = std::make_unique<ClusterServices>(spec, m_secrets);
    if (configure)
        configure(*watched->services);
    Watched* w = watched.get();
    m_watched.push_back(std::move(watched));
    const QString cluster = spec.name;
    w->services->makeMonitor(
        {}, nullptr, [this, w, done, cluster](ClusterMonitor* monitor, const QString& error) {
            if (!monitor)
                return done(error);
            if (!error.isEmpty())
                Q_EMIT warning(cluster, error);
            w->monitor.reset(monitor);
            if (m_recordHistory) {
                w->history = std::make_unique<HistoryRecorder>(cluster, m_historyOptions);
                w->history->attach(monitor);
                if (!w->history->start())
                    Q_EMIT warning(cluster, tr("history not kept here: %1").arg(w->history->problem()));
                connect(w->history.get(), &HistoryRecorder::failed, this,
                    [this, cluster](const QString& problem) {
                        Q_EMIT warning(cluster, tr("history stopped: %1").arg(problem));
                    });
            }
            connect(monitor, &ClusterMonitor::snapshotReady, this, &Watcher::onSnapshot);
            monitor->start();
            Q_EMIT monitorReady(cluster, monitor);
            done({});
        });
}

void Watcher::onSnapshot(const ClusterSnapshot& snapshot)
{
    Q_EMIT snapshotReady(snapshot);
    m_dispatcher->feed(snapshot);
}

} // namespace pgpilot
