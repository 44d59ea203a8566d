// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustermonitor.h"

#include "backupderive.h"
#include "backupprobe.h"
#include "cluster/clusterspec.h"
#include "core/logging.h"
#include "derive.h"
#include "httpprobe.h"
#include "nodeevents.h"
#include "pgpoller.h"
#include "probeparse.h"
#include "vipprobe.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

namespace pgpilot {

QList<MonitorTarget> monitorTargets(const ClusterSpec& spec)
{
    QList<MonitorTarget> targets;
    const bool stats = !spec.adopted.adopted || spec.adopted.haproxyStats;
    for (const auto& node : spec.nodes)
        targets.append({node.name, node.address, spec.ports.postgres, spec.ports.health,
            stats ? spec.ports.haproxyStats : 0});
    return targets;
}

void applySpecToOptions(const ClusterSpec& spec, MonitorOptions* options)
{
    if (spec.hasBackups()) {
        // A mounted repository is read on the nodes: named by its path.
        options->backupHost = spec.hasBackupHost() ? spec.backup.host.name : spec.backup.path;
        options->backupStanza = spec.name; // phase 6 names the stanza after the cluster
        options->thresholds.backupMaxAgeSeconds
            = backupMaxAge(spec.backup.fullSchedule, spec.backup.diffSchedule);
    }
    const AdoptedSpec& a = spec.adopted;
    if (!a.adopted)
        return;
    options->healthPrimaryPath = a.healthPrimaryPath;
    options->healthReplicaPath = a.healthReplicaPath;
    const bool roleOnly = !a.healthPrimaryPath.isEmpty();
    if (!a.healthService.isEmpty())
        options->healthService = a.healthService;
    else if (roleOnly)
        options->healthService = QCoreApplication::translate("pgpilot::ClusterMonitor", "the health service");
    auto say = [options](const char* id, const QString& reason) {
        options->notRead.append({QString::fromLatin1(id), reason});
    };
    if (!a.haproxyStats)
        say("haproxy",
            QCoreApplication::translate("pgpilot::ClusterMonitor",
                "HAProxy's routing (where writes and reads go) and its backends' states: the nodes' "
                "HAProxy has no stats listener. Phase 4 adds one (pgpilot audit shows the difference)."));
    if (roleOnly)
        say("health-detail",
            QCoreApplication::translate("pgpilot::ClusterMonitor",
                "The health service's view of lag, timeline and fencing: %1 answers only whether the node "
                "is the primary or a replica (GET %2, %3).")
                .arg(options->healthService, a.healthPrimaryPath, a.healthReplicaPath));
}

ClusterMonitor::ClusterMonitor(const QString& cluster, const QString& vip,
    const QList<MonitorTarget>& targets, const QByteArray& password, const MonitorOptions& options,
    QObject* parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_vip(vip)
    , m_options(options)
    , m_events(options.eventCapacity)
    , m_password(password)
{
    qRegisterMetaType<ClusterSnapshot>();
    qRegisterMetaType<PgStatus>();
    qRegisterMetaType<VipStatus>();
    qRegisterMetaType<QList<ClusterEvent>>();
    for (int i = 0; i < targets.size(); ++i) {
        NodeState node;
        node.target = targets.at(i);
        node.latest.name = node.target.name;
        node.latest.address = node.target.address;
        PgTarget pg;
        pg.nodeName = node.target.name;
        pg.host = node.target.address;
        pg.port = node.target.postgresPort;
        pg.database = m_options.database;
        pg.user = m_options.user;
        pg.password = password;
        pg.sslMode = m_options.sslMode;
        pg.sslRootCert = m_options.sslRootCert;
        pg.timeoutMs = m_options.pgTimeoutMs;
        node.pg = new PgPoller(pg, this);
        connect(node.pg, &PgPoller::finished, this, [this, i](quint64 job, const PgStatus& status) {
            if (m_nodes[i].inflight[Pg] != job) {
                ++m_dropped;
                return;
            }
            NodeState& n = m_nodes[i];
            n.latest.pg = status;
            // A failure of archive_command between two polls shows as failed_count growing.
            if (status.archiver.read) {
                n.latest.pg.archiver.previousFailedCount = n.archiverFailed;
                n.archiverFailed = status.archiver.failedCount;
            }
            if (!status.reachable && status.error.contains(QLatin1String("password authentication failed")))
                rereadPassword();
            accept(i, Pg, job);
        });
        // One HTTP client per node and port, on this thread, its connection kept between polls
        // where the server allows it.
        for (const Probe kind : {Health, Haproxy}) {
            const int port = kind == Health ? node.target.healthPort : node.target.haproxyStatsPort;
            if (port <= 0)
                continue;
            auto* probe = new HttpProbe(node.target.address, quint16(port), this);
            probe->setTimeout(m_options.httpTimeoutMs);
            probe->setMaxBodyBytes(m_options.maxReplyBytes);
            connect(probe, &HttpProbe::finished, this,
                [this, i, kind](quint64 job) { acceptHttp(i, kind, job); });
            (kind == Health ? node.health : node.haproxy) = probe;
        }
        m_nodes.append(node);
    }
    m_timer.setInterval(m_options.intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ClusterMonitor::tick);
    m_publishTimer.setSingleShot(true);
    connect(&m_publishTimer, &QTimer::timeout, this, &ClusterMonitor::publish);
    // Until the first tick answers, the nodes are there, in state Unknown.
    m_latest.cluster = m_cluster;
    m_latest.vip = m_vip;
    m_latest.healthService = m_options.healthService;
    m_latest.notRead = m_options.notRead;
    m_backup.configured = !m_options.backupHost.isEmpty();
    m_backup.host = m_options.backupHost;
    m_backup.stanza = m_options.backupStanza;
    m_latest.backup = m_backup;
    for (const auto& node : std::as_const(m_nodes))
        m_latest.nodes.append(node.latest);
}

ClusterMonitor* ClusterMonitor::fromSpec(
    const ClusterSpec& spec, const QByteArray& password, const MonitorOptions& options, QObject* parent)
{
    MonitorOptions withSpec = options;
    applySpecToOptions(spec, &withSpec);
    return new ClusterMonitor(spec.name, spec.network.vip, monitorTargets(spec), password, withSpec, parent);
}

void ClusterMonitor::rereadPassword()
{
    if (!m_passwordSource || m_passwordAsked)
        return;
    m_passwordAsked = true;
    QPointer<ClusterMonitor> self(this);
    m_passwordSource([self](const QList<QByteArray>& candidates) {
        if (!self)
            return;
        self->m_passwordAsked = false;
        for (const QByteArray& value : candidates) {
            if (value.isEmpty() || value == self->m_password)
                continue;
            self->m_password = value;
            for (auto& node : self->m_nodes)
                node.pg->setPassword(value);
            return;
        }
    });
}

ClusterMonitor::~ClusterMonitor()
{
    m_password.fill('\0');
}

void ClusterMonitor::setVipProbe(VipProbe* probe)
{
    if (m_vipProbe)
        m_vipProbe->disconnect(this);
    m_vipProbe = probe;
    if (!probe)
        return;
    connect(
        probe, &VipProbe::result, this, [this](quint64 job, const QString& name, const VipStatus& status) {
            const int i = indexOf(name);
            if (i < 0 || m_nodes[i].inflight[Vip] != job) {
                ++m_dropped;
                return;
            }
            m_nodes[i].latest.vip = status;
            accept(i, Vip, job);
        });
}

void ClusterMonitor::setNodeEventProbe(NodeEventProbe* probe)
{
    if (m_nodeEventProbe)
        m_nodeEventProbe->disconnect(this);
    m_nodeEventProbe = probe;
    m_nodeEventsAge.invalidate();
    if (probe)
        connect(probe, &NodeEventProbe::result, this, &ClusterMonitor::acceptNodeEvents);
}

void ClusterMonitor::setBackupProbe(BackupProbe* probe)
{
    if (m_backupProbe)
        m_backupProbe->disconnect(this);
    m_backupProbe = probe;
    m_backupAge.invalidate();
    if (!probe)
        return;
    connect(probe, &BackupProbe::result, this,
        [this](const std::optional<BackupStatus>& read, const QString& error) {
            if (!m_backup.configured)
                return;
            m_backup = mergeBackupRead(
                m_backup, read, error, QDateTime::currentDateTimeUtc(), archiveClaim(m_latest));
            if (!error.isEmpty())
                qCDebug(lcMonitor).noquote()
                    << m_cluster << m_backup.host << "backup status not read:" << error;
        });
}

bool ClusterMonitor::nodeEventsRead() const
{
    return m_nodeEventProbe && m_nodeEventsAnswered.size() >= m_nodes.size();
}

void ClusterMonitor::acceptNodeEvents(
    const QString& node, const QList<NodeEventRecord>& records, const QString& error)
{
    if (indexOf(node) < 0)
        return;
    const bool firstAnswer = !m_nodeEventsAnswered.contains(node);
    m_nodeEventsAnswered.insert(node);
    if (!error.isEmpty()) {
        qCDebug(lcMonitor).noquote() << m_cluster << node << "repmgr event file not read:" << error;
        if (firstAnswer && nodeEventsRead())
            Q_EMIT nodeEventsReadDone();
        return;
    }
    // What the first successful read since start() brings was recorded while this monitor did
    // not watch (also when the node was out of reach until now).
    const bool first = !m_nodeEventsWatched.contains(node);
    m_nodeEventsWatched.insert(node);
    QList<ClusterEvent> added;
    for (const NodeEventRecord& r : records) {
        const QString key = repmgrEventKey(r.nodeId, r.event, r.time);
        if (m_reportedRepmgr.contains(key))
            continue;
        m_reportedRepmgr.insert(key);
        if (m_nodeEventsCutoff.isValid() && r.time <= m_nodeEventsCutoff)
            continue; // an earlier run of this timeline had it
        QString text = r.successful ? tr("repmgr on %1: %2 succeeded").arg(node, r.event)
                                    : tr("repmgr on %1: %2 failed").arg(node, r.event);
        if (first)
            text += tr(" (recorded on the node while pgpilot was not watching)");
        added.append({r.time, ClusterEvent::Kind::Repmgr, node, text, Severity::Warning});
    }
    if (!added.isEmpty()) {
        std::stable_sort(added.begin(), added.end(),
            [](const ClusterEvent& a, const ClusterEvent& b) { return a.time < b.time; });
        m_events.append(added);
        Q_EMIT eventsAdded(added);
    }
    if (firstAnswer && nodeEventsRead())
        Q_EMIT nodeEventsReadDone();
}

void ClusterMonitor::setInterval(int ms)
{
    m_options.intervalMs = ms;
    m_options.publishAfterMs = qMin(m_options.publishAfterMs, qMax(50, ms * 4 / 5));
    m_timer.setInterval(ms);
}

void ClusterMonitor::start()
{
    // The node event files' first read comes with this tick and reports what they hold, except
    // what is not newer than the timeline's newest event (an earlier run reported it).
    m_nodeEventsCutoff = {};
    for (const ClusterEvent& e : m_events.events()) {
        if (!m_nodeEventsCutoff.isValid() || e.time > m_nodeEventsCutoff)
            m_nodeEventsCutoff = e.time;
    }
    m_nodeEventsAnswered.clear();
    m_nodeEventsWatched.clear();
    m_nodeEventsAge.invalidate();
    m_backupAge.invalidate();
    m_timer.start();
    tick();
}

void ClusterMonitor::stop()
{
    m_timer.stop();
}

void ClusterMonitor::pollNow()
{
    tick();
}

void ClusterMonitor::setFenced(const QString& node, bool fenced)
{
    if (fenced)
        m_fenced.insert(node);
    else
        m_fenced.remove(node);
}

void ClusterMonitor::recordEvent(const ClusterEvent& event)
{
    m_events.append({event});
    Q_EMIT eventsAdded({event});
}

int ClusterMonitor::indexOf(const QString& node) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).target.name == node)
            return i;
    }
    return -1;
}

