// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyframebackup.h"

#include <QJsonArray>

namespace pgpilot::framebackup {

using frameio::put;
using frameio::putTime;
using frameio::sameTime;

namespace {

// The backups a frame keeps: the newest, and the newest good one when the newest has errors
// (oldest first, as pgBackRest lists them). What is shown and alarmed on; the rest of the list
// stays in the repository.
QList<const BackupSet*> framedSets(const BackupStatus& b)
{
    QList<const BackupSet*> sets;
    const BackupSet* newest = b.newest();
    const BackupSet* good = b.newestGood();
    if (good && good != newest)
        sets << good;
    if (newest)
        sets << newest;
    return sets;
}

QJsonObject setToJson(const BackupSet& set)
{
    QJsonObject o;
    put(o, QStringLiteral("label"), set.label);
    put(o, QStringLiteral("type"), set.type);
    putTime(o, QStringLiteral("stop"), set.stop);
    put(o, QStringLiteral("size"), set.size);
    put(o, QStringLiteral("repoSize"), set.repositorySize);
    put(o, QStringLiteral("error"), set.error);
    return o;
}

bool sameSet(const BackupSet& a, const BackupSet& b)
{
    return a.label == b.label && a.type == b.type && sameTime(a.stop, b.stop) && a.size == b.size
        && a.repositorySize == b.repositorySize && a.error == b.error;
}

// A timer that exists: an object, empty or not.
QJsonObject timerToJson(const BackupTimer& t)
{
    QJsonObject o;
    putTime(o, QStringLiteral("next"), t.next);
    putTime(o, QStringLiteral("last"), t.lastTrigger);
    put(o, QStringLiteral("result"), t.result);
    if (t.exitStatus != 0)
        o.insert(QStringLiteral("exit"), t.exitStatus);
    put(o, QStringLiteral("active"), t.active);
    return o;
}

QJsonObject gapToJson(const WalGap& g)
{
    QJsonObject o;
    o.insert(QStringLiteral("tl"), g.timeline);
    put(o, QStringLiteral("first"), g.first);
    put(o, QStringLiteral("last"), g.last);
    o.insert(QStringLiteral("count"), double(g.count));
    put(o, QStringLiteral("before"), g.before);
    putTime(o, QStringLiteral("beforeTime"), g.beforeTime);
    put(o, QStringLiteral("after"), g.after);
    putTime(o, QStringLiteral("afterTime"), g.afterTime);
    if (!g.breaks.isEmpty())
        o.insert(QStringLiteral("breaks"), QJsonArray::fromStringList(g.breaks));
    put(o, QStringLiteral("healedBy"), g.healedBy);
    putTime(o, QStringLiteral("healedAt"), g.healedAt);
    return o;
}

bool sameGaps(const QList<WalGap>& a, const QList<WalGap>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const WalGap& x = a.at(i);
        const WalGap& y = b.at(i);
        if (x.timeline != y.timeline || x.first != y.first || x.last != y.last || x.count != y.count
            || x.before != y.before || !sameTime(x.beforeTime, y.beforeTime) || x.after != y.after
            || !sameTime(x.afterTime, y.afterTime) || x.breaks != y.breaks || x.healedBy != y.healedBy
            || !sameTime(x.healedAt, y.healedAt))
            return false;
    }
    return true;
}

bool sameTimer(const BackupTimer& a, const BackupTimer& b)
{
    if (a.present != b.present)
        return false;
    return !a.present
        || (sameTime(a.next, b.next) && sameTime(a.lastTrigger, b.lastTrigger) && a.result == b.result
            && a.exitStatus == b.exitStatus && a.active == b.active);
}

std::optional<qint64> shownBytes(const std::optional<qint64>& bytes)
{
    return bytes ? std::optional<qint64>(quantiseShownBytes(*bytes)) : std::nullopt;
}

// The repository host's clock minus this workstation's at the last read.
qint64 readSkew(const BackupStatus& b)
{
    if (!b.readAt.isValid() || !b.receivedAt.isValid())
        return 0;
    return quantiseSkew(double(b.receivedAt.msecsTo(b.readAt)) / 1000.0);
}

// The primary's clock minus the snapshot's time when it was polled: its now() was
// lastArchivedTime + lastArchivedAgeSeconds.
qint64 serverSkew(const ArchiverStatus& a, const QDateTime& time)
{
    if (!a.lastArchivedTime.isValid() || !a.lastArchivedAgeSeconds || !time.isValid())
        return 0;
    return quantiseSkew(*a.lastArchivedAgeSeconds - double(a.lastArchivedTime.msecsTo(time)) / 1000.0);
}

std::optional<double> ageAt(const QDateTime& lastArchived, const QDateTime& time, qint64 skew)
{
    if (!lastArchived.isValid() || !time.isValid())
        return std::nullopt;
    return double(lastArchived.msecsTo(time)) / 1000.0 + double(skew);
}

} // namespace

