// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot watch: the monitor without a window, notifications to a webhook, e-mail and the desktop.
#include "command.h"
#include "commands.h"
#include "core/interrupt.h"
#include "monitor/clustermonitor.h"
#include "notify/dispatcher.h"
#include "notify/notifyconfig.h"
#include "notify/watcher.h"
#include "notify/webhook.h"
#include "ops/schedule.h"
#include "options.h"
#include "output.h"
#include "secrets/secretstore.h"
#include "services/clusterservices.h"
#include "session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
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
                "--clear-hold seconds: a flapping node stays one incident). Each is printed and sent to\n"
                "every channel: the webhook (JSON), e-mail and the desktop, set up by --notify-config\n"
                "(docs/notifications.md has the file's format and the webhook's schema) or --webhook and\n"
                "--desktop. --test sends one test notification to each channel instead and exits.\n"
                "It also runs the operations scheduled with --at when they are due (pgpilot schedule\n"
                "lists them), one at a time, as the command line does with --yes, and records each\n"
                "result in the cluster; --no-schedule leaves them to another watcher."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 130/143 stopped by SIGINT/SIGTERM (after the pending deliveries, at most\n"
                "10 s), 2 usage error, 3 cluster file, notification configuration, keychain or monitor\n"
                "problem. With --test: 0 when every channel delivered, 1 when one did not."))
    {
        takeClusterFiles();
        addOption(
            valueOption("notify-config", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "FILE"),
                QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                    "Channels (webhook, e-mail over SMTP, desktop), policy and per-alarm rules from this "
                    "JSON file; the options below override its policy and webhook.")),
            OptionSet::Show::InUsage);
        addOption(valueOption("webhook", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "URL"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "POST each notification here (http or https; a URL with a token belongs in the "
                          "keychain: --webhook-secret).")),
            OptionSet::Show::InUsage);
        addOption(valueOption("webhook-secret", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "KEY"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Read the webhook's URL from this keychain entry (or --secrets-file key).")));
        addOption(flagOption("desktop",
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Show each notification on the desktop too (freedesktop notifications, session bus).")));
        addOption(flagOption("test",
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Send one test notification (state \"test\") to every channel, print each one's result and "
                "exit: 0 only when all delivered.")));
        addOption(valueOption("min-severity", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "warning|critical"),
            QT_TRANSLATE_NOOP(
                "pgpilot::CommandLine", "Notify alarms from this severity on (default warning).")));
        addOption(valueOption("clear-hold", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "SECONDS"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "An incident is over after this long without an alarm (default 30).")));
        addOption(valueOption("repeat", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "SECONDS"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Notify an open incident again after this long (default 14400; 0: never).")));
        addOption(valueOption("group-wait", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "SECONDS"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Announce an incident that starts with warnings this long after its first alarm, with\n"
                "every alarm seen by then (default 1). A critical alarm is announced at once.")));
        addOption(flagOption("group-critical",
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Critical alarms wait the group wait too (the behaviour before this option existed).")));
        addOption(flagOption("no-schedule",
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Do not run scheduled operations here (another pgpilot watch does; the reminders and\n"
                "alarms about them still come).")));
        addOption(flagOption("no-history",
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Keep no history on disk (by default each cluster's snapshots and events are kept,\n"
                "docs/history.md).")));
        addOption(described(jsonOption(),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Print each notification as its webhook JSON.")));
        addOptions({acceptHostKeyOption(), secretsFileOption()});
    }

protected:
    // The file's configuration with the command line's options over it; nullopt after printing why.
    std::optional<NotifyConfig> config(const Invocation& args, const Io& io, int* exitCode) const
    {
        NotifyConfig config;
        if (args.isSet("notify-config")) {
            const QString file = args.value("notify-config");
            const NotifyConfigLoad loaded = loadNotifyConfig(file);
            if (!loaded.config) {
                for (const NotifyConfigIssue& issue : loaded.issues)
                    print(io.err, CommandLine::tr("%1: %2\n").arg(file, issue.text()));
                *exitCode = 3;
                return std::nullopt;
            }
            config = *loaded.config;
        }
        const QString severity = args.value("min-severity");
        if (severity == QLatin1String("critical") || severity == QLatin1String("warning"))
            config.policy.minSeverity = *severityFromId(severity);
        else if (!severity.isEmpty()) {
            *exitCode = usageError(io, CommandLine::tr("--min-severity takes warning or critical."));
            return std::nullopt;
        }
        if (args.isSet("group-critical"))
            config.policy.criticalAtOnce = false;
        for (const auto& [name, target] : {std::pair {"clear-hold", &config.policy.clearHoldSeconds},
                 std::pair {"repeat", &config.policy.repeatSeconds},
                 std::pair {"group-wait", &config.policy.groupWaitSeconds}}) {
            if (!args.isSet(name))
                continue;
            bool ok = false;
            *target = args.value(name).toInt(&ok);
            if (!ok || *target < 0) {
                *exitCode = usageError(
                    io, CommandLine::tr("--%1 takes a number of seconds.").arg(QLatin1String(name)));
                return std::nullopt;
            }
        }
        if (args.isSet("webhook") && args.isSet("webhook-secret")) {
            *exitCode = usageError(io, CommandLine::tr("--webhook and --webhook-secret exclude each other."));
            return std::nullopt;
        }
        if (args.isSet("webhook")) {
            const QUrl parsed(args.value("webhook"), QUrl::StrictMode);
            if (const QString problem = WebhookSender::urlProblem(parsed); !problem.isEmpty()) {
                *exitCode = usageError(io, CommandLine::tr("The webhook: %1.").arg(problem));
                return std::nullopt;
            }
            config.webhook = NotifyConfig::Webhook {args.value("webhook"), {}};
        } else if (args.isSet("webhook-secret")) {
            config.webhook = NotifyConfig::Webhook {{}, args.value("webhook-secret")};
        }
        if (args.isSet("desktop"))
            config.desktop = true;
        if (const QList<NotifyConfigIssue> issues = validate(config); !issues.isEmpty()) {
            for (const NotifyConfigIssue& issue : issues)
                print(io.err, CommandLine::tr("The notifications: %1\n").arg(issue.text()));
            *exitCode = 2;
            return std::nullopt;
        }
        return config;
    }

    int run(const Invocation& args, const Io& io) const override
    {
        int exitCode = 0;
        const std::optional<NotifyConfig> notify = config(args, io, &exitCode);
        if (!notify)
            return exitCode;
        const bool test = args.isSet("test");
        if (test && !notify->hasChannel())
            return usageError(io,
                CommandLine::tr(
                    "--test needs a channel: --notify-config, --webhook, --webhook-secret or --desktop."));
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

        Watcher watcher(secrets.get(), notify->policy);
        watcher.setHistory(!args.isSet("no-history"));
        NotifyDispatcher* dispatcher = watcher.dispatcher();
        bool setupFailed = false;
        {
            // The channels' secrets come from the keychain: wait for them before watching.
            QEventLoop loop;
            QList<ChannelProblem> problems;
            bool configured = false;
            dispatcher->configure(*notify, secrets.get(), [&](const QList<ChannelProblem>& p) {
                problems = p;
                configured = true;
                loop.quit();
            });
            if (!configured)
                loop.exec();
            bool fatal = false;
            for (const ChannelProblem& p : std::as_const(problems)) {
                const bool desktop = p.channel == QLatin1String("desktop");
                fatal = fatal || !desktop;
                if (!test)
                    print(io.err, CommandLine::tr("%1: %2\n").arg(p.channel, p.text));
                else if (!desktop) // the desktop's own test result says the same
                    print(io.out, CommandLine::tr("%1: NOT delivered: %2\n").arg(p.channel, p.text));
            }
            // A channel that cannot send is no watch at all: the service fails where the admin looks.
            if (fatal && !test)
                return 3;
            setupFailed = fatal;
        }
        if (test) {
            const int rc = runTest(*dispatcher, specs.first().name, io);
            return setupFailed ? 1 : rc;
        }

        QObject::connect(dispatcher, &NotifyDispatcher::delivered, &watcher,
            [&io](const QString& channel, const QString& detail) {
                print(io.err, CommandLine::tr("%1: delivered: %2\n").arg(channel, detail));
            });
        QObject::connect(dispatcher, &NotifyDispatcher::failed, &watcher,
            [&io](const QString& channel, const QString& error) {
                print(io.err, CommandLine::tr("%1: NOT delivered: %2\n").arg(channel, error));
            });
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

        InterruptWatcher interrupt;
        QObject::connect(&interrupt, &InterruptWatcher::interrupted, &watcher, [&](int) {
            // The notifications already made still go out, for at most 10 s.
            QElapsedTimer waited;
            waited.start();
            auto* drain = new QTimer(&watcher);
            QObject::connect(drain, &QTimer::timeout, &watcher, [&, drain, waited] {
                if (dispatcher->pending() == 0 || waited.elapsed() > 10000) {
                    drain->stop();
                    QCoreApplication::exit(interrupt.exitCode());
                }
            });
            drain->start(100);
        });
        // Scheduled operations: each cluster's runner, fed its monitor's snapshots.
        QHash<QString, ClusterServices*> services;
        if (!args.isSet("no-schedule")) {
            QObject::connect(&watcher, &Watcher::monitorReady, &watcher,
                [&](const QString& cluster, ClusterMonitor* monitor) {
                    ClusterServices* s = services.value(cluster);
                    if (!s)
                        return;
                    s->setMonitor(monitor); // the current primary, and a poll after each result
                    auto* runner = new ScheduleRunner(s, &watcher);
                    QObject::connect(monitor, &ClusterMonitor::snapshotReady, runner, &ScheduleRunner::feed);
                    QObject::connect(
                        runner, &ScheduleRunner::line, runner, [&io, cluster](const QString& text) {
                            print(io.out,
                                CommandLine::tr("%1 %2 scheduled %3\n")
                                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), cluster,
                                        text));
                        });
                });
        }
        for (const ClusterSpec& spec : std::as_const(specs)) {
            watcher.addCluster(
                spec,
                [&, name = spec.name, nodes = spec.nodes.size()](const QString& error) {
                    if (!error.isEmpty()) {
                        print(io.err, CommandLine::tr("%1: cannot watch: %2\n").arg(name, error));
                        exitCode = 3;
                        QCoreApplication::exit(3);
                        return;
                    }
                    print(
                        io.err, CommandLine::tr("watching %1 (%n node(s))\n", nullptr, int(nodes)).arg(name));
                },
                [&args, &services](ClusterServices& s) {
                    configureServices(s, args, /*takesStateDir=*/false);
                    services.insert(s.spec().name, &s);
                });
        }
        const int rc = QCoreApplication::exec();
        interrupt.collectPending();
        return exitCode ? exitCode : (interrupt.received() ? interrupt.exitCode() : rc);
    }

    // One test notification to every channel, each result printed; 0 when all delivered.
    static int runTest(NotifyDispatcher& dispatcher, const QString& cluster, const Io& io)
    {
        if (dispatcher.channels().isEmpty())
            return 1; // each channel's problem is printed already
        QEventLoop loop;
        bool allDelivered = false;
        QObject::connect(&dispatcher, &NotifyDispatcher::testResult, &loop,
            [&io](const QString& channel, bool delivered, const QString& detail) {
                print(io.out,
                    delivered ? CommandLine::tr("%1: delivered: %2\n").arg(channel, detail)
                              : CommandLine::tr("%1: NOT delivered: %2\n").arg(channel, detail));
            });
        QObject::connect(&dispatcher, &NotifyDispatcher::testFinished, &loop, [&](bool ok) {
            allDelivered = ok;
            loop.quit();
        });
        dispatcher.sendTest(cluster);
        loop.exec();
        return allDelivered ? 0 : 1;
    }
};

} // namespace

std::unique_ptr<Command> makeWatchCommand()
{
    return std::make_unique<WatchCommand>();
}

} // namespace pgpilot::cli
