// SPDX-License-Identifier: GPL-3.0-or-later
// The window's cluster side: the backend composition, the session, operations and the setup
// pages. The file, menu and close handling are in mainwindow.cpp.
#include "audit/auditlog.h"
#include "audit/diagnostics.h"
#include "auditlogdialog.h"
#include "cluster/specfile.h"
#include "clusterdashboard.h"
#include "connectpage.h"
#include "core/settings.h"
#include "exec/clustersession.h"
#include "exec/progressstore.h"
#include "mainwindow.h"
#include "monitor/clustermonitor.h"
#include "operationdialog.h"
#include "ops/operationrunner.h"
#include "pausedialog.h"
#include "phasepage.h"
#include "rollingdialog.h"
#include "runbook/builder.h"
#include "secrets/secretstore.h"
#include "services/clusterservices.h"
#include "settingsdialog.h"
#include "setupwizard.h"
#include "wallview.h"
#include "worksheetpage.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace pgpilot {

ClusterServices* MainWindow::services()
{
    if (!m_services)
        m_services = new ClusterServices(m_wizard->worksheetPage()->spec(), m_secrets, this);
    return m_services;
}

ClusterSession* MainWindow::session() const
{
    return m_services ? m_services->session() : nullptr;
}

void MainWindow::dropSession()
{
    stopWatching();
    if (m_monitor) {
        m_dashboard->setMonitor(nullptr);
        m_monitor->deleteLater();
        m_monitor = nullptr;
    }
    if (m_services) {
        m_services->reset();
        m_services->deleteLater();
        m_services = nullptr;
    }
}

void MainWindow::withOpenSession(std::function<void(ClusterSession*)> done)
{
    if (m_services && m_services->session())
        return done(m_services->session());
    if (m_services && m_services->sessionStarted()) {
        showError(
            tr("Still connecting"), tr("pgpilot is still connecting to the nodes; try again in a moment."));
        return done(nullptr);
    }
    const ClusterSpec spec = m_wizard->worksheetPage()->spec();
    statusBar()->showMessage(tr("Connecting to %n node(s)...", nullptr, int(spec.nodes.size())));
    storePendingSecretsThen([this, done] {
        ClusterServices* svc = services();
        svc->withSession([this, svc, done](ClusterSession* session, const QString& error) {
            if (svc != m_services)
                return done(nullptr); // replaced meanwhile
            if (!session) {
                showError(tr("Cannot connect to the cluster"), error);
                dropSession();
                return done(nullptr);
            }
            statusBar()->clearMessage();
            done(session);
        });
    });
}

void MainWindow::chooseNodeForOperation(OperationKind kind)
{
    const ClusterSpec spec = m_wizard->worksheetPage()->spec();
    QStringList nodes;
    for (const NodeSpec& n : spec.nodes)
        nodes << n.name;
    if (nodes.isEmpty()) {
        showError(tr("No nodes"), tr("The worksheet names no nodes yet."));
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("operationNodeChooser"));
    dialog->setWindowTitle(tr("Which node?"));
    dialog->setComboBoxItems(nodes);
    dialog->setComboBoxEditable(false);
    const bool lastRow = kind == OperationKind::AddStandby || kind == OperationKind::RemoveStandby;
    QString preset = m_dashboard->selectedNode();
    if (lastRow || preset.isEmpty())
        preset = nodes.last();
    dialog->setTextValue(preset);
    dialog->setLabelText(
        lastRow ? tr("Node (only the worksheet's last row can be added or removed):") : tr("Node:"));
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this, kind](const QString& node) { startOperation(kind, node); });
    dialog->open();
}

void MainWindow::startOperation(
    OperationKind kind, const QString& node, bool reclone, const QString& option, const QString& reason)
{
    OperationRequest request;
    request.kind = kind;
    request.node = node;
    request.reclone = reclone;
    request.option = option;
    request.reason = reason;
    startRequest(request);
}

