// SPDX-License-Identifier: GPL-3.0-or-later
// The backup alarms from crafted snapshots (a healthy demo cluster plus a repository host read
// from real-shaped status script output): archiving on the primary (failures since the previous
// poll, a failure newer than the last success, lag while WAL waits, archive_mode off), the
// repository (the newest good backup older than the schedule allows, none at all, a backup with
// errors, a failed timer, none scheduled, the status unreadable, the stanza unusable, space low;
// a gap in the WAL archive no later backup heals; WAL the primary archived that the repository
// never got, over several reads);
// the allowed age from the worksheet's schedules; WAL segment numbers; the texts the dashboard and
// `pgpilot status` show, and status's JSON.
#include "backupfixtures.h"
#include "cli/statuscommand.h"
#include "monitor/backupderive.h"
#include "monitor/backupprobe.h"
#include "monitor/backuptext.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace pgpilot;
using namespace backupfixtures;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

BackupStatus read(const QByteArray& output)
{
    BackupStatus before;
    before.configured = true;
    before.host = QStringLiteral("backup");
    before.stanza = QStringLiteral("main");
    QString error;
    const auto parsed = parseBackupStatusOutput(output, QStringLiteral("main"), &error);
    if (!parsed)
        qWarning("not parsed: %s", qPrintable(error));
    return mergeBackupRead(before, parsed, error, QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
}

// The demo cluster at `secondsAfter` the repository's read, its primary pg1 archiving well:
// 000000010000000000000014 archived 20 s ago, writing segment 0x15.
ClusterSnapshot cluster(const BackupStatus& backup, qint64 secondsAfter = 0)
{
    ClusterSnapshot s = demoSnapshot(
        DemoScenario::Healthy, 3, 1, QDateTime::fromSecsSinceEpoch(kNow + secondsAfter, Qt::UTC));
    s.backup = backup;
    for (auto& n : s.nodes) {
        ArchiverStatus& a = n.pg.archiver;
        a.read = true;
        a.archiveMode = QStringLiteral("on");
        a.walSegmentBytes = 16 * 1024 * 1024;
    }
    NodeSnapshot& primary = s.nodes[0];
    primary.pg.currentLsn = parseLsn(QStringLiteral("0/15000100"));
    ArchiverStatus& a = primary.pg.archiver;
    a.archivedCount = 18;
    a.lastArchivedWal = QStringLiteral("000000010000000000000014");
    a.lastArchivedTime = s.time.addSecs(-20);
    a.lastArchivedAgeSeconds = 20.0;
    a.previousFailedCount = 0;
    return s;
}

ClusterSnapshot derived(ClusterSnapshot s, const AlarmThresholds& t = {})
{
    deriveCluster(s, t);
    return s;
}

QList<const Alarm*> backupAlarms(const ClusterSnapshot& s)
{
    QList<const Alarm*> list;
    for (const Alarm& a : s.alarms) {
        if (int(a.kind) >= int(AlarmKind::ArchiveFailing))
            list << &a;
    }
    return list;
}

const Alarm* find(const ClusterSnapshot& s, AlarmKind kind)
{
    for (const Alarm& a : s.alarms) {
        if (a.kind == kind)
            return &a;
    }
    return nullptr;
}

QString describe(const ClusterSnapshot& s)
{
    QStringList list;
    for (const Alarm* a : backupAlarms(s))
        list << a->key() + QStringLiteral(": ") + a->title;
    return list.join(QStringLiteral("; "));
}

QString backupsJson(const QString& diffError = QStringLiteral("false"), qint64 fullStop = 1717291810,
    qint64 diffStop = 1717378204)
{
    return QStringLiteral(R"([
 {"label":"20240602-013002F","type":"full","error":false,"timestamp":{"start":%1,"stop":%2},
  "info":{"size":31200000,"repository":{"size":4100000}}},
 {"label":"20240602-013002F_20240603-013001D","type":"diff","error":%3,"timestamp":{"start":%4,"stop":%5},
  "info":{"size":31300000,"repository":{"size":4100000}}}])")
        .arg(fullStop - 8)
        .arg(fullStop)
        .arg(diffError)
        .arg(diffStop - 3)
        .arg(diffStop);
}

const QString kOk = QStringLiteral(R"({"code":0,"lock":{"backup":{"held":false}},"message":"ok"})");

} // namespace

