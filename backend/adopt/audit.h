// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pgpilot {

// One difference between a cluster as it is and what pgpilot would build from its worksheet: a
// guide erratum still in place, or a local change. Read-only: finding it changes nothing.
struct Finding
{
    enum class Risk
    {
        Critical, // acknowledged writes can be lost, writes go to the wrong node, or failover never happens
        Warning, // a failure or an attack the cluster would handle worse than pgpilot's
        Info // a difference without risk of its own
    };
    QString id; // stable: haproxy-tcp-check, keepalived-no-track, ...
    QString erratum; // the guide's erratum number (guide-errata.md), empty for a local change
    Risk risk = Risk::Warning;
    QStringList nodes; // where it was seen
    QString title; // what differs
    QString meaning; // the risk in plain words
    QStringList evidence; // "pg1 /etc/haproxy/haproxy.cfg:21: option tcp-check"
    int phase = 0; // the phase that fixes it
    QString step; // its step id (p4.haproxy)
};
QString toId(Finding::Risk risk);

// Compares what discovery read on the nodes with what pgpilot would write for spec. Pure; the
// findings come worst first, then in phase order.
QList<Finding> auditCluster(const Discovery& discovery, const ClusterSpec& spec);

QJsonObject auditToJson(const ClusterSpec& spec, const Discovery& discovery, const QList<Finding>& findings);
QString auditToText(const ClusterSpec& spec, const Discovery& discovery, const QList<Finding>& findings);

} // namespace pgpilot
