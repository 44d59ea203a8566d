// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/job.h"
#include "runbook/runbook.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace pgpilot {

// The steps of one phase with a state per node: one row per step, the columns are the step's
// title, one per node and the time the step took. The states are kept as data; their text (a
// mark and a word, so they read without colour too) and colour follow from them. A phase
// without steps shows one row saying it only checks.
class PhaseStepModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class State
    {
        NotOnNode, // the step has no work on this node
        Pending,
        Running,
        Done,
        AlreadyDone, // the node already was as the step wants it
        DoneEarlier, // saved progress of an earlier run
        Failed,
        Cancelled
    };
    static constexpr int StateRole = Qt::UserRole + 1; // the State of a node cell, as an int

    PhaseStepModel(const Phase& phase, const QStringList& nodes, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    int nodeColumn(const QString& node) const; // -1 for an unknown node
    int timeColumn() const { return int(m_nodes.size()) + 1; }
    QModelIndex stepIndex(const QString& stepId, int column = 0) const; // invalid for an unknown step
    // How many step-node cells have work: what the progress bar counts.
    int workCount() const;

    State state(const QString& stepId, const QString& node) const;
    // Ignored for an unknown step or node and for a cell without work.
    void setState(const QString& stepId, const QString& node, State state);
    void setFinished(const QString& stepId, const QString& node, const NodeStepResult& result);
    // Every cell with work back to pending (the phase runs again from its start).
    void resetToPending();

    static State state(NodeStepResult::Status status);
    static QString stateText(State state);
    // Lighter shades on a dark palette, so the states stay readable there too.
    static QColor stateColour(State state, bool dark);

private:
    struct Row
    {
        QString id;
        QString title;
        QList<State> states; // one per node
        qint64 durationMs = -1; // -1: not finished yet
    };
    void changed(int row, int firstColumn, int lastColumn);

    QStringList m_nodes;
    bool m_checksOnly = false;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace pgpilot
