// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"
#include "monitor/eventlog.h"
#include "runbook/runbook.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace pgpilot {

class ClusterSession;
class Job;
class WriteProbe;
struct CheckpointResult;
struct NodeStepResult;
struct PhaseResult;

// The operations a DBA runs on a live cluster. Unfence is a rejoin (the fence is lifted, then the
// node rejoins as a standby).
enum class OperationKind
{
    Switchover, // make a standby the primary (planned, no data loss)
    Rejoin, // bring a down, diverged or fenced node back as a standby (rewind, or re-clone)
    Fence, // stop PostgreSQL on a node and keep it stopped; out of HAProxy everywhere
    AddStandby, // a node row already in the worksheet: install, clone, register, update HAProxy/Keepalived
    RemoveStandby, // the reverse: unregister, stop, drop it from HAProxy/Keepalived on the others
    RotateSecrets, // new passwords for passwordRoles(): database, every .pgpass and the keychain together
    RenewCerts, // verified TLS: a new key and certificate for every node, reloaded without a restart
    Backup, // a pgBackRest backup (full, diff or incr) on the repository host
    RestoreDrill, // the newest backup and the archived WAL restored on the repository host, checked
    Restore, // point-in-time recovery of the whole cluster (primary restored, standbys re-cloned)
    Pause, // repmgr service pause: no automatic failover until unpause; the window recorded in the cluster
    Unpause, // repmgr service unpause: automatic failover again; the recorded window closed
    RollingRestart, // every node restarted, standbys first, the primary by a switchover (ops/rolling.h)
    Upgrade, // the packages' new versions installed in the same order (apt-get --only-upgrade)
    // the worksheet's settings section written and reloaded on every node, never a restart (what
    // waits for one is the rolling restart's: ops/settingsinspect.h)
    ApplySettings
};
// "switchover", "rejoin", "fence", "add-standby", "remove-standby", "rotate-secrets", "renew-certs",
// "backup", "restore-drill", "restore", "pause", "unpause", "rolling-restart", "upgrade",
// "apply-settings".
QString toId(OperationKind kind);
// Accepts the ids above and "unfence" (= rejoin); nothing for anything else.
std::optional<OperationKind> operationKindFromString(const QString& text);

// What the DBA asked for.
struct OperationRequest
{
    OperationKind kind = OperationKind::Switchover;
    QString node; // the target: the standby to promote, the node to rejoin/fence/add/remove
    bool reclone = false; // rejoin only: copy the node afresh from the primary instead of pg_rewind
    // backup: full, diff or incr (empty: incr, pgBackRest's own default); restore: the target time
    // as pgBackRest takes it, "YYYY-MM-DD HH:MM:SS[.ffffff]+00" (restoreTargetTime() makes it);
    // pause: the window as the admin wrote it ("30m", "2h"; empty: 60 minutes; parsePauseWindow).
    QString option;
    // pause: why (shown with the pause everywhere); pause and unpause: who asked, "user@host"
    // (empty: this process's user and host, localRequester()).
    QString reason = {};
    QString requestedBy = {};
    // rolling-restart and upgrade: node is the standby to switch over to (empty: the first standby
    // of the worksheet); switchBack ends with a switchover back to the primary of the start.
    bool switchBack = false;
    QStringList packages = {}; // upgrade: names of upgradePackageNames() (runbook/builder.h)
};

// One pre-check or verification line, as the dialogs list them.
struct OperationCheck
{
    QString id; // stable, e.g. "reach", "target-streaming", "repmgrd", "postgres-ssh", "dry-run"
    QString title; // "pg2 streams from the primary with lag under 16 MiB"
    QString node; // the node it is about, empty for cluster-wide checks
    bool ok = false;
    QString seen; // what pgpilot saw
    QString hint; // what to do when !ok (empty when ok)

    bool operator==(const OperationCheck&) const = default;
};

// The small runbook of one operation, built from the worksheet. Pure (no I/O): the factory below
// makes it; the runner runs it. Phase numbers follow the runbook's (0-5): 8 switchover,
// 9 rejoin, 10 fence, 11 add standby, 12 remove standby, 13 rotate secrets, 14 renew certificates;
// the step ids start
// with "p<number>.".
struct OperationPlan
{
    OperationRequest request;
    QString error; // non-empty: the request cannot be planned (unknown node, ...); nothing else is set
    QString title; // "Switchover to pg2"
    QString oldPrimary; // switchover: the current primary as far as known (empty: not yet known)
    QString newPrimary; // switchover: the target
    // What will happen, naming the old and new primary and what clients will see. Refreshed by the
    // runner once its pre-checks have found the current primary.
    QString confirmation;
    Phase prechecks; // checkpoint criteria only; the runner turns them into OperationCheck items
    Phase phase; // the steps
    Phase verification; // checkpoint criteria run after the steps

    bool valid() const { return error.isEmpty(); }
};

