// SPDX-License-Identifier: GPL-3.0-or-later
// The worksheet's settings section: read from and written to the cluster file (absent: the
// defaults), and its offline checks (names, values safe in a configuration file, parameters pgpilot
// sets itself, timings in range with their unit).
#include "cluster/specfile.h"
#include "cluster/specvalidator.h"
#include "testspecs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pgpilot;

namespace {

// The problems of the settings section only.
QStringList settingsIssues(const ClusterSpec& spec)
{
    QStringList list;
    for (const ValidationIssue& i : validate(spec)) {
        if (i.field.startsWith(QLatin1String("settings")))
            list << i.field + QStringLiteral(": ") + i.message;
    }
    return list;
}

ClusterSpec withParameter(const QString& name, const QString& value)
{
    ClusterSpec spec = validTestSpec();
    spec.settings.postgresql.insert(name, value);
    return spec;
}

} // namespace

class TestSpecSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        ClusterSpec spec = validTestSpec();
        spec.settings.postgresql = {{QStringLiteral("work_mem"), QStringLiteral("64MB")},
            {QStringLiteral("log_line_prefix"), QStringLiteral("%m [%p] %q%u@%d ")},
            {QStringLiteral("auto_explain.log_min_duration"), QStringLiteral("250ms")}};
        spec.settings.haproxy.checkInterMs = 2000;
        spec.settings.haproxy.timeoutClientS = 3600;
        spec.settings.keepalived.advertIntMs = 500;
        const QByteArray bytes = specToBytes(spec);
        const SpecLoadResult back = specFromBytes(bytes);
        QVERIFY2(back.spec, qPrintable(back.error));
        QCOMPARE(back.spec->settings, spec.settings);
        QCOMPARE(*back.spec, spec);
        const QJsonObject settings
            = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("postgresql"))
                     .toObject()
                     .value(QStringLiteral("work_mem"))
                     .toString(),
            QStringLiteral("64MB"));
        QCOMPARE(settings.value(QStringLiteral("haproxy"))
                     .toObject()
                     .value(QStringLiteral("checkInterMs"))
                     .toInt(),
            2000);
        QCOMPARE(settings.value(QStringLiteral("keepalived"))
                     .toObject()
                     .value(QStringLiteral("advertIntMs"))
                     .toInt(),
            500);
        QVERIFY(settingsIssues(spec).isEmpty());
    }

    void absentMeansDefaults()
    {
        // A worksheet without the section keeps its file as it was, and reads back as before.
        const ClusterSpec spec = validTestSpec();
        QVERIFY(spec.settings.isDefault());
        const QByteArray bytes = specToBytes(spec);
        QVERIFY(!QJsonDocument::fromJson(bytes).object().contains(QStringLiteral("settings")));
        const SpecLoadResult back = specFromBytes(bytes);
        QVERIFY(back.spec);
        QVERIFY(back.spec->settings.isDefault());
        QCOMPARE(back.spec->settings.haproxy.checkInterMs, 1000);
        QCOMPARE(back.spec->settings.keepalived.advertIntMs, 200);

        // Only the part that differs is written; a partial object takes the defaults for the rest.
        ClusterSpec onlyHaproxy = spec;
        onlyHaproxy.settings.haproxy.checkFall = 5;
        const QJsonObject written = QJsonDocument::fromJson(specToBytes(onlyHaproxy))
                                        .object()
                                        .value(QStringLiteral("settings"))
                                        .toObject();
        QVERIFY(written.contains(QStringLiteral("haproxy")));
        QVERIFY(!written.contains(QStringLiteral("keepalived")));
        QVERIFY(!written.contains(QStringLiteral("postgresql")));
        QJsonObject root = QJsonDocument::fromJson(specToBytes(spec)).object();
        root.insert(QStringLiteral("settings"),
            QJsonObject {{QStringLiteral("haproxy"), QJsonObject {{QStringLiteral("checkRise"), 2}}}});
        const SpecLoadResult partial = specFromBytes(QJsonDocument(root).toJson());
        QVERIFY2(partial.spec, qPrintable(partial.error));
        QCOMPARE(partial.spec->settings.haproxy.checkRise, 2);
        QCOMPARE(partial.spec->settings.haproxy.checkFall, 3);
        QCOMPARE(partial.spec->settings.keepalived, KeepalivedTimings());
    }

    void valuesAsTheDbaWritesThem()
    {
        QJsonObject root = QJsonDocument::fromJson(specToBytes(validTestSpec())).object();
        root.insert(QStringLiteral("settings"),
            QJsonObject {{QStringLiteral("postgresql"),
                QJsonObject {{QStringLiteral("max_connections"), 200}, {QStringLiteral("jit"), false},
                    {QStringLiteral("random_page_cost"), 1.1},
                    {QStringLiteral("work_mem"), QStringLiteral("64MB")}}}});
        const SpecLoadResult r = specFromBytes(QJsonDocument(root).toJson());
        QVERIFY2(r.spec, qPrintable(r.error));
        QCOMPARE(r.spec->settings.postgresql.value(QStringLiteral("max_connections")), QStringLiteral("200"));
        QCOMPARE(r.spec->settings.postgresql.value(QStringLiteral("jit")), QStringLiteral("off"));
        QCOMPARE(
            r.spec->settings.postgresql.value(QStringLiteral("random_page_cost")), QStringLiteral("1.1"));
        QCOMPARE(r.spec->settings.postgresql.value(QStringLiteral("work_mem")), QStringLiteral("64MB"));
    }

    void damagedSection_data()
    {
        QTest::addColumn<QJsonValue>("settings");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an object")
            << QJsonValue(QStringLiteral("fast")) << QStringLiteral("settings must be an object");
        QTest::newRow("postgresql a list")
            << QJsonValue(QJsonObject {{QStringLiteral("postgresql"), QJsonArray {}}})
            << QStringLiteral("settings.postgresql must be an object of names and values");
        QTest::newRow("value an object")
            << QJsonValue(QJsonObject {{QStringLiteral("postgresql"),
                   QJsonObject {{QStringLiteral("work_mem"), QJsonObject {}}}}})
            << QStringLiteral("settings.postgresql.work_mem must be a value such as \"64MB\", 200 or true");
        QTest::newRow("timing a string")
            << QJsonValue(QJsonObject {{QStringLiteral("keepalived"),
                   QJsonObject {{QStringLiteral("advertIntMs"), QStringLiteral("0.2")}}}})
            << QStringLiteral("settings.keepalived.advertIntMs must be a whole number");
    }
    void damagedSection()
    {
        QFETCH(QJsonValue, settings);
        QFETCH(QString, message);
        QJsonObject root = QJsonDocument::fromJson(specToBytes(validTestSpec())).object();
        root.insert(QStringLiteral("settings"), settings);
        const SpecLoadResult r = specFromBytes(QJsonDocument(root).toJson());
        QVERIFY(!r.spec);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }

    void parameterNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("work_mem") << true;
        QTest::newRow("digits") << QStringLiteral("vacuum_cost_page_miss2") << true;
        QTest::newRow("module") << QStringLiteral("auto_explain.log_min_duration") << true;
        QTest::newRow("leading underscore") << QStringLiteral("_x") << true;
        QTest::newRow("upper case") << QStringLiteral("DateStyle") << false;
        QTest::newRow("leading digit") << QStringLiteral("1work_mem") << false;
        QTest::newRow("double dot") << QStringLiteral("a..b") << false;
        QTest::newRow("trailing dot") << QStringLiteral("a.") << false;
        QTest::newRow("part starting with a digit") << QStringLiteral("a.1b") << false;
        QTest::newRow("dash") << QStringLiteral("work-mem") << false;
        QTest::newRow("space") << QStringLiteral("work mem") << false;
        QTest::newRow("equals") << QStringLiteral("work_mem=1") << false;
        QTest::newRow("quote") << QStringLiteral("a'b") << false;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << false;
        QTest::newRow("63 characters") << QString(63, QLatin1Char('a')) << true;
    }
    void parameterNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(settingsrules::isParameterName(name), ok);
        const QStringList issues = settingsIssues(withParameter(name, QStringLiteral("1")));
        QCOMPARE(issues.isEmpty(), ok);
        if (!ok)
            QVERIFY2(issues.first().contains(QLatin1String("is not a parameter name")),
                qPrintable(issues.first()));
    }

    void parametersPgpilotSets_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("owner"); // what the message must name
        QTest::newRow("listen_addresses")
            << QStringLiteral("listen_addresses") << QStringLiteral("nodes[].address");
        QTest::newRow("port") << QStringLiteral("port") << QStringLiteral("ports.postgres");
        QTest::newRow("wal_level") << QStringLiteral("wal_level")
                                   << QStringLiteral("pgpilot sets wal_level itself");
        QTest::newRow("hot_standby") << QStringLiteral("hot_standby") << QStringLiteral("itself");
        QTest::newRow("primary_conninfo") << QStringLiteral("primary_conninfo") << QStringLiteral("repmgr");
        QTest::newRow("archive_mode") << QStringLiteral("archive_mode") << QStringLiteral("archiving.mode");
        QTest::newRow("archive_command")
            << QStringLiteral("archive_command") << QStringLiteral("archiving.mode");
        QTest::newRow("ssl") << QStringLiteral("ssl") << QStringLiteral("tls.mode");
        QTest::newRow("ssl_ciphers") << QStringLiteral("ssl_ciphers") << QStringLiteral("tls.mode");
        QTest::newRow("shared_preload_libraries")
            << QStringLiteral("shared_preload_libraries") << QStringLiteral("repmgr");
        QTest::newRow("synchronous_standby_names")
            << QStringLiteral("synchronous_standby_names") << QStringLiteral("replication.mode");
        QTest::newRow("max_wal_senders")
            << QStringLiteral("max_wal_senders") << QStringLiteral("number of nodes");
        QTest::newRow("max_replication_slots")
            << QStringLiteral("max_replication_slots") << QStringLiteral("nodes");
        QTest::newRow("max_slot_wal_keep_size")
            << QStringLiteral("max_slot_wal_keep_size") << QStringLiteral("replication.maxSlotWalKeepSize");
        QTest::newRow("hba_file") << QStringLiteral("hba_file") << QStringLiteral("Debian");
        QTest::newRow("data_directory") << QStringLiteral("data_directory") << QStringLiteral("Debian");
        QTest::newRow("wal_sender_timeout")
            << QStringLiteral("wal_sender_timeout") << QStringLiteral("failover");
        QTest::newRow("wal_log_hints") << QStringLiteral("wal_log_hints") << QStringLiteral("pg_rewind");
        QTest::newRow("recovery_target_time")
            << QStringLiteral("recovery_target_time") << QStringLiteral("restore");
        QTest::newRow("include_dir") << QStringLiteral("include_dir") << QStringLiteral("never other files");
        QTest::newRow("unix_socket_directories")
            << QStringLiteral("unix_socket_directories") << QStringLiteral("/var/run/postgresql");
    }
    void parametersPgpilotSets()
    {
        QFETCH(QString, name);
        QFETCH(QString, owner);
        QVERIFY(!settingsrules::ownedParameterOwner(name).isEmpty());
        const QStringList issues = settingsIssues(withParameter(name, QStringLiteral("x")));
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().startsWith(QStringLiteral("settings.postgresql.%1: ").arg(name)),
            qPrintable(issues.first()));
        QVERIFY2(issues.first().contains(owner), qPrintable(issues.first()));
        QVERIFY2(issues.first().contains(name + QLatin1Char(' ')), qPrintable(issues.first()));
    }

    void parametersTheDbaSets()
    {
        // "portal" starts like "port" but is not it: only ssl* and recovery_target* are prefixes.
        for (const char* name :
            {"work_mem", "shared_buffers", "max_connections", "log_min_duration_statement",
                "random_page_cost", "wal_compression", "jit", "effective_io_concurrency", "portal"}) {
            const QString n = QString::fromLatin1(name);
            QVERIFY2(settingsrules::ownedParameterOwner(n).isEmpty(), name);
            QVERIFY2(settingsIssues(withParameter(n, QStringLiteral("1"))).isEmpty(), name);
        }
    }

    void synchronousCommitFollowsTheReplicationMode()
    {
        ClusterSpec spec = withParameter(QStringLiteral("synchronous_commit"), QStringLiteral("local"));
        QCOMPARE(spec.replication.mode, ReplicationMode::SyncQuorum);
        const QStringList issues = settingsIssues(spec);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().contains(QLatin1String("replication.mode")), qPrintable(issues.first()));
        spec.replication.mode = ReplicationMode::Async;
        QVERIFY(settingsIssues(spec).isEmpty());
    }

    void values_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message"); // empty: taken
        QTest::newRow("size") << QStringLiteral("64MB") << QString();
        QTest::newRow("with spaces and signs") << QStringLiteral("%m [%p] %q%u@%d ;|&$*<>") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("Give a value");
        QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("a quote (')");
        QTest::newRow("double quote") << QStringLiteral("a\"b") << QStringLiteral("a quote (\")");
        QTest::newRow("backslash") << QStringLiteral("a\\nb") << QStringLiteral("backslash");
        QTest::newRow("line break") << QStringLiteral("64MB\nport = 1") << QStringLiteral("line break");
        QTest::newRow("carriage return") << QStringLiteral("64MB\r") << QStringLiteral("line break");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("U+0009 at position 2");
        QTest::newRow("non-ASCII") << QStringLiteral("64\u041cB") << QStringLiteral("U+041C at position 3");
        QTest::newRow("zero width") << QStringLiteral("64\u200bMB") << QStringLiteral("U+200B");
        QTest::newRow("placeholder") << QStringLiteral("{{secret:pgpilot:prod:repmgr-password}}")
                                     << QStringLiteral("placeholders");
        QTest::newRow("trailing space")
            << QStringLiteral("%m [%p] ") << QString(); // Debian's log_line_prefix
        QTest::newRow("1025 characters")
            << QString(1025, QLatin1Char('a')) << QStringLiteral("1025 characters long");
    }
    void values()
    {
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QStringList issues = settingsIssues(withParameter(QStringLiteral("log_line_prefix"), value));
        if (message.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
            QVERIFY(settingsrules::valueProblem(value).isEmpty());
            return;
        }
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().startsWith(
                     QLatin1String("settings.postgresql.log_line_prefix: log_line_prefix: ")),
            qPrintable(issues.first()));
        QVERIFY2(issues.first().contains(message), qPrintable(issues.first()));
    }

    void tooManyParameters()
    {
        ClusterSpec spec = validTestSpec();
        for (int i = 0; i <= settingsrules::kMaxParameters; ++i)
            spec.settings.postgresql.insert(QStringLiteral("custom.p%1").arg(i), QStringLiteral("1"));
        const QStringList issues = settingsIssues(spec);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(
            issues.first().contains(QLatin1String("201 PostgreSQL parameters")), qPrintable(issues.first()));
    }

    void timings_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("message"); // empty: in range
        QTest::newRow("inter 100 ms") << QStringLiteral("haproxy.checkInterMs") << 100 << QString();
        QTest::newRow("inter 99 ms") << QStringLiteral("haproxy.checkInterMs") << 99
                                     << QStringLiteral("every 100 to 60000 ms. 99 is out of range.");
        QTest::newRow("downinter 0") << QStringLiteral("haproxy.checkDownInterMs") << 0
                                     << QStringLiteral("ms");
        QTest::newRow("fall 11") << QStringLiteral("haproxy.checkFall") << 11
                                 << QStringLiteral("1 to 10 failed checks");
        QTest::newRow("rise 0") << QStringLiteral("haproxy.checkRise") << 0
                                << QStringLiteral("1 to 10 good checks");
        QTest::newRow("connect 60001 ms")
            << QStringLiteral("haproxy.timeoutConnectMs") << 60001 << QStringLiteral("ms");
        QTest::newRow("check timeout 50 ms")
            << QStringLiteral("haproxy.timeoutCheckMs") << 50 << QStringLiteral("ms");
        QTest::newRow("client 9 s") << QStringLiteral("haproxy.timeoutClientS") << 9
                                    << QStringLiteral("10 to 86400 s");
        QTest::newRow("server 1 day") << QStringLiteral("haproxy.timeoutServerS") << 86400 << QString();
        QTest::newRow("advert 50 ms") << QStringLiteral("keepalived.advertIntMs") << 50 << QString();
        QTest::newRow("advert 40 ms")
            << QStringLiteral("keepalived.advertIntMs") << 40 << QStringLiteral("50 to 10000 ms");
        QTest::newRow("advert 205 ms")
            << QStringLiteral("keepalived.advertIntMs") << 205 << QStringLiteral("multiple of 10 ms");
        QTest::newRow("check interval 0 s")
            << QStringLiteral("keepalived.checkIntervalS") << 0 << QStringLiteral("1 to 60 s");
        QTest::newRow("check timeout 2 s")
            << QStringLiteral("keepalived.checkTimeoutS") << 2 << QStringLiteral("2 s for the health answer");
        QTest::newRow("vip fall 0") << QStringLiteral("keepalived.checkFall") << 0
                                    << QStringLiteral("failed checks");
        QTest::newRow("vip rise 11") << QStringLiteral("keepalived.checkRise") << 11
                                     << QStringLiteral("good checks");
    }
    void timings()
    {
        QFETCH(QString, field);
        QFETCH(int, value);
        QFETCH(QString, message);
        ClusterSpec spec = validTestSpec();
        HaproxyTimings& h = spec.settings.haproxy;
        KeepalivedTimings& k = spec.settings.keepalived;
        const QHash<QString, int*> fields {{QStringLiteral("haproxy.checkInterMs"), &h.checkInterMs},
            {QStringLiteral("haproxy.checkDownInterMs"), &h.checkDownInterMs},
            {QStringLiteral("haproxy.checkFall"), &h.checkFall},
            {QStringLiteral("haproxy.checkRise"), &h.checkRise},
            {QStringLiteral("haproxy.timeoutConnectMs"), &h.timeoutConnectMs},
            {QStringLiteral("haproxy.timeoutCheckMs"), &h.timeoutCheckMs},
            {QStringLiteral("haproxy.timeoutClientS"), &h.timeoutClientS},
            {QStringLiteral("haproxy.timeoutServerS"), &h.timeoutServerS},
            {QStringLiteral("keepalived.advertIntMs"), &k.advertIntMs},
            {QStringLiteral("keepalived.checkIntervalS"), &k.checkIntervalS},
            {QStringLiteral("keepalived.checkTimeoutS"), &k.checkTimeoutS},
            {QStringLiteral("keepalived.checkFall"), &k.checkFall},
            {QStringLiteral("keepalived.checkRise"), &k.checkRise}};
        QVERIFY(fields.contains(field));
        *fields.value(field) = value;
        const QStringList issues = settingsIssues(spec);
        if (message.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
            return;
        }
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().startsWith(QStringLiteral("settings.%1: ").arg(field)),
            qPrintable(issues.first()));
        QVERIFY2(issues.first().contains(message), qPrintable(issues.first()));
    }
};

QTEST_GUILESS_MAIN(TestSpecSettings)
#include "tst_specsettings.moc"
