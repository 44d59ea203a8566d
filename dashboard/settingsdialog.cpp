// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pgpilot {

namespace {

enum Column
{
    Parameter,
    Node,
    Current,
    Worksheet,
    Needs,
    ColumnCount
};

QLabel* wrapped(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const QString& cluster, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings of %1").arg(cluster));
    auto* layout = new QVBoxLayout(this);
    auto* about = wrapped(QStringLiteral("settingsAbout"), this);
    about->setText(tr("The worksheet's settings section against every node, as each node's PostgreSQL "
                      "reports it (pg_settings). A reload applies most parameters; those PostgreSQL reads "
                      "only at start wait for a rolling restart: the standbys one at a time, then a "
                      "switchover."));
    layout->addWidget(about);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("settingsChanges"));
    m_table->setAccessibleName(tr("Parameters: in effect, on the worksheet, and what a change needs"));
    m_table->setHorizontalHeaderLabels(
        {tr("Parameter"), tr("Node"), tr("In effect"), tr("Worksheet"), tr("Needs")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    for (int col = 0; col < Needs; ++col)
        m_table->horizontalHeader()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Needs, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 9);
    layout->addWidget(m_table, 1);

    m_routing = wrapped(QStringLiteral("settingsRouting"), this);
    layout->addWidget(m_routing);
    m_problems = wrapped(QStringLiteral("settingsProblems"), this);
    m_problems->setStyleSheet(QStringLiteral("color: #a01010;"));
    m_problems->hide();
    layout->addWidget(m_problems);
    m_actionText = wrapped(QStringLiteral("settingsAction"), this);
    QFont bold = m_actionText->font();
    bold.setBold(true);
    m_actionText->setFont(bold);
    layout->addWidget(m_actionText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_read = buttons->addButton(tr("Read &again"), QDialogButtonBox::ActionRole);
    m_read->setObjectName(QStringLiteral("settingsRead"));
    m_act = buttons->addButton(tr("&Apply..."), QDialogButtonBox::AcceptRole);
    m_act->setObjectName(QStringLiteral("settingsAct"));
    m_act->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_read, &QPushButton::clicked, this, &SettingsDialog::readRequested);
    // The operation's own dialog runs it; this one stays open and reads again when it ends.
    connect(m_act, &QPushButton::clicked, this, [this] {
        if (m_action == SettingsAction::Apply)
            Q_EMIT applyRequested();
        else if (m_action == SettingsAction::RollingRestart)
            Q_EMIT rollingRestartRequested();
    });
    resize(860, 440);
    setReading(true);
}

void SettingsDialog::setReading(bool on)
{
    m_read->setEnabled(!on);
    if (on) {
        m_act->setEnabled(false);
        m_actionText->setText(tr("Reading the nodes' settings..."));
    }
}

void SettingsDialog::inspect(ClusterSession* session, const QString& error)
{
    if (reading())
        return;
    if (!session) {
        setReading(false);
        m_actionText->setText(tr("Cannot read the nodes' settings: %1")
                                  .arg(error.isEmpty() ? tr("no connection to the cluster") : error));
        return;
    }
    setReading(true);
    auto* inspector = new SettingsInspector(session, this);
    m_inspector = inspector;
    connect(inspector, &SettingsInspector::finished, this,
        [this, inspector](const SettingsInspection& found, const QString& failed) {
            inspector->deleteLater();
            m_inspector = nullptr;
            setReading(false);
            if (!failed.isEmpty()) {
                m_actionText->setText(tr("Cannot read the nodes' settings: %1").arg(failed));
                return;
            }
            showInspection(found);
        });
    inspector->start(true);
}

void SettingsDialog::showInspection(const SettingsInspection& inspection)
{
    if (!reading())
        m_read->setEnabled(true);
    const QList<SettingsRow> rows = settingsRows(inspection.diff);
    m_table->setRowCount(int(rows.size()));
    QStringList problems;
    for (int i = 0; i < rows.size(); ++i) {
        const SettingChange& c = rows.at(i).change;
        const QString cells[ColumnCount] = {c.name, c.node.isEmpty() ? tr("every node") : c.node,
            c.current.isEmpty() ? QStringLiteral("\u2014") : c.current, worksheetValueText(c),
            rows.at(i).needs};
        const bool bad
            = c.status == SettingChange::Status::Invalid || c.status == SettingChange::Status::Overridden;
        const bool restart
            = c.status == SettingChange::Status::Restart || c.status == SettingChange::Status::PendingRestart;
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == Needs && (bad || restart)) {
                item->setForeground(QBrush(bad ? QColor(0xa0, 0x10, 0x10) : QColor(0x8a, 0x4b, 0x00)));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (col == Needs)
                item->setData(Qt::UserRole, toId(c.status));
            m_table->setItem(i, col, item);
        }
        // a refused value's reason names the parameter already
        const bool named = c.problem.startsWith(c.name + QLatin1Char(':'));
        if (!c.problem.isEmpty())
            problems << (c.node.isEmpty() ? (named ? c.problem : tr("%1: %2").arg(c.name, c.problem))
                                          : tr("%1 on %2: %3").arg(c.name, c.node, c.problem));
    }
    QStringList errorNodes = inspection.diff.nodeErrors.keys();
    errorNodes.sort();
    for (const QString& node : errorNodes)
        problems << tr("%1: %2").arg(node, inspection.diff.nodeErrors.value(node));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());

    QStringList routing;
    for (const RoutingFileState& f : inspection.routing)
        routing << routingStateText(f);
    m_routing->setText(routing.join(QLatin1Char('\n')));
    m_routing->setVisible(!routing.isEmpty());

    m_action = settingsNextAction(inspection);
    m_actionText->setText(settingsActionText(inspection));
    switch (m_action) {
    case SettingsAction::Apply:
        m_act->setText(tr("&Apply..."));
        m_act->setToolTip(tr("Pre-checks, then write and reload on every node (nothing restarts)"));
        break;
    case SettingsAction::RollingRestart:
        m_act->setText(tr("Rolling res&tart..."));
        m_act->setToolTip(tr("Restart PostgreSQL one node at a time, the primary by a switchover"));
        break;
    default:
        m_act->setText(tr("&Apply..."));
        m_act->setToolTip(QString());
        break;
    }
    m_act->setEnabled(m_action == SettingsAction::Apply || m_action == SettingsAction::RollingRestart);
}

} // namespace pgpilot
