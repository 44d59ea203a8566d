// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupwizard.h"

#include "worksheetpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pgpilot {

namespace {
constexpr int StepNameRole = Qt::UserRole + 1; // a journey step's name, without the marker
}

SetupWizard::SetupWizard(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("setupWizard"));
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("wizardSteps"));
    m_steps->setAccessibleName(tr("Setup steps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    // The whole journey, so the admin knows what comes after the worksheet.
    const QStringList journey {tr("Worksheet"), tr("Connect to nodes"), tr("0  Pre-flight checks"),
        tr("1  Base install"), tr("2  PostgreSQL configuration"), tr("3  repmgr cluster"),
        tr("4  HAProxy, health check, VIP"), tr("5  Failover validation"), tr("Dashboard")};
    // Each item keeps its step's name in a data role; the shown text adds the current-step marker.
    for (const QString& step : journey) {
        auto* item = new QListWidgetItem(step, m_steps);
        item->setData(StepNameRole, step);
    }
    m_steps->setFixedWidth(m_steps->sizeHintForColumn(0) + 40);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("wizardHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_stack = new QStackedWidget(this);
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);

    auto* right = new QVBoxLayout;
    right->addWidget(m_heading);
    right->addWidget(m_stack, 1);
    right->addLayout(buttons);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(right, 1);

    connect(m_back, &QPushButton::clicked, this, [this] { goTo(currentIndex() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (currentIndex() + 1 < m_pages.size())
            goTo(currentIndex() + 1);
        else
            Q_EMIT finishedAvailablePages();
    });

    m_worksheet = new WorksheetPage(this);
    connect(m_worksheet, &WorksheetPage::backupsChanged, this, &SetupWizard::setBackupPhase);
    addPage(m_worksheet);
    setBackupPhase(m_worksheet->spec().hasBackups());
}

void SetupWizard::setBackupPhase(bool on)
{
    if (on == m_backupPhase)
        return;
    m_backupPhase = on;
    const int dashboard = m_steps->count() - 1; // the last step
    if (on) {
        const QString step = tr("6  Backups");
        auto* item = new QListWidgetItem(step);
        item->setData(StepNameRole, step);
        m_steps->insertItem(dashboard, item);
    } else {
        delete m_steps->takeItem(dashboard - 1);
    }
    markJourney(); // the list keeps its width: "6  Backups" is shorter than phase 4's name
}

void SetupWizard::addPage(WizardPage* page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    connect(page, &WizardPage::completeChanged, this, &SetupWizard::updateButtons);
    if (m_pages.size() == 1)
        goTo(0);
    updateButtons();
}

void SetupWizard::truncatePages(int count)
{
    while (m_pages.size() > count) {
        WizardPage* page = m_pages.takeLast();
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    if (currentIndex() >= count)
        goTo(count - 1);
    updateButtons();
}

bool SetupWizard::isBusy() const
{
    const int index = currentIndex();
    return index >= 0 && index < m_pages.size() && m_pages.at(index)->isBusy();
}

int SetupWizard::currentIndex() const
{
    return m_stack->currentIndex();
}

void SetupWizard::goTo(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_stack->setCurrentIndex(index);
    m_heading->setText(m_pages.at(index)->title());
    markJourney();
    updateButtons();
    m_pages.at(index)->activated();
}

void SetupWizard::markJourney()
{
    const int index = currentIndex();
    if (index < 0)
        return;
    // Page i is entry i of the journey list: worksheet, connect, phases 0 to 5 (and 6), dashboard.
    const int journeyIndex = qMin(index, m_steps->count() - 1);
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem* item = m_steps->item(i);
        QFont f = item->font();
        f.setBold(i == journeyIndex);
        item->setFont(f);
        item->setForeground(
            i <= journeyIndex ? palette().color(QPalette::Text) : palette().color(QPalette::PlaceholderText));
        // A marker as well as the bold face, so the current step reads without relying on weight.
        const QString name = item->data(StepNameRole).toString();
        item->setText(i == journeyIndex ? QStringLiteral("\u25b6 ") + name : name);
    }
}

void SetupWizard::updateButtons()
{
    const int index = currentIndex();
    if (index < 0 || index >= m_pages.size())
        return;
    const bool busy = m_pages.at(index)->isBusy();
    m_back->setEnabled(index > 0 && !busy);
    const bool complete = m_pages.at(index)->isComplete();
    m_next->setEnabled(complete && !busy);
    m_next->setToolTip(busy ? tr("Wait for this phase to finish, or cancel it.")
            : complete      ? QString()
                            : tr("Fix the problems shown on this page to go on."));
}

} // namespace pgpilot
