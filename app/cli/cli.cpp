// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "command.h"
#include "commands.h"
#include "options.h"

namespace pgpilot::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(makeValidateCommand());
    list.push_back(makeExecCommand());
    list.push_back(makeApplyCommand());
    list.push_back(makeCheckCommand());
    list.push_back(makeStatusCommand());
    list.push_back(makeWatchCommand());
    list.push_back(makeHistoryCommand());
    list.push_back(makeAdoptCommand());
    list.push_back(makeAuditCommand());
    list.push_back(makeExportScriptCommand());
    list.push_back(makeExportSecretsCommand());
    list.push_back(makeImportSecretsCommand());
    list.push_back(makeImportCertsCommand());
    for (auto& operation : makeOperationCommands())
        list.push_back(std::move(operation));
    list.push_back(makeScheduleCommand());
    list.push_back(makeSettingsCommand());
    return list;
}

namespace {

// The window's options (app/main.cpp reads them before any QCoreApplication exists).
OptionSet windowOptions()
{
    OptionSet options;
    options.add(helpOption());
    options.add(
        flagOption("version", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Print the version and exit.")));
    options.add(valueOption("lang", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "LANG"),
                    QT_TRANSLATE_NOOP(
                        "pgpilot::CommandLine", "Use this language (en, de, fr) instead of the system's.")),
        OptionSet::Show::InUsage);
    options.add(valueOption("screenshot", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "FILE"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Save a picture of the window to FILE, then quit.")));
    return options;
}

} // namespace

bool isHeadlessCommand(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    for (const auto& command : allCommands()) {
        if (command->name() == arguments.at(1))
            return true;
    }
    return false;
}

int runHeadless(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    for (const auto& command : allCommands()) {
        if (command->name() == arguments.at(1))
            return command->main(arguments, {out, err});
    }
    return 2;
}

QString generalHelp()
{
    const OptionSet window = windowOptions();
    // The second line lines up under the first's "pgpilot", whatever "usage: " is translated to.
    const QString usage = CommandLine::tr("usage: %1");
    const QString indent(usage.indexOf(QLatin1String("%1")), QLatin1Char(' '));
    QString commands;
    for (const auto& command : allCommands())
        commands += QStringLiteral("  %1%2\n").arg(command->name(), -16).arg(command->summary());
    return usage.arg(QStringLiteral("pgpilot %1 [cluster.json]").arg(window.synopsis())) + QLatin1Char('\n')
        + indent
        + CommandLine::tr("pgpilot COMMAND cluster.json [options]     (pgpilot COMMAND --help for more)")
        + QStringLiteral("\n\n")
        + CommandLine::tr(
            "Without a command pgpilot opens its window: the setup wizard on cluster.json (or on an\n"
            "empty worksheet), and the dashboard once the cluster is set up.")
        + QStringLiteral("\n\n") + CommandLine::tr("Options:") + QLatin1Char('\n') + window.table()
        + QLatin1Char('\n') + CommandLine::tr("Commands (they need no display):") + QLatin1Char('\n')
        + commands
        + CommandLine::tr(
            "\n"
            "Environment:\n"
            "  QT_LOGGING_RULES                turn logging on or off by category, e.g.\n"
            "                                  \"pgpilot.ssh.debug=true;pgpilot.monitor=false\"\n"
            "                                  (pgpilot.spec, .secrets, .ssh, .exec, .runbook,\n"
            "                                  .monitor, .ops, .settings, .ui)\n"
            "  QT_QPA_PLATFORM=offscreen       run the window without a display\n"
            "  LANGUAGE, LANG                  the language, when --lang is not given\n"
            "\n"
            "Settings: ~/.config/io.github.pgpilot/pgpilot.conf. Audit log, known_hosts and progress:\n"
            "~/.local/share/io.github.pgpilot/pgpilot/. Passwords: the system keychain.\n"
            "The user guide: /usr/share/doc/pgpilot/user-guide.md\n");
}

QString missingDisplayAdvice()
{
    if (qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return {};
    return CommandLine::tr("pgpilot: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                           "  To see the window on this machine, start it in a virtual display:\n"
                           "      xvfb-run -a pgpilot [cluster.json]\n"
                           "  To run it with no window at all (for scripts and screenshots):\n"
                           "      QT_QPA_PLATFORM=offscreen pgpilot [cluster.json]\n"
                           "  Headless commands that need no display:\n"
                           "      pgpilot validate cluster.json [--json]\n"
                           "      pgpilot exec cluster.json [--node NAME] -- command\n");
}

} // namespace pgpilot::cli
