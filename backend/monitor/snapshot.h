// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgpilot {

// Plain values the monitor produces once per tick. Nothing here refers to a connection or a
// widget: a snapshot can be copied to any thread, stored in the history, crafted by a test and
// rendered by the dashboard, the wall and the `status` command alike.

// A WAL position (pg_lsn) as a number, so differences are bytes.
using Lsn = std::optional<quint64>;
std::optional<quint64> parseLsn(const QString& text); // "16/B374D848"
QString formatLsn(const Lsn& lsn); // "" when unknown

// The TLS of pgpilot's own connection to a node, as the handshake showed it.
struct TlsPeer
{
    bool inUse = false;
    QString protocol; // "TLSv1.3"
    QString certificateName; // the server certificate's common name
    QDateTime certificateNotAfter; // UTC; invalid when no certificate was read

    bool operator==(const TlsPeer&) const = default;
};

// One row of pg_stat_replication on the node that sends WAL.
struct ReplicationPeer
{
    QString applicationName; // repmgr sets it to the standby's node name
    QString clientAddress;
    QString state; // streaming, catchup, startup, backup, stopping
    QString syncState; // async, sync, quorum, potential
    Lsn sentLsn;
    Lsn writeLsn;
    Lsn flushLsn;
    Lsn replayLsn;
    std::optional<qint64> sentLagBytes; // sender's current LSN minus each position
    std::optional<qint64> writeLagBytes;
    std::optional<qint64> flushLagBytes;
    std::optional<qint64> replayLagBytes;
    // PostgreSQL leaves these NULL when the standby is idle and caught up.
    std::optional<double> writeLagSeconds;
    std::optional<double> flushLagSeconds;
    std::optional<double> replayLagSeconds;

    bool operator==(const ReplicationPeer&) const = default;
};

struct ReplicationSlot
{
    QString name;
    QString type; // physical, logical
    bool active = false;
    Lsn restartLsn;
    std::optional<qint64> retainedBytes; // WAL kept for this slot
    QString walStatus; // reserved, extended, unreserved, lost

    bool operator==(const ReplicationSlot&) const = default;
};

// A row of repmgr.nodes as one node sees it.
struct RepmgrNode
{
    int nodeId = 0;
    QString nodeName;
    QString type; // primary, standby, witness
    bool active = false;
    std::optional<int> upstreamNodeId;
    int priority = 100;

    bool operator==(const RepmgrNode&) const = default;
};

// A row of repmgr.events.
struct RepmgrEvent
{
    int nodeId = 0;
    QString event; // standby_promote, repmgrd_failover_promote, ...
    bool successful = true;
    QDateTime timestamp;
    QString details;

    bool operator==(const RepmgrEvent&) const = default;
};

// synchronous_standby_names as PostgreSQL reads it.
enum class SyncMode
{
    Unknown, // not read, or text PostgreSQL would refuse
    Async, // '': commits wait for no standby
    Quorum, // ANY k (names): any k of the named standbys confirm each commit
    Priority // FIRST k (names), k (names) or a plain list (k = 1): the first k streaming names
};
QString toId(SyncMode mode); // "unknown", "async", "quorum", "priority"

struct SyncSetting
{
    SyncMode mode = SyncMode::Unknown;
    int count = 0; // k: standbys each commit waits for (0 when asynchronous)
    QStringList names; // in order, quotes removed; "*" matches any standby

    // PostgreSQL compares names with application_name case-insensitively; "*" matches all.
    bool matches(const QString& applicationName) const;
    bool operator==(const SyncSetting&) const = default;
};

// pg_stat_archiver's one row on a node (archive_command's record), with what the poll reads
// beside it to judge it. On a standby the archiver does not run (archive_mode on): only the
// primary's row says anything.
struct ArchiverStatus
{
    bool read = false; // the statement answered this poll
    qint64 archivedCount = 0;
    QString lastArchivedWal; // "000000010000000000000012", a ".partial", ".history" or ".backup" name
    QDateTime lastArchivedTime; // UTC; invalid: nothing archived since the statistics were reset
    qint64 failedCount = 0;
    QString lastFailedWal;
    QDateTime lastFailedTime; // UTC; invalid: no failure
    std::optional<double> lastArchivedAgeSeconds; // the server's now() - last_archived_time
    QString archiveMode; // current_setting('archive_mode'): off, on, always
    qint64 walSegmentBytes = 0; // wal_segment_size
    // failed_count at this node's previous poll that read it (ClusterMonitor fills it in; nullopt:
    // none yet), so that an archiving failure that happened between two polls shows too.
    std::optional<qint64> previousFailedCount;

