// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot switchover, rejoin, unfence, fence, add-standby, remove-standby, ..., pause and unpause:
// the dashboard's operations (backend/ops OperationRunner) without a display.
#include "cluster/specfile.h"
#include "command.h"
#include "commands.h"
#include "core/interrupt.h"
#include "ops/operationrunner.h"
#include "ops/rolling.h"
#include "ops/schedule.h"
#include "options.h"
#include "output.h"
#include "secrets/secretstore.h"
#include "services/clusterservices.h"
#include "session.h"

#include <QJsonArray>

namespace pgpilot::cli {

namespace {

QJsonArray checksJson(const QList<OperationCheck>& checks)
{
    QJsonArray list;
    for (const OperationCheck& c : checks)
        list.append(QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("title"), c.title},
            {QStringLiteral("node"), c.node}, {QStringLiteral("ok"), c.ok}, {QStringLiteral("seen"), c.seen},
            {QStringLiteral("hint"), c.hint}});
    return list;
}

// What an operation prints as it runs: text for a person, or one JSON object per event.
class OperationReport
{
public:
    OperationReport(bool json, const Io& io)
        : m_json(json)
        , m_io(io)
    { }

    void refused(const QString& error) const
    {
        if (m_json)
            printJson(m_io.out,
                {{QStringLiteral("event"), QStringLiteral("result")}, {QStringLiteral("ok"), false},
                    {QStringLiteral("refused"), true}, {QStringLiteral("error"), error}});
        print(m_io.err, error + QLatin1Char('\n'));
    }

    void narration(const QString& line) const
    {
        if (m_json)
            printJson(m_io.out,
                {{QStringLiteral("event"), QStringLiteral("narration")}, {QStringLiteral("text"), line}});
        else
            print(m_io.out, QStringLiteral("-- %1\n").arg(line));
    }

    void step(const QString& step, const QString& node, bool ok, const QString& error) const
    {
        if (m_json)
            printJson(m_io.out,
                {{QStringLiteral("event"), QStringLiteral("step")}, {QStringLiteral("step"), step},
                    {QStringLiteral("node"), node}, {QStringLiteral("ok"), ok},
                    {QStringLiteral("error"), error}});
        else
            print(m_io.out,
                QStringLiteral("   %1  %2  %3\n")
                    .arg(node, -6)
                    .arg(step, -24)
                    .arg(ok ? CommandLine::tr("done") : CommandLine::tr("FAILED")));
    }

    void prechecks(const QList<OperationCheck>& checks, bool ok, const QString& confirmation) const
    {
        if (m_json)
            printJson(m_io.out,
                {{QStringLiteral("event"), QStringLiteral("prechecks")}, {QStringLiteral("ok"), ok},
                    {QStringLiteral("checks"), checksJson(checks)},
                    {QStringLiteral("confirmation"), confirmation}});
        else {
            printChecks(checks);
            if (const QList<UpgradeRow> rows = upgradeRows(checks); !rows.isEmpty())
                print(m_io.out, QStringLiteral("\n%1\n").arg(upgradeTableText(rows)));
        }
    }

    // Without --yes: what it would have done.
    void wouldDo(const QString& confirmation) const
    {
        print(m_io.err, CommandLine::tr("This would do: %1\nAdd --yes to go ahead.\n").arg(confirmation));
    }

    void confirmed(const QString& confirmation) const
    {
        if (!m_json)
            print(m_io.out, CommandLine::tr("Confirmed (--yes): %1\n").arg(confirmation));
    }

    void result(const OperationResult& res) const
    {
        if (m_json) {
            printJson(m_io.out,
                {{QStringLiteral("event"), QStringLiteral("result")},
                    {QStringLiteral("operation"), toId(res.request.kind)},
                    {QStringLiteral("node"), res.request.node}, {QStringLiteral("ok"), res.ok},
                    {QStringLiteral("refused"), res.refused}, {QStringLiteral("cancelled"), res.cancelled},
                    {QStringLiteral("error"), res.error}, {QStringLiteral("hint"), res.hint},
                    {QStringLiteral("reclone_suggested"), res.recloneSuggested},
                    {QStringLiteral("duration_ms"), res.durationMs},
                    {QStringLiteral("write_outage_ms"), res.writeOutageMs},
                    {QStringLiteral("total_write_outage_ms"), res.totalOutageMs},
                    {QStringLiteral("writes_ok"), res.writesOk},
                    {QStringLiteral("failed_writes"), res.failedWrites},
                    {QStringLiteral("old_primary"), res.oldPrimary},
                    {QStringLiteral("new_primary"), res.newPrimary},
                    {QStringLiteral("summary"), res.summary()},
                    {QStringLiteral("verification"), checksJson(res.verification)}});
        } else {
            printChecks(res.verification);
            if (!res.ok && !res.hint.isEmpty())
                print(m_io.err, CommandLine::tr("What to do: %1\n").arg(res.hint));
        }
    }

