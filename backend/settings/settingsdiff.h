// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"
#include "settings/pgparameters.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pgpilot {

// The worksheet's PostgreSQL parameters against what the nodes report (settingsQuerySql's rows):
// per node and parameter, the value in effect, the worksheet's, and what it takes to get there.
// Pure; `pgpilot settings` prints it before and after applying, the settings criterion judges it.

struct SettingChange
{
    enum class Status
    {
        InEffect, // the node runs with the worksheet's value
        Reload, // a reload applies the new value
        Restart, // the new value waits for a restart of PostgreSQL
        PendingRestart, // the file has it, the server waits for a restart (pending_restart)
        Overridden, // the file has it, but a later setting wins (ALTER SYSTEM, a line after include_dir)
        Invalid // the server does not take it (unknown, internal, wrong type, out of range)
    };

    QString node;
    QString name;
    QString current; // the value in effect as SHOW prints it; empty when the server has no such parameter
    QString wanted; // the worksheet's value; empty: removed from the worksheet (back to the default)
    Status status = Status::InEffect;
    ApplyBy applyBy = ApplyBy::Reload; // what a change of it needs (its context)
    QString problem; // Invalid and Overridden: why, and what to do
    // A change to a lower value of a setting a hot standby must keep at least at the primary's
    // (max_connections, max_worker_processes, max_prepared_transactions,
    // max_locks_per_transaction): the primary must be restarted with it first.
    bool lowersStandbyBound = false;

    bool operator==(const SettingChange&) const = default;
};
QString toId(SettingChange::Status status); // "in-effect", "reload", "restart", "pending-restart", ...

struct SettingsDiff
{
    QList<SettingChange> changes; // node by node in the worksheet's order, each by parameter name
    QHash<QString, QString> nodeErrors; // node -> why its settings could not be read

    bool hasInvalid() const; // a value the server refuses (or a node that could not be read)
    bool needsReload() const; // something a reload applies (or a removed parameter)
    bool needsRestart() const; // a value that waits for a restart, now or once the files are written
};

// Parameters pgpilot's settings file holds for a node (pgpilot-settings.conf), by node name.
// byNode: each node's rows; a node missing from it is reported as not read.
SettingsDiff diffSettings(const ClusterSpec& spec, const QHash<QString, QList<PgSetting>>& byNode);

// The table's rows: one per parameter where every node read agrees (change.node empty), else one
// per node; needs: what it takes, in words ("reload", "restart (pending)", "REFUSED").
struct SettingsRow
{
    SettingChange change;
    QString needs;
};
QList<SettingsRow> settingsRows(const SettingsDiff& diff);
// The worksheet column: the value, "(default)" for one removed from the worksheet, "(not on the
// worksheet)" for a parameter waiting for a restart that pgpilot's file no longer sets.
QString worksheetValueText(const SettingChange& change);

// The table pgpilot settings prints: one line per parameter where every node agrees, else one
// per node; what each change needs, and the problems.
QString settingsDiffText(const SettingsDiff& diff);

// What is left for a restart once the files are written and reloaded: the hook of the rolling
// restart. needed when any node reports a parameter pending a restart; parameters and nodes list
// them (sorted, each once); byNode names them per node. lowered: parameters whose new value is
// lower than the primary's and that a standby must keep at least at the primary's value (the
// primary first, or the standbys refuse to replay).
struct RestartNeed
{
    bool needed = false;
    QStringList parameters;
    QStringList nodes;
    QHash<QString, QStringList> byNode;
    QStringList lowered;

    bool operator==(const RestartNeed&) const = default;
};
RestartNeed restartNeeded(const SettingsDiff& diff);

// The line that tells the DBA how to apply what waits for a restart ("pgpilot rolling-restart
// <file> --yes"), empty when nothing waits.
QString restartAdvice(const RestartNeed& need, const QString& clusterFile);

} // namespace pgpilot
