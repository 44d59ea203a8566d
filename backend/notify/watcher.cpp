// SPDX-License-Identifier: GPL-3.0-or-later
#include "watcher.h"

#include "monitor/clustermonitor.h"
#include "services/clusterservices.h"
#include "webhook.h"

namespace pgpilot {

struct Watcher::Watched
{
    std::unique_ptr<ClusterServices> services;
    std::unique_ptr<ClusterMonitor> monitor;
    IncidentTracker tracker;
};

Watcher::Watcher(SecretStore* secrets, NotifyPolicy policy, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_policy(policy)
{ }

Watcher::~Watcher()
{
    for (auto& w : m_watched) {
        if (w->monitor)
            w->monitor->stop();
    }
}

void Watcher::setWebhook(WebhookSender* sender)
{
    if (m_webhook)
        m_webhook->deleteLater();
    m_webhook = sender;
    if (sender)
        sender->setParent(this);
}

void Watcher::addCluster(const ClusterSpec& spec, std::function<void(const QString& error)> done,
    std::function<void(ClusterServices&)> configure)
{
    auto watched = std::make_unique<Watched>();
    watched->services = std::make_unique<ClusterServices>(spec, m_secrets);
    if (configure)
        configure(*watched->services);
    watched->tracker = IncidentTracker(m_policy);
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
            connect(monitor, &ClusterMonitor::snapshotReady, this,
                [this, w](const ClusterSnapshot& s) { onSnapshot(w, s); });
            monitor->start();
            Q_EMIT monitorReady(cluster, monitor);
            done({});
        });
}

void Watcher::onSnapshot(Watched* w, const ClusterSnapshot& snapshot)
{
    Q_EMIT snapshotReady(snapshot);
    for (const Notification& n : w->tracker.feed(snapshot)) {
        Q_EMIT notification(n);
        if (m_webhook)
            m_webhook->send(notificationToJson(n));
    }
}

} // namespace pgpilot