void ClusterMonitor::tick()
{
    if (!m_published)
        publish(); // the previous tick's probes overran the interval: show what we have
    ++m_tick;
    m_tickTime = QDateTime::currentDateTimeUtc();
    m_pending = 0;
    m_published = false;
    QStringList vipNodes;
    for (int i = 0; i < m_nodes.size(); ++i) {
        NodeState& node = m_nodes[i];
        // A probe still running from an earlier tick keeps running (its own timeout bounds it);
        // it is not started twice.
        if (!node.pg->busy() && node.pg->poll(m_tick)) {
            node.inflight[Pg] = m_tick;
            ++m_pending;
        }
        if (node.health && !node.health->busy())
            startHttp(i, Health);
        if (node.haproxy && !node.haproxy->busy())
            startHttp(i, Haproxy);
        // A node whose health service reports the VIP (or may: the first answer tells) is asked
        // nothing more: its health answer, asked above or still running, carries it. The others
        // over the probe (SSH).
        const bool viaHealth = node.target.healthPort > 0 && node.vipSource != NodeState::VipSource::Probe;
        if (m_vipProbe && node.inflight[Vip] == 0 && !viaHealth) {
            node.inflight[Vip] = m_tick;
            ++m_pending;
            vipNodes << node.target.name;
        }
    }
    if (m_vipProbe && !vipNodes.isEmpty())
        m_vipProbe->probe(m_tick, vipNodes);
    if (m_nodeEventProbe
        && (!m_nodeEventsAge.isValid() || m_nodeEventsAge.elapsed() >= m_options.nodeEventsIntervalMs)) {
        m_nodeEventsAge.start();
        m_nodeEventProbe->read();
    }
    if (m_backupProbe && m_backup.configured
        && (!m_backupAge.isValid() || m_backupAge.elapsed() >= m_options.backupIntervalMs)) {
        m_backupAge.start();
        m_backupProbe->read();
    }
    m_publishTimer.start(qMin(m_options.publishAfterMs, m_options.intervalMs));
    if (m_pending == 0)
        publish();
}

