// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupderive.h"

#include "backuptext.h"
#include "snapshottext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace pgpilot {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("pgpilot::Alarms", text, nullptr, n);
}

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;

// The weekdays (0 = Monday) a weekday expression names: "Sun", "Mon..Sat", "Mon,Wed,Fri",
// "Saturday"; empty when it is not one.
QList<int> weekdays(const QString& expression)
{
    static const QStringList names {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
        QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    static const QStringList longNames {QStringLiteral("monday"), QStringLiteral("tuesday"),
        QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
        QStringLiteral("saturday"), QStringLiteral("sunday")};
    auto day = [](const QString& name) {
        const QString n = name.toLower();
        const int i = int(names.indexOf(n));
        return i >= 0 ? i : int(longNames.indexOf(n));
    };
    QList<int> days;
    for (const QString& part : expression.split(QLatin1Char(','))) {
        const QStringList range = part.split(QStringLiteral(".."));
        if (range.size() == 1 && day(part) >= 0) {
            days << day(part);
        } else if (range.size() == 2 && day(range.at(0)) >= 0 && day(range.at(1)) >= 0) {
            for (int d = day(range.at(0));; d = (d + 1) % 7) {
                days << d;
                if (d == day(range.at(1)))
                    break;
            }
        } else {
            return {};
        }
    }
    return days;
}

// When in a week (seconds from Monday 00:00) a schedule of the simple form fires; empty when it is
// not of that form.
QList<qint64> runsInAWeek(const QString& schedule)
{
    const QString s = schedule.trimmed().toLower();
    QList<int> days {0, 1, 2, 3, 4, 5, 6};
    qint64 time = 0;
    if (s == QLatin1String("daily"))
        ;
    else if (s == QLatin1String("weekly"))
        days = {0};
    else {
        const QStringList tokens = schedule.simplified().split(QLatin1Char(' '));
        static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
        int i = 0;
        if (i < tokens.size() && tokens.at(i).contains(QRegularExpression(QStringLiteral("[A-Za-z]")))) {
            days = weekdays(tokens.at(i++));
            if (days.isEmpty())
                return {};
        }
        if (i < tokens.size() && tokens.at(i) == QLatin1String("*-*-*"))
            ++i;
        if (i != tokens.size() - 1)
            return {};
        const QRegularExpressionMatch m = clock.match(tokens.at(i));
        if (!m.hasMatch() || m.captured(1).toInt() > 23 || m.captured(2).toInt() > 59
            || m.captured(3).toInt() > 59)
            return {};
        time = m.captured(1).toInt() * kHour + m.captured(2).toInt() * 60 + m.captured(3).toInt();
    }
    QList<qint64> runs;
    for (const int d : std::as_const(days))
        runs << d * kDay + time;
    return runs;
}

// The segment part of a WAL file name: the name itself, or that of a .partial or .backup file.
QString segmentHead(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-F]{24}(\\.[0-9A-F]{8}\\.backup|\\.partial)?$"));
    return re.match(name).hasMatch() ? name.left(24) : QString();
}

void add(ClusterSnapshot& s, AlarmKind kind, Severity severity, const QString& node, const QString& title,
    const QString& meaning, const QString& action)
{
    s.alarms.append({kind, severity, node, title, meaning, action});
}

// What a pgBackRest exit code in a failed backup service most likely means (its error codes).
QString exitMeaning(int code)
{
    switch (code) {
    case 49:
        return tr("pgBackRest could not reach a node over SSH (HostConnectError)");
    case 50:
        return tr("another backup or expire held the lock (LockAcquireError)");
    case 56:
        return tr("pgBackRest could not connect to PostgreSQL (DbConnectError)");
    case 64:
        return tr("a file could not be written, the repository is likely full (FileWriteError)");
    case 82:
        return tr("the WAL the backup needs was not archived in time (ArchiveTimeoutError)");
    case 103:
        return tr("no valid repository (RepoInvalidError)");
    default:
        return {};
    }
}

