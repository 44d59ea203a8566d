#include "secrets/keychainsecretstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace pgpilot;

namespace {

// Runs one store call and waits for its callback.
template <typename Call> SecretStore::Result await(Call call)
{
    SecretStore::Result result;
    bool done = false;
    call([&](const SecretStore::Result& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.error = QStringLiteral("no answer from the secret store within 20 s");
    return result;
}

bool expectKeychain()
{
    return qEnvironmentVariable("PGPILOT_KEYCHAIN_EXPECT") == QLatin1String("present");
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString expect = qEnvironmentVariable("PGPILOT_KEYCHAIN_EXPECT");
        if (expect != QLatin1String("present") && expect != QLatin1String("absent"))
            QFAIL("set PGPILOT_KEYCHAIN_EXPECT to present or absent (see tests/keychain/CMakeLists.txt)");
    }

    void storesReadsAndRemoves()
    {
        // A service name of its own so the test never touches a real pgpilot entry.
        const QString service
            = QStringLiteral("pgpilot-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        KeychainSecretStore store(nullptr, service);
        QSignalSpy lost(&store, &SecretStore::persistenceLost);
        const QString key = QStringLiteral("pgpilot:lab:repmgr-password");
        const QByteArray value("correct horse battery staple \xc3\xa9");

        auto written = await([&](auto cb) { store.write(key, value, cb); });
        QVERIFY2(written.status == SecretStore::Status::Ok, qPrintable(written.error));

        auto read = await([&](auto cb) { store.read(key, cb); });
        QVERIFY2(read.status == SecretStore::Status::Ok, qPrintable(read.error));
        QCOMPARE(read.value, value);

        if (expectKeychain()) {
            QVERIFY2(store.isPersistent(), qPrintable(store.notPersistentReason()));
            QCOMPARE(lost.count(), 0);
            // Another process sees the entry: it really is in the Secret Service.
            QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty());
            QProcess lookup;
            lookup.start(QStringLiteral("secret-tool"),
                {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
            QVERIFY(lookup.waitForFinished(20000));
            QCOMPARE(lookup.exitCode(), 0);
            QVERIFY(!lookup.readAllStandardOutput().isEmpty());
        } else {
            QVERIFY(!store.isPersistent());
            QCOMPARE(lost.count(), 1);
            const QString reason = lost.first().first().toString();
            QVERIFY2(reason.contains(QStringLiteral("No keychain is available")), qPrintable(reason));
            QVERIFY2(reason.contains(QStringLiteral("memory only")), qPrintable(reason));
            QCOMPARE(store.notPersistentReason(), reason);
        }

        const QByteArray newer("rotated");
        QCOMPARE(await([&](auto cb) { store.write(key, newer, cb); }).status, SecretStore::Status::Ok);
        read = await([&](auto cb) { store.read(key, cb); });
        QCOMPARE(read.value, newer);

        QCOMPARE(await([&](auto cb) { store.remove(key, cb); }).status, SecretStore::Status::Ok);
        read = await([&](auto cb) { store.read(key, cb); });
        QCOMPARE(read.status, SecretStore::Status::NotFound);
        // Only one notice, however many calls fell back.
        QCOMPARE(lost.count(), expectKeychain() ? 0 : 1);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
