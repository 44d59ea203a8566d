// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pgpilot {

// ---- AuditLogModel

void AuditLogModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end()); // newest first
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::cellText(const AuditEntry& e, int column) const
{
    switch (column) {
    case Time:
        return e.time.toString(Qt::ISODate);
    case Cluster:
        return e.cluster;
    case Node:
        return e.node;
    case RunAs:
        return e.runAs;
    case Step:
        return e.step;
    case Exit:
        return e.failure == QLatin1String("none") ? QString::number(e.exitCode) : e.failure;
    case Duration:
        return QStringLiteral("%1 ms").arg(e.durationMs);
    case Action:
        return e.kind == QLatin1String("write") ? tr("write %1 (sha256 %2)").arg(e.path, e.sha256.left(12))
                                                : e.command;
    }
    return {};
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return cellText(m_entries.at(index.row()), index.column());
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (UTC)");
    case Cluster:
        return tr("Cluster");
    case Node:
        return tr("Node");
    case RunAs:
        return tr("As");
    case Step:
        return tr("Step");
    case Exit:
        return tr("Exit");
    case Duration:
        return tr("Duration");
    case Action:
        return tr("Command or file");
    }
    return {};
}

// ---- AuditLogDialog

AuditLogDialog::AuditLogDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_model(new AuditLogModel(this))
    , m_table(new QTableView(this))
{
    AuditLog log(path);
    m_model->setEntries(log.tail(kShownEntries));
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit log \u2014 %1").arg(log.path()));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setTabKeyNavigation(false); // read-only: arrows move inside, Tab goes on
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Every command pgpilot ran on a node, newest first (secrets masked)."), this));
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(1100, 600);
}

} // namespace pgpilot
