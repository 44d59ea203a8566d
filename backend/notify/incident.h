// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pgpilot {

// What is worth telling a person, and how often (issue 18, notifications).
struct NotifyPolicy
{
    // Alarms below this are not notified (they stay on the dashboard).
    Severity minSeverity = Severity::Warning;
    // An incident is announced this long after its first alarm, with every alarm seen by then: the
    // warnings that come a tick before a crash's critical alarms go out with them, in one message.
    // An incident over before it was announced is never told (neither opened nor resolved).
    int groupWaitSeconds = 1;
    // An incident closes (the "resolved" notification) only after this long without any alarm at
    // or above minSeverity: a node that flaps stays one incident, not a notification per flap.
    int clearHoldSeconds = 30;
    // A still-open incident is notified again after this long (0: never).
    int repeatSeconds = 4 * 3600;
};

// One message to send: an incident of one cluster opened, got worse, is still open after the
// repeat interval, or is over. It lists every alarm the incident has had, each firing or cleared.
struct Notification
{
    enum class State
    {
        Firing,
        Resolved
    };
    enum class Reason
    {
        Opened, // the first alarm at or above the policy's severity
        Escalated, // the incident's worst severity rose (warning -> critical)
        Repeat, // still open after the repeat interval
        Resolved // no alarm for clearHoldSeconds
    };
    struct Alert
    {
        QString key; // Alarm::key(): kind/node
        AlarmKind kind = AlarmKind::NoPrimary;
        QString node;
        Severity severity = Severity::Warning;
        bool firing = true;
        QString title;
        QString meaning;
        QString action;
        QDateTime since; // first seen in this incident
        QDateTime until; // cleared (empty while firing)
    };

    QString cluster;
    quint64 incident = 0; // per cluster, from 1
    State state = State::Firing;
    Reason reason = Reason::Opened;
    Severity severity = Severity::Warning; // the incident's worst so far
    QDateTime time; // of the snapshot that caused it
    QDateTime openedAt;
    QList<Alert> alerts;
};
QString toId(Notification::State state); // "firing", "resolved"
QString toId(Notification::Reason reason); // "opened", "escalated", "repeat", "resolved"

// Turns a cluster's snapshots, in order, into notifications: one open incident at a time per
// cluster, grouping every alarm raised while it is open. Pure: time comes from the snapshots.
class IncidentTracker
{
public:
    explicit IncidentTracker(NotifyPolicy policy = {})
        : m_policy(policy)
    { }

    // At most one notification per snapshot.
    QList<Notification> feed(const ClusterSnapshot& snapshot);
    bool isOpen() const { return m_open; }

private:
    Notification make(Notification::State state, Notification::Reason reason, const QDateTime& time) const;

    NotifyPolicy m_policy;
    QString m_cluster;
    bool m_open = false;
    bool m_announced = false;
    quint64 m_incident = 0;
    Severity m_worst = Severity::Warning;
    QDateTime m_openedAt;
    QDateTime m_lastSent;
    QDateTime m_quietSince; // no alarm since then (invalid while one fires)
    QList<Notification::Alert> m_alerts;
};

// The webhook's JSON body (docs/notifications.md has the schema). Version 1.
QJsonObject notificationToJson(const Notification& notification);

} // namespace pgpilot
