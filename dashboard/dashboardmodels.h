// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/eventlog.h"
#include "monitor/snapshot.h"
#include "rolestyle.h"

#include <QAbstractTableModel>

namespace pgpilot {

DisplayRole displayRole(NodeState state);

// One row per node of the latest snapshot. setSnapshot() merges: rows are matched by node name,
// changed cells get dataChanged, only added or removed nodes insert or remove rows.
class NodeStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Address,
        Role,
        Health,
        Lag,
        Sync,
        Timeline,
        Vip,
        Haproxy,
        ColumnCount
    };
    enum Roles
    {
        NodeNameRole = Qt::UserRole + 1,
        StateRole // NodeState as int
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSnapshot(const ClusterSnapshot& snapshot);
    const ClusterSnapshot& snapshot() const { return m_snapshot; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const NodeSnapshot& node, int column) const;
    ClusterSnapshot m_snapshot;
};

// The current alarms, most severe first; merged by Alarm::key().
class AlarmModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Severity,
        Node,
        Title,
        Action,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setAlarms(const QList<Alarm>& alarms);
    const QList<Alarm>& alarms() const { return m_alarms; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Alarm> m_alarms;
};

// The timeline: events appended at the bottom; the oldest leave at the top beyond capacity.
class EventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Kind,
        Node,
        Text,
        ColumnCount
    };
    explicit EventModel(int capacity = 5000, QObject* parent = nullptr);

    void append(const QList<ClusterEvent>& events);
    void clear();
    const QList<ClusterEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_capacity;
    QList<ClusterEvent> m_events;
};

} // namespace pgpilot