inline constexpr int kOperationPhaseBase = 8;
int operationPhaseNumber(OperationKind kind); // 8..13

// Builds the plan for a request on a validated worksheet. currentPrimary (from the dashboard's
// snapshot, may be empty) only improves the confirmation text; the runner's pre-checks find the
// real one. For AddStandby the node must already be a row of spec; for RemoveStandby it must be
// the last row (node ids are worksheet positions, so removing another would renumber the rest).
OperationPlan buildOperation(
    const ClusterSpec& spec, const OperationRequest& request, const QString& currentPrimary = {});

// An ISO 8601 time with its zone ("2026-12-05T10:15:00Z", "...+01:00", fractions allowed) as
// pgBackRest's restore takes it, in UTC: "2026-12-05 10:15:00.000000+00". Empty with *error set
// when text is not such a time (a time without a zone is refused: it would be the host's).
QString restoreTargetTime(const QString& text, QString* error);

// The confirmation text for a known current primary (used by buildOperation and the runner).
QString operationConfirmation(
    const ClusterSpec& spec, const OperationRequest& request, const QString& currentPrimary);

// "Show commands": every command the plan would send, per node and step, secrets as placeholders.
QString operationCommandsText(const OperationPlan& plan);

// The outcome of a run.
struct OperationResult
{
    OperationRequest request;
    bool ok = false;
    bool cancelled = false;
    bool refused = false; // the pre-checks failed: nothing was changed
    QString error; // what failed, where (step, node)
    QString hint; // what to do next
    // Rejoin only: pg_rewind could not bring the node back; a re-clone (request.reclone) would.
    bool recloneSuggested = false;
    qint64 durationMs = 0; // from start() to the end of the verification
    // Longest time with no acknowledged write through VIP:write-port while the operation ran
    // (the probe writes every ~100 ms); -1 when not measured (no probe, or no write ever succeeded).
    qint64 writeOutageMs = -1;
    // The sum of every stretch without an acknowledged write in which a write failed or waited
    // over a second (a rolling operation's switchovers add up here); -1 when not measured.
    qint64 totalOutageMs = -1;
    int writesOk = 0; // probe writes acknowledged during the run
    int failedWrites = 0; // probe attempts that failed (connect or commit) during the run
    QString oldPrimary; // switchover: the primary before; others: the primary found by the pre-checks
    QString newPrimary; // switchover: the primary after
    QList<OperationCheck> prechecks;
    QList<OperationCheck> verification; // what was verified after the steps
    QStringList narration; // every narration line, in order
    // RotateSecrets: an earlier run's pending passwords were found and this run finished it.
    bool resumedRotation = false;

    // One line for the event timeline and the CLI: "Switchover to pg2: done in 8.1 s, write outage 1.9 s".
    QString summary() const;
};

// For the dashboard's event timeline: kind Operation, the node, the summary with outcome and
// figures; severity Warning when the operation failed (so it stands out), else informational.
ClusterEvent operationEvent(
    const OperationResult& result, const QDateTime& when = QDateTime::currentDateTimeUtc());

// Where the write probe connects; the password is the repmgr user's (from the SecretStore).
struct WriteProbeSettings
{
    QString host; // the VIP
    int port = 5000;
    // pgpilot's monitoring role (runbook's monitorRole()): a transaction id needs no more.
    QString user = QStringLiteral("pgpilot_monitor");
    QString database = QStringLiteral("repmgr");
    QByteArray password; // kept in memory only, never logged
    // Tried in turn when a login is refused for the password (rotate-secrets: the new one); the
    // one that works is kept.
    QList<QByteArray> alternatePasswords;
    int intervalMs = 100;
    int connectTimeoutS = 2; // libpq's minimum
    // Verified TLS: "verify-full" and the cluster CA's certificate file (ClusterServices).
    QString sslMode = QStringLiteral("prefer");
    QString sslRootCert;
};
// From the worksheet: the VIP and write port, the monitoring role and repmgr's database (password
// left empty).
WriteProbeSettings writeProbeSettings(const ClusterSpec& spec);