class TestBackupDerive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allowedAgeFromTheSchedules()
    {
        // The worksheet's defaults: full on Sunday, diff Monday to Saturday, both at 01:30.
        QCOMPARE(
            backupMaxAge(QStringLiteral("Sun *-*-* 01:30:00"), QStringLiteral("Mon..Sat *-*-* 01:30:00")),
            26 * kHour);
        QCOMPARE(backupMaxAge(QStringLiteral("Sun *-*-* 01:30:00"), {}), 8 * kDay);
        QCOMPARE(backupMaxAge(QStringLiteral("weekly"), {}), 8 * kDay);
        QCOMPARE(backupMaxAge(QStringLiteral("daily"), {}), 26 * kHour);
        QCOMPARE(backupMaxAge(QStringLiteral("*-*-* 02:00"), {}), 26 * kHour);
        // Monday and Thursday: the longest wait is Thursday to Monday.
        QCOMPARE(backupMaxAge(QStringLiteral("Mon,Thu 02:00"), {}), 4 * kDay + kDay);
        // Full Sunday 01:30, diff Wednesday 13:00: Wednesday 13:00 to Sunday 01:30.
        QCOMPARE(backupMaxAge(QStringLiteral("Sun 01:30"), QStringLiteral("Wed 13:00")),
            3 * kDay + 12 * kHour + 30 * 60 + kDay);
        // A range across the week's end.
        QCOMPARE(backupMaxAge(QStringLiteral("Sat..Mon 03:00"), {}), 5 * kDay + kDay);
        // Forms not read: the brief's rule (26 h with a diff schedule, else 8 days).
        QCOMPARE(backupMaxAge(QStringLiteral("monthly"), {}), 8 * kDay);
        QCOMPARE(backupMaxAge(QStringLiteral("*-*-01 02:00"), QStringLiteral("daily")), 26 * kHour);
        QCOMPARE(backupMaxAge(QStringLiteral("*:0/15"), {}), 8 * kDay);
        QCOMPARE(backupMaxAge(QStringLiteral("Sun 25:00"), {}), 8 * kDay);
        QCOMPARE(backupMaxAge({}, {}), 8 * kDay);
    }

    void walSegmentNumbers()
    {
        constexpr qint64 k16 = 16 * 1024 * 1024;
        QCOMPARE(walSegmentNumber(QStringLiteral("000000010000000A00000012"), k16),
            std::optional<qint64>(0xA * 256 + 0x12));
        QCOMPARE(walSegmentNumber(QStringLiteral("000000030000000A00000012.partial"), k16),
            std::optional<qint64>(0xA * 256 + 0x12));
        QCOMPARE(walSegmentNumber(QStringLiteral("000000010000000000000002.00000028.backup"), k16),
            std::optional<qint64>(2));
        QCOMPARE(
            walSegmentNumber(QStringLiteral("0000000100000001000000FF"), k16), std::optional<qint64>(511));
        QCOMPARE(walSegmentNumber(QStringLiteral("000000010000000100000003"), 1LL << 30),
            std::optional<qint64>(4 + 3));
        QVERIFY(!walSegmentNumber(QStringLiteral("000000010000000100000100"), k16)); // not a 16 MiB name
        QVERIFY(!walSegmentNumber(QStringLiteral("00000002.history"), k16));
        QVERIFY(!walSegmentNumber(QStringLiteral("000000010000000A00000012"), 3000000));
        QVERIFY(!walSegmentNumber({}, k16));
    }

    void healthyBackupsRaiseNothing()
    {
        const ClusterSnapshot s = derived(cluster(read(output())));
        QVERIFY2(s.alarms.isEmpty(), qPrintable(describe(s)));
        QCOMPARE(walSegmentsWaiting(s.nodes.at(0)), std::optional<qint64>(0));
        // Without a repository host nothing about backups is judged.
        ClusterSnapshot plain = cluster(BackupStatus {});
        plain.nodes[0].pg.archiver.archiveMode = QStringLiteral("off");
        QVERIFY(derived(plain).alarms.isEmpty());
    }

    void archivingFailures()
    {
        // failed_count grew since the previous poll, then archiving went on: said once.
        ClusterSnapshot s = cluster(read(output()));
        ArchiverStatus& a = s.nodes[0].pg.archiver;
        a.failedCount = 1;
        a.lastFailedWal = QStringLiteral("000000010000000000000014");
        a.lastFailedTime = s.time.addSecs(-25); // before the success 20 s ago
        const ClusterSnapshot grew = derived(s);
        const Alarm* alarm = find(grew, AlarmKind::ArchiveFailing);
        QVERIFY2(alarm, qPrintable(describe(grew)));
        QCOMPARE(alarm->severity, Severity::Critical);
        QCOMPARE(alarm->node, QStringLiteral("pg1"));
        QVERIFY(alarm->title.contains(QStringLiteral("then went on")));
        // The next poll sees the same count: over.
        a.previousFailedCount = 1;
        QVERIFY(!find(derived(s), AlarmKind::ArchiveFailing));
        // A failure newer than the last success: failing now, also with the count unchanged.
        a.lastFailedWal = QStringLiteral("000000010000000000000015");
        a.lastFailedTime = s.time.addSecs(-5);
        const ClusterSnapshot failing = derived(s);
        alarm = find(failing, AlarmKind::ArchiveFailing);
        QVERIFY(alarm);
        QCOMPARE(alarm->title,
            QStringLiteral("WAL archiving fails on pg1: 000000010000000000000015 could not be archived"));
        QVERIFY(alarm->meaning.contains(QStringLiteral("000000010000000000000014")));
        QVERIFY(alarm->action.contains(QStringLiteral("pgbackrest --stanza=main check")));
        QVERIFY(alarm->action.contains(QStringLiteral("backup")));
        // Never archived, failing.
        a.lastArchivedTime = {};
        a.lastArchivedWal.clear();
        QVERIFY(find(derived(s), AlarmKind::ArchiveFailing));
        // A standby's archiver is not judged.
        ClusterSnapshot standby = cluster(read(output()));
        standby.nodes[1].pg.archiver.failedCount = 9;
        standby.nodes[1].pg.archiver.previousFailedCount = 2;
        standby.nodes[1].pg.archiver.lastFailedTime = standby.time;
        QVERIFY(derived(standby).alarms.isEmpty());
        // archive_mode off on the primary.
        ClusterSnapshot off = cluster(read(output()));
        off.nodes[0].pg.archiver.archiveMode = QStringLiteral("off");
        QVERIFY(find(derived(off), AlarmKind::ArchiveFailing)->title.contains(QStringLiteral("off")));
    }

    void archiveLagOnlyWhileWalWaits()
    {
        ClusterSnapshot s = cluster(read(output()));
        ArchiverStatus& a = s.nodes[0].pg.archiver;
        a.lastArchivedAgeSeconds = 900.0;
        // Idle: the segment being written is the one after the last archived: nothing waits.
        QVERIFY2(!find(derived(s), AlarmKind::ArchiveLag), qPrintable(describe(derived(s))));
        a.lastArchivedWal = QStringLiteral("000000010000000000000012"); // 0x13 and 0x14 wait
        const ClusterSnapshot lagging = derived(s);
        const Alarm* alarm = find(lagging, AlarmKind::ArchiveLag);
        QVERIFY2(alarm, qPrintable(describe(lagging)));
        QCOMPARE(alarm->severity, Severity::Warning);
        QCOMPARE(alarm->title,
            QStringLiteral("2 WAL segment(s) on pg1 wait for archiving; the last one went 15 min ago"));
        a.lastArchivedAgeSeconds = 500.0;
        QVERIFY(!find(derived(s), AlarmKind::ArchiveLag));
        AlarmThresholds strict;
        strict.archiveLagSeconds = 300;
        QVERIFY(find(derived(s, strict), AlarmKind::ArchiveLag));
        // A history file last: the position is unknown, nothing is claimed.
        a.lastArchivedAgeSeconds = 900.0;
        a.lastArchivedWal = QStringLiteral("00000002.history");
        QVERIFY(!find(derived(s), AlarmKind::ArchiveLag));
    }

    void staleBackups()
    {
        // The newest good backup (the diff) stopped 2024-06-03 01:30:04: 6 h before the read.
        const BackupStatus b = read(output());
        QVERIFY(!find(derived(cluster(b, 19 * kHour)), AlarmKind::BackupStale)); // 25 h old
        const ClusterSnapshot warning = derived(cluster(b, 21 * kHour)); // 27 h
        const Alarm* alarm = find(warning, AlarmKind::BackupStale);
        QVERIFY2(alarm, qPrintable(describe(warning)));
        QCOMPARE(alarm->severity, Severity::Warning);
        QCOMPARE(alarm->node, QStringLiteral("backup"));
        QVERIFY2(alarm->title.startsWith(QStringLiteral("The newest backup is 1 d 3 h old (diff")),
            qPrintable(alarm->title));
        QCOMPARE(find(derived(cluster(b, 47 * kHour)), AlarmKind::BackupStale)->severity, Severity::Critical);
        // A weekly full only: 8 days allowed.
        AlarmThresholds weekly;
        weekly.backupMaxAgeSeconds = backupMaxAge(QStringLiteral("Sun 01:30"), {});
        QVERIFY(!find(derived(cluster(b, 5 * kDay), weekly), AlarmKind::BackupStale));
        // No backup yet (status code 2), a backup running: critical, and it says the backup runs.
        const BackupStatus none = read(output(
            info(QStringLiteral(R"({"code":2,"lock":{"backup":{"held":true}},"message":"no valid backups"})"),
                QStringLiteral("[]"))));
        const ClusterSnapshot empty = derived(cluster(none));
        alarm = find(empty, AlarmKind::BackupStale);
        QVERIFY(alarm);
        QCOMPARE(alarm->severity, Severity::Critical);
        QCOMPARE(alarm->title, QStringLiteral("No good backup in the repository"));
        QVERIFY(alarm->meaning.contains(QStringLiteral("A backup is running now.")));
        QVERIFY(!find(empty, AlarmKind::BackupRepositoryError));
    }

    void backupWithErrors()
    {
        // The newest backup has error=true: its own alarm, and the age is the full's (good) one.
        const BackupStatus b = read(output(info(kOk, backupsJson(QStringLiteral("true")))));
        const ClusterSnapshot s = derived(cluster(b));
        const Alarm* alarm = find(s, AlarmKind::BackupFailed);
        QVERIFY2(alarm, qPrintable(describe(s)));
        QCOMPARE(
            alarm->title, QStringLiteral("The newest backup 20240602-013002F_20240603-013001D found errors"));
        QVERIFY(alarm->action.contains(QStringLiteral("/var/log/pgbackrest/main-backup.log")));
        QVERIFY(find(s, AlarmKind::BackupStale)); // the full is 30 h old
    }

    void timers()
    {
        const ClusterSnapshot failed = derived(
            cluster(read(output(info(), {}, backupfixtures::timers(QStringLiteral("exit-code"), 50)))));
        const Alarm* alarm = find(failed, AlarmKind::BackupTimerFailed);
        QVERIFY2(alarm, qPrintable(describe(failed)));
        QCOMPARE(alarm->title,
            QStringLiteral("The last scheduled diff backup failed (exit-code, exit status 50)"));
        QVERIFY(alarm->meaning.startsWith(QStringLiteral("another backup or expire held the lock")));
        QVERIFY(
            alarm->action.contains(QStringLiteral("journalctl -u pgpilot-backup-diff.service on backup")));
        // No timers at all (phase 6 not applied to the end).
        const ClusterSnapshot none = derived(cluster(read(output(info(), {}, QStringLiteral("{}")))));
        QCOMPARE(find(none, AlarmKind::BackupTimerFailed)->title,
            QStringLiteral("No full backup is scheduled on backup"));
    }

    void statusUnreadable()
    {
        // Never read: the alarm, nothing else judged.
        BackupStatus never;
        never.configured = true;
        never.host = QStringLiteral("backup");
        never.stanza = QStringLiteral("main");
        never = mergeBackupRead(never, std::nullopt, QStringLiteral("connection refused"), {});
        const ClusterSnapshot first = derived(cluster(never));
        QCOMPARE(backupAlarms(first).size(), 1);
        QCOMPARE(backupAlarms(first).first()->kind, AlarmKind::BackupStatusUnread);
        QVERIFY(backupAlarms(first).first()->action.startsWith(QStringLiteral("connection refused.")));
        // Not polled yet: nothing.
        BackupStatus waiting = never;
        waiting.polled = false;
        waiting.error.clear();
        QVERIFY(derived(cluster(waiting)).alarms.isEmpty());
        // Read before, failing now: the old values are still judged (here 2 days old).
        const BackupStatus stale
            = mergeBackupRead(read(output()), std::nullopt, QStringLiteral("timed out"), {});
        const ClusterSnapshot later = derived(cluster(stale, 2 * kDay));
        QVERIFY(find(later, AlarmKind::BackupStatusUnread));
        QVERIFY(find(later, AlarmKind::BackupStale));
    }

    void repositoryUnusable()
    {
        const QByteArray missing = output(QStringLiteral(
            R"([{"archive":[],"backup":[],"cipher":"none","db":[],"name":"main","repo":[{"cipher":"none","key":1,"status":{"code":1,"message":"missing stanza path"}}],"status":{"code":1,"lock":{"backup":{"held":false}},"message":"missing stanza path"}}])"));
        const ClusterSnapshot s = derived(cluster(read(missing)));
        const Alarm* alarm = find(s, AlarmKind::BackupRepositoryError);
        QVERIFY2(alarm, qPrintable(describe(s)));
        QCOMPARE(alarm->severity, Severity::Critical);
        QVERIFY(alarm->title.endsWith(QStringLiteral("stanza main: missing stanza path (code 1)")));
        QVERIFY(alarm->action.contains(QStringLiteral("stanza-create")));
        QVERIFY(!find(s, AlarmKind::BackupStale)); // what the repository holds is not known
        // info null with its error.
        const ClusterSnapshot null = derived(cluster(read(output(QStringLiteral("null"),
            QStringLiteral(
                "pgbackrest info exited with 103: ERROR: [103]: unable to find a valid repository")))));
        alarm = find(null, AlarmKind::BackupRepositoryError);
        QVERIFY(alarm);
        QVERIFY(alarm->title.contains(QStringLiteral("[103]")));
        // Database mismatch (rebuilt cluster): stanza-upgrade.
        QByteArray mismatch = missing;
        mismatch.replace("\"code\":1,\"lock\"", "\"code\":5,\"lock\"");
        mismatch.replace("missing stanza path\"}}]", "database mismatch\"}}]");
        QVERIFY(find(derived(cluster(read(mismatch))), AlarmKind::BackupRepositoryError)
                    ->action.contains(QStringLiteral("stanza-upgrade")));
    }

    void repositorySpace()
    {
        auto space = [](qint64 free) {
            return read(output(info(), {}, backupfixtures::timers(),
                QStringLiteral(R"({"freeBytes":%1,"totalBytes":100000000000})").arg(free)));
        };
        QVERIFY(!find(derived(cluster(space(11000000000))), AlarmKind::BackupSpaceLow));
        const ClusterSnapshot eight = derived(cluster(space(8000000000)));
        const Alarm* low = find(eight, AlarmKind::BackupSpaceLow);
        QVERIFY(low);
        QCOMPARE(low->severity, Severity::Warning);
        QCOMPARE(low->title, QStringLiteral("The backup repository on backup has 7.5 GiB free (8.0 %)"));
        QCOMPARE(find(derived(cluster(space(3000000000))), AlarmKind::BackupSpaceLow)->severity,
            Severity::Critical);
    }

    void walArchiveGap()
    {
        const QString open = gap(QStringLiteral("13"), QStringLiteral("18"), 6, {},
            QStringLiteral(R"(["20240602-013002F","20240602-013002F_20240603-013001D"])"));
        const QString healed = gap(QStringLiteral("08"), QStringLiteral("0A"), 3,
            QStringLiteral("20240602-013002F_20240603-013001D"));
        // Only a healed gap (before the diff's start): shown, no alarm.
        const ClusterSnapshot fine
            = derived(cluster(read(outputWithWal(wal(QStringLiteral("[%1]").arg(healed))))));
        QVERIFY2(fine.alarms.isEmpty(), qPrintable(describe(fine)));
        QCOMPARE(
            walArchiveText(fine), QStringLiteral("complete since 2024-06-03 01:30 UTC (1 older gap(s))"));
        // A gap after the newest backup: critical, on the repository host, with what to do.
        const ClusterSnapshot s
            = derived(cluster(read(outputWithWal(wal(QStringLiteral("[%1,%2]").arg(healed, open))))));
        const Alarm* alarm = find(s, AlarmKind::ArchiveGap);
        QVERIFY2(alarm, qPrintable(describe(s)));
        QCOMPARE(alarm->severity, Severity::Critical);
        QCOMPARE(alarm->node, QStringLiteral("backup"));
        QCOMPARE(alarm->key(), QStringLiteral("archive-gap/backup"));
        QCOMPARE(alarm->title,
            QStringLiteral(
                "WAL archive has a gap on backup: 6 segment(s) missing from 000000010000000000000013"));
        QVERIFY2(alarm->meaning.startsWith(QStringLiteral(
                     "Point-in-time recovery cannot cross it: a restore from 20240602-013002F, "
                     "20240602-013002F_20240603-013001D stops at the end of 000000010000000000000012 "
                     "(archived 2024-06-02 03:46:40 UTC)")),
            qPrintable(alarm->meaning));
        QVERIFY(alarm->meaning.contains(QStringLiteral("archive-push-queue-max")));
        QVERIFY(!alarm->meaning.contains(QStringLiteral("A backup is running")));
        QVERIFY2(alarm->action.startsWith(
                     QStringLiteral("Take a full backup now: pgpilot backup cluster.json --type full --yes")),
            qPrintable(alarm->action));
        QVERIFY(
            alarm->action.contains(QStringLiteral("/var/log/pgbackrest/main-archive-push-async.log on pg1")));
        QVERIFY(alarm->action.contains(QStringLiteral("archive-push-queue-max")));
        QVERIFY(alarm->action.contains(QStringLiteral("backup.archiveQueueMax")));
        QCOMPARE(
            walArchiveText(s), QStringLiteral("gap: 6 segment(s) missing from 000000010000000000000013"));
        QVERIFY(backupStatusLine(s).contains(
            QStringLiteral("; WAL archive gap: 6 segment(s) missing from 000000010000000000000013")));
        // Two open gaps: the oldest named, the rest counted; a backup running says it heals.
        BackupStatus two = read(outputWithWal(
            wal(QStringLiteral("[%1,%2]").arg(open, gap(QStringLiteral("1C"), QStringLiteral("1D"), 2)))));
        two.backupRunning = true;
        const ClusterSnapshot twoGaps = derived(cluster(two));
        alarm = find(twoGaps, AlarmKind::ArchiveGap);
        QVERIFY(alarm);
        QVERIFY2(alarm->title.endsWith(QStringLiteral("(and 1 more gap(s), 8 segments in all)")),
            qPrintable(alarm->title));
        QVERIFY(alarm->meaning.contains(QStringLiteral("A backup is running now")));
        // A cluster with 64 MiB segments: the script's 16 MiB counting means nothing; no alarm.
        ClusterSnapshot other = cluster(read(outputWithWal(wal(QStringLiteral("[%1]").arg(open)))));
        for (auto& n : other.nodes)
            n.pg.archiver.walSegmentBytes = 64 * 1024 * 1024;
        other = derived(other);
        QVERIFY(!find(other, AlarmKind::ArchiveGap));
        QCOMPARE(walArchiveText(other),
            QStringLiteral(
                "not checked: the status script counts in segments of 16.0 MiB, pg1's are 64.0 MiB"));
        // Not checked (an older script; the archive not readable): no alarm, and why.
        const ClusterSnapshot old = derived(cluster(read(output())));
        QVERIFY(!find(old, AlarmKind::ArchiveGap));
        QVERIFY(walArchiveText(old).startsWith(QStringLiteral("not checked: the status script")));
        QCOMPARE(walArchiveText(old, false), QStringLiteral("not checked"));
        QVERIFY(!find(derived(cluster(read(outputWithWal(wal(QStringLiteral("[%1]").arg(open), false))))),
            AlarmKind::ArchiveGap));
        QCOMPARE(walArchiveText(derived(cluster(read(outputWithWal(wal()))))),
            QStringLiteral("complete (17 segment(s))"));
        QCOMPARE(walArchiveText(cluster(BackupStatus {})), QStringLiteral("\u2014"));
    }

    void archivedWalNeverStored()
    {
        // pg1 reports 000000010000000000000014 archived (cluster()); the repository's newest is 0x12.
        const ClusterSnapshot base = derived(cluster(read(output()))); // as the monitor's latest
        QCOMPARE(archiveClaim(base), QStringLiteral("000000010000000000000014"));
        ClusterSnapshot down = base;
        down.nodes[0].pg.reachable = false;
        QVERIFY(archiveClaim(derived(down)).isEmpty());
        BackupStatus b = base.backup;
        b.claimedWal.clear();
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC);
        const QString claim = archiveClaim(base);
        for (int i = 1; i <= kClaimBehindReads; ++i) {
            b = mergeBackupRead(b, b, {}, t0.addSecs(30 * i), claim);
            QVERIFY2(!find(derived(cluster(b, 30 * i)), AlarmKind::ArchiveNotStored),
                qPrintable(QString::number(i)));
        }
        b = mergeBackupRead(b, b, {}, t0.addSecs(30 * (kClaimBehindReads + 1)), claim);
        QCOMPARE(b.claimBehindReads, kClaimBehindReads);
        const ClusterSnapshot s = derived(cluster(b, 30 * (kClaimBehindReads + 1)));
        const Alarm* alarm = find(s, AlarmKind::ArchiveNotStored);
        QVERIFY2(alarm, qPrintable(describe(s)));
        QCOMPARE(alarm->severity, Severity::Critical);
        QCOMPARE(alarm->node, QStringLiteral("backup"));
        QCOMPARE(alarm->title,
            QStringLiteral("WAL archived by pg1 is not in the repository on backup: 000000010000000000000014 "
                           "is missing"));
        QVERIFY2(alarm->meaning.startsWith(
                     QStringLiteral("3 read(s) of the repository in a row since 2024-06-03 07:34:20 UTC")),
            qPrintable(alarm->meaning));
        QVERIFY(alarm->meaning.contains(
            QStringLiteral("Point-in-time recovery ends at 000000010000000000000012")));
        QVERIFY(alarm->action.contains(QStringLiteral("pgpilot backup cluster.json --type full --yes")));
        // The repository catches up: over at the next read.
        QByteArray caught = output();
        caught.replace("\"max\":\"000000010000000000000012\"", "\"max\":\"000000010000000000000015\"");
        BackupStatus later = mergeBackupRead(b, read(caught), {}, t0.addSecs(300), claim);
        QVERIFY(!find(derived(cluster(later, 300)), AlarmKind::ArchiveNotStored));
    }

    void alarmIdsRoundTrip()
    {
        for (const AlarmKind kind : allAlarmKinds())
            QCOMPARE(alarmKindFromId(toId(kind)), std::optional<AlarmKind>(kind));
        QVERIFY(allAlarmKinds().contains(AlarmKind::BackupSpaceLow));
        QCOMPARE(toId(AlarmKind::ArchiveFailing), QStringLiteral("archive-failing"));
        QCOMPARE(toId(AlarmKind::ArchiveGap), QStringLiteral("archive-gap"));
        QCOMPARE(toId(AlarmKind::ArchiveNotStored), QStringLiteral("archive-not-stored"));
    }

    void texts()
    {
        QCOMPARE(formatDuration(45), QStringLiteral("45 s"));
        QCOMPARE(formatDuration(12 * 60 + 5), QStringLiteral("12 min"));
        QCOMPARE(formatDuration(3 * kHour), QStringLiteral("3 h"));
        QCOMPARE(formatDuration(3 * kHour + 20 * 60), QStringLiteral("3 h 20 min"));
        QCOMPARE(formatDuration(2 * kDay + 4 * kHour + 59), QStringLiteral("2 d 4 h"));
        const ClusterSnapshot s = derived(cluster(read(output()), 60));
        const BackupStatus& b = s.backup;
        QCOMPARE(lastBackupText(b, s.time),
            QStringLiteral("diff \u00b7 6 h 4 min ago \u00b7 29.9 MiB (3.9 MiB in the repository)"));
        QCOMPARE(archiveText(s), QStringLiteral("000000010000000000000014 \u00b7 20 s ago"));
        QCOMPARE(archiveFailuresText(s), QStringLiteral("none"));
        QCOMPARE(nextBackupText(b, s.time), QStringLiteral("full in 5 d 17 h \u00b7 diff in 17 h 55 min"));
        QCOMPARE(lastRunText(b), QStringLiteral("full ok \u00b7 diff ok"));
        QCOMPARE(repositoryText(b), QStringLiteral("45.0 GiB free of 100.0 GiB (45 %)"));
        QVERIFY(runningBackupText(b).isEmpty());
        const QString line = backupStatusLine(s);
        QVERIFY2(line.startsWith(QStringLiteral("backup (backup): last diff")), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("next full in 5 d 17 h")));
        QVERIFY(backupStatusLine(cluster(BackupStatus {})).isEmpty());
        // Not read yet; failing now.
        BackupStatus waiting;
        waiting.configured = true;
        QCOMPARE(lastBackupText(waiting, s.time), QStringLiteral("not read yet"));
        ClusterSnapshot failing = s;
        ArchiverStatus& a = failing.nodes[0].pg.archiver;
        a.failedCount = 3;
        a.lastFailedWal = QStringLiteral("000000010000000000000015");
        a.lastFailedTime = QDateTime(QDate(2024, 6, 3), QTime(7, 34, 1), Qt::UTC);
        QCOMPARE(archiveFailuresText(failing),
            QStringLiteral("3, last 000000010000000000000015 at 2024-06-03 07:34:01 UTC (failing now)"));
    }

    void statusJson()
    {
        const ClusterSnapshot s = derived(cluster(read(output()), 60));
        const QJsonObject b = snapshotToJson(s).value(QStringLiteral("backup")).toObject();
        QCOMPARE(b.value(QStringLiteral("host")).toString(), QStringLiteral("backup"));
        QCOMPARE(b.value(QStringLiteral("stanza_status")).toInt(), 0);
        QCOMPARE(b.value(QStringLiteral("backups")).toInt(), 2);
        const QJsonObject last = b.value(QStringLiteral("last")).toObject();
        QCOMPARE(last.value(QStringLiteral("type")).toString(), QStringLiteral("diff"));
        QCOMPARE(last.value(QStringLiteral("age_seconds")).toInteger(), kNow + 60 - 1717378204);
        QCOMPARE(last.value(QStringLiteral("repository_bytes")).toInteger(), 4100000);
        QCOMPARE(b.value(QStringLiteral("archiver"))
                     .toObject()
                     .value(QStringLiteral("last_archived_wal"))
                     .toString(),
            QStringLiteral("000000010000000000000014"));
        QCOMPARE(b.value(QStringLiteral("full_timer"))
                     .toObject()
                     .value(QStringLiteral("next_in_seconds"))
                     .toInteger(),
            1717896600 - kNow - 60);
        QVERIFY(b.value(QStringLiteral("diff_timer")).isObject());
        QCOMPARE(b.value(QStringLiteral("repository_free_bytes")).toInteger(), 48318382080);
        QVERIFY(snapshotToJson(cluster(BackupStatus {})).value(QStringLiteral("backup")).isNull());
        QVERIFY(snapshotToText(s).contains(QStringLiteral("\nbackup (backup): last diff")));
        // The WAL archive: not checked by the fixture's older script; its gaps when checked.
        QVERIFY(!b.value(QStringLiteral("wal_archive")).toObject().value(QStringLiteral("checked")).toBool());
        const QString oneGap = QStringLiteral("[%1]").arg(gap(QStringLiteral("13"), QStringLiteral("18"), 6));
        const ClusterSnapshot gapped = derived(cluster(read(outputWithWal(wal(oneGap))), 60));
        const QJsonObject w = snapshotToJson(gapped)
                                  .value(QStringLiteral("backup"))
                                  .toObject()
                                  .value(QStringLiteral("wal_archive"))
                                  .toObject();
        QVERIFY(w.value(QStringLiteral("checked")).toBool());
        QCOMPARE(w.value(QStringLiteral("segment_bytes")).toInteger(), 16 * 1024 * 1024);
        QCOMPARE(w.value(QStringLiteral("gaps_total")).toInteger(), 1);
        const QJsonObject g = w.value(QStringLiteral("gaps")).toArray().first().toObject();
        QCOMPARE(g.value(QStringLiteral("first")).toString(), QStringLiteral("000000010000000000000013"));
        QCOMPARE(g.value(QStringLiteral("last")).toString(), QStringLiteral("000000010000000000000018"));
        QCOMPARE(g.value(QStringLiteral("count")).toInteger(), 6);
        QCOMPARE(g.value(QStringLiteral("before_time")).toString(), QStringLiteral("2024-06-02T03:46:40Z"));
        QCOMPARE(g.value(QStringLiteral("breaks")).toArray().first().toString(),
            QStringLiteral("20240602-013002F"));
        QVERIFY(g.value(QStringLiteral("healed_at")).isNull());
        QVERIFY(snapshotToText(gapped).contains(
            QStringLiteral("WAL archive gap: 6 segment(s) missing from 000000010000000000000013")));
    }
};

QTEST_GUILESS_MAIN(TestBackupDerive)
#include "tst_backupderive.moc"
