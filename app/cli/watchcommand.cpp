// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot watch: the monitor without a window, notifications to a webhook.
#include "command.h"
#include "commands.h"
#include "core/interrupt.h"
#include "notify/watcher.h"
#include "notify/webhook.h"
#include "options.h"
#include "output.h"
#include "secrets/secretstore.h"
#include "services/clusterservices.h"
#include "session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTimer>

namespace pgpilot::cli {

namespace {

QString notificationLine(const Notification& n)
{
    QStringList alerts;
    for (const Notification::Alert& a : n.alerts)
        alerts << (a.firing ? a.title : CommandLine::tr("%1 (cleared)").arg(a.title));
    return CommandLine::tr("%1 %2 incident %3: %4 %5 (%6): %7\n")
        .arg(n.time.toUTC().toString(Qt::ISODate), n.cluster)
        .arg(n.incident)
        .arg(toId(n.state).toUpper(), toId(n.severity), toId(n.reason), alerts.join(QStringLiteral("; ")));
}

class WatchCommand : public Command
{
public:
    WatchCommand()
        : Command(QStringLiteral("watch"),
            QT_TRANSLATE_NOOP(
                "pgpilot::CommandLine", "watch clusters without a window and send notifications"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Runs the dashboard's monitor on every cluster file given, until interrupted. Its alarms\n"
                "become incidents, one at a time per cluster: a notification when one opens, gets\n"
                "critical, is still open after --repeat seconds, and when it is over (no alarm for\n"
                "--clear-hold seconds: a flapping node stays one incident). Each is printed and POSTed\n"
                "as JSON to the webhook (docs/notifications.md has the schema)."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 130/143 stopped by SIGINT/SIGTERM (after the pending webhook deliveries,\n"
                "at most 10 s), 2 usage error, 3 cluster file, keychain or monitor problem."))
    {
        takeClusterFiles();
        addOption(valueOption("webhook", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "URL"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "POST each notification here (http or https; a URL with a token belongs in the "
                          "keychain: --webhook-secret).")),
            OptionSet::Show::InUsage);
        addOption(valueOption("webhook-secret", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "KEY"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Read the webhook's URL from this keychain entry (or --secrets-file key).")));
        addOption(valueOption("min-severity", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "warning|critical"),
            QT_TRANSLATE_NOOP(
                "pgpilot::CommandLine", "Notify alarms from this severity on (default warning).")));
        addOption(valueOption("clear-hold", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "SECONDS"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "An incident is over after this long without an alarm (default 30).")));
        addOption(valueOption("repeat", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "SECONDS"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Notify an open incident again after this long (default 14400; 0: never).")));
        addOption(described(jsonOption(),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Print each notification as its webhook JSON.")));
        addOptions({acceptHostKeyOption(), secretsFileOption()});
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        NotifyPolicy policy;
        const QString severity = args.value("min-severity");
        if (severity == QLatin1String("critical"))
            policy.minSeverity = Severity::Critical;
        else if (!severity.isEmpty() && severity != QLatin1String("warning"))
            return usageError(io, CommandLine::tr("--min-severity takes warning or critical."));
        for (const auto& [name, target] : {std::pair {"clear-hold", &policy.clearHoldSeconds},
                 std::pair {"repeat", &policy.repeatSeconds}}) {
            if (!args.isSet(name))
                continue;
            bool ok = false;
            *target = args.value(name).toInt(&ok);
            if (!ok || *target < 0)
                return usageError(
                    io, CommandLine::tr("--%1 takes a number of seconds.").arg(QLatin1String(name)));
        }
        if (args.isSet("webhook") && args.isSet("webhook-secret"))
            return usageError(io, CommandLine::tr("--webhook and --webhook-secret exclude each other."));
        QList<ClusterSpec> specs;
        for (const QString& file : args.clusterFiles()) {
            const auto spec = loadValidSpec(file, io.err);
            if (!spec)
                return 3;
            specs << *spec;
        }
        const std::unique_ptr<SecretStore> secrets = openSecretStore(args.value("secrets-file"), io.err);
        if (!secrets)
            return 3;

        Watcher watcher(secrets.get(), policy);
        QString url = args.value("webhook");
        if (args.isSet("webhook-secret")) {
            QEventLoop loop;
            secrets->read(args.value("webhook-secret"), [&](const SecretStore::Result& r) {
                url = r.status == SecretStore::Status::Ok ? QString::fromUtf8(r.value).trimmed() : QString();
                loop.quit();
            });
            loop.exec();
            if (url.isEmpty()) {
                print(io.err,
                    CommandLine::tr("The webhook URL is not in the keychain entry %1.\n")
                        .arg(args.value("webhook-secret")));
                return 3;
            }
        }
        if (!url.isEmpty()) {
            const QUrl parsed(url, QUrl::StrictMode);
            if (const QString problem = WebhookSender::urlProblem(parsed); !problem.isEmpty())
                return usageError(io, CommandLine::tr("The webhook: %1.").arg(problem));
            auto* sender = new WebhookSender(parsed);
            QObject::connect(sender, &WebhookSender::delivered, &watcher,
                [&io, sender](int status, int attempts, qint64 ms) {
                    print(io.err,
                        CommandLine::tr("webhook %1: delivered (HTTP %2, %3 attempt(s), %4 ms)\n")
                            .arg(sender->target())
                            .arg(status)
                            .arg(attempts)
                            .arg(ms));
                });
            QObject::connect(
                sender, &WebhookSender::failed, &watcher, [&io](const QString& error, int attempts) {
                    print(io.err,
                        CommandLine::tr("webhook: NOT delivered after %1 attempt(s): %2\n")
                            .arg(attempts)
                            .arg(error));
                });
            watcher.setWebhook(sender);
        }
        const bool json = args.isSet("json");
        QObject::connect(&watcher, &Watcher::notification, &watcher, [&io, json](const Notification& n) {
            if (json)
                print(io.out,
                    QString::fromUtf8(QJsonDocument(notificationToJson(n)).toJson(QJsonDocument::Compact))
                        + QLatin1Char('\n'));
            else
                print(io.out, notificationLine(n));
        });
        QObject::connect(
            &watcher, &Watcher::warning, &watcher, [&io](const QString& cluster, const QString& text) {
                print(io.err, CommandLine::tr("%1: %2\n").arg(cluster, text));
            });

        int exitCode = 0;
        InterruptWatcher interrupt;
        QObject::connect(&interrupt, &InterruptWatcher::interrupted, &watcher, [&](int) {
            // The notifications already made still go out, for at most 10 s.
            QElapsedTimer waited;
            waited.start();
            auto* drain = new QTimer(&watcher);
            QObject::connect(drain, &QTimer::timeout, &watcher, [&, drain, waited] {
                if (!watcher.webhook() || watcher.webhook()->pending() == 0 || waited.elapsed() > 10000) {
                    drain->stop();
                    QCoreApplication::exit(interrupt.exitCode());
                }
            });
            drain->start(100);
        });
        auto remaining = std::make_shared<int>(int(specs.size()));
        for (const ClusterSpec& spec : std::as_const(specs)) {
            watcher.addCluster(
                spec,
                [&, name = spec.name, nodes = spec.nodes.size(), remaining](const QString& error) {
                    if (!error.isEmpty()) {
                        print(io.err, CommandLine::tr("%1: cannot watch: %2\n").arg(name, error));
                        exitCode = 3;
                        QCoreApplication::exit(3);
                        return;
                    }
                    print(
                        io.err, CommandLine::tr("watching %1 (%n node(s))\n", nullptr, int(nodes)).arg(name));
                },
                [&args](ClusterServices& services) {
                    configureServices(services, args, /*takesStateDir=*/false);
                });
        }
        const int rc = QCoreApplication::exec();
        interrupt.collectPending();
        return exitCode ? exitCode : (interrupt.received() ? interrupt.exitCode() : rc);
    }
};

} // namespace

std::unique_ptr<Command> makeWatchCommand()
{
    return std::make_unique<WatchCommand>();
}

} // namespace pgpilot::cli
