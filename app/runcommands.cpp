// pgpilot apply / check / status / export-script: the wizard's work without a display.
#include "clisupport.h"
#include "cluster/specfile.h"
#include "core/interrupt.h"
#include "exec/clustersession.h"
#include "exec/progressstore.h"
#include "monitor/statuscommand.h"
#include "monitor/vipprobe.h"
#include "ops/operationrunner.h"
#include "remote/connector.h"
#include "remote/sshhost.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"
#include "secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::CommandLine", text);
}

QString statusWord(NodeStepResult::Status s)
{
    switch (s) {
    case NodeStepResult::Status::Done:
        return QStringLiteral("done");
    case NodeStepResult::Status::Skipped:
        return QStringLiteral("already done");
    case NodeStepResult::Status::Resumed:
        return QStringLiteral("done earlier");
    case NodeStepResult::Status::Failed:
        return QStringLiteral("FAILED");
    case NodeStepResult::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

void printJson(std::FILE* out, const QJsonObject& o)
{
    print(out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

QHash<QString, QString> acceptedKeys(const QStringList& values)
{
    QHash<QString, QString> confirmed;
    for (const QString& a : values)
        confirmed.insert(a.section(QLatin1Char('='), 0, 0), a.section(QLatin1Char('='), 1));
    return confirmed;
}

} // namespace

int applyCommand(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    const bool checkOnly = arguments.at(1) == QLatin1String("check");
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption phaseOption(
        QStringLiteral("phase"), tr("Only this phase (0-5)."), QStringLiteral("n"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("From this phase on."), QStringLiteral("n"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Up to this phase."), QStringLiteral("n"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), tr("Confirm phase 5 (it stops the primary)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("One JSON object per event."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), tr("Print every output line of every node."));
    const QCommandLineOption freshOption(
        QStringLiteral("fresh"), tr("Forget saved progress: probe every step again."));
    const QCommandLineOption acceptOption(
        QStringLiteral("accept-host-key"), tr("NAME=SHA256:... (repeatable)."), QStringLiteral("node=fp"));
    const QCommandLineOption secretsOption(QStringLiteral("secrets-file"),
        tr("Private key=value file instead of the keychain."), QStringLiteral("file"));
    const QCommandLineOption stateOption(QStringLiteral("state-dir"),
        tr("Keep progress and the audit log here instead of the user's data directory."),
        QStringLiteral("dir"));
    parser.addOptions({phaseOption, fromOption, toOption, yesOption, jsonOption, verboseOption, freshOption,
        acceptOption, secretsOption, stateOption});
    parser.addPositionalArgument(QStringLiteral("cluster.json"), tr("The cluster file."));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 2) {
        print(err,
            (parser.errorText().isEmpty() ? QString() : parser.errorText() + QLatin1Char('\n'))
                + tr("usage: pgpilot %1 cluster.json [--phase N | --from N --to N] [--yes] [--json]\n")
                      .arg(arguments.at(1)));
        return 2;
    }
    const auto spec = loadValidSpec(parser.positionalArguments().at(1), err);
    if (!spec)
        return 3;
    int from = 0, to = checkOnly ? 4 : 5;
    if (parser.isSet(phaseOption))
        from = to = parser.value(phaseOption).toInt();
    if (parser.isSet(fromOption))
        from = parser.value(fromOption).toInt();
    if (parser.isSet(toOption))
        to = parser.value(toOption).toInt();
    if (from < 0 || to > 5 || from > to) {
        print(err, tr("Phases run from 0 to 5; %1..%2 is not a range of them.\n").arg(from).arg(to));
        return 2;
    }
    QString secretsError;
    std::unique_ptr<SecretStore> secrets = makeSecretStore(parser.value(secretsOption), &secretsError);
    if (!secrets) {
        print(err, secretsError + QLatin1Char('\n'));
        return 3;
    }
    ClusterSession session(*spec, secrets.get());
    const Phase* destructive = session.runbook().phase(5);
    if (!checkOnly && to == 5 && !parser.isSet(yesOption)) {
        print(err,
            tr("This is destructive: %1\nAdd --yes to go ahead, or --to 4 to stop before phase 5.\n")
                .arg(destructive ? destructive->confirmation : QString()));
        return 2;
    }
    if (parser.isSet(stateOption)) {
        const QDir dir(parser.value(stateOption));
        QDir().mkpath(dir.path());
        session.setStatePaths(dir.filePath(QStringLiteral("progress-%1.json").arg(spec->name)),
            dir.filePath(QStringLiteral("audit.log")));
    }
    session.setConfirmedFingerprints(acceptedKeys(parser.values(acceptOption)));
    const bool json = parser.isSet(jsonOption);
    const bool verbose = parser.isSet(verboseOption);

    int current = from;
    int exitCode = 0;
    QPointer<Job> running; // the phase or checkpoint now running
    std::function<void(const PhaseResult&)> phaseDone;
    std::function<void(const CheckpointResult&)> checkpointDone;
    // Ctrl+C (or SIGTERM): the running step is stopped on every node, progress kept; again: at once.
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &session, [&](int) {
        print(err,
            tr("\nInterrupted: stopping the running step on every node (its remote commands are "
               "killed; what finished is kept, so `pgpilot apply` again resumes). Press Ctrl+C again "
               "to quit at once.\n"));
        if (running)
            running->cancel();
        else
            QCoreApplication::exit(interrupt.exitCode());
    });
    auto startPhase = [&](int n) {
        const Phase* phase = session.runbook().phase(n);
        if (!json && phase)
            print(out, QStringLiteral("== Phase %1: %2\n").arg(n).arg(phase->title));
        if (json)
            printJson(out,
                {{QStringLiteral("event"), QStringLiteral("phase-started")}, {QStringLiteral("phase"), n}});
        Job* job = checkOnly || !phase || phase->steps.isEmpty()
            ? session.runCheckpoint(n)
            : session.runPhase(n, /*thenCheckpoint=*/true);
        running = job;
        QObject::connect(job, &Job::stepNodeFinished, &session,
            [&](const QString& step, const QString& node, const NodeStepResult& r) {
                if (json)
                    printJson(out,
                        {{QStringLiteral("event"), QStringLiteral("step")}, {QStringLiteral("step"), step},
                            {QStringLiteral("node"), node}, {QStringLiteral("status"), statusWord(r.status)},
                            {QStringLiteral("ms"), r.durationMs}, {QStringLiteral("error"), r.error}});
                else
                    print(out,
                        QStringLiteral("   %1  %2  %3 (%4 s)\n")
                            .arg(node, -6)
                            .arg(step, -24)
                            .arg(statusWord(r.status))
                            .arg(r.durationMs / 1000.0, 0, 'f', 1));
            });
        if (verbose)
            QObject::connect(job, &Job::output, &session,
                [&](const QString&, const QString& node, int stream, const QStringList& lines) {
                    for (const QString& line : lines)
                        print(stream == RemoteHost::StdOut ? out : err,
                            QStringLiteral("      %1 %2 %3\n")
                                .arg(node,
                                    stream == RemoteHost::StdOut ? QStringLiteral("|") : QStringLiteral("!"),
                                    line));
                });
        auto stepsReported = std::make_shared<bool>(false);
        QObject::connect(job, &Job::stepsFinished, &session, [&, stepsReported](const PhaseResult& r) {
            *stepsReported = true;
            phaseDone(r);
        });
        QObject::connect(job, &Job::finished, &session, [&, job, stepsReported] {
            if (job->kind() == Job::Kind::Checkpoint || job->hasCheckpoint())
                checkpointDone(job->checkpointResult());
            else if (!*stepsReported) // refused before any step ran
                phaseDone(job->phaseResult());
        });
    };
    phaseDone = [&](const PhaseResult& r) {
        if (json)
            printJson(out,
                {{QStringLiteral("event"), QStringLiteral("phase-finished")},
                    {QStringLiteral("phase"), r.phase}, {QStringLiteral("ok"), r.ok},
                    {QStringLiteral("error"), r.error}, {QStringLiteral("hint"), r.hint},
                    {QStringLiteral("step"), r.failedStep}, {QStringLiteral("node"), r.failedNode},
                    {QStringLiteral("ms"), r.durationMs}});
        if (r.ok)
            return; // the session runs the checkpoint next
        if (!json)
            print(err,
                tr("Phase %1 stopped at step %2 on %3:\n  %4\n%5")
                    .arg(r.phase)
                    .arg(r.failedStep, r.failedNode, r.error,
                        r.hint.isEmpty() ? QString() : tr("  What to do: %1\n").arg(r.hint)));
        exitCode = 1;
        QCoreApplication::exit(1);
    };
    checkpointDone = [&](const CheckpointResult& r) {
        for (const auto& item : r.items) {
            const CriterionResult& c = item.result;
            if (json) {
                printJson(out,
                    {{QStringLiteral("event"), QStringLiteral("criterion")},
                        {QStringLiteral("phase"), r.phase}, {QStringLiteral("id"), item.criterionId},
                        {QStringLiteral("passed"), c.passed}, {QStringLiteral("node"), c.node},
                        {QStringLiteral("expected"), c.expected}, {QStringLiteral("seen"), c.seen},
                        {QStringLiteral("likelyCause"), c.likelyCause}});
                continue;
            }
            print(out,
                QStringLiteral("   %1  %2%3: expected %4; seen %5%6\n")
                    .arg(c.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"), item.description,
                        c.node.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.node), c.expected,
                        c.seen,
                        c.passed || c.likelyCause.isEmpty() ? QString()
                                                            : tr("; likely cause: %1").arg(c.likelyCause)));
        }
        if (json)
            printJson(out,
                {{QStringLiteral("event"), QStringLiteral("checkpoint")}, {QStringLiteral("phase"), r.phase},
                    {QStringLiteral("passed"), r.passed}});
        else
            print(out,
                tr("-- Checkpoint of phase %1: %2\n")
                    .arg(r.phase)
                    .arg(r.passed ? tr("PASSED") : tr("FAILED")));
        if (!r.passed) {
            exitCode = 1;
            if (!checkOnly) {
                QCoreApplication::exit(1);
                return;
            }
        }
        if (++current > to) {
            QCoreApplication::exit(exitCode);
            return;
        }
        startPhase(current);
    };
    session.open([&](const QString& error) {
        if (!error.isEmpty()) {
            print(err, error + QLatin1Char('\n'));
            QCoreApplication::exit(3);
            return;
        }
        if (parser.isSet(freshOption))
            session.progress()->forget(QString());
        startPhase(current);
    });
    const int rc = QCoreApplication::exec();
    interrupt.collectPending();
    return interrupt.received() ? interrupt.exitCode() : rc;
}

int statusCommand(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"), tr("Print every snapshot until interrupted."));
    const QCommandLineOption secretsOption(QStringLiteral("secrets-file"),
        tr("Private key=value file instead of the keychain."), QStringLiteral("file"));
    parser.addOptions({jsonOption, watchOption, secretsOption});
    parser.addPositionalArgument(QStringLiteral("cluster.json"), tr("The cluster file."));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 2) {
        print(err, tr("usage: pgpilot status cluster.json [--watch] [--json]\n"));
        return 2;
    }
    const auto spec = loadValidSpec(parser.positionalArguments().at(1), err);
    if (!spec)
        return 3;
    QString secretsError;
    std::unique_ptr<SecretStore> secrets = makeSecretStore(parser.value(secretsOption), &secretsError);
    if (!secrets) {
        print(err, secretsError + QLatin1Char('\n'));
        return 3;
    }
    // The repmgr password and the SSH connections (for the VIP) first, then the monitor.
    QByteArray password;
    QList<ConnectionSettings> nodes;
    QString problem;
    int pending = 2;
    secrets->read(spec->repmgrPasswordRef, [&](const SecretStore::Result& r) {
        if (r.status == SecretStore::Status::Ok)
            password = r.value;
        else
            problem = tr("The repmgr password (%1) is not in the keychain: %2")
                          .arg(spec->repmgrPasswordRef, r.error);
        if (--pending == 0)
            QCoreApplication::exit(0);
    });
    ClusterConnector connector;
    connector.prepare(*spec, secrets.get(), [&](const QList<ConnectionSettings>& n, const QString& error) {
        nodes = n;
        if (!error.isEmpty())
            print(err, tr("No VIP check: %1\n").arg(error));
        if (--pending == 0)
            QCoreApplication::exit(0);
    });
    if (pending > 0)
        QCoreApplication::exec();
    if (!problem.isEmpty()) {
        print(err, problem + QLatin1Char('\n'));
        return 3;
    }
    QList<SshHost*> hosts;
    QList<RemoteHost*> remotes;
    for (const ConnectionSettings& s : std::as_const(nodes)) {
        auto* h = new SshHost(s);
        hosts << h;
        remotes << h;
    }
    std::unique_ptr<SshVipProbe> vip;
    if (!remotes.isEmpty())
        vip = std::make_unique<SshVipProbe>(spec->network.vip, remotes, 3000);
    const int rc = runStatusCommand(
        *spec, password, parser.isSet(jsonOption), parser.isSet(watchOption), out, vip.get());
    password.fill('\0');
    vip.reset();
    qDeleteAll(hosts);
    return rc;
}

int exportScriptCommand(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dirOption(
        QStringLiteral("out"), tr("Write one script per node into this directory."), QStringLiteral("dir"));
    parser.addOption(dirOption);
    parser.addPositionalArgument(QStringLiteral("cluster.json"), tr("The cluster file."));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 2) {
        print(err, tr("usage: pgpilot export-script cluster.json [--out DIR]\n"));
        return 2;
    }
    const auto spec = loadValidSpec(parser.positionalArguments().at(1), err);
    if (!spec)
        return 3;
    const QMap<QString, QString> scripts = exportScripts(buildRunbook(*spec));
    if (!parser.isSet(dirOption)) {
        for (auto it = scripts.cbegin(); it != scripts.cend(); ++it)
            print(out, QStringLiteral("#### %1\n%2\n").arg(it.key(), it.value()));
        return 0;
    }
    QDir dir(parser.value(dirOption));
    QDir().mkpath(dir.path());
    for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
        QFile f(dir.filePath(QStringLiteral("%1-%2.sh").arg(spec->name, it.key())));
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value().toUtf8()) < 0) {
            print(err, tr("Could not write %1: %2\n").arg(f.fileName(), f.errorString()));
            return 1;
        }
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        print(out, f.fileName() + QLatin1Char('\n'));
    }
    return 0;
}

} // namespace pgpilot

