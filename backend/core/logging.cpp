// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

namespace pgpilot {

Q_LOGGING_CATEGORY(lcSpec, "pgpilot.spec", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "pgpilot.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSsh, "pgpilot.ssh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExec, "pgpilot.exec", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMonitor, "pgpilot.monitor", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOps, "pgpilot.ops", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "pgpilot.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pgpilot.ui", QtInfoMsg)

} // namespace pgpilot
