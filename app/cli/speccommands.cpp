// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot validate and export-script: they read the cluster file and contact nothing.
#include "cluster/specfile.h"
#include "cluster/specvalidator.h"
#include "command.h"
#include "commands.h"
#include "options.h"
#include "output.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace pgpilot::cli {

namespace {

class ValidateCommand : public Command
{
public:
    ValidateCommand()
        : Command(QStringLiteral("validate"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "check a cluster file and list every problem"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Checks a cluster file and lists every problem, each with its field."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 0 the worksheet is complete, 1 it has problems, 2 usage error,\n"
                "3 the file cannot be read."))
    {
        addOption(described(jsonOption(),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "Print the result as one JSON object: {\"ok\": ..., \"issues\": [...]}.")),
            OptionSet::Show::InUsage);
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        const QString file = args.clusterFile();
        const bool json = args.isSet("json");
        const SpecLoadResult loaded = loadSpecFile(file);
        if (!loaded.spec) {
            if (json)
                printJson(io.out, {{QStringLiteral("ok"), false}, {QStringLiteral("error"), loaded.error}});
            else
                print(io.err, loaded.error + QLatin1Char('\n'));
            return 3;
        }
        const ValidationIssues issues = validate(*loaded.spec);
        if (json) {
            QJsonArray list;
            for (const auto& issue : issues)
                list.append(QJsonObject {
                    {QStringLiteral("field"), issue.field}, {QStringLiteral("message"), issue.message}});
            printJson(io.out, {{QStringLiteral("ok"), issues.isEmpty()}, {QStringLiteral("issues"), list}});
        } else if (issues.isEmpty()) {
            print(io.out,
                CommandLine::tr("%1: the worksheet is complete (%2 nodes).\n")
                    .arg(file)
                    .arg(loaded.spec->nodes.size()));
        } else {
            for (const auto& issue : issues)
                print(io.out, QStringLiteral("%1: %2\n").arg(issue.field, issue.message));
            print(io.err, CommandLine::tr("%1: %n problem(s).\n", nullptr, int(issues.size())).arg(file));
        }
        return issues.isEmpty() ? 0 : 1;
    }
};

class ExportScriptCommand : public Command
{
public:
    ExportScriptCommand()
        : Command(QStringLiteral("export-script"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "write the runbook as one shell script per node"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Prints the whole runbook as one reviewable shell script per node (a dry run: nothing\n"
                "is contacted)."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 0 written, 1 a file could not be written, 2 usage error, 3 the cluster\n"
                "file has problems."))
    {
        addOption(
            valueOption("out", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "DIR"),
                QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                    "Write the scripts into this directory as CLUSTER-NODE.sh instead of printing them.")),
            OptionSet::Show::InUsage);
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        const auto spec = loadValidSpec(args.clusterFile(), io.err);
        if (!spec)
            return 3;
        const QMap<QString, QString> scripts = exportScripts(buildRunbook(*spec));
        if (!args.isSet("out")) {
            for (auto it = scripts.cbegin(); it != scripts.cend(); ++it)
                print(io.out, QStringLiteral("#### %1\n%2\n").arg(it.key(), it.value()));
            return 0;
        }
        const QDir dir(args.value("out"));
        QDir().mkpath(dir.path());
        for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
            QFile f(dir.filePath(QStringLiteral("%1-%2.sh").arg(spec->name, it.key())));
            if (!f.open(QIODevice::WriteOnly) || f.write(it.value().toUtf8()) < 0) {
                print(io.err, CommandLine::tr("Could not write %1: %2\n").arg(f.fileName(), f.errorString()));
                return 1;
            }
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            print(io.out, f.fileName() + QLatin1Char('\n'));
        }
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeValidateCommand()
{
    return std::make_unique<ValidateCommand>();
}

std::unique_ptr<Command> makeExportScriptCommand()
{
    return std::make_unique<ExportScriptCommand>();
}

} // namespace pgpilot::cli
