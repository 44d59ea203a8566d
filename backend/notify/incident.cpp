// SPDX-License-Identifier: GPL-3.0-or-later
#include "incident.h"

#include <QJsonArray>

#include <algorithm>

namespace pgpilot {

QString toId(Notification::State state)
{
    switch (state) {
    case Notification::State::Firing:
        return QStringLiteral("firing");
    case Notification::State::Resolved:
        return QStringLiteral("resolved");
    case Notification::State::Test:
        return QStringLiteral("test");
    }
    return {};
}

QString toId(Notification::Reason reason)
{
    switch (reason) {
    case Notification::Reason::Opened:
        return QStringLiteral("opened");
    case Notification::Reason::Escalated:
        return QStringLiteral("escalated");
    case Notification::Reason::Repeat:
        return QStringLiteral("repeat");
    case Notification::Reason::Resolved:
        return QStringLiteral("resolved");
    case Notification::Reason::Test:
        return QStringLiteral("test");
    }
    return {};
}

Notification makeTestNotification(const QString& cluster, const QDateTime& time)
{
    Notification n;
    n.cluster = cluster;
    n.incident = 0;
    n.state = Notification::State::Test;
    n.reason = Notification::Reason::Test;
    n.severity = Severity::Warning;
    n.time = time;
    n.openedAt = time;
    return n;
}

AlarmRule NotifyPolicy::rule(AlarmKind kind) const
{
    const auto it = rules.find(kind);
    return it == rules.end() ? AlarmRule {} : it->second;
}

Severity NotifyPolicy::effectiveSeverity(const Alarm& alarm) const
{
    return rule(alarm.kind).severity.value_or(alarm.severity);
}

bool NotifyPolicy::counts(const Alarm& alarm) const
{
    const AlarmRule r = rule(alarm.kind);
    if (r.muted)
        return false;
    const Severity threshold = r.minSeverity.value_or(minSeverity);
    return threshold == Severity::Warning || effectiveSeverity(alarm) == Severity::Critical;
}

int NotifyPolicy::repeatFor(AlarmKind kind) const
{
    return rule(kind).repeatSeconds.value_or(repeatSeconds);
}

// The shortest repeat interval among the kinds firing now: a critical kind repeated every 15
// minutes is not held back by a slow lag alarm beside it. 0 when none repeats.
int IncidentTracker::repeatSeconds() const
{
    int shortest = 0;
    for (const Notification::Alert& a : m_alerts) {
        const int r = a.firing ? m_policy.repeatFor(a.kind) : 0;
        if (r > 0 && (shortest == 0 || r < shortest))
            shortest = r;
    }
    return shortest;
}

Notification IncidentTracker::make(
    Notification::State state, Notification::Reason reason, const QDateTime& time) const
{
    Notification n;
    n.cluster = m_cluster;
    n.incident = m_incident;
    n.state = state;
    n.reason = reason;
    n.severity = m_worst;
    n.time = time;
    n.openedAt = m_openedAt;
    n.alerts = m_alerts;
    return n;
}

QList<Notification> IncidentTracker::feed(const ClusterSnapshot& snapshot)
{
    m_cluster = snapshot.cluster;
    const QDateTime now = snapshot.time;
    QList<const Alarm*> firing;
    for (const Alarm& a : snapshot.alarms) {
        if (m_policy.counts(a))
            firing << &a;
    }

    if (!m_open) {
        if (firing.isEmpty())
            return {};
        m_open = true;
        m_announced = false;
        ++m_incident;
        m_openedAt = now;
        m_alerts.clear();
    }

    // Every alarm of the incident: new ones added, cleared ones marked, returning ones firing again.
    QStringList firingKeys;
    Severity worstNow = Severity::Warning;
    for (const Alarm* a : std::as_const(firing)) {
        firingKeys << a->key();
        const Severity severity = m_policy.effectiveSeverity(*a);
        if (severity == Severity::Critical)
            worstNow = Severity::Critical;
        auto it = std::find_if(m_alerts.begin(), m_alerts.end(),
            [a](const Notification::Alert& x) { return x.key == a->key(); });
        if (it == m_alerts.end()) {
            Notification::Alert alert;
            alert.key = a->key();
            alert.kind = a->kind;
            alert.node = a->node;
            alert.since = now;
            m_alerts << alert;
            it = m_alerts.end() - 1;
        }
        it->severity = severity;
        it->firing = true;
        it->until = QDateTime();
        it->title = a->title;
        it->meaning = a->meaning;
        it->action = a->action;
    }
    for (Notification::Alert& alert : m_alerts) {
        if (alert.firing && !firingKeys.contains(alert.key)) {
            alert.firing = false;
            alert.until = now;
        }
    }

    if (firing.isEmpty()) {
        if (!m_quietSince.isValid())
            m_quietSince = now;
        if (m_quietSince.secsTo(now) < m_policy.clearHoldSeconds)
            return {};
        m_open = false;
        m_quietSince = QDateTime();
        if (!m_announced) // over before anyone was told
            return {};
        const Notification resolved
            = make(Notification::State::Resolved, Notification::Reason::Resolved, now);
        m_lastSent = now;
        return {resolved};
    }
    m_quietSince = QDateTime();

    if (!m_announced) {
        const bool atOnce = m_policy.criticalAtOnce && worstNow == Severity::Critical;
        if (!atOnce && m_openedAt.secsTo(now) < m_policy.groupWaitSeconds)
            return {};
        // Announced with the worst alarm the incident has had so far, cleared ones included.
        m_worst = worstNow;
        for (const Notification::Alert& a : std::as_const(m_alerts)) {
            if (a.severity == Severity::Critical)
                m_worst = Severity::Critical;
        }
        m_announced = true;
        m_lastSent = now;
        return {make(Notification::State::Firing, Notification::Reason::Opened, now)};
    }
    if (worstNow == Severity::Critical && m_worst == Severity::Warning) {
        m_worst = Severity::Critical;
        m_lastSent = now;
        return {make(Notification::State::Firing, Notification::Reason::Escalated, now)};
    }
    if (const int repeat = repeatSeconds(); repeat > 0 && m_lastSent.secsTo(now) >= repeat) {
        m_lastSent = now;
        return {make(Notification::State::Firing, Notification::Reason::Repeat, now)};
    }
    return {};
}

QJsonObject notificationToJson(const Notification& n)
{
    QJsonArray alerts;
    for (const Notification::Alert& a : n.alerts) {
        QJsonObject o {{QStringLiteral("kind"), toId(a.kind)}, {QStringLiteral("node"), a.node},
            {QStringLiteral("severity"), toId(a.severity)},
            {QStringLiteral("state"), a.firing ? QStringLiteral("firing") : QStringLiteral("resolved")},
            {QStringLiteral("title"), a.title}, {QStringLiteral("meaning"), a.meaning},
            {QStringLiteral("action"), a.action},
            {QStringLiteral("since"), a.since.toUTC().toString(Qt::ISODateWithMs)}};
        if (a.until.isValid())
            o.insert(QStringLiteral("until"), a.until.toUTC().toString(Qt::ISODateWithMs));
        alerts.append(o);
    }
    return {{QStringLiteral("version"), 1}, {QStringLiteral("source"), QStringLiteral("pgpilot")},
        {QStringLiteral("cluster"), n.cluster}, {QStringLiteral("incident"), QString::number(n.incident)},
        {QStringLiteral("state"), toId(n.state)}, {QStringLiteral("reason"), toId(n.reason)},
        {QStringLiteral("severity"), toId(n.severity)},
        {QStringLiteral("time"), n.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("opened_at"), n.openedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("alerts"), alerts}};
}

} // namespace pgpilot
