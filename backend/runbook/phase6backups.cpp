// SPDX-License-Identifier: GPL-3.0-or-later
// Phase 6: backups with pgBackRest (a repository host, WAL archiving, a first full backup from a
// standby, the schedule, and a restore drill as the checkpoint's last word).

#include "backupfiles.h"
#include "builderutil.h"
#include "core/shell.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pgpilot {

// Reads `pgbackrest info --output=json` on stdin: exit 0 when a full backup without error exists.
QString Builder::fullBackupExists() const
{
    return QStringLiteral("%1 2>/dev/null | python3 -c %2")
        .arg(pgbackrestCommand(m_spec, QStringLiteral("--output=json info")),
            shellQuote(QStringLiteral("import json, sys\n"
                                      "d = json.load(sys.stdin)\n"
                                      "ok = any(b.get('type') == 'full' and not b.get('error') for b in "
                                      "(d[0].get('backup') or []))\n"
                                      "sys.exit(0 if ok else 1)")));
}

QString Builder::isPrimaryShell() const
{
    return QStringLiteral("[ \"$(runuser -u postgres -- %1 2>/dev/null)\" = f ]")
        .arg(psql(QStringLiteral("SELECT pg_is_in_recovery()")));
}

// Adds (or replaces) one authorized_keys line of user's, tagged, whose key comes on stdin; the
// probe's stdin is the whole expected line.
NodeWork Builder::authorizedKeyWork(const NodeSpec& host, const QString& user, const QString& home,
    const QString& options, const QString& keyKey, const QString& tag, const QString& description) const
{
    const QString pub = QStringLiteral("{{sshpub:%1}}").arg(keyKey);
    const QString command = QStringLiteral(
        "set -e\ncd %1\numask 077\nmkdir -p .ssh\npub=$(cat)\n"
        "case $pub in ssh-*' '*) ;; *) echo 'pgpilot: no public key to add' >&2; exit 1;; esac\n"
        "tmp=$(mktemp .ssh/authorized_keys.XXXXXX)\n"
        "{ grep -v %2 .ssh/authorized_keys 2>/dev/null || true; printf '%s %s %s\\n' %3 \"$pub\" %4; } "
        ">\"$tmp\"\nchmod 600 \"$tmp\"\nmv -f \"$tmp\" .ssh/authorized_keys")
                                .arg(shellQuote(home), shellQuote(QStringLiteral(" %1$").arg(tag)),
                                    shellQuote(options), shellQuote(tag));
    NodeWork w = work(host, {runStdin(description, command, user, pub)},
        QStringLiteral("grep -qxF -f - %1/.ssh/authorized_keys").arg(shellQuote(home)), user);
    w.probeStdin = QStringLiteral("%1 %2 %3\n").arg(options, pub, tag).toUtf8();
    return w;
}

