// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled operations (issue 20 item 5): the request recorded in the cluster, and the watcher's
// runner that claims and runs it when it is due.
#include "schedule.h"

#include "core/shell.h"
#include "exec/clustersession.h"
#include "exec/job.h"
#include "monitor/clustermonitor.h"
#include "monitor/scheduletext.h"
#include "pause.h"
#include "platform/platformprofile.h"
#include "remote/remotehost.h"
#include "rolling.h"
#include "services/clusterservices.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>

namespace pgpilot {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("pgpilot::Schedule", text, nullptr, n);
}

// Text for SQL: hex-encoded here and decoded by the server, so only [0-9a-f] reaches the
// statement and no quote or backslash of the text can end the literal.
QString sqlText(const QString& value)
{
    return QStringLiteral("convert_from(decode('%1', 'hex'), 'UTF8')")
        .arg(QString::fromLatin1(value.toUtf8().toHex()));
}

// One line saying "not the primary here" (the shell runs on every node).
const char* kStandbyLine = "pgpilot: a standby here; the primary does this";
const char* kNoTableLine = "pgpilot-no-table";

QString ms(const char* column)
{
    return QStringLiteral("(EXTRACT(EPOCH FROM %1) * 1000)::bigint").arg(QLatin1String(column));
}

// The statement's answer as one line "<marker> <count>" of the rows the UPDATE changed.
QString updateSql(const QString& set, const QString& where, const QString& marker)
{
    return QStringLiteral("SET synchronous_commit = 'local';\n"
                          "WITH c AS (UPDATE %1 SET %2 WHERE %3 RETURNING id) "
                          "SELECT '%4 ' || count(*) FROM c")
        .arg(scheduleTable(), set, where, marker);
}

QDateTime fromMs(const QJsonValue& v)
{
    return v.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC) : QDateTime();
}

std::optional<double> number(const QJsonValue& v)
{
    return v.isDouble() ? std::optional(v.toDouble()) : std::nullopt;
}

} // namespace

bool isSchedulable(OperationKind kind)
{
    return kind == OperationKind::Switchover || isRolling(kind);
}

std::optional<QDateTime> parseScheduleTime(const QString& text, const QDateTime& now, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString why;
    const QString utc = restoreTargetTime(text, &why); // "yyyy-MM-dd HH:mm:ss.ffffff+00"
    if (utc.isEmpty())
        return fail(tr("--at: %1").arg(why));
    QString iso = utc.left(23);
    iso[10] = QLatin1Char('T');
    const QDateTime at = QDateTime::fromString(iso + QLatin1Char('Z'), Qt::ISODateWithMs).toUTC();
    if (!at.isValid())
        return fail(tr("--at: \"%1\" is not a valid time.").arg(text.left(40)));
    if (at < now)
        return fail(tr("--at: %1 is in the past (it is %2 now): give a time ahead, with its zone.")
                        .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                            now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
    if (at > now.addDays(kScheduleMaxDays))
        return fail(tr("--at: %1 is more than %2 days ahead: schedule it closer to the time (a cluster "
                       "changes in a month, and so do the people who would expect it).")
                        .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
                        .arg(kScheduleMaxDays));
    return at;
}

std::optional<int> parseRemindMinutes(const QString& text, QString* error)
{
    const QString t = text.trimmed().toLower().remove(QLatin1Char(' '));
    if (t.isEmpty())
        return kDefaultRemindMinutes;
    static const QRegularExpression form(QStringLiteral("^(?:([0-9]{1,4})h)?(?:([0-9]{1,6})(?:m|min)?)?$"));
    const auto m = form.match(t);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty())) {
        if (error)
            *error = tr("--remind: \"%1\" is not a time pgpilot understands: give minutes or hours, e.g. "
                        "15m, 1h or 0 (no reminder), at most 24h.")
                         .arg(text.left(40));
        return std::nullopt;
    }
    const qint64 minutes = m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong();
    if (minutes > kMaxRemindMinutes) {
        if (error)
            *error = tr("--remind: \"%1\" is more than 24 hours: give at most 24h.").arg(text.left(40));
        return std::nullopt;
    }
    return int(minutes);
}

QString scheduleTable()
{
    return QStringLiteral("pgpilot.scheduled_operation");
}

