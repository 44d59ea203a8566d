// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshottext.h"

#include <QCoreApplication>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::SnapshotText", text);
}

const QString kNone = QStringLiteral("\u2014");

} // namespace

QString formatBytes(qint64 bytes)
{
    if (bytes >= 1024LL * 1024 * 1024)
        return QStringLiteral("%1 GiB").arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 B").arg(bytes);
}

QString healthText(const NodeSnapshot& node)
{
    if (!node.health.polled)
        return kNone;
    if (!node.health.reachable)
        return tr("no answer");
    return QStringLiteral("%1 %2")
        .arg(node.health.httpStatus)
        .arg(node.health.role.isEmpty() ? QStringLiteral("?") : node.health.role);
}

QString lagText(const NodeSnapshot& node)
{
    if (node.state != NodeState::Standby || (!node.lagBytes && !node.lagSeconds))
        return kNone;
    QString text = node.lagBytes ? formatBytes(*node.lagBytes) : QStringLiteral("?");
    text += QStringLiteral(" \u00b7 ");
    text += node.lagSeconds ? QStringLiteral("%1 s").arg(*node.lagSeconds, 0, 'f', 1) : QStringLiteral("? s");
    return text;
}

QString haproxyText(const NodeSnapshot& node)
{
    if (!node.haproxy.polled)
        return kNone;
    if (!node.haproxy.reachable)
        return tr("down");
    return tr("up");
}

QString routingText(const ClusterSnapshot& snapshot, const QString& node)
{
    for (const NotRead& n : snapshot.notRead) {
        if (n.signal == QLatin1String("haproxy"))
            return kNone; // not read, which is not "none"
    }
    const bool writes = snapshot.writeTarget.split(QLatin1Char(',')).contains(node);
    const bool reads = snapshot.readTargets.contains(node);
    if (writes && reads)
        return tr("writes + reads");
    if (writes)
        return tr("writes");
    if (reads)
        return tr("reads");
    return tr("none");
}

QString timelineText(const NodeSnapshot& node)
{
    return node.pg.timeline ? QString::number(*node.pg.timeline) : kNone;
}

QString tlsText(const NodeSnapshot& node)
{
    if (!node.pg.reachable)
        return kNone;
    if (!node.pg.tls.inUse)
        return tr("not encrypted");
    if (!node.pg.tls.certificateNotAfter.isValid())
        return node.pg.tls.protocol;
    return node.pg.tls.protocol + QStringLiteral(" \u00b7 ")
        + tr("certificate until %1").arg(node.pg.tls.certificateNotAfter.date().toString(Qt::ISODate));
}

QString syncStateText(const NodeSnapshot& node)
{
    return node.syncState.isEmpty() ? kNone : node.syncState;
}

QString replicationModeText(const ClusterSnapshot& snapshot)
{
    const SyncSetting& sync = snapshot.replication;
    const int standbys = int(snapshot.syncCandidates.size());
    QString text;
    switch (sync.mode) {
    case SyncMode::Unknown:
        return {};
    case SyncMode::Async:
        return tr("asynchronous replication");
    case SyncMode::Quorum:
        text = QCoreApplication::translate(
            "pgpilot::SnapshotText", "synchronous quorum: ANY %1 of %n standbys", nullptr, standbys)
                   .arg(sync.count);
        break;
    case SyncMode::Priority:
        text = QCoreApplication::translate(
            "pgpilot::SnapshotText", "synchronous priority: FIRST %1 of %n standbys", nullptr, standbys)
                   .arg(sync.count);
        break;
    }
    // Commits then wait for no standby, whatever the names say.
    if (snapshot.synchronousCommit == QLatin1String("local")
        || snapshot.synchronousCommit == QLatin1String("off"))
        text += QStringLiteral(" (synchronous_commit = %1)").arg(snapshot.synchronousCommit);
    return text;
}

} // namespace pgpilot
