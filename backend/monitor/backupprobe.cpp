// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupprobe.h"

#include "core/shell.h"
#include "remote/remotehost.h"
#include "runbook/backupfiles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::BackupProbe", text);
}

// What the script accepts (it checks again): the stanza as a cluster name, the repository as an
// absolute path without . or .. parts.
bool validStanza(const QString& stanza)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$"));
    return re.match(stanza).hasMatch();
}

bool validRepoPath(const QString& path)
{
    static const QRegularExpression re(QStringLiteral("^/[A-Za-z0-9/._-]{0,254}$"));
    if (!re.match(path).hasMatch())
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".")) && !parts.contains(QStringLiteral(".."));
}

// A JSON number that is a whole, non-negative count (bytes, seconds); nullopt otherwise.
std::optional<qint64> count(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 9.0e15 || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

QDateTime epochSeconds(const QJsonValue& v)
{
    const auto s = count(v);
    return s && *s > 0 ? QDateTime::fromSecsSinceEpoch(*s, Qt::UTC) : QDateTime();
}

QDateTime epochMicroseconds(const QJsonValue& v)
{
    const auto us = count(v);
    return us && *us > 0 ? QDateTime::fromMSecsSinceEpoch(*us / 1000, Qt::UTC) : QDateTime();
}

// A text of the script's or pgBackRest's, bounded: a status line, not a log.
QString bounded(const QJsonValue& v, int limit = 2000)
{
    const QString s = v.toString();
    return s.size() <= limit ? s : s.left(limit) + QStringLiteral("\u2026");
}

BackupTimer readTimer(const QJsonValue& v)
{
    BackupTimer t;
    if (!v.isObject())
        return t;
    const QJsonObject o = v.toObject();
    t.present = true;
    t.next = epochMicroseconds(o.value(QLatin1String("nextUsec")));
    t.lastTrigger = epochMicroseconds(o.value(QLatin1String("lastTriggerUsec")));
    t.result = bounded(o.value(QLatin1String("result")), 64);
    const QJsonValue status = o.value(QLatin1String("exitStatus"));
    t.exitStatus = status.isDouble() ? status.toInt() : 0;
    t.active = o.value(QLatin1String("active")).toBool();
    return t;
}

BackupSet readBackup(const QJsonObject& o)
{
    BackupSet b;
    b.label = bounded(o.value(QLatin1String("label")), 128);
    b.type = bounded(o.value(QLatin1String("type")), 16);
    const QJsonObject timestamp = o.value(QLatin1String("timestamp")).toObject();
    b.start = epochSeconds(timestamp.value(QLatin1String("start")));
    b.stop = epochSeconds(timestamp.value(QLatin1String("stop")));
    const QJsonObject info = o.value(QLatin1String("info")).toObject();
    b.size = count(info.value(QLatin1String("size")));
    b.repositorySize = count(info.value(QLatin1String("repository")).toObject().value(QLatin1String("size")));
    const QJsonObject archive = o.value(QLatin1String("archive")).toObject();
    b.walStart = bounded(archive.value(QLatin1String("start")), 64);
    b.walStop = bounded(archive.value(QLatin1String("stop")), 64);
    b.error = o.value(QLatin1String("error")).toBool(); // absent (older pgBackRest): not known, no error
    return b;
}

// The stanza's object in `pgbackrest info`'s array into status.
void readStanza(const QJsonObject& o, BackupStatus* s)
{
    const QJsonObject status = o.value(QLatin1String("status")).toObject();
    if (const auto code = count(status.value(QLatin1String("code"))))
        s->stanzaCode = int(*code);
    s->stanzaMessage = bounded(status.value(QLatin1String("message")), 500);
    const QJsonObject lock
        = status.value(QLatin1String("lock")).toObject().value(QLatin1String("backup")).toObject();
    s->backupRunning = lock.value(QLatin1String("held")).toBool();
    s->runningBytes = count(lock.value(QLatin1String("size")));
    s->runningDoneBytes = count(lock.value(QLatin1String("size-cplt")));
    for (const QJsonValue& b : o.value(QLatin1String("backup")).toArray()) {
        if (b.isObject())
            s->backups.append(readBackup(b.toObject()));
    }
    // One entry per database the stanza has known (a stanza-upgrade adds one): the WAL of the
    // current one, the highest id, is what the primary archives now.
    qint64 currentId = -1;
    for (const QJsonValue& a : o.value(QLatin1String("archive")).toArray()) {
        const QJsonObject entry = a.toObject();
        const qint64 id
            = count(entry.value(QLatin1String("database")).toObject().value(QLatin1String("id"))).value_or(0);
        if (id < currentId)
            continue;
        currentId = id;
        s->archiveMin = bounded(entry.value(QLatin1String("min")), 64);
        s->archiveMax = bounded(entry.value(QLatin1String("max")), 64);
    }
}

// A WAL segment's name as the script sends it ("000000010000000A00000012"); empty for anything else.
QString segmentName(const QJsonValue& v)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-F]{24}$"));
    const QString name = v.toString();
    return re.match(name).hasMatch() ? name : QString();
}

