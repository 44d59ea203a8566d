// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::Audit", text);
}

// The findings, merged by id: the same difference on several nodes is one finding.
class Findings
{
public:
    void add(const NodeFacts& node, Finding f, const QString& evidence)
    {
        for (Finding& known : m_list) {
            if (known.id == f.id) {
                if (!known.nodes.contains(node.name))
                    known.nodes << node.name;
                known.evidence << QStringLiteral("%1 %2").arg(node.name, evidence);
                return;
            }
        }
        f.nodes = {node.name};
        f.evidence = {QStringLiteral("%1 %2").arg(node.name, evidence)};
        m_list.append(f);
    }
    QList<Finding> take()
    {
        std::stable_sort(m_list.begin(), m_list.end(), [](const Finding& a, const Finding& b) {
            if (a.risk != b.risk)
                return int(a.risk) < int(b.risk);
            return a.phase < b.phase;
        });
        return m_list;
    }

private:
    QList<Finding> m_list;
};

Finding make(const char* id, const char* erratum, Finding::Risk risk, int phase, const char* step,
    const QString& title, const QString& meaning)
{
    Finding f;
    f.id = QString::fromLatin1(id);
    f.erratum = QString::fromLatin1(erratum);
    f.risk = risk;
    f.phase = phase;
    f.step = QString::fromLatin1(step);
    f.title = title;
    f.meaning = meaning;
    return f;
}

// HAProxy durations: "30s", "30m", "1h", "500ms", plain milliseconds.
qint64 durationMs(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)(us|ms|s|m|h|d)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("us"))
        return n / 1000;
    if (unit.isEmpty() || unit == QLatin1String("ms"))
        return n;
    if (unit == QLatin1String("s"))
        return n * 1000;
    if (unit == QLatin1String("m"))
        return n * 60000;
    if (unit == QLatin1String("h"))
        return n * 3600000;
    return n * 86400000;
}

QString fileLine(const QString& file, const ConfigLine& line)
{
    return QStringLiteral("%1:%2: %3").arg(file).arg(line.number).arg(line.text);
}

void auditHaproxy(const NodeFacts& n, Findings& out)
{
    const QString file = QStringLiteral("/etc/haproxy/haproxy.cfg");
    const HaproxyConfig& c = n.haproxy;
    const HaproxySection* write = c.backendOf(c.writeFrontend());
    if (!write) {
        out.add(n,
            make("haproxy-no-write-route", "", Finding::Risk::Critical, 4, "p4.haproxy",
                tr("HAProxy has no frontend that routes writes"),
                tr("Applications that connect to the VIP's write port reach nothing.")),
            tr("%1: no frontend with a backend").arg(file));
        return;
    }
    if (!write->find(QStringLiteral("option httpchk"))) {
        const auto tcp = write->find(QStringLiteral("option tcp-check"));
        out.add(n,
            make("haproxy-tcp-check", "1", Finding::Risk::Critical, 4, "p4.haproxy",
                tr("HAProxy checks only that the health port accepts a connection"),
                tr("Every node whose health service runs passes that check, so after a failover HAProxy "
                   "keeps "
                   "sending writes to the server it listed first (the old primary), and clients on the "
                   "demoted "
                   "node are not disconnected.")),
            tcp ? fileLine(file, *tcp)
                : tr("%1:%2: backend %3 has no option httpchk").arg(file).arg(write->line).arg(write->name));
    } else if (!write->find(QStringLiteral("default-server"))
                    .value_or(ConfigLine {})
                    .text.contains(QLatin1String("on-marked-down shutdown-sessions"))) {
        bool onServers = !write->servers.isEmpty();
        for (const ConfigLine& d : write->directives)
            onServers = onServers
                && (!d.text.startsWith(QLatin1String("server "))
                    || d.text.contains(QLatin1String("shutdown-sessions")));
        if (!onServers)
            out.add(n,
                make("haproxy-sessions-kept", "1", Finding::Risk::Warning, 4, "p4.haproxy",
                    tr("HAProxy keeps client sessions on a server its check marks down"),
                    tr("Clients stay connected to a demoted primary and their writes fail until they "
                       "reconnect "
                       "by themselves.")),
                tr("%1:%2: backend %3 without on-marked-down shutdown-sessions")
                    .arg(file)
                    .arg(write->line)
                    .arg(write->name));
    }
    if (const HaproxySection* defaults = c.section(QStringLiteral("defaults"), QString())) {
        for (const QString& which : {QStringLiteral("timeout client"), QStringLiteral("timeout server")}) {
            const auto t = defaults->find(which);
            if (t && durationMs(t->text.section(QLatin1Char(' '), 2, 2)) < 10 * 60 * 1000) {
                out.add(n,
                    make("haproxy-short-timeouts", "12", Finding::Risk::Warning, 4, "p4.haproxy",
                        tr("HAProxy closes idle connections after less than 10 minutes"),
                        tr("Mattermost's pooled database connections sit idle between requests: HAProxy cuts "
                           "them, and the application sees errors or reconnects all day.")),
                    fileLine(file, *t));
            }
        }
    }
    if (!c.statsListener())
        out.add(n,
            make("haproxy-no-stats", "12", Finding::Risk::Info, 4, "p4.haproxy",
                tr("HAProxy has no stats listener"),
                tr("Nobody can see which backend servers HAProxy thinks are up; pgpilot's dashboard cannot "
                   "show "
                   "where writes and reads go.")),
            tr("%1: no listen section with stats enable").arg(file));
}

