// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the tool-validation tests: run a program, render files for a loopback cluster,
// and a throwaway PostgreSQL cluster laid out like Debian's (config outside the data directory).

#include "cluster/clusterspec.h"
#include "runbook/configfiles.h"
#include "secrets/tlsca.h"
#include "testspecs.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

struct RunResult
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

inline RunResult runProgram(
    const QString& program, const QStringList& args, int timeoutMs = 60000, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, args);
    RunResult r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitCode();
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline RunResult runAsPostgres(const QStringList& command, int timeoutMs = 60000)
{
    return runProgram(QStringLiteral("runuser"),
        QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command,
        timeoutMs);
}

inline bool haveProgram(const QString& name)
{
    return !QStandardPaths::findExecutable(name).isEmpty()
        || !QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                .isEmpty();
}

inline int freeLoopbackPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// First network interface of this host other than lo (keepalived refuses lo for VRRP).
inline QString hostInterface()
{
    const QStringList names
        = QDir(QStringLiteral("/sys/class/net")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& n : names) {
        if (n != QLatin1String("lo"))
            return n;
    }
    return {};
}

// A worksheet for PostgreSQL 15 (the version this Debian 12 host has) on loopback addresses.
inline pgpilot::ClusterSpec loopbackSpec(int pgPort)
{
    using namespace pgpilot;
    ClusterSpec spec = validTestSpec();
    spec.name = QStringLiteral("tools");
    spec.platform = Platform::Debian12;
    spec.postgresVersion = 15;
    spec.install.source = InstallSource::Distro;
    spec.network.subnet = QStringLiteral("127.0.0.0/8");
    spec.network.vip = QStringLiteral("127.0.0.100");
    spec.network.vipPrefixLength = 8;
    spec.application.subnet = QStringLiteral("127.0.0.0/8");
    spec.ports.postgres = pgPort;
    const QString iface = hostInterface();
    for (int i = 0; i < spec.nodes.size(); ++i) {
        spec.nodes[i].address = QStringLiteral("127.0.0.%1").arg(11 + i);
        spec.nodes[i].interface = iface;
    }
    return spec;
}

inline bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content) == content.size();
}

