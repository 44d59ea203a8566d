// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventlog.h"
#include "snapshot.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace pgpilot {

struct ClusterSpec;
class HttpProbe;
class BackupProbe;
class NodeEventProbe;
struct NodeEventRecord;
class PgPoller;
class VipProbe;

// Where the monitor looks for one node. Built from a ClusterSpec; tests that run several
// PostgreSQL servers on one host give each its own ports.
struct MonitorTarget
{
    QString name;
    QString address;
    int postgresPort = 5432;
    int healthPort = 8008; // 0: do not poll
    int haproxyStatsPort = 7000; // 0: do not poll
};
QList<MonitorTarget> monitorTargets(const ClusterSpec& spec);
struct MonitorOptions;
// The spec's health service and the signals the monitor cannot read on it (an adopted cluster).
void applySpecToOptions(const ClusterSpec& spec, MonitorOptions* options);

struct MonitorOptions
{
    int intervalMs = 1000;
    int pgTimeoutMs = 2000; // per node and poll, connect included
    int httpTimeoutMs = 2000; // per request, connect included (HttpProbe)
    // A health or HAProxy stats answer longer than this is cut off and counts as no answer (a
    // health body is under 1 KiB, the stats CSV of nine nodes about 20 KiB): a node, or whoever
    // answers on its port, cannot make the dashboard buffer without bound.
    qint64 maxReplyBytes = 1024 * 1024;
    // A tick's snapshot is published when every probe of the tick answered, or this long after
    // the tick started, whichever comes first. A node still silent then keeps its last result
    // until its own timeout reports it unreachable, so one silent node never delays the others.
    int publishAfterMs = 800;
    int historyLength = 900; // samples kept for the charts (15 min at 1 s)
    int eventCapacity = 5000;
    // The nodes' repmgr event files (setNodeEventProbe): read on the first tick after start(), then
    // on the first tick this long after the previous read.
    int nodeEventsIntervalMs = 10000;
    QString database = QStringLiteral("repmgr");
    // pgpilot's monitoring role (pg_monitor, never a superuser): runbook/configfiles.h monitorRole().
    QString user = QStringLiteral("pgpilot_monitor");
    // Verified TLS (worksheet tls.mode): "verify-full" and the cluster CA's certificate, written to
    // a private file by ClusterServices.
    QString sslMode = QStringLiteral("prefer");
    QString sslRootCert;
    QString healthPath = QStringLiteral("/health");
    // A health service that answers only the role with its HTTP status (the guide's pgchk.py):
    // GET healthPrimaryPath (200: primary), then, when that says no, healthReplicaPath (200:
    // replica). Both empty: pgpilot's JSON at healthPath.
    QString healthPrimaryPath;
    QString healthReplicaPath;
    QString healthService = QStringLiteral("pgpilot-health"); // its unit, named in alarms
    // What this monitor cannot read on this cluster (an adopted cluster as built by hand): into
    // every snapshot, so that the dashboard and status say so rather than show it as healthy.
    QList<NotRead> notRead;
    // Matches resources/templates/haproxy.cfg ("stats uri /stats").
    QString haproxyStatsPath = QStringLiteral("/stats;csv");
    AlarmThresholds thresholds;
    // Backups (archiving mode pgbackrest): the repository host's name (empty: the cluster keeps no
    // backups) and the stanza; its status (setBackupProbe) is read on the first tick after start(),
    // then on the first tick this long after the previous read.
    QString backupHost;
    QString backupStanza;
    int backupIntervalMs = 30000;
};

// Polls every node of one cluster on a timer and publishes an immutable ClusterSnapshot per
// tick, a bounded history for the charts and the timeline's events. Lives on the GUI thread
// without blocking it: libpq, HTTP and SSH all run asynchronously, each bounded by a timer.
// Results are tagged with the tick that asked for them; an answer to a request the monitor no
// longer waits for (stopped, timed out) is dropped.
class ClusterMonitor : public QObject
{
    Q_OBJECT
public:
    // password: the monitoring role's (options.user), from the SecretStore; kept in memory only,
    // never logged.
    ClusterMonitor(const QString& cluster, const QString& vip, const QList<MonitorTarget>& targets,
        const QByteArray& password, const MonitorOptions& options = {}, QObject* parent = nullptr);
    static ClusterMonitor* fromSpec(const ClusterSpec& spec, const QByteArray& password,
        const MonitorOptions& options = {}, QObject* parent = nullptr);
    ~ClusterMonitor() override;

