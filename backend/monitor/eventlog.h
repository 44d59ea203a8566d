// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace pgpilot {

// One line of the dashboard's timeline.
struct ClusterEvent
{
    enum class Kind
    {
        RoleChange,
        VipMove,
        AlarmRaised,
        AlarmCleared,
        Operation, // switchover, rejoin, fence ... recorded by whoever runs them
        Repmgr // a new row in repmgr.events, or a line of a node's repmgr event file (nodeevents.h)
    };
    QDateTime time;
    Kind kind = Kind::RoleChange;
    QString node; // empty: the cluster
    QString text;
    Severity severity = Severity::Warning; // alarms; others are informational

    bool operator==(const ClusterEvent&) const = default;
};
QString toId(ClusterEvent::Kind kind);

// What changed between two consecutive snapshots (previous may be empty for the first tick:
// then only the alarms already present are reported as raised). reportedRepmgr: the repmgr events
// already on the timeline (repmgrEventKey), from either source; those are not reported again and
// the new ones are added.
QList<ClusterEvent> diffSnapshots(
    const ClusterSnapshot& previous, const ClusterSnapshot& next, QSet<QString>* reportedRepmgr = nullptr);

// The timeline: bounded, oldest dropped first, exportable.
class EventLog
{
public:
    explicit EventLog(int capacity = 5000)
        : m_capacity(capacity)
    { }

    // Returns how many of the oldest events were dropped to make room.
    int append(const QList<ClusterEvent>& events);
    const QList<ClusterEvent>& events() const { return m_events; }
    quint64 totalAppended() const { return m_total; }

    static QString toText(const QList<ClusterEvent>& events);
    static QByteArray toCsv(const QList<ClusterEvent>& events); // RFC 4180, UTF-8, header line

private:
    int m_capacity;
    QList<ClusterEvent> m_events;
    quint64 m_total = 0;
};

} // namespace pgpilot

Q_DECLARE_METATYPE(pgpilot::ClusterEvent)