void MainWindow::startRequest(const OperationRequest& request)
{
    if (m_operation) {
        m_operation->raise();
        m_operation->activateWindow();
        statusBar()->showMessage(
            tr("One operation at a time: %1 is open.").arg(m_operation->windowTitle()), 8000);
        return;
    }
    if (m_wizard->isBusy()) {
        showError(tr("The setup is running"),
            tr("A setup phase is running on this cluster; wait for it to end before %1.")
                .arg(toId(request.kind)));
        return;
    }
    if (!m_wizard->worksheetPage()->isComplete()) {
        showError(tr("Worksheet incomplete"),
            tr("Complete the worksheet first: operations run on the nodes it names."));
        return;
    }
    withOpenSession([this, request](ClusterSession* opened) {
        if (!opened || m_operation || !m_services)
            return;
        m_services->prepareOperation(
            request, this, [this](OperationRunner* runner, const QString& error, const QString& probeError) {
                if (!runner) {
                    showError(tr("Cannot connect to the cluster"), error);
                    return;
                }
                if (m_operation) {
                    runner->deleteLater();
                    return;
                }
                if (!probeError.isEmpty())
                    statusBar()->showMessage(tr("No write probe: %1").arg(probeError), 15000);
                auto* dialog = new OperationDialog(runner, this);
                runner->setParent(dialog);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                m_operation = dialog;
                connect(dialog, &QObject::destroyed, this, [this, dialog] {
                    if (m_operation == dialog)
                        m_operation = nullptr;
                });
                connect(
                    dialog, &OperationDialog::operationFinished, this, [this](const OperationResult& result) {
                        statusBar()->showMessage(result.summary(), 15000);
                        if (m_settingsDialog) // what the operation changed, read afresh
                            withOpenSession([dialog = m_settingsDialog](ClusterSession* session) {
                                if (dialog)
                                    dialog->inspect(session);
                            });
                        if (!m_services)
                            return;
                        if (const auto remaining = m_services->applyOperationResult(result)) {
                            // The node is gone from the cluster: its row leaves the worksheet too (unsaved).
                            m_wizard->worksheetPage()->setSpec(*remaining);
                            setWindowModified(true);
                            statusBar()->showMessage(tr("%1 was removed from the cluster and from the "
                                                        "worksheet; save the cluster file.")
                                                         .arg(result.request.node),
                                15000);
                        }
                    });
                connect(dialog, &OperationDialog::recloneRequested, this, [this](const QString& target) {
                    if (m_operation)
                        m_operation->close();
                    QTimer::singleShot(
                        0, this, [this, target] { startOperation(OperationKind::Rejoin, target, true); });
                });
                dialog->open();
                Q_EMIT operationDialogOpened(dialog);
            });
    });
}

void MainWindow::makeMonitor(std::function<void(ClusterMonitor*)> done)
{
    services()->makeMonitor({}, this, [this, done](ClusterMonitor* monitor, const QString& error) {
        if (!monitor)
            showError(tr("Cannot poll the cluster"), error);
        else if (!error.isEmpty()) // polling works, only the VIP holder stays unknown
            statusBar()->showMessage(error, 15000);
        done(monitor);
    });
}

void MainWindow::storePendingSecretsThen(std::function<void()> next)
{
    WorksheetPage* page = m_wizard->worksheetPage();
    const auto secrets = page->pendingSecrets();
    if (!m_secrets || secrets.isEmpty())
        return next();
    page->clearPendingSecrets();
    auto remaining = std::make_shared<int>(int(secrets.size()));
    for (const auto& [key, value] : secrets) {
        m_secrets->write(key, value, [this, remaining, next](const SecretStore::Result& result) {
            if (result.status != SecretStore::Status::Ok)
                showError(tr("Password not stored"), result.error);
            if (--*remaining == 0)
                next();
        });
    }
}

