// SPDX-License-Identifier: GPL-3.0-or-later
#include "worksheetpage.h"
#include "worksheetwidgets.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

// The worksheet's settings section: the DBA's PostgreSQL parameters (name and value, as they would
// write them in postgresql.conf) and the HAProxy and Keepalived timings, in their units. Offline
// checks only (speccheck: names, safe values, parameters pgpilot sets itself, ranges); whether the
// server takes a value and what a change needs is `pgpilot settings`' to say, against the nodes.

namespace pgpilot {

using namespace worksheet;

namespace {

enum Column
{
    Name,
    Value
};

// A name without surrounding spaces; a value as typed (log_line_prefix ends with a space).
QString cellText(const QStandardItemModel* model, int row, int column)
{
    const QStandardItem* item = model->item(row, column);
    if (!item)
        return {};
    return column == Name ? item->text().trimmed() : item->text();
}

} // namespace

QWidget* WorksheetPage::buildSettingsGroup()
{
    auto* group = new QGroupBox(tr("Settings"), this);
    group->setObjectName(QStringLiteral("settingsGroup"));
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(hint(QStringLiteral("settingsNote"),
        tr("PostgreSQL parameters go to conf.d/pgpilot-settings.conf on every node, apart from pgpilot's own "
           "settings; the timings go to HAProxy's and Keepalived's files. pgpilot settings cluster.json "
           "checks each value against the nodes' PostgreSQL, shows whether it needs a reload or a restart, "
           "and applies it with --apply --yes."),
        group));
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns);

