// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodetablemodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QRegularExpression>
#include <QStyle>

namespace pgpilot {

NodeTableModel::NodeTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int NodeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NodeTableModel::fieldName(int column)
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Address:
        return QStringLiteral("address");
    case Role:
        return QStringLiteral("role");
    case Interface:
        return QStringLiteral("interface");
    case SshUser:
        return QStringLiteral("ssh.user");
    case SshPort:
        return QStringLiteral("ssh.port");
    case Auth:
        return QStringLiteral("ssh.auth");
    case Sudo:
        return QStringLiteral("ssh.sudo");
    case KeyFile:
        return QStringLiteral("ssh.keyFile");
    case HostKey:
        return QStringLiteral("ssh.hostKeyFingerprint");
    default:
        return {};
    }
}

QString NodeTableModel::choiceLabel(const QString& id)
{
    // The cluster file's words, shown in the admin's language; the model stores the ids.
    static const char* const labels[][2]
        = {{"primary", QT_TR_NOOP("primary")}, {"standby", QT_TR_NOOP("standby")}, {"key", QT_TR_NOOP("key")},
            {"agent", QT_TR_NOOP("agent")}, {"password", QT_TR_NOOP("password")},
            {"none", QT_TR_NOOP("none")}, {"nopasswd", QT_TR_NOOP("nopasswd")}};
    for (const auto& entry : labels) {
        if (id == QLatin1String(entry[0]))
            return tr(entry[1]);
    }
    return id;
}

QStringList NodeTableModel::choices(int column)
{
    switch (column) {
    case Role:
        return {toId(NodeRole::Primary), toId(NodeRole::Standby)};
    case Auth:
        return {toId(SshAuth::Key), toId(SshAuth::Agent), toId(SshAuth::Password)};
    case Sudo:
        return {toId(SudoMode::None), toId(SudoMode::NoPassword), toId(SudoMode::Password)};
    default:
        return {};
    }
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Name:
        return tr("Host name");
    case Address:
        return tr("IP address");
    case Role:
        return tr("Initial role");
    case Interface:
        return tr("Interface");
    case SshUser:
        return tr("SSH user");
    case SshPort:
        return tr("SSH port");
    case Auth:
        return tr("SSH auth");
    case Sudo:
        return tr("sudo");
    case KeyFile:
        return tr("Key file");
    case HostKey:
        return tr("Host key (SHA256)");
    default:
        return {};
    }
}

QVariant NodeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_nodes.size())
        return {};
    const NodeSpec& n = m_nodes.at(index.row());
    const auto issues = m_cellIssues.value({index.row(), index.column()});
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return n.name;
        case Address:
            return n.address;
        case Role:
            return role == Qt::EditRole ? toId(n.role) : choiceLabel(toId(n.role));
        case Interface:
            return n.interface;
        case SshUser:
            return n.ssh.user;
        case SshPort:
            return n.ssh.port;
        case Auth:
            return role == Qt::EditRole ? toId(n.ssh.auth) : choiceLabel(toId(n.ssh.auth));
        case Sudo:
            return role == Qt::EditRole ? toId(n.ssh.sudo) : choiceLabel(toId(n.ssh.sudo));
        case KeyFile:
            return n.ssh.keyFile;
        case HostKey:
            return n.ssh.hostKeyFingerprint;
        }
    } else if (role == Qt::ToolTipRole) {
        if (!issues.isEmpty())
            return issues.join(QLatin1Char('\n'));
        if (index.column() == HostKey)
            return tr("Optional: pin the host key's SHA256 fingerprint (ssh-keygen -lf). Otherwise pgpilot "
                      "shows it for you to confirm on first connection.");
    } else if (role == Qt::DecorationRole && !issues.isEmpty()) {
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    } else if (role == Qt::BackgroundRole && !issues.isEmpty()) {
        return QBrush(QColor(0xfd, 0xe2, 0xe1));
    } else if (role == Qt::ForegroundRole && !issues.isEmpty()) {
        return QBrush(QColor(0x7a, 0x0b, 0x0b));
    } else if (role == Qt::AccessibleDescriptionRole && !issues.isEmpty()) {
        return issues.join(QLatin1Char(' '));
    }
    return {};
}

Qt::ItemFlags NodeTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool NodeTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_nodes.size())
        return false;
    NodeSpec& n = m_nodes[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case Name:
        n.name = text.trimmed();
        break;
    case Address:
        n.address = text.trimmed();
        break;
    case Role: {
        const auto r = nodeRoleFromString(text);
        if (!r)
            return false;
        n.role = *r;
        break;
    }
    case Interface:
        n.interface = text.trimmed();
        break;
    case SshUser:
        n.ssh.user = text.trimmed();
        break;
    case SshPort: {
        bool ok = false;
        const int port = text.trimmed().toInt(&ok);
        if (!ok)
            return false;
        n.ssh.port = port;
        break;
    }
    case Auth: {
        const auto a = sshAuthFromString(text);
        if (!a)
            return false;
        n.ssh.auth = *a;
        break;
    }
    case Sudo: {
        const auto s = sudoModeFromString(text);
        if (!s)
            return false;
        n.ssh.sudo = *s;
        break;
    }
    case KeyFile:
        n.ssh.keyFile = text.trimmed();
        break;
    case HostKey:
        n.ssh.hostKeyFingerprint = text.trimmed();
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT nodesEdited();
    return true;
}

void NodeTableModel::setNodes(const QList<NodeSpec>& nodes)
{
    // Merge rather than reset so views keep their selection and scroll position.
    const int oldCount = int(m_nodes.size());
    const int newCount = int(nodes.size());
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_nodes = nodes;
        endInsertRows();
    } else if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_nodes = nodes;
        endRemoveRows();
    } else {
        m_nodes = nodes;
    }
    if (newCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(newCount - 1, ColumnCount - 1));
}

void NodeTableModel::appendNode(const NodeSpec& node)
{
    beginInsertRows({}, int(m_nodes.size()), int(m_nodes.size()));
    m_nodes.append(node);
    endInsertRows();
    Q_EMIT nodesEdited();
}

void NodeTableModel::removeNodeAt(int row)
{
    if (row < 0 || row >= m_nodes.size())
        return;
    beginRemoveRows({}, row, row);
    m_nodes.removeAt(row);
    endRemoveRows();
    Q_EMIT nodesEdited();
}

void NodeTableModel::setIssues(const ValidationIssues& issues)
{
    static const QRegularExpression nodeField(QStringLiteral(R"(^nodes\[(\d+)\]\.(.+)$)"));
    QHash<QPair<int, int>, QStringList> cells;
    for (const auto& issue : issues) {
        const auto m = nodeField.match(issue.field);
        if (!m.hasMatch())
            continue;
        const int row = m.captured(1).toInt();
        const QString field = m.captured(2);
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (fieldName(c) == field)
                column = c;
        }
        // A missing password belongs to the authentication column.
        if (field == QLatin1String("ssh.secretRef"))
            column = Auth;
        if (column >= 0)
            cells[{row, column}].append(issue.message);
    }
    if (cells == m_cellIssues)
        return;
    m_cellIssues = cells;
    if (!m_nodes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_nodes.size()) - 1, ColumnCount - 1),
            {Qt::DecorationRole, Qt::BackgroundRole, Qt::ForegroundRole, Qt::ToolTipRole});
}

} // namespace pgpilot