QString scheduleInsertSql(
    const OperationRequest& request, const QDateTime& at, int remindMinutes, const QString& requestedBy)
{
    return QStringLiteral(
        "SET synchronous_commit = 'local';\n"
        "CREATE SCHEMA IF NOT EXISTS pgpilot;\n"
        "CREATE TABLE IF NOT EXISTS %1 (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
        "kind text NOT NULL, node text NOT NULL DEFAULT '', switch_back boolean NOT NULL DEFAULT false, "
        "packages text NOT NULL DEFAULT '', at timestamptz NOT NULL, "
        "remind_minutes integer NOT NULL DEFAULT 15, requested_by text NOT NULL, "
        "requested_at timestamptz NOT NULL DEFAULT now(), state text NOT NULL DEFAULT 'scheduled' "
        "CHECK (state IN ('scheduled', 'running', 'done', 'failed', 'cancelled')), claimed_by text, "
        "started_at timestamptz, finished_at timestamptz, summary text NOT NULL DEFAULT '');\n"
        "GRANT USAGE ON SCHEMA pgpilot TO pg_monitor;\n"
        "GRANT SELECT ON %1 TO pg_monitor;\n"
        "INSERT INTO %1 (kind, node, switch_back, packages, at, remind_minutes, requested_by) "
        "VALUES (%2, %3, %4, %5, to_timestamp(%6), %7, %8) RETURNING 'pgpilot-scheduled ' || id")
        .arg(scheduleTable(), sqlText(toId(request.kind)), sqlText(request.node),
            request.switchBack ? QStringLiteral("true") : QStringLiteral("false"),
            sqlText(request.packages.join(QLatin1Char(','))), QString::number(at.toSecsSinceEpoch()),
            QString::number(remindMinutes), sqlText(requestedBy));
}

QString scheduleCancelSql(qint64 id, const QString& by)
{
    return QStringLiteral("SET synchronous_commit = 'local';\n"
                          "WITH c AS (UPDATE %1 SET state = 'cancelled', finished_at = now(), summary = %2 "
                          "WHERE id = %3 AND state = 'scheduled' RETURNING id) "
                          "SELECT 'pgpilot-cancelled ' || (SELECT count(*) FROM c) || ' ' || "
                          "coalesce((SELECT state FROM %1 WHERE id = %3), 'none')")
        .arg(scheduleTable(), sqlText(tr("Cancelled by %1").arg(by)), QString::number(id));
}

QString scheduleClaimSql(qint64 id, const QString& claimant)
{
    // Due by the server's clock (a few seconds of slack for the poll's own age).
    return updateSql(
        QStringLiteral("state = 'running', claimed_by = %1, started_at = now()").arg(sqlText(claimant)),
        QStringLiteral("id = %1 AND state = 'scheduled' AND at <= now() + interval '5 seconds'").arg(id),
        QStringLiteral("pgpilot-claimed"));
}

QString scheduleFinishSql(qint64 id, const QString& claimant, bool ok, const QString& summary)
{
    return updateSql(QStringLiteral("state = '%1', finished_at = now(), summary = %2")
                         .arg(ok ? QStringLiteral("done") : QStringLiteral("failed"), sqlText(summary)),
        QStringLiteral("id = %1 AND state = 'running' AND claimed_by = %2")
            .arg(QString::number(id), sqlText(claimant)),
        QStringLiteral("pgpilot-recorded"));
}

QString scheduleAbandonSql(qint64 id, const QString& by)
{
    const QString summary
        = tr("No result recorded within %1 h of its start: the watcher that ran it stopped (%2 marked it "
             "failed). It is not run again: check the cluster (pgpilot status) and schedule it anew if "
             "it is still needed.")
              .arg(kScheduleAbandonedSeconds / 3600)
              .arg(by);
    return updateSql(
        QStringLiteral("state = 'failed', finished_at = now(), summary = %1").arg(sqlText(summary)),
        QStringLiteral("id = %1 AND state = 'running' AND started_at < now() - interval '%2 seconds'")
            .arg(id)
            .arg(kScheduleAbandonedSeconds),
        QStringLiteral("pgpilot-abandoned"));
}

