// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"
#include "cluster/specvalidator.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pgpilot {

// The worksheet's node rows. Edits go straight into NodeSpec values; validation issues for a
// cell are shown as a warning icon, a tint and a tooltip (so they read without colour too).
class NodeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Address,
        Role,
        Interface,
        SshUser,
        SshPort,
        Auth,
        Sudo,
        KeyFile,
        HostKey,
        ColumnCount
    };

    explicit NodeTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const QList<NodeSpec>& nodes() const { return m_nodes; }
    void setNodes(const QList<NodeSpec>& nodes);
    void appendNode(const NodeSpec& node);
    void removeNodeAt(int row);

    // Takes the issues whose field is nodes[i].<column>; returns the ones that are about rows.
    void setIssues(const ValidationIssues& issues);

    // Choices offered by the editors of enum columns.
    static QStringList choices(int column);
    // The translated label of a choice id ("primary", "key", "nopasswd", ...); unknown ids unchanged.
    static QString choiceLabel(const QString& id);
    static QString fieldName(int column); // "name", "ssh.user", ...

Q_SIGNALS:
    void nodesEdited();

private:
    QList<NodeSpec> m_nodes;
    QHash<QPair<int, int>, QStringList> m_cellIssues;
};

} // namespace pgpilot
