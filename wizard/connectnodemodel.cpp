// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectnodemodel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace pgpilot {

// The texts keep the connect page's translation context, under which the catalogues have them.

ConnectNodeModel::ConnectNodeModel(const ClusterSpec& spec, QObject* parent)
    : QAbstractTableModel(parent)
    , m_postgresVersion(spec.postgresVersion)
{
    for (const NodeSpec& n : spec.nodes) {
        Row row;
        row.name = n.name;
        row.address = n.address;
        m_rows << row;
    }
}

int ConnectNodeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectNodeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectNodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NodeCol:
        return QCoreApplication::translate("pgpilot::ConnectPage", "Node");
    case StateCol:
        return QCoreApplication::translate("pgpilot::ConnectPage", "Connection");
    case OsCol:
        return QCoreApplication::translate("pgpilot::ConnectPage", "Operating system");
    case PackageCol:
        return QCoreApplication::translate("pgpilot::ConnectPage", "postgresql-%1 available")
            .arg(m_postgresVersion);
    case KeyCol:
        return QCoreApplication::translate("pgpilot::ConnectPage", "Host key (SHA256)");
    default:
        return QString();
    }
}

Qt::ItemFlags ConnectNodeModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled : Qt::NoItemFlags;
}

QVariant ConnectNodeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == StateRole)
        return int(row.state);
    const bool ok = row.state == State::Connected;
    switch (index.column()) {
    case NodeCol:
        return role == Qt::DisplayRole ? QStringLiteral("%1 (%2)").arg(row.name, row.address) : QVariant();
    case StateCol:
        if (role == Qt::DisplayRole)
            return stateText(row.state, row.failure);
        if (role == Qt::ForegroundRole && (ok || row.state == State::Failed))
            return QBrush(ok ? QColor(0x14, 0x50, 0x1a) : QColor(0xa3, 0x0b, 0x0b));
        return {};
    case OsCol:
        return role == Qt::DisplayRole && row.answered ? row.os : QVariant();
    case PackageCol:
        if (role != Qt::DisplayRole || !row.answered)
            return {};
        if (!ok)
            return QString();
        return row.candidate.isEmpty() || row.candidate == QLatin1String("(none)")
            ? QCoreApplication::translate(
                "pgpilot::ConnectPage", "not yet (phase 1 sets up the install source)")
            : row.candidate;
    case KeyCol:
        return (role == Qt::DisplayRole || role == Qt::ToolTipRole) && row.answered ? row.fingerprint
                                                                                    : QVariant();
    default:
        return {};
    }
}

QStringList ConnectNodeModel::nodes() const
{
    QStringList names;
    for (const Row& row : m_rows)
        names << row.name;
    return names;
}

int ConnectNodeModel::rowOf(const QString& node) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).name == node)
            return r;
    }
    return -1;
}

ConnectNodeModel::State ConnectNodeModel::state(const QString& node) const
{
    const int r = rowOf(node);
    return r < 0 ? State::NotYet : m_rows.at(r).state;
}

RunResult::Failure ConnectNodeModel::failure(const QString& node) const
{
    const int r = rowOf(node);
    return r < 0 ? RunResult::Failure::None : m_rows.at(r).failure;
}

QString ConnectNodeModel::offeredFingerprint(const QString& node) const
{
    const int r = rowOf(node);
    return r < 0 ? QString() : m_rows.at(r).fingerprint;
}

bool ConnectNodeModel::allConnected() const
{
    for (const Row& row : m_rows) {
        if (row.state != State::Connected)
            return false;
    }
    return !m_rows.isEmpty();
}

void ConnectNodeModel::setState(const QString& node, State state)
{
    const int r = rowOf(node);
    if (r < 0 || m_rows.at(r).state == state)
        return;
    m_rows[r].state = state;
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void ConnectNodeModel::setResult(const QString& node, const RunResult& result, const NodeProbe& probe)
{
    const int r = rowOf(node);
    if (r < 0)
        return;
    Row& row = m_rows[r];
    row.state = probe.reached ? State::Connected : State::Failed;
    row.answered = true;
    row.failure = result.failure;
    row.os = probe.os;
    row.candidate = probe.candidate;
    row.fingerprint = result.offeredFingerprint;
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

QString ConnectNodeModel::stateText(State state, RunResult::Failure failure)
{
    switch (state) {
    case State::NotYet:
        return QCoreApplication::translate("pgpilot::ConnectPage", "\u25cb not yet");
    case State::Connecting:
        return QCoreApplication::translate("pgpilot::ConnectPage", "\u25b6 connecting...");
    case State::Connected:
        return QCoreApplication::translate("pgpilot::ConnectPage", "\u2714 connected");
    case State::Failed:
        return QCoreApplication::translate("pgpilot::ConnectPage", "\u2716 %1").arg(toId(failure));
    case State::Stopped:
        return QCoreApplication::translate("pgpilot::ConnectPage", "\u25a0 stopped: not connected");
    }
    return {};
}

} // namespace pgpilot