QString scheduleListSql()
{
    return QStringLiteral(
        "SELECT json_build_object('id', id, 'kind', kind, 'node', node, 'switch_back', switch_back, "
        "'packages', packages, 'at', %2, 'remind_minutes', remind_minutes, 'requested_by', requested_by, "
        "'requested_at', %3, 'state', state, 'claimed_by', claimed_by, 'started_at', %4, "
        "'finished_at', %5, 'summary', summary, 'seconds_until', EXTRACT(EPOCH FROM at - now()), "
        "'seconds_running', EXTRACT(EPOCH FROM now() - started_at)) "
        "FROM (SELECT * FROM %1 ORDER BY id DESC LIMIT 50) r ORDER BY at, id")
        .arg(scheduleTable(), ms("at"), ms("requested_at"), ms("started_at"), ms("finished_at"));
}

QList<ScheduledOperation> scheduleRowsFromLines(const QStringList& lines)
{
    QList<ScheduledOperation> rows;
    for (const QString& line : lines) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (!doc.isObject())
            continue;
        const QJsonObject o = doc.object();
        ScheduledOperation op;
        op.id = qint64(o.value(QLatin1String("id")).toDouble());
        op.kind = o.value(QLatin1String("kind")).toString();
        op.node = o.value(QLatin1String("node")).toString();
        op.switchBack = o.value(QLatin1String("switch_back")).toBool();
        op.packages
            = o.value(QLatin1String("packages")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        op.at = fromMs(o.value(QLatin1String("at")));
        op.remindMinutes = o.value(QLatin1String("remind_minutes")).toInt();
        op.requestedBy = o.value(QLatin1String("requested_by")).toString();
        op.requestedAt = fromMs(o.value(QLatin1String("requested_at")));
        op.state = o.value(QLatin1String("state")).toString();
        op.claimedBy = o.value(QLatin1String("claimed_by")).toString();
        op.startedAt = fromMs(o.value(QLatin1String("started_at")));
        op.finishedAt = fromMs(o.value(QLatin1String("finished_at")));
        op.summary = o.value(QLatin1String("summary")).toString();
        op.secondsUntil = number(o.value(QLatin1String("seconds_until")));
        op.secondsRunning = number(o.value(QLatin1String("seconds_running")));
        if (op.id > 0)
            rows << op;
    }
    return rows;
}

QString schedulePrimaryShell(const ClusterSpec& spec, const QString& sql)
{
    const QString psql = QStringLiteral("%1/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p %2")
                             .arg(postgresBinDir(spec.postgresVersion))
                             .arg(spec.ports.postgres);
    // Reading needs the table; writing (the insert) creates it.
    const bool reads = !sql.contains(QLatin1String("CREATE TABLE"));
    return QStringLiteral(
        "if [ \"$(%1 -d postgres -c 'SELECT pg_is_in_recovery()' 2>/dev/null)\" != f ]; then "
        "echo %2; exit 0; fi\n"
        "%3"
        "%1 -d repmgr -c %4")
        .arg(psql, shellQuote(QString::fromLatin1(kStandbyLine)),
            reads ? QStringLiteral("if [ \"$(%1 -d repmgr -c %2)\" != t ]; then echo %3; exit 0; fi\n")
                        .arg(psql,
                            shellQuote(
                                QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(scheduleTable())),
                            QString::fromLatin1(kNoTableLine))
                  : QString(),
            shellQuote(sql));
}

ScheduleAnswer scheduleAnswer(const QHash<QString, RunResult>& results)
{
    ScheduleAnswer answer;
    QStringList unreachable;
    for (auto it = results.constBegin(); it != results.constEnd(); ++it) {
        const RunResult& r = it.value();
        if (r.failure != RunResult::Failure::None) {
            unreachable << it.key();
            continue;
        }
        const QString out = QString::fromUtf8(r.stdOut).trimmed();
        if (out.startsWith(QString::fromLatin1(kStandbyLine)))
            continue;
        answer.node = it.key();
        if (r.exitCode != 0) {
            answer.error
                = tr("psql on %1 (the primary) failed with exit status %2: %3")
                      .arg(it.key())
                      .arg(r.exitCode)
                      .arg(QString::fromUtf8(r.stdErr).trimmed().section(QLatin1Char('\n'), 0, 0).left(300));
            return answer;
        }
        answer.ok = true;
        answer.lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (out == QLatin1String(kNoTableLine))
            answer.lines.clear(); // nothing was ever scheduled on this cluster
        return answer;
    }
    unreachable.sort();
    answer.error = unreachable.isEmpty()
        ? tr("No node answered as the primary: the schedule is kept on the primary. Check the cluster "
             "with pgpilot status.")
        : tr("No node answered as the primary (not reached: %1): the schedule is kept on the primary. "
             "Check the cluster with pgpilot status.")
              .arg(unreachable.join(QStringLiteral(", ")));
    return answer;
}