// A PostgreSQL 15 cluster in a temporary directory, run by the postgres OS user, with Debian's
// layout: <dir>/conf/postgresql.conf (include_dir 'conf.d'), <dir>/data, sockets in <dir>/sock.
class LocalPostgres
{
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }
    static QString skipReason()
    {
        if (::geteuid() != 0)
            return QStringLiteral("needs root to run PostgreSQL as the postgres user");
        if (!QFile::exists(binDir() + QStringLiteral("/initdb")))
            return QStringLiteral("PostgreSQL 15 server binaries missing (apt-get install postgresql-15)");
        if (!QFile::exists(binDir() + QStringLiteral("/repmgr")))
            return QStringLiteral("repmgr for PostgreSQL 15 missing (apt-get install postgresql-15-repmgr)");
        return {};
    }

    explicit LocalPostgres(const QString& root, int port)
        : m_root(root)
        , m_port(port)
    { }
    ~LocalPostgres() { stop(); }

    QString root() const { return m_root; }
    QString dataDir() const { return m_root + QStringLiteral("/data"); }
    QString confDir() const { return m_root + QStringLiteral("/conf"); }
    QString socketDir() const { return m_root + QStringLiteral("/sock"); }
    QString logFile() const { return m_root + QStringLiteral("/server.log"); }
    int port() const { return m_port; }

    // initdb (or an existing data directory, e.g. from pg_basebackup) plus the config directory.
    QString init(const QByteArray& dropIn, const QByteArray& hbaBlock, bool runInitdb = true)
    {
        QDir().mkpath(m_root);
        QDir().mkpath(socketDir());
        if (runInitdb) {
            chownRoot();
            const RunResult r
                = runAsPostgres({binDir() + QStringLiteral("/initdb"), QStringLiteral("-D"), dataDir(),
                    QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--auth-local=peer"),
                    QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--no-instructions")});
            if (r.exitCode != 0)
                return QStringLiteral("initdb failed: ") + r.err + r.out;
        }
        QFile hbaIn(dataDir() + QStringLiteral("/pg_hba.conf"));
        hbaIn.open(QIODevice::ReadOnly);
        const QByteArray hba = hbaIn.readAll() + '\n' + hbaBlock;
        const QByteArray conf
            = QStringLiteral("data_directory = '%1'\nhba_file = '%2/pg_hba.conf'\n"
                             "ident_file = '%1/pg_ident.conf'\nunix_socket_directories = '%3'\n"
                             "logging_collector = off\nport = 5432\ninclude_dir = 'conf.d'\n")
                  .arg(dataDir(), confDir(), socketDir())
                  .toUtf8();
        if (!writeFile(confDir() + QStringLiteral("/postgresql.conf"), conf)
            || !writeFile(confDir() + QStringLiteral("/pg_hba.conf"), hba)
            || !writeFile(confDir() + QStringLiteral("/conf.d/pgpilot.conf"), withLocalCertificates(dropIn)))
            return QStringLiteral("cannot write the configuration");
        chownRoot();
        return {};
    }

    QString start()
    {
        const RunResult r = runAsPostgres(
            {binDir() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), dataDir(), QStringLiteral("-o"),
                QStringLiteral("-c config_file=%1/postgresql.conf").arg(confDir()), QStringLiteral("-l"),
                logFile(), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("start")},
            90000);
        if (r.exitCode != 0) {
            QFile log(logFile());
            log.open(QIODevice::ReadOnly);
            return QStringLiteral("pg_ctl start failed: %1\n%2").arg(r.err, QString::fromUtf8(log.readAll()));
        }
        m_running = true;
        return {};
    }

    void stop()
    {
        if (!m_running)
            return;
        runAsPostgres(
            {binDir() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
            60000);
        m_running = false;
    }

    RunResult psql(const QString& sql, const QString& db = QStringLiteral("postgres")) const
    {
        return runAsPostgres({binDir() + QStringLiteral("/psql"), QStringLiteral("-X"), QStringLiteral("-A"),
            QStringLiteral("-t"), QStringLiteral("-q"), QStringLiteral("-h"), socketDir(),
            QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-d"), db, QStringLiteral("-c"),
            sql});
    }

    void chownRoot() const
    {
        runProgram(
            QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_root});
        runProgram(QStringLiteral("chmod"), {QStringLiteral("0700"), m_root});
    }

private:
    // A drop-in with verified TLS names the node's certificate files under /etc/postgresql: here
    // they are real ones (a CA made for this cluster, a certificate for 127.0.0.1) in the config
    // directory, so PostgreSQL starts with ssl on exactly as the drop-in configures it.
    QByteArray withLocalCertificates(const QByteArray& dropIn) const
    {
        const QByteArray etc = "/etc/postgresql/15/main/pgpilot-";
        if (!dropIn.contains(etc + "server.crt"))
            return dropIn;
        const pgpilot::tls::Issued ca = pgpilot::tls::createCa(QStringLiteral("local"));
        const pgpilot::tls::Issued node = pgpilot::tls::issueNodeCertificate(
            ca.certPem, ca.keyPem, QStringLiteral("localhost"), {QStringLiteral("127.0.0.1")});
        const QString local = confDir() + QStringLiteral("/pgpilot-");
        if (!ca.ok() || !node.ok() || !writeFile(local + QStringLiteral("ca.crt"), ca.certPem)
            || !writeFile(local + QStringLiteral("server.crt"), node.certPem)
            || !writeFile(local + QStringLiteral("server.key"), node.keyPem)
            || !QFile::setPermissions(
                local + QStringLiteral("server.key"), QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return dropIn; // PostgreSQL's start then says which file is missing
        QByteArray out = dropIn;
        return out.replace(etc, local.toUtf8());
    }

    QString m_root;
    int m_port;
    bool m_running = false;
};

// A temporary directory the postgres user can traverse.
inline void openForPostgres(const QTemporaryDir& dir)
{
    runProgram(QStringLiteral("chmod"), {QStringLiteral("0755"), dir.path()});
}
