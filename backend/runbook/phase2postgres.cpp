// SPDX-License-Identifier: GPL-3.0-or-later
// Phase 2: PostgreSQL configuration.

#include "builderutil.h"
#include "core/shell.h"
#include "settingsfiles.h"

#include <QRegularExpression>

namespace pgpilot {

QString Builder::settingsOkSql() const
{
    return QStringLiteral("SELECT current_setting('wal_level') = 'replica' AND "
                          "current_setting('shared_preload_libraries') ~ '(^|[ ,])repmgr($|[ ,])' AND "
                          "NOT EXISTS (SELECT 1 FROM pg_settings WHERE pending_restart)");
}

// A criterion for the settings phase 2 makes: wal_level, repmgr preloaded, nothing pending a
// restart. primaryMayWait: the primary of an adopted cluster may still wait for its restart (the
// switchover at the end of phase 4); its pending count is then shown, not failed. A cluster pgpilot
// built that is in service (repmgr has registered nodes) may wait too: phase 2 no longer restarts
// it, the rolling restart does (pgpilot rolling-restart).
Criterion Builder::settingsCriterion(const QString& id, bool primaryMayWait) const
{
    const bool inServiceMayWait = !m_spec.adopted.adopted;
    QString command = psql(
        QStringLiteral("SELECT current_setting('wal_level'), current_setting('shared_preload_libraries'), "
                       "(SELECT count(*) FROM pg_settings WHERE pending_restart), pg_is_in_recovery()"));
    if (inServiceMayWait)
        command = QStringLiteral(
            "a=$(%1) || exit 1; if %2; then s=t; else s=f; fi; printf '%s|%s\\n' \"$a\" \"$s\"")
                      .arg(command, inServiceShell());
    return perNode(
        id,
        primaryMayWait
            ? tr("wal_level is replica and repmgr is in shared_preload_libraries on every node; only "
                 "the primary may wait for its restart")
            : inServiceMayWait
            ? tr("wal_level is replica and repmgr is in shared_preload_libraries on every node; once the "
                 "cluster is in service a restart may wait for the rolling restart")
            : tr("wal_level is replica and repmgr is in shared_preload_libraries on every node"),
        command,
        [primaryMayWait, inServiceMayWait](const NodeSpec& node, const CommandOutput& out) {
            const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
            if (out.exitCode != 0 || f.size() != (inServiceMayWait ? 5 : 4))
                return result(false, node.name, tr("PostgreSQL answers"), text(out.stdErr),
                    tr("PostgreSQL is not running: see the server log."));
            const bool wal = f.at(0) == QLatin1String("replica");
            static const QRegularExpression repmgrLib(QStringLiteral("(^|[ ,])repmgr($|[ ,])"));
            const bool lib = repmgrLib.match(f.at(1)).hasMatch();
            const bool primary = f.at(3) == QLatin1String("f");
            const bool pending = f.at(2) != QLatin1String("0");
            const bool waits = primaryMayWait && primary && pending;
            const bool inServiceWaits = inServiceMayWait && pending && f.at(4) == QLatin1String("t");
            const bool clean = !pending || waits || inServiceWaits;
            QString seen = tr("wal_level=%1, shared_preload_libraries='%2', %3 pending restart")
                               .arg(f.at(0), f.at(1), f.at(2));
            if (waits)
                seen += tr(" (the primary: restarted by the switchover at the end of phase 4)");
            if (inServiceWaits)
                seen += tr(" (the cluster is in service: pgpilot rolling-restart applies it)");
            return result(wal && lib && clean, node.name,
                tr("wal_level=replica, shared_preload_libraries has repmgr, nothing pending a restart"), seen,
                tr("The drop-in is not read (include_dir 'conf.d' missing from postgresql.conf?) or a "
                   "later file overrides it, or PostgreSQL was not restarted."));
        },
        kPostgres);
}

// An awk program over postgresql.conf: the lines after include_dir 'conf.d' that assign a
// setting the drop-in sets. count: prints how many; else prints the file with each such line
// commented out ("#pgpilot: " in front, so the change can be read and undone).
QString Builder::overridesAwk(const RenderedFile& dropIn, bool count)
{
    QStringList names;
    static const QRegularExpression assignment(QStringLiteral("^\\s*([a-z_][a-z0-9_.]*)\\s*="));
    for (const QString& line : QString::fromUtf8(dropIn.content).split(QLatin1Char('\n'))) {
        const auto m = assignment.match(line);
        if (m.hasMatch())
            names << m.captured(1);
    }
    // The archive command belongs to the worksheet's archiving choice even when the drop-in only
    // turns archiving off (the guide's '/bin/true' would otherwise stay, dead but misleading).
    names << QStringLiteral("archive_command");
    names.removeDuplicates();
    const QString match = QStringLiteral(
        "function name(l) { sub(/^[ \\t]*/, \"\", l); sub(/[ \\t=].*/, \"\", l); return tolower(l) }\n"
        "BEGIN { split(\"%1\", a, \" \"); for (i in a) want[a[i]] = 1 }\n")
                              .arg(names.join(QLatin1Char(' ')));
    const QString after = QStringLiteral("inc && /^[ \\t]*[A-Za-z_]/ && (name($0) in want) { %1; next }\n"
                                         "/^[ \\t]*include_dir[ \\t]*=?[ \\t]*'conf\\.d'/ { inc = 1 }\n");
    if (count)
        return match + after.arg(QStringLiteral("n++")) + QStringLiteral("END { print n + 0 }");
    return match + after.arg(QStringLiteral("print \"#pgpilot: \" $0")) + QStringLiteral("{ print }");
}

// Exits non-zero, saying which, when a setting a hot standby must keep at least at the
// primary's value (max_wal_senders, the only one the drop-in sets) would go down at this restart.
QString Builder::lowerSettingGuard() const
{
    return QStringLiteral(
        "set -- $(%1 | tr '|' ' '); if [ \"${2:-$1}\" -lt \"$1\" ]; then echo \"pgpilot: "
        "max_wal_senders would go down from $1 to $2 at this restart; a standby must keep it at "
        "least at the primary's value: restart the primary first, by hand\" >&2; exit 1; fi")
        .arg(psql(QStringLiteral("SELECT current_setting('max_wal_senders'), coalesce((SELECT setting FROM "
                                 "pg_file_settings WHERE name = 'max_wal_senders' AND applied), '')")));
}

NodeWork Builder::confOverridesWork(const NodeSpec& node) const
{
    // The names the drop-in and the settings file set: the worksheet owns them now.
    RenderedFile dropIn = render::postgresDropIn(m_spec, node);
    dropIn.content += render::postgresSettings(m_spec, node).content;
    const QString conf = postgresConfigDir(m_v) + QStringLiteral("/postgresql.conf");
    const QString awk = overridesAwk(dropIn, false);
    Action comment = run(tr("Comment out the overriding lines of %1 (#pgpilot: prefix)").arg(conf),
        QStringLiteral("f=%1; tmp=$(mktemp \"$f.pgpilot.XXXXXX\") || exit 1\n"
                       "if awk %2 \"$f\" >\"$tmp\" && cat \"$tmp\" >\"$f\"; then rc=0; else rc=1; fi\n"
                       "rm -f \"$tmp\"; exit $rc")
            .arg(shellQuote(conf), shellQuote(awk)),
        kPostgres);
    comment.previewPath = conf;
    comment.previewCommand = QStringLiteral("awk %1 %2").arg(shellQuote(awk), shellQuote(conf));
    return work(node,
        {comment,
            affects(run(tr("Reload PostgreSQL"), pgctl(QStringLiteral("reload"))),
                Action::ServiceEffect::Reload, postgresUnit(m_v))},
        QStringLiteral("[ \"$(awk %1 %2)\" = 0 ]")
            .arg(shellQuote(overridesAwk(dropIn, true)), shellQuote(conf)),
        kPostgres);
}

Phase Builder::phase2() const
{
    Phase p;
    p.number = 2;
    p.title = tr("PostgreSQL configuration");
    p.summary = tr("pgpilot's configuration drop-in, client authentication for repmgr, replication and the "
                   "application, the postgres user's password file, then a restart of PostgreSQL %1.")
                    .arg(m_v);
    const QString reload = pgctl(QStringLiteral("reload"));
    const QString unit = postgresUnit(m_v);
    const bool adopted = m_spec.adopted.adopted;
    if (adopted)
        p.summary
            = tr("pgpilot's configuration drop-in (settings the cluster's postgresql.conf would override are "
                 "commented out), client authentication, the postgres user's password file, then the "
                 "standbys restarted one at a time; the primary is restarted by a switchover at the end of "
                 "phase 4.");

    if (tlsVerified(m_spec)) {
        // Before the drop-in names them: the CA's certificate (never its key), this node's
        // certificate and key, and the CA as postgres's libpq root. As postgres, who owns the
        // directories; the key's bytes come from the keychain at send time and are masked.
        p.steps << forAll(QStringLiteral("p2.tls"),
            tr("Install the node's TLS certificate and the cluster CA"),
            tr("A certificate file could not be written: are the cluster CA and the node's certificate in "
               "the keychain?"),
            [&](const NodeSpec& node) {
                const QList<RenderedFile> files {render::tlsCaCert(m_spec, node),
                    render::tlsServerCert(m_spec, node), render::tlsServerKey(m_spec, node),
                    render::postgresRootCert(m_spec, node)};
                const QString rootDir = nodepaths::postgresRootCert().section(QLatin1Char('/'), 0, -2);
                QList<Action> actions {
                    run(tr("Create %1").arg(rootDir), mkdir(rootDir, kPostgres, QStringLiteral("0700")))};
                QStringList probes;
                QStringList paths;
                QByteArray expected;
                for (const RenderedFile& f : files) {
                    actions << write(tr("Write %1 (%2)").arg(f.path).arg(f.mode, 4, 8, QLatin1Char('0')), f);
                    probes << fileProbe(f);
                    paths << shellQuote(f.path);
                    expected += f.content;
                }
                // PostgreSQL reads its certificate and key again at a reload: new ones (imported
                // site certificates) are served from here on, with no restart.
                actions << affects(run(tr("Reload PostgreSQL"), reload), Action::ServiceEffect::Reload, unit);
                // Done only when the files hold exactly the keychain's certificates (compared by
                // hash with the probe's stdin, where the executor fills them in: never in an
                // argument), so certificates imported since are written.
                NodeWork w = work(node, actions,
                    QStringLiteral("[ \"$(cat %1 2>/dev/null | sha256sum)\" = \"$(sha256sum)\" ] && %2")
                        .arg(paths.join(QLatin1Char(' ')), probes.join(QStringLiteral(" && "))),
                    kPostgres);
                w.probeStdin = expected;
                return w;
            });
    }
    p.steps << forAll(QStringLiteral("p2.hba"),
        tr("Allow repmgr, replication and the application (pg_hba.conf)"),
        tr("pg_hba.conf could not be rewritten or PostgreSQL refused to reload it: see the server log."),
        [&](const NodeSpec& node) {
            const RenderedFile f = render::hbaBlock(m_spec, node);
            return work(node,
                // As postgres, which owns the file and its directory: root would write through a
                // temporary name postgres can swap for a link.
                {blockWrite(tr("Rewrite pgpilot's block in %1").arg(f.path), f, kPostgres),
                    affects(run(tr("Reload PostgreSQL"), reload), Action::ServiceEffect::Reload, unit)},
                blockProbe(f));
        });
    p.steps << forAll(QStringLiteral("p2.pgpass"), tr("Write the postgres user's password file"),
        tr("The password file could not be written: is the keychain entry for the repmgr password set?"),
        [this](const NodeSpec& node) {
            const RenderedFile f = render::pgpass(m_spec, node);
            return work(node, {write(tr("Write %1 (0600)").arg(f.path), f)}, fileProbe(f));
        });
    p.steps << forAll(QStringLiteral("p2.dropin"), tr("Write the replication settings (conf.d/pgpilot.conf)"),
        tr("The drop-in could not be written or PostgreSQL refused to reload it: see the server log."),
        [&](const NodeSpec& node) {
            const RenderedFile f = render::postgresDropIn(m_spec, node);
            QList<Action> actions;
            QString probe = fileProbe(f);
            if (m_spec.archiving.mode == ArchivingMode::Directory) {
                actions << run(tr("Create the WAL archive directory"),
                    mkdir(m_spec.archiving.directory, kPostgres, QStringLiteral("0700")));
                probe = QStringLiteral("test -d %1 && %2").arg(shellQuote(m_spec.archiving.directory), probe);
            }
            actions << write(tr("Write %1").arg(f.path), f)
                    << affects(run(tr("Reload PostgreSQL"), reload), Action::ServiceEffect::Reload, unit);
            return work(node, actions, probe);
        });
    p.steps << forAll(QStringLiteral("p2.settings"),
        tr("Write the worksheet's PostgreSQL parameters (conf.d/pgpilot-settings.conf)"),
        tr("PostgreSQL does not take a value of the worksheet's settings section (the previous file was put "
           "back): correct it on the worksheet; pgpilot settings shows what the server takes."),
        [&](const NodeSpec& node) {
            const RenderedFile f = render::postgresSettings(m_spec, node);
            return work(node, settingsFileActions(f), settingsFileProbe(f), kPostgres);
        });
    // postgresql.conf includes conf.d where Debian's file has include_dir, near its end: a setting
    // assigned after that line (the guide appends its settings there) overrides the drop-in.
    p.steps << forAll(QStringLiteral("p2.conf-overrides"),
        tr("Comment out postgresql.conf settings that would override the drop-in"),
        tr("postgresql.conf could not be rewritten as postgres: check that postgres owns it."),
        [&](const NodeSpec& node) { return confOverridesWork(node); });
    const QString settingsOk = QStringLiteral("[ \"$(%1)\" = t ]").arg(psql(settingsOkSql()));
    if (!adopted) {
        // A new cluster serves nobody yet: every node at once. Once it is in service (phase 3 has
        // registered its nodes) never here: all nodes at once would stop it; the rolling restart
        // applies what waits (one node at a time, the primary by a switchover).
        const QString inService
            = QStringLiteral(
                "echo 'pgpilot: the cluster is in service: PostgreSQL is not restarted here. Waiting for a "
                "restart: '\"$(%1)\"'. Apply it one node at a time with: pgpilot rolling-restart <cluster "
                "file> --yes'")
                  .arg(psql(
                      QStringLiteral("SELECT string_agg(name, ', ' ORDER BY name) FROM pg_settings WHERE "
                                     "pending_restart")));
        p.steps << forAll(QStringLiteral("p2.restart"),
            tr("Restart PostgreSQL %1 with the new settings (not once the cluster is in service)").arg(m_v),
            tr("PostgreSQL did not come back: see journalctl -u %1 and the server log.").arg(unit),
            [&](const NodeSpec& node) {
                return work(node,
                    // As root (pg_ctlcluster restarts through systemd), psql as postgres.
                    {affects(
                        run(tr("Restart %1, unless the cluster is in service").arg(unit),
                            QStringLiteral("if runuser -u postgres -- sh -c %1; then runuser -u postgres -- "
                                           "sh -c %2; else %3; fi")
                                .arg(shellQuote(inServiceShell()), shellQuote(inService),
                                    pgctl(QStringLiteral("restart")))),
                        Action::ServiceEffect::Restart, unit)},
                    settingsOk, kPostgres);
            });
    } else {
        // A cluster in service: the standbys one at a time, each streaming again before the next;
        // the primary is restarted by a switchover at the end of phase 4, once HAProxy and the VIP
        // follow the primary (the guide's routing does not: a switchover now would cut writes).
        QList<NodeWork> standbys;
        for (const NodeSpec& node : m_standbys) {
            standbys << work(node,
                {run(tr("Refuse to lower a setting a standby must keep at least at the primary's value"),
                     lowerSettingGuard(), kPostgres),
                    affects(run(tr("Restart %1").arg(unit), pgctl(QStringLiteral("restart"))),
                        Action::ServiceEffect::Restart, unit),
                    waitStreaming(node, 120)},
                settingsOk, kPostgres);
        }
        p.steps << step(QStringLiteral("p2.restart-standbys"),
            tr("Restart the standbys one at a time with the new settings"), Step::Target::Standbys, standbys,
            tr("The standby did not come back or does not stream: see journalctl -u %1 and the server log; "
               "the primary and the other standbys were not touched.")
                .arg(unit),
            true);
    }

    p.checkpoint << settingsCriterion(QStringLiteral("p2.settings"), adopted);
    if (!m_spec.settings.postgresql.isEmpty())
        p.checkpoint << settingsValuesCriterion(QStringLiteral("p2.values"), true);
    p.checkpoint << perNode(
        QStringLiteral("p2.hba"), tr("pg_hba.conf loads, has no trust rule and lets repmgr in"),
        psql(QStringLiteral("SELECT count(*) FILTER (WHERE error IS NOT NULL), count(*) FILTER (WHERE "
                            "auth_method = 'trust' AND type <> 'local'), count(*) FILTER (WHERE 'repmgr' "
                            "= ANY(user_name) "
                            "AND auth_method = 'scram-sha-256') FROM pg_hba_file_rules")),
        [](const NodeSpec& node, const CommandOutput& out) {
            const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
            if (out.exitCode != 0 || f.size() != 3)
                return result(false, node.name, tr("PostgreSQL answers"), text(out.stdErr),
                    tr("PostgreSQL is not running: see the server log."));
            const bool ok
                = f.at(0) == QLatin1String("0") && f.at(1) == QLatin1String("0") && f.at(2).toInt() >= 2;
            return result(ok, node.name, tr("0 errors, 0 trust rules, >= 2 scram-sha-256 rules for repmgr"),
                tr("%1 errors, %2 trust rules, %3 repmgr rules").arg(f.at(0), f.at(1), f.at(2)),
                tr("pg_hba.conf has an error or a trust rule: read pg_hba_file_rules on the node."));
        },
        kPostgres);
    if (tlsVerified(m_spec))
        p.checkpoint << tlsServerCriterion();
    p.checkpoint << perNode(QStringLiteral("p2.pgpass"),
        tr("~postgres/.pgpass belongs to postgres, mode 0600"),
        QStringLiteral("stat -c '%U %a' %1").arg(nodepaths::pgpassFile()),
        [](const NodeSpec& node, const CommandOutput& out) {
            const QString seen = text(out.stdOut + out.stdErr);
            return result(seen == QLatin1String("postgres 600"), node.name, QStringLiteral("postgres 600"),
                seen, tr("libpq ignores a password file others can read."));
        });
    return p;
}

} // namespace pgpilot