    bool operator==(const ArchiverStatus&) const = default;
};

// The failover pause pgpilot recorded in the cluster (issue 20): `pgpilot pause` writes a row of
// pgpilot.failover_pause in the repmgr database on the primary (replicated to every node);
// `pgpilot unpause` closes it. The newest row without an end is the open one.
struct PauseWindow
{
    bool read = false; // the table was read on this node (false: no table, or not readable)
    bool open = false; // a pause without an end is recorded
    qint64 id = 0;
    QDateTime since; // paused_at, UTC
    QDateTime until; // when the admin meant to resume, UTC
    QString by; // "user@host" of whoever paused
    QString reason;
    std::optional<double> secondsLeft; // until - now() by the node's clock: negative once past

    bool operator==(const PauseWindow&) const = default;
};

// An operation scheduled for later (issue 20: pgpilot switchover|rolling-restart|upgrade --at): a
// row of pgpilot.scheduled_operation in the repmgr database, written on the primary (replicated
// to every node). A watcher (pgpilot watch) claims it when it is due, runs it and records the
// result in the row.
struct ScheduledOperation
{
    qint64 id = 0;
    QString kind; // "switchover", "rolling-restart" or "upgrade" (toId(OperationKind))
    QString node; // switchover: the standby to promote; rolling: the standby to switch over to (may be empty)
    bool switchBack = false; // rolling: a switchover back at the end
    QStringList packages; // upgrade: the package names
    QDateTime at; // when it is to start, UTC
    int remindMinutes = 15; // the reminder alarm starts this long before at
    QString requestedBy; // "user@host"
    QDateTime requestedAt;
    QString state; // scheduled, running, done, failed, cancelled
    QString claimedBy; // the watcher that runs (or ran) it: "user@host pid N"
    QDateTime startedAt;
    QDateTime finishedAt;
    QString summary; // the result's one line (OperationResult::summary), or why it did not run
    std::optional<double> secondsUntil; // at - now() by the node's clock: negative once due
    std::optional<double> secondsRunning; // now() - started_at by the node's clock

    bool finished() const
    {
        return state == QLatin1String("done") || state == QLatin1String("failed")
            || state == QLatin1String("cancelled");
    }
    bool operator==(const ScheduledOperation&) const = default;
};
// A scheduled operation still 'scheduled' this long after its time was missed: nobody runs it.
inline constexpr int kScheduleMissedSeconds = 5 * 60;
// A row left 'running' this long was claimed by a watcher that died: it is marked failed.
inline constexpr int kScheduleAbandonedSeconds = 2 * 3600;

// The scheduled operations in one node's copy of the table: the unfinished ones and those
// finished within the last day.
struct ScheduleTable
{
    bool read = false; // the table was read on this node (false: no table, or not readable)
    QList<ScheduledOperation> rows; // by time

    bool operator==(const ScheduleTable&) const = default;
};

