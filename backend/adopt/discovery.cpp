// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery.h"

#include "cluster/netaddr.h"
#include "cluster/specvalidator.h"
#include "core/shell.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::Adopt", text);
}

const QChar kSeparator(0x1f); // psql's field separator in sqlScript: never in a setting or name

} // namespace

QString discoveryScript()
{
    // POSIX sh; every command may be missing or fail on a hand-built node: its section is empty.
    return QStringLiteral(R"SH(s() { printf '\n@@pgpilot-adopt:%s@@\n' "$1"; }
s os; cat /etc/os-release 2>/dev/null
s hostname; hostname 2>/dev/null
s repmgrconf; for f in /etc/repmgr.conf /etc/repmgr/*/repmgr.conf; do if [ -r "$f" ]; then echo "$f"; cat "$f"; break; fi; done
s haproxy; cat /etc/haproxy/haproxy.cfg 2>/dev/null
s keepalived; cat /etc/keepalived/keepalived.conf 2>/dev/null
s addresses; ip -o addr show 2>/dev/null
s apt; grep -hE '^[[:space:]]*(deb|URIs:|Suites:|Components:)' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null
s listeners; ss -Hltnp 2>/dev/null
s processes; ps -eo pid=,user=,unit=,args= --cols 300 2>/dev/null
s pgconf; for f in /etc/postgresql/*/main/postgresql.conf; do [ -r "$f" ] && grep -nE '^[[:space:]]*[a-z_]+[[:space:]]*=' "$f"; done
s confd; ls /etc/postgresql/*/main/conf.d 2>/dev/null
s startconf; grep -hvE '^[[:space:]]*(#|$)' /etc/postgresql/*/main/start.conf 2>/dev/null
s units; u="repmgrd pgpilot-repmgrd pgchk pgpilot-health haproxy keepalived"; echo $u; echo $(systemctl is-enabled $u 2>/dev/null); echo $(systemctl is-active $u 2>/dev/null)
s repmgrdunit; systemctl cat repmgrd 2>/dev/null | grep -E '^(ExecStart|User|Requires|After|Restart)='
s healthunit; for u in pgchk pgpilot-health; do systemctl cat "$u" 2>/dev/null | grep -E '^(ExecStart|User|Restart)=' | sed "s/^/$u /"; done
s sudoers; grep -rhsE 'pg_ctlcluster' /etc/sudoers /etc/sudoers.d 2>/dev/null | grep -v '^#'
s postgresssh; h=$(getent passwd postgres | cut -d: -f6); ls "$h/.ssh" 2>/dev/null
s pgpassfiles; for u in postgres root ${SUDO_USER:-}; do h=$(getent passwd "$u" | cut -d: -f6); [ -e "$h/.pgpass" ] && stat -c '%n %U %a' "$h/.pgpass"; done
s pgpilot; ls /etc/pgpilot 2>/dev/null
s end
)SH");
}

QString sqlScript(const QString& database, int port)
{
    const QString sql = QStringLiteral(
        "SELECT 'setting', name, setting FROM pg_settings WHERE name IN ('server_version_num', "
        "'data_directory', 'config_file', 'hba_file', 'synchronous_standby_names', 'port', 'ssl', "
        "'ssl_ca_file', 'archive_mode', 'archive_command', 'max_slot_wal_keep_size', 'wal_log_hints', "
        "'listen_addresses', 'password_encryption', 'shared_preload_libraries', 'wal_keep_size', "
        "'synchronous_commit');\n"
        "SELECT 'setting', 'in_recovery', pg_is_in_recovery()::text;\n"
        "SELECT 'setting', 'pgpilot_monitor_role', count(*)::text FROM pg_roles WHERE rolname = "
        "'pgpilot_monitor';\n"
        "SELECT 'hba', line_number::text, type, array_to_string(database, ','), array_to_string(user_name, "
        "','), "
        "coalesce(address, ''), auth_method FROM pg_hba_file_rules WHERE error IS NULL;\n"
        "SELECT 'node', node_id::text, node_name, type, active::text, coalesce(upstream_node_id::text, ''), "
        "conninfo FROM repmgr.nodes ORDER BY node_id;\n");
    return QStringLiteral("cd / && runuser -u postgres -- psql -X -q -A -t -F \"$(printf '\\037')\" "
                          "-v ON_ERROR_STOP=1 -p %1 -d %2 <<'PGPILOT_SQL'\n%3PGPILOT_SQL\n")
        .arg(port)
        .arg(shellQuote(database), sql);
}

