// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settingsdiff.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace pgpilot {

class ClusterSession;
class Job;

// What the worksheet's settings section would change on a cluster in service, read before
// anything is applied: `pgpilot settings` prints it, the dashboard's Settings dialog shows it and
// offers the next action (settingsNextAction).

// haproxy.cfg or keepalived.conf on every node against the one the worksheet renders (its timings).
struct RoutingFileState
{
    QString label; // "HAProxy", "Keepalived"
    QString path;
    QStringList differ; // nodes whose file differs: applying rewrites it and reloads the service
    QStringList unread; // nodes whose file could not be read

    bool operator==(const RoutingFileState&) const = default;
};

struct SettingsInspection
{
    SettingsDiff diff; // the PostgreSQL parameters, node by node
    QList<RoutingFileState> routing; // empty when not compared

    bool routingChanged() const; // a routing file differs somewhere
    RestartNeed restart() const { return restartNeeded(diff); }
};

// What the DBA can do next, from an inspection.
enum class SettingsAction
{
    Nothing, // every value in effect, every file as the worksheet says
    Correct, // a value the servers refuse, or a node not read: the worksheet first
    Apply, // write and reload (a value to reload, a file to write, a value to wait for a restart)
    RollingRestart, // written already: what is left waits for a restart of PostgreSQL
    PrimaryFirst // a lowered bound a standby must keep at least at the primary's: not rolling
};
SettingsAction settingsNextAction(const SettingsInspection& inspection);
// A sentence or two for it: "Applying: a reload of PostgreSQL on every node puts work_mem into
// effect. After that, a restart of PostgreSQL is still needed for shared_buffers: a rolling
// restart (...) does it."
QString settingsActionText(const SettingsInspection& inspection);

// The routing-file comparison as `pgpilot settings` prints it, one line per file.
QString routingStateText(const RoutingFileState& state);

// Reads every node's pg_settings rows of the worksheet's parameters (as postgres) and, when asked,
// the checksums of haproxy.cfg and keepalived.conf, over an open session; read-only. One read per
// start(); finished() once with what was read (a node that did not answer is in
// diff.nodeErrors). error is set only when nothing could be run at all.
class SettingsInspector : public QObject
{
    Q_OBJECT
public:
    explicit SettingsInspector(ClusterSession* session, QObject* parent = nullptr);

    void start(bool compareRoutingFiles = true);
    bool running() const { return !m_job.isNull(); }
    void cancel();

Q_SIGNALS:
    void finished(const pgpilot::SettingsInspection& inspection, const QString& error);

private:
    void readSettings();
    void readRoutingFiles();

    ClusterSession* m_session;
    QPointer<Job> m_job;
    bool m_routing = true;
    SettingsInspection m_result;
};

} // namespace pgpilot