    // Not owned; nullptr: the VIP is known only from health services that report it. A node's
    // health service started with --vip says in each /health answer whether the node holds it;
    // the probe (SSH) asks only the nodes whose last answer did not.
    void setVipProbe(VipProbe* probe);
    // Not owned; nullptr: the nodes' repmgr event files are not read. Their records join the
    // timeline as Repmgr events with their own time, each once whichever source (this or
    // repmgr.events over SQL) had it first; the first read after start() brings what the nodes
    // recorded before (marked so), except what is not newer than the newest event the timeline
    // already held at start().
    void setNodeEventProbe(NodeEventProbe* probe);
    bool readsNodeEvents() const { return !m_nodeEventProbe.isNull(); }
    // Every node answered (or failed) the first read of its event file since start().
    bool nodeEventsRead() const;
    // Not owned; nullptr: the repository host's backup status is not read (the snapshot's backup
    // section then stays as configured, never polled). Its answer joins the next snapshot.
    void setBackupProbe(BackupProbe* probe);
    bool readsBackups() const { return !m_backupProbe.isNull(); }
    // HAProxy's stats page asks for a password (user, password from the SecretStore; kept in
    // memory only, sent as HTTP basic authentication to the stats port only).
    void setStatsCredentials(const QString& user, const QByteArray& password);
    // Where the password comes from again when a node refuses it (rotate-secrets changed it, maybe
    // from another pgpilot): answer(candidates) with the values to try, in order; the first that
    // differs from the one in use is used from the next poll on. One question at a time.
    using PasswordSource = std::function<void(std::function<void(const QList<QByteArray>&)> answer)>;
    void setPasswordSource(PasswordSource source) { m_passwordSource = std::move(source); }
    void setInterval(int ms);
    int interval() const { return m_options.intervalMs; }
    const MonitorOptions& options() const { return m_options; }

    void start(); // first tick at once
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    void pollNow(); // one tick now (also when stopped)

    // pgpilot fenced this node (operations); shown as fenced, not as an unreachable-node alarm.
    void setFenced(const QString& node, bool fenced);
    // An event pgpilot itself caused (an operation's result, see operationEvent): into the timeline
    // with the severity it carries.
    void recordEvent(const ClusterEvent& event);

    QString cluster() const { return m_cluster; }
    const ClusterSnapshot& latest() const { return m_latest; }
    bool probesVip() const { return !m_vipProbe.isNull(); }
    const QList<HistorySample>& history() const { return m_history; }
    const EventLog& events() const { return m_events; }
    quint64 droppedResults() const { return m_dropped; }

Q_SIGNALS:
    void snapshotReady(const pgpilot::ClusterSnapshot& snapshot);
    void eventsAdded(const QList<pgpilot::ClusterEvent>& events);
    // nodeEventsRead() became true.
    void nodeEventsReadDone();

private:
    enum Probe
    {
        Pg,
        Health,
        Haproxy,
        Vip,
        ProbeCount
    };
    struct NodeState
    {
        MonitorTarget target;
        PgPoller* pg = nullptr;
        HttpProbe* health = nullptr; // nullptr: not polled (port 0)
        HttpProbe* haproxy = nullptr;
        bool healthReplicaStage = false; // the health request running is a role-only /replica
        quint64 inflight[ProbeCount] = {0, 0, 0, 0};
        NodeSnapshot latest;
        std::optional<qint64> archiverFailed; // failed_count of the last poll that read it
        HealthStatus primaryAnswer; // role-only health service: the first answer of this tick
        // Where the node's VIP status comes from: its health answer when that says it (then no
        // SSH probe is needed), else the VIP probe. Unknown until the first health answer.
        enum class VipSource
        {
            Unknown,
            Health,
            Probe
        };
        VipSource vipSource = VipSource::Unknown;
    };

    void tick();
    // replicaStage: the second request of a role-only health service, in the same tick's job.
    void startHttp(int index, Probe kind, bool replicaStage = false);
    void acceptHttp(int index, Probe kind, quint64 job);
    void accept(int index, Probe kind, quint64 job);
    // After a health answer: the VIP status it carries, or the SSH probe for this node when it
    // carries none (this tick still, if it waits).
    void takeVipFromHealth(int index);
    void publish();
    int indexOf(const QString& node) const;
    void acceptNodeEvents(const QString& node, const QList<NodeEventRecord>& records, const QString& error);

    QString m_cluster;
    QString m_vip;
    MonitorOptions m_options;
    QList<NodeState> m_nodes;
    QByteArray m_statsAuthorization; // "Basic ..." or empty
    QPointer<VipProbe> m_vipProbe;
    QPointer<NodeEventProbe> m_nodeEventProbe;
    QPointer<BackupProbe> m_backupProbe;
    QElapsedTimer m_backupAge; // since the last read; invalid: read on the next tick
    BackupStatus m_backup;
    QElapsedTimer m_nodeEventsAge; // since the last read; invalid: read on the next tick
    QSet<QString> m_nodeEventsAnswered; // nodes whose read answered (or failed) since start()
    QSet<QString> m_nodeEventsWatched; // nodes whose file was read since start()
    QDateTime m_nodeEventsCutoff; // the newest event held at start()
    QSet<QString> m_reportedRepmgr; // repmgrEventKey of every repmgr event on the timeline
    QTimer m_timer;
    QTimer m_publishTimer;
    quint64 m_tick = 0;
    QDateTime m_tickTime;
    int m_pending = 0; // probes started this tick and not answered yet
    bool m_published = true;
    QSet<QString> m_fenced;
    ClusterSnapshot m_latest;
    QList<HistorySample> m_history;
    EventLog m_events;
    QList<ClusterEvent> m_pendingOperations;
    quint64 m_dropped = 0;
    PasswordSource m_passwordSource;
    QByteArray m_password;
    bool m_passwordAsked = false;
    void rereadPassword();
};

} // namespace pgpilot
