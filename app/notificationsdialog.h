// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/notifyconfig.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pgpilot {

class NotifyDispatcher;
class SecretStore;

// Settings > Notifications: edits the notification configuration file (docs/notifications.md):
// the channels (webhook, e-mail, desktop), the policy and a rule per alarm kind. The webhook's URL
// and the SMTP password typed here go to the SecretStore (the file names their entries), never
// into the file. "Send test notification" sends one to every channel as filled in (unsaved
// secrets included) and shows each one's result in the dialog. Save validates, stores the typed
// secrets, writes the file and emits saved().
class NotificationsDialog : public QDialog
{
    Q_OBJECT
public:
    // path: the file (defaultNotifyConfigPath() in the window); a missing file starts from the
    // defaults, an invalid one too with its problems shown.
    NotificationsDialog(SecretStore* secrets, const QString& path, QWidget* parent = nullptr);
    ~NotificationsDialog() override;

    // The cluster named in test notifications (default "pgpilot").
    void setTestCluster(const QString& cluster) { m_testCluster = cluster; }
    // The configuration as the fields say (secrets only by their entry names), and what is wrong with it.
    NotifyConfig config() const;
    QStringList problems() const;
    void setConfig(const NotifyConfig& config);

Q_SIGNALS:
    // The file was written: the window applies config (NotifyDispatcher::configure).
    void saved(const pgpilot::NotifyConfig& config);
    // Every channel of a test answered (allDelivered: each one delivered).
    void testFinished(bool allDelivered);

private:
    QWidget* channelsPage();
    QWidget* policyPage();
    void sendTest();
    void save();
    void showProblems(const QStringList& problems);
    void updateEnabled();
    void markStored(QLineEdit* edit, const QString& key);
    // The secrets typed in the dialog, by entry name.
    QHash<QString, QByteArray> typedSecrets() const;

    SecretStore* m_secrets;
    QString m_path;
    QString m_testCluster = QStringLiteral("pgpilot");
    QPointer<NotifyDispatcher> m_test;

    QCheckBox* m_webhookOn = nullptr;
    QLineEdit* m_webhookUrl = nullptr;
    QLineEdit* m_webhookKey = nullptr;
    QCheckBox* m_smtpOn = nullptr;
    QLineEdit* m_smtpHost = nullptr;
    QSpinBox* m_smtpPort = nullptr;
    QComboBox* m_smtpTls = nullptr;
    QCheckBox* m_smtpPlaintext = nullptr;
    QLineEdit* m_smtpFrom = nullptr;
    QLineEdit* m_smtpTo = nullptr;
    QLineEdit* m_smtpUser = nullptr;
    QLineEdit* m_smtpPassword = nullptr;
    QLineEdit* m_smtpKey = nullptr;
    QLineEdit* m_smtpCa = nullptr;
    QCheckBox* m_desktopOn = nullptr;
    QComboBox* m_minSeverity = nullptr;
    QSpinBox* m_groupWait = nullptr;
    QSpinBox* m_clearHold = nullptr;
    QSpinBox* m_repeat = nullptr;
    QTableWidget* m_rules = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_results = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace pgpilot
