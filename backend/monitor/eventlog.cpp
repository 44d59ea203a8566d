// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog.h"

#include "nodeevents.h"
#include "scheduletext.h"

#include <QCoreApplication>
#include <QSet>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::EventLog", text);
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString toId(ClusterEvent::Kind kind)
{
    switch (kind) {
    case ClusterEvent::Kind::RoleChange:
        return QStringLiteral("role");
    case ClusterEvent::Kind::VipMove:
        return QStringLiteral("vip");
    case ClusterEvent::Kind::AlarmRaised:
        return QStringLiteral("alarm-raised");
    case ClusterEvent::Kind::AlarmCleared:
        return QStringLiteral("alarm-cleared");
    case ClusterEvent::Kind::Operation:
        return QStringLiteral("operation");
    case ClusterEvent::Kind::Repmgr:
        return QStringLiteral("repmgr");
    }
    return QStringLiteral("unknown");
}

QList<ClusterEvent> diffSnapshots(
    const ClusterSnapshot& previous, const ClusterSnapshot& next, QSet<QString>* reportedRepmgr)
{
    QList<ClusterEvent> events;
    const QDateTime time = next.time;
    for (const auto& node : next.nodes) {
        const NodeSnapshot* before = previous.node(node.name);
        const NodeState was = before ? before->state : NodeState::Unknown;
        if (node.state != was && node.state != NodeState::Unknown) {
            events.append({time, ClusterEvent::Kind::RoleChange, node.name,
                was == NodeState::Unknown
                    ? tr("%1 is %2").arg(node.name, toId(node.state))
                    : tr("%1: %2 \u2192 %3").arg(node.name, toId(was), toId(node.state)),
                Severity::Warning});
        }
    }
    if (previous.vipHolder != next.vipHolder && !(previous.nodes.isEmpty() && next.vipHolder.isEmpty())) {
        QString text;
        if (next.vipHolder.isEmpty())
            text = tr("VIP left %1").arg(previous.vipHolder);
        else if (previous.vipHolder.isEmpty())
            text = tr("VIP on %1").arg(next.vipHolder);
        else
            text = tr("VIP moved %1 \u2192 %2").arg(previous.vipHolder, next.vipHolder);
        events.append({time, ClusterEvent::Kind::VipMove, next.vipHolder, text, Severity::Warning});
    }
    QSet<QString> before;
    for (const auto& alarm : previous.alarms)
        before.insert(alarm.key());
    QSet<QString> now;
    for (const auto& alarm : next.alarms) {
        now.insert(alarm.key());
        if (!before.contains(alarm.key()))
            events.append({time, ClusterEvent::Kind::AlarmRaised, alarm.node, alarm.title, alarm.severity});
    }
    for (const auto& alarm : previous.alarms) {
        if (!now.contains(alarm.key()))
            events.append({time, ClusterEvent::Kind::AlarmCleared, alarm.node,
                tr("cleared: %1").arg(alarm.title), alarm.severity});
    }
    // Scheduled operations (issue 20) that finished since the previous snapshot: their result.
    for (const auto& op : next.scheduled) {
        if (!op.finished())
            continue;
        for (const auto& was : previous.scheduled) {
            if (was.id == op.id && !was.finished()) {
                events.append({time, ClusterEvent::Kind::Operation, op.node, scheduledResultText(op),
                    op.state == QLatin1String("failed") ? Severity::Critical : Severity::Warning});
                break;
            }
        }
    }
    // repmgr events: rows newer than the newest the previous snapshot had, from any node.
    QDateTime newestBefore;
    for (const auto& node : previous.nodes) {
        for (const auto& e : node.pg.repmgrEvents) {
            if (!newestBefore.isValid() || e.timestamp > newestBefore)
                newestBefore = e.timestamp;
        }
    }
    if (!previous.nodes.isEmpty()) {
        QSet<QString> seen;
        for (const auto& node : next.nodes) {
            for (const auto& e : node.pg.repmgrEvents) {
                if (!e.timestamp.isValid() || (newestBefore.isValid() && !(e.timestamp > newestBefore)))
                    continue; // the usual case: nothing new; no text made for it
                const QString id
                    = QString::number(e.nodeId) + e.event + e.timestamp.toString(Qt::ISODateWithMs);
                if (!seen.contains(id)) {
                    seen.insert(id);
                    if (reportedRepmgr) {
                        const QString key = repmgrEventKey(e.nodeId, e.event, e.timestamp);
                        if (reportedRepmgr->contains(key))
                            continue; // a node's event file had it first
                        reportedRepmgr->insert(key);
                    }
                    events.append({e.timestamp.toUTC(), ClusterEvent::Kind::Repmgr, QString(),
                        tr("repmgr: %1 on node %2%3: %4")
                            .arg(e.event)
                            .arg(e.nodeId)
                            .arg(e.successful ? QString() : tr(" (failed)"), e.details),
                        Severity::Warning});
                }
            }
        }
    }
    return events;
}

int EventLog::append(const QList<ClusterEvent>& events)
{
    m_events.append(events);
    m_total += quint64(events.size());
    const int excess = int(m_events.size()) - m_capacity;
    if (excess > 0) {
        m_events.remove(0, excess);
        return excess;
    }
    return 0;
}

QString EventLog::toText(const QList<ClusterEvent>& events)
{
    QString text;
    for (const auto& e : events) {
        text += e.time.toUTC().toString(Qt::ISODate) + QLatin1Char(' ') + toId(e.kind).leftJustified(13)
            + QLatin1Char(' ') + (e.node.isEmpty() ? QStringLiteral("-") : e.node).leftJustified(8)
            + QLatin1Char(' ') + e.text + QLatin1Char('\n');
    }
    return text;
}

QByteArray EventLog::toCsv(const QList<ClusterEvent>& events)
{
    QString csv = QStringLiteral("time,kind,node,severity,text\r\n");
    for (const auto& e : events) {
        csv += e.time.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(',') + toId(e.kind) + QLatin1Char(',')
            + csvField(e.node) + QLatin1Char(',') + toId(e.severity) + QLatin1Char(',') + csvField(e.text)
            + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

} // namespace pgpilot