// What libpq found on one node this tick.
struct PgStatus
{
    bool polled = false; // false until the first answer or timeout
    bool reachable = false;
    QString error; // why not reachable: refused, timed out after N ms, authentication, ...
    qint64 latencyMs = 0; // connect (when needed) plus queries
    bool inRecovery = false;
    std::optional<int> timeline;
    QString serverVersion;
    Lsn currentLsn; // primary: pg_current_wal_lsn()
    Lsn receiveLsn; // standby: pg_last_wal_receive_lsn()
    Lsn replayLsn; // standby: pg_last_wal_replay_lsn()
    QString walReceiverStatus; // standby: pg_stat_wal_receiver.status ("streaming"), empty: none
    QString upstreamHost; // standby: where its WAL receiver connects
    std::optional<double> replayDelaySeconds; // now() - pg_last_xact_replay_timestamp()
    QList<ReplicationPeer> replication;
    QList<ReplicationSlot> slots;
    bool repmgrInstalled = false; // the repmgr extension exists in the database we connect to
    QList<RepmgrNode> repmgrNodes;
    QList<RepmgrEvent> repmgrEvents; // most recent first
    std::optional<bool> repmgrdRunning; // repmgr.repmgrd_is_running() on this node
    std::optional<int> localRepmgrNodeId; // repmgr.get_node_id() on this node
    QString syncStandbyNames; // current_setting('synchronous_standby_names'), as read
    SyncSetting sync; // syncStandbyNames parsed
    QString synchronousCommit; // current_setting('synchronous_commit'): on, remote_apply, local, ...
    TlsPeer tls; // read when the connection was made
    ArchiverStatus archiver;
    // repmgr.repmgrd_is_paused() on this node (`repmgr service pause`): its repmgrd takes no
    // failover action; nullopt when not read. The flag lives in PostgreSQL's shared memory (and a
    // state file it is restored from when PostgreSQL starts).
    std::optional<bool> repmgrdPaused = {};
    PauseWindow pauseWindow = {}; // the open pause recorded in this node's copy of the table
    ScheduleTable schedule = {}; // the scheduled operations in this node's copy of the table

    bool operator==(const PgStatus&) const = default;
};

// GET /health on the node's health service.
struct HealthStatus
{
    bool polled = false;
    bool reachable = false; // an HTTP answer arrived (any status)
    int httpStatus = 0;
    QString error;
    qint64 latencyMs = 0;
    QString role; // primary, replica, unknown (from the JSON body)
    std::optional<int> timeline;
    std::optional<qint64> lagBytes;
    QString walReceiver;
    QString bodyError; // "error" in the body: why the service could not ask PostgreSQL
    bool fenced = false; // "fenced": true in the body: pgpilot fenced the node (its mark file exists)
    // "vip" in the body (a health service started with --vip reads this node's addresses from the
    // kernel): the address it looked for, and whether the node holds it (vipKnown), or why it could
    // not tell (vipError). vipAddress empty: the service does not report the VIP.
    QString vipAddress {};
    bool vipKnown = false;
    bool vipHolds = false;
    QString vipError {};

    bool ok() const { return reachable && httpStatus == 200; }
    bool operator==(const HealthStatus&) const = default;
};

// One server line of HAProxy's CSV stats.
struct HaproxyServer
{
    QString name; // the server name in haproxy.cfg; pgpilot names them after the nodes
    QString status; // UP, DOWN, MAINT, "UP 1/2", no check, ...
    int currentSessions = 0;
    qint64 totalSessions = 0;

    bool up() const { return status.startsWith(QLatin1String("UP")) || status == QLatin1String("OPEN"); }
    bool operator==(const HaproxyServer&) const = default;
};

struct HaproxyBackend
{
    QString name; // pg_primary, pg_replicas, or whatever the configuration calls them
    QString status; // of the BACKEND line
    QList<HaproxyServer> servers;

    QStringList upServers() const;
    bool operator==(const HaproxyBackend&) const = default;
};

struct HaproxyStatus
{
    bool polled = false;
    bool reachable = false;
    QString error;
    qint64 latencyMs = 0;
    QList<HaproxyBackend> backends;

    // The backend that carries writes: named like "primary"/"write"/"rw", else the first one.
    const HaproxyBackend* writeBackend() const;
    // The backend that carries reads: named like "replica"/"read"/"ro", else the second one.
    const HaproxyBackend* readBackend() const;
    bool operator==(const HaproxyStatus&) const = default;
};

struct VipStatus
{
    bool polled = false;
    bool known = false; // the probe answered
    bool holds = false;
    QString error;

    bool operator==(const VipStatus&) const = default;
};

// One backup set in the pgBackRest repository (`pgbackrest info`, its "backup" array).
struct BackupSet
{
    QString label; // 20240602-013002F, 20240602-013002F_20240603-013001D
    QString type; // full, diff, incr
    QDateTime start; // UTC, the repository host's clock
    QDateTime stop;
    std::optional<qint64> size; // the database's size at the backup (info.size)
    std::optional<qint64> repositorySize; // what the set takes in the repository (info.repository.size)
    QString walStart; // the WAL the backup needs to be consistent (archive.start, archive.stop)
    QString walStop;
    bool error = false; // pgBackRest found page checksum errors while copying (info "error": true)