qsizetype archiverNode(const ClusterSnapshot& s)
{
    if (!s.backup.configured)
        return -1;
    qsizetype found = -1;
    for (qsizetype i = 0; i < s.nodes.size(); ++i) {
        if (s.nodes.at(i).state != NodeState::Primary)
            continue;
        if (found >= 0)
            return -1; // two primaries: no archiver speaks for the cluster
        found = i;
    }
    return found >= 0 && s.nodes.at(found).pg.archiver.read ? found : -1;
}

qint64 quantiseSkew(double seconds)
{
    if (!std::isfinite(seconds) || std::abs(seconds) > 1.0e9)
        return 0;
    return qint64(std::round(seconds / 10.0)) * 10;
}

qint64 quantiseShownBytes(qint64 bytes)
{
    double unit = 1.0;
    for (const double u : {1024.0 * 1024 * 1024, 1024.0 * 1024, 1024.0}) {
        if (double(bytes) >= u) {
            unit = u;
            break;
        }
    }
    if (unit == 1.0)
        return bytes;
    const double step = unit / 10.0;
    const qint64 rounded = qint64(std::llround(std::round(double(bytes) / step) * step));
    // 1023.96 MiB shows as "1024.0 MiB"; rounded up to 1 GiB it would show "1.0 GiB".
    return unit < 1024.0 * 1024 * 1024 && double(rounded) >= unit * 1024.0 ? bytes : rounded;
}

QJsonObject backupToJson(const BackupStatus& b)
{
    QJsonObject o;
    put(o, QStringLiteral("host"), b.host);
    put(o, QStringLiteral("stanza"), b.stanza);
    put(o, QStringLiteral("polled"), b.polled);
    put(o, QStringLiteral("error"), b.error);
    put(o, QStringLiteral("read"), b.readAt.isValid());
    if (const qint64 skew = readSkew(b))
        o.insert(QStringLiteral("skew"), double(skew));
    put(o, QStringLiteral("pgbackrest"), b.pgbackrestVersion);
    put(o, QStringLiteral("infoError"), b.infoError);
    put(o, QStringLiteral("stanzaCode"), b.stanzaCode);
    put(o, QStringLiteral("running"), b.backupRunning);
    put(o, QStringLiteral("runningBytes"), shownBytes(b.runningBytes));
    put(o, QStringLiteral("runningDone"), shownBytes(b.runningDoneBytes));
    QJsonArray sets;
    for (const BackupSet* set : framedSets(b))
        sets.append(setToJson(*set));
    put(o, QStringLiteral("backups"), sets);
    if (b.fullTimer.present)
        o.insert(QStringLiteral("full"), timerToJson(b.fullTimer));
    if (b.diffTimer.present)
        o.insert(QStringLiteral("diff"), timerToJson(b.diffTimer));
    put(o, QStringLiteral("timersError"), b.timersError);
    put(o, QStringLiteral("repoFree"), shownBytes(b.repoFreeBytes));
    put(o, QStringLiteral("repoTotal"), b.repoTotalBytes);
    put(o, QStringLiteral("repoError"), b.repoError);
    // The WAL archive's check: gaps change rarely and make a frame; the segment count rides along
    // (written with a frame made for another reason, never a reason for one).
    put(o, QStringLiteral("walChecked"), b.walChecked);
    put(o, QStringLiteral("walError"), b.walError);
    if (b.walSegmentBytes)
        o.insert(QStringLiteral("walSegment"), double(b.walSegmentBytes));
    if (b.walFiles)
        o.insert(QStringLiteral("walFiles"), double(b.walFiles));
    QJsonArray gaps;
    for (const WalGap& g : b.walGaps)
        gaps.append(gapToJson(g));
    put(o, QStringLiteral("walGaps"), gaps);
    if (b.walGapsTotal)
        o.insert(QStringLiteral("walGapsTotal"), double(b.walGapsTotal));
    return o;
}

