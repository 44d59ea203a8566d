// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot settings: the worksheet's settings section against the cluster (read-only,
// ops/settingsinspect.h), and with --apply --yes the files written and reloaded on every node
// (OperationKind::ApplySettings, as the dashboard's Settings dialog runs it); what waits for a
// restart goes on with a rolling restart.
#include "command.h"
#include "commands.h"
#include "core/interrupt.h"
#include "exec/clustersession.h"
#include "ops/operationrunner.h"
#include "ops/settingsinspect.h"
#include "options.h"
#include "output.h"
#include "secrets/secretstore.h"
#include "services/clusterservices.h"
#include "session.h"
#include "settings/settingsdiff.h"

#include <QJsonArray>

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
    // One run: read (ops/settingsinspect.h), and with --apply the operation that writes and
    // reloads (OperationKind::ApplySettings: pre-checks, steps, verification), then a second read.
    class Run
    {
    public:
        Run(const ClusterSpec& spec, SecretStore* secrets, const Invocation& args, const Io& io)
            : m_spec(spec)
            , m_services(spec, secrets)
            , m_args(args)
            , m_io(io)
            , m_json(args.isSet("json"))
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
                    if (m_inspector && m_inspector->running())
                        m_inspector->cancel(); // its finished() ends the run (stopped())
                    else if (m_runner && m_runner->canCancel())
                        m_runner->cancel();
                    else if (!m_runner)
                        QCoreApplication::exit(m_interrupted);
                });
            m_services.withSession([this](ClusterSession* session, const QString& error) {
                if (!session) {
                    print(m_io.err, error + QLatin1Char('\n'));
                    QCoreApplication::exit(3);
                    return;
                }
                m_session = session;
                m_inspector = new SettingsInspector(session, &m_services);
                read(QStringLiteral("before"),
                    [this](const SettingsInspection& found) { afterFirstRead(found); });
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

        // Every node's rows for the worksheet's parameters, then the diff, printed; before
        // applying, also haproxy.cfg and keepalived.conf against the worksheet's.
        void read(const QString& when, std::function<void(const SettingsInspection&)> next)
        {
            if (stopped())
                return;
            const bool before = when == QLatin1String("before");
            QObject::disconnect(m_inspector, nullptr, &m_services, nullptr);
            QObject::connect(m_inspector, &SettingsInspector::finished, &m_services,
                [this, when, before, next](const SettingsInspection& found, const QString& error) {
                    if (stopped())
                        return;
                    if (!error.isEmpty()) {
                        print(m_io.err, error + QLatin1Char('\n'));
                        QCoreApplication::exit(3);
                        return;
                    }
                    if (m_json) {
                        printJson(m_io.out, diffJson(when, found.diff, found.restart()));
                    } else {
                        print(m_io.out,
                            before ? CommandLine::tr(
                                "Settings of cluster %1 (the worksheet against the nodes):\n")
                                         .arg(m_spec.name)
                                   : CommandLine::tr("Settings of cluster %1 after the reload:\n")
                                         .arg(m_spec.name));
                        print(m_io.out, settingsDiffText(found.diff));
                    }
                    for (const RoutingFileState& f : found.routing) {
                        if (m_json)
                            printJson(m_io.out,
                                {{QStringLiteral("event"), QStringLiteral("routing-file")},
                                    {QStringLiteral("path"), f.path},
                                    {QStringLiteral("differs"), QJsonArray::fromStringList(f.differ)},
                                    {QStringLiteral("unread"), QJsonArray::fromStringList(f.unread)}});
                        else
                            print(m_io.out, QStringLiteral("  %1\n").arg(routingStateText(f)));
                    }
                    next(found);
                });
            m_inspector->start(before);
        }

        void afterFirstRead(const SettingsInspection& found)
        {
            const SettingsDiff& diff = found.diff;
            if (!m_args.isSet("apply")) {
                if (!m_json && !diff.hasInvalid()
                    && (diff.needsReload() || diff.needsRestart() || found.routingChanged()))
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
            apply();
        }

        void printChecks(const QList<OperationCheck>& checks) const
        {
            for (const OperationCheck& c : checks) {
                if (m_json)
                    printJson(m_io.out,
                        {{QStringLiteral("event"), QStringLiteral("criterion")}, {QStringLiteral("id"), c.id},
                            {QStringLiteral("passed"), c.ok}, {QStringLiteral("node"), c.node},
                            {QStringLiteral("seen"), c.seen}, {QStringLiteral("likelyCause"), c.hint}});
                else
                    print(m_io.out,
                        QStringLiteral("   %1  %2%3: %4%5\n")
                            .arg(c.ok ? QStringLiteral("PASS") : QStringLiteral("FAIL"), c.title,
                                c.node.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.node), c.seen,
                                c.ok || c.hint.isEmpty()
                                    ? QString()
                                    : CommandLine::tr("; likely cause: %1").arg(c.hint)));
            }
        }

        // The operation the dashboard runs too (OperationKind::ApplySettings).
        void apply()
        {
            if (stopped())
                return;
            OperationRequest request;
            request.kind = OperationKind::ApplySettings;
            m_runner = new OperationRunner(m_session, request, {}, &m_services);
            const OperationPlan& plan = m_runner->plan();
            if (!m_json)
                print(m_io.out, QStringLiteral("== %1\n").arg(plan.prechecks.title));
            QObject::connect(m_runner, &OperationRunner::prechecksDone, &m_services,
                [this](const QList<OperationCheck>& checks, bool ok) {
                    printChecks(checks);
                    if (ok && !m_json)
                        print(m_io.out, QStringLiteral("== %1\n").arg(m_runner->plan().phase.title));
                });
            QObject::connect(m_runner, &OperationRunner::stepFinished, &m_services,
                [this](const QString& step, const QString&, const QString& node, bool ok,
                    const QString& error, bool skipped) {
                    if (m_json)
                        printJson(m_io.out,
                            {{QStringLiteral("event"), QStringLiteral("step")},
                                {QStringLiteral("step"), step}, {QStringLiteral("node"), node},
                                {QStringLiteral("ok"), ok}, {QStringLiteral("skipped"), skipped},
                                {QStringLiteral("error"), error}});
                    else
                        print(m_io.out,
                            QStringLiteral("   %1  %2  %3\n")
                                .arg(node, -6)
                                .arg(step, -22)
                                .arg(!ok          ? CommandLine::tr("FAILED")
                                        : skipped ? CommandLine::tr("unchanged")
                                                  : CommandLine::tr("done")));
                });
            if (m_args.isSet("verbose"))
                QObject::connect(m_runner, &OperationRunner::output, &m_services, verboseOutput(m_io));
            QObject::connect(
                m_runner, &OperationRunner::finished, &m_services, [this](const OperationResult& r) {
                    if (r.refused) {
                        print(m_io.err, CommandLine::tr("The pre-checks failed: nothing was written.\n"));
                        QCoreApplication::exit(1);
                        return;
                    }
                    if (r.cancelled || stopped()) {
                        QCoreApplication::exit(m_interrupted ? m_interrupted : 1);
                        return;
                    }
                    if (!m_json && !r.verification.isEmpty())
                        print(m_io.out, QStringLiteral("== %1\n").arg(m_runner->plan().verification.title));
                    printChecks(r.verification);
                    if (!r.ok && r.verification.isEmpty()) {
                        print(m_io.err,
                            CommandLine::tr("Stopped: %1\n%2")
                                .arg(r.error,
                                    r.hint.isEmpty() ? QString()
                                                     : CommandLine::tr("  What to do: %1\n").arg(r.hint)));
                        QCoreApplication::exit(1);
                        return;
                    }
                    read(QStringLiteral("after"), [this, ok = r.ok](const SettingsInspection& after) {
                        reportRestart(after.diff);
                        QCoreApplication::exit(ok && !after.diff.hasInvalid() ? 0 : 1);
                    });
                });
            m_runner->start();
        }

        // What is left for a restart once the files are written: run() hands it to the rolling
        // restart unless told not to.
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
        ClusterSession* m_session = nullptr;
        SettingsInspector* m_inspector = nullptr; // owned by m_services
        OperationRunner* m_runner = nullptr; // owned by m_services; set by apply()
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