    bool operator==(const BackupSet&) const = default;
};

// A systemd timer of the repository host that takes backups (pgpilot-backup-full/diff.timer) and
// its service's last run.
struct BackupTimer
{
    bool present = false; // the unit exists on the host
    QDateTime next; // UTC, the host's clock; invalid: not scheduled
    QDateTime lastTrigger; // invalid: never ran
    QString result; // the service's Result: success, exit-code, signal, timeout, ...
    int exitStatus = 0; // the service's ExecMainStatus (pgBackRest's error code when it failed)
    bool active = false; // the backup runs now

    bool failed() const
    {
        return present && lastTrigger.isValid() && !result.isEmpty() && result != QLatin1String("success");
    }
    bool operator==(const BackupTimer&) const = default;
};

// Segments missing from the repository's WAL archive (pgpilot-backup-status's "wal.gaps"): a
// restore from a backup that starts before it cannot replay past it. pgBackRest leaves one when
// it drops WAL because the primary's archive queue passed archive-push-queue-max.
struct WalGap
{
    int timeline = 0;
    QString first; // the first and last missing segment, "000000010000000A00000012"
    QString last;
    qint64 count = 0;
    QString before; // the segment before it (empty: the gap starts the range checked)
    QDateTime beforeTime; // when that one reached the repository (UTC, the host's clock); invalid: unknown
    QString after; // the segment after it
    QDateTime afterTime;
    QStringList breaks; // the backups kept whose restore has to cross it
    QString healedBy; // the oldest good backup that starts after it (empty: none yet)
    QDateTime healedAt; // when that backup stopped: recovery works again from there

    bool healed() const { return !healedBy.isEmpty(); }
    bool operator==(const WalGap&) const = default;
};

// The cluster's backups as the repository host reports them (pgpilot-backup-status, read over
// SSH about every 30 s by the BackupProbe), merged with what was read before: a failed read keeps
// the last values and says why in error.
struct BackupStatus
{
    bool configured = false; // the cluster has a repository host (archiving mode pgbackrest)
    QString host; // the repository host's name
    QString stanza;
    bool polled = false; // a read answered or failed at least once
    QString error; // the last read failed: SSH, the script, its output (empty: it worked)
    int failures = 0; // reads that failed in a row
    QDateTime readAt; // when the last good read was made, by the repository host's clock (UTC)
    QDateTime receivedAt; // when it arrived, by this workstation's clock (UTC)
    QString pgbackrestVersion;
    QString infoError; // `pgbackrest info` failed: why (its values below are then empty)
    std::optional<int> stanzaCode; // info status.code: 0 ok, 1 missing stanza path, 2 no valid
                                   // backups, 3 missing stanza data, 4 mixed, 5 database mismatch, 99 other
    QString stanzaMessage;
    bool backupRunning = false; // status.lock.backup.held
    std::optional<qint64> runningBytes; // lock.backup.size and size-cplt (pgBackRest >= 2.48)
    std::optional<qint64> runningDoneBytes;
    QList<BackupSet> backups; // oldest first, as pgBackRest lists them
    QString archiveMin; // the oldest and newest WAL segment in the archive
    QString archiveMax;
    BackupTimer fullTimer;
    BackupTimer diffTimer;
    QString timersError; // systemctl could not be asked
    std::optional<qint64> repoFreeBytes; // the repository's file system (statvfs)
    std::optional<qint64> repoTotalBytes;
    QString repoError;
    // The WAL archive checked for gaps by the status script (walChecked false: not checked, by a
    // script older than this pgpilot or because it could not look: walError says why).
    bool walChecked = false;
    QString walError;
    qint64 walSegmentBytes = 0; // the segment size the script assumed (16 MiB)
    qint64 walFiles = 0; // segments seen in the archive
    QList<WalGap> walGaps; // oldest first; at most 50, the newest ones
    qint64 walGapsTotal = 0;
    // WAL the primary reports archived but the repository does not hold (mergeBackupRead keeps
    // count): claimedWal is pg_stat_archiver.last_archived_wal of the primary when the last read
    // arrived; claimBehindReads counts the good reads in a row whose archiveMax was older than
    // the claim made before the read started, claimBehindSince is when the first of them arrived.
    QString claimedWal;
    int claimBehindReads = 0;
    QString claimBehindWal; // the claim the newest of those reads did not hold
    QDateTime claimBehindSince;

