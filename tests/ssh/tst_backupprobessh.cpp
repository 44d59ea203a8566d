// SPDX-License-Identifier: GPL-3.0-or-later
// The backup probe over a real SSH session (an OpenSSH server the test starts on loopback): the
// status script template (resources/templates/pgpilot-backup-status.py) run by its command line,
// with fake pgbackrest and systemctl first on its PATH, read into a BackupStatus; one read at a
// time; a script that is not there named with what to do; a stanza the script would refuse never
// sent; a gap in a WAL archive laid out on disk as pgBackRest does, found by the script and read. The
// product's script path and user (/usr/local/lib/pgpilot, pgbackrest) are not on this machine: the probe is
// pointed at a wrapper in a temporary directory and runs as the login.
#include "../unit/backupfixtures.h"
#include "monitor/backupprobe.h"
#include "remote/sshhost.h"
#include "sshdfixture.h"
#include "testconfig.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pgpilot;

namespace {

bool writeExecutable(const QString& path, const QByteArray& content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
}

struct Answer
{
    std::optional<BackupStatus> read;
    QString error;
};

} // namespace

class TestBackupProbeSsh : public QObject
{
    Q_OBJECT
    std::unique_ptr<SshdFixture> m_sshd;
    QTemporaryDir m_tmp;
    QString m_wrapper;
    QString m_repo;

    QString knownHosts() const { return m_tmp.filePath(QStringLiteral("known_hosts")); }

    // The probe's answers to reads started now, waited for (deadline).
    static QList<Answer> answers(BackupProbe& probe, int reads, int expected)
    {
        QList<Answer> got;
        QObject::connect(&probe, &BackupProbe::result, &probe,
            [&got](const std::optional<BackupStatus>& read, const QString& error) {
                got.append({read, error});
            });
        for (int i = 0; i < reads; ++i)
            probe.read();
        (void)QTest::qWaitFor([&] { return got.size() >= expected; }, 60000); // the callers count
        QTest::qWait(300); // nothing more comes
        probe.disconnect(&probe);
        return got;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sshd = std::make_unique<SshdFixture>();
        QVERIFY2(m_sshd->ok(), qPrintable(m_sshd->error()));
        QVERIFY(m_tmp.isValid());
        const QString bin = m_tmp.filePath(QStringLiteral("bin"));
        m_repo = m_tmp.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(bin) && QDir().mkpath(m_repo));
        // The archive of the fixture's database (15-1): segments 3 to 0x12 but 8 to 0xA, dropped
        // after the full backup and before the diff (which starts at 0x10 and so heals it).
        const QString segments = m_repo + QStringLiteral("/archive/main/15-1/0000000100000000");
        QVERIFY(QDir().mkpath(segments));
        for (int n = 3; n <= 0x12; ++n) {
            if (n >= 8 && n <= 0xA)
                continue;
            const QString name
                = QStringLiteral("00000001000000000000%1").arg(n, 4, 16, QLatin1Char('0')).toUpper();
            QFile f(segments + QLatin1Char('/') + name + QLatin1Char('-') + QString(40, QLatin1Char('e'))
                + QStringLiteral(".zst"));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QFile info(m_tmp.filePath(QStringLiteral("info.json")));
        QVERIFY(info.open(QIODevice::WriteOnly));
        info.write(backupfixtures::info().toUtf8());
        info.close();
        QVERIFY(writeExecutable(bin + QStringLiteral("/pgbackrest"),
            "#!/bin/sh\nif [ \"$1\" = version ]; then echo 'pgBackRest 2.45'; exit 0; fi\ncat '"
                + info.fileName().toUtf8() + "'\n"));
        // Only the full timer exists; its service ran and succeeded.
        QVERIFY(writeExecutable(bin + QStringLiteral("/systemctl"),
            "#!/bin/sh\nunit=; for a; do unit=$a; done\n"
            "case $unit in\n"
            "pgpilot-backup-full.timer) echo LoadState=loaded; echo NextElapseUSecRealtime=@1717896600;"
            " echo LastTriggerUSec=@1717291800 ;;\n"
            "pgpilot-backup-full.service) echo LoadState=loaded; echo Result=success; echo ExecMainStatus=0;"
            " echo ActiveState=inactive ;;\n"
            "*) echo LoadState=not-found ;;\nesac\n"));
        m_wrapper = m_tmp.filePath(QStringLiteral("pgpilot-backup-status"));
        QVERIFY(writeExecutable(m_wrapper,
            "#!/bin/sh\nPATH='" + bin.toUtf8()
                + "':$PATH exec python3 '" PGPILOT_SOURCE_DIR
                  "/resources/templates/pgpilot-backup-status.py' \"$@\"\n"));
    }

