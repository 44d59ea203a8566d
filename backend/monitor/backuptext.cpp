// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuptext.h"

#include "snapshottext.h"

#include <QCoreApplication>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::BackupText", text);
}

QString trn(const char* text, qint64 n)
{
    return QCoreApplication::translate("pgpilot::BackupText", text, nullptr, int(n));
}

const QString kNone = QStringLiteral("\u2014");
const QString kDot = QStringLiteral(" \u00b7 ");

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

// A timer's next run: "in 14 h", "due now" (the time passed; the timer fires late or the read is
// old).
QString nextRun(const BackupStatus& b, const BackupTimer& timer, const QDateTime& now)
{
    const auto since = b.secondsSince(timer.next, now);
    if (!since)
        return tr("not scheduled");
    if (*since >= 0)
        return tr("due now");
    return tr("in %1").arg(formatDuration(-*since));
}

QString lastRun(const BackupTimer& timer)
{
    if (!timer.lastTrigger.isValid())
        return tr("never ran");
    if (timer.active)
        return tr("running");
    if (timer.failed())
        return tr("failed (%1 %2)").arg(timer.result).arg(timer.exitStatus);
    return tr("ok");
}

} // namespace

QString formatDuration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 24 * 3600) {
        const qint64 minutes = (seconds % 3600) / 60;
        return minutes ? tr("%1 h %2 min").arg(seconds / 3600).arg(minutes) : tr("%1 h").arg(seconds / 3600);
    }
    const qint64 hours = (seconds % (24 * 3600)) / 3600;
    return hours ? tr("%1 d %2 h").arg(seconds / (24 * 3600)).arg(hours)
                 : tr("%1 d").arg(seconds / (24 * 3600));
}

const NodeSnapshot* archivingPrimary(const ClusterSnapshot& s)
{
    const QStringList primaries = s.primaries();
    return primaries.size() == 1 ? s.node(primaries.first()) : nullptr;
}

QString lastBackupText(const BackupStatus& b, const QDateTime& now)
{
    if (!b.readAt.isValid())
        return b.error.isEmpty() ? tr("not read yet") : tr("not read");
    if (!b.infoError.isEmpty() || (b.stanzaCode && *b.stanzaCode != 0 && *b.stanzaCode != 2))
        return tr("unknown: the repository is not usable");
    const BackupSet* newest = b.newest();
    if (!newest)
        return tr("none yet");
    QString text = newest->type;
    if (const auto age = b.secondsSince(newest->stop, now))
        text += kDot + tr("%1 ago").arg(formatDuration(*age));
    if (newest->size) {
        text += kDot + formatBytes(*newest->size);
        if (newest->repositorySize)
            text += QLatin1Char(' ') + tr("(%1 in the repository)").arg(formatBytes(*newest->repositorySize));
    }
    if (newest->error)
        text += kDot + tr("with errors");
    return text;
}

QString runningBackupText(const BackupStatus& b)
{
    if (!b.backupRunning)
        return {};
    if (b.runningBytes && b.runningDoneBytes && *b.runningBytes > 0)
        return tr("running: %1 of %2").arg(formatBytes(*b.runningDoneBytes), formatBytes(*b.runningBytes));
    return tr("running");
}

QString archiveText(const ClusterSnapshot& s)
{
    const NodeSnapshot* primary = archivingPrimary(s);
    if (!primary || !primary->pg.archiver.read)
        return kNone;
    const ArchiverStatus& a = primary->pg.archiver;
    if (a.archiveMode == QLatin1String("off"))
        return tr("archive_mode is off on %1").arg(primary->name);
    if (a.lastArchivedWal.isEmpty())
        return tr("nothing archived yet");
    QString text = a.lastArchivedWal;
    if (a.lastArchivedAgeSeconds)
        text += kDot + tr("%1 ago").arg(formatDuration(qint64(*a.lastArchivedAgeSeconds)));
    return text;
}

