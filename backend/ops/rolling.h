// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operationrunner.h"

namespace pgpilot {

// Rolling restart and rolling minor upgrade (issue 20): the request's checks, the plan, the texts
// and the version table. The steps are the runbook's (runbook/oprolling.cpp, buildRollingPhases).

inline bool isRolling(OperationKind kind)
{
    return kind == OperationKind::RollingRestart || kind == OperationKind::Upgrade;
}

// "postgresql,repmgr" (commas or spaces) as upgradePackageNames() names them, without duplicates;
// empty with *error set for an unknown name or an empty list.
QStringList parseUpgradePackages(const QString& text, QString* error);

// buildOperation() for RollingRestart and Upgrade. currentPrimary: the primary the pre-checks
// found (empty: the worksheet's, for the preview); request.node: the standby to switch over to
// (empty: the first standby of the worksheet).
OperationPlan buildRollingPlan(
    const ClusterSpec& spec, const OperationRequest& request, const QString& currentPrimary);
QString rollingConfirmation(
    const ClusterSpec& spec, const OperationRequest& request, const QString& currentPrimary);
QString rollingOperationName(
    const OperationRequest& request); // "Rolling restart", "Rolling upgrade of haproxy"

// One row of the version table an upgrade shows before it starts.
struct UpgradeRow
{
    QString node;
    QString package; // the Debian package
    QString installed;
    QString candidate; // equal to installed: nothing newer

    bool operator==(const UpgradeRow&) const = default;
};
// The rows in the pre-checks' "packages" results.
QList<UpgradeRow> upgradeRows(const QList<OperationCheck>& prechecks);
// The table as text (node, package, installed, new), for the CLI and the dialog.
QString upgradeTableText(const QList<UpgradeRow>& rows);

// A narration line for the start of one of the steps (id without "p<n>."), or empty.
QString rollingStepNarration(const QString& rest, const QString& node, bool upgrade);

} // namespace pgpilot