QString secretsScript(const QString& caFile)
{
    QString script = QStringLiteral(
        "for h in \"$(getent passwd postgres | cut -d: -f6)\" \"$(getent passwd root | cut -d: -f6)\" "
        "${SUDO_USER:+\"$(getent passwd \"$SUDO_USER\" | cut -d: -f6)\"}; do "
        "printf '@@pgpilot-adopt:pgpass@@\\n'; cat \"$h/.pgpass\" 2>/dev/null; done\n"
        "printf '@@pgpilot-adopt:statsenv@@\\n'; grep -s '^PGPILOT_STATS_AUTH=' "
        "/etc/haproxy/pgpilot-stats.env\n");
    if (!caFile.isEmpty())
        script += QStringLiteral("printf '@@pgpilot-adopt:ca@@\\n'; cat %1 2>/dev/null\n")
                      .arg(shellQuote(caFile));
    return script;
}

void readDiscovery(const QString& output, NodeFacts* facts)
{
    facts->sections = splitSections(output);
    const QString conf = facts->sections.value(QStringLiteral("repmgrconf"));
    const qsizetype firstBreak = conf.indexOf(QLatin1Char('\n'), 1);
    const QString body = conf.mid(firstBreak + 1);
    const QString path = conf.left(firstBreak).trimmed();
    if (!path.isEmpty())
        facts->repmgrConf = parseRepmgrConf(body, path);
    facts->haproxy = parseHaproxyConfig(facts->sections.value(QStringLiteral("haproxy")));
    facts->keepalived = parseKeepalivedConfig(facts->sections.value(QStringLiteral("keepalived")));
    facts->os = parseOsRelease(facts->sections.value(QStringLiteral("os")));
    facts->addresses = parseIpAddr(facts->sections.value(QStringLiteral("addresses")));
    // ss -Hltnp: "LISTEN 0 128 10.0.1.11:8008 0.0.0.0:* users:(("python3",pid=77,fd=3))"; ps gives
    // each pid's "user unit command".
    QHash<QString, QString> processes;
    for (const QString& line : facts->sections.value(QStringLiteral("processes")).split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        processes.insert(simple.section(QLatin1Char(' '), 0, 0), simple.section(QLatin1Char(' '), 1));
    }
    static const QRegularExpression pidRe(QStringLiteral("pid=(\\d+)"));
    for (const QString& line : facts->sections.value(QStringLiteral("listeners")).split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() < 6)
            continue;
        bool ok = false;
        const int port = f.at(3).section(QLatin1Char(':'), -1).toInt(&ok);
        const auto pid = pidRe.match(f.at(5));
        if (ok && pid.hasMatch() && !facts->listeners.contains(port))
            facts->listeners.insert(port, processes.value(pid.captured(1)));
    }
}

bool readSqlOutput(const QString& output, NodeFacts* facts, QList<RepmgrNodeRow>* rows, QString* error)
{
    bool nodes = false;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        const QStringList f = line.split(kSeparator);
        if (f.first() == QLatin1String("setting") && f.size() == 3) {
            facts->settings.insert(f.at(1), f.at(2));
        } else if (f.first() == QLatin1String("hba") && f.size() == 7) {
            facts->hbaRules.append({f.at(1).toInt(), QStringList(f.mid(2)).join(QLatin1Char(' '))});
        } else if (f.first() == QLatin1String("node") && f.size() == 7) {
            nodes = true;
            if (rows) {
                rows->append({f.at(1).toInt(), f.at(2), f.at(3), f.at(4) == QLatin1String("true"),
                    f.at(5).toInt(), f.at(6)});
            }
        }
    }
    facts->sqlRead = facts->settings.contains(QStringLiteral("server_version_num"));
    if (!nodes && error && error->isEmpty())
        *error = tr("repmgr's node table (repmgr.nodes) has no rows");
    return nodes;
}

