#include "commandline.h"

#include "clisupport.h"
#include "cluster/specfile.h"
#include "cluster/specvalidator.h"
#include "exec/clustersession.h"
#include "ops/operationrunner.h"
#include "remote/connector.h"
#include "secrets/filesecretstore.h"
#include "secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace pgpilot {

void print(std::FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// The keychain, or a private key=value file when --secrets-file is given (CI, servers).
std::unique_ptr<SecretStore> makeSecretStore(const QString& secretsFile, QString* error)
{
    if (secretsFile.isEmpty())
        return std::make_unique<KeychainSecretStore>();
    auto store = std::make_unique<FileSecretStore>(secretsFile);
    if (!store->load(error))
        return nullptr;
    return store;
}

std::optional<ClusterSpec> loadValidSpec(const QString& path, std::FILE* err)
{
    const SpecLoadResult loaded = loadSpecFile(path);
    if (!loaded.spec) {
        print(err, loaded.error + QLatin1Char('\n'));
        return std::nullopt;
    }
    if (const auto issues = validate(*loaded.spec); !issues.isEmpty()) {
        for (const auto& issue : issues)
            print(err, QStringLiteral("%1: %2\n").arg(issue.field, issue.message));
        print(err,
            QCoreApplication::translate("pgpilot::CommandLine", "%1: fix the worksheet first.\n").arg(path));
        return std::nullopt;
    }
    return loaded.spec;
}

namespace {

const QStringList kCommands {QStringLiteral("validate"), QStringLiteral("exec"), QStringLiteral("apply"),
    QStringLiteral("check"), QStringLiteral("status"), QStringLiteral("export-script"),
    QStringLiteral("switchover"), QStringLiteral("rejoin"), QStringLiteral("unfence"),
    QStringLiteral("fence"), QStringLiteral("add-standby"), QStringLiteral("remove-standby")};

// The help of every command, in one place so that `pgpilot --help`, `pgpilot COMMAND --help` and
// the user guide's command reference (docs/user-guide.md) can be kept alike; tests/package/help-test.sh
// checks that every option listed here is in the guide and that every command has its entry.
struct CommandHelp
{
    const char* name;
    const char* summary; // one line for `pgpilot --help`
    const char* text; // `pgpilot NAME --help`
};

const CommandHelp kCommandHelp[] = {
    {"validate", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "check a cluster file and list every problem"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "usage: pgpilot validate cluster.json [--json]\n"
            "\n"
            "Checks a cluster file and lists every problem, each with its field.\n"
            "\n"
            "Options:\n"
            "  --json          print the result as one JSON object: {\"ok\": ..., \"issues\": [...]}\n"
            "  -h, --help      this help\n"
            "\n"
            "Exit status: 0 the worksheet is complete, 1 it has problems, 2 usage error,\n"
            "3 the file cannot be read.\n")},
    {"exec",
        QT_TRANSLATE_NOOP(
            "pgpilot::CommandLine", "run one command on every node in parallel, with live output"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "usage: pgpilot exec cluster.json [options] -- command [args...]\n"
            "\n"
            "Runs one command on the cluster's nodes in parallel over SSH and prints their output as\n"
            "it arrives, each line prefixed with the node's name (| for stdout, ! for stderr).\n"
            "\n"
            "Options:\n"
            "  --node NAME                     run only on this node (repeatable)\n"
            "  --as USER                       run as this user on the nodes (default root)\n"
            "  --timeout SECONDS               time the command may take (default 600)\n"
            "  --accept-host-key NAME=SHA256:...  trust this fingerprint for a node not yet in\n"
            "                                  known_hosts (repeatable)\n"
            "  --secrets-file FILE             passwords from this private key=value file instead\n"
            "                                  of the keychain\n"
            "  -h, --help                      this help\n"
            "\n"
            "Exit status: the highest exit status of the command on any node; 255 when a node could\n"
            "not be reached; 2 usage error; 3 cluster file, keychain or connection problem.\n")},
    {"apply", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "carry out the runbook's phases 0-5 over SSH"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "usage: pgpilot apply cluster.json [--phase N | --from N --to N] [--yes] [options]\n"
            "\n"
            "Carries out the setup phases over SSH, each followed by its checkpoint, and stops at the\n"
            "first failure. A step that is already done is skipped, so running it again is safe.\n"
            "Phases: 0 pre-flight checks, 1 base installation, 2 PostgreSQL configuration,\n"
            "3 repmgr and cluster initialisation, 4 HAProxy, health service and VIP,\n"
            "5 failover validation (stops the primary; needs --yes).\n"
            "\n"
            "Options:\n"
            "  --phase N                       only phase N (0-5)\n"
            "  --from N, --to N                phases N to M (default 0 to 5)\n"
            "  --yes                           confirm phase 5, which stops the primary\n"
            "  --json                          one JSON object per event instead of text\n"
            "  --verbose                       print every output line of every node\n"
            "  --fresh                         forget saved progress and probe every step again\n"
            "  --accept-host-key NAME=SHA256:...  trust this fingerprint (repeatable)\n"
            "  --secrets-file FILE             passwords from this private key=value file\n"
            "  --state-dir DIR                 keep progress and the audit log in DIR instead of\n"
            "                                  the user's data directory\n"
            "  -h, --help                      this help\n"
            "\n"
            "Exit status: 0 every phase passed, 1 a step or checkpoint failed, 2 usage error or\n"
            "phase 5 without --yes, 3 cluster file, keychain or connection problem.\n")},
    {"check", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "run only the checkpoints of phases 0-4"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "usage: pgpilot check cluster.json [--phase N | --from N --to N] [options]\n"
            "\n"
            "Runs only the checkpoints (no changes on the nodes) of phases 0 to 4, or of the\n"
            "phases given. Options as for apply: --phase, --from, --to, --json, --verbose,\n"
            "--accept-host-key, --secrets-file, --state-dir.\n"
            "\n"
            "Exit status: 0 every checkpoint passed, 1 one failed, 2 usage error, 3 cluster file,\n"
            "keychain or connection problem.\n")},
    {"status", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "print the monitor's snapshot of the cluster"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "usage: pgpilot status cluster.json [--watch] [--json] [--secrets-file FILE]\n"
            "\n"
            "Polls every node once (roles, lag, health checks, HAProxy, which node holds the VIP)\n"
            "and prints the snapshot with its alarms.\n"
            "\n"
            "Options:\n"
            "  --watch                         print a snapshot on every poll until interrupted\n"
            "  --json                          print JSON\n"
            "  --secrets-file FILE             passwords from this private key=value file\n"
            "  -h, --help                      this help\n"
            "\n"
            "Exit status: 0 healthy, 1 warnings, 2 critical (or usage error), 3 cluster file or\n"
            "keychain problem.\n")},
    {"switchover",
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "make a standby the primary (planned, no data loss)"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "usage: pgpilot switchover cluster.json --node NAME [--yes] [options]\n"
            "\n"
            "Makes the standby NAME the primary with repmgr's switchover after pre-checks (every\n"
            "node reachable, NAME streaming with little lag, repmgrd, SSH between the nodes,\n"
            "repmgr's dry run), writing through the VIP meanwhile to measure the outage, then\n"
            "verifies roles, replication, the VIP and ports. --to NAME is the same as --node.\n"
            "\n"
            "Options:\n"
            "  --node NAME                     the standby to promote (or --to NAME)\n"
            "  --yes                           confirm; without it only the pre-checks run and\n"
            "                                  pgpilot says what would happen\n"
            "  --dry-run                       print every command it would run; contact nothing\n"
            "  --json                          one JSON object per event (pre-checks, narration,\n"
            "                                  steps, result with its figures)\n"
            "  --no-write-probe                do not write through the VIP to measure the outage\n"
            "  --verbose, --accept-host-key, --secrets-file, --state-dir   as for apply\n"
            "  -h, --help                      this help\n"
            "\n"
            "Exit status: 0 done and verified, 1 refused by a pre-check, a step or the\n"
            "verification failed, 2 usage error or no --yes, 3 cluster file, keychain or\n"
            "connection problem.\n")},
    {"rejoin",
        QT_TRANSLATE_NOOP(
            "pgpilot::CommandLine", "bring a failed, diverged or fenced node back as a standby"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "usage: pgpilot rejoin cluster.json --node NAME [--reclone] [--yes] [options]\n"
            "\n"
            "Keeps NAME's PostgreSQL stopped, lifts a fence, recovers a crash in single-user mode,\n"
            "then repmgr node rejoin (with pg_rewind) against the current primary and waits until it\n"
            "streams. It never starts NAME as a primary. 'unfence' is the same command.\n"
            "\n"
            "Options:\n"
            "  --node NAME                     the node to rejoin\n"
            "  --reclone                       delete its data directory and clone it afresh\n"
            "                                  (when pg_rewind cannot bring it back)\n"
            "  --yes                           confirm; without it only the pre-checks run and\n"
            "                                  pgpilot says what would happen\n"
            "  --dry-run                       print every command it would run; contact nothing\n"
            "  --json                          one JSON object per event (pre-checks, narration,\n"
            "                                  steps, result with its figures)\n"
            "  --no-write-probe                do not write through the VIP to measure the outage\n"
            "  --verbose, --accept-host-key, --secrets-file, --state-dir   as for apply\n"
            "  -h, --help                      this help\n"
            "\n"
            "Exit status: 0 done and verified, 1 refused by a pre-check, a step or the\n"
            "verification failed, 2 usage error or no --yes, 3 cluster file, keychain or\n"
            "connection problem.\n")},
    {"unfence", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "lift a fence: rejoin the node as a standby"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "usage: pgpilot unfence cluster.json --node NAME [--reclone] [--yes] [options]\n"
            "\n"
            "The same as rejoin.\n"
            "\n"
            "Options:\n"
            "  --node NAME                     the fenced node\n"
            "  --reclone                       delete its data directory and clone it afresh\n"
            "  --yes                           confirm; without it only the pre-checks run and\n"
            "                                  pgpilot says what would happen\n"
            "  --dry-run                       print every command it would run; contact nothing\n"
            "  --json                          one JSON object per event (pre-checks, narration,\n"
            "                                  steps, result with its figures)\n"
            "  --no-write-probe                do not write through the VIP to measure the outage\n"
            "  --verbose, --accept-host-key, --secrets-file, --state-dir   as for apply\n"
            "  -h, --help                      this help\n"
            "\n"
            "Exit status: 0 done and verified, 1 refused by a pre-check, a step or the\n"
            "verification failed, 2 usage error or no --yes, 3 cluster file, keychain or\n"
            "connection problem.\n")},
    {"fence",
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "stop a node's PostgreSQL and keep it from serving writes"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "usage: pgpilot fence cluster.json --node NAME [--yes] [options]\n"
            "\n"
            "Marks NAME fenced (its health service answers 503, so HAProxy and Keepalived keep it\n"
            "out), stops repmgrd and PostgreSQL there and keeps PostgreSQL from starting until\n"
            "the node is rejoined. Needs SSH to NAME, not its database.\n"
            "\n"
            "Options:\n"
            "  --node NAME                     the node to fence\n"
            "  --yes                           confirm; without it only the pre-checks run and\n"
            "                                  pgpilot says what would happen\n"
            "  --dry-run                       print every command it would run; contact nothing\n"
            "  --json                          one JSON object per event (pre-checks, narration,\n"
            "                                  steps, result with its figures)\n"
            "  --no-write-probe                do not write through the VIP to measure the outage\n"
            "  --verbose, --accept-host-key, --secrets-file, --state-dir   as for apply\n"
            "  -h, --help                      this help\n"
            "\n"
            "Exit status: 0 done and verified, 1 refused by a pre-check, a step or the\n"
            "verification failed, 2 usage error or no --yes, 3 cluster file, keychain or\n"
            "connection problem.\n")},
    {"add-standby",
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "install, clone and register a new node row as a standby"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "usage: pgpilot add-standby cluster.json --node NAME [--yes] [options]\n"
            "\n"
            "NAME is a row already added to the cluster file. Runs phases 1-2 on it, clones it\n"
            "from the current primary, registers it, and reloads HAProxy and Keepalived on every\n"
            "node (no restart).\n"
            "\n"
            "Options:\n"
            "  --node NAME                     the new node's row\n"
            "  --yes                           confirm; without it only the pre-checks run and\n"
            "                                  pgpilot says what would happen\n"
            "  --dry-run                       print every command it would run; contact nothing\n"
            "  --json                          one JSON object per event (pre-checks, narration,\n"
            "                                  steps, result with its figures)\n"
            "  --no-write-probe                do not write through the VIP to measure the outage\n"
            "  --verbose, --accept-host-key, --secrets-file, --state-dir   as for apply\n"
            "  -h, --help                      this help\n"
            "\n"
            "Exit status: 0 done and verified, 1 refused by a pre-check, a step or the\n"
            "verification failed, 2 usage error or no --yes, 3 cluster file, keychain or\n"
            "connection problem.\n")},
    {"remove-standby",
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "unregister and stop a standby, then drop its row"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "usage: pgpilot remove-standby cluster.json --node NAME [--yes] [options]\n"
            "\n"
            "Stops NAME (kept from starting), unregisters it, drops its replication slot and\n"
            "reloads HAProxy and Keepalived on the others without it; then removes its row from\n"
            "the cluster file. Only the last row can be removed (node ids are positions).\n"
            "\n"
            "Options:\n"
            "  --node NAME                     the standby to remove (the last row)\n"
            "  --keep-row                      leave its row in the cluster file\n"
            "  --yes                           confirm; without it only the pre-checks run and\n"
            "                                  pgpilot says what would happen\n"
            "  --dry-run                       print every command it would run; contact nothing\n"
            "  --json                          one JSON object per event (pre-checks, narration,\n"
            "                                  steps, result with its figures)\n"
            "  --no-write-probe                do not write through the VIP to measure the outage\n"
            "  --verbose, --accept-host-key, --secrets-file, --state-dir   as for apply\n"
            "  -h, --help                      this help\n"
            "\n"
            "Exit status: 0 done and verified, 1 refused by a pre-check, a step or the\n"
            "verification failed, 2 usage error or no --yes, 3 cluster file, keychain or\n"
            "connection problem.\n")},
    {"export-script",
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "write the runbook as one shell script per node"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "usage: pgpilot export-script cluster.json [--out DIR]\n"
            "\n"
            "Prints the whole runbook as one reviewable shell script per node (a dry run: nothing\n"
            "is contacted).\n"
            "\n"
            "Options:\n"
            "  --out DIR                       write CLUSTER-NODE.sh files into DIR instead of\n"
            "                                  printing them\n"
            "  -h, --help                      this help\n"
            "\n"
            "Exit status: 0 written, 1 a file could not be written, 2 usage error, 3 the cluster\n"
            "file has problems.\n")},
};

