// SPDX-License-Identifier: GPL-3.0-or-later
#include "configfiles.h"

#include "backupfiles.h"
#include "cluster/netaddr.h"
#include "cluster/quorum.h"
#include "platform/platformprofile.h"
#include "runbook.h"
#include "settingsfiles.h"
#include "templates.h"

namespace pgpilot {

namespace nodepaths {
QString repmgrConf()
{
    return QStringLiteral("/etc/repmgr.conf");
}
QString libDir()
{
    return QStringLiteral("/usr/local/lib/pgpilot");
}
QString stateDir()
{
    return QStringLiteral("/var/lib/pgpilot");
}
QString healthScript()
{
    return libDir() + QStringLiteral("/pgpilot-health.py");
}
QString httpCheckScript()
{
    return libDir() + QStringLiteral("/pgpilot-httpcheck.py");
}
QString rewindWrapper()
{
    return libDir() + QStringLiteral("/pg_rewind");
}
QString repmgrdUnitName()
{
    return QStringLiteral("pgpilot-repmgrd.service");
}
QString healthUnitName()
{
    return QStringLiteral("pgpilot-health.service");
}
QString sudoersFile()
{
    return QStringLiteral("/etc/sudoers.d/pgpilot-repmgr");
}
QString aptSourceFile()
{
    return QStringLiteral("/etc/apt/sources.list.d/pgpilot.list");
}
QString postgresSshDir()
{
    return postgresHome() + QStringLiteral("/.ssh");
}
QString postgresSshKey()
{
    return postgresSshDir() + QStringLiteral("/id_pgpilot");
}
QString postgresKnownHosts()
{
    return postgresSshDir() + QStringLiteral("/known_hosts_pgpilot");
}
QString pgpassFile()
{
    return postgresHome() + QStringLiteral("/.pgpass");
}
QString repmgrEventsFile()
{
    return postgresHome() + QStringLiteral("/pgpilot-repmgr-events.jsonl");
}
QString haproxyStatsEnv()
{
    return QStringLiteral("/etc/haproxy/pgpilot-stats.env");
}
} // namespace nodepaths

int nodeId(const ClusterSpec& spec, const NodeSpec& node)
{
    for (qsizetype i = 0; i < spec.nodes.size(); ++i) {
        if (spec.nodes.at(i).name == node.name)
            return int(i) + 1;
    }
    return 0;
}

QString hostForUrl(const QString& address)
{
    return address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(address) : address;
}

QString conninfo(const ClusterSpec& spec, const NodeSpec& node)
{
    return QStringLiteral("host=%1 port=%2 user=repmgr dbname=repmgr connect_timeout=2%3")
        .arg(node.address)
        .arg(spec.ports.postgres)
        .arg(tlsConninfo(spec));
}

namespace {

using Values = QHash<QString, QString>;

Values commonValues(const ClusterSpec& spec, const NodeSpec& node)
{
    const int v = spec.postgresVersion;
    return {
        {QStringLiteral("cluster"), spec.name},
        {QStringLiteral("pg_version"), QString::number(v)},
        {QStringLiteral("pg_port"), QString::number(spec.ports.postgres)},
        {QStringLiteral("bin_dir"), postgresBinDir(v)},
        {QStringLiteral("config_dir"), postgresConfigDir(v)},
        {QStringLiteral("data_dir"), postgresDataDir(v)},
        {QStringLiteral("node_name"), node.name},
        {QStringLiteral("node_address"), node.address},
        {QStringLiteral("node_id"), QString::number(nodeId(spec, node))},
        {QStringLiteral("health_port"), QString::number(spec.ports.health)},
        {QStringLiteral("write_port"), QString::number(spec.ports.write)},
        {QStringLiteral("read_port"), QString::number(spec.ports.read)},
    };
}

RenderedFile make(const QString& id, const NodeSpec& node, const QString& path, const QString& content)
{
    RenderedFile f;
    f.id = id;
    f.node = node.name;
    f.path = path;
    f.content = content.toUtf8();
    return f;
}

RenderedFile fromTemplate(const QString& id, const QString& templateName, const ClusterSpec& spec,
    const NodeSpec& node, const QString& path, const Values& extra = {})
{
    Values values = commonValues(spec, node);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        values.insert(it.key(), it.value());
    return make(id, node, path, renderTemplate(templateName, values));
}

// " --peer-pg HOST:PORT" for every other node.
QString peerArguments(const ClusterSpec& spec, const NodeSpec& node)
{
    QString peers;
    for (const NodeSpec& n : spec.nodes) {
        if (n.name != node.name)
            peers += QStringLiteral(" --peer-pg %1:%2").arg(hostForUrl(n.address)).arg(spec.ports.postgres);
    }
    return peers;
}

QString canonicalSubnet(const QString& text)
{
    const SubnetParse parsed = parseSubnet(text);
    return parsed.subnet ? parsed.subnet->toString() : text;
}

// One address as a pg_hba/ACL source: 10.0.1.11/32, fd00::11/128.
QString hostPrefix(const QString& address)
{
    return address + (address.contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32"));
}

} // namespace

QString sshHostBlock(
    const NodeSpec& host, const QString& user, const QString& key, const QString& knownHosts, bool bounded)
{
    QString block = QStringLiteral("Host %1 %2\n"
                                   "    HostName %1\n"
                                   "    Port %3\n"
                                   "    User %4\n"
                                   "    IdentityFile %5\n"
                                   "    IdentitiesOnly yes\n"
                                   "    UserKnownHostsFile %6\n"
                                   "    StrictHostKeyChecking yes\n"
                                   "    BatchMode yes")
                        .arg(host.address, host.name)
                        .arg(host.ssh.port)
                        .arg(user, key, knownHosts);
    if (bounded)
        block += QStringLiteral(
            "\n    ConnectTimeout 10\n    ServerAliveInterval 10\n    ServerAliveCountMax 3");
    return block;
}

namespace render {

RenderedFile hostsBlock(const ClusterSpec& spec, const NodeSpec& node)
{
    QStringList lines;
    for (const NodeSpec& n : spec.nodes)
        lines << QStringLiteral("%1 %2").arg(n.address, n.name);
    RenderedFile f = fromTemplate(QStringLiteral("hosts-block"), QStringLiteral("hosts-block"), spec, node,
        QStringLiteral("/etc/hosts"), {{QStringLiteral("hosts_lines"), lines.join(QLatin1Char('\n'))}});
    f.managedBlock = true;
    return f;
}

RenderedFile aptSource(const ClusterSpec& spec, const NodeSpec& node)
{
    const auto& install = spec.install;
    QString line;
    if (install.source == InstallSource::Pgdg) {
        line = QStringLiteral("deb [signed-by=%1] %2 %3-pgdg main")
                   .arg(pgdgKeyPath(), pgdgRepositoryUrl(), platformProfile(spec.platform).codename);
    } else if (install.source == InstallSource::Mirror) {
        QStringList parts {QStringLiteral("deb")};
        if (install.mirrorTrusted)
            parts << QStringLiteral("[trusted=yes]");
        parts << install.mirrorUrl << install.mirrorSuite;
        if (install.mirrorSuite != QLatin1String("./") && !install.mirrorComponents.isEmpty())
            parts << install.mirrorComponents;
        line = parts.join(QLatin1Char(' '));
    } else {
        return make(QStringLiteral("pgpilot.list"), node, nodepaths::aptSourceFile(), QString());
    }
    return fromTemplate(QStringLiteral("pgpilot.list"), QStringLiteral("apt-source.list"), spec, node,
        nodepaths::aptSourceFile(), {{QStringLiteral("deb_line"), line}});
}

RenderedFile startConf(const ClusterSpec& spec, const NodeSpec& node)
{
    RenderedFile f = fromTemplate(QStringLiteral("start.conf"), QStringLiteral("start.conf"), spec, node,
        postgresConfigDir(spec.postgresVersion) + QStringLiteral("/start.conf"));
    f.owner = f.group = QStringLiteral("postgres");
    return f;
}

RenderedFile postgresDropIn(const ClusterSpec& spec, const NodeSpec& node)
{
    QString archiving;
    if (spec.archiving.mode == ArchivingMode::Directory) {
        const QString d = spec.archiving.directory;
        archiving
            = QStringLiteral("archive_mode = on\n"
                             "# Copy each WAL segment once, flushed, under a temporary name first.\n"
                             "archive_command = 'test ! -f %1/%f && cp %p %1/%f.part && sync %1/%f.part "
                             "&& mv %1/%f.part %1/%f'")
                  .arg(d);
    } else if (spec.archiving.mode == ArchivingMode::PgBackRest) {
        archiving = QStringLiteral(
            "archive_mode = on\n"
            "# Each segment goes to pgBackRest's repository on %1 (phase 6); until phase 6 has\n"
            "# created it, segments wait in pg_wal and the dashboard shows failed attempts.\n"
            "archive_command = '%2'\n"
            "# An idle primary still hands a segment to the archive every minute, so the newest\n"
            "# recovery point is never older than that.\n"
            "archive_timeout = '60s'")
                        .arg(spec.backup.host.name, backupArchiveCommand(spec));
    } else {
        archiving = QStringLiteral("# No WAL archive: no point-in-time recovery (the worksheet says so).\n"
                                   "archive_mode = off");
    }
    QString synchronous;
    if (spec.replication.mode == ReplicationMode::SyncQuorum) {
        QStringList names;
        for (const NodeSpec& n : spec.nodes)
            names << QStringLiteral("\"%1\"").arg(n.name);
        const int k = quorum::syncStandbys(spec);
        synchronous = QStringLiteral(
            "# Quorum commit: a commit returns once %1 standby(s) have it on disk, so every majority\n"
            "# of the %2 nodes that can elect a new primary holds it (docs/quorum.md). With fewer\n"
            "# standbys streaming, commits wait. repmgr's own database commits locally (ALTER ROLE).\n"
            "synchronous_standby_names = 'ANY %1 (%3)'")
                          .arg(k)
                          .arg(spec.nodes.size())
                          .arg(names.join(QStringLiteral(", ")));
    } else {
        synchronous
            = QStringLiteral("# Asynchronous: commits do not wait for a standby; a failover loses the last\n"
                             "# commits the new primary had not received (the worksheet says so).\n"
                             "synchronous_standby_names = ''");
    }
    const int slots = qMax(10, int(spec.nodes.size()) * 2);
    RenderedFile f = fromTemplate(QStringLiteral("pgpilot.conf"), QStringLiteral("postgresql-pgpilot.conf"),
        spec, node, postgresConfigDir(spec.postgresVersion) + QStringLiteral("/conf.d/pgpilot.conf"),
        {
            {QStringLiteral("listen_addresses"), QStringLiteral("localhost,") + node.address},
            {QStringLiteral("max_wal_senders"), QString::number(slots)},
            {QStringLiteral("max_replication_slots"), QString::number(slots)},
            {QStringLiteral("max_slot_wal_keep_size"), spec.replication.maxSlotWalKeepSize},
            {QStringLiteral("archiving"), archiving},
            {QStringLiteral("synchronous"), synchronous},
            {QStringLiteral("tls"), tlsDropInSettings(spec)},
        });
    f.owner = f.group = QStringLiteral("postgres");
    return f;
}

RenderedFile hbaBlock(const ClusterSpec& spec, const NodeSpec& node)
{
    const QString db
        = spec.application.database.isEmpty() ? QStringLiteral("all") : spec.application.database;
    const QString role = spec.application.role.isEmpty() ? QStringLiteral("all") : spec.application.role;
    // HAProxy's connections arrive from the nodes' own addresses (one rule each, not their
    // subnet: a host on the nodes' subnet is not an application server), direct ones from the
    // application subnet.
    QStringList sources;
    for (const NodeSpec& n : spec.nodes)
        sources << hostPrefix(n.address);
    sources << canonicalSubnet(spec.application.subnet);
    sources.removeDuplicates();
    // Verified TLS: every rule of the block is hostssl, so no TCP login of pgpilot's block goes
    // unencrypted (Debian's own loopback rules stay as they are).
    const QString type = tlsVerified(spec) ? QStringLiteral("hostssl") : QStringLiteral("host   ");
    QStringList rules;
    for (const QString& source : sources)
        rules << QStringLiteral("%1 %2    %3    %4    scram-sha-256").arg(type, db, role, source);
    RenderedFile f = fromTemplate(QStringLiteral("pg_hba-block"), QStringLiteral("pg_hba-block.conf"), spec,
        node, postgresConfigDir(spec.postgresVersion) + QStringLiteral("/pg_hba.conf"),
        {
            {QStringLiteral("subnet"), canonicalSubnet(spec.network.subnet)},
            {QStringLiteral("monitor_role"), monitorRole()},
            {QStringLiteral("app_rules"), rules.join(QLatin1Char('\n'))},
            {QStringLiteral("host"), type},
        });
    f.managedBlock = true;
    f.owner = f.group = QStringLiteral("postgres");
    f.mode = 0640;
    return f;
}

RenderedFile pgpass(const ClusterSpec& spec, const NodeSpec& node)
{
    return pgpass(spec, node, repmgrPasswordKey(spec));
}

RenderedFile pgpass(const ClusterSpec& spec, const NodeSpec& node, const QString& repmgrKey)
{
    // {{pgpass:...}}: the executor escapes ':' and '\' in the value as libpq expects.
    RenderedFile f = fromTemplate(QStringLiteral("pgpass"), QStringLiteral("pgpass"), spec, node,
        nodepaths::pgpassFile(), {{QStringLiteral("repmgr_password"), pgpassPlaceholder(repmgrKey)}});
    f.owner = f.group = QStringLiteral("postgres");
    f.mode = 0600;
    return f;
}

RenderedFile repmgrConf(const ClusterSpec& spec, const NodeSpec& node)
{
    const int n = int(spec.nodes.size());
    RenderedFile f = fromTemplate(QStringLiteral("repmgr.conf"), QStringLiteral("repmgr.conf"), spec, node,
        nodepaths::repmgrConf(),
        {
            {QStringLiteral("nodes"), QString::number(n)},
            {QStringLiteral("validate_peers"), peerArguments(spec, node)},
            {QStringLiteral("blip_gate"), failover::promoteGateSeconds(spec)},
            {QStringLiteral("fence_below"), QString::number(quorum::fenceBelowStandbys(n))},
            {QStringLiteral("fence_grace"), QString::number(failover::kFenceGraceSeconds)},
            {QStringLiteral("tls_conninfo"), tlsConninfo(spec)},
            {QStringLiteral("events_file"), nodepaths::repmgrEventsFile()},
        });
    if (spec.archiving.mode == ArchivingMode::PgBackRest) // repmgr writes it on clone, follow, rejoin
        f.content += QStringLiteral(
            "\n# A standby that falls behind what the primary keeps reads WAL from pgBackRest's\n"
            "# repository (phase 6).\nrestore_command='%1'\n")
                         .arg(backupRestoreCommand(spec))
                         .toUtf8();
    f.group = QStringLiteral("postgres");
    f.mode = 0640;
    return f;
}

RenderedFile sudoers(const ClusterSpec& spec, const NodeSpec& node)
{
    RenderedFile f = fromTemplate(QStringLiteral("sudoers-pgpilot-repmgr"),
        QStringLiteral("sudoers-pgpilot-repmgr"), spec, node, nodepaths::sudoersFile());
    f.mode = 0440;
    return f;
}

RenderedFile rewindWrapper(const ClusterSpec& spec, const NodeSpec& node)
{
    RenderedFile f = fromTemplate(QStringLiteral("pg_rewind"), QStringLiteral("pg_rewind-wrapper.sh"), spec,
        node, nodepaths::rewindWrapper());
    f.mode = 0755;
    return f;
}

RenderedFile repmgrdUnit(const ClusterSpec& spec, const NodeSpec& node)
{
    return fromTemplate(QStringLiteral("pgpilot-repmgrd.service"), QStringLiteral("pgpilot-repmgrd.service"),
        spec, node, QStringLiteral("/etc/systemd/system/") + nodepaths::repmgrdUnitName(),
        {{QStringLiteral("tls_environment"), tlsUnitEnvironment(spec)}});
}

RenderedFile sshConfig(const ClusterSpec& spec, const NodeSpec& node)
{
    QStringList blocks;
    for (const NodeSpec& n : spec.nodes) {
        blocks << sshHostBlock(n, QStringLiteral("postgres"), nodepaths::postgresSshKey(),
            nodepaths::postgresKnownHosts(), false);
    }
    if (spec.hasBackupHost()) // pgBackRest's archive-push and archive-get reach the repository host
        blocks << sshHostBlock(spec.backup.host, QStringLiteral("pgbackrest"), nodepaths::postgresSshKey(),
            nodepaths::postgresKnownHosts(), true);
    RenderedFile f = fromTemplate(QStringLiteral("ssh-config"), QStringLiteral("ssh-config"), spec, node,
        nodepaths::postgresSshDir() + QStringLiteral("/config"),
        {{QStringLiteral("host_blocks"), blocks.join(QStringLiteral("\n\n"))}});
    f.owner = f.group = QStringLiteral("postgres");
    f.mode = 0600;
    return f;
}

RenderedFile postgresKnownHosts(const ClusterSpec&, const NodeSpec& node)
{
    RenderedFile f = make(QStringLiteral("known_hosts_pgpilot"), node, nodepaths::postgresKnownHosts(),
        QStringLiteral("# Managed by pgpilot: the nodes' SSH host keys as pgpilot verified them.\n")
            + QString::fromLatin1(kVerifiedHostKeysPlaceholder));
    f.owner = f.group = QStringLiteral("postgres");
    f.mode = 0644;
    return f;
}

RenderedFile healthScript(const ClusterSpec&, const NodeSpec& node)
{
    // Copied verbatim: the script takes its settings on the command line (see the unit).
    RenderedFile f = make(QStringLiteral("pgpilot-health.py"), node, nodepaths::healthScript(),
        templateText(QStringLiteral("pgpilot-health.py")));
    f.mode = 0755;
    return f;
}

RenderedFile httpCheckScript(const ClusterSpec&, const NodeSpec& node)
{
    RenderedFile f = make(QStringLiteral("pgpilot-httpcheck.py"), node, nodepaths::httpCheckScript(),
        templateText(QStringLiteral("pgpilot-httpcheck.py")));
    f.mode = 0755;
    return f;
}

RenderedFile healthUnit(const ClusterSpec& spec, const NodeSpec& node)
{
    // The other nodes' PostgreSQL, asked with the repmgr credentials: a primary is stale when a
    // majority of the cluster reports a newer timeline, never on one peer's word.
    const int n = int(spec.nodes.size());
    QString guard = QStringLiteral("--fence-below %1 --quorum-grace %2 --stale-votes %3")
                        .arg(quorum::fenceBelowStandbys(n))
                        .arg(failover::kFenceGraceSeconds)
                        .arg(qMin(n - 1, quorum::majority(n)));
    if (spec.replication.mode == ReplicationMode::SyncQuorum)
        guard += QStringLiteral(" --grace-from-start");
    return fromTemplate(QStringLiteral("pgpilot-health.service"), QStringLiteral("pgpilot-health.service"),
        spec, node, QStringLiteral("/etc/systemd/system/") + nodepaths::healthUnitName(),
        {{QStringLiteral("health_peers"), peerArguments(spec, node)}, {QStringLiteral("quorum_guard"), guard},
            {QStringLiteral("health_sources"), healthSourceArguments(spec)},
            // The VIP is a validated address (the worksheet's checks): safe on the command line.
            {QStringLiteral("health_vip"),
                spec.network.vip.isEmpty() ? QString() : QStringLiteral(" --vip ") + spec.network.vip},
            {QStringLiteral("tls_environment"), tlsUnitEnvironment(spec)}});
}

RenderedFile haproxyCfg(const ClusterSpec& spec, const NodeSpec& node)
{
    QStringList servers;
    for (const NodeSpec& n : spec.nodes)
        servers << QStringLiteral("    server %1 %2:%3 check port %4")
                       .arg(n.name, hostForUrl(n.address))
                       .arg(spec.ports.postgres)
                       .arg(spec.ports.health);
    const QString list = servers.join(QLatin1Char('\n'));
    // Who may open a connection on the write and read ports: the application subnet, and the
    // nodes themselves (the checkpoints' psql through the VIP). HAProxy's connections reach
    // PostgreSQL from a node's own address, so without this any host that reaches port 5000
    // would pass pg_hba's rules for the nodes.
    // Loopback too: Keepalived's check on each node connects to 127.0.0.1:<write port>.
    QStringList sources {
        canonicalSubnet(spec.application.subnet), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    for (const NodeSpec& n : spec.nodes)
        sources << n.address;
    sources.removeDuplicates();
    Values values = haproxyTimingValues(spec); // the worksheet's settings.haproxy
    values.insert({
        {QStringLiteral("stats_bind"),
            QStringLiteral("%1:%2").arg(hostForUrl(node.address)).arg(spec.ports.haproxyStats)},
        {QStringLiteral("stats_user"), statsUser()},
        {QStringLiteral("client_sources"), sources.join(QLatin1Char(' '))},
        {QStringLiteral("primary_servers"), list},
        {QStringLiteral("replica_servers"), list},
    });
    return fromTemplate(QStringLiteral("haproxy.cfg"), QStringLiteral("haproxy.cfg"), spec, node,
        QStringLiteral("/etc/haproxy/haproxy.cfg"), values);
}

RenderedFile haproxyStatsEnv(const ClusterSpec& spec, const NodeSpec& node)
{
    RenderedFile f = make(QStringLiteral("haproxy-stats.env"), node, nodepaths::haproxyStatsEnv(),
        QStringLiteral("# Written by pgpilot: the password of HAProxy's stats page (user %1).\n"
                       "PGPILOT_STATS_AUTH=%2\n")
            .arg(statsUser(), secretPlaceholder(statsPasswordKey(spec))));
    f.mode = 0600;
    return f;
}

RenderedFile haproxyDropIn(const ClusterSpec&, const NodeSpec& node)
{
    return make(QStringLiteral("haproxy-pgpilot.conf"), node,
        QStringLiteral("/etc/systemd/system/haproxy.service.d/pgpilot.conf"),
        QStringLiteral("# Written by pgpilot: HAProxy's stats page password, from a file only root reads.\n"
                       "[Service]\nEnvironmentFile=%1\n")
            .arg(nodepaths::haproxyStatsEnv()));
}

RenderedFile keepalivedConf(const ClusterSpec& spec, const NodeSpec& node)
{
    QStringList peers;
    for (const NodeSpec& n : spec.nodes) {
        if (n.name != node.name)
            peers << QStringLiteral("        ") + n.address;
    }
    Values values = keepalivedTimingValues(spec); // the worksheet's settings.keepalived
    values.insert({
        {QStringLiteral("interface"), node.interface},
        {QStringLiteral("vrrp_router_id"), QString::number(spec.network.vrrpRouterId)},
        {QStringLiteral("unicast_peers"), peers.join(QLatin1Char('\n'))},
        {QStringLiteral("vip"), spec.network.vip},
        {QStringLiteral("vip_prefix"), QString::number(spec.network.vipPrefixLength)},
    });
    return fromTemplate(QStringLiteral("keepalived.conf"), QStringLiteral("keepalived.conf"), spec, node,
        QStringLiteral("/etc/keepalived/keepalived.conf"), values);
}

RenderedFile keepalivedDefault(const ClusterSpec& spec, const NodeSpec& node)
{
    return fromTemplate(QStringLiteral("keepalived-default"), QStringLiteral("keepalived-default"), spec,
        node, QStringLiteral("/etc/default/keepalived"));
}

RenderedFile keepalivedRestart(const ClusterSpec&, const NodeSpec& node)
{
    return make(QStringLiteral("keepalived-restart"), node,
        QStringLiteral("/etc/systemd/system/keepalived.service.d/pgpilot-restart.conf"),
        QStringLiteral("# Written by pgpilot. Keepalived holds the VIP: when it dies it comes back at once\n"
                       "# (Debian's unit has no Restart=, so a killed Keepalived left the VIP nowhere).\n"
                       "[Service]\nRestart=always\nRestartSec=1\n"));
}

} // namespace render

QList<RenderedFile> renderNodeFiles(const ClusterSpec& spec, const NodeSpec& node)
{
    QList<RenderedFile> files {render::hostsBlock(spec, node)};
    const RenderedFile apt = render::aptSource(spec, node);
    if (!apt.content.isEmpty())
        files << apt;
    files << render::startConf(spec, node);
    if (tlsVerified(spec))
        files << render::tlsCaCert(spec, node) << render::tlsServerCert(spec, node)
              << render::tlsServerKey(spec, node) << render::postgresRootCert(spec, node);
    files << render::postgresDropIn(spec, node) << render::postgresSettings(spec, node)
          << render::hbaBlock(spec, node) << render::pgpass(spec, node) << render::repmgrConf(spec, node)
          << render::sudoers(spec, node) << render::rewindWrapper(spec, node) << render::sshConfig(spec, node)
          << render::repmgrdUnit(spec, node) << render::healthScript(spec, node)
          << render::healthModules(spec, node) << render::httpCheckScript(spec, node)
          << render::vipCheckScript(spec, node) << render::healthUnit(spec, node)
          << render::haproxyStatsEnv(spec, node) << render::haproxyDropIn(spec, node)
          << render::haproxyCfg(spec, node) << render::keepalivedConf(spec, node)
          << render::keepalivedDefault(spec, node) << render::keepalivedRestart(spec, node);
    files << renderBackupNodeFiles(spec, node);
    return files;
}

} // namespace pgpilot
