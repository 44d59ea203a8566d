// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace pgpilot {

// Installs Qt's own catalogue (qtbase_*: standard buttons and dialogs; from the system, else the
// copy embedded at :/i18n/qt) and pgpilot's (:/i18n/pgpilot_*.qm) for the locale's UI languages.
// Returns false when pgpilot has no catalogue for them (English, the source language, needs none).
// Tests pass the build directory that holds the .qm files as directory.
bool installTranslations(QCoreApplication* app, const QLocale& locale = QLocale(),
    const QString& directory = QStringLiteral(":/i18n"));

} // namespace pgpilot