const CommandHelp* findHelp(const QString& command)
{
    for (const CommandHelp& h : kCommandHelp) {
        if (command == QLatin1String(h.name))
            return &h;
    }
    return nullptr;
}

// --help or -h among the arguments before "--" (after it they belong to the remote command).
bool wantsHelp(const QStringList& arguments)
{
    for (const QString& a : arguments) {
        if (a == QLatin1String("--"))
            return false;
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--help-all"))
            return true;
    }
    return false;
}

int validateCommand(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "pgpilot::CommandLine", "Checks a cluster file and lists every problem."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("validate"), QString());
    parser.addPositionalArgument(QStringLiteral("cluster.json"),
        QCoreApplication::translate("pgpilot::CommandLine", "The cluster file to check."));
    const QCommandLineOption json(QStringLiteral("json"),
        QCoreApplication::translate("pgpilot::CommandLine", "Print the result as JSON."));
    parser.addOption(json);
    if (!parser.parse(arguments)) {
        print(err, parser.errorText() + QLatin1Char('\n'));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(out, parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        print(err,
            QCoreApplication::translate(
                "pgpilot::CommandLine", "usage: pgpilot validate cluster.json [--json]\n"));
        return 2;
    }
    const SpecLoadResult loaded = loadSpecFile(positional.at(1));
    if (!loaded.spec) {
        if (parser.isSet(json))
            print(out,
                QString::fromUtf8(QJsonDocument(
                    QJsonObject {{QStringLiteral("ok"), false}, {QStringLiteral("error"), loaded.error}})
                                      .toJson(QJsonDocument::Compact))
                    + QLatin1Char('\n'));
        else
            print(err, loaded.error + QLatin1Char('\n'));
        return 3;
    }
    const ValidationIssues issues = validate(*loaded.spec);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto& issue : issues)
            list.append(QJsonObject {
                {QStringLiteral("field"), issue.field}, {QStringLiteral("message"), issue.message}});
        print(out,
            QString::fromUtf8(QJsonDocument(
                QJsonObject {{QStringLiteral("ok"), issues.isEmpty()}, {QStringLiteral("issues"), list}})
                                  .toJson(QJsonDocument::Compact))
                + QLatin1Char('\n'));
    } else if (issues.isEmpty()) {
        print(out,
            QCoreApplication::translate("pgpilot::CommandLine", "%1: the worksheet is complete (%2 nodes).\n")
                .arg(positional.at(1))
                .arg(loaded.spec->nodes.size()));
    } else {
        for (const auto& issue : issues)
            print(out, QStringLiteral("%1: %2\n").arg(issue.field, issue.message));
        print(err,
            QCoreApplication::translate(
                "pgpilot::CommandLine", "%1: %n problem(s).\n", nullptr, int(issues.size()))
                .arg(positional.at(1)));
    }
    return issues.isEmpty() ? 0 : 1;
}

