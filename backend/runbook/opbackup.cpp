// SPDX-License-Identifier: GPL-3.0-or-later
// The backup operations (pgpilot backup, restore-drill) and the criteria they share with phase 6.

#include "backupfiles.h"
#include "builderutil.h"
#include "core/shell.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pgpilot {

namespace {

// The first stanza of `pgbackrest info --output=json` (empty when the output is not that).
QJsonObject stanzaInfo(const QByteArray& json)
{
    const QJsonArray stanzas = QJsonDocument::fromJson(json).array();
    return stanzas.isEmpty() ? QJsonObject() : stanzas.first().toObject();
}

QString megabytes(double bytes)
{
    return QString::number(bytes / 1048576.0, 'f', 1);
}

} // namespace

// note: pgpilot's own words, never quoted text from outside.
QString Builder::markerSql(const QString& note) const
{
    return QStringLiteral(
        "CREATE TABLE IF NOT EXISTS %1 (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
        "at timestamptz NOT NULL DEFAULT clock_timestamp(), note text NOT NULL DEFAULT ''); "
        "INSERT INTO %1 (note) VALUES ('%2') RETURNING id")
        .arg(backuppaths::markerTable(), note);
}

Step Builder::markerStep(const QString& id, const QString& note) const
{
    const QString sql = markerSql(note);
    QList<NodeWork> list;
    for (const NodeSpec& n : m_spec.nodes) {
        list << work(n,
            {run(tr("If this node is the primary: write a marker row for the restore drill"),
                QStringLiteral(
                    "if %1; then runuser -u postgres -- %2; else echo 'a standby: nothing to write'; fi")
                    .arg(isPrimaryShell(), psql(sql)))});
    }
    return step(id, tr("Write a marker row on the primary"), Step::Target::AllNodes, list,
        tr("The marker row could not be written: is there a writable primary?"));
}

QList<NodeWork> Builder::backupWork(const QString& type, const QString& probe) const
{
    const QString bu = repositoryUser(m_spec);
    if (m_spec.hasBackupHost())
        return {work(m_spec.backup.host,
            {run(tr("pgbackrest backup --type=%1 (files from a standby)").arg(type),
                pgbackrestCommand(m_spec, QStringLiteral("--type=%1 backup").arg(type)), bu,
                24 * 60 * kMinute)},
            probe, bu)};
    // Every node asks pgpilot-backup-run; the node it names backs up (the others say which).
    QList<NodeWork> list;
    for (const NodeSpec& n : m_spec.nodes)
        list << work(n,
            {run(tr("pgpilot-backup-run --type %1 (this node backs up if it is the first streaming standby)")
                     .arg(type),
                runnerCommand(m_spec, n.name) + QStringLiteral(" --type %1").arg(type), bu,
                24 * 60 * kMinute)},
            probe, bu);
    return list;
}