qint64 scheduleAnswerNumber(const ScheduleAnswer& answer, const QString& marker)
{
    for (const QString& line : answer.lines) {
        if (line.startsWith(marker + QLatin1Char(' '))) {
            bool ok = false;
            const qint64 n = line.mid(marker.size() + 1).section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
            return ok ? n : -1;
        }
    }
    return -1;
}

void runScheduleSql(ClusterSession* session, const ClusterSpec& spec, const QString& purpose,
    const QString& sql, QObject* context, std::function<void(const ScheduleAnswer&)> done)
{
    RunRequest request;
    request.command = schedulePrimaryShell(spec, sql);
    request.runAs = QStringLiteral("postgres");
    request.timeoutMs = 60000;
    Job* job = session->runCommand(purpose, request);
    QObject::connect(job, &Job::finished, context, [job, done] {
        if (job->commandResults().isEmpty()) {
            ScheduleAnswer a;
            a.error = job->error();
            return done(a);
        }
        done(scheduleAnswer(job->commandResults()));
    });
}

std::optional<OperationRequest> scheduledRequest(const ScheduledOperation& row, QString* error)
{
    const auto kind = operationKindFromString(row.kind);
    if (!kind || !isSchedulable(*kind)) {
        if (error)
            *error = tr("\"%1\" cannot be scheduled (switchover, rolling-restart and upgrade can).")
                         .arg(row.kind);
        return std::nullopt;
    }
    OperationRequest request;
    request.kind = *kind;
    request.node = row.node;
    request.switchBack = row.switchBack;
    if (*kind == OperationKind::Upgrade) {
        request.packages = parseUpgradePackages(row.packages.join(QLatin1Char(',')), error);
        if (request.packages.isEmpty())
            return std::nullopt;
    }
    return request;
}

QString scheduleClaimant()
{
    return QStringLiteral("%1 pid %2").arg(localRequester()).arg(QCoreApplication::applicationPid());
}