// The script's "wal" member: the archive checked for gaps. Absent: a script older than this
// pgpilot, which does not look.
void readWal(const QJsonValue& v, BackupStatus* s)
{
    if (!v.isObject()) {
        s->walError = tr("the status script on the repository host does not check the WAL archive "
                         "(it is older than this pgpilot): apply phase 6 to install this one");
        return;
    }
    const QJsonObject o = v.toObject();
    s->walError = bounded(o.value(QLatin1String("error")), 500);
    s->walSegmentBytes = count(o.value(QLatin1String("segmentBytes"))).value_or(0);
    s->walFiles = count(o.value(QLatin1String("files"))).value_or(0);
    s->walChecked = o.value(QLatin1String("checked")).toBool() && s->walSegmentBytes > 0;
    if (!s->walChecked && s->walError.isEmpty())
        s->walError = tr("the status script did not check the WAL archive");
    constexpr int kMaxGaps = 50; // what the script sends at most
    constexpr int kMaxBreaks = 64;
    for (const QJsonValue& entry : o.value(QLatin1String("gaps")).toArray()) {
        if (s->walGaps.size() >= kMaxGaps)
            break;
        const QJsonObject g = entry.toObject();
        WalGap gap;
        gap.timeline = int(count(g.value(QLatin1String("timeline"))).value_or(0));
        gap.first = segmentName(g.value(QLatin1String("first")));
        gap.last = segmentName(g.value(QLatin1String("last")));
        gap.count = count(g.value(QLatin1String("count"))).value_or(0);
        if (gap.first.isEmpty() || gap.last.isEmpty() || gap.count <= 0)
            continue; // not a gap the script would send
        gap.before = segmentName(g.value(QLatin1String("before")));
        gap.beforeTime = epochSeconds(g.value(QLatin1String("beforeTime")));
        gap.after = segmentName(g.value(QLatin1String("after")));
        gap.afterTime = epochSeconds(g.value(QLatin1String("afterTime")));
        for (const QJsonValue& label : g.value(QLatin1String("breaks")).toArray()) {
            if (gap.breaks.size() < kMaxBreaks)
                gap.breaks << bounded(label, 128);
        }
        gap.healedBy = bounded(g.value(QLatin1String("healedBy")), 128);
        gap.healedAt = epochSeconds(g.value(QLatin1String("healedAt")));
        s->walGaps.append(gap);
    }
    s->walGapsTotal = qMax(count(o.value(QLatin1String("gapsTotal"))).value_or(0), qint64(s->walGaps.size()));
}