// pgpilot exec cluster.json [--node N]... [--accept-host-key N=SHA256:...]... -- command
// Runs one command on the nodes in parallel and streams their output, prefixed by node name.
int execCommand(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("pgpilot::CommandLine", text);
    };
    const qsizetype dashes = arguments.indexOf(QStringLiteral("--"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption nodeOption(
        QStringLiteral("node"), tr("Run only on this node (repeatable)."), QStringLiteral("name"));
    const QCommandLineOption acceptOption(QStringLiteral("accept-host-key"),
        tr("Trust this host key fingerprint for a node not yet in known_hosts: NAME=SHA256:..."),
        QStringLiteral("node=fp"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        tr("Seconds the command may take (default 600)."), QStringLiteral("seconds"), QStringLiteral("600"));
    const QCommandLineOption asOption(QStringLiteral("as"),
        tr("Run as this user on the nodes (default root)."), QStringLiteral("user"), QStringLiteral("root"));
    const QCommandLineOption secretsOption(QStringLiteral("secrets-file"),
        tr("Read passwords from this private key=value file instead of the keychain."),
        QStringLiteral("file"));
    parser.addOptions({nodeOption, acceptOption, timeoutOption, asOption, secretsOption});
    parser.addPositionalArgument(QStringLiteral("cluster.json"), tr("The cluster file."));
    if (dashes < 0 || dashes + 1 >= arguments.size()) {
        print(err,
            tr("usage: pgpilot exec cluster.json [--node NAME]... [--accept-host-key NAME=SHA256:...] -- "
               "command\n"));
        return 2;
    }
    if (!parser.parse(arguments.mid(0, dashes))) {
        print(err, parser.errorText() + QLatin1Char('\n'));
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        print(err, tr("usage: pgpilot exec cluster.json [options] -- command\n"));
        return 2;
    }
    const QString command = arguments.mid(dashes + 1).join(QLatin1Char(' '));
    const SpecLoadResult loaded = loadSpecFile(positional.at(1));
    if (!loaded.spec) {
        print(err, loaded.error + QLatin1Char('\n'));
        return 3;
    }
    const ClusterSpec spec = *loaded.spec;
    if (const auto issues = validate(spec); !issues.isEmpty()) {
        for (const auto& issue : issues)
            print(err, QStringLiteral("%1: %2\n").arg(issue.field, issue.message));
        return 3;
    }
    QHash<QString, QString> confirmed;
    for (const QString& a : parser.values(acceptOption))
        confirmed.insert(a.section(QLatin1Char('='), 0, 0), a.section(QLatin1Char('='), 1));
    const QStringList only = parser.values(nodeOption);

    QString secretsError;
    std::unique_ptr<SecretStore> secrets = makeSecretStore(parser.value(secretsOption), &secretsError);
    if (!secrets) {
        print(err, secretsError + QLatin1Char('\n'));
        return 3;
    }

    QStringList nodes;
    for (const NodeSpec& n : spec.nodes) {
        if (only.isEmpty() || only.contains(n.name))
            nodes << n.name;
    }
    if (nodes.isEmpty()) {
        print(err, tr("No node matches --node.\n"));
        return 2;
    }
    RunRequest request;
    request.command = command;
    request.runAs = parser.value(asOption);
    request.timeoutMs = parser.value(timeoutOption).toInt() * 1000;

    // Through the session's executor like every remote command: audited (step "exec"), masked.
    int exitCode = 0;
    QElapsedTimer clock;
    clock.start();
    ClusterSession session(spec, secrets.get());
    session.setConfirmedFingerprints(confirmed);
    session.open(
        [&](const QString& error) {
            if (!error.isEmpty()) {
                print(err, error + QLatin1Char('\n'));
                QCoreApplication::exit(3);
                return;
            }
            Job* job = session.runCommand(QStringLiteral("exec"), request, nodes);
            QObject::connect(job, &Job::output, &session,
                [&](const QString&, const QString& name, int stream, const QStringList& lines) {
                    for (const QString& line : lines)
                        print(stream == RemoteHost::StdOut ? out : err,
                            QStringLiteral("%1 %2 %3\n")
                                .arg(name,
                                    stream == RemoteHost::StdOut ? QStringLiteral("|") : QStringLiteral("!"),
                                    line));
                });
            QObject::connect(job, &Job::nodeAnswered, &session, [&](const QString& name, const RunResult& r) {
                if (r.failure != RunResult::Failure::None) {
                    print(err, QStringLiteral("%1: %2\n").arg(name, r.error));
                    exitCode = qMax(exitCode, 255);
                } else {
                    print(err,
                        tr("%1: exit %2 after %3 s\n")
                            .arg(name)
                            .arg(r.exitCode)
                            .arg(r.durationMs / 1000.0, 0, 'f', 2));
                    exitCode = qMax(exitCode, r.exitCode);
                }
            });
            QObject::connect(job, &Job::finished, &session, [&, job] {
                if (job->commandResults().isEmpty()) {
                    print(err, job->error() + QLatin1Char('\n'));
                    QCoreApplication::exit(3);
                    return;
                }
                print(err,
                    tr("%1 node(s) in %2 s\n")
                        .arg(job->commandResults().size())
                        .arg(clock.elapsed() / 1000.0, 0, 'f', 2));
                QCoreApplication::exit(exitCode);
            });
        },
        ClusterSession::OpenMode::ConnectOnly);
    return QCoreApplication::exec();
}

} // namespace

bool isHeadlessCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && kCommands.contains(arguments.at(1));
}

