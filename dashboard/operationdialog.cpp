// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationdialog.h"

#include "ops/rolling.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pgpilot {

namespace {

QLabel* wrappedLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableWidget* checkTree(QWidget* parent, const char* objectName)
{
    auto* tree = new QTableWidget(parent);
    tree->setObjectName(QString::fromLatin1(objectName));
    tree->setTabKeyNavigation(false); // read-only: arrows move inside, Tab goes on
    tree->setColumnCount(4);
    tree->setHorizontalHeaderLabels({QCoreApplication::translate("pgpilot::OperationDialog", "Node"),
        QCoreApplication::translate("pgpilot::OperationDialog", "Check"),
        QCoreApplication::translate("pgpilot::OperationDialog", "Seen"),
        QCoreApplication::translate("pgpilot::OperationDialog", "What to do")});
    // long titles and messages wrap (rows grow), never "..."
    tree->setWordWrap(true);
    tree->setTextElideMode(Qt::ElideNone);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->verticalHeader()->hide();
    tree->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->horizontalHeader()->setStretchLastSection(true);
    tree->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    tree->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->setColumnWidth(1, 330);
    tree->setColumnWidth(2, 230);
    tree->setShowGrid(false);
    tree->setAlternatingRowColors(true);
    return tree;
}

QString seconds(qint64 ms)
{
    return QCoreApplication::translate("pgpilot::OperationDialog", "%1 s")
        .arg(double(ms) / 1000.0, 0, 'f', 1);
}

} // namespace

