// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/builder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

// Local PostgreSQL servers for the monitor tests: a primary and a standby in a temporary
// directory, on free loopback ports, owned by the postgres OS user. Every server is stopped by
// stopAll(), called from the destructor and from an atexit handler, so a failing test (or one
// that returns early) never leaves a server behind; a detached guard per server stops it when
// the test process dies any other way (crash, SIGKILL).
class PgFixture
{
public:
    struct Server
    {
        QString dataDir;
        int port = 0;
        bool running = false;
    };

    static QString binDir()
    {
        const QStringList versions
            = QDir(QStringLiteral("/usr/lib/postgresql"))
                  .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString& v : versions) {
            const QString dir = QStringLiteral("/usr/lib/postgresql/") + v + QStringLiteral("/bin");
            if (QFile::exists(dir + QStringLiteral("/initdb"))
                && QFile::exists(dir + QStringLiteral("/pg_ctl")))
                return dir;
        }
        return {};
    }

    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    PgFixture()
    {
        instance() = this;
        static bool registered = false;
        if (!registered) {
            registered = true;
            std::atexit([] {
                if (instance())
                    instance()->stopAll();
            });
        }
    }
    ~PgFixture()
    {
        stopAll();
        instance() = nullptr;
    }

    QString lastOutput() const { return m_lastOutput; }

    // Runs a command as the postgres user; true on exit code 0.
    bool asPostgres(const QStringList& command, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(QStringLiteral("/tmp"));
        QStringList args {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")};
        args << command;
        p.start(QStringLiteral("runuser"), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            m_lastOutput = QStringLiteral("timed out: ") + command.join(QLatin1Char(' '));
            return false;
        }
        m_lastOutput = QString::fromLocal8Bit(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    bool setUp(const QByteArray& repmgrPassword)
    {
        m_bin = binDir();
        if (m_bin.isEmpty()) {
            m_lastOutput = QStringLiteral("no PostgreSQL server binaries under /usr/lib/postgresql");
            return false;
        }
        if (!m_dir.isValid())
            return false;
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.path()});
        primary.dataDir = m_dir.filePath(QStringLiteral("primary"));
        standby.dataDir = m_dir.filePath(QStringLiteral("standby"));
        primary.port = freePort();
        standby.port = freePort();
        if (!asPostgres({m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), primary.dataDir,
                QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                QStringLiteral("postgres"), QStringLiteral("--no-sync")}))
            return false;
        QFile conf(primary.dataDir + QStringLiteral("/postgresql.auto.conf"));
        conf.open(QIODevice::Append);
        conf.write("listen_addresses = '127.0.0.1'\n"
                   "unix_socket_directories = '"
            + m_dir.path().toUtf8()
            + "'\n"
              "wal_level = replica\nmax_wal_senders = 5\nhot_standby = on\n"
              "shared_preload_libraries = 'repmgr'\nfsync = off\n");
        conf.close();
        // The monitor logs in with a password; local and replication connections are trusted.
        QFile hba(primary.dataDir + QStringLiteral("/pg_hba.conf"));
        hba.open(QIODevice::WriteOnly | QIODevice::Truncate);
        hba.write("local all all trust\n"
                  "host all postgres 127.0.0.1/32 trust\n"
                  "host replication all 127.0.0.1/32 trust\n"
                  "host all repmgr 127.0.0.1/32 scram-sha-256\n"
                  "host repmgr pgpilot_monitor 127.0.0.1/32 scram-sha-256\n");
        hba.close();
        if (!start(primary))
            return false;
        const QString pw = QString::fromUtf8(repmgrPassword);
        if (!psql(primary, QStringLiteral("CREATE ROLE repmgr LOGIN SUPERUSER PASSWORD '%1'").arg(pw))
            || !psql(primary, QStringLiteral("CREATE DATABASE repmgr OWNER repmgr")))
            return false;
        if (!createRepmgr(pw)
            || !psql(primary, QStringLiteral("CREATE TABLE t (i int)"), QStringLiteral("repmgr")))
            return false;
        // The standby: a base backup that writes standby.signal and primary_conninfo (-R).
        if (!asPostgres({m_bin + QStringLiteral("/pg_basebackup"), QStringLiteral("-d"),
                QStringLiteral("host=127.0.0.1 port=%1 user=postgres application_name=node2")
                    .arg(primary.port),
                QStringLiteral("-D"), standby.dataDir, QStringLiteral("-R"), QStringLiteral("-X"),
                QStringLiteral("stream"), QStringLiteral("--checkpoint=fast"), QStringLiteral("--no-sync")}))
            return false;
        return start(standby);
    }

    // repmgr's extension in the repmgr database with two registered nodes and one event, and
    // pgpilot's monitoring role with exactly the runbook's grants; on the primary (the standby
    // replays it). Also after a test dropped the extension.
    bool createRepmgr(const QString& monitorPassword)
    {
        return psql(primary,
                   QStringLiteral(
                       "CREATE EXTENSION repmgr;"
                       "INSERT INTO repmgr.nodes (node_id, upstream_node_id, active, node_name, type, "
                       "priority, conninfo, repluser, slot_name, config_file) VALUES "
                       "(1, NULL, true, 'node1', 'primary', 100, 'host=127.0.0.1', 'repmgr', NULL, '/x'),"
                       "(2, 1, true, 'node2', 'standby', 100, 'host=127.0.0.1', 'repmgr', NULL, '/x');"
                       "INSERT INTO repmgr.events (node_id, event, successful, details) VALUES "
                       "(1, 'primary_register', true, 'test');"),
                   QStringLiteral("repmgr"))
            && psql(primary, pgpilot::monitorRoleSql(monitorPassword), QStringLiteral("repmgr"));
    }

    QString logFile(const Server& server) const { return server.dataDir + QStringLiteral(".log"); }

    bool start(Server& server)
    {
        if (!asPostgres({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), server.dataDir,
                QStringLiteral("-o"), QStringLiteral("-p %1").arg(server.port), QStringLiteral("-l"),
                logFile(server), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("start")}))
            return false;
        server.running = true;
        // A guard outlives a crashed or killed test (no destructor, no atexit) and stops the server.
        const QString guard = QStringLiteral("while [ -d /proc/%1 ]; do sleep 1; done; "
                                             "runuser -u postgres -- '%2/pg_ctl' -D '%3' -m immediate stop "
                                             ">/dev/null 2>&1")
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(m_bin, server.dataDir);
        QProcess::startDetached(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), guard});
        return true;
    }

    bool stop(Server& server, const QString& mode = QStringLiteral("fast"))
    {
        if (!server.running)
            return true;
        const bool ok = asPostgres({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), server.dataDir,
            QStringLiteral("-m"), mode, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
            QStringLiteral("stop")});
        server.running = !ok;
        return ok;
    }

    void stopAll()
    {
        stop(standby, QStringLiteral("immediate"));
        stop(primary, QStringLiteral("immediate"));
    }

    bool psql(const Server& server, const QString& sql, const QString& db = QStringLiteral("postgres"))
    {
        return asPostgres({m_bin + QStringLiteral("/psql"), QStringLiteral("-X"), QStringLiteral("-q"),
            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir.path(),
            QStringLiteral("-p"), QString::number(server.port), QStringLiteral("-d"), db,
            QStringLiteral("-c"), sql});
    }

    Server primary;
    Server standby;

private:
    static PgFixture*& instance()
    {
        static PgFixture* current = nullptr;
        return current;
    }

    QString m_bin;
    QTemporaryDir m_dir {QStringLiteral("/tmp/pgpilot-monitor-XXXXXX")};
    QString m_lastOutput;
};