QString generalHelp()
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("pgpilot::CommandLine", text);
    };
    QString commands;
    for (const QString& name : kCommands) {
        const CommandHelp* h = findHelp(name);
        commands += QStringLiteral("  %1%2\n").arg(name, -16).arg(h ? tr(h->summary) : QString());
    }
    return tr("usage: pgpilot [--lang LANG] [cluster.json]\n"
              "       pgpilot COMMAND cluster.json [options]     (pgpilot COMMAND --help for more)\n"
              "\n"
              "Without a command pgpilot opens its window: the setup wizard on cluster.json (or on an\n"
              "empty worksheet), and the dashboard once the cluster is set up.\n"
              "\n"
              "Options:\n"
              "  -h, --help                      this help\n"
              "  --version                       print the version and exit\n"
              "  --lang LANG                     use this language (en, de, fr) instead of the system's\n"
              "  --screenshot FILE               save a picture of the window to FILE, then quit\n"
              "\n"
              "Commands (they need no display):\n")
        + commands
        + tr("\n"
             "Environment:\n"
             "  QT_LOGGING_RULES                turn logging on or off by category, e.g.\n"
             "                                  \"pgpilot.ssh.debug=true;pgpilot.monitor=false\"\n"
             "                                  (pgpilot.spec, .secrets, .ssh, .exec, .runbook,\n"
             "                                  .monitor, .ops, .settings, .ui)\n"
             "  QT_QPA_PLATFORM=offscreen       run the window without a display\n"
             "  LANGUAGE, LANG                  the language, when --lang is not given\n"
             "\n"
             "Settings: ~/.config/pgpilot/pgpilot.conf. Audit log, known_hosts and progress:\n"
             "~/.local/share/pgpilot/pgpilot/. Passwords: the system keychain.\n"
             "The user guide: /usr/share/doc/pgpilot/user-guide.md\n");
}

