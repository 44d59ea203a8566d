// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditlog.h"

#include <QAbstractTableModel>
#include <QDialog>

class QTableView;

namespace pgpilot {

// Audit log entries as a read-only table, newest first. Each cell's text is its tooltip too, so
// a long command can be read without widening the column.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Cluster,
        Node,
        RunAs,
        Step,
        Exit,
        Duration,
        Action, // the command, or the file written
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // entries as AuditLog::tail() gives them (oldest first); shown the other way round.
    void setEntries(const QList<AuditEntry>& entries);
    const QList<AuditEntry>& entries() const { return m_entries; } // newest first

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const AuditEntry& entry, int column) const;

    QList<AuditEntry> m_entries;
};

// Cluster → Audit log: the last entries of an audit log file, newest first (secrets were masked
// before they were written). Read once, when it is made.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kShownEntries = 1000;

    // path: the audit log file (AuditLog::defaultPath() for the user's own).
    explicit AuditLogDialog(const QString& path, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    AuditLogModel* m_model;
    QTableView* m_table;
};

} // namespace pgpilot
