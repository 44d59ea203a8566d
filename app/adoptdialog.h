// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adopt/adopter.h"
#include "secrets/secretstore.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace pgpilot {

// File > Adopt an existing cluster: the GUI of pgpilot adopt (backend/adopt/adopter.h). The admin
// names one node and how to log in; the dialog shows what is read, asks to confirm unknown host
// keys, and writes the worksheet, which the window then opens.
class AdoptDialog : public QDialog
{
    Q_OBJECT
public:
    AdoptDialog(SecretStore* secrets, QWidget* parent = nullptr);

Q_SIGNALS:
    void adopted(const QString& worksheetPath);

private:
    void discover();
    void startAdopter(const AdoptOptions& options);
    void finished(const AdoptResult& result);
    QLineEdit* fileRow(QFormLayout* form, const QString& label, const QString& name, bool save);

    QPointer<SecretStore> m_secrets;
    QLineEdit* m_node;
    QLineEdit* m_user;
    QLineEdit* m_key;
    QComboBox* m_sudo;
    QLineEdit* m_password;
    QLineEdit* m_name;
    QLineEdit* m_out;
    QPlainTextEdit* m_log;
    QLabel* m_keys;
    QPushButton* m_trust;
    QPushButton* m_discover;
    QPushButton* m_open;
    QHash<QString, QString> m_confirmed; // address -> fingerprint, confirmed here
    QHash<QString, QString> m_offered; // shown, not confirmed yet
    QPointer<Adopter> m_adopter;
    QString m_written;
};

// Cluster > Audit: differences from pgpilot's build, read-only (backend/adopt/audit.h).
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    AuditDialog(const ClusterSpec& spec, SecretStore* secrets, QWidget* parent = nullptr);

private:
    void show(const AdoptResult& result);

    ClusterSpec m_spec;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QString m_text; // the findings as pgpilot audit prints them (Copy)
};

} // namespace pgpilot