    void cleanupTestCase() { m_sshd.reset(); }

    void readsTheScriptOverSsh()
    {
        SshHost host(m_sshd->settings(knownHosts()));
        SshBackupProbe probe(&host, {QStringLiteral("main"), m_repo, m_wrapper, QStringLiteral("root")});
        // Two reads at once: the second is skipped while the first runs.
        const QList<Answer> got = answers(probe, 2, 1);
        QCOMPARE(got.size(), 1);
        QVERIFY2(got.first().read, qPrintable(got.first().error));
        const BackupStatus& s = *got.first().read;
        QCOMPARE(s.pgbackrestVersion, QStringLiteral("2.45"));
        QCOMPARE(s.stanzaCode, std::optional<int>(0));
        QCOMPARE(s.backups.size(), 2);
        QCOMPARE(s.newest()->type, QStringLiteral("diff"));
        QCOMPARE(s.archiveMax, QStringLiteral("000000010000000000000012"));
        QVERIFY(s.fullTimer.present);
        QCOMPARE(s.fullTimer.next, QDateTime::fromSecsSinceEpoch(1717896600, Qt::UTC));
        QVERIFY(!s.diffTimer.present);
        QVERIFY(s.repoFreeBytes && s.repoTotalBytes && *s.repoFreeBytes <= *s.repoTotalBytes);
        QVERIFY(qAbs(s.readAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY2(s.walChecked, qPrintable(s.walError));
        QCOMPARE(s.walFiles, 13);
        QCOMPARE(s.walGaps.size(), 1);
        QCOMPARE(s.walGaps.first().first, QStringLiteral("000000010000000000000008"));
        QCOMPARE(s.walGaps.first().count, 3);
        QCOMPARE(s.walGaps.first().healedBy, QStringLiteral("20240602-013002F_20240603-013001D"));
        // And again, on the same session.
        QCOMPARE(answers(probe, 1, 1).size(), 1);
    }

    void scriptMissingOrRefused()
    {
        SshHost host(m_sshd->settings(knownHosts()));
        SshBackupProbe missing(&host,
            {QStringLiteral("main"), m_repo, m_tmp.filePath(QStringLiteral("nothing-here")),
                QStringLiteral("root")});
        QList<Answer> got = answers(missing, 1, 1);
        QCOMPARE(got.size(), 1);
        QVERIFY(!got.first().read);
        QVERIFY2(got.first().error.endsWith(QStringLiteral("is not installed on local: apply phase 6")),
            qPrintable(got.first().error));
        // A stanza the command refuses: said at once, nothing runs on the host.
        SshBackupProbe bad(&host, {QStringLiteral("Main; id"), m_repo, m_wrapper, QStringLiteral("root")});
        got = answers(bad, 1, 1);
        QCOMPARE(got.size(), 1);
        QVERIFY2(
            got.first().error.startsWith(QStringLiteral("the stanza \"Main; id\" is not a cluster name")),
            qPrintable(got.first().error));
    }
};

QTEST_GUILESS_MAIN(TestBackupProbeSsh)
#include "tst_backupprobessh.moc"
