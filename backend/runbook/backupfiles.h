// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configfiles.h"

#include <QList>
#include <QString>

namespace pgpilot {

// Backups with pgBackRest (phase 6, the backup operations): where its files live, and the files
// pgpilot writes on the nodes and on the repository host. Only meaningful when
// spec.hasBackups(); the repository is on a host (hasBackupHost()) or mounted on every node.
namespace backuppaths {
QString configDir(); // /etc/pgbackrest
QString configFile(); // /etc/pgbackrest/pgbackrest.conf (read before Debian's /etc/pgbackrest.conf)
QString cipherFile(); // /etc/pgbackrest/conf.d/pgpilot-cipher.conf (repository host only)
QString user(); // pgbackrest: owns the repository on its host
QString userHome(); // /home/pgbackrest
QString userSshDir(); // <home>/.ssh
QString userSshKey(); // <sshdir>/id_pgpilot
QString userKnownHosts(); // <sshdir>/known_hosts_pgpilot
QString logDir(); // /var/log/pgbackrest
QString spoolDir(); // /var/spool/pgbackrest (nodes: asynchronous archiving)
QString drillScript(); // /usr/local/lib/pgpilot/pgpilot-restore-drill (repository host)
// A mounted repository's backups: the node that takes them (resources/templates/pgpilot-backup-run.py).
QString runnerScript(); // /usr/local/lib/pgpilot/pgpilot-backup-run (nodes)
// The lock every node takes in a mounted repository before a backup (one backup at a time).
QString mountLockFile(const QString& repoPath); // <repo>/.pgpilot-backup.lock
// The repository host's status for the monitor (resources/templates/pgpilot-backup-status.py),
// run as pgbackrest.
QString statusScript(); // /usr/local/lib/pgpilot/pgpilot-backup-status
// What the repository host starts on a node over SSH for a backup (pg<n>-host-cmd): pgBackRest at
// a lower CPU and I/O priority, so the node's PostgreSQL (a standby's WAL receiver that the
// primary's synchronous commits wait for) goes first.
QString backgroundCommand(); // /usr/local/lib/pgpilot/pgbackrest-background (nodes)
QString drillCluster(); // pgpilot_drill: the scratch cluster a drill restores into
int drillPort(); // 5499
// The systemd units of the schedule on the repository host; type "full" or "diff".
QString serviceName(const QString& type); // pgpilot-backup-<type>.service
QString timerName(const QString& type); // pgpilot-backup-<type>.timer
QString markerTable(); // public.pgpilot_backup_marker (database postgres): the drills' proof rows
} // namespace backuppaths

// Who owns the repository and runs pgBackRest on it: pgbackrest on a repository host, postgres on
// the nodes when it is mounted there.
QString repositoryUser(const ClusterSpec& spec);
// The hosts phase 6 installs the schedule, the drill and the status script on: the repository
// host, or every node (a mounted repository).
QList<NodeSpec> backupRunners(const ClusterSpec& spec);
// The command line of the runner script on node (mounted repository), without the action's
// arguments (--type T or --am-runner).
QString runnerCommand(const ClusterSpec& spec, const QString& node);
// Shell (run as root) that exits 0 on node when it is the one that takes a mounted repository's
// backups now, 1 when another node does, 2 when it cannot tell.
QString amRunnerShell(const ClusterSpec& spec, const QString& node);

// pgBackRest's stanza of a cluster: its name.
QString backupStanza(const ClusterSpec& spec);
// The archive and restore commands PostgreSQL and repmgr run on the nodes.
QString backupArchiveCommand(const ClusterSpec& spec); // pgbackrest --stanza=<s> archive-push %p
// test -e /etc/pgbackrest/pgbackrest.conf && pgbackrest --stanza=<s> archive-get %f "%p"
QString backupRestoreCommand(const ClusterSpec& spec);
// "pgbackrest --stanza=<s> <rest>", the way pgpilot calls it (as pgbackrest on the repository
// host, as postgres on a node).
QString pgbackrestCommand(const ClusterSpec& spec, const QString& rest);

namespace render {
// The node's pgBackRest configuration: its own data directory and the repository host.
RenderedFile pgbackrestNodeConf(const ClusterSpec& spec, const NodeSpec& node);
// The repository host's: the repository, retention, compression, backups from a standby, and
// every node of the stanza reached over SSH.
RenderedFile pgbackrestRepoConf(const ClusterSpec& spec);
// A mounted repository: the node's configuration holds the repository, retention, compression,
// backups from a standby, and the other nodes reached over SSH (a backup runs on a node).
RenderedFile pgbackrestMountConf(const ClusterSpec& spec, const NodeSpec& node);
// The repository's encryption on host (the repository host, or each node with a mounted
// repository); empty content when the worksheet turns it off.
RenderedFile pgbackrestCipherConf(const ClusterSpec& spec, const QString& host);
// ~pgbackrest/.ssh/config on the repository host: every node as postgres, pinned host keys.
RenderedFile pgbackrestSshConfig(const ClusterSpec& spec);
// The schedule: a oneshot service and its timer per backup type the worksheet schedules.
// On host (the repository host, or each node: there the runner script decides who backs up).
QList<RenderedFile> backupUnits(const ClusterSpec& spec, const QString& host);
// The node's backgroundCommand(): nice 10, best-effort I/O at the lowest priority.
RenderedFile pgbackrestBackground(const ClusterSpec& spec, const NodeSpec& node);
RenderedFile restoreDrillScript(const ClusterSpec& spec, const QString& host);
RenderedFile backupStatusScript(const ClusterSpec& spec, const QString& host);
RenderedFile backupRunnerScript(const ClusterSpec& spec, const QString& host);
} // namespace render

// Every file phase 6 writes on the repository host (empty without one).
QList<RenderedFile> renderBackupHostFiles(const ClusterSpec& spec);
// pgBackRest's files on a node (empty without backups).
QList<RenderedFile> renderBackupNodeFiles(const ClusterSpec& spec, const NodeSpec& node);

} // namespace pgpilot
