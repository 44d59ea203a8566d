// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace pgpilot;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeReadRemove()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.notPersistentReason().isEmpty());

        bool written = false;
        store.write(QStringLiteral("pgpilot:lab:repmgr-password"), QByteArray("s3cret"),
            [&](const SecretStore::Result& r) { written = r.status == SecretStore::Status::Ok; });
        QVERIFY2(!written, "callbacks must be asynchronous, like the keychain's");
        QTRY_VERIFY(written);

        SecretStore::Result read;
        bool done = false;
        store.read(QStringLiteral("pgpilot:lab:repmgr-password"), [&](const SecretStore::Result& r) {
            read = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(read.status, SecretStore::Status::Ok);
        QCOMPARE(read.value, QByteArray("s3cret"));

        done = false;
        store.remove(
            QStringLiteral("pgpilot:lab:repmgr-password"), [&](const SecretStore::Result&) { done = true; });
        QTRY_VERIFY(done);
        done = false;
        store.read(QStringLiteral("pgpilot:lab:repmgr-password"), [&](const SecretStore::Result& r) {
            read = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(read.status, SecretStore::Status::NotFound);
        QVERIFY(read.value.isEmpty());
    }

    void callbackDroppedWithStore()
    {
        bool called = false;
        {
            MemorySecretStore store;
            store.write(
                QStringLiteral("k"), QByteArray("v"), [&](const SecretStore::Result&) { called = true; });
        }
        QTest::qWait(20);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
