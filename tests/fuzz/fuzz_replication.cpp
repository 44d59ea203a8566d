// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: pg_stat_replication rows as libpq delivers them (text per column, NULL
// apart), through the row parser, into a snapshot that deriveCluster() and the status texts
// work on. Input: one row per line, columns separated by tabs, "\N" for NULL; the first line
// holds the primary's current LSN and each standby's replay LSN, separated by tabs.
#include "monitor/derive.h"
#include "monitor/probeparse.h"
#include "monitor/snapshottext.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace pgpilot;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QList<QByteArray> lines = input.split('\n');
    if (lines.size() > 64)
        return 0; // a cluster has at most nine nodes; longer inputs only slow the search

    ClusterSnapshot snapshot;
    snapshot.cluster = QStringLiteral("fuzz");
    NodeSnapshot primary;
    primary.name = QStringLiteral("pg1");
    primary.pg.polled = true;
    primary.pg.reachable = true;
    const QList<QByteArray> lsns = lines.first().split('\t');
    primary.pg.currentLsn = parseLsn(QString::fromUtf8(lsns.first()));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QList<SqlField> row;
        for (const QByteArray& column : lines.at(i).split('\t'))
            row.append(column == "\\N" ? SqlField {} : SqlField {column});
        const ReplicationPeer peer = parseReplicationRow(row);
        primary.pg.replication.append(peer);
        NodeSnapshot standby;
        standby.name
            = peer.applicationName.isEmpty() ? QStringLiteral("pg%1").arg(i + 1) : peer.applicationName;
        standby.pg.polled = true;
        standby.pg.reachable = true;
        standby.pg.inRecovery = true;
        if (i < lsns.size())
            standby.pg.replayLsn = parseLsn(QString::fromUtf8(lsns.at(i)));
        standby.pg.replayDelaySeconds = peer.replayLagSeconds;
        snapshot.nodes.append(standby);
    }
    snapshot.nodes.prepend(primary);
    deriveCluster(snapshot);
    for (const NodeSnapshot& node : snapshot.nodes) {
        if (lagText(node).isEmpty() || timelineText(node).isEmpty()
            || routingText(snapshot, node.name).isEmpty())
            std::abort();
    }
    return 0;
}
