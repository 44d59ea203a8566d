// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channel.h"
#include "incident.h"
#include "notifyconfig.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

namespace pgpilot {

class SecretStore;

// A channel the configuration names that cannot work as set up (its secret missing, no bus).
struct ChannelProblem
{
    QString channel; // "webhook", "smtp", "desktop"
    QString text;
};

// Turns snapshots into notifications (an IncidentTracker per cluster, on the policy) and sends
// each to every channel (webhook, e-mail, desktop), reporting each delivery. The window feeds it
// its monitors' snapshots; pgpilot watch through its Watcher.
class NotifyDispatcher : public QObject
{
    Q_OBJECT
public:
    explicit NotifyDispatcher(QObject* parent = nullptr);

    // The policy for clusters seen from now on, and for the trackers already running (their open
    // incidents stay open: a changed policy never resolves or re-announces one).
    void setPolicy(const NotifyPolicy& policy);
    const NotifyPolicy& policy() const { return m_policy; }

    void addChannel(NotifyChannel* channel); // taken over
    void clearChannels();
    QList<NotifyChannel*> channels() const;

    // Builds the channels config names, reading its secrets (webhook url_secret, SMTP
    // password_secret) from secrets, replaces the current ones and sets the policy; done() gets
    // what could not be set up (the others work). A webhook or e-mail channel with a problem is
    // left out; the desktop one is kept without a session bus (each message then fails saying so).
    void configure(const NotifyConfig& config, SecretStore* secrets,
        std::function<void(const QList<pgpilot::ChannelProblem>& problems)> done);

    // The snapshot's tracker (one per cluster) decides; every notification goes to every channel.
    void feed(const ClusterSnapshot& snapshot);
    // Sends notification to every channel now (no tracker).
    void dispatch(const Notification& notification);
    // A test notification (makeTestNotification) to every channel; testResult() for each and
    // testFinished() once all answered. Returns how many channels it went to (0: testFinished
    // comes with allDelivered false at once).
    int sendTest(const QString& cluster);

    int pending() const;
    // The webhook and e-mail channels now set up try each message at most attempts times (the
    // settings' test button shows the first attempt's result, not one a minute later).
    void limitAttempts(int attempts);

Q_SIGNALS:
    void notification(const pgpilot::Notification& notification);
    void delivered(const QString& channel, const QString& detail);
    void failed(const QString& channel, const QString& error);
    void testResult(const QString& channel, bool delivered, const QString& detail);
    void testFinished(bool allDelivered);

private:
    void watch(NotifyChannel* channel);

    NotifyPolicy m_policy;
    QList<QPointer<NotifyChannel>> m_channels;
    std::map<QString, IncidentTracker> m_trackers;
    // Test deliveries waiting for their answer: channel -> id.
    QHash<NotifyChannel*, quint64> m_tests;
    bool m_testsOk = true;
    quint64 m_generation = 0; // of configure(): a late secret never adds to a newer setup
};

} // namespace pgpilot
