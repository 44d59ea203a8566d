// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/settingsinspect.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pgpilot {

class ClusterSession;

// Cluster → Apply settings...: the worksheet's settings section against the nodes, read afresh
// (SettingsInspector, the same read as `pgpilot settings`): per parameter the value in effect, the
// worksheet's and what the change needs (reload, restart, pending restart, refused), HAProxy's and
// Keepalived's files, and one sentence on what applying does. One button for the next action:
// Apply (write and reload: the ApplySettings operation's own dialog), Rolling restart... (what
// waits for a restart), or none. The window asks for the reads (readRequested) because the session
// follows the worksheet; it calls inspect() with the open session.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const QString& cluster, QWidget* parent = nullptr);

    // Reads the settings over session (null: the connection failed; error says why).
    void inspect(ClusterSession* session, const QString& error = {});
    // Shows what a read found (inspect() calls it).
    void showInspection(const SettingsInspection& inspection);

    SettingsAction action() const { return m_action; }
    bool reading() const { return !m_inspector.isNull(); }
    QTableWidget* table() const { return m_table; }
    QLabel* actionText() const { return m_actionText; }
    QPushButton* actionButton() const { return m_act; }

Q_SIGNALS:
    void readRequested(); // Read again, and on opening
    void applyRequested();
    void rollingRestartRequested();

private:
    void setReading(bool on);

    QTableWidget* m_table;
    QLabel* m_routing;
    QLabel* m_problems;
    QLabel* m_actionText;
    QPushButton* m_read;
    QPushButton* m_act;
    QPointer<SettingsInspector> m_inspector;
    SettingsAction m_action = SettingsAction::Nothing;
};

} // namespace pgpilot
