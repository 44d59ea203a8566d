// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adoptparse.h"
#include "cluster/clusterspec.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgpilot {

// What pgpilot adopt read from one node of a cluster built by hand. Nothing in it is a secret:
// the repmgr password is read separately and goes straight to the SecretStore.
struct NodeFacts
{
    QString address; // where pgpilot reached it (repmgr's conninfo host)
    QString name; // repmgr's node_name
    int repmgrId = 0;
    QString repmgrType; // primary, standby, witness
    bool active = true;
    bool reached = false;
    QString error; // why it could not be read

    QHash<QString, QString> sections; // the discovery script's output, by section
    RepmgrConf repmgrConf;
    HaproxyConfig haproxy;
    KeepalivedConfig keepalived;
    QHash<QString, QString> os;
    QList<InterfaceAddress> addresses;
    QHash<QString, QString> settings; // PostgreSQL's, by name; "in_recovery" too
    QList<ConfigLine> hbaRules; // pg_hba_file_rules: "type database user address method" per line
    // The process listening on each TCP port: "user unit command" (the health service's is
    // what audit looks at).
    QHash<int, QString> listeners;
    bool sqlRead = false;
};

// The repmgr node table as the seed node reads it.
struct RepmgrNodeRow
{
    int id = 0;
    QString name;
    QString type;
    bool active = true;
    int upstreamId = 0;
    QString conninfo;
};

// What answers on the health port, as pgpilot itself probes it over HTTP.
struct HealthProbe
{
    enum class Kind
    {
        None, // nothing answers, or nothing pgpilot understands
        Pgpilot, // JSON with a role on /health: pgpilot's health service
        RoleOnly // /master or /primary answers 200 or 503: the guide's pgchk.py and the like
    };
    Kind kind = Kind::None;
    QString primaryPath;
    QString replicaPath;
    QString detail; // what was seen, for the admin
};

struct Discovery
{
    QString seedAddress;
    QList<RepmgrNodeRow> repmgrNodes;
    QList<NodeFacts> nodes; // in repmgr's node order
    HealthProbe health;
    int healthPort = 8008;
};

struct AdoptOptions
{
    QString name; // the cluster's name in pgpilot
    SshSettings ssh; // for every node
    QString knownHostsFile; // the worksheet's; empty: pgpilot's own
};

struct AdoptPlan
{
    std::optional<ClusterSpec> spec;
    QStringList warnings; // the worksheet is written, but the admin should know
    QString error; // no worksheet: why, and what to do
};

// The discovery script a node runs (as root, through sudo when the worksheet says so): its files,
// addresses and listening processes in "@@pgpilot-adopt:NAME@@" sections. Reads only.
QString discoveryScript();
// The SQL the node's postgres user runs over the local socket: settings, pg_hba rules and, last,
// repmgr's node table (the script fails there on a node that is not part of a repmgr cluster).
QString sqlScript(const QString& database, int port);
// The secrets adopt reads on the seed node: the .pgpass files of postgres, root and the sudo user,
// each after a "@@pgpilot-adopt:pgpass@@" line; pgpilot's HAProxy stats password
// ("statsenv"); the CA certificate file PostgreSQL verifies peers with ("ca", when caFile is
// set). Its output is a secret: never logged.
QString secretsScript(const QString& caFile);

// Reads the section outputs of one node into facts (parses files, listeners, addresses).
void readDiscovery(const QString& output, NodeFacts* facts);
// Reads the SQL script's output; the repmgr node rows go to rows (when given). False with *error
// when the node table could not be read.
bool readSqlOutput(const QString& output, NodeFacts* facts, QList<RepmgrNodeRow>* rows, QString* error);

// The worksheet for what was discovered, validated; warnings for what the admin should check.
AdoptPlan buildAdoptedSpec(const Discovery& discovery, const AdoptOptions& options);

} // namespace pgpilot
