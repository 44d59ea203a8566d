// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot adopt's readers and worksheet builder, on the files the guide prints (tests/data/adopt).
// The discovery over SSH runs for real in the lab (tests/lab/adopt-test.sh).
#include "adopt/adopter.h"
#include "adopt/discovery.h"
#include "secrets/memorysecretstore.h"
#include "testconfig.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace pgpilot;

namespace {

QString data(const char* name)
{
    QFile f(QStringLiteral(PGPILOT_TEST_DATA_DIR "/adopt/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return QString::fromUtf8(f.readAll());
}

const QChar kSep(0x1f);

QString sqlLine(const QStringList& fields)
{
    return fields.join(kSep);
}

// One node of the guide's cluster as the discovery script and the SQL script report it.
NodeFacts guideNode(int i, bool primary)
{
    NodeFacts n;
    n.address = QStringLiteral("10.0.1.1%1").arg(i);
    n.name = QStringLiteral("pg%1").arg(i);
    n.repmgrId = i;
    n.repmgrType = primary ? QStringLiteral("primary") : QStringLiteral("standby");
    n.reached = true;
    const QString output = QStringLiteral("@@pgpilot-adopt:os@@\nID=debian\nVERSION_ID=\"13\"\n"
                                          "@@pgpilot-adopt:repmgrconf@@\n/etc/repmgr.conf\n")
        + data("guide-repmgr.conf") + QStringLiteral("\n@@pgpilot-adopt:haproxy@@\n")
        + data("guide-haproxy.cfg") + QStringLiteral("\n@@pgpilot-adopt:keepalived@@\n")
        + data("guide-keepalived.conf")
        + QStringLiteral(
            "\n@@pgpilot-adopt:addresses@@\n1: lo    inet 127.0.0.1/8 scope host lo\n"
            "2: eth0    inet %1/24 brd 10.0.1.255 scope global eth0\\       valid_lft forever\n"
            "@@pgpilot-adopt:apt@@\ndeb http://deb.debian.org/debian trixie main\n"
            "@@pgpilot-adopt:listeners@@\n"
            "LISTEN 0      5            0.0.0.0:8008 0.0.0.0:* users:((\"python3\",pid=70,fd=3))\n"
            "LISTEN 0      200    0.0.0.0:5432 0.0.0.0:* users:((\"postgres\",pid=182,fd=8))\n"
            "@@pgpilot-adopt:processes@@\n"
            "     70 root     pgchk.service                   /usr/bin/python3 /usr/local/bin/pgchk.py "
            "--port 8008\n"
            "    182 postgres postgresql@17-main.service      /usr/lib/postgresql/17/bin/postgres\n"
            "@@pgpilot-adopt:end@@\n")
              .arg(n.address);
    readDiscovery(output, &n);
    const QString sql = QStringList {sqlLine({QStringLiteral("setting"), QStringLiteral("server_version_num"),
                                         QStringLiteral("170006")}),
        sqlLine({QStringLiteral("setting"), QStringLiteral("port"), QStringLiteral("5432")}),
        sqlLine({QStringLiteral("setting"), QStringLiteral("synchronous_standby_names"), QString()}),
        sqlLine({QStringLiteral("setting"), QStringLiteral("ssl_ca_file"), QString()}),
        sqlLine(
            {QStringLiteral("hba"), QStringLiteral("101"), QStringLiteral("host"), QStringLiteral("repmgr"),
                QStringLiteral("repmgr"), QStringLiteral("10.0.1.0"), QStringLiteral("scram-sha-256")})}
                            .join(QLatin1Char('\n'));
    readSqlOutput(sql, &n, nullptr, nullptr);
    return n;
}

} // namespace

class TestAdopt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guideHaproxyConfig()
    {
        const HaproxyConfig c = parseHaproxyConfig(data("guide-haproxy.cfg"));
        const HaproxySection* write = c.writeFrontend();
        QVERIFY(write);
        QCOMPARE(write->name, QStringLiteral("pg_write"));
        QCOMPARE(write->bindPorts, QList<int> {5000});
        const HaproxySection* primary = c.backendOf(write);
        QVERIFY(primary);
        QCOMPARE(primary->name, QStringLiteral("pg_primary"));
        QCOMPARE(primary->servers.size(), 3);
        QCOMPARE(primary->servers[1].address, QStringLiteral("10.0.1.12"));
        QCOMPARE(primary->servers[1].checkPort, 8008);
        QVERIFY(primary->servers[1].backup);
        QVERIFY(!primary->servers[0].backup);
        // The audit's evidence: the line of "option tcp-check" (erratum 1) and of the 30 s timeouts.
        const auto tcpCheck = primary->find(QStringLiteral("option tcp-check"));
        QVERIFY(tcpCheck);
        QCOMPARE(tcpCheck->number, 21);
        const HaproxySection* defaults = c.section(QStringLiteral("defaults"), QString());
        QVERIFY(defaults);
        QCOMPARE(
            defaults->find(QStringLiteral("timeout client"))->text, QStringLiteral("timeout client 30s"));
        QCOMPARE(c.readFrontend()->name, QStringLiteral("pg_read"));
        QVERIFY(!c.statsListener()); // the guide has none (erratum 12)
    }

    void guideKeepalivedConfig()
    {
        const KeepalivedConfig c = parseKeepalivedConfig(data("guide-keepalived.conf"));
        QCOMPARE(c.instances.size(), 1);
        const VrrpInstance& v = c.instances.first();
        QCOMPARE(v.name, QStringLiteral("VI_1"));
        QCOMPARE(v.interface, QStringLiteral("eth0"));
        QCOMPARE(v.routerId, 51);
        QCOMPARE(v.priority, 101);
        QVERIFY(v.nopreempt);
        QCOMPARE(v.addresses, QStringList {QStringLiteral("10.0.1.100/24")});
        QVERIFY(v.trackScripts.isEmpty()); // erratum 7
        // With a track script and comments, as pgpilot writes it.
        const KeepalivedConfig p = parseKeepalivedConfig(QStringLiteral(
            "# pgpilot\nvrrp_script chk_haproxy { # tracks\n  script \"/usr/local/bin/check\"\n  interval "
            "1\n}\n"
            "vrrp_instance VI_1 {\n interface host0\n virtual_router_id 77\n virtual_ipaddress { "
            "10.2.0.100/24 dev host0 }\n"
            " track_script {\n  chk_haproxy\n }\n authentication {\n  auth_type PASS\n }\n}\n"));
        QCOMPARE(p.scripts, QStringList {QStringLiteral("chk_haproxy")});
        QCOMPARE(p.instances.first().trackScripts, QStringList {QStringLiteral("chk_haproxy")});
        QCOMPARE(p.instances.first().addresses, QStringList {QStringLiteral("10.2.0.100/24")});
        QVERIFY(p.instances.first().authentication);
        QCOMPARE(p.instances.first().routerId, 77);
    }

    void repmgrConfAndConninfo()
    {
        const RepmgrConf conf
            = parseRepmgrConf(data("guide-repmgr.conf"), QStringLiteral("/etc/repmgr.conf"));
        QCOMPARE(conf.value(QStringLiteral("node_name")), QStringLiteral("pg1"));
        QCOMPARE(conf.value(QStringLiteral("promote_command")),
            QStringLiteral("repmgr standby promote -f /etc/repmgr.conf --log-to-file"));
        QCOMPARE(conf.lines.value(QStringLiteral("promote_command")), 11);
        const auto ci = parseConninfo(conf.value(QStringLiteral("conninfo")));
        QCOMPARE(ci.value(QStringLiteral("host")), QStringLiteral("10.0.1.11"));
        QCOMPARE(ci.value(QStringLiteral("dbname")), QStringLiteral("repmgr"));
        const auto quoted = parseConninfo(QStringLiteral("host = 'a b' password='it\\'s' port=5433"));
        QCOMPARE(quoted.value(QStringLiteral("host")), QStringLiteral("a b"));
        QCOMPARE(quoted.value(QStringLiteral("password")), QStringLiteral("it's"));
        QCOMPARE(quoted.value(QStringLiteral("port")), QStringLiteral("5433"));
        // Text that is not key=value stops the reading instead of being guessed at.
        QVERIFY(parseConninfo(QStringLiteral("host")).isEmpty());
    }

    void pgpassLines()
    {
        // The guide's line (database field "repmgr") and the fixed one both give the password.
        QCOMPARE(
            pgpassPassword("*:*:repmgr:repmgr:s3cret\n", QStringLiteral("repmgr")), QByteArray("s3cret"));
        QCOMPARE(
            pgpassPassword("# c\n*:*:*:postgres:x\n*:*:*:repmgr:a\\:b\\\\c\r\n", QStringLiteral("repmgr")),
            QByteArray("a:b\\c"));
        QVERIFY(pgpassPassword("*:*:*:postgres:x\n", QStringLiteral("repmgr")).isEmpty());
        QVERIFY(pgpassPassword("garbage", QStringLiteral("repmgr")).isEmpty());
    }

    void discoverySectionsAndListeners()
    {
        const NodeFacts n = guideNode(1, true);
        QCOMPARE(n.repmgrConf.path, QStringLiteral("/etc/repmgr.conf"));
        QCOMPARE(n.os.value(QStringLiteral("VERSION_ID")), QStringLiteral("13"));
        QCOMPARE(n.addresses.size(), 2);
        QCOMPARE(n.addresses[1].interface, QStringLiteral("eth0"));
        QCOMPARE(n.addresses[1].cidr, QStringLiteral("10.0.1.11/24"));
        QVERIFY(n.listeners.value(8008).startsWith(QStringLiteral("root pgchk.service")));
        QVERIFY(n.sqlRead);
        QCOMPARE(n.hbaRules.size(), 1);
        QCOMPARE(n.hbaRules.first().text, QStringLiteral("host repmgr repmgr 10.0.1.0 scram-sha-256"));
    }

    void repmgrNodeRows()
    {
        NodeFacts n;
        QList<RepmgrNodeRow> rows;
        QString error;
        QVERIFY(readSqlOutput(sqlLine({QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("pg2"),
                                  QStringLiteral("standby"), QStringLiteral("true"), QStringLiteral("1"),
                                  QStringLiteral("host=10.0.1.12 user=repmgr dbname=repmgr")}),
            &n, &rows, &error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().upstreamId, 1);
        QCOMPARE(rows.first().conninfo, QStringLiteral("host=10.0.1.12 user=repmgr dbname=repmgr"));
        // A node that is not part of a repmgr cluster: no rows, and a reason.
        QVERIFY(!readSqlOutput(QString(), &n, &rows, &error));
        QVERIFY2(error.contains(QStringLiteral("repmgr.nodes")), qPrintable(error));
    }

    void guideClusterWorksheet()
    {
        Discovery d;
        d.seedAddress = QStringLiteral("10.0.1.11");
        d.nodes = {guideNode(1, true), guideNode(2, false), guideNode(3, false)};
        d.health.kind = HealthProbe::Kind::RoleOnly;
        d.health.primaryPath = QStringLiteral("/master");
        d.health.replicaPath = QStringLiteral("/replica");
        AdoptOptions options;
        options.name = QStringLiteral("guide");
        options.ssh.auth = SshAuth::Agent;
        const AdoptPlan plan = buildAdoptedSpec(d, options);
        QVERIFY2(plan.spec, qPrintable(plan.error));
        QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.join(QLatin1Char('\n'))));
        const ClusterSpec& s = *plan.spec;
        QCOMPARE(s.platform, Platform::Debian13);
        QCOMPARE(s.postgresVersion, 17);
        QCOMPARE(s.install.source, InstallSource::Distro);
        QCOMPARE(s.network.vip, QStringLiteral("10.0.1.100"));
        QCOMPARE(s.network.vipPrefixLength, 24);
        QCOMPARE(s.network.vrrpRouterId, 51);
        QCOMPARE(s.network.subnet, QStringLiteral("10.0.1.0/24"));
        QCOMPARE(s.ports.write, 5000);
        QCOMPARE(s.ports.read, 5001);
        QCOMPARE(s.replication.mode, ReplicationMode::Async);
        QCOMPARE(s.tls.mode, TlsMode::Off);
        QCOMPARE(s.nodes.size(), 3);
        QCOMPARE(s.nodes[0].role, NodeRole::Primary);
        QCOMPARE(s.nodes[2].role, NodeRole::Standby);
        QCOMPARE(s.nodes[2].interface, QStringLiteral("eth0"));
        QVERIFY(s.adopted.adopted);
        QCOMPARE(s.adopted.healthService, QStringLiteral("pgchk"));
        QCOMPARE(s.adopted.healthPrimaryPath, QStringLiteral("/master"));
        QCOMPARE(s.adopted.monitorRole, QStringLiteral("repmgr"));
        QVERIFY(!s.adopted.haproxyStats);
    }

