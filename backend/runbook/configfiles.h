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
QString healthPackageDir(); // <libDir>/pgpilot_health: the health service's modules (healthfiles.cpp)
QString configDir(); // /etc/pgpilot
QString healthMonitorsFile(); // /etc/pgpilot/health-monitors: the workstations that applied, one a line
QString vipCheckScript(); // <libDir>/pgpilot-vipcheck.sh: Keepalived's check (healthfiles.cpp)
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
// repmgr's events as the node recorded them (pgpilot-health.py record-event, one JSON line each;
// 0644, postgres's; rotated to <file>.1), read by the monitor's node event probe.
QString repmgrEventsFile(); // /var/lib/postgresql/pgpilot-repmgr-events.jsonl
QString haproxyStatsEnv(); // /etc/haproxy/pgpilot-stats.env
// TLS (worksheet tls.mode verify-full): in PostgreSQL's configuration directory, postgres's.
QString tlsCaCert(int pgVersion); // /etc/postgresql/<v>/main/pgpilot-ca.crt
QString tlsServerCert(int pgVersion); // /etc/postgresql/<v>/main/pgpilot-server.crt
QString tlsServerKey(int pgVersion); // /etc/postgresql/<v>/main/pgpilot-server.key (0600)
QString postgresRootCert(); // /var/lib/postgresql/.postgresql/root.crt: libpq's default root
} // namespace nodepaths

// Keychain keys of the secrets the runbook's placeholders name.
QString repmgrPasswordKey(const ClusterSpec& spec); // spec.repmgrPasswordRef or pgpilot:<c>:repmgr-password
QString postgresSshKeyKey(const ClusterSpec& spec); // pgpilot:<cluster>:postgres-ssh-key
QString applicationPasswordKey(const ClusterSpec& spec); // pgpilot:<cluster>:app-password
// The repository host's pgbackrest user logs in to the nodes' postgres with it (phase 6).
QString pgbackrestSshKeyKey(const ClusterSpec& spec); // pgpilot:<cluster>:pgbackrest-ssh-key
// The monitoring role the dashboard, `status` and the write probe log in as: pg_monitor and read
// access to repmgr's tables, never a superuser (docs/security.md, finding 3).
QString monitorRole(); // pgpilot_monitor
QString monitorPasswordKey(const ClusterSpec& spec); // pgpilot:<cluster>:monitor-password
// HAProxy's stats page asks for this password (user "pgpilot"); the dashboard reads the page.
QString statsUser(); // pgpilot
QString statsPasswordKey(const ClusterSpec& spec); // pgpilot:<cluster>:stats-password
// Verified TLS (tls.mode verify-full or site): the CA's certificate and each node's certificate
// and key go to the nodes. With verify-full pgpilot's cluster CA issues them and its key never
// leaves the workstation's keychain; with site they are the site's, imported (import-certs), and
// pgpilot holds no CA key.
bool tlsVerified(const ClusterSpec& spec);
bool tlsIssuedByPgpilot(const ClusterSpec& spec); // verify-full: pgpilot's CA issues the certificates
QString tlsCaKeyKey(const ClusterSpec& spec); // pgpilot:<cluster>:tls-ca-key
QString tlsCaCertKey(const ClusterSpec& spec); // pgpilot:<cluster>:tls-ca-cert
QString tlsNodeKeyKey(const ClusterSpec& spec, const NodeSpec& node); // pgpilot:<c>:tls-key:<node>
QString tlsNodeCertKey(const ClusterSpec& spec, const NodeSpec& node); // pgpilot:<c>:tls-cert:<node>
// Every TLS key above for the worksheet's nodes (empty when TLS is off).
QStringList tlsSecretKeys(const ClusterSpec& spec);
// The addresses a node's certificate names besides its name: its own and the VIP.
QStringList tlsNodeAddresses(const ClusterSpec& spec, const NodeSpec& node);
// What the templates get: the Environment= lines of a unit whose psql asks the other nodes, and
// the ssl_* settings of the drop-in (each a comment when TLS is off).
QString tlsUnitEnvironment(const ClusterSpec& spec);
QString tlsDropInSettings(const ClusterSpec& spec);
// Appended to every libpq conninfo between the nodes: " sslmode=verify-full sslrootcert=<ca>",
// empty when TLS is off.
QString tlsConninfo(const ClusterSpec& spec);
// Every key of the cluster's secrets the worksheet names, each once: the five above, the TLS ones
// and each node's login secret (ssh.secretRef). What export-secrets carries to another workstation.
QStringList clusterSecretKeys(const ClusterSpec& spec);
QString secretPlaceholder(const QString& key); // {{secret:<key>}}: the value
QString scramPlaceholder(const QString& key); // {{scram:<key>}}: its SCRAM-SHA-256 verifier
QString pgpassPlaceholder(const QString& key); // {{pgpass:<key>}}: the value escaped for .pgpass
// True when text holds one of the three placeholders above.
bool hasSecretPlaceholder(const QByteArray& text);

