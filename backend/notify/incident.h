// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace pgpilot {

// How one kind of alarm is notified, over the policy's defaults (docs/notifications.md, "Per-alarm
// rules"). Unset fields take the policy's value.
struct AlarmRule
{
    bool muted = false; // never notified (it stays on the dashboard)
    std::optional<Severity> minSeverity; // this kind counts from this severity on
    std::optional<int> repeatSeconds; // an open incident with this kind firing repeats this often
    std::optional<Severity> severity; // notified as this severity whatever the monitor said

    bool isDefault() const { return !muted && !minSeverity && !repeatSeconds && !severity; }
    bool operator==(const AlarmRule&) const = default;
};

// What is worth telling a person, and how often (issue 18, notifications).
struct NotifyPolicy
{
    // Alarms below this are not notified (they stay on the dashboard).
    Severity minSeverity = Severity::Warning;
    // An incident is announced this long after its first alarm, with every alarm seen by then: the
    // warnings that come a tick before a crash's critical alarms go out with them, in one message.
    // An incident over before it was announced is never told (neither opened nor resolved).
    int groupWaitSeconds = 1;
    // An incident whose first alarms include a critical one is announced at once, without the
    // group wait (the warnings of the next tick join it silently): a crashed primary reaches
    // people a tick sooner. False: critical alarms wait too (pgpilot before session 16).
    bool criticalAtOnce = true;
    // An incident closes (the "resolved" notification) only after this long without any alarm at
    // or above minSeverity: a node that flaps stays one incident, not a notification per flap.
    int clearHoldSeconds = 30;
    // A still-open incident is notified again after this long (0: never).
    int repeatSeconds = 4 * 3600;
    // Per alarm kind; a kind not in it follows the values above. Grouping stays per cluster: the
    // rules decide which alarms count and at what severity, never split an incident.
    std::map<AlarmKind, AlarmRule> rules;

    AlarmRule rule(AlarmKind kind) const;
    // The severity alarm is notified with, and whether it counts at all (not muted, at or above
    // its kind's threshold).
    Severity effectiveSeverity(const Alarm& alarm) const;
    bool counts(const Alarm& alarm) const;
    // The repeat interval of kind (0: never).
    int repeatFor(AlarmKind kind) const;
    bool operator==(const NotifyPolicy&) const = default;
};

// One message to send: an incident of one cluster opened, got worse, is still open after the
// repeat interval, or is over. It lists every alarm the incident has had, each firing or cleared.
struct Notification
{
    enum class State
    {
        Firing,
        Resolved,
        Test // sent by hand to check a channel (makeTestNotification); no alerts
    };
    enum class Reason
    {
        Opened, // the first alarm at or above the policy's severity
        Escalated, // the incident's worst severity rose (warning -> critical)
        Repeat, // still open after the repeat interval
        Resolved, // no alarm for clearHoldSeconds
        Test
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
QString toId(Notification::State state); // "firing", "resolved", "test"
QString toId(Notification::Reason reason); // "opened", "escalated", "repeat", "resolved", "test"

// A notification that only says it is a test (state and reason "test", incident 0, severity
// warning, no alerts), for the test button and pgpilot watch --test.
Notification makeTestNotification(const QString& cluster, const QDateTime& time);

// Turns a cluster's snapshots, in order, into notifications: one open incident at a time per
// cluster, grouping every alarm raised while it is open. Pure: time comes from the snapshots.
class IncidentTracker
{
public:
    explicit IncidentTracker(NotifyPolicy policy = {})
        : m_policy(policy)
    { }

    // A new policy from the next snapshot on; an open incident stays open.
    void setPolicy(const NotifyPolicy& policy) { m_policy = policy; }

    // At most one notification per snapshot.
    QList<Notification> feed(const ClusterSnapshot& snapshot);
    bool isOpen() const { return m_open; }

private:
    Notification make(Notification::State state, Notification::Reason reason, const QDateTime& time) const;
    int repeatSeconds() const; // of the alarms firing now

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
