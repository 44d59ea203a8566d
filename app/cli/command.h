// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace pgpilot {

// The translation context of every text of the command line ("pgpilot::CommandLine" in
// translations/*.ts): CommandLine::tr("...") in code, QT_TRANSLATE_NOOP("pgpilot::CommandLine", ...)
// in tables, translated with CommandLine::tr(text) where they are shown.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(pgpilot::CommandLine)
};

namespace cli {

// Where a command writes: its normal output and its messages (stdout and stderr in pgpilot).
struct Io
{
    std::FILE* out;
    std::FILE* err;
};

// The options of a command (or of the window) as the parser takes them and as the help shows them.
class OptionSet
{
public:
    enum class Show
    {
        Listed, // in the option table; the usage line says [options]
        InUsage, // also in the usage line, in brackets: [--yes]
        Required, // also in the usage line, without brackets: --node NAME
        Hidden // accepted (an older spelling, or a no-op here) but not shown
    };

    void add(const QCommandLineOption& option, Show show = Show::Listed);
    QList<QCommandLineOption> options() const;
    // The options' part of a usage line: "--node NAME [--yes] [options]".
    QString synopsis() const;
    // One line an option (more where its description wraps): names and value, then the description.
    QString table() const;

private:
    struct Entry
    {
        QCommandLineOption option;
        Show show;
    };
    QList<Entry> m_entries;
};

// A command's options once parsed, by long name ("json", "node", ...).
class Invocation
{
public:
    // clusterFileOption: the option that names the cluster file, for a command that writes it
    // (adopt --out); nullptr: the first positional argument.
    Invocation(
        const QCommandLineParser& parser, QStringList trailing, const char* clusterFileOption = nullptr);

    bool isSet(const char* name) const;
    QString value(const char* name) const;
    QStringList values(const char* name) const;
    // The positional cluster.json.
    QString clusterFile() const;
    // Every positional cluster file, for a command that takes several (watch a.json b.json ...).
    QStringList clusterFiles() const;
    // The positional arguments after cluster.json (those the command takes with takeArgument).
    QString argument(int index) const;
    // What followed "--" (exec's remote command); empty for the other commands.
    const QStringList& trailing() const { return m_trailing; }

private:
    const QCommandLineParser& m_parser;
    QStringList m_trailing;
    const char* m_clusterFileOption = nullptr;
};

// One headless command: its name, its one-line summary, its options and help, generated from the
// same definitions the parser uses, and what it does (run). Every command takes one cluster file
// (the first positional argument, or adopt's --out).
class Command
{
public:
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    QString name() const { return m_name; }
    QString summary() const; // one line of `pgpilot --help`
    QString usage() const; // "usage: pgpilot NAME cluster.json ..."
    QString help() const; // `pgpilot NAME --help`

    // Parses the arguments (pgpilot NAME ...) and runs the command: its exit status.
    int main(const QStringList& arguments, const Io& io) const;

protected:
    // summary, about (the help's paragraph) and exitStatus are QT_TRANSLATE_NOOP texts of the
    // "pgpilot::CommandLine" context.
    Command(QString name, const char* summary, const char* about, const char* exitStatus);

    void addOption(const QCommandLineOption& option, OptionSet::Show show = OptionSet::Show::Listed);
    void addOptions(const QList<QCommandLineOption>& options);
    // The command takes "-- words...", shown in the usage line as synopsis (QT_TRANSLATE_NOOP).
    void takeTrailingArguments(const char* synopsis) { m_trailingSynopsis = synopsis; }
    // The command takes one more positional argument after cluster.json, named in the usage line
    // (QT_TRANSLATE_NOOP, e.g. "FILE"); Invocation::argument(0) is the first.
    void takeArgument(const char* valueName) { m_arguments.append(valueName); }
    // The cluster file is the value of this option (added by the command, shown as required), not
    // a positional argument: for the command that writes a new one (adopt --out cluster.json).
    void takeClusterFileAsOption(const char* name) { m_clusterFileOption = name; }
    // The command takes one or more cluster files (Invocation::clusterFiles()).
    void takeClusterFiles() { m_manyClusterFiles = true; }

    virtual int run(const Invocation& args, const Io& io) const = 0;

    // Prints the problem (if any) and the usage line to stderr: exit status 2.
    int usageError(const Io& io, const QString& problem = {}) const;

private:
    QString m_name;
    const char* m_summary;
    const char* m_about;
    const char* m_exitStatus;
    const char* m_trailingSynopsis = nullptr;
    QList<const char*> m_arguments;
    const char* m_clusterFileOption = nullptr;
    bool m_manyClusterFiles = false;
    OptionSet m_options;
};

} // namespace cli
} // namespace pgpilot
