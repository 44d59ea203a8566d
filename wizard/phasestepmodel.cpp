// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasestepmodel.h"

#include "darkpalette.h"

#include <QBrush>
#include <QCoreApplication>

namespace pgpilot {

// The texts keep the phase page's translation context, under which the catalogues have them.

PhaseStepModel::PhaseStepModel(const Phase& phase, const QStringList& nodes, QObject* parent)
    : QAbstractTableModel(parent)
    , m_nodes(nodes)
    , m_checksOnly(phase.steps.isEmpty())
{
    for (const Step& step : phase.steps) {
        Row row;
        row.id = step.id;
        row.title = step.title;
        for (const QString& n : nodes) {
            bool onNode = false;
            for (const NodeWork& w : step.work)
                onNode = onNode || w.node == n;
            row.states << (onNode ? State::Pending : State::NotOnNode);
        }
        m_rowOf.insert(step.id, int(m_rows.size()));
        m_rows << row;
    }
}

int PhaseStepModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_checksOnly ? 1 : int(m_rows.size());
}

int PhaseStepModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size()) + 2;
}

QVariant PhaseStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return QCoreApplication::translate("pgpilot::PhasePage", "Step");
    if (section == timeColumn())
        return QCoreApplication::translate("pgpilot::PhasePage", "Time");
    return m_nodes.value(section - 1);
}

Qt::ItemFlags PhaseStepModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled : Qt::NoItemFlags;
}

QVariant PhaseStepModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    if (m_checksOnly) {
        return column == 0 && role == Qt::DisplayRole ? QCoreApplication::translate(
                   "pgpilot::PhasePage", "This phase only checks; it changes nothing on the nodes.")
                                                      : QVariant();
    }
    const Row& row = m_rows.at(index.row());
    if (column == 0) {
        if (role == Qt::DisplayRole)
            return row.title;
        if (role == Qt::ToolTipRole)
            return row.id;
        return {};
    }
    if (column == timeColumn()) {
        if (role == Qt::DisplayRole && row.durationMs >= 0)
            return QStringLiteral("%1 s").arg(row.durationMs / 1000.0, 0, 'f', 1);
        return {};
    }
    const State s = row.states.at(column - 1);
    switch (role) {
    case Qt::DisplayRole:
        return stateText(s);
    case Qt::ForegroundRole:
        return QBrush(stateColour(s, isDarkPalette(QPalette::Base)));
    case StateRole:
        return int(s);
    default:
        return {};
    }
}

int PhaseStepModel::nodeColumn(const QString& node) const
{
    const int i = int(m_nodes.indexOf(node));
    return i < 0 ? -1 : i + 1;
}

QModelIndex PhaseStepModel::stepIndex(const QString& stepId, int column) const
{
    const auto it = m_rowOf.constFind(stepId);
    return it == m_rowOf.cend() ? QModelIndex() : index(*it, column);
}

int PhaseStepModel::workCount() const
{
    int count = 0;
    for (const Row& row : m_rows)
        count += int(row.states.size() - row.states.count(State::NotOnNode));
    return count;
}

PhaseStepModel::State PhaseStepModel::state(const QString& stepId, const QString& node) const
{
    const int row = m_rowOf.value(stepId, -1);
    const int column = nodeColumn(node);
    return row < 0 || column < 0 ? State::NotOnNode : m_rows.at(row).states.at(column - 1);
}

void PhaseStepModel::setState(const QString& stepId, const QString& node, State state)
{
    const int row = m_rowOf.value(stepId, -1);
    const int column = nodeColumn(node);
    if (row < 0 || column < 0)
        return;
    State& cell = m_rows[row].states[column - 1];
    if (cell == State::NotOnNode || cell == state)
        return;
    cell = state;
    changed(row, column, column);
}

void PhaseStepModel::setFinished(const QString& stepId, const QString& node, const NodeStepResult& result)
{
    setState(stepId, node, state(result.status));
    const int row = m_rowOf.value(stepId, -1);
    if (row < 0)
        return;
    m_rows[row].durationMs = result.durationMs;
    changed(row, timeColumn(), timeColumn());
}

void PhaseStepModel::resetToPending()
{
    for (int r = 0; r < m_rows.size(); ++r) {
        bool any = false;
        for (State& s : m_rows[r].states) {
            if (s != State::NotOnNode && s != State::Pending) {
                s = State::Pending;
                any = true;
            }
        }
        if (any)
            changed(r, 1, int(m_nodes.size()));
    }
}

void PhaseStepModel::changed(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn),
        {Qt::DisplayRole, Qt::ForegroundRole, Qt::ToolTipRole, StateRole});
}

PhaseStepModel::State PhaseStepModel::state(NodeStepResult::Status status)
{
    switch (status) {
    case NodeStepResult::Status::Done:
        return State::Done;
    case NodeStepResult::Status::Skipped:
        return State::AlreadyDone;
    case NodeStepResult::Status::Resumed:
        return State::DoneEarlier;
    case NodeStepResult::Status::Failed:
        return State::Failed;
    case NodeStepResult::Status::Cancelled:
        return State::Cancelled;
    }
    return State::Failed;
}

QString PhaseStepModel::stateText(State state)
{
    switch (state) {
    case State::NotOnNode:
        return QStringLiteral("\u2014");
    case State::Pending:
        return QStringLiteral("\u25cb ") + QCoreApplication::translate("pgpilot::PhasePage", "pending");
    case State::Running:
        return QStringLiteral("\u25b6 ") + QCoreApplication::translate("pgpilot::PhasePage", "running");
    case State::Done:
        return QStringLiteral("\u2714 ") + QCoreApplication::translate("pgpilot::PhasePage", "done");
    case State::AlreadyDone:
        return QStringLiteral("\u2714 ") + QCoreApplication::translate("pgpilot::PhasePage", "already done");
    case State::DoneEarlier:
        return QStringLiteral("\u2714 ") + QCoreApplication::translate("pgpilot::PhasePage", "done earlier");
    case State::Failed:
        return QStringLiteral("\u2716 ") + QCoreApplication::translate("pgpilot::PhasePage", "FAILED");
    case State::Cancelled:
        return QStringLiteral("\u25a0 ") + QCoreApplication::translate("pgpilot::PhasePage", "cancelled");
    }
    return {};
}

QColor PhaseStepModel::stateColour(State state, bool dark)
{
    switch (state) {
    case State::Failed:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xa3, 0x0b, 0x0b);
    case State::Done:
    case State::AlreadyDone:
    case State::DoneEarlier:
        return dark ? QColor(0x8b, 0xd9, 0x8f) : QColor(0x14, 0x50, 0x1a);
    case State::Running:
        return dark ? QColor(0x90, 0xc2, 0xff) : QColor(0x0b, 0x4f, 0x9c);
    case State::NotOnNode:
    case State::Pending:
    case State::Cancelled:
        break;
    }
    return dark ? QColor(0xbb, 0xbb, 0xbb) : QColor(0x55, 0x55, 0x55);
}

} // namespace pgpilot
