// pgpilot apply / check / status / export-script: the wizard's work without a display.
#include "clisupport.h"
#include "exec/clustersession.h"
#include "exec/progressstore.h"
#include "monitor/statuscommand.h"
#include "monitor/vipprobe.h"
#include "remote/connector.h"
#include "remote/sshhost.h"
#include "runbook/builder.h"
#include "secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
    const bool switchover = arguments.at(1) == QLatin1String("switchover");
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption targetOption(
        QStringLiteral("node"), tr("switchover: the standby to make primary."), QStringLiteral("name"));
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
    parser.addOptions({phaseOption, targetOption, fromOption, toOption, yesOption, jsonOption, verboseOption,
        freshOption, acceptOption, secretsOption, stateOption});
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
    if (switchover) {
        if (!parser.isSet(targetOption)) {
            print(err, tr("usage: pgpilot switchover cluster.json --node NAME --yes\n"));
            return 2;
        }
        from = to = kSwitchoverPhase;
    } else if (from < 0 || to > 5 || from > to) {
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
    if (switchover) {
        const Phase op = buildSwitchover(*spec, parser.value(targetOption));
        if (op.steps.isEmpty()) {
            print(err, tr("%1 is not a node of this cluster.\n").arg(parser.value(targetOption)));
            return 2;
        }
        session.addPhase(op);
    }
    const Phase* destructive = session.runbook().phase(to == kSwitchoverPhase ? kSwitchoverPhase : 5);
    if (!checkOnly && (to == 5 || switchover) && !parser.isSet(yesOption)) {
        print(err,
            tr("This is destructive: %1\nAdd --yes to go ahead%2.\n")
                .arg(destructive ? destructive->confirmation : QString(),
                    switchover ? QString() : tr(", or --to 4 to stop before phase 5")));
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
    auto startPhase = [&](int n) {
        const Phase* phase = session.runbook().phase(n);
        if (!json && phase)
            print(out, QStringLiteral("== Phase %1: %2\n").arg(n).arg(phase->title));
        if (json)
            printJson(out,
                {{QStringLiteral("event"), QStringLiteral("phase-started")}, {QStringLiteral("phase"), n}});
        if (checkOnly || !phase || phase->steps.isEmpty())
            session.runCheckpoint(n);
        else
            session.runPhase(n);
    };
    QObject::connect(&session, &ClusterSession::phaseDone, &session, [&](const PhaseResult& r) {
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
    });
    QObject::connect(&session, &ClusterSession::checkpointDone, &session, [&](const CheckpointResult& r) {
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
    });
    QObject::connect(&session, &QObject::destroyed, [] {});
    session.open([&](const QString& error) {
        if (!error.isEmpty()) {
            print(err, error + QLatin1Char('\n'));
            QCoreApplication::exit(3);
            return;
        }
        Executor* ex = session.executor();
        QObject::connect(ex, &Executor::stepNodeFinished, &session,
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
            QObject::connect(ex, &Executor::output, &session,
                [&](const QString&, const QString& node, int stream, const QStringList& lines) {
                    for (const QString& line : lines)
                        print(stream == RemoteHost::StdOut ? out : err,
                            QStringLiteral("      %1 %2 %3\n")
                                .arg(node,
                                    stream == RemoteHost::StdOut ? QStringLiteral("|") : QStringLiteral("!"),
                                    line));
                });
        if (parser.isSet(freshOption))
            session.progress()->forget(QString());
        // An operation starts from the cluster as it is now, never from an earlier run's progress.
        if (switchover)
            session.progress()->forget(QStringLiteral("p%1.").arg(kSwitchoverPhase));
        startPhase(current);
    });
    return QCoreApplication::exec();
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
