// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace pgpilot {

class WizardPage;
class WorksheetPage;

// The setup wizard: the worksheet, then (as they are built) connection and one page per phase.
// A side list shows every step of the journey; Next is enabled only while the current page is
// complete.
class SetupWizard : public QWidget
{
    Q_OBJECT
public:
    explicit SetupWizard(QWidget* parent = nullptr);

    WorksheetPage* worksheetPage() const { return m_worksheet; }
    void addPage(WizardPage* page);
    // Removes (and deletes) every page after the first count ones.
    void truncatePages(int count);
    int pageCount() const { return int(m_pages.size()); }
    WizardPage* page(int index) const { return m_pages.value(index); }
    int currentIndex() const;
    void goTo(int index);
    bool isBusy() const;
    // Shows "6  Backups" in the journey, before the dashboard, or takes it away: the worksheet has
    // a pgBackRest repository host (the runbook then has phase 6) or not. Follows the worksheet.
    void setBackupPhase(bool on);
    bool hasBackupPhase() const { return m_backupPhase; }

Q_SIGNALS:
    // Next was pressed on the last page that exists.
    void finishedAvailablePages();

private:
    void updateButtons();
    void markJourney(); // the current step in the journey list

    QListWidget* m_steps = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_heading = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    WorksheetPage* m_worksheet = nullptr;
    QList<WizardPage*> m_pages;
    bool m_backupPhase = false;
};

} // namespace pgpilot
