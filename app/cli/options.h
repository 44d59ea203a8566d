// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>

namespace pgpilot::cli {

// An option without a value, and one with (descriptions and value names ("NAME", "FILE") are
// QT_TRANSLATE_NOOP texts of "pgpilot::CommandLine", translated here).
QCommandLineOption flagOption(const char* name, const char* description);
QCommandLineOption valueOption(const char* name, const char* valueName, const char* description);
// The option with another description: for a command that means something narrower by it.
QCommandLineOption described(QCommandLineOption option, const char* description);

// The options more than one command takes, each defined here once.
QCommandLineOption helpOption();
QCommandLineOption jsonOption();
QCommandLineOption yesOption();
QCommandLineOption nodeOption();
QCommandLineOption acceptHostKeyOption();
QCommandLineOption secretsFileOption();
// The options of every command that runs phases or operations on the nodes (apply, check and
// the operations), read by configureServices(): --verbose, --accept-host-key, --secrets-file,
// --state-dir.
QList<QCommandLineOption> sessionOptions();

} // namespace pgpilot::cli
