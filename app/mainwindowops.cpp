// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow and the ops room (issue 18): the history on disk of the cluster the dashboard
// watches, what happened while the window was closed, and the notifications.
#include "clusterdashboard.h"
#include "core/settings.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "history/whileclosed.h"
#include "mainwindow.h"
#include "monitor/clustermonitor.h"
#include "notificationsdialog.h"
#include "notify/dispatcher.h"
#include "notify/notifyconfig.h"

#include <QStatusBar>
#include <QThread>

#include <memory>

namespace pgpilot {

void MainWindow::startWatching(ClusterMonitor* monitor)
{
    const QString cluster = monitor->cluster();
    showWhileClosed(cluster);
    m_history = new HistoryRecorder(cluster, {}, this);
    m_history->attach(monitor);
    if (!m_history->start()) {
        // Someone else records it (a `pgpilot watch` service, another window): it also notifies.
        statusBar()->showMessage(
            tr("History and notifications of %1: %2").arg(cluster, m_history->problem()));
        return;
    }
    connect(m_history, &HistoryRecorder::failed, this, [this, cluster](const QString& problem) {
        statusBar()->showMessage(tr("The history of %1 stopped: %2").arg(cluster, problem));
    });
    m_notifier = new NotifyDispatcher(this);
    const NotifyConfigLoad loaded = loadNotifyConfig(defaultNotifyConfigPath());
    if (loaded.config) {
        m_notifier->configure(*loaded.config, m_secrets, [this](const QList<ChannelProblem>& problems) {
            for (const ChannelProblem& p : problems)
                statusBar()->showMessage(tr("Notifications: %1: %2").arg(p.channel, p.text));
        });
    } else if (!loaded.issues.isEmpty()) {
        statusBar()->showMessage(tr("Notifications are off: %1 (Settings \u2192 Notifications)")
                                     .arg(loaded.issues.first().text()));
    }
    connect(monitor, &ClusterMonitor::snapshotReady, m_notifier, &NotifyDispatcher::feed);
}

void MainWindow::stopWatching()
{
    if (m_history) {
        // What happened from now on is "while closed" the next time.
        QVariantMap seen = m_settings->value(setting::HistoryLastSeen).toMap();
        seen.insert(m_history->cluster(), QDateTime::currentDateTimeUtc());
        m_settings->setValue(setting::HistoryLastSeen, seen);
    }
    delete m_notifier;
    m_notifier = nullptr;
    delete m_history; // writes "stopped"
    m_history = nullptr;
}

void MainWindow::showWhileClosed(const QString& cluster)
{
    const QDateTime lastSeen
        = m_settings->value(setting::HistoryLastSeen).toMap().value(cluster).toDateTime();
    if (!lastSeen.isValid()) {
        m_dashboard->showWhileClosed({}, {});
        return;
    }
    // Up to 30 days of history are read: on a thread of its own, not the GUI's. The result is
    // shown only if the dashboard still shows that cluster.
    auto result = std::make_shared<WhileClosed>();
    QThread* worker = QThread::create([result, cluster, lastSeen] {
        *result = whileClosed(HistoryReader(cluster), lastSeen, QDateTime::currentDateTimeUtc());
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result, cluster] {
        if (m_monitor && m_monitor->cluster() == cluster)
            m_dashboard->showWhileClosed(result->text, result->events);
    });
    worker->start();
}

void MainWindow::editNotifications()
{
    auto* dialog = new NotificationsDialog(m_secrets, defaultNotifyConfigPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_monitor)
        dialog->setTestCluster(m_monitor->cluster());
    connect(dialog, &NotificationsDialog::saved, this, [this](const NotifyConfig& config) {
        if (!m_notifier)
            return; // the window does not notify now; the file is read when it does
        m_notifier->configure(config, m_secrets, [this](const QList<ChannelProblem>& problems) {
            for (const ChannelProblem& p : problems)
                statusBar()->showMessage(tr("Notifications: %1: %2").arg(p.channel, p.text));
        });
    });
    dialog->open();
}

bool MainWindow::wallSound() const
{
    return m_settings->value(setting::WallSound).toBool();
}

} // namespace pgpilot
