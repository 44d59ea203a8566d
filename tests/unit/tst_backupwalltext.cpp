// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's backup strip's words (monitor/backuptext.h: lastBackupShortText, archivingStateText,
// nextBackupShortText, isBackupAlarm) on the demo cluster with a repository host read from
// real-shaped status script output.
#include "backupsnapshots.h"
#include "monitor/backuptext.h"

#include <QTest>

#include <algorithm>

using namespace pgpilot;
using namespace backupsnapshots;

class TestBackupWallText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lastBackup()
    {
        const ClusterSnapshot s = cluster(repository());
        QCOMPARE(lastBackupShortText(s.backup, s.time),
            QStringLiteral("diff \u00b7 6 h 4 min ago \u00b7 29.9 MiB"));
        // The panel's text says the repository's size too.
        QVERIFY(lastBackupText(s.backup, s.time).endsWith(QStringLiteral("(3.9 MiB in the repository)")));
        BackupStatus bad = s.backup;
        bad.backups.last().error = true;
        QCOMPARE(lastBackupShortText(bad, s.time),
            QStringLiteral("diff \u00b7 6 h 4 min ago \u00b7 29.9 MiB \u00b7 with errors"));
        // Nothing to name: the panel's words.
        const ClusterSnapshot none = cluster(repository(backupfixtures::output(backupfixtures::info(
            QStringLiteral(R"({"code":2,"lock":{"backup":{"held":false}},"message":"no valid backups"})"),
            QStringLiteral("[]")))));
        QCOMPARE(lastBackupShortText(none.backup, none.time), QStringLiteral("none yet"));
        QCOMPARE(lastBackupShortText(BackupStatus {}, s.time), QStringLiteral("not read yet"));
        const ClusterSnapshot broken = cluster(repository(
            backupfixtures::output(QStringLiteral("null"), QStringLiteral("stanza main: missing"))));
        QCOMPARE(lastBackupShortText(broken.backup, broken.time),
            QStringLiteral("unknown: the repository is not usable"));
    }

    void archivingState()
    {
        ClusterSnapshot s = cluster(repository());
        QCOMPARE(archivingStateText(s), QStringLiteral("ok \u00b7 last WAL 20 s ago"));
        QCOMPARE(archivingStateText(failingArchiver(s, 3, 5)),
            QStringLiteral("failing: nothing archived for 20 s"));

        // Nothing archived for 15 min while segments wait: the archive-lag alarm, and "lagging".
        ClusterSnapshot slow = s;
        ArchiverStatus& a = slow.nodes[0].pg.archiver;
        a.lastArchivedTime = slow.time.addSecs(-900);
        a.lastArchivedAgeSeconds = 900.0;
        a.lastArchivedWal = QStringLiteral("000000010000000000000010");
        deriveCluster(slow);
        QVERIFY(std::any_of(slow.alarms.cbegin(), slow.alarms.cend(),
            [](const Alarm& alarm) { return alarm.kind == AlarmKind::ArchiveLag; }));
        QCOMPARE(archivingStateText(slow), QStringLiteral("lagging: last WAL 15 min ago"));

        ClusterSnapshot never = s;
        never.nodes[0].pg.archiver.lastArchivedWal.clear();
        never.nodes[0].pg.archiver.lastArchivedTime = {};
        never.nodes[0].pg.archiver.lastArchivedAgeSeconds.reset();
        QCOMPARE(archivingStateText(never), QStringLiteral("nothing archived yet"));
        QCOMPARE(archivingStateText(failingArchiver(never)), QStringLiteral("failing: nothing archived yet"));

        ClusterSnapshot off = s;
        off.nodes[0].pg.archiver.archiveMode = QStringLiteral("off");
        QCOMPARE(archivingStateText(off), QStringLiteral("off on pg1"));

        // No single primary: nobody's archiver speaks for the cluster.
        const ClusterSnapshot failover = cluster(repository(), 60, 3, DemoScenario::FailoverInProgress);
        QCOMPARE(archivingStateText(failover), QStringLiteral("\u2014"));
    }

    void nextRun()
    {
        const ClusterSnapshot s = cluster(repository());
        QCOMPARE(nextBackupShortText(s.backup, s.time), QStringLiteral("diff in 17 h 55 min"));
        QCOMPARE(
            nextBackupText(s.backup, s.time), QStringLiteral("full in 5 d 17 h \u00b7 diff in 17 h 55 min"));
        BackupStatus fullOnly = s.backup;
        fullOnly.diffTimer = {};
        QCOMPARE(nextBackupShortText(fullOnly, s.time), QStringLiteral("full in 5 d 17 h"));
        BackupStatus none = s.backup;
        none.fullTimer = {};
        none.diffTimer = {};
        QCOMPARE(nextBackupShortText(none, s.time), QStringLiteral("not scheduled"));
        QCOMPARE(nextBackupShortText(BackupStatus {}, s.time), QStringLiteral("\u2014"));
        // Two days on, the diff's time has passed.
        QCOMPARE(nextBackupShortText(s.backup, s.time.addDays(2)), QStringLiteral("diff due now"));
    }

    void backupAlarms()
    {
        int backup = 0;
        for (const AlarmKind kind : allAlarmKinds())
            backup += isBackupAlarm(kind) ? 1 : 0;
        QCOMPARE(backup, 10); // with archive-gap and archive-not-stored
        QVERIFY(isBackupAlarm(AlarmKind::ArchiveFailing));
        QVERIFY(isBackupAlarm(AlarmKind::BackupSpaceLow));
        QVERIFY(!isBackupAlarm(AlarmKind::SplitBrain));
        QVERIFY(!isBackupAlarm(AlarmKind::CertificateExpiring));
    }
};

QTEST_GUILESS_MAIN(TestBackupWallText)
#include "tst_backupwalltext.moc"
