// SPDX-License-Identifier: GPL-3.0-or-later
// The backup probe's side of the repository host's status script: its command line (quoted,
// refused for values the script would refuse), its answer read into a BackupStatus (real-shaped
// `pgbackrest info` JSON: status codes, the backup list, the archive, the lock, timers, free
// space; every edge: no backup yet, a backup running, error=true, a missing stanza, info null with
// its error, no timers, answers that are not the script's), a failed read keeping the last values,
// and the monitor reading it on its first tick and then every interval into its snapshots
// (PostgreSQL refused on loopback, a FixedBackupProbe standing in for SSH). The WAL archive's
// gaps read from the script's "wal" (absent from an older script: not checked, and said so), and
// the primary's archived WAL compared with the repository's across reads.
#include "backupfixtures.h"
#include "cluster/clusterspec.h"
#include "monitor/backupderive.h"
#include "monitor/backupprobe.h"
#include "monitor/clustermonitor.h"
#include "runbook/templates.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace pgpilot;
using namespace backupfixtures;

namespace {

BackupStatus parsed(const QByteArray& output)
{
    QString error;
    const auto s = parseBackupStatusOutput(output, QStringLiteral("main"), &error);
    if (!s)
        qWarning("not parsed: %s", qPrintable(error));
    return s.value_or(BackupStatus {});
}

QString refused(const QByteArray& output)
{
    QString error;
    const auto s = parseBackupStatusOutput(output, QStringLiteral("main"), &error);
    return s ? QString() : error;
}

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

int refusedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort(); // closed when s goes: nothing listens there
}

} // namespace

class TestBackupProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandIsQuotedAndChecked()
    {
        QString problem;
        QCOMPARE(backupStatusCommand(QStringLiteral("main"), QStringLiteral("/var/lib/pgbackrest"), &problem),
            QStringLiteral(
                "/usr/local/lib/pgpilot/pgpilot-backup-status --stanza main --repo /var/lib/pgbackrest"));
        QCOMPARE(backupStatusCommand(QStringLiteral("db-2"), QStringLiteral("/srv/repo.d/x_y"), &problem),
            QStringLiteral(
                "/usr/local/lib/pgpilot/pgpilot-backup-status --stanza db-2 --repo /srv/repo.d/x_y"));
        QVERIFY(problem.isEmpty());
        QCOMPARE(backupStatusUser(), QStringLiteral("pgbackrest"));
        for (const auto& [stanza, path] :
            {std::pair {"Main", "/var/lib/pgbackrest"}, std::pair {"a;id", "/r"}, std::pair {"-x", "/r"},
                std::pair {"main", "relative"}, std::pair {"main", "/a b"}, std::pair {"main", "/var/../etc"},
                std::pair {"main", "/var/$(id)"}}) {
            problem.clear();
            QVERIFY2(backupStatusCommand(QString::fromLatin1(stanza), QString::fromLatin1(path), &problem)
                         .isEmpty(),
                stanza);
            QVERIFY(!problem.isEmpty());
        }
        // The script the command names is the one the runbook embeds.
        QVERIFY(templateText(QStringLiteral("pgpilot-backup-status.py"))
                    .contains(QStringLiteral("--stanza STANZA")));
    }

    void readsARealShapedAnswer()
    {
        const BackupStatus s = parsed(output());
        QCOMPARE(s.stanza, QStringLiteral("main"));
        QCOMPARE(s.readAt, utc(kNow));
        QCOMPARE(s.pgbackrestVersion, QStringLiteral("2.45"));
        QVERIFY(s.infoError.isEmpty());
        QCOMPARE(s.stanzaCode, std::optional<int>(0));
        QCOMPARE(s.stanzaMessage, QStringLiteral("ok"));
        QVERIFY(!s.backupRunning);
        QCOMPARE(s.backups.size(), 2);
        const BackupSet& full = s.backups.first();
        QCOMPARE(full.label, QStringLiteral("20240602-013002F"));
        QCOMPARE(full.type, QStringLiteral("full"));
        QCOMPARE(full.start, utc(1717291802));
        QCOMPARE(full.stop, utc(1717291810));
        QCOMPARE(full.size, std::optional<qint64>(31200000));
        QCOMPARE(full.repositorySize, std::optional<qint64>(4100000));
        QCOMPARE(full.walStart, QStringLiteral("000000010000000000000003"));
        QVERIFY(!full.error);
        QCOMPARE(s.newest()->label, QStringLiteral("20240602-013002F_20240603-013001D"));
        QCOMPARE(s.newest()->type, QStringLiteral("diff"));
        QCOMPARE(s.newestGood(), s.newest());
        QCOMPARE(s.archiveMin, QStringLiteral("000000010000000000000003"));
        QCOMPARE(s.archiveMax, QStringLiteral("000000010000000000000012"));
        QVERIFY(s.fullTimer.present);
        QCOMPARE(s.fullTimer.next, utc(1717896600));
        QCOMPARE(s.fullTimer.lastTrigger, utc(1717291800));
        QCOMPARE(s.fullTimer.result, QStringLiteral("success"));
        QVERIFY(!s.fullTimer.failed());
        QVERIFY(s.diffTimer.present);
        QCOMPARE(s.diffTimer.next, utc(1717464600));
        QCOMPARE(s.repoFreeBytes, std::optional<qint64>(48318382080));
        QCOMPARE(s.repoTotalBytes, std::optional<qint64>(107374182400));
    }

    void noBackupYetAndRunning()
    {
        // Right after stanza-create, while the first full backup runs (pgBackRest 2.48 adds the
        // lock's sizes).
        const BackupStatus s = parsed(output(info(
            QStringLiteral(
                R"({"code":2,"lock":{"backup":{"held":true,"size":3221225472,"size-cplt":1073741824}},"message":"no valid backups"})"),
            QStringLiteral("[]"))));
        QCOMPARE(s.stanzaCode, std::optional<int>(2));
        QCOMPARE(s.stanzaMessage, QStringLiteral("no valid backups"));
        QVERIFY(s.backups.isEmpty());
        QVERIFY(!s.newest());
        QVERIFY(!s.newestGood());
        QVERIFY(s.backupRunning);
        QCOMPARE(s.runningBytes, std::optional<qint64>(3221225472));
        QCOMPARE(s.runningDoneBytes, std::optional<qint64>(1073741824));
        // Before 2.48: held, no sizes.
        const BackupStatus old = parsed(
            output(info(QStringLiteral(R"({"code":0,"lock":{"backup":{"held":true}},"message":"ok"})"))));
        QVERIFY(old.backupRunning);
        QVERIFY(!old.runningBytes);
    }

    void backupWithErrors()
    {
        const QString withError = QStringLiteral(R"([
 {"label":"20240602-013002F","type":"full","error":false,"timestamp":{"start":1717291802,"stop":1717291810},
  "info":{"size":31200000,"repository":{"size":4100000}}},
 {"label":"20240602-013002F_20240603-013001D","type":"diff","error":true,
  "timestamp":{"start":1717378201,"stop":1717378204},"info":{"size":31300000,"repository":{"size":4100000}}}])");
        const BackupStatus s = parsed(output(info(
            QStringLiteral(R"({"code":0,"lock":{"backup":{"held":false}},"message":"ok"})"), withError)));
        QVERIFY(s.newest()->error);
        QCOMPARE(s.newestGood()->label, QStringLiteral("20240602-013002F"));
    }

    void missingStanzaAndOtherStanzas()
    {
        // What pgBackRest says for a stanza that was never created (status code 1).
        const QByteArray missing = output(QStringLiteral(
            R"([{"archive":[],"backup":[],"cipher":"none","db":[],"name":"main","repo":[{"cipher":"none","key":1,"status":{"code":1,"message":"missing stanza path"}}],"status":{"code":1,"lock":{"backup":{"held":false}},"message":"missing stanza path"}}])"));
        const BackupStatus s = parsed(missing);
        QCOMPARE(s.stanzaCode, std::optional<int>(1));
        QCOMPARE(s.stanzaMessage, QStringLiteral("missing stanza path"));
        QVERIFY(s.infoError.isEmpty());
        // info lists other stanzas only: said, not taken for this one.
        QByteArray other = output();
        other.replace("\"name\":\"main\"", "\"name\":\"other\"");
        const BackupStatus o = parsed(other);
        QVERIFY(!o.stanzaCode);
        QVERIFY(o.backups.isEmpty());
        QCOMPARE(o.infoError, QStringLiteral("pgbackrest info does not list the stanza main"));
        // The newest database's archive: after a stanza-upgrade, id 2 is current (its WAL not
        // archived yet: none, not the old database's).
        QByteArray upgraded = output();
        upgraded.replace(R"("archive":[{"database":{"id":1,"repo-key":1},"id":"15-1",)",
            R"("archive":[{"database":{"id":2,"repo-key":1},"id":"16-2","max":null,"min":null},{"database":{"id":1,"repo-key":1},"id":"15-1",)");
        const BackupStatus u = parsed(upgraded);
        QVERIFY(u.archiveMax.isEmpty());
        QVERIFY(u.archiveMin.isEmpty());
    }

    void infoNullAndTimersAbsent()
    {
        const BackupStatus s = parsed(output(QStringLiteral("null"),
            QStringLiteral(
                "pgbackrest info exited with 103: ERROR: [103]: unable to find a valid repository"),
            QStringLiteral("{}"),
            QStringLiteral(R"({"error":"/var/lib/pgbackrest: No such file or directory"})")));
        QVERIFY(s.infoError.contains(QStringLiteral("[103]")));
        QVERIFY(!s.stanzaCode);
        QVERIFY(s.backups.isEmpty());
        QVERIFY(!s.fullTimer.present);
        QVERIFY(!s.diffTimer.present);
        QVERIFY(!s.repoFreeBytes);
        QCOMPARE(s.repoError, QStringLiteral("/var/lib/pgbackrest: No such file or directory"));
        // A timer whose service failed, one that never ran.
        const BackupStatus t = parsed(output(info(), {}, timers(QStringLiteral("exit-code"), 50)));
        QVERIFY(t.diffTimer.failed());
        QCOMPARE(t.diffTimer.exitStatus, 50);
        const BackupStatus never = parsed(output(info(), {},
            QStringLiteral(
                R"({"full":{"nextUsec":1717896600000000,"lastTriggerUsec":0,"result":"success","exitStatus":0,"active":false}})")));
        QVERIFY(never.fullTimer.present);
        QVERIFY(!never.fullTimer.lastTrigger.isValid());
        QVERIFY(!never.diffTimer.present);
    }

    void answersThatAreNotTheScripts()
    {
        QCOMPARE(refused(""), QStringLiteral("the status script printed nothing"));
        QVERIFY(refused("sudo: unknown user pgbackrest")
                    .startsWith(QStringLiteral("the status script's answer is not one JSON object")));
        QVERIFY(refused("[1, 2]").startsWith(
            QStringLiteral("the status script's answer is not one JSON object")));
        QVERIFY(refused(R"({"format": 2})").contains(QStringLiteral("format 2")));
        QCOMPARE(
            refused(R"({"format": 1, "error": "usage: pgpilot-backup-status --stanza STANZA --repo PATH"})"),
            QStringLiteral("the status script refused to run: usage: pgpilot-backup-status --stanza STANZA "
                           "--repo PATH"));
        // Numbers that are not counts are left out, never wrapped.
        QByteArray odd = output();
        odd.replace("\"freeBytes\":48318382080", "\"freeBytes\":-5");
        odd.replace("\"size\":31200000}", "\"size\":1e300}");
        const BackupStatus s = parsed(odd);
        QVERIFY(!s.repoFreeBytes);
        QVERIFY(!s.backups.first().size);
    }

    void readsTheWalArchive()
    {
        const BackupStatus s = parsed(outputWithWal(
            wal(QStringLiteral("[%1,%2]").arg(gap(QStringLiteral("08"), QStringLiteral("0A"), 3,
                                                  QStringLiteral("20240602-013002F_20240603-013001D")),
                gap(QStringLiteral("13"), QStringLiteral("13"), 1, {},
                    QStringLiteral(R"(["20240602-013002F","20240602-013002F_20240603-013001D"])"))))));
        QVERIFY(s.walChecked);
        QVERIFY(s.walError.isEmpty());
        QCOMPARE(s.walSegmentBytes, 16 * 1024 * 1024);
        QCOMPARE(s.walFiles, 17);
        QCOMPARE(s.walGapsTotal, 2);
        QCOMPARE(s.walGaps.size(), 2);
        const WalGap& healed = s.walGaps.at(0);
        QCOMPARE(healed.timeline, 1);
        QCOMPARE(healed.first, QStringLiteral("000000010000000000000008"));
        QCOMPARE(healed.last, QStringLiteral("00000001000000000000000A"));
        QCOMPARE(healed.count, 3);
        QCOMPARE(healed.before, QStringLiteral("000000010000000000000007"));
        QCOMPARE(healed.beforeTime, utc(1717300000));
        QCOMPARE(healed.after, QStringLiteral("00000001000000000000000B"));
        QCOMPARE(healed.afterTime, utc(1717310000));
        QCOMPARE(healed.breaks, QStringList {QStringLiteral("20240602-013002F")});
        QVERIFY(healed.healed());
        QCOMPARE(healed.healedAt, utc(1717378204));
        const WalGap& open = s.walGaps.at(1);
        QVERIFY(!open.healed());
        QVERIFY(!open.healedAt.isValid());
        QCOMPARE(open.breaks.size(), 2);
        // No "wal": a script older than this pgpilot, which does not look.
        const BackupStatus old = parsed(output());
        QVERIFY(!old.walChecked);
        QVERIFY2(old.walError.contains(QStringLiteral("apply phase 6")), qPrintable(old.walError));
        // It could not look: why.
        const BackupStatus unchecked = parsed(outputWithWal(
            wal(QStringLiteral("[]"), false, QStringLiteral("/r/archive/main/15-1: Permission denied"))));
        QVERIFY(!unchecked.walChecked);
        QCOMPARE(unchecked.walError, QStringLiteral("/r/archive/main/15-1: Permission denied"));
        // Entries that are not gaps the script sends are left out; the others read.
        QString bad = gap(QStringLiteral("08"), QStringLiteral("0A"), 3);
        bad.replace(QStringLiteral("\"first\":\"000000010000000000000008\""),
            QStringLiteral("\"first\":\"x; rm -rf /\""));
        QString zero = gap(QStringLiteral("0C"), QStringLiteral("0C"), 1);
        zero.replace(QStringLiteral("\"count\":1"), QStringLiteral("\"count\":0"));
        const BackupStatus odd = parsed(
            outputWithWal(wal(QStringLiteral("[%1,%2,%3]")
                                  .arg(bad, zero, gap(QStringLiteral("0E"), QStringLiteral("0E"), 1)))));
        QCOMPARE(odd.walGaps.size(), 1);
        QCOMPARE(odd.walGaps.first().first, QStringLiteral("00000001000000000000000E"));
        QCOMPARE(odd.walGapsTotal, 3);
    }

    void archivedWalComparedAcrossReads()
    {
        // The repository's newest segment is 0x12 in every read below.
        BackupStatus b;
        b.configured = true;
        b.host = QStringLiteral("backup");
        b.stanza = QStringLiteral("main");
        const QString ahead = QStringLiteral("000000010000000000000014");
        const QDateTime t0 = utc(kNow + 1);
        // The first read: no claim known before it started.
        b = mergeBackupRead(b, parsed(output()), {}, t0, ahead);
        QCOMPARE(b.claimedWal, ahead);
        QCOMPARE(b.claimBehindReads, 0);
        // Each later read lacks what was claimed before it started.
        b = mergeBackupRead(b, parsed(output()), {}, t0.addSecs(30), ahead);
        QCOMPARE(b.claimBehindReads, 1);
        QCOMPARE(b.claimBehindWal, ahead);
        QCOMPARE(b.claimBehindSince, t0.addSecs(30));
        // A failed read keeps the count and takes the newer claim.
        b = mergeBackupRead(b, std::nullopt, QStringLiteral("timed out"), t0.addSecs(60),
            QStringLiteral("000000010000000000000015"));
        QCOMPARE(b.claimBehindReads, 1);
        QCOMPARE(b.claimedWal, QStringLiteral("000000010000000000000015"));
        b = mergeBackupRead(
            b, parsed(output()), {}, t0.addSecs(90), QStringLiteral("000000010000000000000015"));
        QCOMPARE(b.claimBehindReads, 2);
        QCOMPARE(b.claimBehindWal, QStringLiteral("000000010000000000000015"));
        QCOMPARE(b.claimBehindSince, t0.addSecs(30));
        // No primary known now (a failover): the last claim stands.
        b = mergeBackupRead(b, parsed(output()), {}, t0.addSecs(120), {});
        QCOMPARE(b.claimBehindReads, 3);
        QCOMPARE(b.claimedWal, QStringLiteral("000000010000000000000015"));
        // A claim the repository holds (a .partial of it; the segment itself) ends the count.
        b.claimedWal = QStringLiteral("000000010000000000000012.partial");
        b = mergeBackupRead(
            b, parsed(output()), {}, t0.addSecs(150), QStringLiteral("000000010000000000000012"));
        QCOMPARE(b.claimBehindReads, 0);
        QVERIFY(b.claimBehindWal.isEmpty());
        QVERIFY(!b.claimBehindSince.isValid());
        // A .backup file's segment after the newest: behind; a history file: not comparable.
        b.claimedWal = QStringLiteral("000000010000000000000013.00000028.backup");
        QCOMPARE(mergeBackupRead(b, parsed(output()), {}, t0.addSecs(180), {}).claimBehindReads, 1);
        b.claimedWal = QStringLiteral("00000002.history");
        QCOMPARE(mergeBackupRead(b, parsed(output()), {}, t0.addSecs(180), {}).claimBehindReads, 0);
        // A newer timeline is ahead of anything on an older one.
        b.claimedWal = QStringLiteral("000000020000000000000003");
        QCOMPARE(mergeBackupRead(b, parsed(output()), {}, t0.addSecs(180), {}).claimBehindReads, 1);
        // An archive with nothing in it yet: not compared.
        QByteArray empty = output();
        empty.replace(R"("max":"000000010000000000000012","min":"000000010000000000000003")",
            R"("max":null,"min":null)");
        QCOMPARE(mergeBackupRead(b, parsed(empty), {}, t0.addSecs(180), {}).claimBehindReads, 0);
    }

    void failedReadKeepsTheLastValues()
    {
        BackupStatus before;
        before.configured = true;
        before.host = QStringLiteral("backup");
        before.stanza = QStringLiteral("main");
        const QDateTime t0 = utc(kNow + 2);
        BackupStatus good = mergeBackupRead(before, parsed(output()), {}, t0);
        QVERIFY(good.configured && good.polled && good.error.isEmpty());
        QCOMPARE(good.host, QStringLiteral("backup"));
        QCOMPARE(good.receivedAt, t0);
        QCOMPARE(good.backups.size(), 2);
        // The age of a repository time, corrected for the two clocks (here 2 s apart).
        QCOMPARE(good.secondsSince(utc(kNow - 100), t0.addSecs(10)), std::optional<qint64>(110));
        const BackupStatus failed
            = mergeBackupRead(good, std::nullopt, QStringLiteral("no route to host"), t0.addSecs(30));
        QCOMPARE(failed.error, QStringLiteral("no route to host"));
        QCOMPARE(failed.failures, 1);
        QCOMPARE(failed.backups, good.backups);
        QCOMPARE(failed.receivedAt, t0);
        QCOMPARE(mergeBackupRead(failed, std::nullopt, {}, t0.addSecs(60)).failures, 2);
        const BackupStatus again = mergeBackupRead(failed, parsed(output()), {}, t0.addSecs(90));
        QVERIFY(again.error.isEmpty());
        QCOMPARE(again.failures, 0);
    }

    void specGivesTheMonitorItsBackupSettings()
    {
        ClusterSpec spec = ClusterSpec::guideDefaults();
        spec.name = QStringLiteral("prod");
        MonitorOptions plain;
        applySpecToOptions(spec, &plain);
        QVERIFY(plain.backupHost.isEmpty());
        spec.archiving.mode = ArchivingMode::PgBackRest;
        spec.backup.host.name = QStringLiteral("backup");
        spec.backup.diffSchedule.clear();
        MonitorOptions options;
        applySpecToOptions(spec, &options);
        QCOMPARE(options.backupHost, QStringLiteral("backup"));
        QCOMPARE(options.backupStanza, QStringLiteral("prod"));
        QCOMPARE(options.thresholds.backupMaxAgeSeconds, qint64(8 * 24 * 3600)); // a weekly full only
    }

    void monitorReadsOnTheFirstTickThenEveryInterval()
    {
        const int pg = refusedPort();
        MonitorOptions options;
        options.pgTimeoutMs = 500;
        options.publishAfterMs = 400;
        options.backupHost = QStringLiteral("backup");
        options.backupStanza = QStringLiteral("main");
        options.backupIntervalMs = 1500;
        ClusterMonitor monitor(QStringLiteral("main"), {},
            {{QStringLiteral("pg1"), QStringLiteral("127.0.0.1"), pg, 0, 0}}, "x", options);
        QVERIFY(monitor.latest().backup.configured);
        QCOMPARE(monitor.latest().backup.host, QStringLiteral("backup"));
        QVERIFY(!monitor.latest().backup.polled);
        FixedBackupProbe probe;
        probe.setAnswer(parsed(output()));
        monitor.setBackupProbe(&probe);
        QVERIFY(monitor.readsBackups());
        monitor.setInterval(200);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().backup.polled, 5000);
        QCOMPARE(probe.reads(), 1);
        const BackupStatus read = monitor.latest().backup;
        QCOMPARE(read.backups.size(), 2);
        QCOMPARE(read.host, QStringLiteral("backup"));
        QVERIFY(read.receivedAt.isValid());
        // Not on every tick: once more after the interval.
        QTest::qWait(700);
        QCOMPARE(probe.reads(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(probe.reads(), 2, 5000);
        // A failing read: the snapshot keeps the values, says why and raises the alarm.
        probe.setAnswer(std::nullopt, QStringLiteral("connection refused"));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().backup.error == QStringLiteral("connection refused"), 5000);
        const ClusterSnapshot s = monitor.latest();
        QCOMPARE(s.backup.backups.size(), 2);
        QVERIFY(std::any_of(s.alarms.cbegin(), s.alarms.cend(), [](const Alarm& a) {
            return a.kind == AlarmKind::BackupStatusUnread && a.node == QStringLiteral("backup");
        }));
        monitor.stop();
    }

    void monitorWithoutBackupsReadsNothing()
    {
        MonitorOptions options;
        ClusterMonitor monitor(QStringLiteral("main"), {},
            {{QStringLiteral("pg1"), QStringLiteral("127.0.0.1"), refusedPort(), 0, 0}}, "x", options);
        FixedBackupProbe probe;
        monitor.setBackupProbe(&probe);
        monitor.pollNow();
        QTest::qWait(100);
        QCOMPARE(probe.reads(), 0);
        QVERIFY(!monitor.latest().backup.configured);
    }
};

QTEST_GUILESS_MAIN(TestBackupProbe)
#include "tst_backupprobe.moc"