bool sameBackup(const BackupStatus& a, const BackupStatus& b)
{
    if (a.configured != b.configured)
        return false;
    if (!a.configured)
        return true; // nothing of it in the frame
    if (a.host != b.host || a.stanza != b.stanza || a.polled != b.polled || a.error != b.error
        || a.readAt.isValid() != b.readAt.isValid() || readSkew(a) != readSkew(b)
        || a.pgbackrestVersion != b.pgbackrestVersion || a.infoError != b.infoError
        || a.stanzaCode != b.stanzaCode || a.backupRunning != b.backupRunning
        || shownBytes(a.runningBytes) != shownBytes(b.runningBytes)
        || shownBytes(a.runningDoneBytes) != shownBytes(b.runningDoneBytes)
        || !sameTimer(a.fullTimer, b.fullTimer) || !sameTimer(a.diffTimer, b.diffTimer)
        || a.timersError != b.timersError || shownBytes(a.repoFreeBytes) != shownBytes(b.repoFreeBytes)
        || a.repoTotalBytes != b.repoTotalBytes || a.repoError != b.repoError || a.walChecked != b.walChecked
        || a.walError != b.walError || a.walSegmentBytes != b.walSegmentBytes
        || a.walGapsTotal != b.walGapsTotal || !sameGaps(a.walGaps, b.walGaps))
        return false;
    const QList<const BackupSet*> x = framedSets(a);
    const QList<const BackupSet*> y = framedSets(b);
    if (x.size() != y.size())
        return false;
    for (qsizetype i = 0; i < x.size(); ++i) {
        if (!sameSet(*x.at(i), *y.at(i)))
            return false;
    }
    return true;
}

BackupStatus readBackup(frameio::FrameReader& r, const QJsonObject& o, const QDateTime& time)
{
    const QString where = QStringLiteral("frame.backup");
    BackupStatus b;
    b.configured = true;
    b.host = r.string(o, "host", where);
    b.stanza = r.string(o, "stanza", where);
    b.polled = r.flag(o, "polled", where);
    b.error = r.string(o, "error", where);
    const qint64 skew = r.integer(o, "skew", where, -1.0e9, 1.0e9).value_or(0);
    if (r.flag(o, "read", where) && time.isValid()) {
        // What the ages need (BackupStatus::secondsSince): the two clocks' difference at the read.
        b.receivedAt = time;
        b.readAt = time.addSecs(skew);
    }
    b.pgbackrestVersion = r.string(o, "pgbackrest", where);
    b.infoError = r.string(o, "infoError", where);
    if (const auto code = r.integer(o, "stanzaCode", where, 0, 1000))
        b.stanzaCode = int(*code);
    b.backupRunning = r.flag(o, "running", where);
    b.runningBytes = r.integer(o, "runningBytes", where);
    b.runningDoneBytes = r.integer(o, "runningDone", where);
    const QString setWhere = where + QStringLiteral(".backups");
    const QList<QJsonObject> sets = r.objects(o, "backups", where);
    if (sets.size() > 2)
        r.fail(setWhere, QStringLiteral("more than the newest and the newest good backup"));
    for (const QJsonObject& s : sets) {
        BackupSet set;
        set.label = r.string(s, "label", setWhere);
        set.type = r.string(s, "type", setWhere);
        set.stop = r.time(s, "stop", setWhere);
        set.size = r.integer(s, "size", setWhere);
        set.repositorySize = r.integer(s, "repoSize", setWhere);
        set.error = r.flag(s, "error", setWhere);
        b.backups.append(set);
    }
    for (const auto& [key, timer] : {std::pair {"full", &b.fullTimer}, std::pair {"diff", &b.diffTimer}}) {
        if (!o.contains(QLatin1String(key)))
            continue;
        const QString timerWhere = where + QLatin1Char('.') + QLatin1String(key);
        const QJsonObject t = r.object(o, key, where);
        timer->present = true;
        timer->next = r.time(t, "next", timerWhere);
        timer->lastTrigger = r.time(t, "last", timerWhere);
        timer->result = r.string(t, "result", timerWhere);
        timer->exitStatus = int(r.integer(t, "exit", timerWhere, -1000, 1000).value_or(0));
        timer->active = r.flag(t, "active", timerWhere);
    }
    b.timersError = r.string(o, "timersError", where);
    b.repoFreeBytes = r.integer(o, "repoFree", where);
    b.repoTotalBytes = r.integer(o, "repoTotal", where);
    b.repoError = r.string(o, "repoError", where);
    b.walChecked = r.flag(o, "walChecked", where);
    b.walError = r.string(o, "walError", where);
    b.walSegmentBytes = r.integer(o, "walSegment", where).value_or(0);
    b.walFiles = r.integer(o, "walFiles", where).value_or(0);
    const QString gapWhere = where + QStringLiteral(".walGaps");
    const QList<QJsonObject> gaps = r.objects(o, "walGaps", where);
    if (gaps.size() > 50)
        r.fail(gapWhere, QStringLiteral("more than the 50 gaps the status script reports"));
    for (const QJsonObject& j : gaps) {
        WalGap g;
        g.timeline = int(r.integer(j, "tl", gapWhere, 0, 1.0e9).value_or(0));
        g.first = r.string(j, "first", gapWhere);
        g.last = r.string(j, "last", gapWhere);
        g.count = r.integer(j, "count", gapWhere).value_or(0);
        g.before = r.string(j, "before", gapWhere);
        g.beforeTime = r.time(j, "beforeTime", gapWhere);
        g.after = r.string(j, "after", gapWhere);
        g.afterTime = r.time(j, "afterTime", gapWhere);
        for (const QJsonValue& v : j.value(QStringLiteral("breaks")).toArray())
            g.breaks << v.toString();
        g.healedBy = r.string(j, "healedBy", gapWhere);
        g.healedAt = r.time(j, "healedAt", gapWhere);
        b.walGaps.append(g);
    }
    b.walGapsTotal = r.integer(o, "walGapsTotal", where).value_or(0);
    return b;
}