void auditHealth(const NodeFacts& n, int port, Findings& out)
{
    const QString listener = n.listeners.value(port);
    if (listener.isEmpty()) {
        out.add(n,
            make("health-missing", "", Finding::Risk::Critical, 4, "p4.health",
                tr("Nothing listens on the health port"),
                tr("HAProxy's checks of this node fail: it gets no traffic, even as the primary.")),
            tr("port %1: no listener").arg(port));
        return;
    }
    const QString user = listener.section(QLatin1Char(' '), 0, 0);
    const QString unit = listener.section(QLatin1Char(' '), 1, 1);
    const QString evidence = tr("port %1: %2").arg(port).arg(listener.left(160));
    if (user == QLatin1String("root"))
        out.add(n,
            make("health-as-root", "2", Finding::Risk::Warning, 4, "p4.health",
                tr("The health service runs as root"),
                tr("A service any host on the network can talk to runs with every privilege. The guide's "
                   "pgchk.py as root cannot even log in to PostgreSQL under Debian's peer authentication, so "
                   "every check answers 503.")),
            evidence);
    if (unit != QLatin1String("pgpilot-health.service"))
        out.add(n,
            make("health-not-pgpilot", "2", Finding::Risk::Warning, 4, "p4.health",
                tr("The health service is not pgpilot's"),
                tr("It answers only primary or replica, one request at a time, with no bound on PostgreSQL's "
                   "answer: a slow query stalls every check, and pgpilot cannot read lag, timeline or "
                   "fencing "
                   "from it.")),
            evidence);
}

void auditKeepalived(const NodeFacts& n, Findings& out)
{
    const QString file = QStringLiteral("/etc/keepalived/keepalived.conf");
    for (const VrrpInstance& v : n.keepalived.instances) {
        if (v.trackScripts.isEmpty())
            out.add(n,
                make("keepalived-no-track", "7", Finding::Risk::Critical, 4, "p4.keepalived",
                    tr("Keepalived tracks nothing: the VIP does not follow the primary"),
                    tr("The VIP moves only when Keepalived itself dies. After a failover it stays on the old "
                       "primary, whose HAProxy has nowhere to send writes: the applications' writes fail.")),
                tr("%1:%2: vrrp_instance %3 has no track_script").arg(file).arg(v.line).arg(v.name));
        if (!n.sections.value(QStringLiteral("keepalived")).contains(QLatin1String("unicast_peer")))
            out.add(n,
                make("keepalived-multicast", "", Finding::Risk::Warning, 4, "p4.keepalived",
                    tr("Keepalived accepts VRRP adverts from any host on the subnet"),
                    tr("A host on the same network that sends adverts with a higher priority takes the VIP, "
                       "and "
                       "the applications' connections with it.")),
                tr("%1:%2: vrrp_instance %3 uses multicast, no unicast_peer list")
                    .arg(file)
                    .arg(v.line)
                    .arg(v.name));
    }
}

