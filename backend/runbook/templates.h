// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace pgpilot {

// Config file templates embedded under :/templates (resources/templates/ in the source tree).
// A template names its values {{name}} (lower-case letters, digits, '_'); rendering replaces each
// in one pass, so a value is never scanned again. {{secret:...}} placeholders are left for the
// executor.
QString templateText(const QString& name); // empty when there is no such template
QString substituteTemplate(
    const QString& text, const QHash<QString, QString>& values, QStringList* missing = nullptr);
// Renders a template; a name without a value is a programming error: it is reported in missing
// (when given), logged, and replaced by nothing.
QString renderTemplate(
    const QString& name, const QHash<QString, QString>& values, QStringList* missing = nullptr);

} // namespace pgpilot
