// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pgpilot::criteria {

// Parsers for the output of the commands the checkpoints run; public for the unit tests.

struct ClusterShowRow
{
    int nodeId = 0;
    int connection = -1; // 0 ok
    int recovery = -1; // 0 primary, 1 standby, -1 unknown (node unreachable)
};
// `repmgr cluster show --csv`: "node_id,connection_status,recovery_type" per line.
QList<ClusterShowRow> parseClusterShowCsv(const QByteArray& out);

struct AddrLine
{
    QString interface;
    QString address;
    int prefix = -1;
};
// `ip -o addr show`: "2: ens3    inet 10.0.1.11/24 brd ... scope global ens3\ ..."
QList<AddrLine> parseIpAddr(const QByteArray& out);

struct Listener
{
    int port = 0;
    QString process; // first process name in users:((...)), empty when unknown
};
// `ss -Hltnp`
QList<Listener> parseSsListeners(const QByteArray& out);

// key=value lines
QString keyValue(const QByteArray& out, const QString& key);

} // namespace pgpilot::criteria