namespace {

std::optional<Platform> platformOf(const QHash<QString, QString>& os)
{
    const QString id = os.value(QStringLiteral("ID"));
    const QString version = os.value(QStringLiteral("VERSION_ID"));
    if (id == QLatin1String("debian") && version == QLatin1String("13"))
        return Platform::Debian13;
    if (id == QLatin1String("debian") && version == QLatin1String("12"))
        return Platform::Debian12;
    if (id == QLatin1String("ubuntu") && version == QLatin1String("24.04"))
        return Platform::Ubuntu2404Pgdg;
    return std::nullopt;
}

void readInstallSource(const QString& apt, InstallSpec* install)
{
    static const QRegularExpression deb(
        QStringLiteral("^deb\\s+(?:\\[([^\\]]*)\\]\\s+)?(\\S+)\\s+(\\S+)\\s*(.*)$"));
    install->source = InstallSource::Distro;
    for (const QString& raw : apt.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.contains(QLatin1String("apt.postgresql.org"))) {
            install->source = InstallSource::Pgdg;
            return;
        }
        const auto m = deb.match(line);
        if (!m.hasMatch())
            continue;
        const QString url = m.captured(2);
        if (url.contains(QLatin1String("debian.org")) || url.contains(QLatin1String("ubuntu.com")))
            continue;
        install->source = InstallSource::Mirror;
        install->mirrorUrl = url;
        install->mirrorSuite = m.captured(3);
        install->mirrorComponents = m.captured(4).trimmed();
        install->mirrorTrusted = m.captured(1).contains(QLatin1String("trusted=yes"));
        return;
    }
}

QString unitName(const QString& listener)
{
    // "user unit command": the unit without ".service"; "-" when the process has none.
    QString unit = listener.section(QLatin1Char(' '), 1, 1);
    if (unit == QLatin1String("-"))
        return {};
    if (unit.endsWith(QLatin1String(".service")))
        unit.chop(8);
    return unit;
}

} // namespace

