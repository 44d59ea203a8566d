// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolestyle.h"

#include <QCoreApplication>

namespace pgpilot {

RoleStyle roleStyle(DisplayRole role)
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("pgpilot::RoleStyle", text);
    };
    // Blue/orange/grey rather than green/red: distinguishable with the common colour deficiencies.
    switch (role) {
    case DisplayRole::Primary:
        return {QColor(0x0b, 0x4f, 0x9c), QColor(Qt::white), QStringLiteral("\u2605"), tr("primary")};
    case DisplayRole::Standby:
        return {QColor(0x5b, 0x9b, 0xd5), QColor(0x0a, 0x1f, 0x33), QStringLiteral("\u25cf"), tr("standby")};
    case DisplayRole::Down:
        return {QColor(0xd9, 0x5f, 0x02), QColor(Qt::black), QStringLiteral("\u2716"), tr("down")};
    case DisplayRole::Fenced:
        return {QColor(0x4d, 0x4d, 0x4d), QColor(Qt::white), QStringLiteral("\u26d4"), tr("fenced")};
    case DisplayRole::Unknown:
        break;
    }
    return {QColor(0xbd, 0xbd, 0xbd), QColor(Qt::black), QStringLiteral("?"), tr("unknown")};
}

} // namespace pgpilot
