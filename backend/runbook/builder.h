#pragma once

#include "runbook.h"
#include "spec/clusterspec.h"

#include <QMap>
#include <QStringList>

namespace pgpilot {

// Builds phases 0 (pre-flight) to 5 (failover validation) for a validated worksheet. Pure: no I/O
// beyond the embedded templates. Secrets appear only as {{secret:<key>}} placeholders in file
// contents and stdin (see requiredSecrets()).
Runbook buildRunbook(const ClusterSpec& spec);

// Operations are phases too, numbered after the runbook's so progress and audit keep them apart.
inline constexpr int kSwitchoverPhase = 8; // its step ids start with "p8."
// A planned switchover that makes target the primary (empty phase when target is not a node).
Phase buildSwitchover(const ClusterSpec& spec, const QString& target);

// Every keychain key the runbook's placeholders name, sorted, without duplicates.
QStringList requiredSecrets(const Runbook& runbook);

// A readable /bin/sh script per node (dry run / review): every step's probe and actions in order,
// files as quoted heredocs, secrets as placeholders, checkpoints as commented checks.
QMap<QString, QString> exportScripts(const Runbook& runbook);

} // namespace pgpilot
