// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QString>

namespace pgpilot {

// The name of an alarm kind as the notification settings list it ("WAL archiving failing").
QString alarmKindName(AlarmKind kind);

} // namespace pgpilot
