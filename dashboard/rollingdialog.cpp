// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollingdialog.h"

#include "runbook/builder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pgpilot {

RollingDialog::RollingDialog(
    OperationKind kind, const QStringList& nodes, const QString& currentPrimary, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("rollingDialog"));
    const bool upgrade = kind == OperationKind::Upgrade;
    setWindowTitle(upgrade ? tr("Minor upgrade") : tr("Rolling restart"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(upgrade
            ? tr("Installs the new versions the nodes' package source offers, one node at a time: the "
                 "standbys "
                 "first, then a switchover, then the old primary. Writes pause once, for the switchover. The "
                 "next page shows every node's installed and new versions before anything changes.")
            : tr("Restarts PostgreSQL on every node, one node at a time: the standbys first, then a "
                 "switchover, "
                 "then repmgr restarts the old primary as a standby. Writes pause once, for the switchover. "
                 "Settings waiting for a restart take effect."),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);

    auto* form = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("rollingTarget"));
    m_target->addItem(tr("The first standby of the worksheet"), QString());
    for (const QString& n : nodes) {
        if (n != currentPrimary)
            m_target->addItem(n, n);
    }
    form->addRow(tr("Switch over to:"), m_target);
    m_switchBack
        = new QCheckBox(currentPrimary.isEmpty() ? tr("Switch back at the end")
                                                 : tr("Switch back to %1 at the end").arg(currentPrimary),
            this);
    m_switchBack->setObjectName(QStringLiteral("rollingSwitchBack"));
    m_switchBack->setToolTip(tr("A second switchover: writes pause a second time."));
    form->addRow(QString(), m_switchBack);
    layout->addLayout(form);

    if (upgrade) {
        auto* box = new QGroupBox(tr("Packages"), this);
        auto* boxLayout = new QVBoxLayout(box);
        for (const QString& name : upgradePackageNames()) {
            auto* check = new QCheckBox(name, box);
            check->setObjectName(QStringLiteral("package-") + name);
            check->setProperty("package", name);
            check->setChecked(name == QLatin1String("postgresql") || name == QLatin1String("repmgr"));
            connect(check, &QCheckBox::toggled, this, &RollingDialog::check);
            boxLayout->addWidget(check);
            m_packages << check;
        }
        layout->addWidget(box);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("rollingError"));
    m_error->setStyleSheet(QStringLiteral("color: #a01010;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* go = m_buttons->addButton(tr("Continue to the pre-checks"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("rollingContinue"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!canContinue())
            return;
        Q_EMIT requested(request());
        accept();
    });
    check();
}

OperationRequest RollingDialog::request() const
{
    OperationRequest r;
    r.kind = m_kind;
    r.node = m_target->currentData().toString();
    r.switchBack = m_switchBack->isChecked();
    for (const QCheckBox* c : m_packages) {
        if (c->isChecked())
            r.packages << c->property("package").toString();
    }
    return r;
}

bool RollingDialog::canContinue() const
{
    return m_kind != OperationKind::Upgrade || !request().packages.isEmpty();
}

void RollingDialog::check()
{
    const bool ok = canContinue();
    m_error->setText(ok ? QString() : tr("Tick at least one package."));
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(ok);
    }
}

} // namespace pgpilot