void archiveAlarms(ClusterSnapshot& s, const AlarmThresholds& t, const NodeSnapshot& primary)
{
    const ArchiverStatus& a = primary.pg.archiver;
    if (!primary.pg.reachable || !a.read)
        return;
    const BackupStatus& b = s.backup;
    const QString checkCommand
        = QStringLiteral("sudo -u postgres pgbackrest --stanza=%1 check").arg(b.stanza);
    if (a.archiveMode == QLatin1String("off")) {
        add(s, AlarmKind::ArchiveFailing, Severity::Critical, primary.name,
            tr("WAL archiving is off on %1").arg(primary.name),
            tr("No WAL reaches the backup repository: backups cannot be taken and no point-in-time "
               "recovery is possible."),
            tr("Apply phase 6: it sets archive_mode and archive_command on every node (changing "
               "archive_mode restarts PostgreSQL)."));
        return;
    }
    const bool grew = a.previousFailedCount && a.failedCount > *a.previousFailedCount;
    const bool failingNow = a.lastFailedTime.isValid()
        && (!a.lastArchivedTime.isValid() || a.lastFailedTime > a.lastArchivedTime);
    if (grew || failingNow) {
        const QString since = a.lastArchivedTime.isValid()
            ? tr("The last WAL archived was %1 at %2 UTC")
                  .arg(a.lastArchivedWal, a.lastArchivedTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            : tr("No WAL has been archived since the statistics were reset");
        add(s, AlarmKind::ArchiveFailing, Severity::Critical, primary.name,
            failingNow
                ? tr("WAL archiving fails on %1: %2 could not be archived").arg(primary.name, a.lastFailedWal)
                : tr("WAL archiving failed on %1 (%2), then went on").arg(primary.name, a.lastFailedWal),
            tr("%1 (%2 failure(s) in all). Point-in-time recovery ends there, and while it fails "
               "pg_wal on %3 grows until its disk is full and PostgreSQL stops.")
                .arg(since)
                .arg(a.failedCount)
                .arg(primary.name),
            tr("Check the repository host %1 (reachable over SSH from %2, free space) and pgBackRest's "
               "log on %2 (/var/log/pgbackrest/); test with: %3 on %2.")
                .arg(b.host, primary.name, checkCommand));
        return;
    }
    const auto waiting = walSegmentsWaiting(primary);
    if (a.lastArchivedAgeSeconds && *a.lastArchivedAgeSeconds > t.archiveLagSeconds && waiting
        && *waiting > 0) {
        add(s, AlarmKind::ArchiveLag, Severity::Warning, primary.name,
            tr("%n WAL segment(s) on %1 wait for archiving; the last one went %2 ago", int(*waiting))
                .arg(primary.name, formatDuration(qint64(*a.lastArchivedAgeSeconds))),
            tr("What was written since %1 is not in the backup repository yet: a restore now would "
               "lose it.")
                .arg(a.lastArchivedWal),
            tr("archive_command reports no failure: look for a slow or stuck archive-push on %1 "
               "(/var/log/pgbackrest/, ps -u postgres) and at the network to %2 (threshold %3).")
                .arg(primary.name, b.host, formatDuration(qint64(t.archiveLagSeconds))));
    }
}

void repositoryAlarms(ClusterSnapshot& s, const AlarmThresholds& t)
{
    const BackupStatus& b = s.backup;
    if (!b.polled)
        return;
    if (!b.error.isEmpty()) {
        add(s, AlarmKind::BackupStatusUnread, Severity::Warning, b.host,
            tr("The backup status cannot be read from %1").arg(b.host),
            b.readAt.isValid()
                ? tr("pgpilot does not know whether backups are taken now; what it shows is from %1 UTC.")
                      .arg(b.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                : tr("pgpilot does not know whether backups are taken."),
            tr("%1. Check that %2 answers SSH and that phase 6 installed pgpilot-backup-status there "
               "(pgpilot "
               "apply --phase 6).")
                .arg(b.error, b.host));
    }
    if (!b.readAt.isValid())
        return; // nothing read yet: nothing to judge
    const QDateTime now = s.time.isValid() ? s.time : b.receivedAt;
    if (!b.infoError.isEmpty() || (b.stanzaCode && *b.stanzaCode != 0 && *b.stanzaCode != 2)) {
        const QString what = !b.infoError.isEmpty()
            ? b.infoError
            : tr("stanza %1: %2 (code %3)").arg(b.stanza, b.stanzaMessage).arg(*b.stanzaCode);
        QString action;
        switch (b.stanzaCode.value_or(-1)) {
        case 1:
        case 3:
            action = tr("The stanza is not created: apply phase 6 (it runs pgbackrest stanza-create).");
            break;
        case 5:
            action = tr("The database is not the one the stanza was made for (rebuilt or upgraded): run "
                        "pgbackrest --stanza=%1 stanza-upgrade as pgbackrest on %2, or apply phase 6.")
                         .arg(b.stanza, b.host);
            break;
        default:
            action = tr("Run pgbackrest --stanza=%1 info as pgbackrest on %2 and read "
                        "/var/log/pgbackrest/ there.")
                         .arg(b.stanza, b.host);
            break;
        }
        add(s, AlarmKind::BackupRepositoryError, Severity::Critical, b.host,
            tr("The backup repository on %1 is not usable").arg(b.host) + QStringLiteral(": ") + what,
            tr("No backup can be taken or restored until it is repaired."), action);
        return; // the backup list is not known
    }
    const BackupSet* good = b.newestGood();
    const auto age = good ? b.secondsSince(good->stop, now) : std::nullopt;
    const QString running = b.backupRunning ? tr(" A backup is running now.") : QString();
    if (!good) {
        add(s, AlarmKind::BackupStale, Severity::Critical, b.host, tr("No good backup in the repository"),
            tr("The cluster cannot be restored from %1.").arg(b.host) + running,
            tr("Take a full backup: systemctl start pgpilot-backup-full.service on %1; if it fails, "
               "journalctl -u pgpilot-backup-full.service there says why.")
                .arg(b.host));
    } else if (age && *age > t.backupMaxAgeSeconds) {
        add(s, AlarmKind::BackupStale,
            *age > 2 * t.backupMaxAgeSeconds ? Severity::Critical : Severity::Warning, b.host,
            tr("The newest backup is %1 old (%2 %3)").arg(formatDuration(*age), good->type, good->label),
            tr("The schedule allows %1: a restore needs more WAL, and fails if any is missing.")
                    .arg(formatDuration(t.backupMaxAgeSeconds))
                + running,
            tr("Check the backup timers on %1 (systemctl list-timers 'pgpilot-backup-*') and "
               "journalctl -u pgpilot-backup-full.service; then take a backup.")
                .arg(b.host));
    }
    if (const BackupSet* newest = b.newest(); newest && newest->error) {
        add(s, AlarmKind::BackupFailed, Severity::Warning, b.host,
            tr("The newest backup %1 found errors").arg(newest->label),
            tr("pgBackRest found errors while copying the files (page checksum errors): the data files "
               "of the node it copied may be damaged."),
            tr("Read the backup's log on %1 (/var/log/pgbackrest/%2-backup.log) for the files named, "
               "check them on the node, then take a new full backup.")
                .arg(b.host, b.stanza));
    }
    for (const auto& [timer, kind] : {std::pair {&b.fullTimer, QStringLiteral("full")},
             std::pair {&b.diffTimer, QStringLiteral("diff")}}) {
        if (!timer->failed())
            continue;
        const QString meaning = exitMeaning(timer->exitStatus);
        add(s, AlarmKind::BackupTimerFailed, Severity::Warning, b.host,
            tr("The last scheduled %1 backup failed (%2, exit status %3)")
                .arg(kind, timer->result)
                .arg(timer->exitStatus),
            (meaning.isEmpty() ? QString() : meaning + QStringLiteral(". "))
                + tr("The backups are older than the schedule says."),
            tr("journalctl -u pgpilot-backup-%1.service on %2 says why; the next run is on the timer.")
                .arg(kind, b.host));
    }
    if (!b.fullTimer.present && b.timersError.isEmpty()) {
        add(s, AlarmKind::BackupTimerFailed, Severity::Warning, b.host,
            tr("No full backup is scheduled on %1").arg(b.host),
            tr("pgpilot-backup-full.timer does not exist: no backup is taken unless someone starts one."),
            tr("Apply phase 6 (it installs the backup timers)."));
    }
    if (b.repoFreeBytes && b.repoTotalBytes && *b.repoTotalBytes > 0) {
        const double ratio = double(*b.repoFreeBytes) / double(*b.repoTotalBytes);
        if (ratio < t.repoFreeRatio) {
            add(s, AlarmKind::BackupSpaceLow,
                ratio < t.repoFreeRatio / 2 ? Severity::Critical : Severity::Warning, b.host,
                tr("The backup repository on %1 has %2 free (%3 %)")
                    .arg(b.host, formatBytes(*b.repoFreeBytes))
                    .arg(ratio * 100.0, 0, 'f', 1),
                tr("When it is full, WAL archiving fails (pg_wal then grows on the primary) and backups "
                   "fail."),
                tr("Free space under %1's repository (fewer backups kept: the worksheet's retention, "
                   "then pgbackrest expire) or grow its file system.")
                    .arg(b.host));
        }
    }
}

QString utcText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// "20240602-013002F, 20240603-013001D and 2 more"
QString labels(const QStringList& list)
{
    constexpr int kShown = 3;
    if (list.size() <= kShown)
        return list.join(QStringLiteral(", "));
    return tr("%1 and %n more", int(list.size() - kShown))
        .arg(list.mid(0, kShown).join(QStringLiteral(", ")));
}

const QString kFullBackupCommand = QStringLiteral("pgpilot backup cluster.json --type full --yes");

// The WAL archive (the status script's gaps, pgpilot's record of what the primary claimed): WAL
// that point-in-time recovery needs and the repository does not hold.
void walArchiveAlarms(ClusterSnapshot& s)
{
    const BackupStatus& b = s.backup;
    if (!b.readAt.isValid() || !b.infoError.isEmpty())
        return;
    const NodeSnapshot* primary = archivingPrimary(s);
    const QString primaryName = primary ? primary->name : tr("the primary");
    const QString queueLog = QStringLiteral("/var/log/pgbackrest/%1-archive-push-async.log").arg(b.stanza);
    QList<const WalGap*> open;
    for (const WalGap& g : b.walGaps) {
        if (!g.healed())
            open << &g;
    }
    // The script counts in 16 MiB segments; on a cluster with others its gaps mean nothing.
    const qint64 clusterSegment
        = primary && primary->pg.archiver.read ? primary->pg.archiver.walSegmentBytes : 0;
    const bool sameSize = clusterSegment <= 0 || clusterSegment == b.walSegmentBytes;
    if (b.walChecked && sameSize && !open.isEmpty()) {
        const WalGap& g = *open.first();
        qint64 missing = 0;
        for (const WalGap* gap : std::as_const(open))
            missing += gap->count;
        QString title = tr("WAL archive has a gap on %1: %n segment(s) missing from %2", int(g.count))
                            .arg(b.host, g.first);
        if (open.size() > 1)
            title += tr(" (and %n more gap(s), %1 segments in all)", int(open.size() - 1)).arg(missing);
        const QString from = g.breaks.isEmpty() ? tr("the backups kept") : labels(g.breaks);
        QString meaning = g.before.isEmpty()
            ? tr("Point-in-time recovery cannot cross it: a restore from %1 cannot replay past %2.")
                  .arg(from, g.first)
            : tr("Point-in-time recovery cannot cross it: a restore from %1 stops at the end of %2%3; "
                 "nothing written after that can be recovered until a new backup is taken.")
                  .arg(from, g.before,
                      g.beforeTime.isValid() ? tr(" (archived %1 UTC)").arg(utcText(g.beforeTime))
                                             : QString());
        meaning += QLatin1Char(' ')
            + tr("pgBackRest drops WAL when the primary's archive queue passes archive-push-queue-max "
                 "(the repository was unreachable or too slow) so that pg_wal cannot fill the primary's "
                 "disk: the cluster itself is safe.");
        if (b.backupRunning)
            meaning += QLatin1Char(' ') + tr("A backup is running now: it heals the gap when it ends.");
        add(s, AlarmKind::ArchiveGap, Severity::Critical, b.host, title, meaning,
            tr("Take a full backup now: %1 (or Cluster \u2192 Back up now, full); recovery works again "
               "from its end on. Then find why WAL was dropped: \"dropped WAL file\" in %2 on %3, "
               "whether %4 answers from the nodes, and archive-push-queue-max in "
               "/etc/pgbackrest/pgbackrest.conf on the nodes (the worksheet's backup.archiveQueueMax).")
                .arg(kFullBackupCommand, queueLog, primaryName, b.host));
    }
    if (b.claimBehindReads >= kClaimBehindReads) {
        const QString since
            = b.claimBehindSince.isValid() ? tr(" since %1 UTC").arg(utcText(b.claimBehindSince)) : QString();
        add(s, AlarmKind::ArchiveNotStored, Severity::Critical, b.host,
            tr("WAL archived by %1 is not in the repository on %2: %3 is missing")
                .arg(primaryName, b.host, b.claimBehindWal),
            tr("%n read(s) of the repository in a row%1 lacked WAL the primary had reported archived "
               "before they started (the newest there: %2). Either pgBackRest dropped it because the "
               "archive queue passed archive-push-queue-max, or archive_command reports success "
               "without storing it. Point-in-time recovery ends at %2.",
                b.claimBehindReads)
                .arg(since, b.archiveMax.isEmpty() ? tr("none") : b.archiveMax),
            tr("Look for \"dropped WAL file\" in %1 on %2 and check archive_command there (SHOW "
               "archive_command). When WAL was dropped, take a full backup now: %3.")
                .arg(queueLog, primaryName, kFullBackupCommand));
    }
}

} // namespace

qint64 backupMaxAge(const QString& fullSchedule, const QString& diffSchedule)
{
    QList<qint64> runs;
    bool understood = !fullSchedule.trimmed().isEmpty() || !diffSchedule.trimmed().isEmpty();
    for (const QString& schedule : {fullSchedule, diffSchedule}) {
        if (schedule.trimmed().isEmpty())
            continue;
        const QList<qint64> r = runsInAWeek(schedule);
        understood = understood && !r.isEmpty();
        runs += r;
    }
    if (!understood)
        return diffSchedule.trimmed().isEmpty() ? 8 * kDay : 26 * kHour;
    std::sort(runs.begin(), runs.end());
    qint64 gap = runs.first() + kWeek - runs.last(); // from the last run of a week to the first of the next
    for (int i = 1; i < runs.size(); ++i)
        gap = qMax(gap, runs.at(i) - runs.at(i - 1));
    return gap + (gap <= kDay ? 2 * kHour : kDay);
}

std::optional<qint64> walSegmentNumber(const QString& walFileName, qint64 segmentBytes)
{
    const QString head = segmentHead(walFileName);
    if (head.isEmpty() || segmentBytes <= 0 || (segmentBytes & (segmentBytes - 1)) != 0
        || segmentBytes > (qint64(1) << 30))
        return std::nullopt;
    const qint64 perLogId = (qint64(1) << 32) / segmentBytes;
    const qint64 logId = head.mid(8, 8).toLongLong(nullptr, 16);
    const qint64 segment = head.mid(16, 8).toLongLong(nullptr, 16);
    if (segment >= perLogId)
        return std::nullopt;
    return logId * perLogId + segment;
}

QString archiveClaim(const ClusterSnapshot& s)
{
    const NodeSnapshot* primary = archivingPrimary(s);
    if (!primary || !primary->pg.reachable || !primary->pg.archiver.read)
        return {};
    return primary->pg.archiver.lastArchivedWal;
}

std::optional<qint64> walSegmentsWaiting(const NodeSnapshot& primary)
{
    const ArchiverStatus& a = primary.pg.archiver;
    if (primary.state != NodeState::Primary || !primary.pg.currentLsn || !a.read || a.walSegmentBytes <= 0)
        return std::nullopt;
    const auto archived = walSegmentNumber(a.lastArchivedWal, a.walSegmentBytes);
    if (!archived)
        return std::nullopt;
    const qint64 writing = qint64(*primary.pg.currentLsn / quint64(a.walSegmentBytes));
    return qMax<qint64>(0, writing - *archived - 1);
}

void deriveBackupAlarms(ClusterSnapshot& s, const AlarmThresholds& t)
{
    if (!s.backup.configured)
        return;
    const QStringList primaries = s.primaries();
    if (primaries.size() == 1)
        archiveAlarms(s, t, *s.node(primaries.first()));
    repositoryAlarms(s, t);
    walArchiveAlarms(s);
}

} // namespace pgpilot