Phase Builder::phase6() const
{
    Phase p;
    p.number = 6;
    p.title = tr("Backups");
    const BackupSpec& b = m_spec.backup;
    const NodeSpec& repo = b.host;
    const bool onHost = m_spec.hasBackupHost();
    p.summary = onHost
        ? tr("pgBackRest on every node and on the repository host %1: WAL archived there, the stanza "
             "created and checked, a first full backup copied from a standby, the schedule installed, "
             "and a restore drill on %1 proving the backup restores.")
              .arg(repo.name)
        : tr("pgBackRest on every node with the repository mounted at %1 on each: WAL archived there, the "
             "stanza created and checked, a first full backup taken on a standby, the schedule on every "
             "node (one node backs up), and a restore drill on that node proving the backup restores.")
              .arg(b.path);

    // ---- what must hold before anything is installed ------------------------------------------
    {
        const PlatformProfile& profile = platformProfile(m_spec.platform);
        const QString expectedOs = profile.osId + QLatin1Char(' ') + profile.osVersionId;
        QStringList checks {
            QStringLiteral(". /etc/os-release; [ \"$ID $VERSION_ID\" = %1 ] || { echo \"pgpilot: "
                           "this host runs $ID $VERSION_ID, the nodes %2: pgBackRest must be the "
                           "same version everywhere, so the repository host needs the nodes' "
                           "release\" >&2; exit 1; }")
                .arg(shellQuote(expectedOs), expectedOs)};
        for (const QString& calendar : {b.fullSchedule, b.diffSchedule}) {
            if (!calendar.isEmpty())
                checks << QStringLiteral("systemd-analyze calendar %1 >/dev/null || { echo %2 >&2; exit 1; }")
                              .arg(shellQuote(calendar),
                                  shellQuote(tr("pgpilot: systemd does not understand the schedule \"%1\": "
                                                "correct it in the worksheet's backup section")
                                                 .arg(calendar)));
        }
        if (onHost) {
            p.steps << step(QStringLiteral("p6.precheck"),
                tr("Check the repository host %1 (release, schedules)").arg(repo.name), Step::Target::OneNode,
                {work(repo,
                    {run(tr("Compare its release with the nodes' and check the schedules"),
                        checks.join(QLatin1Char('\n')))})},
                tr("The repository host is not ready: read the message, correct the host or the worksheet."));
        } else {
            checks.removeFirst(); // the nodes run one release
            checks << mountCheck();
            p.steps << forAll(QStringLiteral("p6.precheck"),
                tr("Check the schedules and the repository mounted at %1").arg(b.path),
                tr("The repository is not mounted as pgpilot needs it: read the message, mount the shared "
                   "directory at the same path on every node, then run phase 6 again."),
                [&](const NodeSpec& node) {
                    return work(
                        node, {run(tr("Check the schedules and the mount"), checks.join(QLatin1Char('\n')))});
                });
        }
    }

    // ---- packages ------------------------------------------------------------------------------
    if (onHost)
        p.steps << step(QStringLiteral("p6.apt-source"),
            tr("Configure the package source on %1").arg(repo.name), Step::Target::OneNode,
            {aptSourceWork(repo)},
            tr("The package source could not be set up on the repository host: check its access to the "
               "repository (proxy, firewall, mirror URL)."));
    {
        const QString apt = QStringLiteral(
            "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -o "
            "Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold install -y -q %1");
        const auto installed = [](const QStringList& pkgs) {
            return QStringLiteral(
                "[ \"$(dpkg-query -W -f='${db:Status-Abbrev}\\n' %1 2>/dev/null | grep -c '^ii')\" -eq %2 ]")
                .arg(shellJoin(pkgs))
                .arg(pkgs.size());
        };
        QList<NodeWork> list;
        const QStringList nodePkgs {QStringLiteral("pgbackrest")};
        for (const NodeSpec& n : m_spec.nodes) {
            list << work(n,
                {run(tr("apt-get install pgbackrest"),
                    QStringLiteral(
                        "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q && ")
                        + apt.arg(shellJoin(nodePkgs)),
                    kRoot, 30 * kMinute)},
                installed(nodePkgs));
        }
        // The repository host also gets PostgreSQL's server for the restore drills, without the
        // "main" cluster Debian would create and start.
        const QStringList repoPkgs {QStringLiteral("pgbackrest"), QStringLiteral("postgresql-%1").arg(m_v),
            QStringLiteral("python3")};
        if (onHost)
            list << work(repo,
                {run(tr("Tell postgresql-common not to create a main cluster on this host"),
                     QStringLiteral("%1 && printf '# Managed by pgpilot: the backup repository host runs no "
                                    "cluster of its own.\\ncreate_main_cluster = false\\n' "
                                    ">/etc/postgresql-common/createcluster.d/pgpilot.conf")
                         .arg(mkdir(QStringLiteral("/etc/postgresql-common/createcluster.d")))),
                    run(tr("apt-get install %1").arg(repoPkgs.join(QLatin1Char(' '))),
                        QStringLiteral(
                            "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q && ")
                            + apt.arg(shellJoin(repoPkgs)),
                        kRoot, 30 * kMinute)},
                installed(repoPkgs));
        p.steps << step(QStringLiteral("p6.install"), tr("Install pgBackRest"), Step::Target::AllNodes, list,
            tr("apt-get failed: read its output; the package source, a held lock or no access to the "
               "repository are the usual causes."));
    }

    if (onHost)
        repositoryHostAccess(p);
    else
        mountedRepository(p);

    // ---- pgBackRest's configuration ----------------------------------------------------------
    {
        QList<NodeWork> list;
        for (const NodeSpec& n : m_spec.nodes) {
            const RenderedFile conf
                = onHost ? render::pgbackrestNodeConf(m_spec, n) : render::pgbackrestMountConf(m_spec, n);
            const RenderedFile background = render::pgbackrestBackground(m_spec, n);
            QList<Action> actions {
                run(tr("Create %1").arg(backuppaths::configDir()), mkdir(backuppaths::configDir())),
                run(tr("Create the spool directory for asynchronous archiving"),
                    QStringLiteral("install -d -o postgres -g postgres -m 0750 %1 %2")
                        .arg(shellQuote(backuppaths::spoolDir()), shellQuote(backuppaths::logDir()))),
                write(tr("Write %1 (0640)").arg(conf.path), conf),
                write(tr("Write %1 (backups read this node at a lower priority)").arg(background.path),
                    background)};
            QString probe = fileProbe(conf) + QStringLiteral(" && ") + fileProbe(background);
            if (!onHost) { // every node opens the repository: the passphrase on each, and the
                           // runner script that the next steps ask who backs up
                cipherActions(n.name, &actions, &probe);
                const RenderedFile runner = render::backupRunnerScript(m_spec, n.name);
                actions << run(tr("Create %1").arg(nodepaths::libDir()), mkdir(nodepaths::libDir()))
                        << write(tr("Write %1").arg(runner.path), runner);
                probe += QStringLiteral(" && ") + fileProbe(runner);
            }
            list << work(n, actions, probe);
        }
        if (onHost) {
            const RenderedFile conf = render::pgbackrestRepoConf(m_spec);
            QList<Action> repoActions {
                run(tr("Create %1").arg(backuppaths::configDir()), mkdir(backuppaths::configDir())),
                write(tr("Write %1 (0640)").arg(conf.path), conf)};
            QString probe = fileProbe(conf);
            cipherActions(repo.name, &repoActions, &probe);
            list << work(repo, repoActions, probe);
        }
        p.steps << step(QStringLiteral("p6.config"), tr("Write pgBackRest's configuration"),
            Step::Target::AllNodes, list, tr("A configuration file could not be written: read the message."));
    }
    phase6Archiving(p);
    phase6Backup(p);
    phase6Checkpoint(p);
    return p;
}

