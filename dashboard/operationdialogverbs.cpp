// SPDX-License-Identifier: GPL-3.0-or-later
// The operation dialog's action button, one verb per kind of operation (kept apart from the
// dialog's pages: every new OperationKind adds one here).
#include "operationdialog.h"
#include "ops/operationrunner.h"

namespace pgpilot {

QString OperationDialog::actionVerb() const
{
    if (!m_runner)
        return tr("Run");
    switch (m_runner->plan().request.kind) {
    case OperationKind::Switchover:
        return tr("&Switch over now");
    case OperationKind::Rejoin:
        return tr("&Rejoin now");
    case OperationKind::Fence:
        return tr("&Fence now");
    case OperationKind::AddStandby:
        return tr("&Add the standby");
    case OperationKind::RemoveStandby:
        return tr("&Remove the standby");
    case OperationKind::RotateSecrets:
        return tr("&Rotate now");
    case OperationKind::RenewCerts:
        return tr("&Renew now");
    case OperationKind::Backup:
        return tr("&Back up now");
    case OperationKind::RestoreDrill:
        return tr("&Run the drill");
    case OperationKind::Restore:
        return tr("&Restore the cluster");
    case OperationKind::Pause:
        return tr("&Pause failover");
    case OperationKind::Unpause:
        return tr("&Resume failover");
    case OperationKind::RollingRestart:
        return tr("&Restart the cluster");
    case OperationKind::Upgrade:
        return tr("&Upgrade the cluster");
    case OperationKind::ApplySettings:
        return tr("&Apply the settings");
    }
    return tr("Run");
}

} // namespace pgpilot
