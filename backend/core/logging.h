// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace pgpilot {

// One category per subsystem. Info and above are on by default; turn more on or off with
// QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="pgpilot.ssh.debug=true;pgpilot.monitor=false".
// (pgpilot.runbook is defined next to its only user, backend/runbook/templates.cpp.)
Q_DECLARE_LOGGING_CATEGORY(lcSpec) // pgpilot.spec: cluster files and validation
Q_DECLARE_LOGGING_CATEGORY(lcSecrets) // pgpilot.secrets: keychain and secrets file
Q_DECLARE_LOGGING_CATEGORY(lcSsh) // pgpilot.ssh: sessions, host keys, remote jobs
Q_DECLARE_LOGGING_CATEGORY(lcExec) // pgpilot.exec: phases, steps, progress, audit log
Q_DECLARE_LOGGING_CATEGORY(lcMonitor) // pgpilot.monitor: polling, snapshots, alarms
Q_DECLARE_LOGGING_CATEGORY(lcOps) // pgpilot.ops: switchover, rejoin, fence
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // pgpilot.settings: settings and data locations
Q_DECLARE_LOGGING_CATEGORY(lcUi) // pgpilot.ui: windows, dialogs, user actions

} // namespace pgpilot