// The segment part of a WAL file name pg_stat_archiver reports (a segment, a .partial or a
// .backup file's); empty for a .history file or anything else.
QString claimedSegment(const QString& name)
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9A-F]{24})(\\.[0-9A-F]{8}\\.backup|\\.partial)?$"));
    const QRegularExpressionMatch m = re.match(name);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QString backupStatusScript()
{
    return backuppaths::statusScript();
}

QString backupStatusUser()
{
    return QStringLiteral("pgbackrest");
}

QString backupStatusCommand(
    const QString& stanza, const QString& repoPath, QString* problem, const QString& script)
{
    QString why;
    if (!validStanza(stanza))
        why = tr("the stanza \"%1\" is not a cluster name (lower-case letters, digits and '-', at most 32)")
                  .arg(stanza);
    else if (!validRepoPath(repoPath))
        why = tr("the repository path \"%1\" is not an absolute path of letters, digits and /._- "
                 "(without . or .. parts)")
                  .arg(repoPath);
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return {};
    }
    return QStringLiteral("%1 --stanza %2 --repo %3")
        .arg(shellQuote(script), shellQuote(stanza), shellQuote(repoPath));
}

std::optional<BackupStatus> parseBackupStatusOutput(
    const QByteArray& output, const QString& stanza, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<BackupStatus> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(output.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(output.trimmed().isEmpty()
                ? tr("the status script printed nothing")
                : tr("the status script's answer is not one JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toInt() != 1)
        return fail(tr("the status script's answer has format %1, pgpilot reads format 1: run phase 6 "
                       "again to install the script of this pgpilot")
                        .arg(o.value(QLatin1String("format")).toVariant().toString()));
    if (const QString refused = bounded(o.value(QLatin1String("error"))); !refused.isEmpty())
        return fail(tr("the status script refused to run: %1").arg(refused));
    BackupStatus s;
    s.stanza = stanza;
    s.readAt = epochSeconds(o.value(QLatin1String("now")));
    s.pgbackrestVersion = bounded(o.value(QLatin1String("pgbackrest")), 64);
    s.infoError = bounded(o.value(QLatin1String("infoError")));
    const QJsonValue info = o.value(QLatin1String("info"));
    if (info.isArray()) {
        bool found = false;
        for (const QJsonValue& entry : info.toArray()) {
            const QJsonObject e = entry.toObject();
            if (e.value(QLatin1String("name")).toString() != stanza)
                continue;
            readStanza(e, &s);
            found = true;
            break;
        }
        if (!found && s.infoError.isEmpty())
            s.infoError = tr("pgbackrest info does not list the stanza %1").arg(stanza);
    } else if (s.infoError.isEmpty()) {
        s.infoError = tr("the status script sent no pgbackrest info");
    }
    const QJsonObject timers = o.value(QLatin1String("timers")).toObject();
    s.fullTimer = readTimer(timers.value(QLatin1String("full")));
    s.diffTimer = readTimer(timers.value(QLatin1String("diff")));
    s.timersError = bounded(o.value(QLatin1String("timersError")));
    const QJsonObject repo = o.value(QLatin1String("repo")).toObject();
    s.repoFreeBytes = count(repo.value(QLatin1String("freeBytes")));
    s.repoTotalBytes = count(repo.value(QLatin1String("totalBytes")));
    s.repoError = bounded(repo.value(QLatin1String("error")));
    readWal(o.value(QLatin1String("wal")), &s);
    if (error)
        error->clear();
    return s;
}

BackupStatus mergeBackupRead(const BackupStatus& before, const std::optional<BackupStatus>& read,
    const QString& error, const QDateTime& receivedAt, const QString& primaryClaim)
{
    BackupStatus s = before;
    s.polled = true;
    if (!primaryClaim.isEmpty())
        s.claimedWal = primaryClaim; // for the next read: claimed before it starts
    if (!read) {
        s.error = error.isEmpty() ? tr("the backup status could not be read") : error;
        ++s.failures;
        return s;
    }
    s = *read;
    s.configured = before.configured;
    s.host = before.host;
    s.stanza = before.stanza;
    s.polled = true;
    s.error.clear();
    s.failures = 0;
    s.receivedAt = receivedAt;
    if (!s.readAt.isValid())
        s.readAt = receivedAt; // an answer without its clock: this one's stands in
    // The primary claimed before.claimedWal archived before this read started: the repository
    // should hold it. Names of the same length compare as (timeline, position).
    const QString claimed = claimedSegment(before.claimedWal);
    const QString max = claimedSegment(s.archiveMax);
    if (!claimed.isEmpty() && !max.isEmpty() && claimed > max) {
        s.claimBehindReads = before.claimBehindReads + 1;
        s.claimBehindWal = before.claimedWal;
        s.claimBehindSince = before.claimBehindReads > 0 ? before.claimBehindSince : receivedAt;
    } else {
        s.claimBehindReads = 0;
        s.claimBehindWal.clear();
        s.claimBehindSince = {};
    }
    s.claimedWal = primaryClaim.isEmpty() ? before.claimedWal : primaryClaim;
    return s;
}

SshBackupProbe::SshBackupProbe(RemoteHost* host, const Target& target, int timeoutMs, QObject* parent)
    : SshBackupProbe(QList<RemoteHost*> {host}, target, timeoutMs, parent)
{ }

SshBackupProbe::SshBackupProbe(
    const QList<RemoteHost*>& hosts, const Target& target, int timeoutMs, QObject* parent)
    : BackupProbe(parent)
    , m_target(target)
    , m_timeoutMs(timeoutMs)
{
    m_command = backupStatusCommand(target.stanza, target.repoPath, &m_problem, target.script);
    for (RemoteHost* host : hosts) {
        m_hosts << host;
        connect(host, &RemoteHost::finished, this,
            [this, host](quint64 jobId, const RunResult& r) { finished(host, jobId, r); });
    }
}

void SshBackupProbe::finished(RemoteHost* host, quint64 jobId, const RunResult& r)
{
    if (m_job == 0 || m_job != jobId || m_hosts.value(m_current) != host)
        return; // not ours: the host serves other jobs too
    m_job = 0;
    if (!r.ok()) {
        QString why = r.error;
        if (why.isEmpty() && r.exitCode == 127)
            why = tr("%1 is not installed on %2: apply phase 6").arg(m_target.script, host->nodeName());
        else if (why.isEmpty())
            why = tr("the status script exited with %1: %2")
                      .arg(r.exitCode)
                      .arg(QString::fromUtf8(r.stdErr).trimmed().left(500));
        if (r.failure != RunResult::Failure::None && m_hosts.size() > 1)
            m_current = (m_current + 1) % m_hosts.size(); // the next node answers the next read
        Q_EMIT result(std::nullopt, why);
        return;
    }
    QString why;
    const auto read = parseBackupStatusOutput(r.stdOut, m_target.stanza, &why);
    Q_EMIT result(read, why);
}

void SshBackupProbe::read()
{
    if (!m_problem.isEmpty()) {
        // Said from the event loop, once per read, like an answer.
        if (!m_problemPending) {
            m_problemPending = true;
            QTimer::singleShot(0, this, [this] {
                m_problemPending = false;
                Q_EMIT result(std::nullopt, m_problem);
            });
        }
        return;
    }
    RemoteHost* host = m_hosts.value(m_current);
    if (!host || m_job != 0)
        return; // gone, or still waiting for the previous answer
    RunRequest request;
    request.command = m_command;
    request.runAs = m_target.runAs;
    request.timeoutMs = m_timeoutMs;
    m_job = host->run(request);
}

void FixedBackupProbe::read()
{
    ++m_reads;
    QTimer::singleShot(0, this, [this, read = m_read, error = m_error] { Q_EMIT result(read, error); });
}

} // namespace pgpilot