void ClusterMonitor::setStatsCredentials(const QString& user, const QByteArray& password)
{
    m_statsAuthorization.fill('\0');
    m_statsAuthorization.clear();
    if (!password.isEmpty())
        m_statsAuthorization = "Basic " + (user.toUtf8() + ':' + password).toBase64();
    for (const auto& node : std::as_const(m_nodes)) {
        if (node.haproxy)
            node.haproxy->setAuthorization(m_statsAuthorization);
    }
}

void ClusterMonitor::startHttp(int index, Probe kind, bool replicaStage)
{
    NodeState& node = m_nodes[index];
    const bool health = kind == Health;
    const bool roleOnly = health && !m_options.healthPrimaryPath.isEmpty();
    const QString& path = !health ? m_options.haproxyStatsPath
        : !roleOnly               ? m_options.healthPath
        : replicaStage            ? m_options.healthReplicaPath
                                  : m_options.healthPrimaryPath;
    // The second request of a role-only health check belongs to the job of the first one.
    const quint64 job = replicaStage ? node.inflight[kind] : m_tick;
    if (!(health ? node.health : node.haproxy)->get(path, job))
        return; // still busy: callers ask only an idle probe
    node.inflight[kind] = job;
    if (health)
        node.healthReplicaStage = replicaStage;
    if (!replicaStage)
        ++m_pending;
}

