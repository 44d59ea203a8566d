// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exec/executor.h"
#include "monitor/snapshot.h"
#include "runbook/runbook.h"
#include "wizardpage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace pgpilot {

class CheckpointModel;
class PreviewDialog;
class PhaseStepModel;
class ProgressStore;

// One phase of the runbook: its steps with a state per node, a live log per node, elapsed times,
// a progress bar, and at the end the checkpoint as a pass/fail table. Complete only when the
// checkpoint passed. On failure: the reason, what to do, Retry step, Retry phase, Show commands.
class PhasePage : public WizardPage
{
    Q_OBJECT
public:
    PhasePage(const Phase& phase, const QStringList& nodes, QWidget* parent = nullptr);

    // Not owned; the page listens while it is the running page.
    void attach(Executor* executor, ProgressStore* progress);

    QString title() const override;
    bool isComplete() const override { return m_checkpointPassed; }
    bool isRunning() const { return m_running; }
    bool isBusy() const override { return m_running; }
    int phaseNumber() const { return m_phase.number; }

    // For the wizard and tests.
    void run(); // asks first when the phase is destructive
    void runConfirmed();
    void retryPhase();
    void cancel();
    void runCheckpointOnly();
    QString logText(const QString& node) const;
    // Live narration for the destructive phase: who is primary, where the VIP is, where port
    // 5000 sends writes; a line is added whenever one of them changes.
    void showNarration(const ClusterSnapshot& snapshot);
    // The worksheet's write port, named in the narration (else it says "write port").
    void setWritePort(int port) { m_writePort = port; }
    // A phase that converges a cluster in service (an adopted one): Run first shows the preview,
    // and the phase runs only from its "Apply" button.
    void setConverging(bool converging);
    bool isConverging() const { return m_converging; }
    // The worksheet changed under the page (a converged adopted cluster): its refusal follows.
    void setRefusal(const QString& refusal) { m_phase.refusal = refusal; }
    // Opens the preview of this phase (read-only); with confirm, it can start the phase.
    PreviewDialog* openPreview(bool confirm);
    QString narrationText() const;

Q_SIGNALS:
    void runningChanged(bool running);
    // The phase's steps ran and its checkpoint passed (not a "Check again" alone).
    void phaseSucceeded(int number);

private:
    void onStepStarted(const QString& stepId, const QString& node);
    void onOutput(const QString& stepId, const QString& node, int stream, const QStringList& lines);
    void onNodeFinished(const QString& stepId, const QString& node, const NodeStepResult& result);
    void follow(Job* job);
    void onCheckpoint(const CheckpointResult& result);
    void setRunning(bool running);
    void showFailure(const PhaseResult& result);
    void showCommands();
    void tick();
    void markSavedProgress();

    Phase m_phase;
    QStringList m_nodes;
    QPointer<Executor> m_executor;
    QPointer<Job> m_job; // the run this page started, until it finishes
    ProgressStore* m_progress = nullptr;
    bool m_running = false;
    bool m_checkpointPassed = false;
    PhaseResult m_lastFailure;
    QElapsedTimer m_phaseClock;
    QHash<QString, QElapsedTimer> m_stepClocks;
    int m_unitsDone = 0;
    int m_unitsTotal = 0;

    QLabel* m_summary = nullptr;
    PhaseStepModel* m_stepModel = nullptr;
    QTreeView* m_steps = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_elapsed = nullptr;
    QTabWidget* m_logs = nullptr;
    QHash<QString, QPlainTextEdit*> m_logViews;
    QLineEdit* m_search = nullptr;
    QLabel* m_failure = nullptr;
    CheckpointModel* m_checkpointModel = nullptr;
    QTableView* m_checkpoint = nullptr;
    QLabel* m_checkpointVerdict = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_retryStep = nullptr;
    QPushButton* m_retryPhase = nullptr;
    QPushButton* m_showCommands = nullptr;
    QPushButton* m_checkAgain = nullptr;
    QPushButton* m_previewButton = nullptr;
    bool m_converging = false;
    bool m_stepsRan = false; // the running job runs the steps (then the checkpoint)
    QTimer* m_timer = nullptr;
    QLabel* m_narrationNow = nullptr;
    QPlainTextEdit* m_narration = nullptr;
    QString m_lastPrimary, m_lastVip, m_lastWrite;
    bool m_narrated = false;
    int m_writePort = 0;
};

} // namespace pgpilot