void MainWindow::startSetup()
{
    const ClusterSpec spec = m_wizard->worksheetPage()->spec();
    dropSession();
    m_wizard->truncatePages(1);
    statusBar()->showMessage(
        tr("Preparing the connections to %n node(s)...", nullptr, int(spec.nodes.size())));
    storePendingSecretsThen([this] {
        ClusterServices* svc = services();
        svc->withSession([this, svc](ClusterSession* session, const QString& error) {
            if (svc != m_services)
                return; // replaced meanwhile
            if (!session) {
                showError(tr("Cannot start the setup"), error);
                dropSession();
                return;
            }
            QStringList nodes;
            for (const NodeSpec& n : session->spec().nodes)
                nodes << n.name;
            m_wizard->setBackupPhase(session->spec().hasBackups()); // phase 6 in the journey
            m_wizard->addPage(new ConnectPage(session, m_wizard));
            for (const Phase& phase : session->runbook().phases) {
                auto* page = new PhasePage(phase, nodes, m_wizard);
                page->attach(session->executor(), session->progress());
                page->setWritePort(session->spec().ports.write);
                page->setConverging(
                    session->spec().adopted.adopted && phase.number >= 1 && phase.number <= 4);
                connect(page, &PhasePage::phaseSucceeded, this, &MainWindow::recordConverged);
                m_wizard->addPage(page);
                if (!phase.destructive)
                    continue;
                // Narrate the failover while it happens.
                connect(page, &PhasePage::runningChanged, this, [this, page](bool running) {
                    if (!running) {
                        if (m_narrator)
                            m_narrator->deleteLater();
                        m_narrator = nullptr;
                        return;
                    }
                    makeMonitor([this, page](ClusterMonitor* monitor) {
                        if (!monitor)
                            return;
                        m_narrator = monitor;
                        connect(monitor, &ClusterMonitor::snapshotReady, page, &PhasePage::showNarration);
                        monitor->start();
                    });
                });
            }
            statusBar()->showMessage(tr("Connecting to the nodes."), 5000);
            m_wizard->goTo(1);
            Q_EMIT setupReady();
        });
    });
}

// A phase converged on an adopted cluster: the worksheet records it (and is saved, when it has a
// file), later monitors read the cluster as pgpilot set it up, and the failover test's refusal
// follows the worksheet.
void MainWindow::recordConverged(int phase)
{
    const ClusterSpec spec = m_wizard->worksheetPage()->spec();
    if (!spec.adopted.adopted || phase < 1 || phase > 4)
        return;
    const ClusterSpec next = specAfterConverge(spec, phase);
    m_wizard->worksheetPage()->setSpec(next);
    if (m_services)
        m_services->setSpec(next);
    for (int i = 0; i < m_wizard->pageCount(); ++i) {
        auto* page = qobject_cast<PhasePage*>(m_wizard->page(i));
        if (page && page->phaseNumber() == 5)
            page->setRefusal(convergeRefusal(next, 5));
        if (page && !next.adopted.adopted)
            page->setConverging(false);
    }
    QString error;
    if (!m_file.isEmpty() && !saveSpecFile(next, m_file, &error)) {
        showError(tr("Cannot save cluster file"),
            tr("Phase %1 converged, but %2 could not be rewritten to say so: %3")
                .arg(phase)
                .arg(m_file, error));
        setWindowModified(true);
        return;
    }
    statusBar()->showMessage(next.adopted.adopted
            ? tr("Phase %1 converged; the worksheet records it.").arg(phase)
            : tr("Phase %1 converged: the cluster is set up as pgpilot builds it; the worksheet is an "
                 "ordinary one now.")
                  .arg(phase),
        15000);
    if (m_file.isEmpty())
        setWindowModified(true);
}

void MainWindow::startBackupOperation(OperationKind kind)
{
    if (kind == OperationKind::RestoreDrill)
        return startOperation(kind, {});
    bool ok = false;
    if (kind == OperationKind::Backup) {
        const QStringList types {QStringLiteral("full"), QStringLiteral("diff"), QStringLiteral("incr")};
        const QString type = QInputDialog::getItem(this, tr("Back up now"),
            tr("Type of backup (diff and incr need a full one before them; pgBackRest takes a full one when "
               "the "
               "repository has none):"),
            types, 0, false, &ok);
        if (ok)
            startOperation(kind, {}, false, type);
        return;
    }
    // The time to restore to: ISO 8601 with its zone, proposed five minutes ago in UTC.
    const QString proposed
        = QDateTime::currentDateTimeUtc().addSecs(-300).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    QString text = proposed;
    while (true) {
        text = QInputDialog::getText(this, tr("Restore to a point in time"),
            tr("WARNING: the whole cluster goes back to this time; every transaction committed after it is "
               "gone "
               "from the cluster.\nThe time, ISO 8601 with its zone (e.g. %1 or 2026-12-05T11:15:00+01:00):")
                .arg(proposed),
            QLineEdit::Normal, text, &ok);
        if (!ok)
            return;
        QString error;
        const QString target = restoreTargetTime(text, &error);
        if (!target.isEmpty())
            return startOperation(kind, {}, false, target);
        showError(tr("Not a time pgpilot can restore to"), error);
    }
}

