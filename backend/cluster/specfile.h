// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterspec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pgpilot {

inline constexpr int kClusterFileSchemaVersion = 1;

struct SpecLoadResult
{
    std::optional<ClusterSpec> spec;
    QString error; // what went wrong, for the admin; set when spec is empty
};

QJsonObject specToJson(const ClusterSpec& spec);
QByteArray specToBytes(const ClusterSpec& spec);
SpecLoadResult specFromBytes(const QByteArray& bytes);

// Loading never modifies the file, whatever is wrong with it.
SpecLoadResult loadSpecFile(const QString& path);
// Atomic: a failed save leaves the previous file as it was.
bool saveSpecFile(const ClusterSpec& spec, const QString& path, QString* error);

} // namespace pgpilot