// The repository's passphrase on host (or its removal when the worksheet turns encryption off).
void Builder::cipherActions(const QString& host, QList<Action>* actions, QString* probe) const
{
    const RenderedFile cipher = render::pgbackrestCipherConf(m_spec, host);
    *actions << run(tr("Create %1").arg(backuppaths::configDir() + QStringLiteral("/conf.d")),
        mkdir(backuppaths::configDir() + QStringLiteral("/conf.d")));
    if (cipher.content.isEmpty()) {
        *actions << run(tr("No encryption: remove %1").arg(cipher.path),
            QStringLiteral("rm -f %1").arg(shellQuote(cipher.path)));
        *probe += QStringLiteral(" && test ! -e %1").arg(shellQuote(cipher.path));
    } else {
        *actions << write(tr("Write the repository's encryption settings (0640)"), cipher);
        *probe += QStringLiteral(" && ") + fileProbe(cipher);
    }
}

void Builder::phase6Archiving(Phase& p) const
{
    const QString unit = postgresUnit(m_v);
    // ---- WAL archiving on the nodes ------------------------------------------------------------
    const QString reload = pgctl(QStringLiteral("reload"));
    p.steps << forAll(QStringLiteral("p6.archive"),
        tr("Archive WAL through pgBackRest (archive_command, restore_command)"),
        tr("The drop-in or repmgr.conf could not be written, or PostgreSQL refused the reload: see the "
           "server "
           "log."),
        [&](const NodeSpec& node) {
            const RenderedFile dropIn = render::postgresDropIn(m_spec, node);
            const RenderedFile repmgrConf = render::repmgrConf(m_spec, node);
            return work(node,
                {write(tr("Write %1").arg(dropIn.path), dropIn),
                    write(tr("Write %1").arg(repmgrConf.path), repmgrConf),
                    affects(run(tr("Reload PostgreSQL"), reload), Action::ServiceEffect::Reload, unit)},
                fileProbe(dropIn) + QStringLiteral(" && ") + fileProbe(repmgrConf));
        });
    // archive_mode needs a restart when it was off (a cluster built without archiving): the
    // standbys one at a time, then the primary by a switchover. Skipped when nothing waits for one.
    {
        const QString pending
            = QStringLiteral("[ \"$(runuser -u postgres -- %1 2>/dev/null)\" = 0 ]")
                  .arg(psql(QStringLiteral(
                      "SELECT count(*) FROM pg_settings WHERE pending_restart AND name = 'archive_mode'")));
        QList<NodeWork> list;
        for (const NodeSpec& n : m_spec.nodes) {
            // set -e: a restart that fails fails the step (pg_ctlcluster restarts through systemd,
            // so as root).
            const QString command = QStringLiteral(
                "set -e\n"
                "if %1; then echo 'the primary: restarted by the switchover that follows'; exit 0; fi\n"
                "%2\n%3\n%4")
                                        .arg(isPrimaryShell(),
                                            QStringLiteral("runuser -u postgres -- sh -c %1")
                                                .arg(shellQuote(lowerSettingGuard())),
                                            pgctl(QStringLiteral("restart")),
                                            QStringLiteral("runuser -u postgres -- sh -c %1")
                                                .arg(shellQuote(waitStreaming(n, 120).command)));
            list << work(n,
                {affects(run(tr("If a standby: restart it and wait until it streams again"), command, kRoot,
                             3 * kMinute),
                    Action::ServiceEffect::Restart, unit)},
                pending);
        }
        p.steps << step(QStringLiteral("p6.restart-standbys"),
            tr("Restart the standbys one at a time if archive_mode changed"), Step::Target::AllNodes, list,
            tr("The standby did not come back or does not stream: see journalctl -u %1 and the server log.")
                .arg(unit),
            true);
        // The primary, by a switchover to the first standby that finds it still pending (whichever
        // node is primary now: failovers move it); every other node then finds nothing pending.
        const QString primaryDone
            = QStringLiteral("runuser -u postgres -- sh -c %1 || %2")
                  .arg(shellQuote(QStringLiteral("[ \"$(%1 2>/dev/null)\" = 0 ]")
                                      .arg(psqlTo(m_spec.network.vip, m_spec.ports.write,
                                          QStringLiteral("SELECT count(*) FROM pg_settings WHERE "
                                                         "pending_restart AND name = 'archive_mode'")))),
                      isPrimaryShell());
        QList<NodeWork> switchovers;
        for (const NodeSpec& n : m_spec.nodes) {
            Step one = restartPrimaryBySwitchover(n, QStringLiteral("p6.restart-primary"));
            NodeWork w = one.work.first();
            w.probe = primaryDone;
            w.probeRunAs = kRoot;
            switchovers << w;
        }
        p.steps << step(QStringLiteral("p6.restart-primary"),
            tr("Restart the primary if archive_mode changed: a switchover to a standby"),
            Step::Target::AllNodes, switchovers,
            tr("The switchover did not complete: run 'repmgr cluster show' and check which node is primary "
               "before "
               "anything else."),
            true);
    }
}

