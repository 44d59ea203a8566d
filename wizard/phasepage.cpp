// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasepage.h"

#include "checkpointmodel.h"
#include "darkpalette.h"
#include "exec/progressstore.h"
#include "phasestepmodel.h"
#include "previewdialog.h"
#include "remote/remotehost.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace pgpilot {

PhasePage::PhasePage(const Phase& phase, const QStringList& nodes, QWidget* parent)
    : WizardPage(parent)
    , m_phase(phase)
    , m_nodes(nodes)
{
    setObjectName(QStringLiteral("phasePage%1").arg(phase.number));
    m_summary = new QLabel(phase.summary, this);
    m_summary->setWordWrap(true);

    m_stepModel = new PhaseStepModel(phase, nodes, this);
    m_steps = new QTreeView(this);
    m_steps->setObjectName(QStringLiteral("phaseSteps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setModel(m_stepModel);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_stepModel->columnCount(); ++c)
        m_steps->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_unitsTotal = m_stepModel->workCount();

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("phaseProgress"));
    m_progressBar->setRange(0, qMax(1, m_unitsTotal));
    m_progressBar->setValue(0);
    m_progressBar->setVisible(!phase.steps.isEmpty()); // a checks-only phase has nothing to count
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("phaseElapsed"));

    m_logs = new QTabWidget(this);
    m_logs->setObjectName(QStringLiteral("phaseLogs"));
    m_logs->setAccessibleName(tr("Output per node"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const QString& n : nodes) {
        auto* view = new QPlainTextEdit(m_logs);
        view->setObjectName(QStringLiteral("log_%1").arg(n));
        view->setAccessibleName(tr("Output of %1").arg(n));
        view->setReadOnly(true);
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        // apt prints thousands of lines: keep the view bounded so appending stays cheap.
        view->setMaximumBlockCount(20000);
        m_logViews.insert(n, view);
        m_logs->addTab(view, n);
    }
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Find in this node's log (Enter for next)"));
    m_search->setAccessibleName(m_search->placeholderText());
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        auto* view = qobject_cast<QPlainTextEdit*>(m_logs->currentWidget());
        if (view && !view->find(m_search->text())) {
            view->moveCursor(QTextCursor::Start);
            view->find(m_search->text());
        }
    });

    m_failure = new QLabel(this);
    m_failure->setObjectName(QStringLiteral("phaseFailure"));
    m_failure->setWordWrap(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failure->setStyleSheet(
        QStringLiteral("background: #fde2e1; color: #7a0b0b; padding: 6px; border-radius: 4px;"));
    m_failure->hide();

    m_checkpointModel = new CheckpointModel(this);
    m_checkpoint = new QTableView(this);
    m_checkpoint->setObjectName(QStringLiteral("checkpointTable"));
    m_checkpoint->setTabKeyNavigation(false); // read-only: arrows move inside, Tab goes on
    m_checkpoint->setAccessibleName(tr("Checkpoint"));
    m_checkpoint->setModel(m_checkpointModel);
    m_checkpoint->horizontalHeader()->setStretchLastSection(true);
    m_checkpoint->verticalHeader()->hide();
    m_checkpoint->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checkpoint->setWordWrap(false);
    m_checkpointVerdict = new QLabel(tr("Checkpoint: not run yet."), this);
    m_checkpointVerdict->setObjectName(QStringLiteral("checkpointVerdict"));

    m_runButton = new QPushButton(
        phase.steps.isEmpty() ? tr("Run checks") : tr("Run phase %1").arg(phase.number), this);
    m_runButton->setObjectName(QStringLiteral("runPhase"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelPhase"));
    m_cancelButton->setEnabled(false);
    m_retryStep = new QPushButton(tr("Retry step"), this);
    m_retryStep->setObjectName(QStringLiteral("retryStep"));
    m_retryPhase = new QPushButton(tr("Retry phase"), this);
    m_retryPhase->setObjectName(QStringLiteral("retryPhase"));
    m_showCommands = new QPushButton(tr("Show commands"), this);
    m_showCommands->setObjectName(QStringLiteral("showCommands"));
    m_checkAgain = new QPushButton(tr("Check again"), this);
    m_checkAgain->setObjectName(QStringLiteral("checkAgain"));
    m_checkAgain->setToolTip(tr("Run only this phase's checkpoint, e.g. after repairing a node by hand."));
    m_checkAgain->setEnabled(!phase.checkpoint.isEmpty());
    m_previewButton = new QPushButton(tr("Preview changes..."), this);
    m_previewButton->setObjectName(QStringLiteral("previewPhase"));
    m_previewButton->setToolTip(
        tr("Show, per node and file, what this phase would change and which services it "
           "would restart, without changing anything."));
    // The phases that write files and restart services; pre-flight only reads, phase 5 is a test.
    m_previewButton->setVisible(phase.number >= 1 && phase.number <= 4 && !phase.steps.isEmpty());
    connect(m_previewButton, &QPushButton::clicked, this, [this] { openPreview(false); });
    for (QPushButton* b : {m_retryStep, m_retryPhase, m_showCommands})
        b->hide();
    connect(m_checkAgain, &QPushButton::clicked, this, &PhasePage::runCheckpointOnly);
    connect(m_runButton, &QPushButton::clicked, this, &PhasePage::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &PhasePage::cancel);
    // The failed step resumes: what finished is kept in the progress store.
    connect(m_retryStep, &QPushButton::clicked, this, &PhasePage::runConfirmed);
    connect(m_retryPhase, &QPushButton::clicked, this, &PhasePage::retryPhase);
    connect(m_showCommands, &QPushButton::clicked, this, &PhasePage::showCommands);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_retryStep);
    buttons->addWidget(m_retryPhase);
    buttons->addWidget(m_showCommands);
    buttons->addWidget(m_checkAgain);
    buttons->addStretch(1);
    buttons->addWidget(m_elapsed);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_steps);
    topLayout->addWidget(m_progressBar);
    auto* logBox = new QWidget(this);
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logs, 1);
    logLayout->addWidget(m_search);
    auto* checkBox = new QWidget(this);
    auto* checkLayout = new QVBoxLayout(checkBox);
    checkLayout->setContentsMargins(0, 0, 0, 0);
    checkLayout->addWidget(m_checkpointVerdict);
    checkLayout->addWidget(m_checkpoint, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(logBox);
    split->addWidget(checkBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    if (phase.destructive) {
        m_narrationNow = new QLabel(tr("Live view starts with the phase."), this);
        m_narrationNow->setObjectName(QStringLiteral("narrationNow"));
        QFont big = m_narrationNow->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setBold(true);
        m_narrationNow->setFont(big);
        m_narration = new QPlainTextEdit(this);
        m_narration->setObjectName(QStringLiteral("narration"));
        m_narration->setAccessibleName(tr("What is happening"));
        m_narration->setReadOnly(true);
        m_narration->setMaximumHeight(110);
        m_narration->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        layout->addWidget(m_narrationNow);
        layout->addWidget(m_narration);
    }
    layout->addLayout(buttons);
    layout->addWidget(m_failure);
    layout->addWidget(split, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &PhasePage::tick);
}

QString PhasePage::title() const
{
    return m_phase.number == 0 ? tr("Pre-flight checks")
                               : tr("Phase %1: %2").arg(m_phase.number).arg(m_phase.title);
}

void PhasePage::attach(Executor* executor, ProgressStore* progress)
{
    m_executor = executor;
    m_progress = progress;
    markSavedProgress();
}

void PhasePage::markSavedProgress()
{
    // A pgpilot that was closed mid-phase shows what was already done.
    if (!m_progress)
        return;
    for (const Step& step : m_phase.steps) {
        for (const NodeWork& w : step.work) {
            if (m_progress->isDone(step.id, w.node))
                m_stepModel->setState(step.id, w.node, PhaseStepModel::State::DoneEarlier);
        }
    }
}

QString PhasePage::logText(const QString& node) const
{
    const QPlainTextEdit* view = m_logViews.value(node);
    return view ? view->toPlainText() : QString();
}

void PhasePage::setRunning(bool running)
{
    m_running = running;
    m_runButton->setEnabled(!running);
    m_previewButton->setEnabled(!running);
    m_checkAgain->setEnabled(!running && !m_phase.checkpoint.isEmpty());
    m_cancelButton->setEnabled(running);
    if (running) {
        m_timer->start();
        for (QPushButton* b : {m_retryStep, m_retryPhase, m_showCommands})
            b->hide();
        m_failure->hide();
    } else {
        m_timer->stop();
        tick();
    }
    Q_EMIT runningChanged(running);
    Q_EMIT completeChanged(); // the wizard re-reads busy and complete
}

void PhasePage::setConverging(bool converging)
{
    m_converging = converging;
    if (m_phase.steps.isEmpty())
        return;
    m_runButton->setText(converging ? tr("Preview and apply phase %1...").arg(m_phase.number)
                                    : tr("Run phase %1").arg(m_phase.number));
}

PreviewDialog* PhasePage::openPreview(bool confirm)
{
    if (!m_executor || m_executor->isBusy())
        return nullptr;
    auto* dialog = new PreviewDialog(m_executor, m_phase, confirm, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (confirm)
        connect(dialog, &PreviewDialog::applyRequested, this, &PhasePage::runConfirmed);
    dialog->open();
    return dialog;
}

void PhasePage::run()
{
    // A cluster in service changes only after the admin saw what changes.
    if (m_converging && !m_phase.steps.isEmpty()) {
        openPreview(true);
        return;
    }
    if (!m_phase.destructive)
        return runConfirmed();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Phase %1 is destructive").arg(m_phase.number),
        m_phase.confirmation, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDestructive"));
    box->setInformativeText(tr("Go ahead?"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            runConfirmed();
    });
    box->open();
}

void PhasePage::runConfirmed()
{
    if (!m_executor || m_executor->isBusy())
        return;
    const bool wasComplete = m_checkpointPassed;
    m_checkpointPassed = false;
    if (wasComplete)
        Q_EMIT completeChanged();
    m_unitsDone = 0;
    m_progressBar->setValue(0);
    m_phaseClock.start();
    m_checkpointModel->clear();
    m_checkpointVerdict->setText(tr("Checkpoint: waiting for the steps."));
    setRunning(true);
    m_stepsRan = !m_phase.steps.isEmpty();
    follow(m_phase.steps.isEmpty() ? m_executor->runCheckpoint(m_phase)
                                   : m_executor->runPhase(m_phase, /*thenCheckpoint=*/true));
}

void PhasePage::follow(Job* job)
{
    // This page hears only the runs it started: never another page's phase.
    m_job = job;
    connect(job, &Job::stepStarted, this, &PhasePage::onStepStarted);
    connect(job, &Job::output, this, &PhasePage::onOutput);
    connect(job, &Job::stepNodeFinished, this, &PhasePage::onNodeFinished);
    connect(job, &Job::stepsFinished, this, [this](const PhaseResult& result) {
        if (result.ok)
            m_checkpointVerdict->setText(tr("Checkpoint: running..."));
    });
    connect(job, &Job::finished, this, [this, job] {
        if (job->hasCheckpoint())
            return onCheckpoint(job->checkpointResult());
        setRunning(false);
        PhaseResult failure = job->phaseResult();
        failure.phase = m_phase.number;
        showFailure(failure);
    });
}

void PhasePage::retryPhase()
{
    if (m_progress)
        m_progress->forget(QStringLiteral("p%1.").arg(m_phase.number));
    m_stepModel->resetToPending();
    runConfirmed();
}

void PhasePage::runCheckpointOnly()
{
    if (!m_executor || m_executor->isBusy())
        return;
    m_phaseClock.start();
    setRunning(true);
    m_stepsRan = false;
    follow(m_executor->runCheckpoint(m_phase));
}

void PhasePage::cancel()
{
    if (m_job)
        m_job->cancel();
}

void PhasePage::onStepStarted(const QString& stepId, const QString& node)
{
    m_stepClocks[stepId].start();
    m_stepModel->setState(stepId, node, PhaseStepModel::State::Running);
    const QModelIndex step = m_stepModel->stepIndex(stepId);
    if (step.isValid())
        m_steps->scrollTo(step);
    if (QPlainTextEdit* view = m_logViews.value(node))
        view->appendPlainText(QStringLiteral("### %1").arg(step.isValid() ? step.data().toString() : stepId));
}

void PhasePage::onOutput(const QString&, const QString& node, int stream, const QStringList& lines)
{
    QPlainTextEdit* view = m_logViews.value(node);
    if (!view)
        return;
    // One append per batch: the executor already groups lines (50 ms), so fast output stays cheap.
    const QString prefix = stream == RemoteHost::StdErr ? QStringLiteral("! ") : QString();
    QString text;
    for (const QString& line : lines)
        text += prefix + line + QLatin1Char('\n');
    text.chop(1);
    view->appendPlainText(text);
}

void PhasePage::onNodeFinished(const QString& stepId, const QString& node, const NodeStepResult& result)
{
    m_stepModel->setFinished(stepId, node, result);
    m_progressBar->setValue(++m_unitsDone);
    if (!result.error.isEmpty())
        if (QPlainTextEdit* view = m_logViews.value(node))
            view->appendPlainText(QStringLiteral("!!! %1").arg(result.error));
}

void PhasePage::showFailure(const PhaseResult& result)
{
    m_lastFailure = result;
    QString text
        = result.cancelled ? tr("<b>Cancelled.</b> ") : tr("<b>Phase %1 stopped.</b> ").arg(result.phase);
    text += result.error.toHtmlEscaped();
    if (!result.hint.isEmpty())
        text += tr("<br><b>What to do:</b> %1").arg(result.hint.toHtmlEscaped());
    m_failure->setText(text);
    m_failure->show();
    m_checkpointVerdict->setText(tr("Checkpoint: not run, the phase stopped before its end."));
    m_retryStep->setVisible(!result.failedStep.isEmpty());
    m_retryPhase->show();
    m_showCommands->setVisible(!result.failedStep.isEmpty());
    if (QPlainTextEdit* view = m_logViews.value(result.failedNode))
        m_logs->setCurrentWidget(view);
}

void PhasePage::onCheckpoint(const CheckpointResult& result)
{
    setRunning(false);
    m_checkpointModel->setResult(result);
    m_checkpoint->resizeColumnsToContents();
    m_checkpointPassed = result.passed;
    QString verdict = result.passed
        ? tr("<b style='color:#14501a'>\u2714 Checkpoint passed</b> \u2014 you can go on.")
        : tr("<b style='color:#a30b0b'>\u2716 Checkpoint failed</b> \u2014 fix what the table shows, "
             "then Retry phase.");
    if (isDarkPalette(QPalette::Base)) {
        // the translated text carries the light palette's colours; lighter ones read on a dark base
        verdict.replace(QLatin1String("#14501a"), QLatin1String("#8fe39a"))
            .replace(QLatin1String("#a30b0b"), QLatin1String("#ff9b9b"));
    }
    m_checkpointVerdict->setText(verdict);
    if (result.passed && m_progress)
        m_progress->forget(QStringLiteral("p%1.").arg(m_phase.number));
    if (!result.passed)
        m_retryPhase->show();
    Q_EMIT completeChanged();
    if (result.passed && m_stepsRan)
        Q_EMIT phaseSucceeded(m_phase.number);
}

void PhasePage::showCommands()
{
    const auto perNode = Executor::dryRun(m_phase);
    QStringList lines;
    bool inStep = false;
    for (const QString& line : perNode.value(m_lastFailure.failedNode)) {
        if (line.startsWith(QLatin1String("# ")) && !line.startsWith(QLatin1String("# already")))
            inStep = line.endsWith(QStringLiteral("[%1]").arg(m_lastFailure.failedStep));
        if (inStep)
            lines << line;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("commandsDialog"));
    dialog->setWindowTitle(
        tr("Commands of %1 on %2").arg(m_lastFailure.failedStep, m_lastFailure.failedNode));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* text = new QPlainTextEdit(lines.join(QLatin1Char('\n')), dialog);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(900, 500);
    dialog->open();
}

void PhasePage::showNarration(const ClusterSnapshot& snapshot)
{
    if (!m_narration)
        return;
    const QStringList primaries = snapshot.primaries();
    const QString primary = primaries.isEmpty() ? tr("none") : primaries.join(QStringLiteral(" + "));
    const QString vip = snapshot.vipHolder.isEmpty() ? tr("nobody") : snapshot.vipHolder;
    const QString write = snapshot.writeTarget.isEmpty() ? tr("nowhere") : snapshot.writeTarget;
    m_narrationNow->setText(tr("Primary: %1   \u00b7   VIP on: %2   \u00b7   port %3 \u2192 %4")
                                .arg(primary, vip)
                                .arg(m_writePort > 0 ? QString::number(m_writePort) : tr("write"))
                                .arg(write));
    const QString time = snapshot.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    auto note = [&](const QString& what, QString& last, const QString& now) {
        if (m_narrated && last != now)
            m_narration->appendPlainText(QStringLiteral("%1  %2: %3 \u2192 %4").arg(time, what, last, now));
        last = now;
    };
    if (!m_narrated)
        m_narration->appendPlainText(
            tr("%1  primary %2, VIP on %3, writes go to %4").arg(time, primary, vip, write));
    note(tr("primary"), m_lastPrimary, primary);
    note(tr("VIP"), m_lastVip, vip);
    note(tr("writes"), m_lastWrite, write);
    m_narrated = true;
}

QString PhasePage::narrationText() const
{
    return m_narration ? m_narrationNow->text() + QLatin1Char('\n') + m_narration->toPlainText() : QString();
}

void PhasePage::tick()
{
    if (m_phaseClock.isValid())
        m_elapsed->setText(tr("Elapsed %1 s").arg(m_phaseClock.elapsed() / 1000.0, 0, 'f', 1));
}

} // namespace pgpilot
