// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/specvalidator.h"
#include "testspecs.h"

#include <QHash>
#include <QTest>

#include <functional>
#include <vector>

using namespace pgpilot;

namespace {

struct BadCase
{
    const char* name;
    std::function<void(ClusterSpec&)> mutate;
    const char* field;
    const char* message; // a phrase the admin must see
};

QString S(const char* s)
{
    return QString::fromUtf8(s);
}

// The worksheet with pgBackRest archiving to a repository host that is valid as it stands.
void withBackup(ClusterSpec& s)
{
    s.archiving.mode = ArchivingMode::PgBackRest;
    s.backup.host.name = S("backup1");
    s.backup.host.address = S("10.0.1.30");
    s.backup.host.ssh = s.nodes.first().ssh;
}

const std::vector<BadCase>& badCases()
{
    static const std::vector<BadCase> cases = {
        // Addresses
        {"node ip not an address", [](ClusterSpec& s) { s.nodes[1].address = S("10.0.1"); },
            "nodes[1].address", "is not an IPv4 or IPv6 address"},
        {"node ip octet 300", [](ClusterSpec& s) { s.nodes[1].address = S("10.0.1.300"); },
            "nodes[1].address", "is not an IPv4 or IPv6 address"},
        {"node ip with space", [](ClusterSpec& s) { s.nodes[0].address = S("10.0.1.11 "); },
            "nodes[0].address", "contains a space"},
        {"node ip shell injection", [](ClusterSpec& s) { s.nodes[2].address = S("10.0.1.13;reboot"); },
            "nodes[2].address", "contains ';'"},
        {"node ip empty", [](ClusterSpec& s) { s.nodes[2].address.clear(); }, "nodes[2].address",
            "has no IP address"},
        {"node ip outside subnet", [](ClusterSpec& s) { s.nodes[1].address = S("10.0.9.12"); },
            "nodes[1].address", "is outside the subnet 10.0.1.0/24"},
        {"node ip is broadcast", [](ClusterSpec& s) { s.nodes[1].address = S("10.0.1.255"); },
            "nodes[1].address", "network or broadcast"},
        {"node ip duplicate", [](ClusterSpec& s) { s.nodes[2].address = S("10.0.1.11"); }, "nodes[2].address",
            "already used by node 1"},
        {"node ip equals vip", [](ClusterSpec& s) { s.nodes[1].address = S("10.0.1.100"); },
            "nodes[1].address", "the VIP must be a spare address"},
        {"node ipv6 in ipv4 subnet", [](ClusterSpec& s) { s.nodes[1].address = S("fd00::12"); },
            "nodes[1].address", "outside the subnet"},
        {"vip empty", [](ClusterSpec& s) { s.network.vip.clear(); }, "network.vip",
            "spare address in the subnet"},
        {"vip not an address", [](ClusterSpec& s) { s.network.vip = S("vip.example"); }, "network.vip",
            "is not an IPv4 or IPv6 address"},
        {"vip command substitution", [](ClusterSpec& s) { s.network.vip = S("$(id)"); }, "network.vip",
            "contains '$'"},
        {"vip outside subnet", [](ClusterSpec& s) { s.network.vip = S("192.168.5.10"); }, "network.vip",
            "outside the subnet"},
        {"vip is network address", [](ClusterSpec& s) { s.network.vip = S("10.0.1.0"); }, "network.vip",
            "network or broadcast"},
        {"vip prefix 0", [](ClusterSpec& s) { s.network.vipPrefixLength = 0; }, "network.vipPrefixLength",
            "from 1 to 32"},
        {"vip prefix 40", [](ClusterSpec& s) { s.network.vipPrefixLength = 40; }, "network.vipPrefixLength",
            "from 1 to 32"},
        {"vrrp id 0", [](ClusterSpec& s) { s.network.vrrpRouterId = 0; }, "network.vrrpRouterId",
            "from 1 to 255"},
        {"vrrp id 256", [](ClusterSpec& s) { s.network.vrrpRouterId = 256; }, "network.vrrpRouterId",
            "from 1 to 255"},
        {"monitor source a name",
            [](ClusterSpec& s) {
                s.network.monitorSources = {S("10.0.5.20"), S("ws1.example")};
            },
            "network.monitorSources", "\"ws1.example\" is not an IP address or a CIDR network"},
        {"monitor source shell", [](ClusterSpec& s) { s.network.monitorSources = {S("10.0.5.20;reboot")}; },
            "network.monitorSources", "contains ';'"},
        {"monitor source bad prefix", [](ClusterSpec& s) { s.network.monitorSources = {S("10.0.6.0/33")}; },
            "network.monitorSources", "not an IP address or a CIDR network"},
        {"monitor source empty", [](ClusterSpec& s) { s.network.monitorSources = {QString()}; },
            "network.monitorSources", "not an IP address"},
        {"subnet without prefix", [](ClusterSpec& s) { s.network.subnet = S("10.0.1.0"); }, "network.subnet",
            "with its prefix length"},
        {"subnet host bits", [](ClusterSpec& s) { s.network.subnet = S("10.0.1.7/24"); }, "network.subnet",
            "did you mean 10.0.1.0/24"},
        {"subnet empty", [](ClusterSpec& s) { s.network.subnet.clear(); }, "network.subnet",
            "The subnet is empty"},
        // Names
        {"node name empty", [](ClusterSpec& s) { s.nodes[0].name.clear(); }, "nodes[0].name",
            "has no host name"},
        {"node name underscore", [](ClusterSpec& s) { s.nodes[0].name = S("pg_1"); }, "nodes[0].name",
            "not a valid host name"},
        {"node name leading dash", [](ClusterSpec& s) { s.nodes[0].name = S("-pg1"); }, "nodes[0].name",
            "not a valid host name"},
        {"node name quote", [](ClusterSpec& s) { s.nodes[0].name = S("pg1'"); }, "nodes[0].name",
            "contains a quote (')"},
        {"node name newline", [](ClusterSpec& s) { s.nodes[0].name = S("pg1\nrm"); }, "nodes[0].name",
            "contains a line break"},
        {"node name too long", [](ClusterSpec& s) { s.nodes[0].name = QString(64, QLatin1Char('a')); },
            "nodes[0].name", "at most 63 characters"},
        {"node name numeric", [](ClusterSpec& s) { s.nodes[0].name = S("1234"); }, "nodes[0].name",
            "not a valid host name"},
        {"node name duplicate", [](ClusterSpec& s) { s.nodes[2].name = S("PG1"); }, "nodes[2].name",
            "already used by node 1"},
        {"cluster name upper case", [](ClusterSpec& s) { s.name = S("Prod"); }, "name", "lower-case letters"},
        {"cluster name empty", [](ClusterSpec& s) { s.name.clear(); }, "name", "Give the cluster a name"},
        // Interfaces
        {"interface empty", [](ClusterSpec& s) { s.nodes[1].interface.clear(); }, "nodes[1].interface",
            "name the network interface"},
        {"interface too long", [](ClusterSpec& s) { s.nodes[1].interface = S("enp0s31f6verylong"); },
            "nodes[1].interface", "not a Linux interface name"},
        {"interface with slash", [](ClusterSpec& s) { s.nodes[1].interface = S("eth/0"); },
            "nodes[1].interface", "not a Linux interface name"},
        {"interface with space", [](ClusterSpec& s) { s.nodes[1].interface = S("eth 0"); },
            "nodes[1].interface", "contains a space"},
        {"interface dotdot", [](ClusterSpec& s) { s.nodes[1].interface = S(".."); }, "nodes[1].interface",
            "not a Linux interface name"},
        // Nodes and roles
        {"two nodes", [](ClusterSpec& s) { s.nodes.removeLast(); }, "nodes", "3 to 9 nodes; this one has 2"},
        {"ten nodes",
            [](ClusterSpec& s) {
                for (int i = 4; i <= 10; ++i) {
                    NodeSpec n = s.nodes[1];
                    n.name = QStringLiteral("pg%1").arg(i);
                    n.address = QStringLiteral("10.0.1.%1").arg(10 + i);
                    s.nodes.append(n);
                }
            },
            "nodes", "3 to 9 nodes; this one has 10"},
        {"no primary", [](ClusterSpec& s) { s.nodes[0].role = NodeRole::Standby; }, "nodes",
            "none is marked primary"},
        {"two primaries", [](ClusterSpec& s) { s.nodes[1].role = NodeRole::Primary; }, "nodes",
            "2 are marked primary"},
        // SSH
        {"ssh user with dollar", [](ClusterSpec& s) { s.nodes[0].ssh.user = S("adm$"); }, "nodes[0].ssh.user",
            "contains '$'"},
        {"ssh user upper case",
            [](ClusterSpec& s) {
                s.nodes[0].ssh.user = S("Admin");
                s.nodes[0].ssh.sudo = SudoMode::NoPassword;
            },
            "nodes[0].ssh.user", "not a valid Unix user name"},
        {"ssh port 0", [](ClusterSpec& s) { s.nodes[0].ssh.port = 0; }, "nodes[0].ssh.port",
            "from 1 to 65535"},
        {"ssh port 70000", [](ClusterSpec& s) { s.nodes[0].ssh.port = 70000; }, "nodes[0].ssh.port",
            "from 1 to 65535"},
        {"ssh key missing", [](ClusterSpec& s) { s.nodes[1].ssh.keyFile.clear(); }, "nodes[1].ssh.keyFile",
            "choose the private key file"},
        {"ssh key relative", [](ClusterSpec& s) { s.nodes[1].ssh.keyFile = S("id_ed25519"); },
            "nodes[1].ssh.keyFile", "absolute path"},
        {"non-root without sudo", [](ClusterSpec& s) { s.nodes[1].ssh.user = S("dba"); }, "nodes[1].ssh.sudo",
            "needs sudo"},
        {"root with sudo", [](ClusterSpec& s) { s.nodes[1].ssh.sudo = SudoMode::NoPassword; },
            "nodes[1].ssh.sudo", "root needs no sudo"},
        {"password auth without secret", [](ClusterSpec& s) { s.nodes[1].ssh.auth = SshAuth::Password; },
            "nodes[1].ssh.secretRef", "a password is needed"},
        {"bad secret ref", [](ClusterSpec& s) { s.nodes[1].ssh.secretRef = S("my password"); },
            "nodes[1].ssh.secretRef", "pgpilot:<cluster>:<name>"},
        {"bad fingerprint", [](ClusterSpec& s) { s.nodes[1].ssh.hostKeyFingerprint = S("MD5:aa:bb"); },
            "nodes[1].ssh.hostKeyFingerprint", "SHA256:"},
        // Ports
        {"ports clash", [](ClusterSpec& s) { s.ports.read = 5000; }, "ports.read", "already used for write"},
        {"port out of range", [](ClusterSpec& s) { s.ports.health = 0; }, "ports.health", "out of range"},
        {"port 22", [](ClusterSpec& s) { s.ports.haproxyStats = 22; }, "ports.haproxyStats", "SSH's"},
        {"postgres port equals write", [](ClusterSpec& s) { s.ports.write = 5432; }, "ports.write",
            "already used for postgres"},
        // Versions and sources
        {"pg 16 on debian 12",
            [](ClusterSpec& s) {
                s.platform = Platform::Debian12;
                s.install.source = InstallSource::Distro;
                s.postgresVersion = 16;
            },
            "postgresVersion", "not supported on Debian 12"},
        {"pg 15 on debian 13",
            [](ClusterSpec& s) {
                s.platform = Platform::Debian13;
                s.install.source = InstallSource::Distro;
                s.postgresVersion = 15;
            },
            "postgresVersion", "not supported on Debian 13"},
        {"pgdg on debian 12",
            [](ClusterSpec& s) {
                s.platform = Platform::Debian12;
                s.postgresVersion = 15;
                s.install.source = InstallSource::Pgdg;
            },
            "install.source", "cannot install from \"pgdg\""},
        {"mirror without url",
            [](ClusterSpec& s) {
                s.install.source = InstallSource::Mirror;
                s.install.mirrorSuite = S("./");
            },
            "install.mirrorUrl", "Give the mirror's address"},
        {"mirror url with quote",
            [](ClusterSpec& s) {
                s.install.source = InstallSource::Mirror;
                s.install.mirrorUrl = S("http://x/'a");
                s.install.mirrorSuite = S("./");
            },
            "install.mirrorUrl", "contains a quote (')"},
        {"mirror url ftp",
            [](ClusterSpec& s) {
                s.install.source = InstallSource::Mirror;
                s.install.mirrorUrl = S("ftp://mirror/debian");
                s.install.mirrorSuite = S("./");
            },
            "install.mirrorUrl", "http:// or https://"},
        {"mirror suite missing",
            [](ClusterSpec& s) {
                s.install.source = InstallSource::Mirror;
                s.install.mirrorUrl = S("http://10.0.1.5/debian");
            },
            "install.mirrorSuite", "flat repository"},
        {"mirror components with backtick",
            [](ClusterSpec& s) {
                s.install.source = InstallSource::Mirror;
                s.install.mirrorUrl = S("http://10.0.1.5/debian");
                s.install.mirrorSuite = S("noble");
                s.install.mirrorComponents = S("main`id`");
            },
            "install.mirrorComponents", "contains a backtick"},
        // An adopted cluster's health service
        {"adopted health paths half given",
            [](ClusterSpec& s) {
                s.adopted.adopted = true;
                s.adopted.healthPrimaryPath = S("/master");
            },
            "adopted.healthReplicaPath", "Give both health paths"},
        {"adopted health path relative",
            [](ClusterSpec& s) {
                s.adopted.adopted = true;
                s.adopted.healthPrimaryPath = S("master");
                s.adopted.healthReplicaPath = S("/replica");
            },
            "adopted.healthPrimaryPath", "starts with '/'"},
        // Replication, archiving, application
        {"quorum too large",
            [](ClusterSpec& s) {
                s.replication.mode = ReplicationMode::SyncQuorum;
                s.replication.syncQuorum = 3;
            },
            "replication.syncQuorum", "a quorum of 3 would stop all writes"},
        {"quorum too small for five nodes",
            [](ClusterSpec& s) {
                for (int i = 4; i <= 5; ++i) {
                    NodeSpec n = s.nodes[1];
                    n.name = QStringLiteral("pg%1").arg(i);
                    n.address = QStringLiteral("10.0.1.%1").arg(10 + i);
                    s.nodes.append(n);
                }
                s.replication.mode = ReplicationMode::SyncQuorum;
                s.replication.syncQuorum = 1;
            },
            "replication.syncQuorum", "at least 2 standby(s)"},
        {"slot keep size unlimited", [](ClusterSpec& s) { s.replication.maxSlotWalKeepSize = S("-1"); },
            "replication.maxSlotWalKeepSize", "fill the primary's disk"},
        {"archive dir relative",
            [](ClusterSpec& s) {
                s.archiving.mode = ArchivingMode::Directory;
                s.archiving.directory = S("wal");
            },
            "archiving.directory", "absolute path"},
        {"archive dir with semicolon",
            [](ClusterSpec& s) {
                s.archiving.mode = ArchivingMode::Directory;
                s.archiving.directory = S("/srv/wal;rm -rf /");
            },
            "archiving.directory", "contains a space"},
        {"archive dir empty", [](ClusterSpec& s) { s.archiving.mode = ArchivingMode::Directory; },
            "archiving.directory", "receives archived WAL"},
        {"app subnet invalid", [](ClusterSpec& s) { s.application.subnet = S("10.0.2.0/40"); },
            "application.subnet", "from 1 to 32"},
        {"app subnet empty", [](ClusterSpec& s) { s.application.subnet.clear(); }, "application.subnet",
            "application servers connect from"},
        {"app database reserved",
            [](ClusterSpec& s) {
                s.application.database = S("postgres");
                s.application.role = S("mmuser");
            },
            "application.database", "reserved"},
        {"app role injection",
            [](ClusterSpec& s) {
                s.application.database = S("mattermost");
                s.application.role = S("mm\"; DROP");
            },
            "application.role", "contains a space"},
        {"app database without role", [](ClusterSpec& s) { s.application.database = S("mattermost"); },
            "application.role", "or neither"},
        {"known_hosts relative", [](ClusterSpec& s) { s.knownHostsFile = S("known_hosts"); },
            "knownHostsFile", "absolute path"},
        {"repmgr ref malformed", [](ClusterSpec& s) { s.repmgrPasswordRef = S("secret"); },
            "repmgrPasswordRef", "pgpilot:<cluster>:<name>"},
        // Backups (pgBackRest)
        {"backup host unnamed",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.host.name.clear();
            },
            "backup.host.name", "Name the backup repository host"},
        {"backup host is a node",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.host.name = S("PG2");
            },
            "backup.host.name", "is a node of the cluster"},
        {"backup address of a node",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.host.address = S("10.0.1.12");
            },
            "backup.host.address", "the address of node pg2"},
        {"backup address is the vip",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.host.address = S("10.0.1.100");
            },
            "backup.host.address", "is the VIP"},
        {"backup address injection",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.host.address = S("10.0.1.30;id");
            },
            "backup.host.address", "contains ';'"},
        {"backup ssh user bad",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.host.ssh.user = S("a b");
            },
            "backup.host.ssh.user", "not a valid Unix user name"},
        {"backup path relative",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.path = S("repo");
            },
            "backup.path", "absolute directory"},
        {"backup path root",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.path = S("/");
            },
            "backup.path", "not /"},
        {"backup retention zero",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.retentionFull = 0;
            },
            "backup.retention.full", "Keep 1 to 99 full backups"},
        {"backup schedule injection",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.fullSchedule = S("Sun 01:00; reboot");
            },
            "backup.schedule.full", "It contains ';'"},
        {"backup diff schedule quote",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.diffSchedule = S("Mon'");
            },
            "backup.schedule.diff", "systemd calendar expression"},
        {"backup cipher ref malformed",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.cipherPassRef = S("passphrase");
            },
            "backup.cipherPassRef", "pgpilot:<cluster>:<name>"},
        {"backup process max",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.processMax = 0;
            },
            "backup.processMax", "1 to 32"},
        {"backup queue max unit",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.archiveQueueMax = S("8G");
            },
            "backup.archiveQueueMax", "8GB"},
        {"backup queue max beyond pgbackrest",
            [](ClusterSpec& s) {
                withBackup(s);
                s.backup.archiveQueueMax = S("5000TB");
            },
            "backup.archiveQueueMax", "8GB"},
    };
    return cases;
}

