// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operationrunner.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace pgpilot {

class ClusterServices;
class ClusterSession;
struct RunResult;

// Scheduled operations (issue 20 item 5): `pgpilot switchover|rolling-restart|upgrade --at TIME`
// records the request in the cluster itself (scheduleTable() in the repmgr database, written on
// the primary and replicated, as the pause window is), so that every pgpilot and the headless
// watcher see it. The monitor reads it (ClusterSnapshot::scheduled), reminds before it starts and
// raises an alarm when nobody ran it; a watcher (pgpilot watch, ScheduleRunner below) claims a
// due row, runs the operation as the command line does with --yes and records the result there.

inline constexpr int kScheduleMaxDays = 30; // --at at most this far ahead
inline constexpr int kDefaultRemindMinutes = 15;
inline constexpr int kMaxRemindMinutes = 24 * 60;

// switchover, rolling-restart and upgrade: the operations that may be scheduled.
bool isSchedulable(OperationKind kind);

// TIME of --at: ISO 8601 with its zone, as restoreTargetTime() takes it ("2026-12-05T02:00:00Z",
// "...+01:00"), in UTC. Refused (nullopt, *error says why and what to write) without a zone, in
// the past of now, or more than kScheduleMaxDays after it.
std::optional<QDateTime> parseScheduleTime(const QString& text, const QDateTime& now, QString* error);
// --remind: "15m", "1h", "1h30m", a plain number of minutes, or 0 (no reminder); empty text is
// kDefaultRemindMinutes; at most 24 hours.
std::optional<int> parseRemindMinutes(const QString& text, QString* error);

QString scheduleTable(); // pgpilot.scheduled_operation

// The SQL, for psql in the repmgr database on the primary (schedulePrimaryShell). Every text a
// person or a node gave (node, packages, who) reaches the statement hex-encoded only
// (convert_from(decode('..', 'hex'), 'UTF8')): no quote of it can end a literal. Each prints one
// line a caller recognises:
// - insert: creates the schema and table when missing (readable by pg_monitor, the monitor's
//   role), records the request, prints "pgpilot-scheduled <id>";
// - cancel: a row still 'scheduled' becomes 'cancelled', "pgpilot-cancelled <rows>";
// - claim: 'scheduled' and due becomes 'running' for claimant, "pgpilot-claimed <rows>" (only one
//   watcher gets 1: the UPDATE's WHERE state = 'scheduled' decides);
// - finish: the claimant's 'running' row becomes 'done' or 'failed' with the summary,
//   "pgpilot-recorded <rows>";
// - abandon: a row 'running' for longer than kScheduleAbandonedSeconds becomes 'failed' with a
//   summary saying so (never run again), "pgpilot-abandoned <rows>";
// - list: one JSON object a line (scheduleRowsFromLines), the newest 50.
QString scheduleInsertSql(
    const OperationRequest& request, const QDateTime& at, int remindMinutes, const QString& requestedBy);
QString scheduleCancelSql(qint64 id, const QString& by);
QString scheduleClaimSql(qint64 id, const QString& claimant);
QString scheduleFinishSql(qint64 id, const QString& claimant, bool ok, const QString& summary);
QString scheduleAbandonSql(qint64 id, const QString& by);
QString scheduleListSql();
// The rows of scheduleListSql()'s output; lines that are not its JSON are skipped.
QList<ScheduledOperation> scheduleRowsFromLines(const QStringList& lines);

// Shell for every node, as postgres: where PostgreSQL is out of recovery it runs sql with psql
// in the repmgr database; elsewhere it prints a line saying the primary does it.
QString schedulePrimaryShell(const ClusterSpec& spec, const QString& sql);

// What schedulePrimaryShell() did across the nodes.
struct ScheduleAnswer
{
    bool ok = false; // the primary ran the SQL
    QString node; // the node that answered as the primary
    QStringList lines; // its output lines
    QString error; // !ok: what failed, where, what to do next
};
ScheduleAnswer scheduleAnswer(const QHash<QString, RunResult>& results);
// The number after "<marker> " in the answer's lines (-1 when there is none).
qint64 scheduleAnswerNumber(const ScheduleAnswer& answer, const QString& marker);

// Runs sql on the primary of an open session (every node checks whether it is the primary);
// done gets the answer on context's thread.
void runScheduleSql(ClusterSession* session, const ClusterSpec& spec, const QString& purpose,
    const QString& sql, QObject* context, std::function<void(const ScheduleAnswer&)> done);

// The request a row stands for, or nullopt with *error set (a kind that cannot be scheduled, an
// unknown package name).
std::optional<OperationRequest> scheduledRequest(const ScheduledOperation& row, QString* error);

// Who runs scheduled operations here: "user@host pid N" of this process.
QString scheduleClaimant();

// The watcher's part: fed every snapshot of a cluster, it runs each due row (state scheduled,
// its time passed by at most kScheduleMissedSeconds: a row missed longer than that is left to the
// admin, whom the alarm tells) once: claims it, runs the operation over the services' session
// exactly as `pgpilot <operation> --yes` does (pre-checks that refuse end it as failed with the
// reason), records done or failed with the summary, and has the monitor poll at once. One
// operation at a time. It also marks rows left 'running' past kScheduleAbandonedSeconds failed.
class ScheduleRunner : public QObject
{
    Q_OBJECT
public:
    // services: not owned, must outlive the runner; its monitor (setMonitor) supplies the
    // current primary and polls after each result.
    explicit ScheduleRunner(ClusterServices* services, QObject* parent = nullptr);
    ~ScheduleRunner() override;

    void feed(const ClusterSnapshot& snapshot);
    bool busy() const { return m_busy; }

Q_SIGNALS:
    // What it does, a line at a time (claimed, the operation's narration, the result).
    void line(const QString& text);
    // A row it ran is recorded (ok: the operation was done and verified).
    void finished(qint64 id, bool ok, const QString& summary);

private:
    void run(const ScheduledOperation& row);
    void claimed(const ScheduledOperation& row, const OperationRequest& request);
    void record(qint64 id, bool ok, const QString& summary);
    void abandon(const ScheduledOperation& row);
    void done();

    ClusterServices* m_services;
    QString m_claimant;
    bool m_busy = false;
    QSet<qint64> m_tried; // rows this watcher tried to claim (each once)
    QSet<qint64> m_abandoned;
    std::unique_ptr<OperationRunner> m_runner;
};

} // namespace pgpilot
