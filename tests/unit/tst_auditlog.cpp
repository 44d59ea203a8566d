// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditlog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsJsonLinesWithSecretsMasked()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.log")));
        SecretMasker masker;
        masker.addSecret("hunter2-secret");
        log.setMasker(&masker);
        AuditEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.cluster = QStringLiteral("prod");
        e.node = QStringLiteral("pg1");
        e.login = QStringLiteral("root");
        e.runAs = QStringLiteral("postgres");
        e.kind = QStringLiteral("run");
        e.command = QStringLiteral("psql -c \"ALTER USER repmgr PASSWORD 'hunter2-secret'\"");
        e.exitCode = 0;
        e.failure = QStringLiteral("none");
        e.durationMs = 42;
        QVERIFY(log.append(e));
        QFile f(log.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(!content.contains("hunter2-secret"));
        QVERIFY(content.contains("****"));
        QCOMPARE(content.count('\n'), 1);
        QCOMPARE(int(QFileInfo(log.path()).permissions() & 0x0fff), 0x600);
        const auto back = log.tail(10);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().node, QStringLiteral("pg1"));
        QCOMPARE(back.first().durationMs, 42);
    }

    void rotatesBySize()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.log")), 2000, 3);
        AuditEntry e;
        e.kind = QStringLiteral("run");
        e.command = QString(100, QLatin1Char('x'));
        for (int i = 0; i < 200; ++i)
            QVERIFY(log.append(e));
        QVERIFY(QFileInfo(log.path()).size() <= 2300);
        QVERIFY(QFile::exists(log.path() + QStringLiteral(".1")));
        QVERIFY(QFile::exists(log.path() + QStringLiteral(".3")));
        QVERIFY(!QFile::exists(log.path() + QStringLiteral(".4")));
    }

    void shortValuesAreNotMasked()
    {
        SecretMasker masker;
        masker.addSecret("ab"); // would blank ordinary words everywhere
        QCOMPARE(masker.mask(QStringLiteral("abc")), QStringLiteral("abc"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
