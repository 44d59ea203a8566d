// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscommand.h"

#include "cluster/clusterspec.h"
#include "command.h"
#include "commands.h"
#include "monitor/backuptext.h"
#include "monitor/pausetext.h"
#include "monitor/scheduletext.h"
#include "monitor/snapshottext.h"
#include "options.h"
#include "output.h"
#include "secrets/secretstore.h"
#include "services/clusterservices.h"
#include "session.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace pgpilot {

namespace {

QJsonValue optional(const std::optional<qint64>& v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonValue optional(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue optional(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// How long status --events waits for the nodes' repmgr event files (ClusterServices reads them
// over SSH with a 10 s timeout).
constexpr int kNodeEventsWaitMs = 11000;

// How long status waits for the repository host's backup status (the probe's SSH timeout).
constexpr int kBackupWaitMs = 16000;

// Every node's PostgreSQL answered (or timed out), and so did its VIP probe when there is one, and
// the backup status when it is read.
bool complete(const ClusterSnapshot& s, bool probesVip, bool readsBackups)
{
    for (const auto& n : s.nodes) {
        if (!n.pg.polled || (probesVip && !n.vip.polled))
            return false;
    }
    return !readsBackups || s.backup.polled;
}

} // namespace

// pgpilot's own connection to the node: TLS protocol and the certificate the node presented.
QJsonValue tlsToJson(const TlsPeer& tls)
{
    if (!tls.inUse)
        return QJsonValue();
    return QJsonObject {{QStringLiteral("protocol"), tls.protocol},
        {QStringLiteral("certificate_name"), tls.certificateName},
        {QStringLiteral("certificate_not_after"),
            tls.certificateNotAfter.isValid() ? QJsonValue(tls.certificateNotAfter.toString(Qt::ISODate))
                                              : QJsonValue()}};
}

namespace {

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timerJson(const BackupStatus& b, const BackupTimer& timer, const QDateTime& now)
{
    if (!timer.present)
        return QJsonValue();
    const auto since = b.secondsSince(timer.next, now);
    return QJsonObject {{QStringLiteral("next"), timeJson(timer.next)},
        {QStringLiteral("next_in_seconds"), since ? QJsonValue(double(-*since)) : QJsonValue()},
        {QStringLiteral("last_trigger"), timeJson(timer.lastTrigger)},
        {QStringLiteral("result"), timer.result}, {QStringLiteral("exit_status"), timer.exitStatus},
        {QStringLiteral("active"), timer.active}, {QStringLiteral("failed"), timer.failed()}};
}

// The WAL archive's gaps as the repository host's status script found them.
QJsonValue walArchiveJson(const BackupStatus& b)
{
    QJsonArray gaps;
    for (const WalGap& g : b.walGaps) {
        gaps.append(QJsonObject {{QStringLiteral("timeline"), g.timeline}, {QStringLiteral("first"), g.first},
            {QStringLiteral("last"), g.last}, {QStringLiteral("count"), double(g.count)},
            {QStringLiteral("before"), g.before}, {QStringLiteral("before_time"), timeJson(g.beforeTime)},
            {QStringLiteral("after"), g.after}, {QStringLiteral("after_time"), timeJson(g.afterTime)},
            {QStringLiteral("breaks"), QJsonArray::fromStringList(g.breaks)},
            {QStringLiteral("healed_by"), g.healedBy}, {QStringLiteral("healed_at"), timeJson(g.healedAt)}});
    }
    return QJsonObject {{QStringLiteral("checked"), b.walChecked}, {QStringLiteral("error"), b.walError},
        {QStringLiteral("segment_bytes"), double(b.walSegmentBytes)},
        {QStringLiteral("segments"), double(b.walFiles)}, {QStringLiteral("gaps"), gaps},
        {QStringLiteral("gaps_total"), double(b.walGapsTotal)},
        {QStringLiteral("primary_claimed"), b.claimedWal},
        {QStringLiteral("claim_missing_reads"), b.claimBehindReads},
        {QStringLiteral("claim_missing"), b.claimBehindWal}};
}

} // namespace

// The cluster's backups: null when it keeps none (no repository host).
QJsonValue backupToJson(const ClusterSnapshot& s)
{
    const BackupStatus& b = s.backup;
    if (!b.configured)
        return QJsonValue();
    QJsonValue last;
    if (const BackupSet* newest = b.newest()) {
        const auto age = b.secondsSince(newest->stop, s.time);
        last = QJsonObject {{QStringLiteral("label"), newest->label}, {QStringLiteral("type"), newest->type},
            {QStringLiteral("start"), timeJson(newest->start)},
            {QStringLiteral("stop"), timeJson(newest->stop)},
            {QStringLiteral("age_seconds"), age ? QJsonValue(double(*age)) : QJsonValue()},
            {QStringLiteral("size_bytes"), optional(newest->size)},
            {QStringLiteral("repository_bytes"), optional(newest->repositorySize)},
            {QStringLiteral("error"), newest->error}};
    }
    QJsonValue archiver;
    if (const NodeSnapshot* primary = archivingPrimary(s); primary && primary->pg.archiver.read) {
        const ArchiverStatus& a = primary->pg.archiver;
        archiver = QJsonObject {{QStringLiteral("node"), primary->name},
            {QStringLiteral("archive_mode"), a.archiveMode},
            {QStringLiteral("archived_count"), double(a.archivedCount)},
            {QStringLiteral("last_archived_wal"), a.lastArchivedWal},
            {QStringLiteral("last_archived_time"), timeJson(a.lastArchivedTime)},
            {QStringLiteral("last_archived_age_seconds"), optional(a.lastArchivedAgeSeconds)},
            {QStringLiteral("failed_count"), double(a.failedCount)},
            {QStringLiteral("last_failed_wal"), a.lastFailedWal},
            {QStringLiteral("last_failed_time"), timeJson(a.lastFailedTime)}};
    }
    return QJsonObject {{QStringLiteral("host"), b.host}, {QStringLiteral("stanza"), b.stanza},
        {QStringLiteral("read"), b.readAt.isValid()}, {QStringLiteral("error"), b.error},
        {QStringLiteral("read_at"), timeJson(b.readAt)}, {QStringLiteral("pgbackrest"), b.pgbackrestVersion},
        {QStringLiteral("info_error"), b.infoError},
        {QStringLiteral("stanza_status"), optional(b.stanzaCode)},
        {QStringLiteral("stanza_message"), b.stanzaMessage}, {QStringLiteral("running"), b.backupRunning},
        {QStringLiteral("backups"), double(b.backups.size())}, {QStringLiteral("last"), last},
        {QStringLiteral("archive_min"), b.archiveMin}, {QStringLiteral("archive_max"), b.archiveMax},
        {QStringLiteral("archiver"), archiver},
        {QStringLiteral("full_timer"), timerJson(b, b.fullTimer, s.time)},
        {QStringLiteral("diff_timer"), timerJson(b, b.diffTimer, s.time)},
        {QStringLiteral("timers_error"), b.timersError},
        {QStringLiteral("repository_free_bytes"), optional(b.repoFreeBytes)},
        {QStringLiteral("repository_total_bytes"), optional(b.repoTotalBytes)},
        {QStringLiteral("repository_error"), b.repoError},
        {QStringLiteral("wal_archive"), walArchiveJson(b)}};
}

// Automatic failover paused (issue 20): which nodes' repmgrd is paused, and the window recorded.
QJsonValue pauseToJson(const FailoverPause& p)
{
    const PauseWindow& w = p.window;
    const QJsonValue window = w.open
        ? QJsonValue(QJsonObject {{QStringLiteral("since"), timeJson(w.since)},
            {QStringLiteral("until"), timeJson(w.until)}, {QStringLiteral("by"), w.by},
            {QStringLiteral("reason"), w.reason}, {QStringLiteral("seconds_left"), optional(w.secondsLeft)},
            {QStringLiteral("read_on"), p.windowNode}})
        : QJsonValue();
    return QJsonObject {{QStringLiteral("paused"), p.paused()}, {QStringLiteral("mixed"), p.mixed()},
        {QStringLiteral("overdue"), p.overdue()},
        {QStringLiteral("paused_nodes"), QJsonArray::fromStringList(p.pausedNodes)},
        {QStringLiteral("active_nodes"), QJsonArray::fromStringList(p.activeNodes)},
        {QStringLiteral("window"), window}};
}

// Scheduled operations (issue 20): the unfinished ones and those finished within the last day.
QJsonValue scheduleToJson(const ClusterSnapshot& s)
{
    QJsonArray list;
    for (const ScheduledOperation& op : s.scheduled)
        list.append(QJsonObject {{QStringLiteral("id"), op.id}, {QStringLiteral("operation"), op.kind},
            {QStringLiteral("node"), op.node}, {QStringLiteral("switch_back"), op.switchBack},
            {QStringLiteral("packages"), QJsonArray::fromStringList(op.packages)},
            {QStringLiteral("at"), timeJson(op.at)}, {QStringLiteral("remind_minutes"), op.remindMinutes},
            {QStringLiteral("requested_by"), op.requestedBy}, {QStringLiteral("state"), op.state},
            {QStringLiteral("claimed_by"), op.claimedBy},
            {QStringLiteral("started_at"), timeJson(op.startedAt)},
            {QStringLiteral("finished_at"), timeJson(op.finishedAt)}, {QStringLiteral("summary"), op.summary},
            {QStringLiteral("title"), scheduledOperationTitle(op)},
            {QStringLiteral("seconds_until"), optional(op.secondsUntil)}});
    return list;
}

QJsonObject snapshotToJson(const ClusterSnapshot& s)
{
    QJsonArray nodes;
    for (const auto& n : s.nodes) {
        QJsonArray replication;
        for (const auto& p : n.pg.replication)
            replication.append(QJsonObject {{QStringLiteral("application_name"), p.applicationName},
                {QStringLiteral("client_addr"), p.clientAddress}, {QStringLiteral("state"), p.state},
                {QStringLiteral("sync_state"), p.syncState},
                {QStringLiteral("replay_lsn"), formatLsn(p.replayLsn)},
                {QStringLiteral("replay_lag_bytes"), optional(p.replayLagBytes)},
                {QStringLiteral("replay_lag_seconds"), optional(p.replayLagSeconds)}});
        QJsonArray slots;
        for (const auto& sl : n.pg.slots)
            slots.append(
                QJsonObject {{QStringLiteral("name"), sl.name}, {QStringLiteral("active"), sl.active},
                    {QStringLiteral("retained_bytes"), optional(sl.retainedBytes)},
                    {QStringLiteral("wal_status"), sl.walStatus}});
        nodes.append(QJsonObject {{QStringLiteral("name"), n.name}, {QStringLiteral("address"), n.address},
            {QStringLiteral("state"), toId(n.state)},
            {QStringLiteral("registered_primary"), n.registeredPrimary}, {QStringLiteral("fenced"), n.fenced},
            {QStringLiteral("postgres"),
                QJsonObject {{QStringLiteral("reachable"), n.pg.reachable},
                    {QStringLiteral("error"), n.pg.error},
                    {QStringLiteral("latency_ms"), double(n.pg.latencyMs)},
                    {QStringLiteral("in_recovery"), n.pg.inRecovery},
                    {QStringLiteral("timeline"), optional(n.pg.timeline)},
                    {QStringLiteral("server_version"), n.pg.serverVersion},
                    {QStringLiteral("current_lsn"), formatLsn(n.pg.currentLsn)},
                    {QStringLiteral("receive_lsn"), formatLsn(n.pg.receiveLsn)},
                    {QStringLiteral("replay_lsn"), formatLsn(n.pg.replayLsn)},
                    {QStringLiteral("wal_receiver"), n.pg.walReceiverStatus},
                    {QStringLiteral("replication"), replication}, {QStringLiteral("slots"), slots},
                    {QStringLiteral("synchronous_standby_names"), n.pg.syncStandbyNames},
                    {QStringLiteral("synchronous_commit"), n.pg.synchronousCommit},
                    {QStringLiteral("repmgrd_running"),
                        n.pg.repmgrdRunning ? QJsonValue(*n.pg.repmgrdRunning) : QJsonValue()},
                    {QStringLiteral("repmgrd_paused"),
                        n.pg.repmgrdPaused ? QJsonValue(*n.pg.repmgrdPaused) : QJsonValue()},
                    {QStringLiteral("tls"), tlsToJson(n.pg.tls)}}},
            {QStringLiteral("sync_state"), n.syncState}, {QStringLiteral("lag_bytes"), optional(n.lagBytes)},
            {QStringLiteral("lag_seconds"), optional(n.lagSeconds)},
            {QStringLiteral("health"),
                QJsonObject {{QStringLiteral("polled"), n.health.polled},
                    {QStringLiteral("http_status"), n.health.httpStatus},
                    {QStringLiteral("role"), n.health.role}, {QStringLiteral("error"), n.health.error}}},
            {QStringLiteral("haproxy"),
                QJsonObject {{QStringLiteral("polled"), n.haproxy.polled},
                    {QStringLiteral("reachable"), n.haproxy.reachable},
                    {QStringLiteral("error"), n.haproxy.error}}},
            {QStringLiteral("vip"), n.vip.known ? QJsonValue(n.vip.holds) : QJsonValue()}});
    }
    QJsonArray notRead;
    for (const auto& n : s.notRead)
        notRead.append(
            QJsonObject {{QStringLiteral("signal"), n.signal}, {QStringLiteral("reason"), n.reason}});
    QJsonArray alarms;
    for (const auto& a : s.alarms)
        alarms.append(QJsonObject {{QStringLiteral("kind"), toId(a.kind)},
            {QStringLiteral("severity"), toId(a.severity)}, {QStringLiteral("node"), a.node},
            {QStringLiteral("title"), a.title}, {QStringLiteral("meaning"), a.meaning},
            {QStringLiteral("action"), a.action}});
    return QJsonObject {{QStringLiteral("cluster"), s.cluster}, {QStringLiteral("tick"), double(s.tick)},
        {QStringLiteral("time"), s.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("healthy"), s.healthy()}, {QStringLiteral("vip"), s.vip},
        {QStringLiteral("vip_holder"), s.vipHolder}, {QStringLiteral("write_target"), s.writeTarget},
        {QStringLiteral("read_targets"), QJsonArray::fromStringList(s.readTargets)},
        {QStringLiteral("replication"),
            QJsonObject {{QStringLiteral("mode"), toId(s.replication.mode)},
                {QStringLiteral("count"), s.replication.count},
                {QStringLiteral("names"), QJsonArray::fromStringList(s.replication.names)},
                {QStringLiteral("synchronous_commit"), s.synchronousCommit},
                {QStringLiteral("candidates"), QJsonArray::fromStringList(s.syncCandidates)},
                {QStringLiteral("confirming"), s.syncConfirming}}},
        {QStringLiteral("nodes"), nodes}, {QStringLiteral("alarms"), alarms},
        {QStringLiteral("health_service"), s.healthService}, {QStringLiteral("not_read"), notRead},
        {QStringLiteral("backup"), backupToJson(s)}, {QStringLiteral("pause"), pauseToJson(s.pause)},
        {QStringLiteral("scheduled"), scheduleToJson(s)}};
}

QString snapshotToText(const ClusterSnapshot& s)
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("pgpilot::Status", text);
    };
    QString text = tr("cluster %1 at %2: %3\n")
                       .arg(s.cluster, s.time.toUTC().toString(Qt::ISODate),
                           s.healthy() ? tr("healthy") : tr("%1 alarm(s)").arg(s.alarms.size()));
    if (const QString mode = replicationModeText(s); !mode.isEmpty())
        text += mode + QLatin1Char('\n');
    text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                .arg(tr("node").leftJustified(10), tr("address").leftJustified(16),
                    tr("role").leftJustified(12), tr("sync").leftJustified(9), tr("health").leftJustified(12),
                    tr("lag").leftJustified(20), tr("tl").leftJustified(4), tr("haproxy"));
    for (const auto& n : s.nodes) {
        QString role = toId(n.state);
        if (n.vip.known && n.vip.holds)
            role += QStringLiteral("+vip");
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                    .arg(n.name.leftJustified(10), n.address.leftJustified(16), role.leftJustified(12),
                        syncStateText(n).leftJustified(9), healthText(n).leftJustified(12),
                        lagText(n).leftJustified(20), timelineText(n).leftJustified(4),
                        haproxyText(n) + QStringLiteral(" / ") + routingText(s, n.name));
    }
    const bool routesRead = std::none_of(s.notRead.cbegin(), s.notRead.cend(),
        [](const NotRead& n) { return n.signal == QLatin1String("haproxy"); });
    const QString unknown = routesRead ? QStringLiteral("-") : tr("not read");
    text += tr("writes -> %1; reads -> %2\n")
                .arg(s.writeTarget.isEmpty() ? unknown : s.writeTarget,
                    s.readTargets.isEmpty() ? unknown : s.readTargets.join(QLatin1Char(',')));
    if (const QString backup = backupStatusLine(s); !backup.isEmpty())
        text += backup + QLatin1Char('\n');
    if (const QString pause = pauseSummaryText(s.pause); !pause.isEmpty())
        text += pause + QLatin1Char('\n');
    for (const QString& line : scheduleSummaryLines(s.scheduled))
        text += line + QLatin1Char('\n');
    for (const auto& n : s.notRead)
        text += tr("not read: %1\n").arg(n.reason);
    for (const auto& a : s.alarms)
        text += QStringLiteral("%1: %2\n  %3\n  %4\n")
                    .arg(toId(a.severity).toUpper(), a.title, a.meaning, tr("what to do: ") + a.action);
    return text;
}

int statusExitCode(const ClusterSnapshot& s)
{
    if (s.alarms.isEmpty())
        return 0;
    return s.worstSeverity() == Severity::Critical ? 2 : 1;
}

namespace {

QJsonArray eventsToJson(const QList<ClusterEvent>& events)
{
    QJsonArray list;
    for (const ClusterEvent& e : events)
        list.append(QJsonObject {{QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("kind"), toId(e.kind)}, {QStringLiteral("node"), e.node},
            {QStringLiteral("severity"), toId(e.severity)}, {QStringLiteral("text"), e.text}});
    return list;
}

// events: the timeline too (--events): without --watch, once every node's repmgr event file was
// read as well (JSON: "events" in the snapshot's object; text: after it); with --watch, each
// event as it is added (JSON: one {"event": ...} object a line).
int printStatusAndEvents(ClusterMonitor& monitor, bool json, bool watch, bool events, std::FILE* out)
{
    const MonitorOptions& options = monitor.options();
    QEventLoop loop;
    int code = 0;
    auto put = [out](const QString& text) {
        std::fputs(text.toLocal8Bit().constData(), out);
        std::fflush(out);
    };
    auto print = [&monitor, put, json, events, watch](const ClusterSnapshot& s) {
        const bool withEvents = events && !watch;
        if (json) {
            QJsonObject o = snapshotToJson(s);
            if (withEvents)
                o.insert(QStringLiteral("events"), eventsToJson(monitor.events().events()));
            return put(
                QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        }
        QString text = snapshotToText(s);
        if (withEvents)
            text += QCoreApplication::translate("pgpilot::Status", "events:\n")
                + EventLog::toText(monitor.events().events());
        put(text + QLatin1Char('\n'));
    };
    if (events && watch) {
        QObject::connect(
            &monitor, &ClusterMonitor::eventsAdded, &loop, [put, json](const QList<ClusterEvent>& added) {
                if (!json)
                    return put(EventLog::toText(added));
                for (const QJsonValue& e : eventsToJson(added))
                    put(QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("event"), e}})
                                              .toJson(QJsonDocument::Compact))
                        + QLatin1Char('\n'));
            });
    }
    // With the events: also every node's event file read (or its read failed).
    auto ready = [&monitor, events](const ClusterSnapshot& s) {
        return complete(s, monitor.probesVip(), monitor.readsBackups())
            && (!events || !monitor.readsNodeEvents() || monitor.nodeEventsRead());
    };
    // Without --watch: the first complete snapshot, or whatever is known once every timeout passed.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        print(monitor.latest());
        code = statusExitCode(monitor.latest());
        loop.quit();
    });
    QObject::connect(&monitor, &ClusterMonitor::snapshotReady, &loop, [&](const ClusterSnapshot& s) {
        if (watch) {
            print(s);
            return;
        }
        if (ready(s) && deadline.isActive()) {
            deadline.stop();
            print(s);
            code = statusExitCode(s);
            loop.quit();
        }
    });
    QObject::connect(&monitor, &ClusterMonitor::nodeEventsReadDone, &loop, [&] {
        const ClusterSnapshot& s = monitor.latest();
        if (!watch && s.tick > 0 && ready(s) && deadline.isActive()) {
            deadline.stop();
            print(s);
            code = statusExitCode(s);
            loop.quit();
        }
    });
    if (!watch) {
        int wait = qMax(options.pgTimeoutMs, options.httpTimeoutMs) + options.intervalMs + 500;
        if (events && monitor.readsNodeEvents())
            wait = qMax(wait, kNodeEventsWaitMs);
        if (monitor.readsBackups())
            wait = qMax(wait, kBackupWaitMs);
        deadline.start(wait);
    }
    monitor.start();
    loop.exec();
    return code;
}

} // namespace

