// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

namespace pgpilot {
struct ClusterSpec;
struct OperationRequest;
class SecretStore;
} // namespace pgpilot

namespace pgpilot::cli {

class Command;
class Invocation;
struct Io;

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
std::unique_ptr<Command> makeScheduleCommand(); // schedulecommand.cpp

// An operation's --at (schedulecommand.cpp): the request recorded in the cluster for a watcher to
// run when it is due (--remind, --yes, --json of args); the exit status.
int scheduleOperation(
    const ClusterSpec& spec, const OperationRequest& request, const Invocation& args, const Io& io);
std::unique_ptr<Command> makeSettingsCommand(); // settingscommand.cpp
// Runs an operation as its own command does with the options of args (--yes, --json, --verbose,
// --no-write-probe when the command has it, the session's): pgpilot settings --apply uses it for
// the rolling restart; the exit status (operationcommand.cpp).
int runOperationHeadless(const ClusterSpec& spec, SecretStore* secrets, const OperationRequest& request,
    const Invocation& args, const Io& io);

std::vector<std::unique_ptr<Command>> allCommands();

} // namespace pgpilot::cli
