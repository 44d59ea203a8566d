// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/job.h"

#include <QAbstractTableModel>

namespace pgpilot {

// A checkpoint's verdicts as a table: one row per criterion and node, with its result (a mark and
// a word, coloured), what it checks, the node, what was expected and what was seen. A failed
// criterion's likely cause is in the tooltip of what it checks and after what was seen.
class CheckpointModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Result,
        Criterion,
        Node,
        Expected,
        Seen,
        ColumnCount
    };
    static constexpr int PassedRole = Qt::UserRole + 1; // bool, on every cell of a row

    explicit CheckpointModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setResult(const CheckpointResult& result);
    void clear();

private:
    QList<CheckpointResult::Item> m_items;
};

} // namespace pgpilot