// A database role whose password pgpilot sets (phases 3 and 4) and rotate-secrets changes.
struct PasswordRole
{
    QString role; // the database role, e.g. "repmgr"
    QString key; // the keychain key of its password
    QString database; // where its login is checked
    bool inPgpass = false; // written to ~postgres/.pgpass on every node
};
// The one list of them: repmgr, the application role when the worksheet names one, and
// pgpilot's monitoring role.
QList<PasswordRole> passwordRoles(const ClusterSpec& spec);
// Where rotate-secrets keeps a new password until the cluster has it: <key>.pending.
QString pendingSecretKey(const QString& key);

// The files of the health service's package (healthfiles.cpp).
QStringList healthModuleNames();
// The health service's listening and source arguments: loopback too, the nodes, the worksheet's
// monitoring workstations and the file of the workstations that applied (healthfiles.cpp).
QString healthSourceArguments(const ClusterSpec& spec);

// Renderers: every file of the runbook comes from one of these (and a template).
namespace render {
RenderedFile hostsBlock(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile aptSource(const ClusterSpec& spec, const NodeSpec& node); // empty content: none needed
RenderedFile startConf(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile postgresDropIn(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile hbaBlock(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile pgpass(const ClusterSpec& spec, const NodeSpec& node);
// The same with the repmgr password taken from another key (rotate-secrets: the pending one).
RenderedFile pgpass(const ClusterSpec& spec, const NodeSpec& node, const QString& repmgrKey);
RenderedFile repmgrConf(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile sudoers(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile rewindWrapper(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile repmgrdUnit(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile sshConfig(const ClusterSpec& spec, const NodeSpec& node);
// ~postgres/.ssh/known_hosts_pgpilot: the hosts' keys as pgpilot verified them ({{hostkeys}}).
RenderedFile postgresKnownHosts(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile healthScript(const ClusterSpec& spec, const NodeSpec& node);
// The modules of the health service's package, beside the script (healthfiles.cpp).
QList<RenderedFile> healthModules(const ClusterSpec& spec, const NodeSpec& node);
// Keepalived's check of the primary's health answer and write port (healthfiles.cpp).
RenderedFile vipCheckScript(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile httpCheckScript(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile healthUnit(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile haproxyCfg(const ClusterSpec& spec, const NodeSpec& node);
// The stats password as an environment file (root, 0600) and the systemd drop-in that hands it to
// HAProxy: haproxy.cfg itself names only the variable, so it stays free of secrets.
RenderedFile haproxyStatsEnv(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile haproxyDropIn(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile keepalivedConf(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile keepalivedDefault(const ClusterSpec& spec, const NodeSpec& node);
// A systemd drop-in: Keepalived restarts within a second when it dies (Debian's unit never does,
// and a dead Keepalived on the VIP holder takes the VIP with it).
RenderedFile keepalivedRestart(const ClusterSpec& spec, const NodeSpec& node);
// TLS files (only when tlsVerified): the CA's certificate, the node's certificate and key, and the
// CA again as postgres's libpq root (psql as postgres verifies the peers).
RenderedFile tlsCaCert(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile tlsServerCert(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile tlsServerKey(const ClusterSpec& spec, const NodeSpec& node);
// The same files with the value of another keychain key (renew-certs: the pending ones).
RenderedFile tlsServerCert(const ClusterSpec& spec, const NodeSpec& node, const QString& certKey);
RenderedFile tlsServerKey(const ClusterSpec& spec, const NodeSpec& node, const QString& keyKey);
RenderedFile postgresRootCert(const ClusterSpec& spec, const NodeSpec& node);
} // namespace render

// One Host block of an OpenSSH client configuration: host's address and name, its SSH port, the
// user, key and known_hosts file; host keys checked, never a prompt; bounded: a connect timeout
// and keep-alives (the repository host's links, which pgBackRest holds open).
QString sshHostBlock(
    const NodeSpec& host, const QString& user, const QString& key, const QString& knownHosts, bool bounded);

// Every file the runbook writes on one node, in the order the phases write them.
QList<RenderedFile> renderNodeFiles(const ClusterSpec& spec, const NodeSpec& node);

// Helpers shared with the builder.
int nodeId(const ClusterSpec& spec, const NodeSpec& node); // 1-based position in the worksheet
QString hostForUrl(const QString& address); // [v6] or v4
QString conninfo(const ClusterSpec& spec, const NodeSpec& node);

} // namespace pgpilot