int runHeadless(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    if (wantsHelp(arguments)) {
        const CommandHelp* h = findHelp(arguments.at(1));
        print(out, h ? QCoreApplication::translate("pgpilot::CommandLine", h->text) : generalHelp());
        return 0;
    }
    if (arguments.at(1) == QLatin1String("validate"))
        return validateCommand(arguments, out, err);
    if (arguments.at(1) == QLatin1String("exec"))
        return execCommand(arguments, out, err);
    if (arguments.at(1) == QLatin1String("apply") || arguments.at(1) == QLatin1String("check"))
        return applyCommand(arguments, out, err);
    if (operationKindFromString(arguments.at(1)))
        return operationCommand(arguments, out, err);
    if (arguments.at(1) == QLatin1String("status"))
        return statusCommand(arguments, out, err);
    if (arguments.at(1) == QLatin1String("export-script"))
        return exportScriptCommand(arguments, out, err);
    return 2;
}

QString missingDisplayAdvice()
{
    if (qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return {};
    return QCoreApplication::translate("pgpilot::CommandLine",
        "pgpilot: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
        "  To see the window on this machine, start it in a virtual display:\n"
        "      xvfb-run -a pgpilot [cluster.json]\n"
        "  To run it with no window at all (for scripts and screenshots):\n"
        "      QT_QPA_PLATFORM=offscreen pgpilot [cluster.json]\n"
        "  Headless commands that need no display:\n"
        "      pgpilot validate cluster.json [--json]\n"
        "      pgpilot exec cluster.json [--node NAME] -- command\n");
}

} // namespace pgpilot
