// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "audit/auditlog.h"
#include "audit/diagnostics.h"
#include "auditlogdialog.h"
#include "cluster/specfile.h"
#include "clusterdashboard.h"
#include "connectpage.h"
#include "core/settings.h"
#include "exec/clustersession.h"
#include "exec/progressstore.h"
#include "monitor/clustermonitor.h"
#include "operationdialog.h"
#include "ops/operationrunner.h"
#include "phasepage.h"
#include "secrets/secretstore.h"
#include "services/clusterservices.h"
#include "setupwizard.h"
#include "wallview.h"
#include "worksheetpage.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace pgpilot {

namespace {
// Translated when a dialog asks for it: a static would be built before any catalogue is loaded.
QString fileFilter()
{
    return QCoreApplication::translate("pgpilot::MainWindow", "pgpilot cluster files (*.json)");
}
} // namespace

MainWindow::MainWindow(SecretStore* secrets, Settings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_secrets(secrets)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_central = new QStackedWidget(this);
    m_wizard = new SetupWizard(m_central);
    m_central->addWidget(m_wizard);
    setCentralWidget(m_central);
    createMenus();

    m_dashboard = new ClusterDashboard(m_central);
    m_dashboard->setObjectName(QStringLiteral("clusterDashboard"));
    m_central->addWidget(m_dashboard);
    connect(m_dashboard, &ClusterDashboard::wallModeRequested, this, [this] {
        if (!m_monitor)
            return;
        auto* wall = new WallView;
        wall->setAttribute(Qt::WA_DeleteOnClose);
        wall->addCluster(m_monitor);
        connect(wall, &WallView::leaveRequested, wall, &QWidget::close);
        wall->showFullScreen();
    });
    const std::pair<void (ClusterDashboard::*)(const QString&), OperationKind> operations[]
        = {{&ClusterDashboard::switchoverRequested, OperationKind::Switchover},
            {&ClusterDashboard::rejoinRequested, OperationKind::Rejoin},
            {&ClusterDashboard::fenceRequested, OperationKind::Fence},
            {&ClusterDashboard::addStandbyRequested, OperationKind::AddStandby},
            {&ClusterDashboard::removeStandbyRequested, OperationKind::RemoveStandby}};
    for (const auto& [signal, kind] : operations)
        connect(m_dashboard, signal, this, [this, kind](const QString& node) { startOperation(kind, node); });

    connect(m_wizard->worksheetPage(), &WorksheetPage::specEdited, this, [this] {
        setWindowModified(true);
        // The pages after the worksheet belong to the spec they were made for.
        if (m_services && m_services->sessionStarted() && !m_wizard->isBusy() && !m_operation) {
            m_wizard->truncatePages(1);
            dropSession();
        } else if (m_services && !m_services->sessionStarted()) {
            m_services->setSpec(m_wizard->worksheetPage()->spec()); // nothing connected yet
        }
    });
    connect(m_wizard, &SetupWizard::finishedAvailablePages, this, [this] {
        if (m_wizard->currentIndex() == 0)
            startSetup();
        else
            showDashboard();
    });
    if (m_secrets) {
        if (!m_secrets->isPersistent())
            m_wizard->worksheetPage()->setSecretStoreNotice(m_secrets->notPersistentReason());
        connect(m_secrets, &SecretStore::persistenceLost, this, [this](const QString& reason) {
            m_wizard->worksheetPage()->setSecretStoreNotice(reason);
            statusBar()->showMessage(reason, 15000);
        });
    }
    setCurrentFile({});
    resize(1280, 860);
    restoreGeometry(m_settings->value(setting::MainWindowGeometry).toByteArray());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New cluster"), QKeySequence::New, this, &MainWindow::newCluster);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    // Save as and Quit have no standard key on every desktop: the usual ones then.
    auto orElse = [](QKeySequence::StandardKey key, const QKeySequence& fallback) {
        const QKeySequence standard(key);
        return standard.isEmpty() ? fallback : standard;
    };
    file->addAction(tr("Save &as..."),
        orElse(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)), this,
        &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(
        tr("&Quit"), orElse(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)), this, &QWidget::close);

    QMenu* cluster = menuBar()->addMenu(tr("&Cluster"));
    cluster->addAction(
        tr("Set &up (wizard)"), QKeySequence(Qt::CTRL | Qt::Key_1), this, &MainWindow::showWizard);
    cluster->addAction(
        tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_2), this, &MainWindow::showDashboard);
    cluster->addAction(
        tr("&Audit log..."), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::showAuditLog);
    cluster->addSeparator();
    const std::pair<QString, OperationKind> operations[]
        = {{tr("S&witchover..."), OperationKind::Switchover}, {tr("Re&join..."), OperationKind::Rejoin},
            {tr("&Fence..."), OperationKind::Fence}, {tr("Add &standby..."), OperationKind::AddStandby},
            {tr("&Remove standby..."), OperationKind::RemoveStandby}};
    for (const auto& [text, kind] : operations) {
        QAction* action
            = cluster->addAction(text, this, [this, kind = kind] { chooseNodeForOperation(kind); });
        action->setObjectName(QStringLiteral("action-") + toId(kind));
        if (kind == OperationKind::Switchover)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    // For a bug report: version, platform, the cluster spec without secrets, the last log lines.
    QAction* diagnostics = help->addAction(tr("Copy &diagnostics"), this, [this] {
        DiagnosticsInput input;
        input.appVersion = QApplication::applicationVersion();
        input.guiPlatform = QGuiApplication::platformName();
        input.clusterFile = m_file;
        input.spec = m_wizard->worksheetPage()->spec();
        QGuiApplication::clipboard()->setText(diagnosticsReport(input));
        statusBar()->showMessage(
            tr("Diagnostics copied to the clipboard (no passwords): paste them into the bug "
               "report."),
            15000);
    });
    diagnostics->setObjectName(QStringLiteral("copyDiagnostics"));
    help->addAction(tr("&About pgpilot"), this, [this] {
        QMessageBox::about(this, tr("About pgpilot"),
            tr("<b>pgpilot %1</b><p>Sets up and runs a highly available PostgreSQL cluster: PostgreSQL, "
               "repmgr, HAProxy and Keepalived on three or more nodes.</p>")
                .arg(QApplication::applicationVersion()));
    });
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    int number = 0;
    for (const QString& path : files) {
        // "&1 prod.json": Alt+digit picks it (a file name's own "&" shown as such)
        QString name = QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"));
        if (++number <= 9)
            name = QStringLiteral("&%1 %2").arg(number).arg(name);
        QAction* action = m_recentMenu->addAction(name);
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this,
            [this, path] { whenChangesSettled([this, path] { openFile(path); }); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::setCurrentFile(const QString& path)
{
    m_file = path;
    setWindowModified(false);
    const QString shown = path.isEmpty() ? tr("Untitled cluster") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] \u2014 pgpilot").arg(shown));
}

void MainWindow::showError(const QString& title, const QString& message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 15000);
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

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

void MainWindow::startOperation(OperationKind kind, const QString& node, bool reclone)
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
            tr("A setup phase is running on this cluster; wait for it to end before %1.").arg(toId(kind)));
        return;
    }
    if (!m_wizard->worksheetPage()->isComplete()) {
        showError(tr("Worksheet incomplete"),
            tr("Complete the worksheet first: operations run on the nodes it names."));
        return;
    }
    withOpenSession([this, kind, node, reclone](ClusterSession* opened) {
        if (!opened || m_operation || !m_services)
            return;
        OperationRequest request;
        request.kind = kind;
        request.node = node;
        request.reclone = reclone;
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
            m_wizard->addPage(new ConnectPage(session, m_wizard));
            for (const Phase& phase : session->runbook().phases) {
                auto* page = new PhasePage(phase, nodes, m_wizard);
                page->attach(session->executor(), session->progress());
                page->setWritePort(session->spec().ports.write);
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

void MainWindow::showWizard()
{
    m_central->setCurrentWidget(m_wizard);
}

void MainWindow::showDashboard()
{
    const ClusterSpec spec = m_wizard->worksheetPage()->spec();
    if (!m_wizard->worksheetPage()->isComplete()) {
        showError(tr("No dashboard yet"),
            tr("Complete the worksheet first: the dashboard polls the nodes it names."));
        return;
    }
    m_central->setCurrentWidget(m_dashboard);
    if (m_monitor)
        return;
    makeMonitor([this](ClusterMonitor* monitor) {
        if (!monitor)
            return;
        m_monitor = monitor;
        if (m_services)
            m_services->setMonitor(monitor);
        m_dashboard->setMonitor(m_monitor);
        m_monitor->start();
        Q_EMIT dashboardShown();
    });
}

void MainWindow::showAuditLog()
{
    auto* dialog = new AuditLogDialog(AuditLog::defaultPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newCluster()
{
    whenChangesSettled([this] {
        m_wizard->worksheetPage()->setSpec(ClusterSpec::guideDefaults());
        setCurrentFile({});
    });
}

void MainWindow::open()
{
    whenChangesSettled([this] {
        auto* dialog = new QFileDialog(this, tr("Open cluster file"),
            m_settings->value(setting::LastDirectory).toString(), fileFilter());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { openFile(path); });
        dialog->open();
    });
}

bool MainWindow::openFile(const QString& path)
{
    const SpecLoadResult loaded = loadSpecFile(path);
    if (!loaded.spec) {
        showError(tr("Cannot open cluster file"),
            tr("%1\n\nThe worksheet you had open is unchanged.").arg(loaded.error));
        return false;
    }
    m_wizard->worksheetPage()->setSpec(*loaded.spec);
    setCurrentFile(QFileInfo(path).absoluteFilePath());
    m_settings->addRecentFile(path);
    rebuildRecentMenu();
    const int problems = int(m_wizard->worksheetPage()->issues().size());
    statusBar()->showMessage(problems == 0
            ? tr("Opened %1.").arg(path)
            : tr("Opened %1: %n problem(s) to fix.", nullptr, problems).arg(path),
        8000);
    return true;
}

bool MainWindow::save()
{
    if (m_file.isEmpty()) {
        saveAs();
        return false;
    }
    return saveTo(m_file);
}

void MainWindow::saveAs()
{
    const QString suggested = QStringLiteral("%1/%2.json")
                                  .arg(m_settings->value(setting::LastDirectory).toString(),
                                      m_wizard->worksheetPage()->spec().name);
    auto* dialog = new QFileDialog(this, tr("Save cluster file"), suggested, fileFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { saveTo(path); });
    dialog->open();
}

bool MainWindow::saveTo(const QString& path)
{
    QString error;
    // An incomplete worksheet may be saved too: the admin can finish it later.
    if (!saveSpecFile(m_wizard->worksheetPage()->spec(), path, &error)) {
        showError(tr("Cannot save cluster file"), tr("%1\n\nNothing was changed on disk.").arg(error));
        return false;
    }
    setCurrentFile(QFileInfo(path).absoluteFilePath());
    m_settings->addRecentFile(path);
    rebuildRecentMenu();
    storePendingSecrets();
    statusBar()->showMessage(tr("Saved %1.").arg(path), 5000);
    return true;
}

void MainWindow::storePendingSecrets()
{
    WorksheetPage* page = m_wizard->worksheetPage();
    const auto secrets = page->pendingSecrets();
    if (!m_secrets || secrets.isEmpty())
        return;
    page->clearPendingSecrets();
    auto remaining = std::make_shared<int>(int(secrets.size()));
    auto stored = std::make_shared<int>(0);
    for (const auto& [key, value] : secrets) {
        m_secrets->write(key, value, [this, key, remaining, stored](const SecretStore::Result& result) {
            if (result.status == SecretStore::Status::Ok)
                ++*stored;
            else
                showError(tr("Password not stored"),
                    tr("%1\n\nType the password again and save to retry.").arg(result.error));
            if (--*remaining == 0)
                Q_EMIT secretsStored(*stored);
        });
    }
}

void MainWindow::whenChangesSettled(std::function<void()> next)
{
    if (!isWindowModified())
        return next();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
        tr("The worksheet has changes that are not saved."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, next = std::move(next)](int) {
        const auto button = box->standardButton(box->clickedButton());
        if (button == QMessageBox::Discard) {
            next();
        } else if (button == QMessageBox::Save && !m_file.isEmpty()) {
            if (saveTo(m_file))
                next();
        } else if (button == QMessageBox::Save) {
            saveAs();
        }
    });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_closeConfirmed && m_wizard->isBusy()) {
        event->ignore();
        auto* box = new QMessageBox(QMessageBox::Question, tr("A phase is running"),
            tr("Closing now stops the running phase: each node's current command is stopped. What finished "
               "is "
               "saved, and opening this cluster again resumes from there."),
            QMessageBox::Close | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("busyBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box](int) {
            if (box->standardButton(box->clickedButton()) != QMessageBox::Close)
                return;
            if (ClusterSession* running = session(); running && running->executor())
                running->executor()->cancel();
            m_closeConfirmed = !isWindowModified();
            close();
        });
        box->open();
        return;
    }
    if (m_closeConfirmed || !isWindowModified()) {
        m_settings->setValue(setting::MainWindowGeometry, saveGeometry());
        event->accept();
        return;
    }
    event->ignore();
    whenChangesSettled([this] {
        m_closeConfirmed = true;
        close();
    });
}

} // namespace pgpilot
