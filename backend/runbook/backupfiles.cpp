// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupfiles.h"

#include "core/shell.h"
#include "platform/platformprofile.h"
#include "templates.h"

namespace pgpilot {

namespace backuppaths {
QString configDir()
{
    return QStringLiteral("/etc/pgbackrest");
}
QString configFile()
{
    return configDir() + QStringLiteral("/pgbackrest.conf");
}
QString cipherFile()
{
    return configDir() + QStringLiteral("/conf.d/pgpilot-cipher.conf");
}
QString user()
{
    return QStringLiteral("pgbackrest");
}
QString userHome()
{
    return QStringLiteral("/home/pgbackrest");
}
QString userSshDir()
{
    return userHome() + QStringLiteral("/.ssh");
}
QString userSshKey()
{
    return userSshDir() + QStringLiteral("/id_pgpilot");
}
QString userKnownHosts()
{
    return userSshDir() + QStringLiteral("/known_hosts_pgpilot");
}
QString logDir()
{
    return QStringLiteral("/var/log/pgbackrest");
}
QString spoolDir()
{
    return QStringLiteral("/var/spool/pgbackrest");
}
QString drillScript()
{
    return nodepaths::libDir() + QStringLiteral("/pgpilot-restore-drill");
}
QString statusScript()
{
    return nodepaths::libDir() + QStringLiteral("/pgpilot-backup-status");
}
QString runnerScript()
{
    return nodepaths::libDir() + QStringLiteral("/pgpilot-backup-run");
}
QString mountLockFile(const QString& repoPath)
{
    return repoPath + QStringLiteral("/.pgpilot-backup.lock");
}
QString backgroundCommand()
{
    return nodepaths::libDir() + QStringLiteral("/pgbackrest-background");
}
QString drillCluster()
{
    return QStringLiteral("pgpilot_drill");
}
int drillPort()
{
    return 5499;
}
QString serviceName(const QString& type)
{
    return QStringLiteral("pgpilot-backup-%1.service").arg(type);
}
QString timerName(const QString& type)
{
    return QStringLiteral("pgpilot-backup-%1.timer").arg(type);
}
QString markerTable()
{
    return QStringLiteral("public.pgpilot_backup_marker");
}
} // namespace backuppaths

QString repositoryUser(const ClusterSpec& spec)
{
    return spec.hasBackupHost() ? backuppaths::user() : QStringLiteral("postgres");
}

QList<NodeSpec> backupRunners(const ClusterSpec& spec)
{
    if (!spec.hasBackups())
        return {};
    return spec.hasBackupHost() ? QList<NodeSpec> {spec.backup.host} : spec.nodes;
}

QString runnerCommand(const ClusterSpec& spec, const QString& node)
{
    QStringList names;
    for (const NodeSpec& n : spec.nodes)
        names << n.name; // validated host names: no ',' and nothing a shell reads
    return QStringLiteral("%1 --stanza %2 --repo %3 --nodes %4 --me %5")
        .arg(backuppaths::runnerScript(), backupStanza(spec), shellQuote(spec.backup.path),
            names.join(QLatin1Char(',')), node);
}

QString amRunnerShell(const ClusterSpec& spec, const QString& node)
{
    return QStringLiteral("runuser -u postgres -- %1 --am-runner").arg(runnerCommand(spec, node));
}

QString backupStanza(const ClusterSpec& spec)
{
    return spec.name; // validated: [a-z0-9-], what a stanza may be
}

QString pgbackrestCommand(const ClusterSpec& spec, const QString& rest)
{
    return QStringLiteral("pgbackrest --stanza=%1 %2").arg(backupStanza(spec), rest);
}

QString backupArchiveCommand(const ClusterSpec& spec)
{
    return pgbackrestCommand(spec, QStringLiteral("archive-push %p"));
}

QString backupRestoreCommand(const ClusterSpec& spec)
{
    // Until phase 6 has configured pgBackRest there is no repository to read from: "not there"
    // (exit 1), which PostgreSQL takes as the end of the archive. A command the shell cannot run
    // (127) would stop a starting standby.
    return QStringLiteral("test -e %1 && %2")
        .arg(backuppaths::configFile(), pgbackrestCommand(spec, QStringLiteral("archive-get %f \"%p\"")));
}

namespace {

RenderedFile file(const QString& id, const QString& host, const QString& path, const QString& content)
{
    RenderedFile f;
    f.id = id;
    f.node = host;
    f.path = path;
    f.content = content.toUtf8();
    return f;
}

QString header(const ClusterSpec& spec, const QString& what)
{
    return QStringLiteral(
        "# Managed by pgpilot (cluster %1): rewritten whole on every run, local edits are lost.\n"
        "# %2\n")
        .arg(spec.name, what);
}

// pgBackRest 2.54 and later back up from the primary when no standby answers; 2.45 (Debian 12)
// knows only y/n, and y then refuses to run (the alarm says so).
QString backupStandbyValue(const ClusterSpec& spec)
{
    return spec.platform == Platform::Debian12 ? QStringLiteral("y") : QStringLiteral("prefer");
}

// Where backups run (the repository host, or the nodes of a mounted repository): the repository,
// its retention and how a backup is taken.
QString repositoryGlobals(const ClusterSpec& spec)
{
    const BackupSpec& b = spec.backup;
    return QStringLiteral(
        "repo1-path=%1\n"
        "repo1-retention-full=%2\n"
        "repo1-retention-diff=%3\n"
        "repo1-bundle=y\n"
        "compress-type=zst\n"
        "process-max=%4\n"
        "# A backup starts at once (a checkpoint on the primary) and copies the data files\n"
        "# from a standby, so the primary does not carry the reading.\n"
        "start-fast=y\n"
        "backup-standby=%5\n")
        .arg(b.path)
        .arg(b.retentionFull)
        .arg(b.retentionDiff)
        .arg(b.processMax)
        .arg(backupStandbyValue(spec));
}

QString nodeLogLevels()
{
    return QStringLiteral("log-level-console=warn\nlog-level-stderr=warn\nlog-level-file=info\n");
}

// A node's WAL archiving: asynchronous, with the queue limit of the worksheet.
QString archivingGlobals(const ClusterSpec& spec)
{
    QString text
        = QStringLiteral("# The foreground archive-push returns once the background one has the segment in\n"
                         "# the repository: PostgreSQL sees success only for WAL that is there.\n"
                         "archive-async=y\n"
                         "spool-path=%1\n"
                         "archive-timeout=60\n")
              .arg(backuppaths::spoolDir());
    if (!spec.backup.archiveQueueMax.isEmpty())
        text += QStringLiteral(
            "# Beyond this much unarchived WAL pgBackRest drops segments from the archive so that pg_wal\n"
            "# cannot fill and stop PostgreSQL; point-in-time recovery is then broken until the next\n"
            "# full backup (the dashboard raises a critical alarm).\n"
            "archive-push-queue-max=%1\n")
                    .arg(spec.backup.archiveQueueMax);
    return text;
}

// archive_command gives up after 10 s when the background push has not stored the segment
// (PostgreSQL keeps it and tries again): a repository that does not answer must not hold up a
// shutdown, whose last archiving round tries every waiting segment three times. Then the stanza
// with this node's own data directory as pg1.
QString archivingSections(const ClusterSpec& spec)
{
    return QStringLiteral("\n[global:archive-push]\nprocess-max=2\narchive-timeout=10\n\n"
                          "[global:archive-get]\nprocess-max=2\n\n"
                          "[%1]\npg1-path=%2\npg1-port=%3\n")
        .arg(backupStanza(spec), postgresDataDir(spec.postgresVersion))
        .arg(spec.ports.postgres);
}

// Node n as pg<i>, reached over SSH as postgres; what runs there runs at the background priority.
QString pgHost(const ClusterSpec& spec, int i, const NodeSpec& n)
{
    return QStringLiteral("pg%1-host=%2\npg%1-host-user=postgres\npg%1-host-cmd=%5\n"
                          "pg%1-path=%3\npg%1-port=%4\n")
        .arg(i)
        .arg(n.address, postgresDataDir(spec.postgresVersion))
        .arg(spec.ports.postgres)
        .arg(backuppaths::backgroundCommand());
}

} // namespace

namespace render {

RenderedFile pgbackrestNodeConf(const ClusterSpec& spec, const NodeSpec& node)
{
    const BackupSpec& b = spec.backup;
    QString text = header(spec,
        QStringLiteral("pgBackRest on node %1: WAL goes to the repository on %2 (%3).")
            .arg(node.name, b.host.name, b.host.address));
    text += QStringLiteral("[global]\nrepo1-host=%1\nrepo1-host-user=%2\nprocess-max=%3\n")
                .arg(b.host.address, backuppaths::user())
                .arg(b.processMax)
        + nodeLogLevels() + archivingGlobals(spec) + archivingSections(spec);
    RenderedFile f = file(QStringLiteral("pgbackrest.conf"), node.name, backuppaths::configFile(), text);
    f.owner = f.group = QStringLiteral("postgres");
    f.mode = 0640;
    return f;
}

RenderedFile pgbackrestMountConf(const ClusterSpec& spec, const NodeSpec& node)
{
    QString text = header(spec,
        QStringLiteral("pgBackRest on node %1: the repository is %2, mounted on every node; a backup runs "
                       "on one node (pgpilot-backup-run) and reads a standby.")
            .arg(node.name, spec.backup.path));
    text += QStringLiteral("[global]\n") + repositoryGlobals(spec) + nodeLogLevels() + archivingGlobals(spec)
        + archivingSections(spec);
    // The other nodes over SSH as postgres (phase 3's keys): whichever node runs the backup finds
    // the primary and a standby among them, before and after a failover.
    int i = 2;
    for (const NodeSpec& n : spec.nodes) {
        if (n.name != node.name)
            text += pgHost(spec, i++, n);
    }
    RenderedFile f = file(QStringLiteral("pgbackrest.conf"), node.name, backuppaths::configFile(), text);
    f.owner = f.group = QStringLiteral("postgres");
    f.mode = 0640;
    return f;
}

RenderedFile pgbackrestRepoConf(const ClusterSpec& spec)
{
    const BackupSpec& b = spec.backup;
    QString text = header(spec,
        QStringLiteral("pgBackRest's repository of cluster %1 on %2; backups run here.")
            .arg(spec.name, b.host.name));
    text += QStringLiteral("[global]\n") + repositoryGlobals(spec)
        + QStringLiteral("archive-timeout=60\n"
                         "log-level-console=info\n"
                         "log-level-stderr=warn\n"
                         "log-level-file=info\n");
    text += QStringLiteral("\n[%1]\n").arg(backupStanza(spec));
    int i = 1;
    for (const NodeSpec& n : spec.nodes)
        text += pgHost(spec, i++, n);
    RenderedFile f
        = file(QStringLiteral("pgbackrest-repo.conf"), b.host.name, backuppaths::configFile(), text);
    // Read by pgbackrest (backups) and postgres (restore drills), changed by neither.
    f.owner = QStringLiteral("root");
    f.group = backuppaths::user();
    f.mode = 0640;
    return f;
}

RenderedFile pgbackrestCipherConf(const ClusterSpec& spec, const QString& host)
{
    const QString key = spec.backupCipherKey();
    QString text;
    if (!key.isEmpty())
        text = header(spec,
                   QStringLiteral(
                       "The repository's encryption; the passphrase comes from pgpilot's keychain."))
            + QStringLiteral("[global]\nrepo1-cipher-type=aes-256-cbc\nrepo1-cipher-pass=%1\n")
                  .arg(secretPlaceholder(key));
    RenderedFile f = file(QStringLiteral("pgbackrest-cipher.conf"), host, backuppaths::cipherFile(), text);
    f.owner = QStringLiteral("root");
    f.group = repositoryUser(spec);
    f.mode = 0640;
    return f;
}

RenderedFile pgbackrestSshConfig(const ClusterSpec& spec)
{
    QStringList blocks;
    for (const NodeSpec& n : spec.nodes)
        blocks << sshHostBlock(
            n, QStringLiteral("postgres"), backuppaths::userSshKey(), backuppaths::userKnownHosts(), true);
    RenderedFile f = file(QStringLiteral("pgbackrest-ssh-config"), spec.backup.host.name,
        backuppaths::userSshDir() + QStringLiteral("/config"),
        header(spec,
            QStringLiteral("pgBackRest reaches the nodes' postgres with pgpilot's key and pinned host keys."))
            + blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n'));
    f.owner = f.group = backuppaths::user();
    f.mode = 0600;
    return f;
}

QList<RenderedFile> backupUnits(const ClusterSpec& spec, const QString& host)
{
    const bool mounted = !spec.hasBackupHost();
    QList<RenderedFile> files;
    const QList<QPair<QString, QString>> schedules {{QStringLiteral("full"), spec.backup.fullSchedule},
        {QStringLiteral("diff"), spec.backup.diffSchedule}};
    for (const auto& [type, calendar] : schedules) {
        if (calendar.isEmpty())
            continue;
        const QString service
            = QStringLiteral("[Unit]\n"
                             "Description=pgpilot: %1 pgBackRest backup of cluster %2\n"
                             "After=network-online.target\n"
                             "Wants=network-online.target\n\n"
                             "[Service]\n"
                             "Type=oneshot\n"
                             "User=%3\n"
                             "Group=%3\n"
                             "ExecStart=%4\n")
                  .arg(type, spec.name, repositoryUser(spec),
                      mounted
                          // every node's timer fires; the runner script lets one of them back up
                          ? runnerCommand(spec, host) + QStringLiteral(" --type %1").arg(type)
                          : QStringLiteral("/usr/bin/")
                              + pgbackrestCommand(spec, QStringLiteral("--type=%1 backup").arg(type)));
        const QString timer = QStringLiteral("[Unit]\n"
                                             "Description=pgpilot: when the %1 backups of cluster %2 run\n\n"
                                             "[Timer]\n"
                                             "OnCalendar=%3\n"
                                             "# A run missed while the host was down is made up at boot.\n"
                                             "Persistent=true\n\n"
                                             "[Install]\n"
                                             "WantedBy=timers.target\n")
                                  .arg(type, spec.name, calendar);
        const QString comment = header(spec, QStringLiteral("The %1 backup schedule (worksheet).").arg(type));
        files << file(QStringLiteral("backup-%1.service").arg(type), host,
            QStringLiteral("/etc/systemd/system/") + backuppaths::serviceName(type), comment + service);
        files << file(QStringLiteral("backup-%1.timer").arg(type), host,
            QStringLiteral("/etc/systemd/system/") + backuppaths::timerName(type), comment + timer);
    }
    return files;
}

RenderedFile pgbackrestBackground(const ClusterSpec& spec, const NodeSpec& node)
{
    RenderedFile f = file(QStringLiteral("pgbackrest-background"), node.name,
        backuppaths::backgroundCommand(),
        QStringLiteral("#!/bin/sh\n")
            + header(spec,
                QStringLiteral("pgBackRest's side of a backup on this node, started by the repository host, "
                               "runs behind PostgreSQL."))
            + QStringLiteral("exec nice -n 10 ionice -c 2 -n 7 /usr/bin/pgbackrest \"$@\"\n"));
    f.mode = 0755;
    return f;
}

RenderedFile restoreDrillScript(const ClusterSpec&, const QString& host)
{
    RenderedFile f = file(QStringLiteral("pgpilot-restore-drill"), host, backuppaths::drillScript(),
        templateText(QStringLiteral("pgpilot-restore-drill.py")));
    f.mode = 0755;
    return f;
}

RenderedFile backupStatusScript(const ClusterSpec&, const QString& host)
{
    RenderedFile f = file(QStringLiteral("pgpilot-backup-status"), host, backuppaths::statusScript(),
        templateText(QStringLiteral("pgpilot-backup-status.py")));
    f.mode = 0755;
    return f;
}

RenderedFile backupRunnerScript(const ClusterSpec&, const QString& host)
{
    RenderedFile f = file(QStringLiteral("pgpilot-backup-run"), host, backuppaths::runnerScript(),
        templateText(QStringLiteral("pgpilot-backup-run.py")));
    f.mode = 0755;
    return f;
}

} // namespace render

QList<RenderedFile> renderBackupHostFiles(const ClusterSpec& spec)
{
    if (!spec.hasBackupHost())
        return {};
    const QString host = spec.backup.host.name;
    QList<RenderedFile> files {render::pgbackrestRepoConf(spec), render::pgbackrestSshConfig(spec),
        render::restoreDrillScript(spec, host), render::backupStatusScript(spec, host)};
    if (const RenderedFile cipher = render::pgbackrestCipherConf(spec, host); !cipher.content.isEmpty())
        files << cipher;
    files << render::backupUnits(spec, host);
    return files;
}

QList<RenderedFile> renderBackupNodeFiles(const ClusterSpec& spec, const NodeSpec& node)
{
    if (!spec.hasBackups())
        return {};
    if (spec.hasBackupHost())
        return {render::pgbackrestNodeConf(spec, node), render::pgbackrestBackground(spec, node)};
    QList<RenderedFile> files {render::pgbackrestMountConf(spec, node),
        render::pgbackrestBackground(spec, node), render::restoreDrillScript(spec, node.name),
        render::backupStatusScript(spec, node.name), render::backupRunnerScript(spec, node.name)};
    if (const RenderedFile cipher = render::pgbackrestCipherConf(spec, node.name); !cipher.content.isEmpty())
        files << cipher;
    files << render::backupUnits(spec, node.name);
    return files;
}

} // namespace pgpilot