OperationDialog::OperationDialog(OperationRunner* runner, QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_pages(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_tick(new QTimer(this))
{
    runner->setParent(this);
    setObjectName(QStringLiteral("operationDialog"));
    const OperationPlan& plan = runner->plan();
    setWindowTitle(plan.title.isEmpty() ? tr("Operation") : plan.title);
    m_title->setObjectName(QStringLiteral("operationTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setText(windowTitle());
    m_title->setWordWrap(true);

    // Page 1: pre-checks
    auto* checksPage = new QWidget(m_pages);
    auto* checksLayout = new QVBoxLayout(checksPage);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    m_checkStatus = wrappedLabel(checksPage, "precheckStatus");
    m_checkBusy = new QProgressBar(checksPage);
    m_checkBusy->setObjectName(QStringLiteral("precheckBusy"));
    m_checkBusy->setRange(0, 0);
    m_checkBusy->setTextVisible(false);
    m_checks = checkTree(checksPage, "precheckList");
    m_checks->setAccessibleName(tr("Pre-checks"));
    checksLayout->addWidget(m_checkStatus);
    checksLayout->addWidget(m_checkBusy);
    checksLayout->addWidget(m_checks, 1);

    // Page 2: confirmation
    auto* confirmPage = new QWidget(m_pages);
    auto* confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    auto* passed = wrappedLabel(confirmPage, "precheckSummary");
    passed->setText(tr("\u2714 Every pre-check passed."));
    m_confirmation = wrappedLabel(confirmPage, "confirmation");
    m_confirmation->setTextFormat(Qt::PlainText);
    m_confirmation->setFrameShape(QFrame::StyledPanel);
    m_confirmation->setMargin(10);
    m_confirmation->setStyleSheet(
        QStringLiteral("QLabel#confirmation { background: #fff4d6; color: #3b2a00; }"));
    // An upgrade's versions: node, package, installed, new (from the pre-checks).
    m_versions = new QTableWidget(confirmPage);
    m_versions->setObjectName(QStringLiteral("upgradeVersions"));
    m_versions->setAccessibleName(tr("Versions before and after the upgrade"));
    m_versions->setColumnCount(4);
    m_versions->setHorizontalHeaderLabels({tr("Node"), tr("Package"), tr("Installed"), tr("New")});
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setTabKeyNavigation(false);
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->hide();
    confirmLayout->addWidget(passed);
    confirmLayout->addWidget(m_confirmation);
    confirmLayout->addWidget(m_versions, 1);
    confirmLayout->addStretch();

    // Page 3: running
    auto* runPage = new QWidget(m_pages);
    auto* runLayout = new QVBoxLayout(runPage);
    runLayout->setContentsMargins(0, 0, 0, 0);
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(runPage);
    m_progress->setObjectName(QStringLiteral("operationProgress"));
    m_progress->setFormat(tr("%v of %m node steps"));
    m_elapsed = new QLabel(runPage);
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_elapsed->setMinimumWidth(m_elapsed->fontMetrics().horizontalAdvance(tr("elapsed 000.0 s")) + 8);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_elapsed);
    m_currentStep = wrappedLabel(runPage, "currentStep");
    m_narration = new QPlainTextEdit(runPage);
    m_narration->setObjectName(QStringLiteral("narration"));
    m_narration->setReadOnly(true);
    m_narration->setAccessibleName(tr("What is happening"));
    m_narration->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_narration->setMaximumBlockCount(5000);
    runLayout->addLayout(progressRow);
    runLayout->addWidget(m_currentStep);
    runLayout->addWidget(m_narration, 1);

    // Page 4: result
    auto* resultPage = new QWidget(m_pages);
    auto* resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_verdict = wrappedLabel(resultPage, "verdict");
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.25);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_figures = wrappedLabel(resultPage, "figures");
    m_figures->setTextFormat(Qt::RichText);
    m_problem = wrappedLabel(resultPage, "problem");
    m_problem->setTextFormat(Qt::PlainText);
    m_verification = checkTree(resultPage, "verificationList");
    m_verification->setAccessibleName(tr("Verification"));
    m_reclone = new QPushButton(tr("Re-clone the node from the primary\u2026"), resultPage);
    m_reclone->setObjectName(QStringLiteral("recloneButton"));
    m_reclone->hide();
    resultLayout->addWidget(m_verdict);
    resultLayout->addWidget(m_figures);
    resultLayout->addWidget(m_problem);
    resultLayout->addWidget(m_verification, 1);
    resultLayout->addWidget(m_reclone, 0, Qt::AlignLeft);

    m_pages->addWidget(checksPage);
    m_pages->addWidget(confirmPage);
    m_pages->addWidget(runPage);
    m_pages->addWidget(resultPage);

    // Buttons: Show commands | Back | Next/Run | Cancel/Close
    m_commandsButton = new QPushButton(tr("Show co&mmands\u2026"), this);
    m_commandsButton->setObjectName(QStringLiteral("showCommandsButton"));
    m_backButton = new QPushButton(tr("&Back"), this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_nextButton = new QPushButton(tr("&Continue"), this);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_commandsButton);
    buttons->addStretch();
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    int total = 0;
    for (const Step& step : plan.phase.steps)
        total += int(step.work.size());
    m_stepsTotal = total;
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(0);

    connect(m_commandsButton, &QPushButton::clicked, this, &OperationDialog::showCommands);
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        if (page() == Page::Confirm)
            m_pages->setCurrentIndex(int(Page::Prechecks));
        updateButtons();
    });
    connect(m_nextButton, &QPushButton::clicked, this, [this] {
        switch (page()) {
        case Page::Prechecks:
            if (m_prechecksOk)
                goConfirm();
            else if (m_runner && m_runner->state() == OperationRunner::State::Refused) {
                m_checkStatus->setText(tr("Running the pre-checks again\u2026"));
                m_checkBusy->show();
                m_checks->setRowCount(0);
                // a runner runs its plan once; the pre-checks may be repeated
                m_runner->runPrechecks();
            }
            break;
        case Page::Confirm:
            startOperation();
            break;
        case Page::Running:
        case Page::Result:
            accept();
            break;
        }
        updateButtons();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &OperationDialog::reject);
    connect(m_reclone, &QPushButton::clicked, this, [this] {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Re-clone %1?").arg(m_result.request.node),
            tr("pg_rewind could not bring %1 back. A re-clone deletes its data directory and copies the "
               "whole database from the primary again; it takes as long as copying the database and "
               "loads the primary meanwhile. Anything written only on %1 (after it diverged) is lost.")
                .arg(m_result.request.node),
            QMessageBox::Cancel, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton* go
            = box->addButton(tr("Re-clone %1").arg(m_result.request.node), QMessageBox::DestructiveRole);
        go->setObjectName(QStringLiteral("confirmRecloneButton"));
        connect(box, &QMessageBox::buttonClicked, this, [this, go](QAbstractButton* b) {
            if (b == go)
                Q_EMIT recloneRequested(m_result.request.node);
        });
        box->open();
    });

    connect(runner, &OperationRunner::prechecksDone, this, &OperationDialog::showPrechecks);
    connect(runner, &OperationRunner::narration, this, &OperationDialog::addNarration);
    connect(runner, &OperationRunner::stepStarted, this,
        [this](const QString&, const QString& title, const QString& node) {
            m_currentStep->setText(node.isEmpty() ? title : tr("%1 \u2014 on %2").arg(title, node));
        });
    connect(runner, &OperationRunner::stepFinished, this,
        [this](const QString&, const QString& title, const QString& node, bool ok, const QString& error) {
            ++m_stepsDone;
            m_progress->setValue(qMin(m_stepsDone, m_progress->maximum()));
            if (!ok)
                addNarration(tr("\u2718 %1 failed on %2: %3").arg(title, node, error));
        });
    connect(runner, &OperationRunner::stateChanged, this, [this] { updateButtons(); });
    connect(runner, &OperationRunner::finished, this, &OperationDialog::showResult);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_elapsed->setText(tr("elapsed %1").arg(seconds(m_clock.elapsed())));
        updateButtons();
    });
    m_tick->setInterval(200);

    if (!plan.valid()) {
        m_checkStatus->setText(tr("\u2718 This operation cannot be planned: %1").arg(plan.error));
        m_checkBusy->hide();
    } else {
        m_checkStatus->setText(tr("Checking that %1 is safe\u2026").arg(plan.title));
    }
    resize(900, 600);
    updateButtons();
}