    // remove-standby, after success: the worksheet without the node's row saved to the cluster
    // file. False if the file could not be written.
    bool saveRemaining(const ClusterSpec& rest, const QString& file, const QString& node) const
    {
        QString error;
        if (!saveSpecFile(rest, file, &error)) {
            print(m_io.err,
                CommandLine::tr(
                    "%1 is removed from the cluster but its row could not be removed from %2: %3\n")
                    .arg(node, file, error));
            return false;
        }
        if (!m_json)
            print(m_io.out, CommandLine::tr("Removed the row of %1 from %2.\n").arg(node, file));
        return true;
    }

private:
    void printChecks(const QList<OperationCheck>& checks) const
    {
        for (const OperationCheck& c : checks)
            print(m_io.out,
                QStringLiteral("   %1  %2%3: %4%5\n")
                    .arg(c.ok ? QStringLiteral("PASS") : QStringLiteral("FAIL"), c.title,
                        c.node.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.node), c.seen,
                        c.ok || c.hint.isEmpty() ? QString()
                                                 : CommandLine::tr("; what to do: %1").arg(c.hint)));
    }

    bool m_json;
    Io m_io;
};

class OperationCommand : public Command
{
public:
    OperationCommand(
        QString name, OperationKind kind, const char* summary, const char* about, const char* nodeDescription)
        : Command(std::move(name), summary, about,
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 0 done and verified, 1 refused by a pre-check, a step or the\n"
                "verification failed, 2 usage error or no --yes, 3 cluster file, keychain or\n"
                "connection problem."))
        , m_kind(kind)
    {
        using Show = OptionSet::Show;
        // Every operation takes every option (one parser served them all); each shows its own.
        addOption(described(nodeOption(), nodeDescription), needsNode() ? Show::Required : Show::Hidden);
        if (isRolling(kind))
            addOption(
                valueOption("to", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "NAME"),
                    QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                        "The standby to switch over to (default: the first standby of the cluster file).")),
                Show::InUsage);
        else
            addOption(valueOption("to", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "NAME"),
                          QT_TRANSLATE_NOOP("pgpilot::CommandLine", "The same as --node.")),
                kind == OperationKind::Switchover ? Show::Listed : Show::Hidden);
        addOption(flagOption("switch-back",
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "End with a switchover back to the node that was primary at the start.")),
            isRolling(kind) ? Show::InUsage : Show::Hidden);
        addOption(valueOption("packages", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "LIST"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "Comma-separated: postgresql, repmgr, haproxy, keepalived, pgbackrest.")),
            kind == OperationKind::Upgrade ? Show::Required : Show::Hidden);
        addOption(
            flagOption("reclone",
                QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                    "Delete its data directory and clone it afresh (when pg_rewind cannot bring it back).")),
            kind == OperationKind::Rejoin ? Show::InUsage : Show::Hidden);
        addOption(
            flagOption("keep-row",
                QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                    "Leave the node's row in the cluster file (by default it is removed after success).")),
            kind == OperationKind::RemoveStandby ? Show::Listed : Show::Hidden);
        addOption(valueOption("type", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "TYPE"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "full, diff or incr (default incr; a full one when the repository has none).")),
            kind == OperationKind::Backup ? Show::InUsage : Show::Hidden);
        addOption(
            valueOption("target-time", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "TIME"),
                QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                    "ISO 8601 with its zone, e.g. 2026-12-05T10:15:00Z: the cluster is restored to it.")),
            kind == OperationKind::Restore ? Show::Required : Show::Hidden);
        addOption(valueOption("window", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "DURATION"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "How long failover may stay paused before every dashboard and pgpilot watch "
                          "raise an alarm: 30m, 2h, 1h30m (default 60m, at most 24h).")),
            kind == OperationKind::Pause ? Show::InUsage : Show::Hidden);
        addOption(valueOption("reason", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "TEXT"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "Why (one line, shown with the pause on every dashboard and in its alarm).")),
            kind == OperationKind::Pause ? Show::InUsage : Show::Hidden);
        addOption(valueOption("at", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "TIME"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "Do not run it now: schedule it for TIME (ISO 8601 with its zone, e.g. "
                          "2026-12-06T02:00:00Z, at most 30 days ahead). A running pgpilot watch runs it; "
                          "pgpilot schedule lists and cancels.")),
            isSchedulable(kind) ? Show::InUsage : Show::Hidden);
        addOption(valueOption("remind", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "DURATION"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "With --at: the dashboards and pgpilot watch raise a reminder this long before it "
                          "starts (default 15m; 0: none).")),
            isSchedulable(kind) ? Show::Listed : Show::Hidden);
        addOption(yesOption(), Show::InUsage);
        addOption(flagOption("dry-run",
            QT_TRANSLATE_NOOP(
                "pgpilot::CommandLine", "Print the commands the operation would run; contact nothing.")));
        addOption(described(jsonOption(),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "One JSON object per event (pre-checks, narration, steps, the result with its figures).")));
        addOption(flagOption("no-write-probe",
            QT_TRANSLATE_NOOP(
                "pgpilot::CommandLine", "Do not write through the VIP to measure the outage.")));
        addOptions(sessionOptions());
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        const QString node = args.isSet("to") ? args.value("to") : args.value("node");
        if (needsNode()
            && (node.isEmpty() || (args.isSet("to") && args.isSet("node") && args.value("node") != node)))
            return usageError(io);
        if (!needsNode() && (args.isSet("node") || (args.isSet("to") && !isRolling(m_kind)))) {
            print(io.err, CommandLine::tr("%1 takes no node: it works on the whole cluster.\n").arg(name()));
            return 2;
        }
        if (args.isSet("type") && m_kind != OperationKind::Backup) {
            print(io.err, CommandLine::tr("--type is for backup only.\n"));
            return 2;
        }
        if ((args.isSet("window") || args.isSet("reason")) && m_kind != OperationKind::Pause) {
            print(io.err, CommandLine::tr("--window and --reason are for pause only.\n"));
            return 2;
        }
        if (args.isSet("switch-back") && !isRolling(m_kind)) {
            print(io.err, CommandLine::tr("--switch-back is for rolling-restart and upgrade.\n"));
            return 2;
        }
        if (args.isSet("packages") != (m_kind == OperationKind::Upgrade)) {
            print(io.err,
                m_kind == OperationKind::Upgrade ? CommandLine::tr(
                    "Give the packages to upgrade with --packages (e.g. postgresql,repmgr).\n")
                                                 : CommandLine::tr("--packages is for upgrade only.\n"));
            return 2;
        }
        if ((args.isSet("at") || args.isSet("remind")) && !isSchedulable(m_kind)) {
            print(io.err,
                CommandLine::tr("--at and --remind are for switchover, rolling-restart and upgrade.\n"));
            return 2;
        }
        if (args.isSet("remind") && !args.isSet("at")) {
            print(io.err,
                CommandLine::tr("--remind goes with --at (the time the operation is scheduled for).\n"));
            return 2;
        }
        if (args.isSet("reclone") && m_kind != OperationKind::Rejoin) {
            print(io.err, CommandLine::tr("--reclone is for rejoin (and unfence) only.\n"));
            return 2;
        }
        const QString file = args.clusterFile();
        const auto spec = loadValidSpec(file, io.err);
        if (!spec)
            return 3;
        OperationRequest request;
        request.kind = m_kind;
        request.node = node;
        request.reclone = args.isSet("reclone");
        request.option = args.value("type");
        request.switchBack = args.isSet("switch-back");
        if (m_kind == OperationKind::Upgrade) {
            QString error;
            request.packages = parseUpgradePackages(args.value("packages"), &error);
            if (request.packages.isEmpty()) {
                print(io.err, error + QLatin1Char('\n'));
                return 2;
            }
        }
        if (m_kind == OperationKind::Pause) {
            request.option = args.value("window");
            request.reason = args.value("reason");
        }
        if (m_kind == OperationKind::Restore) {
            QString error;
            request.option = restoreTargetTime(args.value("target-time"), &error);
            if (request.option.isEmpty()) {
                print(io.err, error + QLatin1Char('\n'));
                return 2;
            }
        } else if (args.isSet("target-time")) {
            print(io.err, CommandLine::tr("--target-time is for restore only.\n"));
            return 2;
        }
        const OperationReport report(args.isSet("json"), io);
        {
            const OperationPlan plan = buildOperation(*spec, request);
            if (!plan.valid()) {
                report.refused(plan.error);
                return 2;
            }
            if (args.isSet("dry-run")) {
                print(io.out, operationCommandsText(plan));
                return 0;
            }
        }
        if (args.isSet("at")) // recorded for a watcher to run; nothing runs now
            return scheduleOperation(*spec, request, args, io);
        const std::unique_ptr<SecretStore> secrets = openSecretStore(args.value("secrets-file"), io.err);
        if (!secrets)
            return 3;
        return runOperation(*spec, secrets.get(), request, args, report, io);
    }