ScheduleRunner::ScheduleRunner(ClusterServices* services, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_claimant(scheduleClaimant())
{ }

ScheduleRunner::~ScheduleRunner() = default;

void ScheduleRunner::feed(const ClusterSnapshot& snapshot)
{
    if (m_busy)
        return;
    for (const ScheduledOperation& row : snapshot.scheduled) {
        if (row.state == QLatin1String("scheduled") && row.secondsUntil && *row.secondsUntil <= 0
            && *row.secondsUntil >= -kScheduleMissedSeconds && !m_tried.contains(row.id))
            return run(row);
        if (row.state == QLatin1String("running") && row.secondsRunning
            && *row.secondsRunning > kScheduleAbandonedSeconds && !m_abandoned.contains(row.id))
            return abandon(row);
    }
}

void ScheduleRunner::run(const ScheduledOperation& row)
{
    m_busy = true;
    m_tried.insert(row.id);
    const qint64 id = row.id;
    QPointer<ScheduleRunner> self(this);
    m_services->withSession([self, row, id](ClusterSession* session, const QString& error) {
        if (!self)
            return;
        if (!session) {
            Q_EMIT self->line(tr("#%1: cannot claim it: %2").arg(id).arg(error));
            return self->done();
        }
        runScheduleSql(session, self->m_services->spec(), QStringLiteral("schedule-claim"),
            scheduleClaimSql(id, self->m_claimant), self, [self, row, id](const ScheduleAnswer& a) {
                if (!a.ok) {
                    Q_EMIT self->line(tr("#%1: cannot claim it: %2").arg(id).arg(a.error));
                    return self->done();
                }
                if (scheduleAnswerNumber(a, QStringLiteral("pgpilot-claimed")) != 1) {
                    Q_EMIT self->line(tr("#%1: claimed by another watcher (or no longer scheduled)").arg(id));
                    return self->done();
                }
                QString why;
                const auto request = scheduledRequest(row, &why);
                if (!request)
                    return self->record(id, false, why);
                self->claimed(row, *request);
            });
    });
}

void ScheduleRunner::claimed(const ScheduledOperation& row, const OperationRequest& request)
{
    const qint64 id = row.id;
    Q_EMIT line(tr("#%1: claimed: %2 (scheduled for %3 by %4)")
                    .arg(id)
                    .arg(scheduledOperationTitle(row), scheduledWhenText(row), row.requestedBy));
    const OperationPlan plan = buildOperation(m_services->spec(), request);
    if (!plan.valid())
        return record(id, false, tr("%1: refused, nothing changed: %2").arg(plan.title, plan.error));
    QPointer<ScheduleRunner> self(this);
    m_services->prepareOperation(
        request, nullptr, [self, id](OperationRunner* r, const QString& error, const QString& probeError) {
            if (!self) {
                delete r;
                return;
            }
            if (!r)
                return self->record(id, false, tr("Not started: %1").arg(error));
            if (!probeError.isEmpty())
                Q_EMIT self->line(tr("#%1: no write probe: %2").arg(id).arg(probeError));
            self->m_runner.reset(r);
            connect(r, &OperationRunner::narration, self, [self, id](const QString& text) {
                Q_EMIT self->line(QStringLiteral("#%1: -- %2").arg(id).arg(text));
            });
            connect(r, &OperationRunner::finished, self,
                [self, id](const OperationResult& res) { self->record(id, res.ok, res.summary()); });
            r->start(); // the pre-checks first; when they refuse, finished() says so (refused)
        });
}

void ScheduleRunner::record(qint64 id, bool ok, const QString& summary)
{
    Q_EMIT line(tr("#%1: %2").arg(id).arg(summary));
    QPointer<ScheduleRunner> self(this);
    m_services->withSession([self, id, ok, summary](ClusterSession* session, const QString& error) {
        if (!self)
            return;
        if (!session) {
            Q_EMIT self->line(tr("#%1: the result could not be recorded: %2").arg(id).arg(error));
            return self->done();
        }
        runScheduleSql(session, self->m_services->spec(), QStringLiteral("schedule-result"),
            scheduleFinishSql(id, self->m_claimant, ok, summary), self,
            [self, id, ok, summary](const ScheduleAnswer& a) {
                if (!a.ok || scheduleAnswerNumber(a, QStringLiteral("pgpilot-recorded")) != 1)
                    Q_EMIT self->line(
                        tr("#%1: the result could not be recorded in %2: %3")
                            .arg(id)
                            .arg(scheduleTable(), a.ok ? tr("the row is no longer ours") : a.error));
                else
                    Q_EMIT self->line(
                        tr("#%1: recorded as %2 on %3")
                            .arg(id)
                            .arg(ok ? QStringLiteral("done") : QStringLiteral("failed"), a.node));
                Q_EMIT self->finished(id, ok, summary);
                self->done();
            });
    });
}

void ScheduleRunner::abandon(const ScheduledOperation& row)
{
    m_busy = true;
    m_abandoned.insert(row.id);
    const qint64 id = row.id;
    QPointer<ScheduleRunner> self(this);
    m_services->withSession([self, id](ClusterSession* session, const QString& error) {
        if (!self)
            return;
        if (!session) {
            Q_EMIT self->line(tr("#%1: cannot mark it failed: %2").arg(id).arg(error));
            return self->done();
        }
        runScheduleSql(session, self->m_services->spec(), QStringLiteral("schedule-abandon"),
            scheduleAbandonSql(id, self->m_claimant), self, [self, id](const ScheduleAnswer& a) {
                if (a.ok && scheduleAnswerNumber(a, QStringLiteral("pgpilot-abandoned")) == 1)
                    Q_EMIT self->line(
                        tr("#%1: left running for over %2 h by a watcher that stopped: marked failed")
                            .arg(id)
                            .arg(kScheduleAbandonedSeconds / 3600));
                self->done();
            });
    });
}

void ScheduleRunner::done()
{
    if (m_runner)
        m_runner.release()->deleteLater();
    m_busy = false;
    if (ClusterMonitor* monitor = m_services->monitor())
        monitor->pollNow();
}

} // namespace pgpilot