    // PostgreSQL's parameters: a table of name and value rows.
    auto* pgColumn = new QVBoxLayout;
    pgColumn->addWidget(heading(tr("PostgreSQL parameters"), group));
    m_settings.parameters = new QStandardItemModel(0, 2, this);
    m_settings.parameters->setHorizontalHeaderLabels({tr("Parameter"), tr("Value")});
    connect(m_settings.parameters, &QStandardItemModel::itemChanged, this, &WorksheetPage::edited);
    connect(m_settings.parameters, &QStandardItemModel::rowsRemoved, this, &WorksheetPage::edited);
    m_settings.table = new NodeTableView(group);
    m_settings.table->setObjectName(QStringLiteral("settingsTable"));
    m_settings.table->setAccessibleName(tr("PostgreSQL parameters"));
    m_settings.table->setTabKeyNavigation(false);
    m_settings.table->setModel(m_settings.parameters);
    m_settings.table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_settings.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_settings.table->setWordWrap(false);
    m_settings.table->verticalHeader()->setVisible(false);
    m_settings.table->verticalHeader()->setDefaultSectionSize(m_settings.table->fontMetrics().height() + 12);
    m_settings.table->horizontalHeader()->setStretchLastSection(true);
    m_settings.table->setColumnWidth(Name, m_settings.table->fontMetrics().averageCharWidth() * 30 + 28);
    m_settings.table->setMinimumHeight(m_settings.table->verticalHeader()->defaultSectionSize() * 6 + 36);
    m_settings.table->setToolTip(tr("One parameter a row, as in postgresql.conf: work_mem and 64MB, "
                                    "random_page_cost and 1.1. Remove a row to go back to the default."));
    pgColumn->addWidget(m_settings.table, 1);
    m_settings.tableError = new ErrorLabel(group);
    m_settings.tableError->setObjectName(QStringLiteral("settings_postgresql_error"));
    m_settings.tableError->setWordWrap(true);
    m_settings.tableError->setTextFormat(Qt::RichText);
    m_settings.tableError->setStyleSheet(errorColourStyle());
    m_settings.tableError->setVisible(false);
    pgColumn->addWidget(m_settings.tableError);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add param&eter"), group);
    add->setObjectName(QStringLiteral("addParameter"));
    auto* remove = new QPushButton(tr("Remove parameter"), group);
    remove->setObjectName(QStringLiteral("removeParameter"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    pgColumn->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        m_updating = true; // an empty row changes nothing yet
        m_settings.parameters->appendRow({new QStandardItem, new QStandardItem});
        m_updating = false;
        const QModelIndex name = m_settings.parameters->index(m_settings.parameters->rowCount() - 1, Name);
        // Its name cell becomes current, which opens its editor (every edit trigger is on).
        m_settings.table->setFocus();
        m_settings.table->setCurrentIndex(name);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_settings.table->selectionModel()->selectedRows())
            rows << index.row();
        if (rows.isEmpty() && m_settings.table->currentIndex().isValid())
            rows << m_settings.table->currentIndex().row();
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int row : rows)
            m_settings.parameters->removeRow(row);
    });
    columns->addLayout(pgColumn, 5);

    // Spin boxes wider than the valid range, so that a value out of it (from a file) shows with its
    // error instead of being clamped.
    const QString ms = tr(" ms");
    const QString s = tr(" s");
    auto timing = [this](const char* objectName, int max, const QString& suffix) {
        QSpinBox* spin = spinBox(QString::fromLatin1(objectName), 0, max);
        spin->setSuffix(suffix);
        return spin;
    };

    auto* haproxyColumn = new QVBoxLayout;
    haproxyColumn->addWidget(heading(tr("HAProxy"), group));
    auto* haproxy = new QFormLayout;
    m_settings.checkInter = timing("haproxyCheckInter", 3600000, ms);
    m_settings.checkInter->setToolTip(
        tr("How often HAProxy asks each node's health service while it is up."));
    haproxy->addRow(tr("Check an up node every:"),
        field(m_settings.checkInter, QStringLiteral("settings.haproxy.checkInterMs")));
    m_settings.checkDownInter = timing("haproxyCheckDownInter", 3600000, ms);
    m_settings.checkDownInter->setToolTip(
        tr("How often HAProxy asks a node that is down: how soon a promoted standby gets writes."));
    haproxy->addRow(tr("Check a down node every:"),
        field(m_settings.checkDownInter, QStringLiteral("settings.haproxy.checkDownInterMs")));
    m_settings.checkFall = timing("haproxyCheckFall", 100, QString());
    haproxy->addRow(tr("Down after (failed checks):"),
        field(m_settings.checkFall, QStringLiteral("settings.haproxy.checkFall")));
    m_settings.checkRise = timing("haproxyCheckRise", 100, QString());
    haproxy->addRow(tr("Up after (good checks):"),
        field(m_settings.checkRise, QStringLiteral("settings.haproxy.checkRise")));
    m_settings.timeoutCheck = timing("haproxyTimeoutCheck", 3600000, ms);
    haproxy->addRow(tr("Check timeout:"),
        field(m_settings.timeoutCheck, QStringLiteral("settings.haproxy.timeoutCheckMs")));
    m_settings.timeoutConnect = timing("haproxyTimeoutConnect", 3600000, ms);
    haproxy->addRow(tr("Connect timeout:"),
        field(m_settings.timeoutConnect, QStringLiteral("settings.haproxy.timeoutConnectMs")));
    m_settings.timeoutClient = timing("haproxyTimeoutClient", 864000, s);
    m_settings.timeoutClient->setToolTip(
        tr("An idle client connection is closed after this long: longer than your pool's idle connections "
           "live."));
    haproxy->addRow(tr("Idle client timeout:"),
        field(m_settings.timeoutClient, QStringLiteral("settings.haproxy.timeoutClientS")));
    m_settings.timeoutServer = timing("haproxyTimeoutServer", 864000, s);
    haproxy->addRow(tr("Idle server timeout:"),
        field(m_settings.timeoutServer, QStringLiteral("settings.haproxy.timeoutServerS")));
    haproxyColumn->addLayout(haproxy);
    haproxyColumn->addStretch(1);
    columns->addLayout(haproxyColumn, 3);

    auto* keepalivedColumn = new QVBoxLayout;
    keepalivedColumn->addWidget(heading(tr("Keepalived (VIP)"), group));
    auto* keepalived = new QFormLayout;
    m_settings.advertInt = timing("keepalivedAdvertInt", 600000, ms);
    m_settings.advertInt->setSingleStep(10);
    m_settings.advertInt->setToolTip(
        tr("VRRP adverts between the nodes: a new primary claims the VIP three adverts after the old "
           "holder's last one. A multiple of 10 ms."));
    keepalived->addRow(tr("VRRP advert every:"),
        field(m_settings.advertInt, QStringLiteral("settings.keepalived.advertIntMs")));
    m_settings.vipCheckInterval = timing("keepalivedCheckInterval", 3600, s);
    keepalived->addRow(tr("Check the primary every:"),
        field(m_settings.vipCheckInterval, QStringLiteral("settings.keepalived.checkIntervalS")));
    m_settings.vipCheckTimeout = timing("keepalivedCheckTimeout", 3600, s);
    keepalived->addRow(tr("Check timeout:"),
        field(m_settings.vipCheckTimeout, QStringLiteral("settings.keepalived.checkTimeoutS")));
    m_settings.vipCheckFall = timing("keepalivedCheckFall", 100, QString());
    keepalived->addRow(tr("VIP leaves after (failed checks):"),
        field(m_settings.vipCheckFall, QStringLiteral("settings.keepalived.checkFall")));
    m_settings.vipCheckRise = timing("keepalivedCheckRise", 100, QString());
    keepalived->addRow(tr("VIP claimed after (good checks):"),
        field(m_settings.vipCheckRise, QStringLiteral("settings.keepalived.checkRise")));
    auto* defaults = new QPushButton(tr("Default timings"), group);
    defaults->setObjectName(QStringLiteral("defaultTimings"));
    defaults->setToolTip(tr("pgpilot's timings, the ones its failover times are measured with."));
    connect(defaults, &QPushButton::clicked, this, [this] {
        m_spec.settings.haproxy = HaproxyTimings();
        m_spec.settings.keepalived = KeepalivedTimings();
        m_updating = true;
        syncSettingsWidgets(false); // the parameters' rows stay as typed
        m_updating = false;
        edited();
    });
    keepalived->addRow(QString(), defaults);
    keepalivedColumn->addLayout(keepalived);
    keepalivedColumn->addStretch(1);
    columns->addLayout(keepalivedColumn, 3);
    return group;
}

