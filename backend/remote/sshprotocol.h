// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace pgpilot {

// What the wrapped command (wrapCommand) and the SSH worker reading its output agree on.
// The script prints the ready marker on stderr once it runs (past sudo): stdin is sent after it.
inline const QByteArray kReadyMarker("\x1epgpilot-ready\n");
// The prompt sudo -S is told to print, so the worker knows when to send the password.
inline const QByteArray kSudoPrompt("[pgpilot-sudo-prompt]");

} // namespace pgpilot
