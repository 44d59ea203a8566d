// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/specfile.h"
#include "cluster/specvalidator.h"
#include "testspecs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pgpilot;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeRaw(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

ino_t inodeOf(const QString& path)
{
    struct stat st
    { };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

class TestSpecFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        ClusterSpec spec = validTestSpec();
        spec.platform = Platform::Debian13;
        spec.install.source = InstallSource::Mirror;
        spec.install.mirrorUrl = QStringLiteral("http://10.231.0.1:8080/");
        spec.install.mirrorSuite = QStringLiteral("./");
        spec.install.mirrorTrusted = true;
        spec.replication.mode = ReplicationMode::SyncQuorum;
        spec.replication.syncQuorum = 1;
        spec.archiving.mode = ArchivingMode::Directory;
        spec.archiving.directory = QStringLiteral("/srv/wal");
        spec.tls.mode = TlsMode::Off;
        spec.application.database = QStringLiteral("mattermost");
        spec.application.role = QStringLiteral("mmuser");
        spec.knownHostsFile = QStringLiteral("/home/dba/.local/share/io.github.pgpilot/pgpilot/known_hosts");
        spec.nodes[1].ssh.user = QStringLiteral("dba");
        spec.nodes[1].ssh.sudo = SudoMode::Password;
        spec.nodes[1].ssh.auth = SshAuth::Agent;
        spec.nodes[1].ssh.port = 2222;
        spec.nodes[1].ssh.secretRef = QStringLiteral("pgpilot:prod:sudo");
        spec.nodes[2].ssh.hostKeyFingerprint = QStringLiteral("SHA256:") + QString(43, QLatin1Char('A'));
        spec.network.monitorSources = {QStringLiteral("10.0.5.20"), QStringLiteral("fd00:5::/64")};
        spec.adopted.adopted = true; // a cluster built by hand, as pgpilot adopt describes it
        spec.adopted.healthService = QStringLiteral("pgchk");
        spec.adopted.healthPrimaryPath = QStringLiteral("/master");
        spec.adopted.healthReplicaPath = QStringLiteral("/replica");

        const auto loaded = specFromBytes(specToBytes(spec));
        QVERIFY2(loaded.spec, qPrintable(loaded.error));
        QCOMPARE(*loaded.spec, spec);
        QVERIFY(validate(*loaded.spec).isEmpty());
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prod.pgpilot.json"));
        QString error;
        QVERIFY2(saveSpecFile(validTestSpec(), path, &error), qPrintable(error));
        const auto loaded = loadSpecFile(path);
        QVERIFY2(loaded.spec, qPrintable(loaded.error));
        QCOMPARE(*loaded.spec, validTestSpec());
    }

    void tlsDefaultsToVerifyFull()
    {
        // A worksheet saved before the tls choice existed loads with verified TLS, and the choice
        // is written out.
        QJsonObject json = QJsonDocument::fromJson(specToBytes(validTestSpec())).object();
        QVERIFY(json.contains(QStringLiteral("tls")));
        QCOMPARE(json.value(QStringLiteral("tls")).toObject().value(QStringLiteral("mode")).toString(),
            QStringLiteral("verify-full"));
        json.remove(QStringLiteral("tls"));
        const auto loaded = specFromBytes(QJsonDocument(json).toJson());
        QVERIFY2(loaded.spec, qPrintable(loaded.error));
        QCOMPARE(loaded.spec->tls.mode, TlsMode::VerifyFull);
        // The site's own CA is the third choice; anything else is refused by name.
        json.insert(QStringLiteral("tls"), QJsonObject {{QStringLiteral("mode"), QStringLiteral("site")}});
        const auto site = specFromBytes(QJsonDocument(json).toJson());
        QVERIFY2(site.spec, qPrintable(site.error));
        QCOMPARE(site.spec->tls.mode, TlsMode::Site);
        QCOMPARE(specFromBytes(specToBytes(*site.spec)).spec->tls.mode, TlsMode::Site);
        json.insert(
            QStringLiteral("tls"), QJsonObject {{QStringLiteral("mode"), QStringLiteral("verify-ca")}});
        const auto wrong = specFromBytes(QJsonDocument(json).toJson());
        QVERIFY(!wrong.spec);
        QVERIFY2(wrong.error.contains(QStringLiteral("tls.mode")), qPrintable(wrong.error));
    }

    void adoptedOnlyWhenAdopted()
    {
        // A cluster pgpilot built has no "adopted" section; one that has it loads as adopted, even
        // empty (the defaults: repmgr logs the monitor in, no HAProxy stats).
        QJsonObject json = QJsonDocument::fromJson(specToBytes(validTestSpec())).object();
        QVERIFY(!json.contains(QStringLiteral("adopted")));
        json.insert(QStringLiteral("adopted"), QJsonObject {});
        const auto loaded = specFromBytes(QJsonDocument(json).toJson());
        QVERIFY2(loaded.spec, qPrintable(loaded.error));
        QVERIFY(loaded.spec->adopted.adopted);
        QCOMPARE(loaded.spec->adopted.monitorRole, QStringLiteral("repmgr"));
        QVERIFY(!loaded.spec->adopted.haproxyStats);
        json.insert(QStringLiteral("adopted"), QStringLiteral("yes"));
        const auto wrong = specFromBytes(QJsonDocument(json).toJson());
        QVERIFY(!wrong.spec);
        QVERIFY2(wrong.error.contains(QStringLiteral("adopted")), qPrintable(wrong.error));
    }

    void backupOnlyWithPgBackRest()
    {
        // The backup section is written only when pgBackRest archives; it round-trips with every
        // field, and a wrong type names its path.
        ClusterSpec spec = validTestSpec();
        QVERIFY(!QJsonDocument::fromJson(specToBytes(spec)).object().contains(QStringLiteral("backup")));
        spec.archiving.mode = ArchivingMode::PgBackRest;
        spec.backup.host.name = QStringLiteral("backup1");
        spec.backup.host.address = QStringLiteral("10.0.1.30");
        spec.backup.host.ssh = spec.nodes.first().ssh;
        spec.backup.host.ssh.port = 2200;
        spec.backup.path = QStringLiteral("/srv/pgbackrest");
        spec.backup.retentionFull = 3;
        spec.backup.retentionDiff = 9;
        spec.backup.fullSchedule = QStringLiteral("Sat *-*-* 02:00:00");
        spec.backup.diffSchedule = QString();
        spec.backup.encrypted = false;
        spec.backup.processMax = 4;
        spec.backup.archiveQueueMax = QString();
        const QJsonObject json = QJsonDocument::fromJson(specToBytes(spec)).object();
        QVERIFY(json.contains(QStringLiteral("backup")));
        QVERIFY(!json.value(QStringLiteral("backup"))
                     .toObject()
                     .value(QStringLiteral("host"))
                     .toObject()
                     .contains(QStringLiteral("role")));
        const auto loaded = specFromBytes(specToBytes(spec));
        QVERIFY2(loaded.spec, qPrintable(loaded.error));
        QCOMPARE(*loaded.spec, spec);
        QVERIFY2(validate(*loaded.spec).isEmpty(), qPrintable(validate(*loaded.spec).value(0).message));
        QCOMPARE(loaded.spec->hosts().size(), spec.nodes.size() + 1);
        QCOMPARE(loaded.spec->hosts().last().name, QStringLiteral("backup1"));
        QVERIFY(loaded.spec->backupCipherKey().isEmpty());

        QJsonObject bad = json;
        QJsonObject b = bad.value(QStringLiteral("backup")).toObject();
        QJsonObject ret = b.value(QStringLiteral("retention")).toObject();
        ret.insert(QStringLiteral("full"), QStringLiteral("two"));
        b.insert(QStringLiteral("retention"), ret);
        bad.insert(QStringLiteral("backup"), b);
        const auto wrong = specFromBytes(QJsonDocument(bad).toJson());
        QVERIFY(!wrong.spec);
        QVERIFY2(wrong.error.contains(QStringLiteral("backup.retention.full")), qPrintable(wrong.error));
    }

    void noSecretsInFile()
    {
        // The file holds references only; there is no field for a password value.
        const QByteArray bytes = specToBytes(validTestSpec());
        QVERIFY(!bytes.contains("\"password\":"));
        QVERIFY(bytes.contains("\"repmgrPasswordRef\": \"pgpilot:prod:repmgr-password\""));
    }

    void badFilesAreRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated json") << specToBytes(validTestSpec()).left(200) << "not valid JSON (line";
        QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02garbage", 10) << "not valid JSON";
        QTest::newRow("array at top") << QByteArray("[1,2]") << "no object at the top";
        QTest::newRow("other json") << QByteArray("{\"hello\":1}") << "not a pgpilot cluster file";
        QTest::newRow("future version") << QByteArray("{\"format\":\"pgpilot-cluster\",\"schemaVersion\":7}")
                                        << "newer pgpilot (schema version 7";
        QTest::newRow("no version") << QByteArray("{\"format\":\"pgpilot-cluster\"}")
                                    << "no valid schemaVersion";
        QTest::newRow("port as text") << QByteArray(
            "{\"format\":\"pgpilot-cluster\",\"schemaVersion\":1,\"ports\":{\"write\":\"5000\"}}")
                                      << "ports.write must be a whole number";
        QTest::newRow("fractional port")
            << QByteArray("{\"format\":\"pgpilot-cluster\",\"schemaVersion\":1,\"ports\":{\"write\":5000.5}}")
            << "ports.write must be a whole number";
        QTest::newRow("unknown platform")
            << QByteArray("{\"format\":\"pgpilot-cluster\",\"schemaVersion\":1,\"platform\":\"windows\"}")
            << "platform: unknown value \"windows\"";
        QTest::newRow("monitorSources not a list") << QByteArray(
            "{\"format\":\"pgpilot-cluster\",\"schemaVersion\":1,\"network\":{\"monitorSources\":"
            "\"10.0.5.20\"}}") << "network.monitorSources must be a list of strings";
        QTest::newRow("unknown tls mode") << QByteArray(
            "{\"format\":\"pgpilot-cluster\",\"schemaVersion\":1,\"tls\":{\"mode\":\"prefer\"}}")
                                          << "tls.mode: unknown value \"prefer\"";
        QTest::newRow("nodes not a list")
            << QByteArray("{\"format\":\"pgpilot-cluster\",\"schemaVersion\":1,\"nodes\":{}}")
            << "nodes must be a list";
        QTest::newRow("node role unknown") << QByteArray(
            "{\"format\":\"pgpilot-cluster\",\"schemaVersion\":1,\"nodes\":[{\"role\":\"leader\"}]}")
                                           << "nodes[0].role: unknown value";
    }
    void badFilesAreRefusedAndLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        writeRaw(path, content);
        const QDateTime mtime = QFileInfo(path).lastModified();
        const auto loaded = loadSpecFile(path);
        QVERIFY(!loaded.spec);
        QVERIFY2(loaded.error.contains(message), qPrintable(loaded.error));
        QVERIFY2(loaded.error.contains(path), "the error must name the file");
        QCOMPARE(readAll(path), content);
        QCOMPARE(QFileInfo(path).lastModified(), mtime);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void missingFile()
    {
        const auto loaded = loadSpecFile(QStringLiteral("/nonexistent/dir/cluster.json"));
        QVERIFY(!loaded.spec);
        QVERIFY2(loaded.error.contains(QStringLiteral("Could not open /nonexistent/dir/cluster.json")),
            qPrintable(loaded.error));
    }

    void saveReplacesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prod.json"));
        QString error;
        QVERIFY(saveSpecFile(validTestSpec(), path, &error));
        const ino_t before = inodeOf(path);
        ClusterSpec changed = validTestSpec();
        changed.network.vip = QStringLiteral("10.0.1.200");
        QVERIFY(saveSpecFile(changed, path, &error));
        // A new inode means a new file was renamed over the old one: no reader ever sees half a file.
        QVERIFY(inodeOf(path) != before);
        QCOMPARE(loadSpecFile(path).spec->network.vip, QStringLiteral("10.0.1.200"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList {QStringLiteral("prod.json")});
    }

    void failedSaveKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prod.json"));
        QString error;
        QVERIFY(saveSpecFile(validTestSpec(), path, &error));
        const QByteArray original = readAll(path);

        // The target's directory disappears under us: the save fails with a reason.
        const QString gone = dir.filePath(QStringLiteral("gone/prod.json"));
        QVERIFY(!saveSpecFile(validTestSpec(), gone, &error));
        QVERIFY2(error.contains(gone), qPrintable(error));

        // Saving onto a directory fails and says so.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("adir")));
        QVERIFY(!saveSpecFile(validTestSpec(), dir.filePath(QStringLiteral("adir")), &error));
        QVERIFY2(error.contains(QStringLiteral("directory")), qPrintable(error));

        QCOMPARE(readAll(path), original);
    }
};

QTEST_GUILESS_MAIN(TestSpecFile)
#include "tst_specfile.moc"
