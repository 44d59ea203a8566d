// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgpilot {

// Keeps the most recent log lines (every category that is enabled) in memory for a bug report,
// and passes every message on to the previous handler (stderr, journald).
namespace logrecorder {
void install(int capacity = 500);
QStringList recentLines(int max = 200);
} // namespace logrecorder

struct DiagnosticsInput
{
    QString appVersion;
    QString guiPlatform; // QGuiApplication::platformName(); empty for the command line
    QString clusterFile; // the open cluster file, if any
    std::optional<ClusterSpec> spec;
    int logLines = 200;
};

// Plain text for a bug report: version, Qt and OS, locale, data locations, logging rules, the
// cluster spec with every password or secret reference replaced, and the recent log lines.
QString diagnosticsReport(const DiagnosticsInput& input);

// Replaces the values of keys that hold or name secrets (password, secret, passphrase, token).
QJsonObject redactSecrets(const QJsonObject& object);

} // namespace pgpilot
