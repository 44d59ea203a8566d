// SPDX-License-Identifier: GPL-3.0-or-later
// Phase 2: PostgreSQL configuration.

#include "builderutil.h"
#include "core/shell.h"

#include <QRegularExpression>

namespace pgpilot {

QString Builder::settingsOkSql() const
{
    return QStringLiteral("SELECT current_setting('wal_level') = 'replica' AND "
                          "current_setting('shared_preload_libraries') ~ '(^|[ ,])repmgr($|[ ,])' AND "
                          "NOT EXISTS (SELECT 1 FROM pg_settings WHERE pending_restart)");
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
                actions << run(tr("Reload PostgreSQL"), reload);
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
                {run(tr("Rewrite pgpilot's block in %1").arg(f.path), writeBlockCommand(f), kPostgres),
                    run(tr("Reload PostgreSQL"), reload)},
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
            actions << write(tr("Write %1").arg(f.path), f) << run(tr("Reload PostgreSQL"), reload);
            return work(node, actions, probe);
        });
    p.steps << forAll(QStringLiteral("p2.restart"),
        tr("Restart PostgreSQL %1 with the new settings").arg(m_v),
        tr("PostgreSQL did not come back: see journalctl -u %1 and the server log.").arg(postgresUnit(m_v)),
        [&](const NodeSpec& node) {
            return work(node,
                {run(tr("Restart %1").arg(postgresUnit(m_v)), pgctl(QStringLiteral("restart")))},
                QStringLiteral("[ \"$(%1)\" = t ]").arg(psql(settingsOkSql())), kPostgres);
        });

    p.checkpoint << perNode(
        QStringLiteral("p2.settings"),
        tr("wal_level is replica and repmgr is in shared_preload_libraries on every node"),
        psql(QStringLiteral(
            "SELECT current_setting('wal_level'), current_setting('shared_preload_libraries'), "
            "(SELECT count(*) FROM pg_settings WHERE pending_restart)")),
        [](const NodeSpec& node, const CommandOutput& out) {
            const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
            if (out.exitCode != 0 || f.size() != 3)
                return result(false, node.name, tr("PostgreSQL answers"), text(out.stdErr),
                    tr("PostgreSQL is not running: see the server log."));
            const bool wal = f.at(0) == QLatin1String("replica");
            static const QRegularExpression repmgrLib(QStringLiteral("(^|[ ,])repmgr($|[ ,])"));
            const bool lib = repmgrLib.match(f.at(1)).hasMatch();
            const bool clean = f.at(2) == QLatin1String("0");
            return result(wal && lib && clean, node.name,
                tr("wal_level=replica, shared_preload_libraries has repmgr, nothing pending a restart"),
                tr("wal_level=%1, shared_preload_libraries='%2', %3 pending restart")
                    .arg(f.at(0), f.at(1), f.at(2)),
                tr("The drop-in is not read (include_dir 'conf.d' missing from postgresql.conf?) or a "
                   "later "
                   "file overrides it, or PostgreSQL was not restarted."));
        },
        kPostgres);
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