OperationDialog::Page OperationDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void OperationDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_runner && m_runner->plan().valid() && m_runner->state() == OperationRunner::State::Idle)
        QTimer::singleShot(0, m_runner, &OperationRunner::runPrechecks);
}

void OperationDialog::reject()
{
    if (m_started && !m_finished) {
        // Closing does not stop an operation past its point of no return.
        if (m_runner && m_runner->canCancel()) {
            m_cancelAsked = true;
            addNarration(tr("Cancelling\u2026"));
            m_runner->cancel();
        } else {
            addNarration(tr("This step cannot be interrupted safely; the dialog closes when it ends."));
        }
        updateButtons();
        return;
    }
    if (m_runner && !m_started && m_runner->state() == OperationRunner::State::Prechecking
        && m_runner->canCancel())
        m_runner->cancel();
    QDialog::reject();
}

void OperationDialog::fillChecks(QTableWidget* tree, const QList<OperationCheck>& checks)
{
    tree->clearContents();
    tree->setRowCount(int(checks.size()));
    for (int row = 0; row < checks.size(); ++row) {
        const OperationCheck& c = checks.at(row);
        const QString texts[] = {(c.ok ? QStringLiteral("\u2714 ") : QStringLiteral("\u2718 "))
                + (c.node.isEmpty() ? tr("all") : c.node),
            c.title, c.seen, c.hint};
        for (int col = 0; col < 4; ++col) {
            auto* item = new QTableWidgetItem(texts[col]);
            item->setToolTip(texts[col]);
            if (!c.ok)
                item->setForeground(QColor(0xa0, 0x10, 0x10));
            tree->setItem(row, col, item);
        }
        tree->item(row, 0)->setData(Qt::UserRole, c.id);
        tree->item(row, 0)->setData(
            Qt::AccessibleTextRole, (c.ok ? tr("passed: %1") : tr("failed: %1")).arg(c.title));
    }
    tree->resizeRowsToContents();
}

