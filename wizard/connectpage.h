// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"
#include "wizardpage.h"

#include <QHash>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace pgpilot {

class ClusterSession;
class ConnectNodeModel;
class Job;
struct RunResult;

// Reaches every node in parallel: shows each host key's fingerprint (an unknown key waits for
// the admin to confirm it; a changed key stops with an explanation), the OS and the PostgreSQL
// package the node would install. Once every node answered, the session prepares the secrets
// (makes up what the keychain lacks, or refuses when the cluster already has them); complete
// when that succeeded too.
class ConnectPage : public WizardPage
{
    Q_OBJECT
public:
    ConnectPage(ClusterSession* session, QWidget* parent = nullptr);

    QString title() const override;
    bool isComplete() const override;
    bool isBusy() const override { return !m_waiting.isEmpty() || m_secrets == Secrets::Checking; }
    void activated() override;

    void connectAll();
    // Stops waiting for the nodes that have not answered yet (an unreachable node can take the
    // whole connection timeout); their rows say so and "Connect again" tries them afresh.
    void stop();
    // The admin compared and accepted the fingerprint shown for node.
    void trust(const QString& node);

private:
    void probe(const QString& node);
    void showResult(const QString& node, const RunResult& result); // not QWidget::show
    void updateButtons();
    void prepareSecrets();
    void showSummary(const QString& text, bool bad);

    enum class Secrets
    {
        NotChecked,
        Checking,
        Ready,
        Refused
    };
    Secrets m_secrets = Secrets::NotChecked;

    QPointer<ClusterSession> m_session;
    QStringList m_nodes;
    // the nodes not answered yet, with the probe's job
    QHash<QString, QPointer<Job>> m_waiting;
    QLabel* m_source = nullptr;
    ConnectNodeModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace pgpilot
