// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "adoptdialog.h"
#include "alarmsound.h"
#include "audit/auditlog.h"
#include "audit/diagnostics.h"
#include "auditlogdialog.h"
#include "cluster/specfile.h"
#include "clusterdashboard.h"
#include "connectpage.h"
#include "core/settings.h"
#include "estatewall.h"
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
#include <QDir>
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
        wall->setSoundEnabled(wallSound());
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

    connect(m_wizard->worksheetPage(), &WorksheetPage::adoptRequested, this, &MainWindow::adoptCluster);
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
    // A cluster built by hand: discovered from one node into a new worksheet (pgpilot adopt).
    QAction* adoptAction
        = file->addAction(tr("A&dopt an existing cluster..."), this, &MainWindow::adoptCluster);
    adoptAction->setObjectName(QStringLiteral("action-adopt"));
    // Every cluster of the ops room on one wall, the worst first (pgpilot wall a.json b.json ...).
    QAction* estateAction = file->addAction(tr("Open &wall of clusters..."), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Clusters for the wall"), QDir::homePath(), tr("Worksheets (*.json)"));
        if (files.isEmpty())
            return;
        auto* estate = new EstateWall(files, m_secrets, this);
        connect(estate->view(), &WallView::leaveRequested, estate, &QObject::deleteLater);
        estate->view()->setSoundEnabled(wallSound());
        estate->view()->showFullScreen();
    });
    estateAction->setObjectName(QStringLiteral("action-estate-wall"));
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
    // The cluster's secrets to and from another workstation (a file sealed with a passphrase).
    QAction* exportAction = file->addAction(tr("&Export secrets..."), this, &MainWindow::exportSecrets);
    exportAction->setObjectName(QStringLiteral("action-export-secrets"));
    QAction* importAction = file->addAction(tr("&Import secrets..."), this, &MainWindow::importSecrets);
    importAction->setObjectName(QStringLiteral("action-import-secrets"));
    // The site's own CA and node certificates (worksheet TLS mode "site").
    QAction* siteCertsAction
        = file->addAction(tr("Import si&te certificates..."), this, &MainWindow::importSiteCertificates);
    siteCertsAction->setObjectName(QStringLiteral("action-import-site-certs"));
    // New passwords for the cluster's roles: the operation's dialog shows the pre-checks and asks first.
    QAction* rotateAction = file->addAction(
        tr("Rotate &passwords..."), this, [this] { startOperation(OperationKind::RotateSecrets, {}); });
    rotateAction->setObjectName(QStringLiteral("action-rotate-secrets"));
    // New node certificates (verified TLS), before the dashboard's 30-day alarm turns critical.
    QAction* renewAction = file->addAction(
        tr("Renew &certificates..."), this, [this] { startOperation(OperationKind::RenewCerts, {}); });
    renewAction->setObjectName(QStringLiteral("action-renew-certs"));
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
    // Read-only: how the cluster differs from what pgpilot would build (pgpilot audit).
    QAction* differences = cluster->addAction(tr("Differences from pgpilot's &build..."), this, [this] {
        auto* dialog = new AuditDialog(m_wizard->worksheetPage()->spec(), m_secrets, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    differences->setObjectName(QStringLiteral("action-differences"));
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

    // Backups (a worksheet with a pgBackRest repository host, phase 6 done).
    cluster->addSeparator();
    const std::pair<QString, OperationKind> backups[] = {{tr("Back up &now..."), OperationKind::Backup},
        {tr("Restore dri&ll..."), OperationKind::RestoreDrill},
        {tr("Restore to a &point in time..."), OperationKind::Restore}};
    for (const auto& [text, kind] : backups) {
        QAction* action = cluster->addAction(text, this, [this, kind = kind] { startBackupOperation(kind); });
        action->setObjectName(QStringLiteral("action-") + toId(kind));
    }
    addPauseAction(cluster);
    // Maintenance windows: every node one at a time, the primary by a switchover.
    const std::pair<QString, OperationKind> rolling[]
        = {{tr("Rolling res&tart..."), OperationKind::RollingRestart},
            {tr("Minor up&grade..."), OperationKind::Upgrade}};
    for (const auto& [text, kind] : rolling) {
        QAction* action
            = cluster->addAction(text, this, [this, kind = kind] { startRollingOperation(kind); });
        action->setObjectName(QStringLiteral("action-") + toId(kind));
    }
    QAction* applySettings
        = cluster->addAction(tr("Apply sett&ings..."), this, &MainWindow::showSettingsDialog);
    applySettings->setObjectName(QStringLiteral("action-apply-settings"));
    applySettings->setStatusTip(
        tr("The worksheet's settings against the nodes: what needs a reload or a restart"));

    // The ops room's preferences: where notifications go, and the wall's sound.
    QMenu* settingsMenu = menuBar()->addMenu(tr("Settin&gs"));
    QAction* notifications
        = settingsMenu->addAction(tr("&Notifications..."), this, &MainWindow::editNotifications);
    notifications->setObjectName(QStringLiteral("action-notifications"));
    QAction* sound = settingsMenu->addAction(tr("&Sound on the wall for critical alarms"));
    sound->setObjectName(QStringLiteral("action-wall-sound"));
    sound->setCheckable(true);
    sound->setChecked(wallSound());
    sound->setEnabled(AlarmSound::available());
    if (!AlarmSound::available())
        sound->setToolTip(tr("This pgpilot was built without Qt Multimedia"));
    connect(
        sound, &QAction::toggled, this, [this](bool on) { m_settings->setValue(setting::WallSound, on); });

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
        startWatching(m_monitor);
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
        stopWatching();
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
