// SPDX-License-Identifier: GPL-3.0-or-later
#include "watcher.h"

#include "monitor/clustermonitor.h"
#include "services/clusterservices.h"

namespace pgpilot {

struct Watcher::Watched
{
    std::unique_ptr<ClusterServices> services;
    std::unique_ptr<ClusterMonitor> monitor;
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
