// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

namespace pgpilot::cli {

class Command;

// Every headless command, in the order `pgpilot --help` lists them; each defined in its own file.
std::unique_ptr<Command> makeValidateCommand(); // speccommands.cpp
std::unique_ptr<Command> makeAdoptCommand(); // adoptcommand.cpp
std::unique_ptr<Command> makeAuditCommand(); // adoptcommand.cpp
std::unique_ptr<Command> makeExportScriptCommand(); // speccommands.cpp
std::unique_ptr<Command> makeExportSecretsCommand(); // secretscommands.cpp
std::unique_ptr<Command> makeImportSecretsCommand(); // secretscommands.cpp
std::unique_ptr<Command> makeImportCertsCommand(); // certscommand.cpp
std::unique_ptr<Command> makeExecCommand(); // execcommand.cpp
std::unique_ptr<Command> makeApplyCommand(); // applycommand.cpp
std::unique_ptr<Command> makeCheckCommand(); // applycommand.cpp
std::unique_ptr<Command> makeStatusCommand(); // statuscommand.cpp
std::unique_ptr<Command> makeWatchCommand(); // watchcommand.cpp
std::unique_ptr<Command> makeHistoryCommand(); // historycommand.cpp
std::vector<std::unique_ptr<Command>> makeOperationCommands(); // operationcommand.cpp

std::vector<std::unique_ptr<Command>> allCommands();

} // namespace pgpilot::cli