int printStatus(ClusterMonitor& monitor, bool json, bool watch, std::FILE* out)
{
    return printStatusAndEvents(monitor, json, watch, false, out);
}

std::unique_ptr<ClusterMonitor> awaitMonitor(ClusterServices& services, QString* problem)
{
    std::unique_ptr<ClusterMonitor> monitor;
    bool answered = false;
    QEventLoop loop;
    services.makeMonitor({}, nullptr, [&](ClusterMonitor* m, const QString& error) {
        monitor.reset(m);
        *problem = error;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return monitor;
}

namespace cli {

namespace {

class StatusCommand : public Command
{
public:
    StatusCommand()
        : Command(QStringLiteral("status"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "print the monitor's snapshot of the cluster"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Polls every node once (roles, lag, health checks, HAProxy, which node holds the VIP)\n"
                "and prints the snapshot with its alarms."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 0 healthy, 1 warnings, 2 critical (or usage error), 3 cluster file or\n"
                "keychain problem."))
    {
        addOption(flagOption("watch",
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Print every snapshot until interrupted.")),
            OptionSet::Show::InUsage);
        addOption(described(jsonOption(), QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Print JSON.")),
            OptionSet::Show::InUsage);
        addOption(flagOption("events",
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Also print the timeline's events, with what repmgr recorded on the nodes while no "
                "pgpilot watched (with --watch: each event as it comes).")));
        addOptions({acceptHostKeyOption(), secretsFileOption()});
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        const auto spec = loadValidSpec(args.clusterFile(), io.err);
        if (!spec)
            return 3;
        const std::unique_ptr<SecretStore> secrets = openSecretStore(args.value("secrets-file"), io.err);
        if (!secrets)
            return 3;
        // The monitor with its VIP probe, as the window makes it.
        ClusterServices services(*spec, secrets.get());
        configureServices(services, args, /*takesStateDir=*/false);
        QString problem;
        const std::unique_ptr<ClusterMonitor> monitor = awaitMonitor(services, &problem);
        if (!monitor) {
            print(io.err, problem + QLatin1Char('\n'));
            return 3;
        }
        if (!problem.isEmpty()) // no VIP probe: said, and the VIP shows as unknown
            print(io.err, problem + QLatin1Char('\n'));
        return printStatusAndEvents(
            *monitor, args.isSet("json"), args.isSet("watch"), args.isSet("events"), io.out);
    }
};

} // namespace

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace cli
} // namespace pgpilot