void OperationDialog::showPrechecks(const QList<OperationCheck>& checks, bool ok)
{
    m_checkBusy->hide();
    fillChecks(m_checks, checks);
    const QList<UpgradeRow> versions = upgradeRows(checks);
    m_versions->setVisible(!versions.isEmpty());
    m_versions->setRowCount(int(versions.size()));
    for (int i = 0; i < versions.size(); ++i) {
        const UpgradeRow& v = versions.at(i);
        const bool same = v.installed == v.candidate;
        const QString cells[] = {v.node, v.package, v.installed, same ? tr("(up to date)") : v.candidate};
        for (int col = 0; col < 4; ++col)
            m_versions->setItem(i, col, new QTableWidgetItem(cells[col]));
    }
    m_versions->resizeColumnsToContents();
    m_prechecksOk = ok;
    int failed = 0;
    for (const OperationCheck& c : checks)
        failed += c.ok ? 0 : 1;
    if (ok)
        m_checkStatus->setText(tr("\u2714 All %n pre-check(s) passed.", nullptr, int(checks.size())));
    else if (checks.isEmpty())
        m_checkStatus->setText(
            tr("\u2718 The pre-checks could not run: %1")
                .arg(m_runner && !m_runner->plan().valid() ? m_runner->plan().error
                                                           : tr("the connection is busy")));
    else
        m_checkStatus->setText(
            tr("\u2718 %n pre-check(s) failed: nothing was changed. Fix what the list says, "
               "then check again.",
                nullptr, failed));
    if (m_runner)
        m_confirmation->setText(m_runner->confirmation());
    updateButtons();
}

void OperationDialog::goConfirm()
{
    if (m_runner)
        m_confirmation->setText(m_runner->confirmation());
    m_pages->setCurrentIndex(int(Page::Confirm));
    updateButtons();
}

void OperationDialog::startOperation()
{
    if (!m_runner || m_started)
        return;
    m_started = true;
    m_pages->setCurrentIndex(int(Page::Running));
    m_clock.start();
    m_tick->start();
    m_runner->start();
    updateButtons();
}

void OperationDialog::addNarration(const QString& line)
{
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    const QString stamp = QStringLiteral("+%1 s ").arg(double(ms) / 1000.0, 6, 'f', 1);
    QScrollBar* bar = m_narration->verticalScrollBar();
    const bool atBottom = bar->value() == bar->maximum();
    m_narration->appendPlainText(stamp + line);
    if (atBottom)
        bar->setValue(bar->maximum());
}