AdoptPlan buildAdoptedSpec(const Discovery& d, const AdoptOptions& options)
{
    AdoptPlan plan;
    const NodeFacts* seed = nullptr;
    for (const NodeFacts& n : d.nodes) {
        if (n.address == d.seedAddress && n.reached)
            seed = &n;
    }
    if (!seed) {
        plan.error = tr("%1 is not among the nodes repmgr lists, or could not be read.").arg(d.seedAddress);
        return plan;
    }
    ClusterSpec spec;
    spec.name = options.name;
    spec.knownHostsFile = options.knownHostsFile;
    spec.tls.mode = TlsMode::Off;
    spec.archiving.mode = ArchivingMode::Off;

    const auto platform = platformOf(seed->os);
    if (!platform) {
        plan.error
            = tr("%1 runs %2 %3, for which pgpilot has no profile (Debian 12, Debian 13, Ubuntu 24.04).")
                  .arg(seed->address, seed->os.value(QStringLiteral("ID")),
                      seed->os.value(QStringLiteral("VERSION_ID")));
        return plan;
    }
    spec.platform = *platform;
    spec.postgresVersion = seed->settings.value(QStringLiteral("server_version_num")).toInt() / 10000;
    readInstallSource(seed->sections.value(QStringLiteral("apt")), &spec.install);

    // The VIP, its prefix and router id: Keepalived's first instance with an address.
    const VrrpInstance* vrrp = nullptr;
    for (const NodeFacts& n : d.nodes) {
        for (const VrrpInstance& v : n.keepalived.instances) {
            if (!vrrp && !v.addresses.isEmpty())
                vrrp = &v;
        }
    }
    if (vrrp) {
        const QString vip = vrrp->addresses.first();
        spec.network.vip = vip.section(QLatin1Char('/'), 0, 0);
        spec.network.vipPrefixLength
            = vip.contains(QLatin1Char('/')) ? vip.section(QLatin1Char('/'), 1).toInt() : 32;
        spec.network.vrrpRouterId = vrrp->routerId;
    } else {
        plan.warnings << tr(
            "No node has a Keepalived VRRP instance with a virtual address: the worksheet has "
            "no VIP. Enter it before running phase 4.");
    }
    for (const InterfaceAddress& a : seed->addresses) {
        if (a.cidr.section(QLatin1Char('/'), 0, 0) == seed->address) {
            const auto [network, prefix] = QHostAddress::parseSubnet(a.cidr);
            spec.network.subnet = QStringLiteral("%1/%2").arg(network.toString()).arg(prefix);
        }
    }
    spec.application.subnet = spec.network.subnet;

    // Ports: PostgreSQL's own; HAProxy's write and read frontends; the health port its checks use.
    spec.ports.postgres = seed->settings.value(QStringLiteral("port"), QStringLiteral("5432")).toInt();
    spec.ports.health = d.healthPort;
    const HaproxyConfig& haproxy = seed->haproxy;
    if (const HaproxySection* w = haproxy.writeFrontend(); w && !w->bindPorts.isEmpty())
        spec.ports.write = w->bindPorts.first();
    else
        plan.warnings << tr("%1's haproxy.cfg has no frontend for writes: the worksheet keeps port %2.")
                             .arg(seed->address)
                             .arg(spec.ports.write);
    if (const HaproxySection* r = haproxy.readFrontend(); r && !r->bindPorts.isEmpty())
        spec.ports.read = r->bindPorts.first();
    const HaproxySection* stats = haproxy.statsListener();
    if (stats)
        spec.ports.haproxyStats = stats->bindPorts.first();

    const QString syncNames = seed->settings.value(QStringLiteral("synchronous_standby_names"));
    spec.replication.mode = syncNames.isEmpty() ? ReplicationMode::Async : ReplicationMode::SyncQuorum;

    // The nodes, as repmgr registered them.
    QStringList unreachable;
    for (const NodeFacts& n : d.nodes) {
        if (n.repmgrType == QLatin1String("witness")) {
            plan.warnings
                << tr("%1 is a repmgr witness: pgpilot has no witness nodes, it is left out.").arg(n.name);
            continue;
        }
        NodeSpec node;
        node.name = n.name;
        node.address = n.address;
        node.role
            = n.repmgrType == QLatin1String("primary") && n.active ? NodeRole::Primary : NodeRole::Standby;
        node.ssh = options.ssh;
        for (const VrrpInstance& v : n.keepalived.instances)
            node.interface = node.interface.isEmpty() ? v.interface : node.interface;
        if (node.interface.isEmpty()) {
            for (const InterfaceAddress& a : n.addresses) {
                if (a.cidr.section(QLatin1Char('/'), 0, 0) == n.address)
                    node.interface = a.interface;
            }
        }
        if (!n.reached) {
            unreachable << n.name;
            // Its interface is most likely the seed's (the guide asks for the same on every node).
            if (node.interface.isEmpty() && !spec.nodes.isEmpty())
                node.interface = spec.nodes.first().interface;
            plan.warnings << tr("%1 (%2) could not be read: %3. Its entry comes from repmgr's node table; "
                                "check its interface in the worksheet.")
                                 .arg(n.name, n.address, n.error);
        } else if (!n.active) {
            plan.warnings << tr("repmgr marks %1 inactive.").arg(n.name);
        }
        spec.nodes.append(node);
    }
    if (spec.nodes.size() > 0 && spec.nodes.first().interface.isEmpty()) {
        for (NodeSpec& node : spec.nodes) {
            if (node.interface.isEmpty())
                node.interface = spec.nodes.first().interface;
        }
    }

    // How pgpilot reads this cluster until it is converged.
    spec.adopted.adopted = true;
    spec.adopted.haproxyStats = stats != nullptr;
    const QHash<QString, QString> conninfo
        = parseConninfo(seed->repmgrConf.value(QStringLiteral("conninfo")));
    spec.adopted.monitorRole = conninfo.value(QStringLiteral("user"), QStringLiteral("repmgr"));
    if (conninfo.value(QStringLiteral("dbname"), QStringLiteral("repmgr")) != QLatin1String("repmgr"))
        plan.warnings << tr("repmgr's database is %1, not repmgr: pgpilot's monitor reads repmgr.")
                             .arg(conninfo.value(QStringLiteral("dbname")));
    spec.adopted.healthService = unitName(seed->listeners.value(d.healthPort));
    switch (d.health.kind) {
    case HealthProbe::Kind::Pgpilot:
        break;
    case HealthProbe::Kind::RoleOnly:
        spec.adopted.healthPrimaryPath = d.health.primaryPath;
        spec.adopted.healthReplicaPath = d.health.replicaPath;
        break;
    case HealthProbe::Kind::None:
        plan.warnings << tr(
            "Nothing pgpilot understands answers on port %1 (%2): the dashboard will show the "
            "health service as not answering until phase 4 installs pgpilot's.")
                             .arg(d.healthPort)
                             .arg(d.health.detail);
        break;
    }
    // Nodes that verify their peers against a CA (pgpilot's verified TLS, or the site's own): the
    // worksheet keeps verifying (the adopter stores the CA's certificate).
    if (!seed->settings.value(QStringLiteral("ssl_ca_file")).isEmpty())
        spec.tls.mode = TlsMode::VerifyFull;

    const QList<ValidationIssue> issues = validate(spec);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ValidationIssue& i : issues)
            lines << QStringLiteral("%1: %2").arg(i.field, i.message);
        plan.error = tr("What was discovered does not make a valid worksheet:\n  %1")
                         .arg(lines.join(QStringLiteral("\n  ")));
        return plan;
    }
    plan.spec = spec;
    return plan;
}

} // namespace pgpilot
