// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "options.h"
#include "output.h"

namespace pgpilot::cli {

namespace {

// The help's option table: names from column 2, descriptions from column 34, lines up to 96.
constexpr int kDescriptionColumn = 34;
constexpr int kLineWidth = 96;

QString dashed(const QString& name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// "--node NAME" (the long name only, as the usage line shows it).
QString usageForm(const QCommandLineOption& option)
{
    QString text = dashed(option.names().constLast());
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

// "-h, --help" or "--accept-host-key NAME=SHA256:..." (every name, as the table shows it).
QString tableForm(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names << dashed(name);
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

// The description's words in lines that fit beside the names, each continuation indented.
QString wrapped(const QString& text)
{
    const QString indent(kDescriptionColumn, QLatin1Char(' '));
    QString result;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && kDescriptionColumn + line.size() + 1 + word.size() > kLineWidth) {
            result += line + QLatin1Char('\n') + indent;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return result + line + QLatin1Char('\n');
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

} // namespace

void OptionSet::add(const QCommandLineOption& option, Show show)
{
    m_entries.append({option, show});
}

QList<QCommandLineOption> OptionSet::options() const
{
    QList<QCommandLineOption> list;
    for (const Entry& e : m_entries)
        list << e.option;
    return list;
}

QString OptionSet::synopsis() const
{
    QStringList words;
    bool more = false;
    for (const Entry& e : m_entries) {
        if (e.show == Show::Required)
            words << usageForm(e.option);
        else if (e.show == Show::InUsage)
            words << QLatin1Char('[') + usageForm(e.option) + QLatin1Char(']');
        else if (e.show == Show::Listed)
            more = true;
    }
    if (more)
        words << CommandLine::tr("[options]");
    return words.join(QLatin1Char(' '));
}

QString OptionSet::table() const
{
    QString text;
    for (const Entry& e : m_entries) {
        if (e.show == Show::Hidden)
            continue;
        const QString names = QStringLiteral("  ") + tableForm(e.option);
        text += names.size() + 2 <= kDescriptionColumn
            ? names.leftJustified(kDescriptionColumn)
            : names + QLatin1Char('\n') + QString(kDescriptionColumn, QLatin1Char(' '));
        text += wrapped(e.option.description());
    }
    return text;
}

Invocation::Invocation(const QCommandLineParser& parser, QStringList trailing, const char* clusterFileOption)
    : m_parser(parser)
    , m_trailing(std::move(trailing))
    , m_clusterFileOption(clusterFileOption)
{ }

bool Invocation::isSet(const char* name) const
{
    return m_parser.isSet(QString::fromLatin1(name));
}

QString Invocation::value(const char* name) const
{
    return m_parser.value(QString::fromLatin1(name));
}

QStringList Invocation::values(const char* name) const
{
    return m_parser.values(QString::fromLatin1(name));
}

QString Invocation::clusterFile() const
{
    if (m_clusterFileOption)
        return value(m_clusterFileOption);
    return m_parser.positionalArguments().at(1);
}

QStringList Invocation::clusterFiles() const
{
    return m_parser.positionalArguments().mid(1);
}

QString Invocation::argument(int index) const
{
    return m_parser.positionalArguments().value((m_clusterFileOption ? 1 : 2) + index);
}

Command::Command(QString name, const char* summary, const char* about, const char* exitStatus)
    : m_name(std::move(name))
    , m_summary(summary)
    , m_about(about)
    , m_exitStatus(exitStatus)
{ }

QString Command::summary() const
{
    return CommandLine::tr(m_summary);
}

QString Command::usage() const
{
    QStringList words {QStringLiteral("pgpilot"), m_name};
    if (!m_clusterFileOption)
        words << (m_manyClusterFiles ? QStringLiteral("cluster.json...") : QStringLiteral("cluster.json"));
    for (const char* argument : m_arguments)
        words << CommandLine::tr(argument);
    if (const QString options = m_options.synopsis(); !options.isEmpty())
        words << options;
    if (m_trailingSynopsis)
        words << CommandLine::tr(m_trailingSynopsis);
    return CommandLine::tr("usage: %1").arg(words.join(QLatin1Char(' '))) + QLatin1Char('\n');
}

QString Command::help() const
{
    OptionSet shown = m_options;
    shown.add(helpOption());
    return usage() + QLatin1Char('\n') + CommandLine::tr(m_about) + QStringLiteral("\n\n")
        + CommandLine::tr("Options:") + QLatin1Char('\n') + shown.table() + QLatin1Char('\n')
        + CommandLine::tr(m_exitStatus) + QLatin1Char('\n');
}

void Command::addOption(const QCommandLineOption& option, OptionSet::Show show)
{
    m_options.add(option, show);
}

void Command::addOptions(const QList<QCommandLineOption>& options)
{
    for (const QCommandLineOption& option : options)
        m_options.add(option);
}

int Command::usageError(const Io& io, const QString& problem) const
{
    print(io.err, (problem.isEmpty() ? QString() : problem + QLatin1Char('\n')) + usage());
    return 2;
}

int Command::main(const QStringList& arguments, const Io& io) const
{
    if (wantsHelp(arguments)) {
        print(io.out, help());
        return 0;
    }
    QStringList own = arguments;
    QStringList trailing;
    if (m_trailingSynopsis) {
        const qsizetype dashes = arguments.indexOf(QStringLiteral("--"));
        if (dashes < 0 || dashes + 1 >= arguments.size())
            return usageError(io);
        own = arguments.mid(0, dashes);
        trailing = arguments.mid(dashes + 1);
    }
    QCommandLineParser parser;
    parser.addOptions(m_options.options());
    parser.addOption(helpOption());
    if (!parser.parse(own))
        return usageError(io, parser.errorText());
    // The command's name, cluster.json and the arguments it takes.
    const qsizetype fixed = m_clusterFileOption ? 1 : 2;
    if (m_manyClusterFiles ? parser.positionalArguments().size() < fixed
                           : parser.positionalArguments().size() != fixed + m_arguments.size())
        return usageError(io);
    if (m_clusterFileOption && parser.value(QString::fromLatin1(m_clusterFileOption)).isEmpty())
        return usageError(
            io, CommandLine::tr("%1 needs --%2 FILE.").arg(m_name, QString::fromLatin1(m_clusterFileOption)));
    return run(Invocation(parser, trailing, m_clusterFileOption), io);
}

} // namespace pgpilot::cli