public:
    // Opens the cluster's session (ClusterServices, as the window does) and runs the operation on
    // it with an OperationRunner: pre-checks, then (with --yes) the steps and the verification,
    // printing every event; the exit status. Ctrl+C (or SIGTERM) cancels while that is safe (before
    // the point of no return); past it the operation is left to finish, since stopping halfway
    // would leave the cluster half switched.
    static int runOperation(const ClusterSpec& spec, SecretStore* secrets, const OperationRequest& request,
        const Invocation& args, const OperationReport& report, const Io& io);

private:
    bool needsNode() const
    {
        return m_kind != OperationKind::RotateSecrets && m_kind != OperationKind::RenewCerts
            && m_kind != OperationKind::Backup && m_kind != OperationKind::RestoreDrill
            && m_kind != OperationKind::Restore && m_kind != OperationKind::Pause
            && m_kind != OperationKind::Unpause && !isRolling(m_kind);
    }

    OperationKind m_kind;
};

int OperationCommand::runOperation(const ClusterSpec& spec, SecretStore* secrets,
    const OperationRequest& request, const Invocation& args, const OperationReport& report, const Io& io)
{
    ClusterServices services(spec, secrets);
    configureServices(services, args);
    services.setWriteProbeEnabled(!args.isSet("no-write-probe"));
    const bool yes = args.isSet("yes");
    int exitCode = 0;
    std::unique_ptr<OperationRunner> runner;

    auto begin = [&](OperationRunner* r) {
        runner.reset(r);
        QObject::connect(
            r, &OperationRunner::narration, r, [&](const QString& line) { report.narration(line); });
        QObject::connect(r, &OperationRunner::stepFinished, r,
            [&](const QString& step, const QString&, const QString& n, bool ok, const QString& error) {
                report.step(step, n, ok, error);
            });
        QObject::connect(
            r, &OperationRunner::prechecksDone, r, [&, r](const QList<OperationCheck>& checks, bool ok) {
                report.prechecks(checks, ok, r->confirmation());
                if (!ok) {
                    r->start(); // reports refused with the reasons
                    return;
                }
                if (!yes) {
                    report.wouldDo(r->confirmation());
                    exitCode = 2;
                    QCoreApplication::exit(2);
                    return;
                }
                report.confirmed(r->confirmation());
                r->start();
            });
        QObject::connect(r, &OperationRunner::finished, r, [&](const OperationResult& res) {
            report.result(res);
            if (!res.ok)
                exitCode = 1;
            // What the result changes (a removed standby leaves the worksheet), saved to the file.
            if (const auto rest = services.applyOperationResult(res); rest && !args.isSet("keep-row")
                && !report.saveRemaining(*rest, args.clusterFile(), res.request.node))
                exitCode = 1;
            QCoreApplication::exit(exitCode);
        });
        if (args.isSet("verbose"))
            QObject::connect(r, &OperationRunner::output, r, verboseOutput(io));
        r->runPrechecks();
    };

    services.prepareOperation(
        request, nullptr, [&](OperationRunner* r, const QString& error, const QString& probeError) {
            if (!r) {
                print(io.err, error + QLatin1Char('\n'));
                QCoreApplication::exit(3);
                return;
            }
            if (!probeError.isEmpty())
                print(io.err,
                    CommandLine::tr("No write probe: the repmgr password is not readable (%1).\n")
                        .arg(probeError));
            begin(r);
        });
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &services, [&](int) {
        OperationRunner* r = runner.get();
        if (!r || r->state() == OperationRunner::State::Idle || r->state() == OperationRunner::State::Finished
            || r->state() == OperationRunner::State::Refused) {
            QCoreApplication::exit(interrupt.exitCode());
        } else if (r->canCancel()) {
            print(io.err,
                CommandLine::tr(
                    "\nInterrupted: cancelling (nothing past the point of no return was done).\n"));
            r->cancel();
        } else {
            print(io.err,
                CommandLine::tr(
                    "\nInterrupted, but the operation is past its point of no return: it goes on to "
                    "the end so the cluster is not left halfway. Press Ctrl+C again to quit at once "
                    "(then check the cluster with `pgpilot status`).\n"));
        }
    });
    const int rc = QCoreApplication::exec();
    interrupt.collectPending();
    runner.reset();
    return interrupt.received() ? interrupt.exitCode() : rc;
}

} // namespace

