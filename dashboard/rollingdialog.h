// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/operationrunner.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace pgpilot {

// Cluster → Rolling restart... / Minor upgrade...: asks the standby to switch over to (or the
// first standby), whether to switch back at the end, and for an upgrade which packages. Continue
// emits requested; the operation's own dialog then runs the pre-checks (an upgrade's show the
// version table) and asks for the confirmation.
class RollingDialog : public QDialog
{
    Q_OBJECT
public:
    RollingDialog(OperationKind kind, const QStringList& nodes, const QString& currentPrimary,
        QWidget* parent = nullptr);

    OperationRequest request() const;
    bool canContinue() const;
    QComboBox* targetBox() const { return m_target; }
    QCheckBox* switchBackBox() const { return m_switchBack; }
    QList<QCheckBox*> packageBoxes() const { return m_packages; }

Q_SIGNALS:
    void requested(const pgpilot::OperationRequest& request);

private:
    void check();

    OperationKind m_kind;
    QComboBox* m_target;
    QCheckBox* m_switchBack;
    QList<QCheckBox*> m_packages;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace pgpilot