    void nodeDownStillGivesAWorksheet()
    {
        Discovery d;
        d.seedAddress = QStringLiteral("10.0.1.11");
        NodeFacts down;
        down.address = QStringLiteral("10.0.1.13");
        down.name = QStringLiteral("pg3");
        down.repmgrType = QStringLiteral("standby");
        down.error = QStringLiteral("cannot connect: No route to host");
        d.nodes = {guideNode(1, true), guideNode(2, false), down};
        AdoptOptions options;
        options.name = QStringLiteral("guide");
        options.ssh.auth = SshAuth::Agent;
        const AdoptPlan plan = buildAdoptedSpec(d, options);
        QVERIFY2(plan.spec, qPrintable(plan.error));
        QCOMPARE(plan.spec->nodes.size(), 3);
        QCOMPARE(plan.spec->nodes[2].interface, QStringLiteral("eth0"));
        const QString warnings = plan.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("pg3 (10.0.1.13) could not be read: cannot connect")),
            qPrintable(warnings));
        // Nothing answered on the health port: said, not hidden.
        QVERIFY2(warnings.contains(QStringLiteral("port 8008")), qPrintable(warnings));
    }

    void unknownOperatingSystemIsRefused()
    {
        Discovery d;
        d.seedAddress = QStringLiteral("10.0.1.11");
        NodeFacts n = guideNode(1, true);
        n.os.insert(QStringLiteral("ID"), QStringLiteral("rocky"));
        d.nodes = {n};
        AdoptOptions options;
        options.name = QStringLiteral("guide");
        options.ssh.auth = SshAuth::Agent;
        const AdoptPlan plan = buildAdoptedSpec(d, options);
        QVERIFY(!plan.spec);
        QVERIFY2(plan.error.contains(QStringLiteral("no profile")), qPrintable(plan.error));
    }

    // A login by password (or sudo asking for one) reads the keychain entry the options name before
    // any node is reached: a missing entry stops adopt with a clear error, never a prompt.
    void passwordLoginNeedsItsKeychainEntry()
    {
        MemorySecretStore store;
        for (const auto& [auth, sudo, ref, expect] :
            {std::tuple {SshAuth::Password, SudoMode::None, QStringLiteral("pgpilot:x:login"),
                 QStringLiteral("pgpilot:x:login")},
                std::tuple {SshAuth::Key, SudoMode::Password, QStringLiteral("pgpilot:x:sudo"),
                    QStringLiteral("pgpilot:x:sudo")},
                std::tuple {SshAuth::Password, SudoMode::None, QString(),
                    QStringLiteral("names no keychain entry")}}) {
            AdoptOptions options;
            options.name = QStringLiteral("x");
            options.ssh.auth = auth;
            options.ssh.sudo = sudo;
            options.ssh.secretRef = ref;
            // 192.0.2.1 (TEST-NET-1) is never contacted: the missing password stops adopt first.
            Adopter adopter(QStringLiteral("192.0.2.1"), options, {}, &store);
            QSignalSpy finished(&adopter, &Adopter::finished);
            adopter.start();
            QVERIFY(!finished.isEmpty() || finished.wait(5000)); // a refusal may come at once
            const auto result = finished.first().first().value<AdoptResult>();
            QVERIFY(!result.plan.spec);
            QVERIFY2(result.plan.error.contains(expect), qPrintable(result.plan.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestAdopt)
#include "tst_adopt.moc"