int runOperationHeadless(const ClusterSpec& spec, SecretStore* secrets, const OperationRequest& request,
    const Invocation& args, const Io& io)
{
    const OperationReport report(args.isSet("json"), io);
    return OperationCommand::runOperation(spec, secrets, request, args, report, io);
}

std::vector<std::unique_ptr<Command>> makeOperationCommands()
{
    // The help's paragraph of each, then what its --node names.
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<OperationCommand>(QStringLiteral("switchover"), OperationKind::Switchover,
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "make a standby the primary (planned, no data loss)"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Makes the standby NAME the primary with repmgr's switchover after pre-checks (every\n"
            "node reachable, NAME streaming with little lag, repmgrd, SSH between the nodes,\n"
            "repmgr's dry run), writing through the VIP meanwhile to measure the outage, then\n"
            "verifies roles, replication, the VIP and ports."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "The standby to promote.")));
    list.push_back(std::make_unique<OperationCommand>(QStringLiteral("rejoin"), OperationKind::Rejoin,
        QT_TRANSLATE_NOOP(
            "pgpilot::CommandLine", "bring a failed, diverged or fenced node back as a standby"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Keeps NAME's PostgreSQL stopped, lifts a fence, recovers a crash in single-user mode,\n"
            "then repmgr node rejoin (with pg_rewind) against the current primary and waits until it\n"
            "streams. It never starts NAME as a primary. 'unfence' is the same command."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "The node to rejoin.")));
    list.push_back(std::make_unique<OperationCommand>(QStringLiteral("unfence"), OperationKind::Rejoin,
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "lift a fence: rejoin the node as a standby"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "The same as rejoin."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "The fenced node.")));
    list.push_back(std::make_unique<OperationCommand>(QStringLiteral("fence"), OperationKind::Fence,
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "stop a node's PostgreSQL and keep it from serving writes"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Marks NAME fenced (its health service answers 503, so HAProxy and Keepalived keep it\n"
            "out), stops repmgrd and PostgreSQL there and keeps PostgreSQL from starting until\n"
            "the node is rejoined. Needs SSH to NAME, not its database."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "The node to fence.")));
    list.push_back(std::make_unique<OperationCommand>(QStringLiteral("add-standby"),
        OperationKind::AddStandby,
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "install, clone and register a new node row as a standby"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "NAME is a row already added to the cluster file. Runs phases 1-2 on it, clones it\n"
            "from the current primary, registers it, and reloads HAProxy and Keepalived on every\n"
            "node (no restart)."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "The new node's row.")));
    list.push_back(
        std::make_unique<OperationCommand>(QStringLiteral("remove-standby"), OperationKind::RemoveStandby,
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "unregister and stop a standby, then drop its row"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Stops NAME (kept from starting), unregisters it, drops its replication slot and\n"
                "reloads HAProxy and Keepalived on the others without it; then removes its row from\n"
                "the cluster file. Only the last row can be removed (node ids are positions)."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "The standby to remove (the last row).")));
    list.push_back(
        std::make_unique<OperationCommand>(QStringLiteral("rotate-secrets"), OperationKind::RotateSecrets,
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "new passwords for repmgr and the application role"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Makes new passwords for repmgr (and the application role, when the cluster file has one)\n"
                "and keeps them in the keychain under pending keys; then the primary stores their SCRAM\n"
                "verifiers, every node's .pgpass gets the new repmgr password, a login with each works on\n"
                "every node, and the new passwords replace the old ones in the keychain. An interrupted\n"
                "run is finished by the next. Open sessions and writes through the VIP go on."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "(none)")));
    list.push_back(std::make_unique<OperationCommand>(QStringLiteral("renew-certs"),
        OperationKind::RenewCerts,
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "new TLS certificates for every node, without a restart"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Verified TLS only. Issues a new key and certificate for every node from the cluster CA\n"
            "(which must be in this keychain) and keeps them under pending keys; then writes them on\n"
            "each node as postgres and has PostgreSQL reload them. Once every node serves its new\n"
            "certificate, the new ones replace the old ones in the keychain. An interrupted run is\n"
            "finished by the next. Nothing restarts: sessions, replication and writes go on."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "(none)")));
    list.push_back(std::make_unique<OperationCommand>(QStringLiteral("backup"), OperationKind::Backup,
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "take a pgBackRest backup now (full, diff or incr)"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Needs a backup repository (phase 6). Pre-checks that the stanza answers, that no backup\n"
            "runs and that the repository has room; then the repository host takes the backup, its\n"
            "files read from a standby; then verifies that the newest backup is this one, without\n"
            "error, and prints its size, duration and throughput."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "(none)")));
    list.push_back(
        std::make_unique<OperationCommand>(QStringLiteral("restore-drill"), OperationKind::RestoreDrill,
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "prove the backups restore: a scratch restore on the repository host"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Writes a marker row on the primary and has its WAL archived; then the repository host\n"
                "restores the newest backup and every archived WAL segment into a scratch cluster,\n"
                "starts it, finds the marker row, reports the time taken and the recovery point, and\n"
                "removes the scratch cluster. The cluster's nodes only write the marker."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "(none)")));
    list.push_back(std::make_unique<OperationCommand>(QStringLiteral("restore"), OperationKind::Restore,
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "point-in-time recovery of the whole cluster"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Brings the whole cluster back to --target-time. Pre-checks refuse a time in the future or\n"
            "before the oldest backup; then the repository host rehearses the restore in a scratch\n"
            "cluster and stops there if the repository cannot reach that time. Then it stops repmgrd,\n"
            "the health service and PostgreSQL everywhere, restores the worksheet's primary to that\n"
            "time, clones the others from it, starts the services again, verifies roles, the VIP and\n"
            "ports, and takes a full backup of the new timeline. Transactions after the time are gone\n"
            "from the cluster."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "(none)")));
    list.push_back(std::make_unique<OperationCommand>(QStringLiteral("pause"), OperationKind::Pause,
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "pause automatic failover for a maintenance window"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Pre-checks that every node answers, that repmgrd runs everywhere and that repmgr's dry run\n"
            "reaches every node from the primary; then records the window (--window, who, --reason)\n"
            "in the cluster and runs repmgr service pause on the primary; then verifies that every\n"
            "node reports repmgrd paused. Every dashboard, the wall and pgpilot watch show the pause\n"
            "and raise a critical alarm once the window has passed. Pausing a paused cluster says so\n"
            "and records the new window."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "(none)")));
    list.push_back(std::make_unique<OperationCommand>(QStringLiteral("unpause"), OperationKind::Unpause,
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "resume automatic failover"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "The same pre-checks as pause; then repmgr service unpause on the primary and the recorded\n"
            "window closed; then verifies that repmgrd runs unpaused on every node and that repmgr\n"
            "sees one primary and every standby running. Unpausing a running cluster says so."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "(none)")));
    list.push_back(
        std::make_unique<OperationCommand>(QStringLiteral("rolling-restart"), OperationKind::RollingRestart,
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "restart PostgreSQL everywhere, one node at a time"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "For settings that need a restart. Pre-checks that every node answers, one primary, every\n"
                "standby streaming, repmgrd and SSH. Then restarts the standbys one at a time (each must\n"
                "stream and catch up before the next), switches over to a caught-up standby (--to, or the\n"
                "first standby of the cluster file) so that repmgr restarts the old primary as its standby,\n"
                "and with --switch-back switches back. Writes through the VIP pause once per switchover;\n"
                "the outage is measured. Verifies that every node restarted and nothing waits for one."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "(none)")));
    list.push_back(std::make_unique<OperationCommand>(QStringLiteral("upgrade"), OperationKind::Upgrade,
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "rolling minor upgrade of the cluster's packages"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Installs the new versions the nodes' package source offers for --packages, in the order of\n"
            "rolling-restart: the standbys one at a time (apt-get install, only upgrades, then whatever "
            "runs\n"
            "an old binary restarts, then the node must stream and catch up), a switchover, the old\n"
            "primary, ALTER EXTENSION repmgr UPDATE. The pre-checks run apt-get update and print a table\n"
            "of node, package, installed and new version; they refuse when nothing is newer or when\n"
            "nodes would get different versions. A node whose upgrade fails stops the operation there;\n"
            "run it again once fixed: nodes already done are skipped."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "(none)")));
    return list;
}

} // namespace pgpilot::cli
