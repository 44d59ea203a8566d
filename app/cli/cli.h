// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

// The command line: `pgpilot COMMAND cluster.json [options]` runs a headless command (app/cli/, one
// Command each); `pgpilot --help` lists them. Each command's options, usage line and help come
// from the one definition its parser uses (command.h).
namespace pgpilot::cli {

// Headless subcommands share the backend with the GUI and need no display.
bool isHeadlessCommand(const QStringList& arguments);
int runHeadless(const QStringList& arguments, std::FILE* out, std::FILE* err);

// `pgpilot --help`: the window's options, every command in one line, environment and files.
QString generalHelp();

// Explains how to run pgpilot without a display; empty when one is available.
QString missingDisplayAdvice();

} // namespace pgpilot::cli
