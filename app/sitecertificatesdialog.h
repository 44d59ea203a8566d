// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pgpilot {

class SecretStore;

// File > Import site certificates: the site's CA and every node's certificate and key files for a
// worksheet with tls.mode "site", checked and stored by the same backend calls as pgpilot
// import-certs (ops/sitecertificates.h). A refusal stays in the dialog with every reason; success
// closes it and emits imported with the summary.
class SiteCertificatesDialog : public QDialog
{
    Q_OBJECT

public:
    SiteCertificatesDialog(const ClusterSpec& spec, SecretStore* secrets, QWidget* parent = nullptr);

Q_SIGNALS:
    void imported(const QString& summary);

private:
    QLineEdit* fileRow(QFormLayout* form, const QString& label, const QString& objectName);
    void importFiles();
    void showProblems(const QStringList& problems);

    ClusterSpec m_spec;
    SecretStore* m_secrets;
    QLineEdit* m_ca = nullptr;
    QHash<QString, QLineEdit*> m_certs;
    QHash<QString, QLineEdit*> m_keys;
    QCheckBox* m_renewal = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace pgpilot