void WorksheetPage::syncSettingsWidgets(bool withTable)
{
    const SettingsSpec& s = m_spec.settings;
    if (withTable) {
        m_settings.parameters->removeRows(0, m_settings.parameters->rowCount());
        for (auto it = s.postgresql.cbegin(); it != s.postgresql.cend(); ++it)
            m_settings.parameters->appendRow({new QStandardItem(it.key()), new QStandardItem(it.value())});
        m_settingsTableIssues.clear();
    }
    m_settings.checkInter->setValue(s.haproxy.checkInterMs);
    m_settings.checkDownInter->setValue(s.haproxy.checkDownInterMs);
    m_settings.checkFall->setValue(s.haproxy.checkFall);
    m_settings.checkRise->setValue(s.haproxy.checkRise);
    m_settings.timeoutConnect->setValue(s.haproxy.timeoutConnectMs);
    m_settings.timeoutCheck->setValue(s.haproxy.timeoutCheckMs);
    m_settings.timeoutClient->setValue(s.haproxy.timeoutClientS);
    m_settings.timeoutServer->setValue(s.haproxy.timeoutServerS);
    m_settings.advertInt->setValue(s.keepalived.advertIntMs);
    m_settings.vipCheckInterval->setValue(s.keepalived.checkIntervalS);
    m_settings.vipCheckTimeout->setValue(s.keepalived.checkTimeoutS);
    m_settings.vipCheckFall->setValue(s.keepalived.checkFall);
    m_settings.vipCheckRise->setValue(s.keepalived.checkRise);
}