void ClusterMonitor::acceptHttp(int index, Probe kind, quint64 job)
{
    NodeState& n = m_nodes[index];
    if (n.inflight[kind] != job) {
        ++m_dropped;
        return;
    }
    const HttpProbe* probe = kind == Health ? n.health : n.haproxy;
    const QByteArray& body = probe->body(); // until the next request of this probe
    const int status = probe->status(); // 0: no (whole) answer
    QString error;
    switch (probe->outcome()) {
    case HttpProbe::Outcome::Answered:
        break;
    case HttpProbe::Outcome::TooLarge:
        error = tr("the answer was longer than %1 KiB: cut off and ignored")
                    .arg(m_options.maxReplyBytes / 1024);
        break;
    case HttpProbe::Outcome::TimedOut:
        error = tr("no answer within %1 ms").arg(m_options.httpTimeoutMs);
        break;
    case HttpProbe::Outcome::Failed:
        error = probe->errorString();
        break;
    }
    if (kind == Health) {
        const bool roleOnly = !m_options.healthPrimaryPath.isEmpty();
        HealthStatus h;
        h.polled = true;
        h.reachable = status != 0;
        h.httpStatus = status;
        h.latencyMs = probe->elapsedMs();
        h.error = error;
        if (roleOnly) {
            if (!n.healthReplicaStage) {
                n.primaryAnswer = h;
                // Not the primary: ask whether it is a replica, in the same job.
                if (status != 0 && status != 200)
                    return startHttp(index, Health, true);
                h = roleOnlyHealth(h, std::nullopt, body);
            } else {
                h = roleOnlyHealth(n.primaryAnswer, h, body);
            }
        } else if (h.reachable && !parseHealthBody(body, &h)) {
            h.error = tr("the health service answered %1 without a JSON body").arg(status);
        }
        n.latest.health = h;
        takeVipFromHealth(index);
    } else {
        HaproxyStatus s;
        s.polled = true;
        s.latencyMs = probe->elapsedMs();
        if (status == 200) {
            s.reachable = parseHaproxyCsv(body, &s.backends, &s.error);
        } else {
            s.error = status == 401
                ? tr("HAProxy's stats page refused pgpilot's stats password (HTTP 401): the node "
                     "has another one than this workstation (run phase 4 again, or import the "
                     "cluster's secrets)")
                : status ? tr("HAProxy stats answered HTTP %1").arg(status)
                         : error;
        }
        n.latest.haproxy = s;
    }
    accept(index, kind, job);
}