QString archiveFailuresText(const ClusterSnapshot& s)
{
    const NodeSnapshot* primary = archivingPrimary(s);
    if (!primary || !primary->pg.archiver.read)
        return kNone;
    const ArchiverStatus& a = primary->pg.archiver;
    if (a.failedCount == 0)
        return tr("none");
    QString text = QString::number(a.failedCount);
    if (!a.lastFailedWal.isEmpty() && a.lastFailedTime.isValid())
        text += QStringLiteral(", ") + tr("last %1 at %2").arg(a.lastFailedWal, utc(a.lastFailedTime));
    if (a.lastFailedTime.isValid()
        && (!a.lastArchivedTime.isValid() || a.lastFailedTime > a.lastArchivedTime))
        text += QLatin1Char(' ') + tr("(failing now)");
    return text;
}

QString nextBackupText(const BackupStatus& b, const QDateTime& now)
{
    if (!b.readAt.isValid())
        return kNone;
    QStringList parts;
    if (b.fullTimer.present)
        parts << tr("full %1").arg(nextRun(b, b.fullTimer, now));
    if (b.diffTimer.present)
        parts << tr("diff %1").arg(nextRun(b, b.diffTimer, now));
    if (parts.isEmpty())
        return b.timersError.isEmpty() ? tr("not scheduled") : tr("unknown: %1").arg(b.timersError);
    return parts.join(kDot);
}

QString lastRunText(const BackupStatus& b)
{
    if (!b.readAt.isValid())
        return kNone;
    QStringList parts;
    if (b.fullTimer.present)
        parts << tr("full %1").arg(lastRun(b.fullTimer));
    if (b.diffTimer.present)
        parts << tr("diff %1").arg(lastRun(b.diffTimer));
    return parts.isEmpty() ? kNone : parts.join(kDot);
}

QString repositoryText(const BackupStatus& b)
{
    if (!b.repoFreeBytes || !b.repoTotalBytes || *b.repoTotalBytes <= 0)
        return b.repoError.isEmpty() ? kNone : b.repoError;
    return tr("%1 free of %2 (%3 %)")
        .arg(formatBytes(*b.repoFreeBytes), formatBytes(*b.repoTotalBytes))
        .arg(qRound(100.0 * double(*b.repoFreeBytes) / double(*b.repoTotalBytes)));
}

QString backupStatusLine(const ClusterSnapshot& s)
{
    const BackupStatus& b = s.backup;
    if (!b.configured)
        return {};
    QString text = tr("backup (%1): last %2").arg(b.host, lastBackupText(b, s.time));
    if (const QString running = runningBackupText(b); !running.isEmpty())
        text += QStringLiteral("; ") + running;
    text += QStringLiteral("; ") + tr("archive %1, failures %2").arg(archiveText(s), archiveFailuresText(s));
    text += QStringLiteral("; ") + tr("next %1").arg(nextBackupText(b, s.time));
    text += QStringLiteral("; ") + tr("repository %1").arg(repositoryText(b));
    text += QStringLiteral("; ") + tr("WAL archive %1").arg(walArchiveText(s));
    if (!b.error.isEmpty())
        text += QStringLiteral("; ") + tr("not read: %1").arg(b.error);
    return text;
}

bool isBackupAlarm(AlarmKind kind)
{
    switch (kind) {
    case AlarmKind::ArchiveFailing:
    case AlarmKind::ArchiveLag:
    case AlarmKind::BackupStale:
    case AlarmKind::BackupFailed:
    case AlarmKind::BackupTimerFailed:
    case AlarmKind::BackupStatusUnread:
    case AlarmKind::BackupRepositoryError:
    case AlarmKind::BackupSpaceLow:
    case AlarmKind::ArchiveGap:
    case AlarmKind::ArchiveNotStored:
        return true;
    default:
        return false;
    }
}

QString lastBackupShortText(const BackupStatus& b, const QDateTime& now)
{
    const BackupSet* newest = b.newest();
    if (!b.readAt.isValid() || !newest || !b.infoError.isEmpty()
        || (b.stanzaCode && *b.stanzaCode != 0 && *b.stanzaCode != 2))
        return lastBackupText(b, now); // what it says without a backup to name
    QString text = newest->type;
    if (const auto age = b.secondsSince(newest->stop, now))
        text += kDot + tr("%1 ago").arg(formatDuration(*age));
    if (newest->size)
        text += kDot + formatBytes(*newest->size);
    if (newest->error)
        text += kDot + tr("with errors");
    return text;
}

