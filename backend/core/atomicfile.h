#pragma once

#include <QByteArray>
#include <QString>

namespace pgpilot {

// Replaces path with data in one step (temporary file in the same directory, flushed to disk,
// renamed over the target). On failure the previous file is untouched and error says why.
bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error);

} // namespace pgpilot
