// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/pgparameters.h"
#include "testconfig.h"

#include <QFile>
#include <QtGlobal>

// pg_settings rows real PostgreSQL 15 and 17 servers reported (tests/data/pgsettings/NAME, see its
// README), as settingsQuerySql's answer is parsed.
inline QList<pgpilot::PgSetting> pgSettingsRows(const QString& name)
{
    QFile f(QStringLiteral(PGPILOT_TEST_DATA_DIR "/pgsettings/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QString error;
    const auto rows = pgpilot::parseSettingsRows(f.readAll(), &error);
    if (!rows)
        qFatal("%s", qPrintable(error));
    return *rows;
}
