// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operationrunner.h"

#include <optional>

namespace pgpilot {

// Pause and unpause automatic failover (issue 20): the window, its checks and texts. The plan's
// pre-checks, steps and verification are the runbook's (runbook/oppause.cpp, buildPausePhases).

inline constexpr int kDefaultPauseMinutes = 60;
inline constexpr int kMaxPauseMinutes = 24 * 60;
inline constexpr int kMaxPauseReasonLength = 200;

// The window as an admin writes it: "30m", "45min", "2h", "1h30m" or a plain number of minutes,
// from 1 minute to 24 hours; empty text is the default (60 minutes). nullopt with *error set to
// what is wrong and how to write it.
std::optional<int> parsePauseWindow(const QString& text, QString* error);
// Why this reason cannot be recorded (empty: it can): one line of printable characters, at most
// kMaxPauseReasonLength of them.
QString pauseReasonError(const QString& reason);
// Who asks, as recorded with the pause: "user@host" of this process (the account it runs as and
// the workstation's host name, control characters dropped).
QString localRequester();

// buildOperation() for Pause and Unpause: the request checked (window, reason), requestedBy filled
// in when empty, the runbook's phases and the confirmation.
OperationPlan buildPausePlan(const ClusterSpec& spec, const OperationRequest& request);
QString pauseConfirmation(const ClusterSpec& spec, const OperationRequest& request);
// For OperationResult::summary(): "Pausing automatic failover for 1 h 00 min", "Resuming automatic
// failover".
QString pauseOperationName(const OperationRequest& request);
// A narration line for one output line of the pause or unpause steps on node (repmgr's NOTICE per
// node, pgpilot's own lines), or empty when the line says nothing to narrate.
QString pauseNarration(const QString& node, const QString& line);

} // namespace pgpilot