void ClusterMonitor::takeVipFromHealth(int index)
{
    NodeState& n = m_nodes[index];
    const HealthStatus& h = n.latest.health;
    if (h.vipKnown && !m_vip.isEmpty() && QHostAddress(h.vipAddress) == QHostAddress(m_vip)) {
        n.latest.vip = VipStatus {true, true, h.vipHolds, {}};
        n.vipSource = NodeState::VipSource::Health;
        return;
    }
    // No answer, an answer without the VIP (an older service, one started for another VIP) or
    // one that could not tell: the probe from now on, for this tick too while it waits. The
    // status shown meanwhile stays the last one (a health service restarting must not make the
    // holder look gone for a tick).
    const bool wasProbe = n.vipSource == NodeState::VipSource::Probe;
    n.vipSource = NodeState::VipSource::Probe;
    if (h.vipKnown || !h.vipError.isEmpty())
        qCDebug(lcMonitor).noquote() << m_cluster << n.target.name << "VIP not from the health service:"
                                     << (h.vipError.isEmpty() ? h.vipAddress : h.vipError);
    // At once, also when the answer came late (a node that stopped answering: its last "holds"
    // must not outlive it by another tick); the snapshot waits for it only while unpublished.
    if (!wasProbe && m_vipProbe && n.inflight[Vip] == 0) {
        n.inflight[Vip] = m_tick;
        if (!m_published)
            ++m_pending;
        m_vipProbe->probe(m_tick, {n.target.name});
    }
}

void ClusterMonitor::accept(int index, Probe kind, quint64 job)
{
    m_nodes[index].inflight[kind] = 0;
    if (job == m_tick && !m_published && --m_pending <= 0)
        publish();
}

void ClusterMonitor::publish()
{
    if (m_published || m_tick == 0)
        return;
    m_published = true;
    m_publishTimer.stop();
    ClusterSnapshot snapshot;
    snapshot.tick = m_tick;
    snapshot.time = m_tickTime;
    snapshot.cluster = m_cluster;
    snapshot.vip = m_vip;
    snapshot.healthService = m_options.healthService;
    snapshot.notRead = m_options.notRead;
    snapshot.backup = m_backup;
    snapshot.nodes.reserve(m_nodes.size());
    for (const auto& node : std::as_const(m_nodes)) {
        NodeSnapshot n = node.latest;
        // fenced by this pgpilot, or the node's health service reports pgpilot's fence mark
        n.fenced = m_fenced.contains(n.name) || n.health.fenced;
        // Share the event list with the previous snapshot when it did not change (history memory).
        if (const NodeSnapshot* before = m_latest.node(n.name);
            before && before->pg.repmgrEvents == n.pg.repmgrEvents)
            n.pg.repmgrEvents = before->pg.repmgrEvents;
        snapshot.nodes.append(n);
    }
    deriveCluster(snapshot, m_options.thresholds);
    // No node's copy of the schedule read this tick (every node restarting in a switchover): the
    // last one read stands, so that a result recorded meanwhile still reaches the timeline once.
    if (snapshot.scheduleNode.isEmpty() && snapshot.scheduled.isEmpty())
        snapshot.scheduled = m_latest.scheduled;
    const QList<ClusterEvent> events = diffSnapshots(m_latest, snapshot, &m_reportedRepmgr);
    m_latest = snapshot;
    m_history.append(toHistorySample(snapshot));
    if (m_history.size() > m_options.historyLength)
        m_history.remove(0, m_history.size() - m_options.historyLength);
    if (!events.isEmpty())
        m_events.append(events);
    for (const auto& e : events) {
        if (e.kind == ClusterEvent::Kind::AlarmRaised)
            qCWarning(lcMonitor).noquote() << m_cluster << "alarm:" << e.text;
        else if (e.kind == ClusterEvent::Kind::AlarmCleared)
            qCInfo(lcMonitor).noquote() << m_cluster << e.text;
    }
    Q_EMIT snapshotReady(m_latest);
    if (!events.isEmpty())
        Q_EMIT eventsAdded(events);
}

} // namespace pgpilot
