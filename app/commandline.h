#pragma once

#include <QStringList>

#include <cstdio>

namespace pgpilot {

// Headless subcommands share the backend with the GUI and need no display.
bool isHeadlessCommand(const QStringList& arguments);
int runHeadless(const QStringList& arguments, std::FILE* out, std::FILE* err);

// Explains how to run pgpilot without a display; empty when one is available.
QString missingDisplayAdvice();

} // namespace pgpilot