namespace pgpilot {

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

void printChecks(std::FILE* out, const QList<OperationCheck>& checks)
{
    for (const OperationCheck& c : checks)
        print(out,
            QStringLiteral("   %1  %2%3: %4%5\n")
                .arg(c.ok ? QStringLiteral("PASS") : QStringLiteral("FAIL"), c.title,
                    c.node.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.node), c.seen,
                    c.ok || c.hint.isEmpty() ? QString() : tr("; what to do: %1").arg(c.hint)));
}

} // namespace

int operationCommand(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    const QString command = arguments.at(1);
    const auto kind = operationKindFromString(command);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption nodeOption(
        QStringLiteral("node"), tr("The node the operation is about."), QStringLiteral("name"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        tr("switchover: the standby to promote (same as --node)."), QStringLiteral("name"));
    const QCommandLineOption yesOption(
        QStringLiteral("yes"), tr("Confirm: without it only the pre-checks run."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), tr("Print the commands the operation would run; contact nothing."));
    const QCommandLineOption recloneOption(QStringLiteral("reclone"),
        tr("rejoin: copy the node afresh instead of pg_rewind (deletes its data)."));
    const QCommandLineOption noProbeOption(
        QStringLiteral("no-write-probe"), tr("Do not write through the VIP to measure the outage."));
    const QCommandLineOption keepRowOption(QStringLiteral("keep-row"),
        tr("remove-standby: leave the node's row in the cluster file (default: removed after success)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("One JSON object per event."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), tr("Print every output line of every node."));
    const QCommandLineOption acceptOption(
        QStringLiteral("accept-host-key"), tr("NAME=SHA256:... (repeatable)."), QStringLiteral("node=fp"));
    const QCommandLineOption secretsOption(QStringLiteral("secrets-file"),
        tr("Private key=value file instead of the keychain."), QStringLiteral("file"));
    const QCommandLineOption stateOption(QStringLiteral("state-dir"),
        tr("Keep progress and the audit log here instead of the user's data directory."),
        QStringLiteral("dir"));
    parser.addOptions({nodeOption, toOption, yesOption, dryRunOption, recloneOption, noProbeOption,
        keepRowOption, jsonOption, verboseOption, acceptOption, secretsOption, stateOption});
    parser.addPositionalArgument(QStringLiteral("cluster.json"), tr("The cluster file."));
    const QString usage
        = tr("usage: pgpilot %1 cluster.json --node NAME [--yes] [--dry-run] [--json]\n").arg(command);
    if (!kind || !parser.parse(arguments) || parser.positionalArguments().size() != 2) {
        print(
            err, (parser.errorText().isEmpty() ? QString() : parser.errorText() + QLatin1Char('\n')) + usage);
        return 2;
    }
    const QString node = parser.isSet(toOption) ? parser.value(toOption) : parser.value(nodeOption);
    if (node.isEmpty()
        || (parser.isSet(toOption) && parser.isSet(nodeOption) && parser.value(nodeOption) != node)) {
        print(err, usage);
        return 2;
    }
    if (parser.isSet(recloneOption) && *kind != OperationKind::Rejoin) {
        print(err, tr("--reclone is for rejoin (and unfence) only.\n"));
        return 2;
    }
    const QString file = parser.positionalArguments().at(1);
    const auto spec = loadValidSpec(file, err);
    if (!spec)
        return 3;
    OperationRequest request;
    request.kind = *kind;
    request.node = node;
    request.reclone = parser.isSet(recloneOption);
    const bool json = parser.isSet(jsonOption);
    {
        const OperationPlan plan = buildOperation(*spec, request);
        if (!plan.valid()) {
            if (json)
                printJson(out,
                    {{QStringLiteral("event"), QStringLiteral("result")}, {QStringLiteral("ok"), false},
                        {QStringLiteral("refused"), true}, {QStringLiteral("error"), plan.error}});
            print(err, plan.error + QLatin1Char('\n'));
            return 2;
        }
        if (parser.isSet(dryRunOption)) {
            print(out, operationCommandsText(plan));
            return 0;
        }
    }
    QString secretsError;
    std::unique_ptr<SecretStore> secrets = makeSecretStore(parser.value(secretsOption), &secretsError);
    if (!secrets) {
        print(err, secretsError + QLatin1Char('\n'));
        return 3;
    }
    ClusterSession session(*spec, secrets.get());
    if (parser.isSet(stateOption)) {
        const QDir dir(parser.value(stateOption));
        QDir().mkpath(dir.path());
        session.setStatePaths(dir.filePath(QStringLiteral("progress-%1.json").arg(spec->name)),
            dir.filePath(QStringLiteral("audit.log")));
    }
    session.setConfirmedFingerprints(acceptedKeys(parser.values(acceptOption)));
    const bool verbose = parser.isSet(verboseOption);
    const bool yes = parser.isSet(yesOption);
    const bool probe = !parser.isSet(noProbeOption);
    int exitCode = 0;
    std::unique_ptr<OperationRunner> runner;
    QByteArray password;

    auto begin = [&] {
        runner = std::make_unique<OperationRunner>(&session, request);
        OperationRunner* r = runner.get();
        if (probe && !password.isEmpty()) {
            WriteProbeSettings w = writeProbeSettings(*spec);
            w.password = password;
            r->setWriteProbe(w);
        }
        QObject::connect(r, &OperationRunner::narration, r, [&](const QString& line) {
            if (json)
                printJson(out,
                    {{QStringLiteral("event"), QStringLiteral("narration")}, {QStringLiteral("text"), line}});
            else
                print(out, QStringLiteral("-- %1\n").arg(line));
        });
        QObject::connect(r, &OperationRunner::stepFinished, r,
            [&](const QString& step, const QString&, const QString& n, bool ok, const QString& error) {
                if (json)
                    printJson(out,
                        {{QStringLiteral("event"), QStringLiteral("step")}, {QStringLiteral("step"), step},
                            {QStringLiteral("node"), n}, {QStringLiteral("ok"), ok},
                            {QStringLiteral("error"), error}});
                else
                    print(out,
                        QStringLiteral("   %1  %2  %3\n")
                            .arg(n, -6)
                            .arg(step, -24)
                            .arg(ok ? tr("done") : tr("FAILED")));
            });
        QObject::connect(
            r, &OperationRunner::prechecksDone, r, [&, r](const QList<OperationCheck>& checks, bool ok) {
                if (json)
                    printJson(out,
                        {{QStringLiteral("event"), QStringLiteral("prechecks")}, {QStringLiteral("ok"), ok},
                            {QStringLiteral("checks"), checksJson(checks)},
                            {QStringLiteral("confirmation"), r->confirmation()}});
                else
                    printChecks(out, checks);
                if (!ok) {
                    r->start(); // reports refused with the reasons
                    return;
                }
                if (!yes) {
                    print(err, tr("This would do: %1\nAdd --yes to go ahead.\n").arg(r->confirmation()));
                    exitCode = 2;
                    QCoreApplication::exit(2);
                    return;
                }
                if (!json)
                    print(out, tr("Confirmed (--yes): %1\n").arg(r->confirmation()));
                r->start();
            });
        QObject::connect(r, &OperationRunner::finished, r, [&](const OperationResult& res) {
            if (json) {
                printJson(out,
                    {{QStringLiteral("event"), QStringLiteral("result")},
                        {QStringLiteral("operation"), toId(res.request.kind)},
                        {QStringLiteral("node"), res.request.node}, {QStringLiteral("ok"), res.ok},
                        {QStringLiteral("refused"), res.refused},
                        {QStringLiteral("cancelled"), res.cancelled}, {QStringLiteral("error"), res.error},
                        {QStringLiteral("hint"), res.hint},
                        {QStringLiteral("reclone_suggested"), res.recloneSuggested},
                        {QStringLiteral("duration_ms"), res.durationMs},
                        {QStringLiteral("write_outage_ms"), res.writeOutageMs},
                        {QStringLiteral("writes_ok"), res.writesOk},
                        {QStringLiteral("failed_writes"), res.failedWrites},
                        {QStringLiteral("old_primary"), res.oldPrimary},
                        {QStringLiteral("new_primary"), res.newPrimary},
                        {QStringLiteral("summary"), res.summary()},
                        {QStringLiteral("verification"), checksJson(res.verification)}});
            } else {
                printChecks(out, res.verification);
                if (!res.ok && !res.hint.isEmpty())
                    print(err, tr("What to do: %1\n").arg(res.hint));
            }
            if (res.ok && res.request.kind == OperationKind::RemoveStandby && !parser.isSet(keepRowOption)) {
                ClusterSpec rest = *spec;
                rest.nodes.removeIf([&](const NodeSpec& n) { return n.name == res.request.node; });
                QString error;
                if (!saveSpecFile(rest, file, &error)) {
                    print(err,
                        tr("%1 is removed from the cluster but its row could not be removed from %2: %3\n")
                            .arg(res.request.node, file, error));
                    exitCode = 1;
                } else if (!json) {
                    print(out, tr("Removed the row of %1 from %2.\n").arg(res.request.node, file));
                }
            }
            if (!res.ok)
                exitCode = 1;
            QCoreApplication::exit(exitCode);
        });
        if (verbose)
            QObject::connect(r, &OperationRunner::output, r,
                [&](const QString&, const QString& n, int stream, const QStringList& lines) {
                    for (const QString& line : lines)
                        print(stream == RemoteHost::StdOut ? out : err,
                            QStringLiteral("      %1 %2 %3\n")
                                .arg(n,
                                    stream == RemoteHost::StdOut ? QStringLiteral("|") : QStringLiteral("!"),
                                    line));
                });
        r->runPrechecks();
    };

    session.open([&](const QString& error) {
        if (!error.isEmpty()) {
            print(err, error + QLatin1Char('\n'));
            QCoreApplication::exit(3);
            return;
        }
        if (!probe)
            return begin();
        secrets->read(repmgrPasswordKey(*spec), [&](const SecretStore::Result& r) {
            if (r.status == SecretStore::Status::Ok)
                password = r.value;
            else
                print(err, tr("No write probe: the repmgr password is not readable (%1).\n").arg(r.error));
            begin();
        });
    });
    // Ctrl+C (or SIGTERM): cancelled while that is safe (before the point of no return); past it the
    // operation is left to finish, since stopping halfway would leave the cluster half switched.
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &session, [&](int) {
        OperationRunner* r = runner.get();
        if (!r || r->state() == OperationRunner::State::Idle || r->state() == OperationRunner::State::Finished
            || r->state() == OperationRunner::State::Refused) {
            QCoreApplication::exit(interrupt.exitCode());
        } else if (r->canCancel()) {
            print(err, tr("\nInterrupted: cancelling (nothing past the point of no return was done).\n"));
            r->cancel();
        } else {
            print(err,
                tr("\nInterrupted, but the operation is past its point of no return: it goes on to the "
                   "end so the cluster is not left halfway. Press Ctrl+C again to quit at once (then "
                   "check the cluster with `pgpilot status`).\n"));
        }
    });
    const int rc = QCoreApplication::exec();
    interrupt.collectPending();
    runner.reset();
    password.fill('\0');
    return interrupt.received() ? interrupt.exitCode() : rc;
}

} // namespace pgpilot