void Builder::backupOperation(const QString& type, OperationPhases& ops) const
{
    const QString bu = repositoryUser(m_spec);
    const QString t = type.isEmpty() ? QStringLiteral("incr") : type;
    ops.steps.title = tr("%1 backup of cluster %2").arg(t, m_spec.name);
    ops.steps.summary
        = tr("pgBackRest takes a %1 backup on %2, its files copied from a standby.").arg(t, repositoryName());
    ops.prechecks.checkpoint << versionsCriterion(opId(kBackupPhase, QStringLiteral("versions")), false);
    // The stanza answers, no backup is running, and the repository has room for another copy of
    // the newest full backup (a diff or incr needs less, never more).
    ops.prechecks.checkpoint << repositoryCriterion(
        opId(kBackupPhase, QStringLiteral("repository")),
        tr("The stanza answers, no backup runs, and the repository has room"),
        QStringLiteral("%1; echo; df -Pk %2 | awk 'NR==2 {print $4 * 1024, $2 * 1024}'")
            .arg(pgbackrestCommand(m_spec, QStringLiteral("--output=json info")),
                shellQuote(m_spec.backup.path)),
        [](const NodeSpec& node, const CommandOutput& out) {
            const QList<QByteArray> parts = out.stdOut.trimmed().split('\n');
            const QJsonObject s = stanzaInfo(parts.value(0));
            const QList<QByteArray> df = parts.value(parts.size() - 1).split(' ');
            const double free = df.value(0).toDouble();
            const double total = df.value(1).toDouble();
            const int code
                = s.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt(-1);
            const bool running = s.value(QStringLiteral("status"))
                                     .toObject()
                                     .value(QStringLiteral("lock"))
                                     .toObject()
                                     .value(QStringLiteral("backup"))
                                     .toObject()
                                     .value(QStringLiteral("held"))
                                     .toBool();
            double fullSize = 0;
            for (const QJsonValue& v : s.value(QStringLiteral("backup")).toArray()) {
                const QJsonObject b = v.toObject();
                if (b.value(QStringLiteral("type")).toString() == QLatin1String("full"))
                    fullSize = b.value(QStringLiteral("info"))
                                   .toObject()
                                   .value(QStringLiteral("repository"))
                                   .toObject()
                                   .value(QStringLiteral("size"))
                                   .toDouble();
            }
            const bool ok = (code == 0 || code == 2) && !running && total > 0 && free >= fullSize * 1.2;
            const QString seen = s.isEmpty()
                ? tr("no answer from pgbackrest info: %1")
                      .arg(QString::fromUtf8(out.stdErr).trimmed().right(300))
                : tr("status %1 (%2)%3; %4 MB free in the repository, the newest full backup takes %5 MB")
                      .arg(code)
                      .arg(s.value(QStringLiteral("status"))
                               .toObject()
                               .value(QStringLiteral("message"))
                               .toString(),
                          running ? tr(", a backup is running") : QString(), megabytes(free),
                          megabytes(fullSize));
            return result(ok, node.name,
                tr("stanza ok, no backup running, free >= 1.2 x the newest full backup"), seen,
                running
                    ? tr("Wait for the running backup to finish (pgbackrest info on the repository host).")
                    : tr("Free space in the repository (or lower the retention), or repair the stanza: read "
                         "pgbackrest info there."));
        },
        bu);
    ops.steps.steps << step(opId(kBackupPhase, QStringLiteral("backup")),
        tr("pgbackrest backup --type=%1").arg(t),
        m_spec.hasBackupHost() ? Step::Target::OneNode : Step::Target::AllNodes, backupWork(t),
        tr("The backup failed: read pgBackRest's message; the repository keeps its earlier backups."), true);
    ops.verification.checkpoint << repositoryCriterion(
        opId(kBackupPhase, QStringLiteral("newest")),
        tr("The newest backup is the one just taken, without error"),
        QStringLiteral("%1; echo; date +%s")
            .arg(pgbackrestCommand(m_spec, QStringLiteral("--output=json info"))),
        [t](const NodeSpec& node, const CommandOutput& out) {
            const QList<QByteArray> parts = out.stdOut.trimmed().split('\n');
            const QJsonObject s = stanzaInfo(parts.value(0));
            const qint64 now = parts.value(parts.size() - 1).trimmed().toLongLong();
            const QJsonArray backups = s.value(QStringLiteral("backup")).toArray();
            if (backups.isEmpty())
                return result(false, node.name, tr("a new %1 backup").arg(t),
                    tr("no backup in the repository"), tr("Read pgBackRest's log on the repository host."));
            const QJsonObject b = backups.last().toObject();
            const QString taken = b.value(QStringLiteral("type")).toString();
            const QJsonObject ts = b.value(QStringLiteral("timestamp")).toObject();
            const qint64 start = ts.value(QStringLiteral("start")).toInteger();
            const qint64 stop = ts.value(QStringLiteral("stop")).toInteger();
            const QJsonObject info = b.value(QStringLiteral("info")).toObject();
            const double size = info.value(QStringLiteral("size")).toDouble();
            const double stored = info.value(QStringLiteral("repository"))
                                      .toObject()
                                      .value(QStringLiteral("size"))
                                      .toDouble();
            // pgBackRest takes a full backup when a diff or incr has nothing to build on.
            const bool typeOk = taken == t || taken == QLatin1String("full");
            const bool fresh = now > 0 && now - stop < 900;
            const bool ok = typeOk && fresh && !b.value(QStringLiteral("error")).toBool();
            const qint64 seconds = qMax<qint64>(1, stop - start);
            return result(ok, node.name,
                tr("a %1 backup that ended in the last 15 minutes, without error").arg(t),
                tr("%1 (%2): %3 MB of data in %4 s (%5 MB/s), %6 MB stored, ended %7 s ago")
                    .arg(b.value(QStringLiteral("label")).toString(), taken, megabytes(size))
                    .arg(seconds)
                    .arg(megabytes(size / double(seconds)), megabytes(stored))
                    .arg(now - stop),
                tr("Read pgBackRest's log on the repository host (/var/log/pgbackrest)."));
        },
        bu);
}

