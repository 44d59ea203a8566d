// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardmodels.h"

#include "monitor/snapshottext.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>

namespace pgpilot {

DisplayRole displayRole(NodeState state)
{
    switch (state) {
    case NodeState::Primary:
        return DisplayRole::Primary;
    case NodeState::Standby:
        return DisplayRole::Standby;
    case NodeState::Down:
        return DisplayRole::Down;
    case NodeState::Fenced:
        return DisplayRole::Fenced;
    case NodeState::Unknown:
        break;
    }
    return DisplayRole::Unknown;
}

namespace {

QColor severityColor(pgpilot::Severity severity)
{
    return severity == pgpilot::Severity::Critical ? QColor(0xb0, 0x00, 0x20) : QColor(0xff, 0xc1, 0x07);
}

QString severityText(pgpilot::Severity severity)
{
    return severity == pgpilot::Severity::Critical
        ? QCoreApplication::translate("pgpilot::Dashboard", "\u26a0 CRITICAL")
        : QCoreApplication::translate("pgpilot::Dashboard", "\u25b2 warning");
}

} // namespace

// ---- NodeStatusModel

void NodeStatusModel::setSnapshot(const ClusterSnapshot& snapshot)
{
    const ClusterSnapshot old = m_snapshot;
    // Remove nodes that left (from the bottom so indexes stay valid).
    for (int row = int(m_snapshot.nodes.size()) - 1; row >= 0; --row) {
        if (!snapshot.node(m_snapshot.nodes.at(row).name)) {
            beginRemoveRows({}, row, row);
            m_snapshot.nodes.removeAt(row);
            endRemoveRows();
        }
    }
    // Update or append in the new order of appearance (existing rows keep their place).
    for (const auto& node : snapshot.nodes) {
        int row = -1;
        for (int i = 0; i < m_snapshot.nodes.size(); ++i) {
            if (m_snapshot.nodes.at(i).name == node.name)
                row = i;
        }
        if (row < 0) {
            const int at = int(m_snapshot.nodes.size());
            beginInsertRows({}, at, at);
            m_snapshot.nodes.append(node);
            endInsertRows();
        }
    }
    // Everything else of the snapshot (routing, alarms) without touching the rows' order.
    QList<NodeSnapshot> rows = m_snapshot.nodes;
    for (auto& row : rows)
        row = *snapshot.node(row.name);
    ClusterSnapshot next = snapshot;
    next.nodes = rows;
    m_snapshot = next;
    for (int row = 0; row < m_snapshot.nodes.size(); ++row) {
        const NodeSnapshot* before = old.node(m_snapshot.nodes.at(row).name);
        bool changed = !before;
        for (int c = 0; !changed && c < ColumnCount; ++c)
            changed = cellText(*before, c) != cellText(m_snapshot.nodes.at(row), c);
        changed = changed || (before && before->state != m_snapshot.nodes.at(row).state)
            || old.writeTarget != m_snapshot.writeTarget || old.vipHolder != m_snapshot.vipHolder;
        if (changed)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int NodeStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.nodes.size());
}

int NodeStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NodeStatusModel::cellText(const NodeSnapshot& node, int column) const
{
    switch (column) {
    case Name:
        return node.name;
    case Address:
        return node.address;
    case Role: {
        const RoleStyle style = roleStyle(displayRole(node.state));
        return style.glyph + QLatin1Char(' ') + style.label;
    }
    case Health:
        return healthText(node);
    case Lag:
        return lagText(node);
    case Sync:
        return syncStateText(node);
    case Timeline:
        return timelineText(node);
    case Vip:
        if (!node.vip.polled)
            return QStringLiteral("\u2014");
        if (!node.vip.known)
            return tr("? (%1)").arg(node.vip.error);
        return node.vip.holds ? tr("\u25c6 VIP") : QString();
    case Haproxy:
        return haproxyText(node) + QStringLiteral(" \u00b7 ") + routingText(m_snapshot, node.name);
    }
    return {};
}

QVariant NodeStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeSnapshot& node = m_snapshot.nodes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Role && !node.pg.error.isEmpty())
            return node.pg.error;
        if (index.column() == Health && !node.health.error.isEmpty())
            return node.health.error;
        if (index.column() == Haproxy && !node.haproxy.error.isEmpty())
            return node.haproxy.error;
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Role)
            return QBrush(roleStyle(displayRole(node.state)).background);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Role)
            return QBrush(roleStyle(displayRole(node.state)).foreground);
        return {};
    case NodeNameRole:
        return node.name;
    case StateRole:
        return int(node.state);
    }
    return {};
}

