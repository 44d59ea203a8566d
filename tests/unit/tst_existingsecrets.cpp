// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a node's answer to "does this cluster already have its secrets?" (the lab test
// security-secrets-test.sh asks real nodes): which sign counts for which missing key, and the
// refusal the admin reads.
#include "runbook/configfiles.h"
#include "runbook/existingsecrets.h"
#include "testspecs.h"

#include <QTest>

using namespace pgpilot;

class TestExistingSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsCountOnlyForTheKeysThatAreMissing()
    {
        ClusterSpec spec = validTestSpec();
        spec.application.role = QStringLiteral("mmuser");
        const QString repmgr = repmgrPasswordKey(spec);
        const QString app = applicationPasswordKey(spec);
        const QString ssh = postgresSshKeyKey(spec);
        const QByteArray answer = "repmgr-pgpass\nssh-key\nrole repmgr\nrole mmuser\n";

        const auto all = parseExistingSecrets(spec, QStringLiteral("pg2"), answer, {repmgr, app, ssh});
        QCOMPARE(all.size(), 4);
        QStringList keys;
        for (const SecretEvidence& e : all) {
            QCOMPARE(e.node, QStringLiteral("pg2"));
            keys << e.key;
        }
        QCOMPARE(keys.count(repmgr), 2); // .pgpass and the role
        QCOMPARE(keys.count(app), 1);
        QCOMPARE(keys.count(ssh), 1);

        // This workstation has the repmgr password and the key: only the application role counts.
        const auto appOnly = parseExistingSecrets(spec, QStringLiteral("pg1"), answer, {app});
        QCOMPARE(appOnly.size(), 1);
        QCOMPARE(appOnly.first().key, app);
        QVERIFY(appOnly.first().found.contains(QStringLiteral("mmuser")));
    }

    void theCaCertificateOnANodeIsASignOfTheCluserCa()
    {
        // A node with pgpilot's CA certificate: a workstation without the CA gets a refusal, never
        // a new CA the nodes' certificates do not chain to. A missing node certificate alone is
        // made anew (no sign counts for it).
        const ClusterSpec spec = validTestSpec();
        const QString caKey = tlsCaKeyKey(spec);
        const QString caCert = tlsCaCertKey(spec);
        const QString nodeKey = tlsNodeKeyKey(spec, spec.nodes.at(1));
        QVERIFY(existingSecretsCommand(spec).contains(nodepaths::tlsCaCert(spec.postgresVersion)));
        const QByteArray answer = "tls-ca\n";
        const auto found
            = parseExistingSecrets(spec, QStringLiteral("pg2"), answer, {caKey, caCert, nodeKey});
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).key, caKey);
        QCOMPARE(found.at(1).key, caCert);
        QVERIFY(found.at(0).found.contains(QLatin1String("pgpilot-ca.crt")));
        QVERIFY(existingSecretsError(found).contains(caKey));
        QVERIFY(parseExistingSecrets(spec, QStringLiteral("pg2"), answer, {nodeKey}).isEmpty());
    }

    void theMonitoringRoleAndTheStatsFileAreSignsOfTheirPasswords()
    {
        const ClusterSpec spec = validTestSpec();
        const QString monitor = monitorPasswordKey(spec);
        const QString stats = statsPasswordKey(spec);
        QVERIFY(monitor != stats && !monitor.isEmpty());
        const QByteArray answer = "stats-env\nrole pgpilot_monitor\n";
        const auto found = parseExistingSecrets(spec, QStringLiteral("pg3"), answer, {monitor, stats});
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).key, stats);
        QVERIFY(found.at(0).found.contains(nodepaths::haproxyStatsEnv()));
        QCOMPARE(found.at(1).key, monitor);
        QVERIFY(found.at(1).found.contains(monitorRole()));
        // Neither counts for the repmgr password, and the command asks for both.
        QVERIFY(
            parseExistingSecrets(spec, QStringLiteral("pg3"), answer, {repmgrPasswordKey(spec)}).isEmpty());
        const QString command = existingSecretsCommand(spec);
        QVERIFY(command.contains(QStringLiteral("'pgpilot_monitor'")));
        QVERIFY(command.contains(nodepaths::haproxyStatsEnv()));
    }

    void aFreshNodeOrAnotherRoleShowsNothing()
    {
        ClusterSpec spec = validTestSpec();
        spec.application.role = QStringLiteral("mmuser");
        const QStringList missing {
            repmgrPasswordKey(spec), applicationPasswordKey(spec), postgresSshKeyKey(spec)};
        QVERIFY(parseExistingSecrets(spec, QStringLiteral("pg1"), QByteArray(), missing).isEmpty());
        // Someone else's role, a role merely named like ours, noise: none is a sign.
        QVERIFY(parseExistingSecrets(spec, QStringLiteral("pg1"),
            "role postgres\nrole mmuser2\nrole \nrepmgr-pgpass-old\n  \n", missing)
                    .isEmpty());
        // Without an application role in the worksheet no role stands for its password.
        spec.application.role.clear();
        QVERIFY(parseExistingSecrets(spec, QStringLiteral("pg1"), "role mmuser\n", missing).isEmpty());
    }

    void theCommandReadsNoSecret()
    {
        ClusterSpec spec = validTestSpec();
        spec.application.role = QStringLiteral("mmuser");
        const QString command = existingSecretsCommand(spec);
        QVERIFY(!command.contains(QStringLiteral("{{secret:")));
        // .pgpass is matched, never printed; the SQL names only role names.
        QVERIFY(command.contains(QStringLiteral("grep -q")));
        QVERIFY(!command.contains(QStringLiteral("cat ")));
        QVERIFY(
            command.contains(QStringLiteral("rolname IN (")) && command.contains(QStringLiteral("mmuser")));
        QVERIFY(command.contains(QStringLiteral("exit 0")));
    }

    void theRefusalSaysWhatWasFoundWhereAndWhatToDo()
    {
        const ClusterSpec spec = validTestSpec();
        const QString repmgr = repmgrPasswordKey(spec);
        // Grouped: each sign once, with the nodes it was seen on.
        const QString text = existingSecretsError({{repmgr, QStringLiteral("pg1"), QStringLiteral("a")},
            {repmgr, QStringLiteral("pg2"), QStringLiteral("b")},
            {repmgr, QStringLiteral("pg2"), QStringLiteral("a")},
            {repmgr, QStringLiteral("pg2"), QStringLiteral("a")}});
        QVERIFY2(text.contains(repmgr + QStringLiteral(" (a on pg1, pg2; b on pg2)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("already exists")));
        QVERIFY(text.contains(QStringLiteral("export-secrets"))
            && text.contains(QStringLiteral("import-secrets")));
        QCOMPARE(text.count(repmgr), 1);
    }
};

QTEST_GUILESS_MAIN(TestExistingSecrets)
#include "tst_existingsecrets.moc"