void auditRepmgr(const NodeFacts& n, Findings& out)
{
    const QString units = n.sections.value(QStringLiteral("units"));
    const QStringList lines = units.split(QLatin1Char('\n'));
    const QStringList names = lines.value(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList active = lines.value(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto isActive = [&](const char* unit) {
        const qsizetype i = names.indexOf(QString::fromLatin1(unit));
        return i >= 0 && active.value(i) == QLatin1String("active");
    };
    const QString unitText = n.sections.value(QStringLiteral("repmgrdunit"));
    if (unitText.contains(QLatin1String("--no-daemonize")))
        out.add(n,
            make("repmgrd-bad-flag", "3", Finding::Risk::Critical, 3, "p3.repmgrd",
                tr("repmgrd's unit passes --no-daemonize, which repmgrd does not know"),
                tr("repmgrd prints its usage and exits: automatic failover never runs.")),
            tr("repmgrd.service: %1").arg(unitText.section(QLatin1Char('\n'), 0, 0)));
    if (!isActive("repmgrd") && !isActive("pgpilot-repmgrd"))
        out.add(n,
            make("repmgrd-not-running", "17", Finding::Risk::Critical, 3, "p3.repmgrd",
                tr("repmgrd is not running"), tr("Nothing promotes a standby when the primary fails.")),
            tr("systemctl is-active: %1").arg(lines.value(2)));
    else if (isActive("repmgrd") && unitText.contains(QLatin1String("Requires=postgresql.service")))
        out.add(n,
            make("repmgrd-umbrella-unit", "3", Finding::Risk::Info, 3, "p3.repmgrd",
                tr("repmgrd's unit depends on Debian's umbrella postgresql.service"),
                tr("That unit does not follow the real cluster (postgresql@<version>-main): repmgrd's start "
                   "and "
                   "stop are not tied to PostgreSQL's.")),
            tr("repmgrd.service: Requires=postgresql.service"));

    const QString file = n.repmgrConf.path;
    for (const char* key : {"promote_command", "follow_command"}) {
        const QString value = n.repmgrConf.value(QString::fromLatin1(key));
        if (!value.isEmpty() && !value.startsWith(QLatin1Char('/')))
            out.add(n,
                make("repmgr-relative-command", "4", Finding::Risk::Warning, 3, "p3.repmgr-conf",
                    tr("repmgr's promote and follow commands have no full path"),
                    tr("repmgrd runs them with its own PATH: where repmgr is not on it, promotion fails in "
                       "the "
                       "middle of a failover.")),
                QStringLiteral("%1:%2: %3='%4'")
                    .arg(file)
                    .arg(n.repmgrConf.lines.value(QString::fromLatin1(key)))
                    .arg(QString::fromLatin1(key), value));
    }
    if (n.repmgrConf.value(QStringLiteral("service_stop_command")).contains(QLatin1String("sudo"))
        && n.sections.value(QStringLiteral("sudoers")).trimmed().isEmpty())
        out.add(n,
            make("repmgr-no-sudoers", "4", Finding::Risk::Warning, 3, "p3.sudoers",
                tr("Nothing lets postgres run pg_ctlcluster through sudo"),
                tr("repmgr's service commands fail: switchover and rejoin cannot stop or start PostgreSQL.")),
            QStringLiteral("%1:%2: service_stop_command uses sudo; /etc/sudoers.d grants no pg_ctlcluster")
                .arg(file)
                .arg(n.repmgrConf.lines.value(QStringLiteral("service_stop_command"))));
    bool sshKey = false;
    for (const QString& f : n.sections.value(QStringLiteral("postgresssh")).split(QLatin1Char('\n')))
        sshKey = sshKey || f.startsWith(QLatin1String("id_"));
    if (!sshKey)
        out.add(n,
            make("postgres-no-ssh", "9", Finding::Risk::Warning, 3, "p3.ssh-key",
                tr("The postgres user has no SSH key for the other nodes"),
                tr("repmgr standby switchover logs in to the other nodes as postgres: a planned switchover "
                   "fails.")),
            tr("~postgres/.ssh: no key"));
}

void auditPostgres(const NodeFacts& n, const ClusterSpec& spec, Findings& out)
{
    if (!n.sqlRead)
        return;
    const QString conf = n.settings.value(QStringLiteral("config_file"), QStringLiteral("postgresql.conf"));
    // Assignments of the settings the guide appends, active in postgresql.conf itself.
    static const QStringList appended {QStringLiteral("listen_addresses"), QStringLiteral("max_wal_senders"),
        QStringLiteral("max_replication_slots"), QStringLiteral("wal_level"), QStringLiteral("hot_standby"),
        QStringLiteral("archive_mode"), QStringLiteral("archive_command"),
        QStringLiteral("shared_preload_libraries"), QStringLiteral("wal_log_hints"),
        QStringLiteral("wal_keep_size")};
    int includeDir = 0;
    for (const QString& line : n.sections.value(QStringLiteral("pgconf")).split(QLatin1Char('\n'))) {
        const int number = line.section(QLatin1Char(':'), 0, 0).toInt();
        const QString text = line.section(QLatin1Char(':'), 1).trimmed();
        const QString key = text.section(QLatin1Char('='), 0, 0).trimmed();
        if (key == QLatin1String("include_dir"))
            includeDir = number;
        if (appended.contains(key))
            out.add(n,
                make("postgresql-conf-appended", "6", Finding::Risk::Warning, 2, "p2.dropin",
                    tr("Replication settings are appended to postgresql.conf"),
                    includeDir > 0 && number > includeDir ? tr(
                        "They come after include_dir 'conf.d', so they override what pgpilot writes there, "
                        "and running the step again appends them twice.")
                                                          : tr("Running the step again appends them twice; a "
                                                               "later edit of the file decides which "
                                                               "copy wins.")),
                QStringLiteral("%1:%2: %3").arg(conf).arg(number).arg(text));
    }
    const QString archive = n.settings.value(QStringLiteral("archive_command")).trimmed();
    if (n.settings.value(QStringLiteral("archive_mode")) == QLatin1String("on")
        && (archive == QLatin1String("/bin/true") || archive == QLatin1String("true")
            || archive == QLatin1String(":")))
        out.add(n,
            make("archive-discarded", "11", Finding::Risk::Warning, 2, "p2.settings",
                tr("WAL archiving throws every segment away"),
                tr("archive_command succeeds without keeping anything: there is no point-in-time recovery, "
                   "and the setting looks like a working archive.")),
            QStringLiteral("archive_command = '%1'").arg(archive));
    if (n.settings.value(QStringLiteral("max_slot_wal_keep_size")) == QLatin1String("-1"))
        out.add(n,
            make("slot-unlimited", "11", Finding::Risk::Critical, 2, "p2.settings",
                tr("Replication slots may hold back WAL without limit"),
                tr("A standby that is down keeps its slot: the primary keeps every WAL segment for it until "
                   "its "
                   "disk is full and it stops accepting writes.")),
            QStringLiteral("max_slot_wal_keep_size = -1"));
    for (const ConfigLine& rule : n.hbaRules) {
        const QStringList f = rule.text.split(QLatin1Char(' '));
        if (f.value(0) == QLatin1String("host") && spec.tls.mode != TlsMode::Off)
            continue; // pgpilot's own "host" rules exist only with TLS off
        if (f.value(0) == QLatin1String("host") && f.value(3) != QLatin1String("127.0.0.1")
            && f.value(3) != QLatin1String("::1"))
            out.add(n,
                make("hba-no-tls", "", Finding::Risk::Warning, 2, "p2.tls",
                    tr("Nodes and clients log in without verified TLS"),
                    tr("Replication, repmgr and the SCRAM login exchange cross the network unverified: a "
                       "host on "
                       "the subnet can read the data or pose as a node. pgpilot's default is TLS verified "
                       "against "
                       "the cluster's CA (tls.mode verify-full).")),
                tr("%1:%2: %3")
                    .arg(n.settings.value(QStringLiteral("hba_file"), QStringLiteral("pg_hba.conf")))
                    .arg(rule.number)
                    .arg(rule.text));
    }
    const bool async = n.settings.value(QStringLiteral("synchronous_standby_names")).isEmpty();
    if (async && n.settings.value(QStringLiteral("in_recovery")) == QLatin1String("false")) {
        const bool worksheetSync = spec.replication.mode == ReplicationMode::SyncQuorum;
        if (worksheetSync || spec.adopted.adopted)
            out.add(n,
                make("replication-async", "",
                    worksheetSync ? Finding::Risk::Critical : Finding::Risk::Warning, 2, "p2.settings",
                    tr("Commits do not wait for any standby"),
                    worksheetSync
                        ? tr(
                            "The worksheet asks for a synchronous quorum, the primary runs asynchronously: a "
                            "failover loses the commits acknowledged just before it.")
                        : tr("A failover loses the commits acknowledged just before it. pgpilot's default is "
                             "a "
                             "synchronous quorum (set replication.mode to sync-quorum in the worksheet).")),
                QStringLiteral("synchronous_standby_names = ''"));
    }
    const QString start = n.sections.value(QStringLiteral("startconf")).trimmed();
    if (start == QLatin1String("auto"))
        out.add(n,
            make("postgres-starts-at-boot", "15", Finding::Risk::Critical, 1, "p1.start-conf",
                tr("PostgreSQL starts by itself when the node boots"),
                tr("A failed primary that reboots after a failover comes back as a second writable "
                   "primary.")),
            QStringLiteral("/etc/postgresql/%1/main/start.conf: auto").arg(spec.postgresVersion));
    for (const QString& line : n.sections.value(QStringLiteral("pgpassfiles")).split(QLatin1Char('\n'))) {
        const QString owner = line.section(QLatin1Char(' '), 1, 1);
        if (!owner.isEmpty() && owner != QLatin1String("postgres"))
            out.add(n,
                make("pgpass-elsewhere", "5", Finding::Risk::Info, 2, "p2.pgpass",
                    tr("repmgr's password is also kept outside the postgres user's home"),
                    tr("repmgr runs as postgres and never reads it there; it is one more copy of a superuser "
                       "password to protect.")),
                line.trimmed());
    }
    if (spec.adopted.adopted
        && n.settings.value(QStringLiteral("pgpilot_monitor_role")) == QLatin1String("0"))
        out.add(n,
            make("no-monitor-role", "", Finding::Risk::Info, 3, "p3.monitor-role",
                tr("pgpilot monitors with repmgr's superuser login"),
                tr("The dashboard needs only pg_monitor; phase 3 creates pgpilot_monitor for it.")),
            tr("no role pgpilot_monitor"));
}

} // namespace

QString toId(Finding::Risk risk)
{
    switch (risk) {
    case Finding::Risk::Critical:
        return QStringLiteral("critical");
    case Finding::Risk::Warning:
        return QStringLiteral("warning");
    case Finding::Risk::Info:
        return QStringLiteral("info");
    }
    return {};
}

QList<Finding> auditCluster(const Discovery& d, const ClusterSpec& spec)
{
    Findings out;
    for (const NodeFacts& n : d.nodes) {
        if (!n.reached)
            continue;
        auditPostgres(n, spec, out);
        auditRepmgr(n, out);
        auditHaproxy(n, out);
        auditHealth(n, spec.ports.health, out);
        auditKeepalived(n, out);
    }
    return out.take();
}

namespace {
QString phaseName(int phase)
{
    switch (phase) {
    case 1:
        return tr("base installation");
    case 2:
        return tr("PostgreSQL configuration");
    case 3:
        return tr("repmgr cluster");
    case 4:
        return tr("HAProxy, health check and VIP");
    default:
        return QString();
    }
}
} // namespace

QJsonObject auditToJson(const ClusterSpec& spec, const Discovery& d, const QList<Finding>& findings)
{
    QJsonArray list;
    for (const Finding& f : findings)
        list.append(QJsonObject {{QStringLiteral("id"), f.id},
            {QStringLiteral("erratum"), f.erratum.isEmpty() ? QJsonValue() : QJsonValue(f.erratum.toInt())},
            {QStringLiteral("risk"), toId(f.risk)},
            {QStringLiteral("nodes"), QJsonArray::fromStringList(f.nodes)},
            {QStringLiteral("title"), f.title}, {QStringLiteral("meaning"), f.meaning},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(f.evidence)},
            {QStringLiteral("fix"),
                QJsonObject {{QStringLiteral("phase"), f.phase}, {QStringLiteral("step"), f.step},
                    {QStringLiteral("phase_name"), phaseName(f.phase)}}}});
    QJsonArray notRead;
    for (const NodeFacts& n : d.nodes) {
        if (!n.reached)
            notRead.append(
                QJsonObject {{QStringLiteral("node"), n.name}, {QStringLiteral("error"), n.error}});
    }
    return QJsonObject {{QStringLiteral("cluster"), spec.name},
        {QStringLiteral("adopted"), spec.adopted.adopted}, {QStringLiteral("findings"), list},
        {QStringLiteral("not_read"), notRead}};
}

QString auditToText(const ClusterSpec& spec, const Discovery& d, const QList<Finding>& findings)
{
    QString text = QCoreApplication::translate(
        "pgpilot::Audit", "audit of %1: %n finding(s)\n", nullptr, int(findings.size()))
                       .arg(spec.name);
    for (const NodeFacts& n : d.nodes) {
        if (!n.reached)
            text += tr("not read: %1 (%2): %3\n").arg(n.name, n.address, n.error);
    }
    for (const Finding& f : findings) {
        text += QStringLiteral("\n%1 %2%3 on %4\n  %5\n  %6\n")
                    .arg(toId(f.risk).toUpper(), f.id,
                        f.erratum.isEmpty() ? QString() : tr(" [guide erratum %1]").arg(f.erratum),
                        f.nodes.join(QStringLiteral(", ")), f.title, tr("risk: %1").arg(f.meaning));
        for (const QString& e : f.evidence)
            text += tr("  evidence: %1\n").arg(e);
        text += tr("  fix: phase %1 (%2), step %3\n").arg(f.phase).arg(phaseName(f.phase), f.step);
    }
    return text;
}

} // namespace pgpilot
