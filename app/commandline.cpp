#include "commandline.h"

#include "clisupport.h"
#include "remote/connector.h"
#include "remote/sshhost.h"
#include "secrets/filesecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "spec/specfile.h"
#include "spec/specvalidator.h"

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
    QStringLiteral("switchover")};

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

    int exitCode = 0;
    QList<SshHost*> hosts;
    int outstanding = 0;
    QElapsedTimer clock;
    clock.start();
    ClusterConnector connector;
    connector.setConfirmedFingerprints(confirmed);
    connector.prepare(spec, secrets.get(), [&](const QList<ConnectionSettings>& nodes, const QString& error) {
        if (!error.isEmpty()) {
            print(err, error + QLatin1Char('\n'));
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
            QObject::connect(
                host, &RemoteHost::outputLines, host, [=](quint64, int stream, const QStringList& lines) {
                    for (const QString& line : lines)
                        print(stream == RemoteHost::StdOut ? out : err,
                            QStringLiteral("%1 %2 %3\n")
                                .arg(name,
                                    stream == RemoteHost::StdOut ? QStringLiteral("|") : QStringLiteral("!"),
                                    line));
                });
            QObject::connect(host, &RemoteHost::finished, host, [&, name](quint64, const RunResult& r) {
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
                if (--outstanding == 0) {
                    print(err,
                        tr("%1 node(s) in %2 s\n")
                            .arg(hosts.size())
                            .arg(clock.elapsed() / 1000.0, 0, 'f', 2));
                    QCoreApplication::exit(exitCode);
                }
            });
            RunRequest request;
            request.command = command;
            request.runAs = parser.value(asOption);
            request.timeoutMs = parser.value(timeoutOption).toInt() * 1000;
            ++outstanding;
            host->run(request);
        }
        if (outstanding == 0) {
            print(err, tr("No node matches --node.\n"));
            exitCode = 2;
            QCoreApplication::exit(exitCode);
        }
    });
    const int rc = QCoreApplication::exec();
    qDeleteAll(hosts);
    return rc;
}

} // namespace

bool isHeadlessCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && kCommands.contains(arguments.at(1));
}

int runHeadless(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    if (arguments.at(1) == QLatin1String("validate"))
        return validateCommand(arguments, out, err);
    if (arguments.at(1) == QLatin1String("exec"))
        return execCommand(arguments, out, err);
    if (arguments.at(1) == QLatin1String("apply") || arguments.at(1) == QLatin1String("check")
        || arguments.at(1) == QLatin1String("switchover"))
        return applyCommand(arguments, out, err);
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
