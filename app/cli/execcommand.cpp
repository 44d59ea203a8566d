// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot exec: one command on the nodes in parallel, their output streamed as it arrives.
#include "command.h"
#include "commands.h"
#include "exec/clustersession.h"
#include "options.h"
#include "output.h"
#include "secrets/secretstore.h"
#include "services/clusterservices.h"

#include <QElapsedTimer>

namespace pgpilot::cli {

namespace {

class ExecCommand : public Command
{
public:
    ExecCommand()
        : Command(QStringLiteral("exec"),
            QT_TRANSLATE_NOOP(
                "pgpilot::CommandLine", "run one command on every node in parallel, with live output"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Runs one command on the cluster's nodes in parallel over SSH and prints their output as\n"
                "it arrives, each line prefixed with the node's name (| for stdout, ! for stderr)."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: the highest exit status of the command on any node; 255 when a node could\n"
                "not be reached; 2 usage error; 3 cluster file, keychain or connection problem."))
    {
        addOption(described(
            nodeOption(), QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Run only on this node (repeatable).")));
        QCommandLineOption as = valueOption("as", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "USER"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Run as this user on the nodes (default root)."));
        as.setDefaultValue(QStringLiteral("root"));
        QCommandLineOption timeout
            = valueOption("timeout", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "SECONDS"),
                QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Seconds the command may take (default 600)."));
        timeout.setDefaultValue(QStringLiteral("600"));
        addOptions({as, timeout});
        addOptions({acceptHostKeyOption(), secretsFileOption()});
        takeTrailingArguments(QT_TRANSLATE_NOOP("pgpilot::CommandLine", "-- command [args...]"));
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        const auto spec = loadValidSpec(args.clusterFile(), io.err, false);
        if (!spec)
            return 3;
        const std::unique_ptr<SecretStore> secrets = openSecretStore(args.value("secrets-file"), io.err);
        if (!secrets)
            return 3;
        RunRequest request;
        request.command = args.trailing().join(QLatin1Char(' '));
        request.runAs = args.value("as");
        request.timeoutMs = args.value("timeout").toInt() * 1000;
        return runOnNodes(*spec, secrets.get(), acceptedKeys(args.values("accept-host-key")),
            args.values("node"), request, io);
    }

private:
    // Connects to the nodes (all, or those named), runs the request on each and streams its output;
    // the highest exit status, 255 for a node not reached.
    static int runOnNodes(const ClusterSpec& spec, SecretStore* secrets,
        const QHash<QString, QString>& confirmed, const QStringList& only, const RunRequest& request,
        const Io& io)
    {
        QStringList nodes;
        // Every node, or those named (the backup repository host too, when --node names it).
        for (const NodeSpec& n : only.isEmpty() ? spec.nodes : spec.hosts()) {
            if (only.isEmpty() || only.contains(n.name))
                nodes << n.name;
        }
        if (nodes.isEmpty()) {
            print(io.err, CommandLine::tr("No node matches --node.\n"));
            return 2;
        }
        // Through the session's executor like every remote command: audited (step "exec"), masked.
        // The keychain is only read, never written (the session does not prepare secrets).
        int exitCode = 0;
        QElapsedTimer clock;
        clock.start();
        ClusterServices services(spec, secrets);
        services.setConfirmedFingerprints(confirmed);
        services.withSession([&](ClusterSession* session, const QString& error) {
            if (!session) {
                print(io.err, error + QLatin1Char('\n'));
                QCoreApplication::exit(3);
                return;
            }
            Job* job = session->runCommand(QStringLiteral("exec"), request, nodes);
            QObject::connect(job, &Job::output, &services,
                [io](const QString&, const QString& name, int stream, const QStringList& lines) {
                    printNodeLines(io, QString(), name, stream, lines);
                });
            QObject::connect(
                job, &Job::nodeAnswered, &services, [&](const QString& name, const RunResult& r) {
                    if (r.failure != RunResult::Failure::None) {
                        print(io.err, QStringLiteral("%1: %2\n").arg(name, r.error));
                        exitCode = qMax(exitCode, 255);
                    } else {
                        print(io.err,
                            CommandLine::tr("%1: exit %2 after %3 s\n")
                                .arg(name)
                                .arg(r.exitCode)
                                .arg(r.durationMs / 1000.0, 0, 'f', 2));
                        exitCode = qMax(exitCode, r.exitCode);
                    }
                });
            QObject::connect(job, &Job::finished, &services, [&, job] {
                if (job->commandResults().isEmpty()) {
                    print(io.err, job->error() + QLatin1Char('\n'));
                    QCoreApplication::exit(3);
                    return;
                }
                print(io.err,
                    CommandLine::tr("%1 node(s) in %2 s\n")
                        .arg(job->commandResults().size())
                        .arg(clock.elapsed() / 1000.0, 0, 'f', 2));
                QCoreApplication::exit(exitCode);
            });
        });
        return QCoreApplication::exec();
    }
};

} // namespace

std::unique_ptr<Command> makeExecCommand()
{
    return std::make_unique<ExecCommand>();
}

} // namespace pgpilot::cli