void Builder::restoreDrillOperation(OperationPhases& ops) const
{
    const QString bu = repositoryUser(m_spec);
    ops.steps.title = tr("Restore drill of cluster %1").arg(m_spec.name);
    ops.steps.summary
        = tr("A marker row on the primary and a WAL switch that archives it; then the newest backup "
             "and every archived segment are restored into a scratch cluster on %1, started, searched "
             "for the marker, and removed.")
              .arg(repositoryName());
    ops.prechecks.checkpoint << versionsCriterion(
        opId(kRestoreDrillPhase, QStringLiteral("versions")), false);
    ops.prechecks.checkpoint << repositoryCriterion(
        opId(kRestoreDrillPhase, QStringLiteral("backups")), tr("The repository holds a backup to restore"),
        pgbackrestCommand(m_spec, QStringLiteral("--output=json info")),
        [](const NodeSpec& node, const CommandOutput& out) {
            const QJsonObject s = stanzaInfo(out.stdOut);
            const int code
                = s.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt(-1);
            const int count = int(s.value(QStringLiteral("backup")).toArray().size());
            return result(code == 0 && count > 0, node.name, tr("status 0, at least one backup"),
                s.isEmpty() ? QString::fromUtf8(out.stdErr).trimmed().right(300)
                            : tr("status %1, %2 backup(s)").arg(code).arg(count),
                tr("Take a backup first: pgpilot backup --type full."));
        },
        bu);
    ops.steps.steps << markerStep(
        opId(kRestoreDrillPhase, QStringLiteral("marker")), QStringLiteral("restore drill"));
    ops.steps.steps << step(opId(kRestoreDrillPhase, QStringLiteral("archive")),
        tr("Archive the WAL that holds the marker (pgbackrest check)"),
        m_spec.hasBackupHost() ? Step::Target::OneNode : Step::Target::AllNodes,
        repositoryWork({run(tr("pgbackrest check: a WAL switch on the primary reaches the repository"),
            pgbackrestCommand(m_spec, QStringLiteral("check")), bu, 10 * kMinute)}),
        tr("pgbackrest check failed: archiving does not work, so the drill could not find the marker. Read "
           "its "
           "message."));
    ops.verification.checkpoint << drillCriterion(
        opId(kRestoreDrillPhase, QStringLiteral("drill")), QStringLiteral("archive"));
}

Criterion Builder::versionsCriterion(const QString& id, bool everyNode) const
{
    QStringList hostNames = allNames();
    // The reference: the repository host's version, or the first node's that answers.
    QString repo;
    if (m_spec.hasBackupHost()) {
        repo = m_spec.backup.host.name;
        hostNames << repo;
    }
    Criterion c = criterion(id,
        everyNode ? tr("The same pgBackRest version on every host")
                  : tr("The same pgBackRest version on the repository host and every node that answers"),
        Step::Target::AllNodes, hostNames, QStringLiteral("pgbackrest version"));
    c.evaluate = [hostNames, repo, everyNode](const QHash<QString, CommandOutput>& outputs) {
        QString want;
        for (const QString& h : repo.isEmpty() ? hostNames : QStringList {repo}) {
            const CommandOutput o = outputs.value(h);
            if (o.reached && o.exitCode == 0) {
                want = text(o.stdOut);
                break;
            }
        }
        QList<CriterionResult> results;
        for (const QString& h : hostNames) {
            const CommandOutput o = outputs.value(h);
            const QString v = o.reached && o.exitCode == 0 ? text(o.stdOut) : QString();
            if (!o.reached && !everyNode && h != repo) {
                // A node down after a failover: pgBackRest works from the others.
                results << result(true, h, tr("the same version, when it answers"),
                    tr("not reached (%1): left out").arg(o.error.left(160)));
                continue;
            }
            results << result(!v.isEmpty() && v == want, h,
                want.isEmpty() ? tr("pgBackRest installed") : want,
                v.isEmpty() ? (o.reached ? tr("not installed (%1)").arg(text(o.stdErr).right(200)) : o.error)
                            : v,
                tr("pgBackRest refuses to talk to another version: install the same release on every host."));
        }
        return results;
    };
    return c;
}

