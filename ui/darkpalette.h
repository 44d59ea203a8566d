// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace pgpilot {

// Whether the background role of a palette is dark, so that text drawn on it needs the lighter
// shades of pgpilot's colours (errors, states, notices) to stay readable. The one place the
// wizard and the dashboard decide it.
bool isDarkPalette(const QPalette& palette, QPalette::ColorRole background = QPalette::Window);
// The same for the application's palette.
bool isDarkPalette(QPalette::ColorRole background = QPalette::Window);

} // namespace pgpilot
