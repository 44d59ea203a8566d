// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"

#include <QString>

namespace pgpilot {

// A notification in words, for the e-mail and the desktop (the webhook has the JSON).

// One line: "[pgpilot] CRITICAL main: No primary: nothing accepts writes (+2 more)", with
// RESOLVED or TEST for those states. Never holds a line break.
QString notificationSubject(const Notification& notification);
// The headline without the "[pgpilot] " tag (the desktop shows the application's name anyway).
QString notificationHeadline(const Notification& notification);
// Plain text: what happened, then every alert (firing ones first) with its meaning and action.
QString notificationBody(const Notification& notification);

} // namespace pgpilot
