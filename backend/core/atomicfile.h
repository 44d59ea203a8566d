// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace pgpilot {

// Replaces path with data in one step (temporary file in the same directory, flushed to disk,
// renamed over the target). On failure the previous file is untouched and error says why.
// With permissions set, the temporary file has them before any byte is written (private files).
bool writeFileAtomically(
    const QString& path, const QByteArray& data, QString* error, QFileDevice::Permissions permissions = {});

} // namespace pgpilot
