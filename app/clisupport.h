#pragma once

#include "cluster/clusterspec.h"

#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <optional>

namespace pgpilot {

class SecretStore;

// Shared by the headless commands.
void print(std::FILE* stream, const QString& text);
std::unique_ptr<SecretStore> makeSecretStore(const QString& secretsFile, QString* error);
// Loads and validates a cluster file; prints every problem to err and returns nothing if any.
std::optional<ClusterSpec> loadValidSpec(const QString& path, std::FILE* err);

// `pgpilot --help`: the window's options, every command in one line, environment and files.
// `pgpilot COMMAND --help` is answered by runHeadless() from the same table (commandline.cpp).
QString generalHelp();

int applyCommand(const QStringList& arguments, std::FILE* out, std::FILE* err); // apply and check
int statusCommand(const QStringList& arguments, std::FILE* out, std::FILE* err);
int exportScriptCommand(const QStringList& arguments, std::FILE* out, std::FILE* err);
// switchover, rejoin, unfence, fence, add-standby, remove-standby (backend/ops OperationRunner)
int operationCommand(const QStringList& arguments, std::FILE* out, std::FILE* err);

} // namespace pgpilot
