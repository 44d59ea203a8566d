// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot settings: the worksheet's settings section against the cluster (read-only), and with
// --apply --yes the files written and reloaded on every node (runbook/builder.h,
// buildSettingsPhases); what waits for a restart is left to pgpilot rolling-restart.
#include "command.h"
#include "commands.h"
#include "core/interrupt.h"
#include "exec/clustersession.h"
#include "exec/executor.h"
#include "exec/progressstore.h"
#include "ops/operationrunner.h"
#include "options.h"
#include "output.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"
#include "secrets/secretstore.h"
#include "services/clusterservices.h"
#include "session.h"
#include "settings/settingsdiff.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QPointer>

namespace pgpilot::cli {

namespace {

QJsonObject diffJson(const QString& when, const SettingsDiff& diff, const RestartNeed& need)
{
    QJsonArray changes;
    for (const SettingChange& c : diff.changes)
        changes.append(QJsonObject {{QStringLiteral("node"), c.node}, {QStringLiteral("name"), c.name},
            {QStringLiteral("current"), c.current}, {QStringLiteral("worksheet"), c.wanted},
            {QStringLiteral("status"), toId(c.status)}, {QStringLiteral("applyBy"), toId(c.applyBy)},
            {QStringLiteral("lowersStandbyBound"), c.lowersStandbyBound},
            {QStringLiteral("problem"), c.problem}});
    QJsonObject errors;
    for (auto it = diff.nodeErrors.cbegin(); it != diff.nodeErrors.cend(); ++it)
        errors.insert(it.key(), it.value());
    return {{QStringLiteral("event"), QStringLiteral("settings")}, {QStringLiteral("when"), when},
        {QStringLiteral("changes"), changes}, {QStringLiteral("nodeErrors"), errors},
        {QStringLiteral("restartNeeded"), need.needed},
        {QStringLiteral("restartParameters"), QJsonArray::fromStringList(need.parameters)},
        {QStringLiteral("restartNodes"), QJsonArray::fromStringList(need.nodes)},
        {QStringLiteral("lowered"), QJsonArray::fromStringList(need.lowered)}};
}

class SettingsCommand : public Command
{
public:
    SettingsCommand()
        : Command(QStringLiteral("settings"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "compare the worksheet's settings with the nodes; --apply writes and reloads them"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Reads every node's pg_settings for the worksheet's PostgreSQL parameters (the settings\n"
                "section) and prints, per parameter, the value in effect, the worksheet's and what the "
                "change\n"
                "needs: a reload, or a restart. Values the server does not take (unknown parameter, wrong\n"
                "unit, out of range) are named. Changes nothing.\n"
                "With --apply --yes: writes conf.d/pgpilot-settings.conf on every node and reloads\n"
                "PostgreSQL, rewrites haproxy.cfg and keepalived.conf where their timings changed and\n"
                "reloads them (never a restart); when a value waits for a restart of PostgreSQL, a rolling\n"
                "restart follows (the standbys one at a time, then a switchover; see pgpilot\n"
                "rolling-restart), unless --no-restart, which prints the command instead."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 0 every value taken (and, with --apply, written and in effect or waiting for "
                "a\n"
                "restart), 1 a value refused or a step failed, 2 usage error or --apply without --yes,\n"
                "3 cluster file, keychain or connection problem."))
    {
        using Show = OptionSet::Show;
        addOption(flagOption("apply",
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "Write the settings on every node and reload (needs --yes).")),
            Show::InUsage);
        addOption(described(yesOption(),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Confirm --apply (reloads every node).")),
            Show::InUsage);
        addOption(flagOption("no-restart",
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "With --apply: leave what waits for a restart to pgpilot rolling-restart.")),
            Show::InUsage);
        addOption(flagOption("no-write-probe",
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Do not write through the VIP to measure the rolling restart's outage.")));
        addOption(jsonOption());
        addOptions(sessionOptions());
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
        int rc = 0;
        RestartNeed need;
        {
            Run runner(*spec, secrets.get(), args, io);
            rc = runner.exec();
            need = runner.restartNeed();
        }
        // Reload everywhere was not enough: a rolling restart applies the rest, one node at a time.
        if (rc != 0 || !args.isSet("apply") || !need.needed || args.isSet("no-restart")
            || !need.lowered.isEmpty())
            return rc;
        if (!args.isSet("json"))
            print(io.out,
                CommandLine::tr("Applying what waits for a restart (%1) with a rolling restart.\n")
                    .arg(need.parameters.join(QStringLiteral(", "))));
        OperationRequest request;
        request.kind = OperationKind::RollingRestart;
        return runOperationHeadless(*spec, secrets.get(), request, args, io);
    }

private:
    // One run: read, and with --apply, pre-checks, steps, verification and a second read.
    class Run
    {
    public:
        Run(const ClusterSpec& spec, SecretStore* secrets, const Invocation& args, const Io& io)
            : m_spec(spec)
            , m_services(spec, secrets)
            , m_args(args)
            , m_io(io)
            , m_json(args.isSet("json"))
            , m_ops(buildSettingsPhases(spec))
        {
            configureServices(m_services, args);
        }

        int exec()
        {
            InterruptWatcher interrupt;
            QObject::connect(
                &interrupt, &InterruptWatcher::interrupted, &m_services, [this, &interrupt](int) {
                    print(m_io.err,
                        CommandLine::tr("\nInterrupted: stopping the running step on every node.\n"));
                    m_interrupted = interrupt.exitCode();
                    if (m_running)
                        m_running->cancel(); // its finished() ends the run (stopped())
                    else
                        QCoreApplication::exit(m_interrupted);
                });
            m_services.withSession([this](ClusterSession* session, const QString& error) {
                if (!session) {
                    print(m_io.err, error + QLatin1Char('\n'));
                    QCoreApplication::exit(3);
                    return;
                }
                m_session = session;
                read(QStringLiteral("before"), [this](const SettingsDiff& diff) {
                    compareRoutingFiles([this, diff] { afterFirstRead(diff); });
                });
            });
            const int rc = QCoreApplication::exec();
            interrupt.collectPending();
            return interrupt.received() ? interrupt.exitCode() : rc;
        }

    private:
        // After Ctrl+C nothing more starts: the run ends with the interrupt's exit status.
        bool stopped() const
        {
            if (m_interrupted == 0)
                return false;
            QCoreApplication::exit(m_interrupted);
            return true;
        }

        // Every node's rows for the worksheet's parameters (as postgres), then the diff, printed.
        void read(const QString& when, std::function<void(const SettingsDiff&)> next)
        {
            if (stopped())
                return;
            RunRequest request;
            request.command = settingsReadCommand(m_spec);
            request.runAs = QStringLiteral("postgres");
            request.timeoutMs = 60000;
            QStringList nodes;
            for (const NodeSpec& n : m_spec.nodes)
                nodes << n.name;
            Job* job = m_session->runCommand(QStringLiteral("settings-read"), request, nodes);
            m_running = job;
            QObject::connect(job, &Job::finished, &m_services, [this, job, when, next] {
                m_running = nullptr;
                if (job->commandResults().isEmpty()) {
                    print(m_io.err, job->error() + QLatin1Char('\n'));
                    QCoreApplication::exit(3);
                    return;
                }
                QHash<QString, QList<PgSetting>> byNode;
                QHash<QString, QString> unread;
                for (auto it = job->commandResults().cbegin(); it != job->commandResults().cend(); ++it) {
                    const RunResult& r = it.value();
                    QString error;
                    if (r.failure != RunResult::Failure::None)
                        error = r.error;
                    else if (r.exitCode != 0)
                        error = QString::fromUtf8(r.stdErr).trimmed();
                    else if (const auto rows = parseSettingsRows(r.stdOut, &error))
                        byNode.insert(it.key(), *rows);
                    if (!byNode.contains(it.key()))
                        unread.insert(it.key(),
                            CommandLine::tr("its settings could not be read: %1")
                                .arg(error.isEmpty() ? CommandLine::tr("no answer") : error));
                }
                SettingsDiff diff = diffSettings(m_spec, byNode);
                for (auto it = unread.cbegin(); it != unread.cend(); ++it)
                    diff.nodeErrors.insert(it.key(), it.value());
                if (m_json) {
                    printJson(m_io.out, diffJson(when, diff, restartNeeded(diff)));
                } else {
                    print(m_io.out,
                        when == QLatin1String("before")
                            ? CommandLine::tr("Settings of cluster %1 (the worksheet against the nodes):\n")
                                  .arg(m_spec.name)
                            : CommandLine::tr("Settings of cluster %1 after the reload:\n").arg(m_spec.name));
                    print(m_io.out, settingsDiffText(diff));
                }
                next(diff);
            });
        }

        // haproxy.cfg and keepalived.conf on every node against the worksheet's (their timings):
        // the same file, or one that --apply rewrites and reloads.
        void compareRoutingFiles(std::function<void()> next)
        {
            if (stopped())
                return;
            RunRequest request;
            request.command = QStringLiteral(
                "for f in /etc/haproxy/haproxy.cfg /etc/keepalived/keepalived.conf; do "
                "printf '%s %s\\n' \"$(sha256sum <\"$f\" 2>/dev/null | cut -d' ' -f1)\" \"$f\"; "
                "done");
            request.timeoutMs = 30000;
            QStringList nodes;
            for (const NodeSpec& n : m_spec.nodes)
                nodes << n.name;
            Job* job = m_session->runCommand(QStringLiteral("settings-read"), request, nodes);
            m_running = job;
            QObject::connect(job, &Job::finished, &m_services, [this, job, next] {
                m_running = nullptr;
                struct File
                {
                    QString label;
                    QString path;
                    RenderedFile (*render)(const ClusterSpec&, const NodeSpec&);
                };
                const File files[] = {{QStringLiteral("HAProxy"), QStringLiteral("/etc/haproxy/haproxy.cfg"),
                                          &render::haproxyCfg},
                    {QStringLiteral("Keepalived"), QStringLiteral("/etc/keepalived/keepalived.conf"),
                        &render::keepalivedConf}};
                for (const File& f : files) {
                    QStringList differ;
                    QStringList unread;
                    for (const NodeSpec& node : m_spec.nodes) {
                        const RunResult r = job->commandResults().value(node.name);
                        const QString want = QString::fromLatin1(QCryptographicHash::hash(
                            f.render(m_spec, node).content, QCryptographicHash::Sha256)
                                                                     .toHex());
                        QString have;
                        for (const QString& line : QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'))) {
                            if (line.endsWith(QLatin1Char(' ') + f.path))
                                have = line.section(QLatin1Char(' '), 0, 0);
                        }
                        if (r.failure != RunResult::Failure::None || have.isEmpty())
                            unread << node.name;
                        else if (have != want)
                            differ << node.name;
                    }
                    if (!differ.isEmpty())
                        m_routingChanges << f.label;
                    const QString state = !differ.isEmpty()
                        ? CommandLine::tr("differs on %1: --apply rewrites it and reloads %2 (no restart)")
                              .arg(differ.join(QStringLiteral(", ")), f.label)
                        : unread.isEmpty()
                        ? CommandLine::tr("as the worksheet says on every node")
                        : CommandLine::tr("not read on %1").arg(unread.join(QStringLiteral(", ")));
                    if (m_json)
                        printJson(m_io.out,
                            {{QStringLiteral("event"), QStringLiteral("routing-file")},
                                {QStringLiteral("path"), f.path},
                                {QStringLiteral("differs"), QJsonArray::fromStringList(differ)},
                                {QStringLiteral("unread"), QJsonArray::fromStringList(unread)}});
                    else
                        print(m_io.out, QStringLiteral("  %1 (%2): %3\n").arg(f.label, f.path, state));
                }
                next();
            });
        }

        void afterFirstRead(const SettingsDiff& diff)
        {
            if (stopped())
                return;
            if (!m_args.isSet("apply")) {
                if (!m_json && !diff.hasInvalid()
                    && (diff.needsReload() || diff.needsRestart() || !m_routingChanges.isEmpty()))
                    print(m_io.out,
                        CommandLine::tr("Apply it with: pgpilot settings %1 --apply --yes\n")
                            .arg(m_args.clusterFile()));
                QCoreApplication::exit(diff.hasInvalid() ? 1 : 0);
                return;
            }
            if (diff.hasInvalid()) {
                print(m_io.err,
                    CommandLine::tr(
                        "Nothing was written: correct what the nodes refuse (above) on the worksheet "
                        "first.\n"));
                QCoreApplication::exit(1);
                return;
            }
            if (!m_args.isSet("yes")) {
                print(m_io.err,
                    CommandLine::tr(
                        "--apply writes the settings on every node and reloads PostgreSQL (and "
                        "HAProxy and Keepalived where their timings changed); nothing is restarted. "
                        "Add --yes to go ahead.\n"));
                QCoreApplication::exit(2);
                return;
            }
            m_session->progress()->forget(QStringLiteral("p%1.").arg(kSettingsPhase));
            checkpoint(m_ops.prechecks, [this](bool passed) {
                if (!passed) {
                    print(m_io.err, CommandLine::tr("The pre-checks failed: nothing was written.\n"));
                    QCoreApplication::exit(1);
                    return;
                }
                steps();
            });
        }

        void checkpoint(const Phase& phase, std::function<void(bool)> done)
        {
            if (stopped())
                return;
            if (!m_json)
                print(m_io.out, QStringLiteral("== %1\n").arg(phase.title));
            Job* job = m_session->executor()->runCheckpoint(phase);
            m_running = job;
            QObject::connect(job, &Job::finished, &m_services, [this, job, done] {
                m_running = nullptr;
                const CheckpointResult& r = job->checkpointResult();
                if (!job->error().isEmpty())
                    print(m_io.err, job->error() + QLatin1Char('\n'));
                for (const auto& item : r.items) {
                    const CriterionResult& c = item.result;
                    if (m_json)
                        printJson(m_io.out,
                            {{QStringLiteral("event"), QStringLiteral("criterion")},
                                {QStringLiteral("id"), item.criterionId},
                                {QStringLiteral("passed"), c.passed}, {QStringLiteral("node"), c.node},
                                {QStringLiteral("expected"), c.expected}, {QStringLiteral("seen"), c.seen},
                                {QStringLiteral("likelyCause"), c.likelyCause}});
                    else
                        print(m_io.out,
                            QStringLiteral("   %1  %2%3: %4%5\n")
                                .arg(c.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"),
                                    item.description,
                                    c.node.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.node),
                                    c.seen,
                                    c.passed || c.likelyCause.isEmpty()
                                        ? QString()
                                        : CommandLine::tr("; likely cause: %1").arg(c.likelyCause)));
                }
                done(job->error().isEmpty() && r.passed);
            });
        }

        void steps()
        {
            if (stopped())
                return;
            if (!m_json)
                print(m_io.out, QStringLiteral("== %1\n").arg(m_ops.steps.title));
            Job* job = m_session->executor()->runPhase(m_ops.steps);
            m_running = job;
            QObject::connect(job, &Job::stepNodeFinished, &m_services,
                [this](const QString& step, const QString& node, const NodeStepResult& r) {
                    const bool ok = r.status != NodeStepResult::Status::Failed
                        && r.status != NodeStepResult::Status::Cancelled;
                    if (m_json)
                        printJson(m_io.out,
                            {{QStringLiteral("event"), QStringLiteral("step")},
                                {QStringLiteral("step"), step}, {QStringLiteral("node"), node},
                                {QStringLiteral("ok"), ok},
                                {QStringLiteral("skipped"), r.status == NodeStepResult::Status::Skipped},
                                {QStringLiteral("error"), r.error}});
                    else
                        print(m_io.out,
                            QStringLiteral("   %1  %2  %3\n")
                                .arg(node, -6)
                                .arg(step, -22)
                                .arg(!ok ? CommandLine::tr("FAILED")
                                        : r.status == NodeStepResult::Status::Skipped
                                        ? CommandLine::tr("unchanged")
                                        : CommandLine::tr("done")));
                });
            if (m_args.isSet("verbose"))
                QObject::connect(job, &Job::output, &m_services, verboseOutput(m_io));
            QObject::connect(job, &Job::finished, &m_services, [this, job] {
                m_running = nullptr;
                const PhaseResult& r = job->phaseResult();
                if (!r.ok) {
                    print(m_io.err,
                        CommandLine::tr("Stopped at step %1 on %2:\n  %3\n%4")
                            .arg(r.failedStep, r.failedNode, r.error,
                                r.hint.isEmpty() ? QString()
                                                 : CommandLine::tr("  What to do: %1\n").arg(r.hint)));
                    QCoreApplication::exit(1);
                    return;
                }
                checkpoint(m_ops.verification, [this](bool passed) {
                    read(QStringLiteral("after"), [this, passed](const SettingsDiff& after) {
                        reportRestart(after);
                        QCoreApplication::exit(passed && !after.hasInvalid() ? 0 : 1);
                    });
                });
            });
        }

        // What is left for a restart once the files are written: the hook of the rolling restart
        // (restartNeeded in settings/settingsdiff.h); for now the DBA is told the command.
        void reportRestart(const SettingsDiff& after)
        {
            const RestartNeed need = restartNeeded(after);
            m_need = need;
            if (m_json)
                return; // the "after" event carries restartNeeded and its lists
            if (!need.needed) {
                print(m_io.out, CommandLine::tr("Every value is in effect; nothing waits for a restart.\n"));
                return;
            }
            // run() goes on with the rolling restart unless told not to, or unless a value went down
            // that the standbys must keep at least at the primary's (restartAdvice says what then)
            if (m_args.isSet("no-restart") || !need.lowered.isEmpty())
                print(m_io.out, restartAdvice(need, m_args.clusterFile()));
        }

    public:
        const RestartNeed& restartNeed() const { return m_need; }

    private:
        const ClusterSpec& m_spec;
        ClusterServices m_services;
        const Invocation& m_args;
        const Io& m_io;
        const bool m_json;
        const OperationPhases m_ops;
        ClusterSession* m_session = nullptr;
        QPointer<Job> m_running;
        QStringList m_routingChanges; // HAProxy, Keepalived: their file differs from the worksheet's
        int m_interrupted = 0; // the exit status Ctrl+C asked for, 0 while not interrupted
        RestartNeed m_need; // what the second read found waiting for a restart
    };
};

} // namespace

std::unique_ptr<Command> makeSettingsCommand()
{
    return std::make_unique<SettingsCommand>();
}

} // namespace pgpilot::cli