QJsonObject archiverToJson(const ArchiverStatus& a, const QDateTime& time, bool structureOnly)
{
    QJsonObject o;
    put(o, QStringLiteral("mode"), a.archiveMode);
    if (a.failedCount != 0)
        o.insert(QStringLiteral("failed"), double(a.failedCount));
    put(o, QStringLiteral("lastFailedWal"), a.lastFailedWal);
    putTime(o, QStringLiteral("lastFailedTime"), a.lastFailedTime);
    if (const qint64 skew = serverSkew(a, time))
        o.insert(QStringLiteral("skew"), double(skew));
    if (!structureOnly) {
        put(o, QStringLiteral("lastWal"), a.lastArchivedWal);
        putTime(o, QStringLiteral("lastTime"), a.lastArchivedTime);
    }
    return o;
}

bool sameArchiver(
    const ArchiverStatus& a, const QDateTime& aTime, const ArchiverStatus& b, const QDateTime& bTime)
{
    return a.archiveMode == b.archiveMode && a.failedCount == b.failedCount
        && a.lastFailedWal == b.lastFailedWal && sameTime(a.lastFailedTime, b.lastFailedTime)
        && serverSkew(a, aTime) == serverSkew(b, bTime);
}

ArchiverStatus readArchiver(
    frameio::FrameReader& r, const QJsonObject& o, const QDateTime& time, const QString& where)
{
    ArchiverStatus a;
    a.read = true;
    a.archiveMode = r.string(o, "mode", where);
    a.failedCount = r.integer(o, "failed", where).value_or(0);
    a.lastFailedWal = r.string(o, "lastFailedWal", where);
    a.lastFailedTime = r.time(o, "lastFailedTime", where);
    a.lastArchivedWal = r.string(o, "lastWal", where);
    a.lastArchivedTime = r.time(o, "lastTime", where);
    // The age the panel shows, at the frame's time: frames keep no running figure.
    a.lastArchivedAgeSeconds
        = ageAt(a.lastArchivedTime, time, r.integer(o, "skew", where, -1.0e9, 1.0e9).value_or(0));
    return a;
}

QJsonArray archivedToJson(const ArchiverStatus& a)
{
    return {a.lastArchivedWal, frameio::timeText(a.lastArchivedTime)};
}

bool sameArchived(const ArchiverStatus& a, const ArchiverStatus& b)
{
    return a.lastArchivedWal == b.lastArchivedWal && sameTime(a.lastArchivedTime, b.lastArchivedTime);
}

bool applyArchived(ArchiverStatus* a, const QJsonValue& v, const QDateTime& time)
{
    const QJsonArray pair = v.toArray();
    if (!v.isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
        return false;
    const QString text = pair.at(1).toString();
    const QDateTime last
        = text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    if (!text.isEmpty() && !last.isValid())
        return false;
    // The primary's clock as the frame had it: its now() was the old last time plus the old age.
    if (last.isValid() && a->lastArchivedTime.isValid() && a->lastArchivedAgeSeconds)
        a->lastArchivedAgeSeconds
            = *a->lastArchivedAgeSeconds + double(last.msecsTo(a->lastArchivedTime)) / 1000.0;
    else
        a->lastArchivedAgeSeconds = ageAt(last, time, 0);
    a->lastArchivedWal = pair.at(0).toString();
    a->lastArchivedTime = last;
    return true;
}

} // namespace pgpilot::framebackup
