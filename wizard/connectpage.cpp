// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectpage.h"

#include "connectnodemodel.h"
#include "exec/clustersession.h"
#include "exec/job.h"
#include "platform/platformprofile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pgpilot {

namespace {
using Column = ConnectNodeModel::Column;
using State = ConnectNodeModel::State;
} // namespace

ConnectPage::ConnectPage(ClusterSession* session, QWidget* parent)
    : WizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("connectPage"));
    const ClusterSpec& spec = session->spec();
    m_model = new ConnectNodeModel(spec, this);
    m_nodes = m_model->nodes();
    const auto& profile = platformProfile(spec.platform);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setText(
        tr("Nodes run %1 with PostgreSQL %2, installed from %3.")
            .arg(profile.displayName)
            .arg(spec.postgresVersion)
            .arg(spec.install.source == InstallSource::Mirror
                    ? tr("the mirror %1").arg(spec.install.mirrorUrl)
                    : spec.install.source == InstallSource::Pgdg ? tr("the PGDG repository")
                                                                 : tr("the distribution's archive")));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("connectTable"));
    m_table->setTabKeyNavigation(false); // read-only: arrows move inside, Tab goes on
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_retry = new QPushButton(tr("Connect again"), this);
    m_retry->setObjectName(QStringLiteral("connectAgain"));
    connect(m_retry, &QPushButton::clicked, this, &ConnectPage::connectAll);
    m_stop = new QPushButton(tr("&Stop connecting"), this);
    m_stop->setObjectName(QStringLiteral("stopConnecting"));
    m_stop->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, this, &ConnectPage::stop);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("connectSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

QString ConnectPage::title() const
{
    return tr("Connect to the nodes");
}

bool ConnectPage::isComplete() const
{
    return m_model->allConnected() && m_secrets == Secrets::Ready;
}

void ConnectPage::activated()
{
    if (!isComplete() && m_waiting.isEmpty())
        connectAll();
}

void ConnectPage::connectAll()
{
    if (m_secrets == Secrets::Refused)
        m_secrets = Secrets::NotChecked; // asked again once every node answers
    if (m_model->allConnected())
        return prepareSecrets();
    for (const QString& n : std::as_const(m_nodes)) {
        if (m_model->state(n) != State::Connected)
            probe(n);
    }
}

void ConnectPage::trust(const QString& node)
{
    if (m_session) {
        m_session->trustHostKey(node, m_model->offeredFingerprint(node));
        probe(node);
    }
}

void ConnectPage::probe(const QString& node)
{
    const int row = m_model->rowOf(node);
    if (!m_session || row < 0 || m_waiting.contains(node))
        return;
    m_model->setState(node, State::Connecting);
    m_table->setIndexWidget(m_model->index(row, Column::ActionCol), nullptr); // the trust button, if any
    Job* job = m_session->probeNode(node);
    m_waiting.insert(node, job);
    updateButtons();
    Q_EMIT completeChanged();
    connect(job, &Job::finished, this, [this, node, job] {
        m_waiting.remove(node);
        RunResult result = job->commandResults().value(node);
        if (!job->commandResults().contains(node)) { // refused: no connection object for the node
            result.failure = RunResult::Failure::Unreachable;
            result.error = job->error();
        }
        showResult(node, result);
        updateButtons();
        Q_EMIT completeChanged();
    });
}

void ConnectPage::stop()
{
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it) {
        if (Job* job = it.value()) {
            disconnect(job, nullptr, this, nullptr); // its answer, should it still come, is not waited for
            job->cancel();
        }
        m_model->setState(it.key(), State::Stopped);
    }
    m_waiting.clear();
    updateButtons();
    Q_EMIT completeChanged();
}

void ConnectPage::updateButtons()
{
    m_stop->setEnabled(!m_waiting.isEmpty());
    m_retry->setEnabled(m_waiting.isEmpty() && m_secrets != Secrets::Checking);
}

void ConnectPage::showResult(const QString& node, const RunResult& result)
{
    const int row = m_model->rowOf(node);
    const NodeProbe probe = ClusterSession::parseNodeProbe(result);
    m_model->setResult(node, result, probe);
    if (result.failure == RunResult::Failure::HostKeyUnknown) {
        auto* button = new QPushButton(tr("Trust this key"), m_table);
        button->setObjectName(QStringLiteral("trust_%1").arg(node));
        button->setToolTip(
            tr("Compare it first with the node's own: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub"));
        connect(button, &QPushButton::clicked, this, [this, node] { trust(node); });
        m_table->setIndexWidget(m_model->index(row, Column::ActionCol), button);
    }
    if (!probe.reached)
        showSummary(result.error, true);
    else if (m_model->allConnected())
        prepareSecrets();
    else
        showSummary(QString(), false);
}

void ConnectPage::prepareSecrets()
{
    if (!m_session || m_secrets == Secrets::Checking || m_secrets == Secrets::Ready) {
        if (m_secrets == Secrets::Ready)
            showSummary(tr("\u2714 Every node answered. Next runs the pre-flight checks."), false);
        return;
    }
    m_secrets = Secrets::Checking;
    showSummary(tr("Every node answered. Checking that the cluster's secrets are in the keychain..."), false);
    updateButtons();
    Q_EMIT completeChanged();
    m_session->prepareSecrets([page = QPointer<ConnectPage>(this)](const QString& error) {
        if (!page)
            return;
        page->m_secrets = error.isEmpty() ? Secrets::Ready : Secrets::Refused;
        if (error.isEmpty())
            page->showSummary(tr("\u2714 Every node answered. Next runs the pre-flight checks."), false);
        else
            page->showSummary(error + QLatin1Char(' ') + tr("(\"Connect again\" checks again.)"), true);
        page->updateButtons();
        Q_EMIT page->completeChanged();
    });
}

void ConnectPage::showSummary(const QString& text, bool bad)
{
    m_summary->setText(text);
    m_summary->setStyleSheet(
        bad ? QStringLiteral("background: #fde2e1; color: #7a0b0b; padding: 6px;") : QString());
}

} // namespace pgpilot
