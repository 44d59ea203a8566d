// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

namespace pgpilot {

class SecretStore;

namespace cli {

struct Io;

void print(std::FILE* stream, const QString& text);
// One compact JSON object on a line of its own.
void printJson(std::FILE* stream, const QJsonObject& object);
// Lines a node printed, as exec and --verbose show them: "INDENTnode | line" for its stdout on
// out, "INDENTnode ! line" for its stderr on err. stream is a RemoteHost::Stream.
void printNodeLines(
    const Io& io, const QString& indent, const QString& node, int stream, const QStringList& lines);
// --verbose: a slot for any output(step, node, stream, lines) signal (the executor's, a run's, an
// operation's) that prints every line indented under the step lines.
std::function<void(const QString&, const QString&, int, const QStringList&)> verboseOutput(const Io& io);

// Loads and validates a cluster file; prints every problem to err (and, with adviseFix, that the
// worksheet needs fixing) and returns nothing if there is any.
std::optional<ClusterSpec> loadValidSpec(const QString& path, std::FILE* err, bool adviseFix = true);
// The keychain, or a private key=value file when --secrets-file gives one; nothing after printing
// why not to err.
std::unique_ptr<SecretStore> openSecretStore(const QString& secretsFile, std::FILE* err);
// --accept-host-key values (NAME=SHA256:...) as node name -> fingerprint.
QHash<QString, QString> acceptedKeys(const QStringList& values);

} // namespace cli
} // namespace pgpilot
