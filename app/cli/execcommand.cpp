// pgpilot exec: one command on the nodes in parallel, their output streamed as it arrives.
#include "command.h"
#include "commands.h"
#include "options.h"
#include "output.h"
#include "remote/connector.h"
#include "remote/sshhost.h"
#include "secrets/secretstore.h"

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
        int exitCode = 0;
        QList<SshHost*> hosts;
        int outstanding = 0;
        QElapsedTimer clock;
        clock.start();
        ClusterConnector connector;
        connector.setConfirmedFingerprints(confirmed);
        connector.prepare(spec, secrets, [&](const QList<ConnectionSettings>& nodes, const QString& error) {
            if (!error.isEmpty()) {
                print(io.err, error + QLatin1Char('\n'));
                exitCode = 3;
                QCoreApplication::exit(exitCode);
                return;
            }
            for (const ConnectionSettings& settings : nodes) {
                if (!only.isEmpty() && !only.contains(settings.nodeName))
                    continue;
                auto* host = new SshHost(settings);
                hosts << host;
                const QString name = settings.nodeName;
                QObject::connect(host, &RemoteHost::outputLines, host,
                    [io, name](quint64, int stream, const QStringList& lines) {
                        printNodeLines(io, QString(), name, stream, lines);
                    });
                QObject::connect(host, &RemoteHost::finished, host, [&, name](quint64, const RunResult& r) {
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
                    if (--outstanding == 0) {
                        print(io.err,
                            CommandLine::tr("%1 node(s) in %2 s\n")
                                .arg(hosts.size())
                                .arg(clock.elapsed() / 1000.0, 0, 'f', 2));
                        QCoreApplication::exit(exitCode);
                    }
                });
                ++outstanding;
                host->run(request);
            }
            if (outstanding == 0) {
                print(io.err, CommandLine::tr("No node matches --node.\n"));
                exitCode = 2;
                QCoreApplication::exit(exitCode);
            }
        });
        const int rc = QCoreApplication::exec();
        qDeleteAll(hosts);
        return rc;
    }
};

} // namespace

std::unique_ptr<Command> makeExecCommand()
{
    return std::make_unique<ExecCommand>();
}

} // namespace pgpilot::cli
