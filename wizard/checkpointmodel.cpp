// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointmodel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace pgpilot {

// The texts keep the phase page's translation context, under which the catalogues have them.

CheckpointModel::CheckpointModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int CheckpointModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CheckpointModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Result:
        return QCoreApplication::translate("pgpilot::PhasePage", "Result");
    case Criterion:
        return QCoreApplication::translate("pgpilot::PhasePage", "Criterion");
    case Node:
        return QCoreApplication::translate("pgpilot::PhasePage", "Node");
    case Expected:
        return QCoreApplication::translate("pgpilot::PhasePage", "Expected");
    case Seen:
        return QCoreApplication::translate("pgpilot::PhasePage", "Seen");
    default:
        return {};
    }
}

Qt::ItemFlags CheckpointModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled : Qt::NoItemFlags;
}

QVariant CheckpointModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CheckpointResult::Item& item = m_items.at(index.row());
    const CriterionResult& c = item.result;
    if (role == PassedRole)
        return c.passed;
    switch (index.column()) {
    case Result:
        if (role == Qt::DisplayRole)
            return c.passed
                ? QStringLiteral("\u2714 ") + QCoreApplication::translate("pgpilot::PhasePage", "PASS")
                : QStringLiteral("\u2716 ") + QCoreApplication::translate("pgpilot::PhasePage", "FAIL");
        if (role == Qt::ForegroundRole)
            return QBrush(c.passed ? QColor(0x14, 0x50, 0x1a) : QColor(0xa3, 0x0b, 0x0b));
        return {};
    case Criterion:
        if (role == Qt::DisplayRole)
            return item.description;
        if (role == Qt::ToolTipRole)
            return c.likelyCause.isEmpty()
                ? item.description
                : QCoreApplication::translate("pgpilot::PhasePage", "Likely cause: %1").arg(c.likelyCause);
        return {};
    case Node:
        return role == Qt::DisplayRole ? c.node : QVariant();
    case Expected:
        return role == Qt::DisplayRole ? c.expected : QVariant();
    case Seen:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return c.passed || c.likelyCause.isEmpty()
                ? c.seen
                : QCoreApplication::translate("pgpilot::PhasePage", "%1 \u2014 likely cause: %2")
                      .arg(c.seen, c.likelyCause);
        return {};
    default:
        return {};
    }
}

void CheckpointModel::setResult(const CheckpointResult& result)
{
    // Rows out, then rows in, as the table widget did: after a reset the view would lay out its
    // header again once the page has sized the columns, and stretch the last one anew.
    clear();
    if (result.items.isEmpty())
        return;
    beginInsertRows({}, 0, int(result.items.size()) - 1);
    m_items = result.items;
    endInsertRows();
}

void CheckpointModel::clear()
{
    if (m_items.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_items.size()) - 1);
    m_items.clear();
    endRemoveRows();
}

} // namespace pgpilot