void Builder::phase6Backup(Phase& p) const
{
    const BackupSpec& b = m_spec.backup;
    const bool onHost = m_spec.hasBackupHost();
    const QString bu = repositoryUser(m_spec);
    const Step::Target repoTarget = onHost ? Step::Target::OneNode : Step::Target::AllNodes;
    // ---- stanza, check, first full backup ----------------------------------------------------
    p.steps << step(QStringLiteral("p6.stanza"), tr("Create the stanza %1").arg(backupStanza(m_spec)),
        repoTarget,
        repositoryWork({run(tr("pgbackrest stanza-create (kept when it exists and matches)"),
            pgbackrestCommand(m_spec, QStringLiteral("stanza-create")), bu, 10 * kMinute)}),
        tr("stanza-create failed: read its message; a node pgBackRest cannot reach over SSH, or a repository "
           "that holds another cluster's stanza, are the usual causes."));
    p.steps << step(QStringLiteral("p6.check"), tr("Check archiving end to end (pgbackrest check)"),
        repoTarget,
        repositoryWork({run(tr("pgbackrest check: a WAL switch on the primary reaches the repository"),
            pgbackrestCommand(m_spec, QStringLiteral("check")), bu, 10 * kMinute)}),
        tr("pgbackrest check failed: read its message (archive_command, SSH from the primary to the "
           "repository "
           "host, the repository's free space)."));
    {
        // The marker row is written before the backup, so the drill can look for it; when a full
        // backup exists already both are skipped (the drill then looks for an older marker).
        const QString marker = markerSql(QStringLiteral("phase 6"));
        QList<NodeWork> list;
        for (const NodeSpec& n : m_spec.nodes) {
            list << work(n,
                {run(tr("If this node is the primary: write a marker row for the restore drill"),
                    QStringLiteral(
                        "if %1; then runuser -u postgres -- %2; else echo 'a standby: nothing to write'; fi")
                        .arg(isPrimaryShell(), psql(marker)))},
                QStringLiteral("runuser -u postgres -- sh -c %1").arg(shellQuote(fullBackupExists())));
        }
        list << backupWork(QStringLiteral("full"), fullBackupExists());
        p.steps << step(QStringLiteral("p6.first-full"), tr("Take the first full backup"),
            Step::Target::AllNodes, list,
            tr("The backup failed: read its message (a standby that does not answer, the repository's free "
               "space, a lock held by a running backup)."),
            true);
    }

    // ---- the schedule, the drill and status scripts on the repository host (every node) ---------
    QList<NodeWork> schedule;
    for (const NodeSpec& host : backupRunners(m_spec)) {
        QList<Action> actions;
        QStringList probes;
        const QList<RenderedFile> units = render::backupUnits(m_spec, host.name);
        QStringList timers;
        for (const RenderedFile& f : units) {
            actions << write(tr("Write %1").arg(f.path), f);
            probes << fileProbe(f);
            if (f.path.endsWith(QLatin1String(".timer")))
                timers << f.path.section(QLatin1Char('/'), -1);
        }
        const RenderedFile drill = render::restoreDrillScript(m_spec, host.name);
        const RenderedFile status = render::backupStatusScript(m_spec, host.name);
        actions.prepend(write(tr("Write %1").arg(status.path), status));
        actions.prepend(write(tr("Write %1").arg(drill.path), drill));
        actions.prepend(run(tr("Create %1").arg(nodepaths::libDir()), mkdir(nodepaths::libDir())));
        probes.prepend(fileProbe(status));
        probes.prepend(fileProbe(drill));
        QString enable = QStringLiteral("systemctl daemon-reload");
        if (!timers.isEmpty())
            enable += QStringLiteral(" && systemctl enable --now %1").arg(shellJoin(timers));
        if (b.diffSchedule.isEmpty()) // a schedule taken away: its units go
            enable += QStringLiteral(
                " && { systemctl disable --now %1 2>/dev/null; rm -f /etc/systemd/system/%1 "
                "/etc/systemd/system/%2; systemctl daemon-reload; }")
                          .arg(backuppaths::timerName(QStringLiteral("diff")),
                              backuppaths::serviceName(QStringLiteral("diff")));
        actions << run(tr("Enable and start the timers"), enable);
        for (const QString& t : timers)
            probes
                << QStringLiteral("systemctl is-enabled --quiet %1 && systemctl is-active --quiet %1").arg(t);
        schedule << work(host, actions, probes.join(QStringLiteral(" && ")));
    }
    p.steps << step(QStringLiteral("p6.schedule"),
        tr("Install the backup schedule, the restore drill and the status script"), repoTarget, schedule,
        tr("The units could not be installed: see systemctl status on %1.").arg(repositoryName()));
}

