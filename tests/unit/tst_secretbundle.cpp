// SPDX-License-Identifier: GPL-3.0-or-later
// The secrets bundle (export-secrets / import-secrets): sealing and opening, what makes opening
// fail, that the sealed text gives nothing away, the file's mode, and moving secrets between two
// stores with the keys the worksheet names. Offline: memory stores and a temporary directory.
#include "runbook/configfiles.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretbundle.h"
#include "secrets/secrettransfer.h"
#include "testspecs.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pgpilot;

namespace {

const QByteArray kPassphrase("correct horse battery");
const QString kRepmgr = QStringLiteral("pgpilot:prod:repmgr-password");
const QString kSshKey = QStringLiteral("pgpilot:prod:postgres-ssh-key");
const QString kLogin = QStringLiteral("pgpilot:prod:login");
const QByteArray kRepmgrValue("rm-9f2c41d7e0b3a5");
// An SSH private key spans lines and ends with a newline.
const QByteArray kSshKeyValue("-----BEGIN OPENSSH PRIVATE KEY-----\n"
                              "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                              "QyNTUxOQAAACBGVhGnKxh4cPZXP0pq1nSUx3mBSXlrV6zJkEcx8QtBzgAAAJA=\n"
                              "-----END OPENSSH PRIVATE KEY-----\n");
const QByteArray kLoginValue("sudo pass with spaces \xc3\xa9");

SecretBundle sample()
{
    return {
        QStringLiteral("prod"), {{kRepmgr, kRepmgrValue}, {kSshKey, kSshKeyValue}, {kLogin, kLoginValue}}};
}

QByteArray sealed(const SecretBundle& bundle = sample(), const QByteArray& passphrase = kPassphrase)
{
    QString error;
    const QByteArray text = sealSecretBundle(bundle, passphrase, &error);
    if (text.isEmpty())
        qWarning("seal failed: %s", qPrintable(error));
    return text;
}

int modeOf(const QString& path)
{
    struct stat st
    { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

template <typename Result, typename Start> Result await(Start start)
{
    std::optional<Result> result;
    start([&](const Result& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        qFatal("no answer from the store within 5 s");
    return *result;
}

} // namespace

class TestSecretBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryValue()
    {
        const QByteArray text = sealed();
        QVERIFY(!text.isEmpty());
        QVERIFY(text.startsWith("pgpilot secrets bundle 1\ncluster prod\nkdf scrypt N=32768 r=8 p=1\n"));
        for (const QByteArray& line : text.split('\n'))
            QVERIFY2(line.size() <= 64, line.constData());
        const OpenedBundle opened = openSecretBundle(text, kPassphrase);
        QVERIFY2(opened.bundle, qPrintable(opened.error));
        QCOMPARE(opened.problem, BundleProblem::None);
        QCOMPARE(opened.bundle->cluster, QStringLiteral("prod"));
        QHash<QString, QByteArray> values;
        for (const auto& [key, value] : opened.bundle->secrets)
            values.insert(key, value);
        QCOMPARE(values.size(), 3);
        QCOMPARE(values.value(kSshKey), kSshKeyValue); // every line, and the final newline
        QCOMPARE(values.value(kRepmgr), kRepmgrValue);
        QCOMPARE(values.value(kLogin), kLoginValue);
    }

    void wrongPassphraseFails()
    {
        const OpenedBundle opened = openSecretBundle(sealed(), "correct horse battery!");
        QVERIFY(!opened.bundle);
        QCOMPARE(opened.problem, BundleProblem::WrongPassphraseOrChanged);
        QVERIFY2(opened.error.contains(QLatin1String("wrong passphrase, or the file was changed")),
            qPrintable(opened.error));
    }

    void oneChangedByteInTheBodyFails()
    {
        const QByteArray text = sealed();
        // A base64 character in the middle of the body turned into another valid one.
        const qsizetype at = text.indexOf("p=1\n") + 4 + 30;
        QByteArray changed = text;
        changed[at] = changed.at(at) == 'A' ? 'B' : 'A';
        QVERIFY(changed != text);
        const OpenedBundle opened = openSecretBundle(changed, kPassphrase);
        QVERIFY(!opened.bundle);
        QCOMPARE(opened.problem, BundleProblem::WrongPassphraseOrChanged);
        // The same words as for a wrong passphrase: the two cannot be told apart.
        QCOMPARE(opened.error, openSecretBundle(text, "another passphrase").error);
        // A cut-off file too.
        QCOMPARE(openSecretBundle(text.left(text.size() - 20), kPassphrase).problem,
            BundleProblem::WrongPassphraseOrChanged);
    }

    void changedHeaderFails()
    {
        const QByteArray text = sealed();
        QByteArray renamed = text;
        renamed.replace("\ncluster prod\n", "\ncluster test\n");
        QVERIFY(renamed != text);
        const OpenedBundle opened = openSecretBundle(renamed, kPassphrase);
        QVERIFY(!opened.bundle);
        QCOMPARE(opened.problem, BundleProblem::WrongPassphraseOrChanged);
        // The parameters are authenticated too (and cheaper ones derive another key anyway).
        QByteArray weaker = text;
        weaker.replace(" N=32768 ", " N=16384 ");
        QCOMPARE(openSecretBundle(weaker, kPassphrase).problem, BundleProblem::WrongPassphraseOrChanged);
        // Parameters that would take gigabytes are refused before any work.
        QByteArray huge = text;
        huge.replace(" N=32768 ", " N=1073741824 ");
        QCOMPARE(openSecretBundle(huge, kPassphrase).problem, BundleProblem::WrongPassphraseOrChanged);
        // Carried through a system with CRLF line ends: still opens.
        QByteArray crlf = text;
        crlf.replace("\n", "\r\n");
        QVERIFY(openSecretBundle(crlf, kPassphrase).bundle);
    }

    void shortPassphraseRefused()
    {
        QString error;
        QVERIFY(sealSecretBundle(sample(), "elevenchars", &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("at least 12 characters")), qPrintable(error));
        QVERIFY(!passphraseProblem("elevenchars").isEmpty());
        QVERIFY(passphraseProblem("twelve chars").isEmpty());
        // Characters, not bytes: eleven accented letters are 22 bytes and still too short.
        QVERIFY(!passphraseProblem(QStringLiteral("ééééééééééé").toUtf8()).isEmpty());
    }

    void sealedTextGivesNothingAway()
    {
        const QByteArray text = sealed();
        for (const auto& [key, value] : sample().secrets) {
            QVERIFY2(!text.contains(value), qPrintable(key));
            QVERIFY2(!text.contains(value.toBase64()), qPrintable(key));
            for (const QByteArray& line : value.split('\n')) {
                if (line.size() >= 8)
                    QVERIFY2(!text.contains(line), line.constData());
            }
            QVERIFY2(!text.contains(key.toUtf8()), qPrintable(key)); // not even which keys it holds
        }
        QVERIFY(!text.contains(kPassphrase));
    }

    void twoSealsDiffer()
    {
        const QByteArray a = sealed();
        const QByteArray b = sealed();
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(a != b); // a random salt and nonce each time
        const qsizetype header = a.indexOf("p=1\n") + 4;
        QCOMPARE(a.left(header), b.left(header));
        QVERIFY(a.mid(header, 32) != b.mid(header, 32)); // the salt and nonce at the start differ
    }

    void notABundleSaysSo()
    {
        const OpenedBundle opened = openSecretBundle("pgpilot:prod:repmgr-password=secret\n", kPassphrase);
        QCOMPARE(opened.problem, BundleProblem::NotABundle);
        QVERIFY2(
            opened.error.contains(QLatin1String("not a pgpilot secrets bundle")), qPrintable(opened.error));
        QVERIFY2(!opened.error.contains(QLatin1String("secret\n")), qPrintable(opened.error));
        QCOMPARE(openSecretBundle({}, kPassphrase).problem, BundleProblem::NotABundle);
        QByteArray newer = sealed();
        newer.replace("bundle 1\n", "bundle 2\n");
        QCOMPARE(peekSecretBundle(newer).problem, BundleProblem::NewerFormat);
    }

    void peekReadsTheClusterWithoutPassphrase()
    {
        const OpenedBundle head = peekSecretBundle(sealed());
        QVERIFY(head.bundle);
        QCOMPARE(head.bundle->cluster, QStringLiteral("prod"));
        QVERIFY(head.bundle->secrets.isEmpty());
    }

    void bundleFileIsPrivateAndNeverOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prod.pgpilot-secrets"));
        QString error;
        QVERIFY2(writeBundleFile(path, sealed(), &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(!writeBundleFile(path, "other", &error));
        QVERIFY2(error.contains(QLatin1String("exists already")), qPrintable(error));
        QVERIFY(!bundleTargetProblem(path).isEmpty());

        const OpenedBundle mine = openBundleFileFor(path, QStringLiteral("prod"), kPassphrase);
        QVERIFY2(mine.bundle, qPrintable(mine.error));
        QCOMPARE(mine.bundle->secrets.size(), 3);
        const OpenedBundle other = openBundleFileFor(path, QStringLiteral("test"), std::nullopt);
        QCOMPARE(other.problem, BundleProblem::OtherCluster);
        QVERIFY2(other.error.contains(QLatin1String("prod")) && other.error.contains(QLatin1String("test")),
            qPrintable(other.error));
        QCOMPARE(openBundleFileFor(dir.filePath(QStringLiteral("none")), QStringLiteral("prod"), std::nullopt)
                     .problem,
            BundleProblem::Unreadable);
    }

    void clusterSecretKeysNameEverySecretOnce()
    {
        ClusterSpec spec = validTestSpec();
        spec.nodes[0].ssh.secretRef = kLogin;
        spec.nodes[1].ssh.secretRef = kLogin;
        spec.nodes[2].ssh.secretRef = QStringLiteral("pgpilot:prod:pg3-login");
        spec.repmgrPasswordRef = QStringLiteral("pgpilot:elsewhere:repmgr");
        QCOMPARE(clusterSecretKeys(spec),
            QStringList(
                {QStringLiteral("pgpilot:elsewhere:repmgr"), QStringLiteral("pgpilot:prod:app-password"),
                    kSshKey, QStringLiteral("pgpilot:prod:monitor-password"),
                    QStringLiteral("pgpilot:prod:stats-password"), QStringLiteral("pgpilot:prod:tls-ca-key"),
                    QStringLiteral("pgpilot:prod:tls-ca-cert"), QStringLiteral("pgpilot:prod:tls-key:pg1"),
                    QStringLiteral("pgpilot:prod:tls-cert:pg1"), QStringLiteral("pgpilot:prod:tls-key:pg2"),
                    QStringLiteral("pgpilot:prod:tls-cert:pg2"), QStringLiteral("pgpilot:prod:tls-key:pg3"),
                    QStringLiteral("pgpilot:prod:tls-cert:pg3"), kLogin,
                    QStringLiteral("pgpilot:prod:pg3-login")}));
        spec.tls.mode = TlsMode::Off;
        QVERIFY(!clusterSecretKeys(spec).join(u' ').contains(QLatin1String(":tls-")));
    }

    void storeToStoreWithConflicts()
    {
        ClusterSpec spec = validTestSpec();
        spec.nodes[0].ssh.secretRef = kLogin;
        MemorySecretStore first;
        first.writeNow(kRepmgr, kRepmgrValue);
        first.writeNow(kSshKey, kSshKeyValue);
        first.writeNow(kLogin, kLoginValue);
        const auto collected = await<CollectedSecrets>(
            [&](auto done) { collectSecrets(&first, spec.name, clusterSecretKeys(spec), std::move(done)); });
        QVERIFY(collected.error.isEmpty());
        QCOMPARE(collected.absent,
            QStringList(
                {QStringLiteral("pgpilot:prod:app-password"), QStringLiteral("pgpilot:prod:monitor-password"),
                    QStringLiteral("pgpilot:prod:stats-password")})
                + tlsSecretKeys(spec));
        QCOMPARE(collected.bundle.secrets.size(), 3);

        // Into a store that holds one of them already, the same, and another with another value.
        MemorySecretStore second;
        second.writeNow(kSshKey, kSshKeyValue);
        second.writeNow(kLogin, "old login");
        auto result = await<SecretImport>(
            [&](auto done) { importSecrets(&second, collected.bundle, false, std::move(done)); });
        QCOMPARE(result.outcome, SecretImport::Outcome::Conflict);
        QCOMPARE(result.conflicts, QStringList {kLogin});
        QVERIFY(result.written.isEmpty());
        QCOMPARE(second.readNow(kRepmgr).status, SecretStore::Status::NotFound); // nothing written
        QCOMPARE(second.readNow(kLogin).value, QByteArray("old login"));

        result = await<SecretImport>(
            [&](auto done) { importSecrets(&second, collected.bundle, true, std::move(done)); });
        QCOMPARE(result.outcome, SecretImport::Outcome::Imported);
        QCOMPARE(result.written, QStringList {kRepmgr});
        QCOMPARE(result.replaced, QStringList {kLogin});
        QCOMPARE(result.unchanged, QStringList {kSshKey});
        QVERIFY(result.conflicts.isEmpty());
        for (const auto& [key, value] : collected.bundle.secrets)
            QCOMPARE(second.readNow(key).value, value);
    }
};

QTEST_GUILESS_MAIN(TestSecretBundle)
#include "tst_secretbundle.moc"
