// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace pgpilot {

// How a node's role is drawn everywhere: a colour, and a glyph and word so it reads for
// colour-blind eyes and on a monochrome wall screen too.
enum class DisplayRole
{
    Primary,
    Standby,
    Down,
    Fenced,
    Unknown
};

struct RoleStyle
{
    QColor background;
    QColor foreground;
    QString glyph;
    QString label;
};

RoleStyle roleStyle(DisplayRole role);

} // namespace pgpilot
