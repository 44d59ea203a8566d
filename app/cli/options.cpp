// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "command.h"

namespace pgpilot::cli {

QCommandLineOption flagOption(const char* name, const char* description)
{
    return QCommandLineOption(QString::fromLatin1(name), CommandLine::tr(description));
}

QCommandLineOption valueOption(const char* name, const char* valueName, const char* description)
{
    return QCommandLineOption(
        QString::fromLatin1(name), CommandLine::tr(description), CommandLine::tr(valueName));
}

QCommandLineOption described(QCommandLineOption option, const char* description)
{
    option.setDescription(CommandLine::tr(description));
    return option;
}

QCommandLineOption helpOption()
{
    return QCommandLineOption(
        {QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help."));
}

QCommandLineOption jsonOption()
{
    return flagOption("json", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "One JSON object per event."));
}

QCommandLineOption yesOption()
{
    return flagOption(
        "yes", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Confirm: without it only the pre-checks run."));
}

QCommandLineOption nodeOption()
{
    return valueOption("node", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "NAME"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "The node the operation is about."));
}

QCommandLineOption acceptHostKeyOption()
{
    return valueOption("accept-host-key", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "NAME=SHA256:..."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Trust this host key fingerprint for a node not yet in known_hosts (repeatable)."));
}

QCommandLineOption secretsFileOption()
{
    return valueOption("secrets-file", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "FILE"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Read passwords from this private key=value file instead of the keychain."));
}

QList<QCommandLineOption> sessionOptions()
{
    return {flagOption("verbose",
                QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Print every output line of every node.")),
        acceptHostKeyOption(), secretsFileOption(),
        valueOption("state-dir", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "DIR"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Keep progress and the audit log here instead of the user's data directory."))};
}

} // namespace pgpilot::cli