    const BackupSet* newest() const; // nullptr when there is none
    const BackupSet* newestGood() const; // the newest without error
    // Seconds from t (a repository host time) to now (this workstation's), corrected by the
    // difference between the two clocks at the last read; nullopt when t or the read is unknown.
    std::optional<qint64> secondsSince(const QDateTime& t, const QDateTime& now) const;
    bool operator==(const BackupStatus&) const = default;
};

enum class NodeState
{
    Unknown, // not polled yet
    Primary, // PostgreSQL answers and accepts writes
    Standby, // PostgreSQL answers and is in recovery
    Down, // PostgreSQL does not answer
    Fenced // down on purpose: pgpilot fenced it
};
QString toId(NodeState state);

struct NodeSnapshot
{
    QString name;
    QString address;
    PgStatus pg;
    HealthStatus health;
    HaproxyStatus haproxy;
    VipStatus vip;
    bool fenced = false; // set by the operations (fence), not discovered

    // Derived by deriveCluster():
    NodeState state = NodeState::Unknown;
    bool registeredPrimary = false; // repmgr's node table names it the active primary
    std::optional<qint64> lagBytes; // standby: primary's current LSN minus this node's replay LSN
    std::optional<double> lagSeconds;
    QString replicationState; // as the primary sees it; empty when the primary does not list it
    QString syncState; // sync_state as the primary sees it (async, sync, quorum, potential); empty
                       // when the primary does not list it

    bool operator==(const NodeSnapshot&) const = default;
};

enum class AlarmKind
{
    NoPrimary,
    SplitBrain,
    UnregisteredPrimary,
    VipNotHeld,
    VipHeldTwice,
    VipOnUnhealthyNode,
    HealthDisagrees,
    ReplicationBroken,
    LagHigh,
    NodeUnreachable,
    RepmgrdNotRunning,
    HaproxyDown,
    WritesMisrouted,
    SyncQuorumLost,
    CertificateExpiring,
    ArchiveFailing,
    ArchiveLag,
    BackupStale,
    BackupFailed,
    BackupTimerFailed,
    BackupStatusUnread,
    BackupRepositoryError,
    BackupSpaceLow,
    FailoverPausedTooLong, // paused longer than the window the admin gave (pgpilot pause --window)
    FailoverPausedPartly, // repmgrd paused on some nodes and not on others
    ArchiveGap,
    ArchiveNotStored,
    OperationScheduledSoon, // a scheduled operation starts within its reminder time
    ScheduledOperationMissed // a scheduled operation's time passed and nobody started it
};
QString toId(AlarmKind kind);

enum class Severity
{
    Warning,
    Critical
};
QString toId(Severity severity);
QList<AlarmKind> allAlarmKinds(); // in declaration order
// The inverses of toId() (std::nullopt for a text no value has).
std::optional<AlarmKind> alarmKindFromId(const QString& id);
std::optional<NodeState> nodeStateFromId(const QString& id);
std::optional<Severity> severityFromId(const QString& id);
std::optional<SyncMode> syncModeFromId(const QString& id);

struct Alarm
{
    AlarmKind kind = AlarmKind::NoPrimary;
    Severity severity = Severity::Critical;
    QString node; // empty: the whole cluster
    QString title; // short: "Split brain: pg1 and pg2 both accept writes"
    QString meaning; // what it means for the applications
    QString action; // what to do now

    // Identity across ticks: an alarm is "the same" while kind and node are.
    QString key() const { return toId(kind) + QLatin1Char('/') + node; }
    bool operator==(const Alarm&) const = default;
};

// Automatic failover paused (issue 20), as derived from every node's repmgrd flag and the window
// read from the primary (else from the newest copy a standby answered with).
struct FailoverPause
{
    QStringList pausedNodes; // repmgrd_is_paused() true
    QStringList activeNodes; // repmgrd_is_paused() false; nodes that did not answer are in neither
    PauseWindow window; // open false: no window recorded (paused by hand, or by a switchover)
    QString windowNode; // the node whose copy of the window was read