bool hasIssue(const ValidationIssues& issues, const QString& field, const QString& phrase)
{
    for (const auto& issue : issues) {
        if (issue.field == field && issue.message.contains(phrase))
            return true;
    }
    return false;
}

QString dump(const ValidationIssues& issues)
{
    QStringList lines;
    for (const auto& i : issues)
        lines << QStringLiteral("  %1: %2").arg(i.field, i.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSpecValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validSpecHasNoIssues()
    {
        const auto issues = validate(validTestSpec());
        QVERIFY2(issues.isEmpty(), qPrintable(dump(issues)));
    }

    void validVariantsPass_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("debian 12 distro") << 0;
        QTest::newRow("debian 13 flat mirror") << 1;
        QTest::newRow("ipv6 cluster") << 2;
        QTest::newRow("sudo user, sync quorum, archive, app db") << 3;
        QTest::newRow("nine nodes") << 4;
        QTest::newRow("pgbackrest repository host") << 5;
    }
    void validVariantsPass()
    {
        QFETCH(int, variant);
        ClusterSpec s = validTestSpec();
        switch (variant) {
        case 0:
            s.platform = Platform::Debian12;
            s.postgresVersion = 15;
            s.install.source = InstallSource::Distro;
            break;
        case 1:
            s.platform = Platform::Debian13;
            s.install.source = InstallSource::Mirror;
            s.install.mirrorUrl = QStringLiteral("http://10.231.0.1:8080/");
            s.install.mirrorSuite = QStringLiteral("./");
            break;
        case 2:
            s.network.subnet = QStringLiteral("fd00:1::/64");
            s.network.vip = QStringLiteral("fd00:1::100");
            s.network.vipPrefixLength = 64;
            for (int i = 0; i < 3; ++i)
                s.nodes[i].address = QStringLiteral("fd00:1::%1").arg(11 + i);
            break;
        case 3:
            for (auto& n : s.nodes) {
                n.ssh.user = QStringLiteral("dba");
                n.ssh.sudo = SudoMode::Password;
                n.ssh.secretRef = s.secretKey(QStringLiteral("sudo-password"));
            }
            s.replication.mode = ReplicationMode::SyncQuorum;
            s.replication.syncQuorum = 1;
            s.archiving.mode = ArchivingMode::Directory;
            s.archiving.directory = QStringLiteral("/srv/wal-archive");
            s.application.database = QStringLiteral("mattermost");
            s.application.role = QStringLiteral("mmuser");
            break;
        case 4:
            for (int i = 4; i <= 9; ++i) {
                NodeSpec n = s.nodes[1];
                n.name = QStringLiteral("pg%1").arg(i);
                n.address = QStringLiteral("10.0.1.%1").arg(10 + i);
                s.nodes.append(n);
            }
            break;
        case 5:
            withBackup(s);
            s.backup.host.address = S("10.0.2.30"); // another subnet is fine: reached by routing
            s.backup.diffSchedule.clear(); // full backups only
            break;
        }
        const auto issues = validate(s);
        QVERIFY2(issues.isEmpty(), qPrintable(dump(issues)));
    }

    void badInputIsReported_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(badCases().size()); ++i)
            QTest::newRow(badCases()[size_t(i)].name) << i;
    }
    void badInputIsReported()
    {
        QFETCH(int, index);
        const BadCase& c = badCases()[size_t(index)];
        ClusterSpec spec = validTestSpec();
        c.mutate(spec);
        const auto issues = validate(spec);
        QVERIFY2(hasIssue(issues, QString::fromLatin1(c.field), QString::fromUtf8(c.message)),
            qPrintable(QStringLiteral("expected %1 with \"%2\", got:\n%3")
                           .arg(QString::fromLatin1(c.field), QString::fromUtf8(c.message), dump(issues))));
    }

    void tableIsLargeEnough() { QVERIFY(badCases().size() >= 40); }

    void everyProblemAtOnce()
    {
        ClusterSpec spec = validTestSpec();
        spec.network.vip = QStringLiteral("nonsense");
        spec.nodes[0].address = QStringLiteral("1.2.3");
        spec.nodes[1].interface = QStringLiteral("bad if");
        spec.ports.read = spec.ports.write;
        const auto issues = validate(spec);
        QCOMPARE(issues.size(), 4);
        QVERIFY(hasIssue(issues, QStringLiteral("network.vip"), QStringLiteral("nonsense")));
        QVERIFY(hasIssue(issues, QStringLiteral("nodes[0].address"), QStringLiteral("1.2.3")));
        QVERIFY(hasIssue(issues, QStringLiteral("nodes[1].interface"), QStringLiteral("space")));
        QVERIFY(hasIssue(issues, QStringLiteral("ports.read"), QStringLiteral("5000")));
    }

    void shellMetacharactersNeverPass_data()
    {
        QTest::addColumn<QString>("payload");
        for (const char* p :
            {"a;b", "a$(id)", "a`id`", "a'b", "a\"b", "a b", "a\nb", "a|b", "a&b", "a>b", "a\\b"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void shellMetacharactersNeverPass()
    {
        // Every free-text field that reaches a node must refuse these.
        QFETCH(QString, payload);
        const QList<std::function<void(ClusterSpec&)>> setters {
            [&](ClusterSpec& s) { s.nodes[0].name = payload; },
            [&](ClusterSpec& s) { s.nodes[0].address = payload; },
            [&](ClusterSpec& s) { s.nodes[0].interface = payload; },
            [&](ClusterSpec& s) { s.nodes[0].ssh.user = payload; },
            [&](ClusterSpec& s) { s.network.vip = payload; },
            [&](ClusterSpec& s) { s.network.subnet = payload; },
            [&](ClusterSpec& s) { s.name = payload; },
            [&](ClusterSpec& s) {
                s.archiving.mode = ArchivingMode::Directory;
                s.archiving.directory = QStringLiteral("/srv/") + payload;
            },
            [&](ClusterSpec& s) {
                s.application.database = payload;
                s.application.role = QStringLiteral("mm");
            },
            [&](ClusterSpec& s) { s.replication.maxSlotWalKeepSize = payload; },
            [&](ClusterSpec& s) {
                s.adopted.adopted = true;
                s.adopted.healthService = payload;
            },
            [&](ClusterSpec& s) {
                s.adopted.adopted = true;
                s.adopted.healthPrimaryPath = QStringLiteral("/") + payload;
                s.adopted.healthReplicaPath = QStringLiteral("/replica");
            },
            [&](ClusterSpec& s) {
                s.adopted.adopted = true;
                s.adopted.monitorRole = payload;
            },
            [&](ClusterSpec& s) {
                s.install.source = InstallSource::Mirror;
                s.install.mirrorSuite = QStringLiteral("./");
                s.install.mirrorUrl = QStringLiteral("http://m/") + payload;
            },
        };
        for (int i = 0; i < setters.size(); ++i) {
            ClusterSpec spec = validTestSpec();
            setters[i](spec);
            QVERIFY2(!validate(spec).isEmpty(),
                qPrintable(QStringLiteral("setter %1 accepted the payload").arg(i)));
        }
    }

    // Hostile text that survives a glance: look-alike letters and digits, invisible characters,
    // line breaks at the end (a regex's '$' matches before a final "\n"), over-long values.
    void hostileTextNeverPasses_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("phrase");
        struct Field
        {
            const char* field;
            const char* valid;
        };
        const Field fields[] = {
            {"name", "prod"},
            {"nodes[0].name", "pg1"},
            {"nodes[0].address", "10.0.1.11"},
            {"nodes[0].interface", "ens3"},
            {"nodes[0].ssh.user", "root"},
            {"nodes[0].ssh.keyFile", "/home/dba/.ssh/id_ed25519"},
            {"nodes[0].ssh.secretRef", "pgpilot:prod:login"},
            {"nodes[0].ssh.hostKeyFingerprint", "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"},
            {"network.vip", "10.0.1.100"},
            {"network.subnet", "10.0.1.0/24"},
            {"knownHostsFile", "/home/dba/.local/share/io.github.pgpilot/pgpilot/known_hosts"},
            {"repmgrPasswordRef", "pgpilot:prod:repmgr-password"},
            {"archiving.directory", "/srv/wal-archive"},
            {"application.database", "mattermost"},
            {"application.subnet", "10.0.2.0/24"},
            {"replication.maxSlotWalKeepSize", "10GB"},
            {"install.mirrorUrl", "http://10.0.1.5/debian/"},
            {"install.mirrorSuite", "bookworm"},
            {"install.mirrorComponents", "main"},
        };
        // The first ASCII letter or digit replaced by a character that looks the same.
        auto lookalike = [](const QString& v) {
            static const QHash<QChar, QChar> cyrillic {{u'a', QChar(0x0430)}, {u'e', QChar(0x0435)},
                {u'o', QChar(0x043E)}, {u'p', QChar(0x0440)}, {u'c', QChar(0x0441)}, {u'x', QChar(0x0445)},
                {u'i', QChar(0x0456)}, {u's', QChar(0x0455)}};
            QString out = v;
            for (qsizetype i = 0; i < out.size(); ++i) {
                if (cyrillic.contains(out[i])) {
                    out[i] = cyrillic.value(out[i]);
                    return out;
                }
            }
            return out;
        };
        auto fullwidthDigits = [](const QString& v) {
            QString out = v;
            for (auto& c : out) {
                if (c.isDigit())
                    c = QChar(c.unicode() - u'0' + 0xFF10);
            }
            return out;
        };
        auto arabicIndicDigits = [](const QString& v) {
            QString out = v;
            for (auto& c : out) {
                if (c.isDigit())
                    c = QChar(c.unicode() - u'0' + 0x0660);
            }
            return out;
        };
        auto inside = [](const QString& v, QChar c) {
            return v.left(2) + c + v.mid(2);
        };
        for (const Field& f : fields) {
            const QString v = QString::fromUtf8(f.valid);
            const QByteArray name(f.field);
            QTest::newRow(name + " trailing newline") << f.field << v + u'\n' << "line break";
            QTest::newRow(name + " trailing CR LF") << f.field << v + QStringLiteral("\r\n") << "line break";
            QTest::newRow(name + " newline and command")
                << f.field << v + QStringLiteral("\nreboot") << "line break";
            QTest::newRow(name + " zero-width space") << f.field << inside(v, QChar(0x200B)) << "U+200B";
            QTest::newRow(name + " byte order mark") << f.field << QChar(0xFEFF) + v << "U+FEFF";
            QTest::newRow(name + " right-to-left override")
                << f.field << inside(v, QChar(0x202E)) << "U+202E";
            QTest::newRow(name + " no-break space") << f.field << v + QChar(0x00A0) << "U+00A0";
            QTest::newRow(name + " NUL") << f.field << inside(v, QChar(0)) << "U+0000";
            QTest::newRow(name + " fullwidth semicolon")
                << f.field << v + QChar(0xFF1B) + QStringLiteral("id") << "U+FF1B";
            if (lookalike(v) != v)
                QTest::newRow(name + " cyrillic look-alike") << f.field << lookalike(v) << "non-ASCII";
            if (fullwidthDigits(v) != v) {
                QTest::newRow(name + " fullwidth digits") << f.field << fullwidthDigits(v) << "U+FF1";
                QTest::newRow(name + " arabic-indic digits") << f.field << arabicIndicDigits(v) << "U+066";
            }
            QTest::newRow(name + " over-long") << f.field << v + QString(5000, u'a') << "characters long";
            QTest::newRow(name + " one megabyte") << f.field << QString(1 << 20, u'a') << "characters long";
        }
    }
    void hostileTextNeverPasses()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, phrase);
        ClusterSpec spec = validTestSpec();
        // The settings that make each field matter.
        spec.archiving.mode = ArchivingMode::Directory;
        spec.archiving.directory = QStringLiteral("/srv/wal-archive");
        spec.install.source = InstallSource::Mirror;
        spec.install.mirrorUrl = QStringLiteral("http://10.0.1.5/debian/");
        spec.install.mirrorSuite = QStringLiteral("bookworm");
        spec.install.mirrorComponents = QStringLiteral("main");
        spec.application.database = QStringLiteral("mattermost");
        spec.application.role = QStringLiteral("mmuser");
        spec.nodes[0].ssh.secretRef = QStringLiteral("pgpilot:prod:login");
        spec.knownHostsFile = QStringLiteral("/home/dba/.local/share/io.github.pgpilot/pgpilot/known_hosts");
        QVERIFY2(validate(spec).isEmpty(), qPrintable(dump(validate(spec))));
        const QHash<QString, QString*> targets {
            {QStringLiteral("name"), &spec.name},
            {QStringLiteral("nodes[0].name"), &spec.nodes[0].name},
            {QStringLiteral("nodes[0].address"), &spec.nodes[0].address},
            {QStringLiteral("nodes[0].interface"), &spec.nodes[0].interface},
            {QStringLiteral("nodes[0].ssh.user"), &spec.nodes[0].ssh.user},
            {QStringLiteral("nodes[0].ssh.keyFile"), &spec.nodes[0].ssh.keyFile},
            {QStringLiteral("nodes[0].ssh.secretRef"), &spec.nodes[0].ssh.secretRef},
            {QStringLiteral("nodes[0].ssh.hostKeyFingerprint"), &spec.nodes[0].ssh.hostKeyFingerprint},
            {QStringLiteral("network.vip"), &spec.network.vip},
            {QStringLiteral("network.subnet"), &spec.network.subnet},
            {QStringLiteral("knownHostsFile"), &spec.knownHostsFile},
            {QStringLiteral("repmgrPasswordRef"), &spec.repmgrPasswordRef},
            {QStringLiteral("archiving.directory"), &spec.archiving.directory},
            {QStringLiteral("application.database"), &spec.application.database},
            {QStringLiteral("application.subnet"), &spec.application.subnet},
            {QStringLiteral("replication.maxSlotWalKeepSize"), &spec.replication.maxSlotWalKeepSize},
            {QStringLiteral("install.mirrorUrl"), &spec.install.mirrorUrl},
            {QStringLiteral("install.mirrorSuite"), &spec.install.mirrorSuite},
            {QStringLiteral("install.mirrorComponents"), &spec.install.mirrorComponents},
        };
        QVERIFY(targets.contains(field));
        *targets.value(field) = value;
        const auto issues = validate(spec);
        QVERIFY2(hasIssue(issues, field, phrase),
            qPrintable(QStringLiteral("expected an issue for %1 saying \"%2\", got:\n%3")
                           .arg(field, phrase, dump(issues))));
        for (const auto& issue : issues) {
            // The message shows the value shortened and escaped: a pasted megabyte or a line break
            // must not flood or break the worksheet's list of problems.
            QVERIFY2(issue.message.size() < 600, qPrintable(issue.message.left(200)));
            QVERIFY2(!issue.message.contains(QLatin1Char('\n')), qPrintable(issue.message));
            QVERIFY2(!issue.message.contains(QChar(0x202E)), qPrintable(issue.message));
        }
    }

    void rulesRejectTrailingLineBreaks()
    {
        // QRegularExpression's '$' also matches before a final line break: the rules must not.
        QVERIFY(!rules::isHostName(QStringLiteral("pg1\n")));
        QVERIFY(!rules::isInterfaceName(QStringLiteral("eth0\n")));
        QVERIFY(!rules::isUnixUserName(QStringLiteral("root\n")));
        QVERIFY(!rules::isSqlIdentifier(QStringLiteral("app\n")));
        QVERIFY(!rules::isSafeAbsolutePath(QStringLiteral("/srv/x\n")));
        QVERIFY(!rules::isSecretRef(QStringLiteral("pgpilot:prod:login\n")));
        QVERIFY(!rules::isSha256Fingerprint(
            QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s\n")));
        QVERIFY(!rules::isSizeSetting(QStringLiteral("10GB\n")));
        QVERIFY(!rules::isSafeAbsolutePath(QStringLiteral("/") + QString(5000, u'a')));
    }
};

QTEST_GUILESS_MAIN(TestSpecValidator)
#include "tst_specvalidator.moc"