void Builder::phase6Checkpoint(Phase& p) const
{
    const BackupSpec& b = m_spec.backup;
    const NodeSpec& repo = b.host;
    const bool onHost = m_spec.hasBackupHost();
    const QString bu = repositoryUser(m_spec);
    // ---- checkpoint ----------------------------------------------------------------------------
    p.checkpoint << versionsCriterion(QStringLiteral("p6.versions"));
    const QString expectedArchive = backupArchiveCommand(m_spec);
    p.checkpoint << perNode(
        QStringLiteral("p6.archive-settings"),
        tr("archive_mode is on and archive_command is pgBackRest's on every node"),
        psql(QStringLiteral(
            "SELECT current_setting('archive_mode'), current_setting('archive_command'), (SELECT "
            "count(*) FROM pg_settings WHERE pending_restart)")),
        [expectedArchive](const NodeSpec& node, const CommandOutput& out) {
            const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
            const QString want = QStringLiteral("on|%1|0").arg(expectedArchive);
            const QString seen = out.exitCode == 0 ? text(out.stdOut) : text(out.stdErr);
            return result(seen == want, node.name, want, seen,
                tr("The drop-in is not read, another file overrides archive_command, or PostgreSQL still "
                   "waits "
                   "for a restart."));
        },
        kPostgres);
    p.checkpoint << perNode(
        QStringLiteral("p6.archiver"),
        tr("The primary's archiver has archived a segment and its last attempt succeeded"),
        psql(QStringLiteral(
            "SELECT pg_is_in_recovery(), archived_count, coalesce(last_archived_wal, ''), "
            "failed_count, coalesce(last_failed_time > last_archived_time OR (last_failed_time IS "
            "NOT NULL AND last_archived_time IS NULL), false) FROM pg_stat_archiver")),
        [](const NodeSpec& node, const CommandOutput& out) {
            const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
            if (out.exitCode != 0 || f.size() != 5)
                return result(false, node.name, tr("PostgreSQL answers"), text(out.stdErr),
                    tr("PostgreSQL is not running: see the server log."));
            if (f.at(0) == QLatin1String("t"))
                return result(true, node.name, tr("a standby: archives once promoted"), tr("standby"));
            const bool ok = f.at(1).toLongLong() > 0 && f.at(4) == QLatin1String("f");
            return result(ok, node.name, tr(">= 1 segment archived, the last attempt successful"),
                tr("%1 archived (last %2), %3 failed%4")
                    .arg(f.at(1), f.at(2).isEmpty() ? tr("none") : f.at(2), f.at(3),
                        f.at(4) == QLatin1String("t") ? tr(", the last attempt failed") : QString()),
                tr("archive-push fails: see the server log and /var/log/pgbackrest on this node."));
        },
        kPostgres);
    p.checkpoint << repositoryCriterion(
        QStringLiteral("p6.check"), tr("pgbackrest check passes"),
        pgbackrestCommand(m_spec, QStringLiteral("check")),
        [](const NodeSpec& node, const CommandOutput& out) {
            const QString err = text(out.stdErr).isEmpty() ? text(out.stdOut) : text(out.stdErr);
            return result(out.exitCode == 0, node.name, tr("exit status 0"),
                out.exitCode == 0 ? tr("exit status 0")
                                  : tr("exit status %1: %2").arg(out.exitCode).arg(err.right(400)),
                tr("Read pgBackRest's message; /var/log/pgbackrest on the repository host has the details."));
        },
        bu);
    p.checkpoint << repositoryCriterion(
        QStringLiteral("p6.backup"), tr("The repository holds a full backup without error"),
        pgbackrestCommand(m_spec, QStringLiteral("--output=json info")),
        [](const NodeSpec& node, const CommandOutput& out) {
            const QJsonArray stanzas = QJsonDocument::fromJson(out.stdOut).array();
            const QJsonObject s = stanzas.isEmpty() ? QJsonObject() : stanzas.first().toObject();
            const QJsonObject status = s.value(QStringLiteral("status")).toObject();
            const QJsonArray backups = s.value(QStringLiteral("backup")).toArray();
            int fulls = 0;
            bool newestOk = false;
            for (const QJsonValue& v : backups) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("type")).toString() == QLatin1String("full")
                    && !o.value(QStringLiteral("error")).toBool())
                    ++fulls;
                newestOk = !o.value(QStringLiteral("error")).toBool();
            }
            const int code = status.value(QStringLiteral("code")).toInt(-1);
            return result(code == 0 && fulls > 0 && newestOk, node.name,
                tr("status ok, >= 1 full backup, the newest without error"),
                tr("status %1 (%2), %3 backups, %4 full")
                    .arg(code)
                    .arg(status.value(QStringLiteral("message")).toString())
                    .arg(backups.size())
                    .arg(fulls),
                tr("Run pgpilot backup --type full, and read pgBackRest's log on the repository host."));
        },
        bu);
    {
        QStringList timers;
        for (const QString& type : {QStringLiteral("full"), QStringLiteral("diff")}) {
            if (!(type == QLatin1String("full") ? b.fullSchedule : b.diffSchedule).isEmpty())
                timers << backuppaths::timerName(type);
        }
        const QString command
            = QStringLiteral("for t in %1; do printf '%s %s %s\\n' \"$t\" \"$(systemctl is-enabled \"$t\")\" "
                             "\"$(systemctl is-active \"$t\")\"; done")
                  .arg(shellJoin(timers));
        const NodeCheck check = [timers](const NodeSpec& node, const CommandOutput& out) {
            const QString seen = text(out.stdOut);
            QStringList want;
            for (const QString& t : timers)
                want << QStringLiteral("%1 enabled active").arg(t);
            return result(seen == want.join(QLatin1Char('\n')), node.name, want.join(QStringLiteral(", ")),
                seen.isEmpty() ? text(out.stdErr)
                               : QString(seen).replace(QLatin1Char('\n'), QStringLiteral(", ")),
                tr("See systemctl status of the timer on %1.").arg(node.name));
        };
        const QString title = tr("The backup timers are enabled and waiting");
        p.checkpoint << (onHost ? onNode(QStringLiteral("p6.timers"), title, repo, command, check)
                                : perNode(QStringLiteral("p6.timers"), title, command, check));
    }
    p.checkpoint << drillCriterion(QStringLiteral("p6.drill"), QStringLiteral("immediate"));
}

} // namespace pgpilot