// The restore drill on the repository host, judged against the primary's marker rows: the newest
// marker written before the backup started must be in the restored copy ("archive": the newest
// marker of all, as it replays every archived segment).
Criterion Builder::drillCriterion(const QString& id, const QString& mode) const
{
    const QString repo = repositoryName();
    QStringList hosts = allNames();
    if (m_spec.hasBackupHost())
        hosts << repo;
    Criterion c = criterion(id,
        mode == QLatin1String("archive")
            ? tr("Restore drill: the newest backup and every archived WAL segment restore on %1, with the "
                 "newest "
                 "marker row")
                  .arg(repo)
            : tr("Restore drill: the newest backup restores on %1 and holds the marker row written before it")
                  .arg(repo),
        Step::Target::AllNodes, hosts,
        QStringLiteral("if %1; then runuser -u postgres -- %2; fi")
            .arg(isPrimaryShell(),
                psql(QStringLiteral(
                    "SELECT id || ' ' || extract(epoch FROM at) FROM %1 ORDER BY id DESC LIMIT 100")
                         .arg(backuppaths::markerTable()))));
    if (m_spec.hasBackupHost()) {
        c.nodeCommands.insert(repo, drillCommand(mode));
    } else {
        // A mounted repository: the drill runs on the node that takes the backups.
        for (const NodeSpec& n : m_spec.nodes)
            c.nodeCommands.insert(n.name,
                QStringLiteral("%1\nif %2 >/dev/null; then %3; fi")
                    .arg(c.command, amRunnerShell(m_spec, n.name), drillCommand(mode)));
    }
    c.timeoutMs = 4 * 60 * kMinute;
    const QStringList nodes = allNames();
    c.evaluate = [repo, hosts, nodes, mode](const QHash<QString, CommandOutput>& outputs) {
        // The host whose output holds the drill's result (the repository host's, else a node's).
        CommandOutput drill = outputs.value(hosts.last());
        QString where = repo; // the host that ran the drill
        QJsonObject r;
        for (const QString& h : hosts) {
            for (const QString& line : QString::fromUtf8(outputs.value(h).stdOut).split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("drill-result "))) {
                    r = QJsonDocument::fromJson(line.mid(13).toUtf8()).object();
                    drill = outputs.value(h);
                    where = h;
                }
            }
        }
        if (!drill.reached || r.isEmpty())
            return QList<CriterionResult> {result(false, where, tr("the drill reports a result"),
                drill.reached ? text(drill.stdErr + drill.stdOut).right(400) : drill.error,
                tr("Run %1 on the repository host by hand and read its output.")
                    .arg(backuppaths::drillScript()))};
        if (!r.value(QStringLiteral("ok")).toBool())
            return QList<CriterionResult> {
                result(false, where, tr("the backup restores and starts"),
                    r.value(QStringLiteral("error")).toString(),
                    tr("Read the message; the scratch cluster was removed.")),
            };
        // The primary's marker rows: "id epoch" lines from the one node that is primary.
        QList<QPair<qint64, double>> markers;
        for (const QString& n : nodes) {
            for (const QString& line : QString::fromUtf8(outputs.value(n).stdOut).split(QLatin1Char('\n'))) {
                const QStringList f = line.trimmed().split(QLatin1Char(' '));
                if (f.size() == 2)
                    markers.append({f.at(0).toLongLong(), f.at(1).toDouble()});
            }
        }
        const double start
            = r.value(QStringLiteral("backup")).toObject().value(QStringLiteral("start")).toDouble();
        // pgBackRest's start is in whole seconds (cut down): a marker from that same second was
        // written before the backup began (the step writes it first), and is in the copy.
        qint64 want = 0;
        for (const auto& [markerId, at] : markers) {
            if ((mode == QLatin1String("archive") || at < start + 1.0) && markerId > want)
                want = markerId;
        }
        const qint64 got
            = r.value(QStringLiteral("marker")).toObject().value(QStringLiteral("max")).toInteger();
        const QString label
            = r.value(QStringLiteral("backup")).toObject().value(QStringLiteral("label")).toString();
        // The recovery point: the last transaction the copy replayed (none: the backup's end).
        const QJsonValue point = r.value(QStringLiteral("recoveryPoint"));
        const QString recovery = point.isDouble()
            ? QDateTime::fromMSecsSinceEpoch(qint64(point.toDouble() * 1000), Qt::UTC)
                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"))
            : tr("the end of the backup");
        const QString seen = tr(
            "backup %1 restored in %2 s, answering after %3 s; recovery point %4; marker %5 found (newest "
            "on the primary before it: %6)")
                                 .arg(label)
                                 .arg(r.value(QStringLiteral("restoreSeconds")).toDouble())
                                 .arg(r.value(QStringLiteral("seconds")).toDouble())
                                 .arg(recovery)
                                 .arg(got)
                                 .arg(want ? QString::number(want) : tr("none"));
        if (want == 0)
            return QList<CriterionResult> {
                result(false, where, tr("a marker row older than the backup"), seen,
                    tr("No marker row precedes this backup (a repository pgpilot did not fill?): take a full "
                       "backup with "
                       "pgpilot backup --type full, then check again."))};
        return QList<CriterionResult> {result(got >= want, where,
            tr("marker %1 in the restored copy").arg(want), seen,
            tr("The restored copy lacks a row the primary committed before the backup: do not rely on these "
               "backups; read the drill's output and pgBackRest's log."))};
    };
    return c;
}

} // namespace pgpilot
