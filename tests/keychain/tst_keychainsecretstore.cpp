// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/keychainsecretstore.h"

#include <QElapsedTimer>
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
        if (expect != QLatin1String("present") && expect != QLatin1String("absent")
            && expect != QLatin1String("locked"))
            QFAIL("set PGPILOT_KEYCHAIN_EXPECT to present, absent or locked (see "
                  "tests/keychain/CMakeLists.txt)");
    }

    void lockedKeychainAnswersClearly()
    {
        if (qEnvironmentVariable("PGPILOT_KEYCHAIN_EXPECT") != QLatin1String("locked"))
            QSKIP("only with a locked keychain (run-with-locked-keyring.sh)");
        const QString service = qEnvironmentVariable("PGPILOT_LOCKED_SERVICE");
        const QString key = qEnvironmentVariable("PGPILOT_LOCKED_KEY");
        const QByteArray stored = qgetenv("PGPILOT_LOCKED_VALUE");
        QVERIFY(!service.isEmpty() && !key.isEmpty() && !stored.isEmpty());
        KeychainSecretStore store(nullptr, service);
        QSignalSpy lost(&store, &SecretStore::persistenceLost);
        QElapsedTimer clock;
        clock.start();
        const auto read = await([&](auto cb) { store.read(key, cb); });
        qInfo("locked keychain: read answered in %lld ms with status %d: %s", clock.elapsed(),
            int(read.status), qPrintable(read.error));
        QVERIFY2(clock.elapsed() < 20000, "a locked keychain must not hang the read");
        // The stored password is not readable, and pgpilot says why instead of claiming that
        // there is no such secret (which would make the admin type a new one over the old).
        QVERIFY(read.value.isEmpty());
        QCOMPARE(read.status, SecretStore::Status::Failed);
        QVERIFY2(read.error.contains(QStringLiteral("locked"), Qt::CaseInsensitive), qPrintable(read.error));
        QVERIFY2(read.error.contains(QStringLiteral("unlock"), Qt::CaseInsensitive), qPrintable(read.error));
        QVERIFY2(!read.error.contains(QString::fromLatin1(stored)), "the secret appears in the message");
        // A write keeps the value for this session (nothing the admin typed is lost) and says
        // that it is not stored.
        const auto written = await([&](auto cb) { store.write(key, QByteArrayLiteral("typed-now"), cb); });
        QVERIFY2(written.status == SecretStore::Status::Ok, qPrintable(written.error));
        const auto again = await([&](auto cb) { store.read(key, cb); });
        QCOMPARE(again.value, QByteArrayLiteral("typed-now"));
        QVERIFY(!store.isPersistent());
        QCOMPARE(lost.count(), 1);
        QVERIFY2(lost.first().first().toString().contains(QStringLiteral("locked"), Qt::CaseInsensitive),
            qPrintable(lost.first().first().toString()));

        // A write as the first call: the keychain refuses to add to a locked collection; the
        // value is kept for this session all the same.
        KeychainSecretStore fresh(nullptr, service + QStringLiteral("-fresh"));
        QSignalSpy freshLost(&fresh, &SecretStore::persistenceLost);
        const auto first = await([&](auto cb) { fresh.write(key, QByteArrayLiteral("typed-first"), cb); });
        QVERIFY2(first.status == SecretStore::Status::Ok, qPrintable(first.error));
        QCOMPARE(await([&](auto cb) { fresh.read(key, cb); }).value, QByteArrayLiteral("typed-first"));
        QCOMPARE(freshLost.count(), 1);
        QVERIFY(fresh.notPersistentReason().contains(QStringLiteral("locked")));
    }

    void storesReadsAndRemoves()
    {
        if (qEnvironmentVariable("PGPILOT_KEYCHAIN_EXPECT") == QLatin1String("locked"))
            QSKIP("needs a keychain that is unlocked or absent");
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
