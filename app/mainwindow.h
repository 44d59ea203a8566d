// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QMenu;
class QStackedWidget;

namespace pgpilot {

class ClusterDashboard;
class HistoryRecorder;
class NotifyDispatcher;
class ClusterMonitor;
class ClusterServices;
class ClusterSession;
class OperationDialog;
class SettingsDialog;
enum class OperationKind;
struct OperationRequest;
class SecretStore;
struct SecretBundle;
class Settings;
class SetupWizard;

// pgpilot's window: the setup wizard first, the dashboard once a cluster runs. Owns the
// current cluster file and its unsaved state; never blocks in a nested event loop.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SecretStore* secrets, Settings* settings, QWidget* parent = nullptr);

    SetupWizard* wizard() const { return m_wizard; }
    // The open session of the worksheet's cluster, or null.
    ClusterSession* session() const;
    ClusterDashboard* dashboard() const { return m_dashboard; }
    QString currentFile() const { return m_file; }

    // Opens a cluster file; on failure shows why (non-modal) and keeps the current worksheet.
    bool openFile(const QString& path);
    // Saves to path atomically and stores typed passwords in the keychain.
    bool saveTo(const QString& path);
    QString lastError() const { return m_lastError; }

    // File → Export/Import secrets once the file and the passphrase are known (the menu's dialogs
    // end here; tests call them directly): the worksheet cluster's secrets sealed into a new file,
    // or a bundle of that cluster opened and stored (mainwindowsecrets.cpp). The outcome is shown in
    // a message box and announced by secretsTransferred. An import that finds secrets stored with
    // other values asks before replacing them, unless replace is set.
    void exportSecretsTo(const QString& path, const QByteArray& passphrase);
    void importSecretsFrom(const QString& path, const QByteArray& passphrase, bool replace = false);

public Q_SLOTS:
    // Connects to the worksheet's nodes and adds the connection and phase pages.
    void startSetup();
    // Polls the cluster and shows the dashboard.
    void showDashboard();
    void showWizard();
    void showAuditLog();
    // Opens the dialog of an operation on the cluster of the worksheet (connecting first when no
    // session is open). One operation at a time: a second request raises the open dialog.
    // option: the backup type, or the restore's target time (OperationRequest::option).
    // reason: pause only (OperationRequest::reason).
    void startOperation(pgpilot::OperationKind kind, const QString& node, bool reclone = false,
        const QString& option = {}, const QString& reason = {});
    void startRequest(const pgpilot::OperationRequest& request);
    // Cluster → Rolling restart... / Minor upgrade... (RollingDialog), then startRequest.
    void startRollingOperation(pgpilot::OperationKind kind);
    // Cluster → Apply settings...: the worksheet's settings against the nodes (SettingsDialog),
    // then the ApplySettings operation or a rolling restart; it reads again after each operation.
    void showSettingsDialog();
    // Backups (Cluster menu): asks the backup type or the time to restore to, then startOperation.
    void startBackupOperation(pgpilot::OperationKind kind);
    // Cluster → Pause automatic failover... / Resume automatic failover (issue 20): resumes when
    // any node of the cluster is paused (as the dashboard last saw it), else asks the window and
    // the reason (PauseDialog), then startOperation.
    void toggleFailoverPause();
    bool failoverPaused() const;
    // Asks which node, then startOperation (Cluster menu).
    void chooseNodeForOperation(pgpilot::OperationKind kind);
    void newCluster();
    void open();
    bool save();
    void saveAs();
    // Ask for the file and the passphrase (twice for an export), then go on as above.
    void exportSecrets();
    void importSecrets();
    void importSiteCertificates();
    void adoptCluster();
    void recordConverged(int phase);
    // Settings → Notifications: the notification file's dialog (channels, rules, test button).
    void editNotifications();

Q_SIGNALS:
    void secretsStored(int count);
    void setupReady(); // connection and phase pages were added
    void dashboardShown();
    void operationDialogOpened(pgpilot::OperationDialog* dialog);
    // An export or import ended: ok, and what the message box says.
    void secretsTransferred(bool ok, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void addPauseAction(QMenu* cluster); // mainwindowcluster.cpp
    void rebuildRecentMenu();
    void setCurrentFile(const QString& path);
    void showError(const QString& title, const QString& message);
    void storePendingSecrets();
    // Runs next once unsaved changes are dealt with (saved or discarded), or not at all.
    void whenChangesSettled(std::function<void()> next);

    void dropSession();
    // The ops room in the window (mainwindowops.cpp): the dashboard's monitor's history on disk,
    // what happened while the window was closed, and the notifications, sent by the window only
    // while it is the one recording the cluster (a `pgpilot watch` that records it sends them).
    void startWatching(ClusterMonitor* monitor);
    void stopWatching();
    void showWhileClosed(const QString& cluster);
    bool wallSound() const;
    // The backend composition for the worksheet as it is now (made afresh when it changed).
    ClusterServices* services();
    // A monitor of the worksheet's cluster (see ClusterServices::makeMonitor); done gets nullptr
    // (after an error is shown) when it cannot be made.
    void makeMonitor(std::function<void(ClusterMonitor*)> done);
    void storePendingSecretsThen(std::function<void()> next);
    // Calls done with an open session for the worksheet's cluster (or nullptr after showing why).
    void withOpenSession(std::function<void(ClusterSession*)> done);
    // Import: stores an opened bundle (asking before replacing values, unless replace is set).
    void storeImportedSecrets(std::shared_ptr<SecretBundle> bundle, bool replace);
    // Shows and announces the end of an export or import.
    void secretsOutcome(bool ok, const QString& title, const QString& message);
    // A passphrase dialog (typed text hidden); done gets what was typed, as UTF-8.
    void askPassphrase(const QString& objectName, const QString& label, std::function<void(QByteArray)> done);

    SecretStore* m_secrets;
    Settings* m_settings;
    SetupWizard* m_wizard = nullptr;
    ClusterServices* m_services = nullptr;
    ClusterDashboard* m_dashboard = nullptr;
    ClusterMonitor* m_monitor = nullptr;
    ClusterMonitor* m_narrator = nullptr;
    OperationDialog* m_operation = nullptr;
    QPointer<SettingsDialog> m_settingsDialog; // deleted on close
    HistoryRecorder* m_history = nullptr;
    NotifyDispatcher* m_notifier = nullptr;
    QStackedWidget* m_central = nullptr;
    QMenu* m_recentMenu = nullptr;
    QString m_file;
    QString m_lastError;
    bool m_closeConfirmed = false;
};

} // namespace pgpilot