// Typical use (a dashboard dialog or the CLI, app/runcommands.cpp operationCommand):
//   auto* r = new OperationRunner(session, {OperationKind::Switchover, "pg2"}, currentPrimary, this);
//   WriteProbeSettings w = writeProbeSettings(session->spec());
//   w.password = monitorPassword; // SecretStore key monitorPasswordKey(spec)
//   r->setWriteProbe(w);
//   connect(r, &OperationRunner::prechecksDone, ...); r->runPrechecks();
//   ... show the checks and r->confirmation(); on OK: r->start();
//   connect(r, &OperationRunner::finished, [monitor](const OperationResult& res) {
//       monitor->recordOperation(res.request.node, res.summary()); }); // or operationEvent(res)
// Runs one operation over an opened ClusterSession (session->open() has reported success):
// pre-checks -> (confirmation by the caller) -> steps with a write probe on VIP:write-port ->
// verification -> finished(). Every remote command goes through the session's Executor as a Job
// the runner holds (so it hears only its own runs), audit-logged with secrets masked. One runner
// runs one operation once; make a new one for the next. Its id comes from the executor's job
// numbering. Signals arrive on the runner's thread (the GUI thread).
class OperationRunner : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Prechecking,
        Ready, // pre-checks passed: start() may be called
        Refused, // pre-checks failed: start() reports refused
        Running,
        Verifying,
        Finished
    };
    Q_ENUM(State)

    // session: not owned, must outlive the runner and be open. currentPrimary as for buildOperation.
    OperationRunner(ClusterSession* session, const OperationRequest& request,
        const QString& currentPrimary = {}, QObject* parent = nullptr);
    ~OperationRunner() override;

    quint64 id() const { return m_id; }
    const OperationPlan& plan() const { return m_plan; }
    State state() const { return m_state; }
    // The confirmation to show before start(): refreshed after the pre-checks.
    QString confirmation() const { return m_plan.confirmation; }
    // "Show commands" (dry run): nothing is sent.
    QString commandsText() const { return operationCommandsText(m_plan); }

    // The write probe (VIP:write-port, ~100 ms). Without a password no probe runs and the result's
    // writeOutageMs is -1. Call before start().
    void setWriteProbe(const WriteProbeSettings& settings);

    // Runs the pre-checks (read-only); emits prechecksDone. Refuses (empty list, ok=false) when
    // the plan is invalid or the runner is busy.
    void runPrechecks();
    // Runs the operation. Runs the pre-checks first when they have not passed yet; when they fail
    // (or the plan is invalid) it changes nothing and emits finished() with refused=true.
    void start();
    // True while cancelling leaves the cluster consistent: during the pre-checks and between steps
    // before the point of no return (switchover: before repmgr's switchover starts; rejoin: before
    // the rewind/clone; fence: never once stopping began; add: before the clone).
    bool canCancel() const;
    // Cancels when canCancel(); emits finished() with cancelled=true.
    void cancel();

Q_SIGNALS:
    void prechecksDone(const QList<pgpilot::OperationCheck>& checks, bool ok);
    // A human line as it happens: "Demoting pg1", "Promoting pg2", "pg3 follows pg2",
    // "HAProxy sends writes to pg2", "VIP 10.0.0.10 on pg2", "Writes accepted again after 1.9 s".
    void narration(const QString& line);
    void stepStarted(const QString& stepId, const QString& title, const QString& node);
    // ok false: the step failed on that node (error says why); skipped: its probe found it done
    void stepFinished(const QString& stepId, const QString& title, const QString& node, bool ok,
        const QString& error, bool skipped);
    // The nodes' output lines of this operation's commands (secrets masked), for --verbose.
    void output(const QString& stepId, const QString& node, int stream, const QStringList& lines);
    void stateChanged(pgpilot::OperationRunner::State state);
    void finished(const pgpilot::OperationResult& result);

private:
    void setState(State s);
    void say(const QString& line);
    Job* hold(Job* job); // the run in progress; cancel() cancels it
    bool executorReady(QString* why) const;
    static QList<OperationCheck> toChecks(const CheckpointResult& r);
    void onPrecheckDone(const CheckpointResult& r);
    void onPhaseFinished(const PhaseResult& r);
    void onVerificationDone(const CheckpointResult& r);
    void onOutput(const QString& stepId, const QString& node, int stream, const QStringList& lines);
    void narrateStepStart(const QString& stepId, const QString& node);
    void narrateStepDone(const QString& stepId, const QString& node, bool skipped);
    void watchProbe();
    void startSteps();
    void startStepsNow();
    bool pendingStored(const QString& error);
    void preparePasswordsThenStart();
    void prepareCertificatesThenStart();
    void prepareNewNodeSecretsThenStart();
    void promoteThenFinish();
    void finishRefused();
    void replanRolling(const QString& primary);
    void finish();
    QString stepTitle(const QString& stepId) const;

    const quint64 m_id;
    ClusterSession* m_session;
    OperationPlan m_plan;
    State m_state = State::Idle;
    bool m_startAfterPrechecks = false;
    bool m_prechecksPassed = false;
    bool m_pastNoReturn = false;
    bool m_cancelRequested = false;
    QString m_currentStep;
    QPointer<Job> m_job;
    WriteProbeSettings m_probeSettings;
    std::unique_ptr<WriteProbe> m_probe;
    QTimer* m_probeTimer = nullptr;
    bool m_lastProbeOk = true;
    QHash<QString, QByteArray> m_pending; // RotateSecrets: pending key -> new password (masked)
    qint64 m_failSince = -1;
    QElapsedTimer m_clock;
    OperationResult m_result;
};

} // namespace pgpilot

Q_DECLARE_METATYPE(pgpilot::OperationCheck)
Q_DECLARE_METATYPE(pgpilot::OperationResult)
Q_DECLARE_METATYPE(pgpilot::OperationRequest)
