// SPDX-License-Identifier: GPL-3.0-or-later
// The files the runbook writes, checked by the real tools that will read them on the nodes.
#include "runbook/configfiles.h"
#include "toolsupport.h"

#include <QTest>

using namespace pgpilot;

// Skips the test function it is written in when the tool is missing. A macro: QSKIP returns from
// the function it expands in, so in a helper function it would end only the helper and the test
// would go on without the tool.
#define REQUIRE_TOOL(name)                                                                                   \
    do {                                                                                                     \
        if (!haveProgram(QStringLiteral(name)))                                                              \
            QSKIP(name " is not installed (scripts/install-deps.sh test)");                                  \
    } while (false)

class TestToolValidation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ClusterSpec m_spec;
    NodeSpec m_node;

    RenderedFile file(RenderedFile (*renderer)(const ClusterSpec&, const NodeSpec&)) const
    {
        return renderer(m_spec, m_node);
    }
    QString put(const RenderedFile& f, const QString& name = {}) const
    {
        const QString path = m_dir.path() + QLatin1Char('/') + (name.isEmpty() ? f.id : name);
        writeFile(path, f.content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        openForPostgres(m_dir);
        m_spec = loopbackSpec(freeLoopbackPort());
        m_node = m_spec.nodes.first();
    }

    void haproxyAcceptsConfig()
    {
        REQUIRE_TOOL("haproxy");
        const QString path = put(file(render::haproxyCfg));
        const RunResult r
            = runProgram(QStringLiteral("haproxy"), {QStringLiteral("-c"), QStringLiteral("-f"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(!r.err.contains(QLatin1String("[WARNING]")) && !r.err.contains(QLatin1String("[ALERT]")),
            qPrintable(r.err));
    }

    void keepalivedAcceptsConfig()
    {
        REQUIRE_TOOL("keepalived");
        if (m_node.interface.isEmpty())
            QSKIP("this host has no network interface besides lo");
        const QString path = put(file(render::keepalivedConf));
        // keepalived 2.2 ends a successful config test with SIGTERM to itself (exit 143); setsid
        // keeps that signal away from this test. Errors exit 5 with the reason on stderr.
        const RunResult r = runProgram(QStringLiteral("setsid"),
            {QStringLiteral("-w"), QStringLiteral("keepalived"), QStringLiteral("-t"), QStringLiteral("-f"),
                path});
        // A clean file: nothing on stderr and exit 0 or SIGTERM; the runbook's check is the same.
        auto clean = [](const RunResult& res) {
            const bool ended = (!res.crashed && (res.exitCode == 0 || res.exitCode == 143))
                || (res.crashed && res.exitCode == 15);
            return ended && res.err.trimmed().isEmpty() && res.out.trimmed().isEmpty();
        };
        QVERIFY2(clean(r), qPrintable(QString::number(r.exitCode) + r.out + r.err));

        // The same check catches a broken file (what the runbook's validate-then-move relies on).
        RenderedFile broken = file(render::keepalivedConf);
        broken.content.replace("virtual_router_id 51", "virtual_router_id 300");
        const QString bad = put(broken, QStringLiteral("keepalived-broken.conf"));
        const RunResult b = runProgram(QStringLiteral("setsid"),
            {QStringLiteral("-w"), QStringLiteral("keepalived"), QStringLiteral("-t"), QStringLiteral("-f"),
                bad});
        QVERIFY2(!clean(b), qPrintable(b.err));
    }

    void visudoAcceptsSudoers()
    {
        REQUIRE_TOOL("visudo");
        const QString path = put(file(render::sudoers));
        const RunResult r
            = runProgram(QStringLiteral("visudo"), {QStringLiteral("-c"), QStringLiteral("-f"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void systemdUnitsVerify()
    {
        REQUIRE_TOOL("systemd-analyze");
        REQUIRE_TOOL("python3");
        // systemd-analyze verify works offline (no systemd as PID 1 needed): it loads the units,
        // checks directives and that ExecStart's binary exists, so PostgreSQL 15's repmgrd and
        // python3 must exist on this host.
        if (!QFile::exists(LocalPostgres::binDir() + QStringLiteral("/repmgrd")))
            QSKIP("repmgrd for PostgreSQL 15 is not installed (the unit's ExecStart; apt-get install "
                  "postgresql-15-repmgr)");
        const QString repmgrd = put(file(render::repmgrdUnit), nodepaths::repmgrdUnitName());
        const QString health = put(file(render::healthUnit), nodepaths::healthUnitName());
        const RunResult r
            = runProgram(QStringLiteral("systemd-analyze"), {QStringLiteral("verify"), repmgrd, health});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(!r.err.contains(QLatin1String("pgpilot")), qPrintable(r.err));
    }

    void pythonScriptsCompile()
    {
        REQUIRE_TOOL("python3");
        // The health service's package beside its script, as on a node; each file well under 600 lines.
        for (const RenderedFile& module : render::healthModules(m_spec, m_node)) {
            QVERIFY2(!module.content.isEmpty(), qPrintable(module.id));
            QVERIFY2(module.content.count('\n') < 400, qPrintable(module.id));
            const QString path
                = put(module, QStringLiteral("pgpilot_health/") + module.path.section(u'/', -1));
            const RunResult r = runProgram(
                QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("py_compile"), path});
            QVERIFY2(r.exitCode == 0, qPrintable(module.id + r.err));
        }
        const QString health = put(file(render::healthScript));
        for (const QString& command : {QStringLiteral("validate-candidate"), QStringLiteral("promote"),
                 QStringLiteral("quorum-stop")}) {
            const RunResult help
                = runProgram(QStringLiteral("python3"), {health, command, QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0 && help.out.contains(command), qPrintable(command + help.err));
        }
        for (const auto& f : {file(render::healthScript), file(render::httpCheckScript)}) {
            const QString path = put(f);
            const RunResult r = runProgram(
                QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("py_compile"), path});
            QVERIFY2(r.exitCode == 0, qPrintable(f.id + r.err));
            const RunResult help = runProgram(QStringLiteral("python3"), {path, QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0, qPrintable(f.id + help.err));
        }
    }

    void rewindWrapperPassesConfigFile()
    {
        const RenderedFile f = file(render::rewindWrapper);
        QVERIFY(f.content.contains("--config-file=/etc/postgresql/15/main/postgresql.conf"));
        const QString path = put(f);
        QVERIFY(runProgram(QStringLiteral("sh"), {QStringLiteral("-n"), path}).exitCode == 0);
        if (!QFile::exists(LocalPostgres::binDir() + QStringLiteral("/pg_rewind")))
            QSKIP("pg_rewind 15 is not installed");
        // pg_rewind 15 knows --config-file: it gets past option parsing and fails on the missing
        // data directory instead.
        const RunResult r = runProgram(QStringLiteral("sh"),
            {path, QStringLiteral("-D"), m_dir.path() + QStringLiteral("/nodata"),
                QStringLiteral("--source-server=host=/nonexistent port=1"), QStringLiteral("--dry-run")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(!r.err.contains(QLatin1String("unrecognized option"))
                && !r.err.contains(QLatin1String("invalid option")),
            qPrintable(r.err));
    }

    // A real PostgreSQL 15 reads pgpilot's drop-in and pg_hba block (async, no archive).
    void postgresAcceptsDropIn()
    {
        const QString reason = LocalPostgres::skipReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        LocalPostgres pg(m_dir.path() + QStringLiteral("/pg-async"), m_spec.ports.postgres);
        QString error = pg.init(file(render::postgresDropIn).content, file(render::hbaBlock).content);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = pg.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const RunResult r = pg.psql(QStringLiteral(
            "SELECT current_setting('wal_level'), current_setting('shared_preload_libraries'), "
            "current_setting('max_slot_wal_keep_size'), current_setting('wal_log_hints'), "
            "current_setting('archive_mode'), current_setting('listen_addresses'), "
            "(SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL), "
            "(SELECT count(*) FROM pg_hba_file_rules WHERE 'repmgr' = ANY(user_name) AND auth_method = "
            "'scram-sha-256'), (SELECT count(*) FROM pg_settings WHERE pending_restart), "
            "current_setting('ssl'), current_setting('ssl_min_protocol_version'), "
            "(SELECT count(*) FROM pg_hba_file_rules WHERE type = 'hostssl')"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // verified TLS (the default): ssl on with the drop-in's files, every rule of the block hostssl
        QCOMPARE(r.out.trimmed(),
            QStringLiteral("replica|repmgr|10GB|on|off|localhost,127.0.0.11|0|2|0|on|TLSv1.2|%1")
                .arg(file(render::hbaBlock).content.count("\nhostssl ")));
        // repmgr's library really loads (shared_preload_libraries) and its extension installs.
        const RunResult ext = pg.psql(QStringLiteral(
            // The default drop-in asks for a synchronous quorum and this PostgreSQL has no standby.
            "SET synchronous_commit = local; CREATE EXTENSION repmgr; SELECT extname FROM pg_extension WHERE "
            "extname = 'repmgr'"));
        QVERIFY2(
            ext.exitCode == 0 && ext.out.trimmed() == QLatin1String("repmgr"), qPrintable(ext.err + ext.out));
    }

    // Quorum commit and the WAL archive directory: archive_command really archives a segment.
    void postgresArchivesToDirectory()
    {
        const QString reason = LocalPostgres::skipReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        ClusterSpec spec = loopbackSpec(freeLoopbackPort());
        spec.replication.mode = ReplicationMode::SyncQuorum;
        spec.replication.syncQuorum = 1;
        spec.archiving.mode = ArchivingMode::Directory;
        const QString root = m_dir.path() + QStringLiteral("/pg-archive");
        spec.archiving.directory = root + QStringLiteral("/wal-archive");
        LocalPostgres pg(root, spec.ports.postgres);
        QString error = pg.init(render::postgresDropIn(spec, spec.nodes.first()).content,
            render::hbaBlock(spec, spec.nodes.first()).content);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QDir().mkpath(spec.archiving.directory);
        pg.chownRoot();
        error = pg.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const RunResult s = pg.psql(QStringLiteral("SELECT current_setting('synchronous_standby_names')"));
        QCOMPARE(s.out.trimmed(), QStringLiteral("ANY 1 (\"pg1\", \"pg2\", \"pg3\")"));
        // No standby: a synchronous commit would wait; switch WAL without waiting for one.
        const RunResult sw = pg.psql(QStringLiteral("SET synchronous_commit = local; CREATE TABLE t (i int); "
                                                    "SELECT pg_walfile_name(pg_switch_wal())"));
        QVERIFY2(sw.exitCode == 0, qPrintable(sw.err));
        const QString segment = sw.out.trimmed().split(QLatin1Char('\n')).last();
        const QString archived = spec.archiving.directory + QLatin1Char('/') + segment;
        for (int i = 0; i < 100 && !QFile::exists(archived); ++i)
            QThread::msleep(100);
        QVERIFY2(QFile::exists(archived), qPrintable(archived));
        QCOMPARE(QFileInfo(archived).size(), 16 * 1024 * 1024);
        QVERIFY(!QFile::exists(archived + QStringLiteral(".part")));
    }
};

QTEST_GUILESS_MAIN(TestToolValidation)
#include "tst_toolvalidation.moc"
