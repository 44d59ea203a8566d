// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pgpilot {

// One file pgpilot owns on a node (or, for managed blocks, the block it owns inside a file).
struct RenderedFile
{
    QString id; // stable short name, e.g. "repmgr.conf"; golden files are named after it
    QString node; // the node it was rendered for
    QString path; // where it goes on the node
    QByteArray content; // may hold {{secret:...}} placeholders
    QString owner = QStringLiteral("root");
    QString group = QStringLiteral("root");
    int mode = 0644;
    bool managedBlock = false; // content is a marked block inside path, not the whole file
};

// Where pgpilot's own files live on a node.
namespace nodepaths {
QString repmgrConf(); // /etc/repmgr.conf
QString libDir(); // /usr/local/lib/pgpilot
QString stateDir(); // /var/lib/pgpilot
QString healthScript(); // <libDir>/pgpilot-health.py
QString healthPackageDir(); // <libDir>/pgpilot_health (the health service's modules)
QString configDir(); // /etc/pgpilot
QString healthKeyFile(); // /etc/pgpilot/health.key (root:postgres 0640)
QString healthMonitorsFile(); // /etc/pgpilot/health-monitors (the applying workstation's address)
QString httpCheckScript(); // <libDir>/pgpilot-httpcheck.py
QString rewindWrapper(); // <libDir>/pg_rewind
QString repmgrdUnitName(); // pgpilot-repmgrd.service
QString healthUnitName(); // pgpilot-health.service
QString sudoersFile(); // /etc/sudoers.d/pgpilot-repmgr
QString aptSourceFile(); // /etc/apt/sources.list.d/pgpilot.list
QString postgresSshDir(); // /var/lib/postgresql/.ssh
QString postgresSshKey(); // <sshdir>/id_pgpilot
QString postgresKnownHosts(); // <sshdir>/known_hosts_pgpilot
QString pgpassFile(); // /var/lib/postgresql/.pgpass
} // namespace nodepaths

// Keychain keys of the secrets the runbook's placeholders name.
QString repmgrPasswordKey(const ClusterSpec& spec); // spec.repmgrPasswordRef or pgpilot:<c>:repmgr-password
QString postgresSshKeyKey(const ClusterSpec& spec); // pgpilot:<cluster>:postgres-ssh-key
QString applicationPasswordKey(const ClusterSpec& spec); // pgpilot:<cluster>:app-password
QString healthKeyKey(const ClusterSpec& spec); // pgpilot:<cluster>:health-key
// Every key of the cluster's secrets the worksheet names, each once: the three above and each
// node's login secret (ssh.secretRef). What export-secrets carries to another workstation.
QStringList clusterSecretKeys(const ClusterSpec& spec);
QString secretPlaceholder(const QString& key); // {{secret:<key>}}

// Renderers: every file of the runbook comes from one of these (and a template).
namespace render {
RenderedFile hostsBlock(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile aptSource(const ClusterSpec& spec, const NodeSpec& node); // empty content: none needed
RenderedFile startConf(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile postgresDropIn(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile hbaBlock(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile pgpass(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile repmgrConf(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile sudoers(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile rewindWrapper(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile repmgrdUnit(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile sshConfig(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile healthScript(const ClusterSpec& spec, const NodeSpec& node);
// The modules of the health service's package, beside the script.
QList<RenderedFile> healthModules(const ClusterSpec& spec, const NodeSpec& node);
// The cluster health key the health services sign their answers with (a secret placeholder).
RenderedFile healthKey(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile httpCheckScript(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile healthUnit(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile haproxyCfg(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile keepalivedConf(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile keepalivedDefault(const ClusterSpec& spec, const NodeSpec& node);
// A systemd drop-in: Keepalived restarts within a second when it dies (Debian's unit never does,
// and a dead Keepalived on the VIP holder takes the VIP with it).
RenderedFile keepalivedRestart(const ClusterSpec& spec, const NodeSpec& node);
} // namespace render

// Every file the runbook writes on one node, in the order the phases write them.
QList<RenderedFile> renderNodeFiles(const ClusterSpec& spec, const NodeSpec& node);

// Helpers shared with the builder.
int nodeId(const ClusterSpec& spec, const NodeSpec& node); // 1-based position in the worksheet
QString hostForUrl(const QString& address); // [v6] or v4
QString conninfo(const ClusterSpec& spec, const NodeSpec& node);

} // namespace pgpilot
