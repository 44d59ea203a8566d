// SPDX-License-Identifier: GPL-3.0-or-later
#include "darkpalette.h"

#include <QGuiApplication>

namespace pgpilot {

bool isDarkPalette(const QPalette& palette, QPalette::ColorRole background)
{
    return palette.color(background).lightness() < 128;
}

bool isDarkPalette(QPalette::ColorRole background)
{
    return isDarkPalette(QGuiApplication::palette(), background);
}

} // namespace pgpilot