QString archivingStateText(const ClusterSnapshot& s)
{
    const NodeSnapshot* primary = archivingPrimary(s);
    if (!primary || !primary->pg.archiver.read)
        return kNone;
    const ArchiverStatus& a = primary->pg.archiver;
    if (a.archiveMode == QLatin1String("off"))
        return tr("off on %1").arg(primary->name);
    const bool failingNow = a.lastFailedTime.isValid()
        && (!a.lastArchivedTime.isValid() || a.lastFailedTime > a.lastArchivedTime);
    const QString age
        = a.lastArchivedAgeSeconds ? formatDuration(qint64(*a.lastArchivedAgeSeconds)) : QString();
    if (failingNow && a.lastArchivedWal.isEmpty())
        return tr("failing: nothing archived yet");
    if (failingNow)
        return age.isEmpty() ? tr("failing") : tr("failing: nothing archived for %1").arg(age);
    if (a.lastArchivedWal.isEmpty())
        return tr("nothing archived yet");
    bool lagging = false;
    for (const Alarm& alarm : s.alarms)
        lagging = lagging || (alarm.kind == AlarmKind::ArchiveLag && alarm.node == primary->name);
    if (age.isEmpty())
        return lagging ? tr("lagging") : tr("ok");
    return lagging ? tr("lagging: last WAL %1 ago").arg(age)
                   : tr("ok") + kDot + tr("last WAL %1 ago").arg(age);
}

QString nextBackupShortText(const BackupStatus& b, const QDateTime& now)
{
    if (!b.readAt.isValid())
        return kNone;
    const BackupTimer* soonest = nullptr;
    for (const BackupTimer* timer : {&b.fullTimer, &b.diffTimer}) {
        if (timer->present && timer->next.isValid() && (!soonest || timer->next < soonest->next))
            soonest = timer;
    }
    if (!soonest)
        return nextBackupText(b, now); // "not scheduled", or why it is not known
    return (soonest == &b.fullTimer ? tr("full %1") : tr("diff %1")).arg(nextRun(b, *soonest, now));
}

QString walArchiveText(const ClusterSnapshot& s, bool withReason)
{
    const BackupStatus& b = s.backup;
    if (!b.readAt.isValid())
        return kNone;
    if (!b.walChecked)
        return withReason && !b.walError.isEmpty() ? tr("not checked: %1").arg(b.walError)
                                                   : tr("not checked");
    const NodeSnapshot* primary = archivingPrimary(s);
    const qint64 segment = primary && primary->pg.archiver.read ? primary->pg.archiver.walSegmentBytes : 0;
    if (segment > 0 && segment != b.walSegmentBytes) {
        return withReason ? tr("not checked: the status script counts in segments of %1, %2's are %3")
                                .arg(formatBytes(b.walSegmentBytes), primary->name, formatBytes(segment))
                          : tr("not checked");
    }
    QList<const WalGap*> open;
    QList<const WalGap*> healed;
    for (const WalGap& g : b.walGaps)
        (g.healed() ? healed : open) << &g;
    if (!open.isEmpty()) {
        const WalGap& g = *open.first();
        QString text = trn("gap: %n segment(s) missing from %1", g.count).arg(g.first);
        if (open.size() > 1)
            text += QStringLiteral("; ") + trn("%n more gap(s)", open.size() - 1);
        return text;
    }
    if (!healed.isEmpty()) {
        // From the end of the backup that healed the newest gap on, recovery works.
        const WalGap& g = *healed.last();
        const QString since = g.healedAt.isValid()
            ? g.healedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
            : g.healedBy;
        return trn("complete since %1 (%n older gap(s))", healed.size()).arg(since);
    }
    return trn("complete (%n segment(s))", b.walFiles);
}

} // namespace pgpilot