void OperationDialog::showResult(const OperationResult& result)
{
    m_result = result;
    m_finished = true;
    m_tick->stop();
    if (m_clock.isValid())
        m_elapsed->setText(tr("elapsed %1").arg(seconds(m_clock.elapsed())));
    if (result.refused && !m_started) {
        // refused before anything ran: the pre-check page says why
        showPrechecks(result.prechecks, false);
        Q_EMIT operationFinished(result);
        return;
    }
    m_pages->setCurrentIndex(int(Page::Result));
    const QString title = m_runner ? m_runner->plan().title : QString();
    QString verdict;
    QString colour;
    if (result.ok) {
        verdict = tr("\u2714 %1: done and verified").arg(title);
        colour = QStringLiteral("#0b6b2e");
    } else if (result.cancelled) {
        verdict = tr("\u25cb %1: cancelled before anything changed").arg(title);
        colour = QStringLiteral("#5a5a5a");
    } else if (result.refused) {
        verdict = tr("\u2718 %1: refused by the pre-checks; nothing was changed").arg(title);
        colour = QStringLiteral("#a01010");
    } else {
        verdict = tr("\u2718 %1: failed").arg(title);
        colour = QStringLiteral("#a01010");
    }
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(QStringLiteral("QLabel#verdict { color: %1; }").arg(colour));

    QStringList rows;
    auto row = [&rows](const QString& label, const QString& value) {
        rows << QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td><b>%2</b></td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Time taken"), seconds(result.durationMs));
    if (result.writeOutageMs >= 0 && isRolling(result.request.kind) && result.totalOutageMs >= 0)
        row(tr("Write outage through the VIP"),
            tr("%1 in all, the longest %2 (%3 writes acknowledged, %4 failed)")
                .arg(seconds(result.totalOutageMs), seconds(result.writeOutageMs))
                .arg(result.writesOk)
                .arg(result.failedWrites));
    else if (result.writeOutageMs >= 0)
        row(tr("Write outage through the VIP"),
            tr("%1 (%2 writes acknowledged, %3 failed)")
                .arg(seconds(result.writeOutageMs))
                .arg(result.writesOk)
                .arg(result.failedWrites));
    else
        row(tr("Write outage through the VIP"), tr("not measured (no write probe or no write succeeded)"));
    if (!result.oldPrimary.isEmpty() || !result.newPrimary.isEmpty()) {
        if (result.request.kind == OperationKind::Switchover
            || (isRolling(result.request.kind) && !result.newPrimary.isEmpty()))
            row(tr("Primary"), tr("%1 \u2192 %2").arg(result.oldPrimary, result.newPrimary));
        else if (!result.oldPrimary.isEmpty())
            row(tr("Primary"), result.oldPrimary);
    }
    m_figures->setText(
        QStringLiteral("<table cellspacing='0' cellpadding='2'>%1</table>").arg(rows.join(QString())));

    QString problem;
    if (!result.ok && !result.error.isEmpty())
        problem = tr("What failed: %1").arg(result.error);
    if (!result.ok && !result.hint.isEmpty())
        problem
            += (problem.isEmpty() ? QString() : QStringLiteral("\n")) + tr("What to do: %1").arg(result.hint);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    fillChecks(m_verification, result.verification.isEmpty() ? result.prechecks : result.verification);
    m_reclone->setVisible(result.recloneSuggested);
    updateButtons();
    Q_EMIT operationFinished(result);
}

void OperationDialog::showCommands()
{
    if (!m_runner)
        return;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("commandsDialog"));
    dialog->setWindowTitle(tr("Commands of %1").arg(m_runner->plan().title));
    auto* text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("commandsText"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(m_runner->commandsText());
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Nothing is sent: this is what the operation would run, node by node. "
                                    "Passwords appear as placeholders."),
        dialog));
    layout->addWidget(text, 1);
    layout->addWidget(box);
    dialog->resize(900, 600);
    dialog->open();
}

void OperationDialog::updateButtons()
{
    const Page p = page();
    const bool prechecking = m_runner && m_runner->state() == OperationRunner::State::Prechecking;
    m_commandsButton->setVisible(p != Page::Result);
    m_backButton->setVisible(p == Page::Confirm);
    switch (p) {
    case Page::Prechecks:
        if (m_prechecksOk) {
            m_nextButton->setText(tr("&Continue"));
            m_nextButton->setEnabled(true);
        } else {
            m_nextButton->setText(tr("Check &again"));
            m_nextButton->setEnabled(!prechecking && m_runner && m_runner->plan().valid()
                && m_runner->state() == OperationRunner::State::Refused);
        }
        m_nextButton->setVisible(true);
        m_cancelButton->setText(tr("Close"));
        m_cancelButton->setEnabled(true);
        break;
    case Page::Confirm:
        m_nextButton->setText(actionVerb());
        m_nextButton->setEnabled(m_prechecksOk);
        m_nextButton->setVisible(true);
        m_cancelButton->setText(tr("Cancel"));
        m_cancelButton->setEnabled(true);
        break;
    case Page::Running: {
        m_nextButton->setVisible(false);
        const bool can = m_runner && m_runner->canCancel() && !m_cancelAsked;
        m_cancelButton->setText(can ? tr("Cancel") : tr("Running\u2026"));
        m_cancelButton->setEnabled(can);
        m_cancelButton->setToolTip(can ? tr("Stops before the next step; nothing is half done")
                                       : tr("Past the point of no return: the operation finishes first"));
        break;
    }
    case Page::Result:
        m_nextButton->setText(tr("Close"));
        m_nextButton->setVisible(true);
        m_nextButton->setEnabled(true);
        m_cancelButton->setVisible(false);
        break;
    }
}

} // namespace pgpilot