    bool paused() const { return !pausedNodes.isEmpty(); }
    bool mixed() const { return !pausedNodes.isEmpty() && !activeNodes.isEmpty(); }
    // Paused with a window whose end has passed.
    bool overdue() const { return paused() && window.open && window.secondsLeft && *window.secondsLeft < 0; }
    bool operator==(const FailoverPause&) const = default;
};

// A signal the monitor cannot read on this cluster (e.g. an adopted cluster's HAProxy has no stats
// listener): shown as not read, never as healthy.
struct NotRead
{
    QString signal; // stable id: haproxy, health-detail
    QString reason; // for the admin: what is not read, why, what gives it

    bool operator==(const NotRead&) const = default;
};

struct ClusterSnapshot
{
    quint64 tick = 0;
    QDateTime time; // when the tick started (UTC)
    QString cluster;
    QString vip;
    QString healthService = QStringLiteral("pgpilot-health"); // the nodes' health service (its unit)
    QList<NotRead> notRead;
    QList<NodeSnapshot> nodes;

    // Derived by deriveCluster():
    QList<Alarm> alarms;
    QString vipHolder; // empty: nobody or unknown; several holders raise an alarm
    QString writeTarget; // where the VIP holder's HAProxy sends writes (empty: nowhere / unknown)
    QStringList readTargets; // where it sends reads
    // The primary's synchronous replication; mode Unknown without exactly one reachable primary.
    SyncSetting replication;
    QString synchronousCommit; // the primary's
    QStringList syncCandidates; // standbys the setting can count on (the primary itself left out)
    int syncConfirming = 0; // of those, streaming with sync_state sync (FIRST) or sync/quorum (ANY)
    BackupStatus backup; // configured false: the cluster keeps no pgBackRest backups
    FailoverPause pause = {}; // derived: automatic failover paused (issue 20)
    // derived: the scheduled operations (issue 20), the primary's copy of the table (else the
    // newest copy a node answered with); scheduleNode is the node it was read on.
    QList<ScheduledOperation> scheduled = {};
    QString scheduleNode = {};

    bool healthy() const { return alarms.isEmpty(); }
    Severity worstSeverity() const; // Warning when there are no alarms
    const NodeSnapshot* node(const QString& name) const;
    QStringList primaries() const; // nodes in NodeState::Primary
    bool operator==(const ClusterSnapshot&) const = default;
};

// Thresholds for the alarms; the defaults suit a LAN cluster.
struct AlarmThresholds
{
    qint64 lagBytes = 16 * 1024 * 1024;
    double lagSeconds = 30.0;
    // repmgrd alarms only when repmgr answers for the node (extension installed).
    bool requireRepmgrd = true;
    // A node's server certificate: a warning this many days before it expires, critical from
    // the second figure on (and once expired).
    int certificateWarningDays = 30;
    int certificateCriticalDays = 7;
    // Backups (a cluster with a repository host): the newest good backup may be this old (critical
    // from twice as old; backupMaxAge() in backupderive.h computes it from the schedules); WAL may
    // wait this long for archiving on the primary; the repository's file system keeps this share
    // free.
    qint64 backupMaxAgeSeconds = 26 * 3600;
    double archiveLagSeconds = 600.0;
    double repoFreeRatio = 0.10;
};

// One compact point of the history behind the charts: cheaper than keeping whole snapshots.
struct HistorySample
{
    quint64 tick = 0;
    QDateTime time;
    struct Node
    {
        QString name;
        NodeState state = NodeState::Unknown;
        std::optional<qint64> lagBytes;
        std::optional<double> lagSeconds;
        bool operator==(const Node&) const = default;
    };
    QList<Node> nodes;
    QString writeTarget;
    QStringList readTargets;
    int alarmCount = 0;

    bool operator==(const HistorySample&) const = default;
};
HistorySample toHistorySample(const ClusterSnapshot& snapshot);

} // namespace pgpilot

Q_DECLARE_METATYPE(pgpilot::ClusterSnapshot)