void WorksheetPage::readSettingsWidgets()
{
    SettingsSpec& s = m_spec.settings;
    s.postgresql.clear();
    m_settingsTableIssues.clear();
    QHash<QString, int> rowOf;
    for (int row = 0; row < m_settings.parameters->rowCount(); ++row) {
        const QString name = cellText(m_settings.parameters, row, Name);
        const QString value = cellText(m_settings.parameters, row, Value);
        if (name.isEmpty() && value.trimmed().isEmpty())
            continue; // a row just added
        if (name.isEmpty()) {
            m_settingsTableIssues.append({QStringLiteral("settings.postgresql"),
                tr("Row %1 has a value but no parameter: name it, or remove the row.").arg(row + 1)});
            continue;
        }
        if (rowOf.contains(name)) {
            m_settingsTableIssues.append({QStringLiteral("settings.postgresql.") + name,
                tr("%1 is on rows %2 and %3: keep one of them.")
                    .arg(name)
                    .arg(rowOf.value(name) + 1)
                    .arg(row + 1)});
            continue;
        }
        rowOf.insert(name, row);
        s.postgresql.insert(name, value);
    }
    s.haproxy.checkInterMs = m_settings.checkInter->value();
    s.haproxy.checkDownInterMs = m_settings.checkDownInter->value();
    s.haproxy.checkFall = m_settings.checkFall->value();
    s.haproxy.checkRise = m_settings.checkRise->value();
    s.haproxy.timeoutConnectMs = m_settings.timeoutConnect->value();
    s.haproxy.timeoutCheckMs = m_settings.timeoutCheck->value();
    s.haproxy.timeoutClientS = m_settings.timeoutClient->value();
    s.haproxy.timeoutServerS = m_settings.timeoutServer->value();
    s.keepalived.advertIntMs = m_settings.advertInt->value();
    s.keepalived.checkIntervalS = m_settings.vipCheckInterval->value();
    s.keepalived.checkTimeoutS = m_settings.vipCheckTimeout->value();
    s.keepalived.checkFall = m_settings.vipCheckFall->value();
    s.keepalived.checkRise = m_settings.vipCheckRise->value();
}

void WorksheetPage::showSettingsIssues()
{
    QStringList messages;
    QHash<QString, QStringList> byName;
    const QString prefix = QStringLiteral("settings.postgresql.");
    for (const ValidationIssue& issue : m_issues) {
        if (!issue.field.startsWith(QLatin1String("settings.postgresql")))
            continue;
        messages << issue.message;
        if (issue.field.startsWith(prefix))
            byName[issue.field.mid(prefix.size())] << issue.message;
    }
    m_settings.tableError->setText(errorText(messages));
    m_settings.tableError->setVisible(!messages.isEmpty());
    // The rows of a parameter with a problem: marked as the node table marks its cells.
    const bool wasUpdating = m_updating;
    m_updating = true;
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < m_settings.parameters->rowCount(); ++row) {
        const QStringList problems = byName.value(cellText(m_settings.parameters, row, Name));
        for (int column : {Name, Value}) {
            QStandardItem* item = m_settings.parameters->item(row, column);
            if (!item)
                continue;
            const bool bad = !problems.isEmpty();
            item->setData(bad ? QVariant(QBrush(QColor(0xfd, 0xe2, 0xe1))) : QVariant(), Qt::BackgroundRole);
            item->setData(bad ? QVariant(QBrush(QColor(0x7a, 0x0b, 0x0b))) : QVariant(), Qt::ForegroundRole);
            item->setData(bad ? QVariant(problems.join(QLatin1Char('\n'))) : QVariant(), Qt::ToolTipRole);
            item->setData(
                bad ? QVariant(problems.join(QLatin1Char(' '))) : QVariant(), Qt::AccessibleDescriptionRole);
            if (column == Name)
                item->setData(bad ? QVariant(warning) : QVariant(), Qt::DecorationRole);
        }
    }
    m_updating = wasUpdating;
}

} // namespace pgpilot