QVariant NodeStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Node");
    case Address:
        return tr("Address");
    case Role:
        return tr("Role");
    case Health:
        return tr("Health check");
    case Lag:
        return tr("Lag");
    case Sync:
        return tr("Sync state");
    case Timeline:
        return tr("Timeline");
    case Vip:
        return tr("VIP");
    case Haproxy:
        return tr("HAProxy");
    }
    return {};
}

// ---- AlarmModel

void AlarmModel::setAlarms(const QList<Alarm>& alarms)
{
    // Remove alarms that cleared.
    for (int row = int(m_alarms.size()) - 1; row >= 0; --row) {
        const QString key = m_alarms.at(row).key();
        const bool still
            = std::any_of(alarms.cbegin(), alarms.cend(), [&key](const Alarm& a) { return a.key() == key; });
        if (!still) {
            beginRemoveRows({}, row, row);
            m_alarms.removeAt(row);
            endRemoveRows();
        }
    }
    // Update the ones that stay, insert new ones where the new list has them.
    for (int i = 0; i < alarms.size(); ++i) {
        const Alarm& alarm = alarms.at(i);
        int row = -1;
        for (int j = 0; j < m_alarms.size(); ++j) {
            if (m_alarms.at(j).key() == alarm.key())
                row = j;
        }
        if (row < 0) {
            const int at = qMin(i, int(m_alarms.size()));
            beginInsertRows({}, at, at);
            m_alarms.insert(at, alarm);
            endInsertRows();
        } else if (!(m_alarms.at(row) == alarm)) {
            m_alarms[row] = alarm;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int AlarmModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alarms.size());
}

int AlarmModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alarm& alarm = m_alarms.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Severity:
            return severityText(alarm.severity);
        case Node:
            return alarm.node;
        case Title:
            return alarm.title;
        case Action:
            return alarm.action;
        }
    } else if (role == Qt::ToolTipRole) {
        return alarm.meaning + QLatin1Char('\n') + alarm.action;
    } else if (role == Qt::BackgroundRole && index.column() == Severity) {
        return QBrush(severityColor(alarm.severity));
    } else if (role == Qt::ForegroundRole && index.column() == Severity) {
        return QBrush(alarm.severity == pgpilot::Severity::Critical ? QColor(Qt::white) : QColor(Qt::black));
    }
    return {};
}

QVariant AlarmModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Node:
        return tr("Node");
    case Title:
        return tr("Alarm");
    case Action:
        return tr("What to do");
    }
    return {};
}

// ---- EventModel

EventModel::EventModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(capacity)
{ }

void EventModel::append(const QList<ClusterEvent>& events)
{
    if (events.isEmpty())
        return;
    const int excess = int(m_events.size() + events.size()) - m_capacity;
    if (excess > 0) {
        const int drop = qMin(excess, int(m_events.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_events.remove(0, drop);
            endRemoveRows();
        }
    }
    QList<ClusterEvent> add = events;
    if (add.size() > m_capacity)
        add = add.mid(add.size() - m_capacity);
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(add.size()) - 1);
    m_events.append(add);
    endInsertRows();
}

void EventModel::clear()
{
    if (m_events.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_events.size()) - 1);
    m_events.clear();
    endRemoveRows();
}

int EventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterEvent& e = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Kind:
            switch (e.kind) {
            case ClusterEvent::Kind::RoleChange:
                return tr("role");
            case ClusterEvent::Kind::VipMove:
                return tr("VIP");
            case ClusterEvent::Kind::AlarmRaised:
                return tr("\u26a0 alarm");
            case ClusterEvent::Kind::AlarmCleared:
                return tr("\u2714 cleared");
            case ClusterEvent::Kind::Operation:
                return tr("operation");
            case ClusterEvent::Kind::Repmgr:
                return tr("repmgr");
            }
            return {};
        case Node:
            return e.node;
        case Text:
            return e.text;
        }
    } else if (role == Qt::ForegroundRole && e.kind == ClusterEvent::Kind::AlarmRaised
        && e.severity == pgpilot::Severity::Critical) {
        return QBrush(QColor(0xb0, 0x00, 0x20));
    } else if (role == Qt::FontRole && e.kind == ClusterEvent::Kind::AlarmRaised) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Kind:
        return tr("Event");
    case Node:
        return tr("Node");
    case Text:
        return tr("What happened");
    }
    return {};
}

} // namespace pgpilot