// Issue 20: one entry that pauses or resumes, named for what it will do when the menu opens.
void MainWindow::addPauseAction(QMenu* cluster)
{
    cluster->addSeparator();
    QAction* action
        = cluster->addAction(tr("Pause automatic fail&over..."), this, &MainWindow::toggleFailoverPause);
    action->setObjectName(QStringLiteral("action-pause"));
    action->setStatusTip(tr("repmgrd on every node stops acting on failures for a window you give"));
    connect(cluster, &QMenu::aboutToShow, this, [this, action] {
        const bool paused = failoverPaused();
        action->setText(paused ? tr("Resume automatic fail&over") : tr("Pause automatic fail&over..."));
        action->setStatusTip(paused
                ? tr("repmgrd on every node acts on failures again")
                : tr("repmgrd on every node stops acting on failures for a window you give"));
    });
}

bool MainWindow::failoverPaused() const
{
    // The live monitor's view (the dashboard may be replaying the past).
    const ClusterSnapshot& s = m_monitor ? m_monitor->latest() : m_dashboard->latestSnapshot();
    return s.pause.paused();
}

void MainWindow::toggleFailoverPause()
{
    if (failoverPaused())
        return startOperation(OperationKind::Unpause, {});
    auto* dialog = new PauseDialog(m_wizard->worksheetPage()->spec().name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PauseDialog::pauseRequested, this, [this](const QString& window, const QString& reason) {
        // after the dialog has closed: the operation's dialog opens next
        QTimer::singleShot(0, this,
            [this, window, reason] { startOperation(OperationKind::Pause, {}, false, window, reason); });
    });
    dialog->open();
}

// Cluster → Rolling restart... / Minor upgrade...: the target, switch back, the packages; then the
// operation's dialog.
void MainWindow::startRollingOperation(OperationKind kind)
{
    const ClusterSpec spec = m_wizard->worksheetPage()->spec();
    QStringList nodes;
    for (const NodeSpec& n : spec.nodes)
        nodes << n.name;
    const ClusterSnapshot& s = m_monitor ? m_monitor->latest() : m_dashboard->latestSnapshot();
    const QStringList primaries = s.primaries();
    auto* dialog
        = new RollingDialog(kind, nodes, primaries.size() == 1 ? primaries.first() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RollingDialog::requested, this, [this](const OperationRequest& request) {
        QTimer::singleShot(0, this, [this, request] { startRequest(request); });
    });
    dialog->open();
}

void MainWindow::showSettingsDialog()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    if (!m_wizard->worksheetPage()->isComplete()) {
        showError(tr("Worksheet incomplete"),
            tr("Complete the worksheet first: the settings are read from the nodes it names."));
        return;
    }
    auto* dialog = new SettingsDialog(m_wizard->worksheetPage()->spec().name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    auto read = [this, guard = QPointer<SettingsDialog>(dialog)] {
        withOpenSession([guard](ClusterSession* session) {
            if (guard)
                guard->inspect(session, session ? QString() : tr("see the message before"));
        });
    };
    connect(dialog, &SettingsDialog::readRequested, this, read);
    connect(dialog, &SettingsDialog::applyRequested, this, [this] {
        OperationRequest request;
        request.kind = OperationKind::ApplySettings;
        startRequest(request);
    });
    connect(dialog, &SettingsDialog::rollingRestartRequested, this,
        [this] { startRollingOperation(OperationKind::RollingRestart); });
    dialog->show();
    read();
}

} // namespace pgpilot
