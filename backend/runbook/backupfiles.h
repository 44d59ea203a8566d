// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configfiles.h"

#include <QList>
#include <QString>

namespace pgpilot {

// Backups with pgBackRest (phase 6, the backup operations): where its files live, and the files
// pgpilot writes on the nodes and on the repository host. Only meaningful when
// spec.hasBackupHost(). docs/backups.md describes the layout.
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
// The repository host's status for the monitor (resources/templates/pgpilot-backup-status.py),
// run as pgbackrest.
QString statusScript(); // /usr/local/lib/pgpilot/pgpilot-backup-status
QString drillCluster(); // pgpilot_drill: the scratch cluster a drill restores into
int drillPort(); // 5499
// The systemd units of the schedule on the repository host; type "full" or "diff".
QString serviceName(const QString& type); // pgpilot-backup-<type>.service
QString timerName(const QString& type); // pgpilot-backup-<type>.timer
QString markerTable(); // public.pgpilot_backup_marker (database postgres): the drills' proof rows
} // namespace backuppaths

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
// The repository's encryption (empty content when the worksheet turns it off).
RenderedFile pgbackrestCipherConf(const ClusterSpec& spec);
// ~pgbackrest/.ssh/config on the repository host: every node as postgres, pinned host keys.
RenderedFile pgbackrestSshConfig(const ClusterSpec& spec);
// The schedule: a oneshot service and its timer per backup type the worksheet schedules.
QList<RenderedFile> backupUnits(const ClusterSpec& spec);
RenderedFile restoreDrillScript(const ClusterSpec& spec);
RenderedFile backupStatusScript(const ClusterSpec& spec);
} // namespace render

// Every file phase 6 writes on the repository host (empty without one).
QList<RenderedFile> renderBackupHostFiles(const ClusterSpec& spec);

} // namespace pgpilot
