// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/operationrunner.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTableWidget;

namespace pgpilot {

// One operation (switchover, rejoin, fence, add or remove a standby) from the DBA's side: the
// pre-checks as a list, a confirmation naming what will happen, live narration with progress and
// elapsed time, and the verified result with the measured write outage. The runner does the work;
// the dialog only shows it and asks. It never blocks in a nested event loop.
class OperationDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page
    {
        Prechecks,
        Confirm,
        Running,
        Result
    };

    // runner: taken over (parented to the dialog); its pre-checks start when the dialog is shown.
    explicit OperationDialog(OperationRunner* runner, QWidget* parent = nullptr);

    OperationRunner* runner() const { return m_runner; }
    Page page() const;
    // The result once finished (ok/refused/cancelled/failed), else a default one.
    const OperationResult& result() const { return m_result; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void operationFinished(const pgpilot::OperationResult& result);
    // Rejoin only: pg_rewind could not bring the node back and the DBA accepted a re-clone.
    void recloneRequested(const QString& node);

protected:
    void showEvent(QShowEvent* event) override;
    void reject() override;

private:
    void showPrechecks(const QList<OperationCheck>& checks, bool ok);
    void goConfirm();
    void startOperation();
    void addNarration(const QString& line);
    void showResult(const OperationResult& result);
    void showCommands();
    void updateButtons();
    void fillChecks(QTableWidget* tree, const QList<OperationCheck>& checks);
    QString actionVerb() const;

    QPointer<OperationRunner> m_runner;
    QStackedWidget* m_pages;
    QLabel* m_title;
    // pre-checks
    QLabel* m_checkStatus;
    QProgressBar* m_checkBusy;
    QTableWidget* m_checks;
    // confirmation
    QLabel* m_confirmation;
    QTableWidget* m_versions;
    // running
    QPlainTextEdit* m_narration;
    QProgressBar* m_progress;
    QLabel* m_elapsed;
    QLabel* m_currentStep;
    // result
    QLabel* m_verdict;
    QLabel* m_figures;
    QLabel* m_problem;
    QTableWidget* m_verification;
    QPushButton* m_reclone;
    // buttons
    QPushButton* m_commandsButton;
    QPushButton* m_backButton;
    QPushButton* m_nextButton;
    QPushButton* m_cancelButton;
    QTimer* m_tick;
    QElapsedTimer m_clock;
    int m_stepsTotal = 0;
    int m_stepsDone = 0;
    bool m_prechecksOk = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelAsked = false;
    OperationResult m_result;
};

} // namespace pgpilot
