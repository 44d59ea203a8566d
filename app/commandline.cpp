#include "commandline.h"

#include "spec/specfile.h"
#include "spec/specvalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pgpilot {

namespace {

const QStringList kCommands {QStringLiteral("validate")};

void print(std::FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
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

} // namespace

bool isHeadlessCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && kCommands.contains(arguments.at(1));
}

int runHeadless(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    if (arguments.at(1) == QLatin1String("validate"))
        return validateCommand(arguments, out, err);
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
        "      pgpilot validate cluster.json [--json]\n");
}

} // namespace pgpilot
