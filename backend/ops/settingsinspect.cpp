// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsinspect.h"

#include "exec/clustersession.h"
#include "exec/job.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"

#include <QCryptographicHash>

#include <algorithm>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return SettingsInspector::tr(text);
}

QStringList nodeNames(const ClusterSpec& spec)
{
    QStringList names;
    for (const NodeSpec& n : spec.nodes)
        names << n.name;
    return names;
}

bool hasStatus(const SettingsDiff& diff, SettingChange::Status status)
{
    return std::any_of(diff.changes.cbegin(), diff.changes.cend(),
        [status](const SettingChange& c) { return c.status == status; });
}

QStringList namesWith(const SettingsDiff& diff, SettingChange::Status status)
{
    QStringList names;
    for (const SettingChange& c : diff.changes) {
        if (c.status == status && !names.contains(c.name))
            names << c.name;
    }
    names.sort();
    return names;
}

} // namespace

bool SettingsInspection::routingChanged() const
{
    return std::any_of(
        routing.cbegin(), routing.cend(), [](const RoutingFileState& f) { return !f.differ.isEmpty(); });
}

SettingsAction settingsNextAction(const SettingsInspection& inspection)
{
    const SettingsDiff& diff = inspection.diff;
    if (diff.hasInvalid())
        return SettingsAction::Correct;
    if (diff.needsReload() || inspection.routingChanged() || hasStatus(diff, SettingChange::Status::Restart))
        return SettingsAction::Apply;
    const RestartNeed need = inspection.restart();
    if (!need.needed)
        return SettingsAction::Nothing;
    return need.lowered.isEmpty() ? SettingsAction::RollingRestart : SettingsAction::PrimaryFirst;
}

QString settingsActionText(const SettingsInspection& inspection)
{
    const SettingsDiff& diff = inspection.diff;
    const RestartNeed need = inspection.restart();
    const QString list = need.parameters.join(QStringLiteral(", "));
    switch (settingsNextAction(inspection)) {
    case SettingsAction::Nothing:
        return tr("Every value is in effect on every node and HAProxy's and Keepalived's files are as the "
                  "worksheet says: nothing to apply.");
    case SettingsAction::Correct:
        return tr("Nothing can be applied: correct on the worksheet what the nodes refuse (or reach the "
                  "nodes that were not read), then read again.");
    case SettingsAction::Apply: {
        QStringList parts;
        if (const QStringList reload = namesWith(diff, SettingChange::Status::Reload); !reload.isEmpty())
            parts << tr("a reload of PostgreSQL on every node puts %1 into effect")
                         .arg(reload.join(QStringLiteral(", ")));
        if (inspection.routingChanged()) {
            QStringList files;
            for (const RoutingFileState& f : inspection.routing) {
                if (!f.differ.isEmpty())
                    files << f.label;
            }
            parts << tr("%1 reloaded with the new timings (no restart)").arg(files.join(tr(" and ")));
        }
        QString text = parts.isEmpty() ? tr("Applying writes the settings file on every node.")
                                       : tr("Applying: %1.").arg(parts.join(QStringLiteral("; ")));
        if (need.needed)
            text += QLatin1Char(' ')
                + (need.lowered.isEmpty()
                        ? tr("After that, a restart of PostgreSQL is still needed for %1: a rolling restart "
                             "(the standbys one at a time, then a switchover) does it.")
                              .arg(list)
                        : tr("After that, a restart is still needed for %1, and %2 goes down: the primary "
                             "must run with the lower value before the standbys restart.")
                              .arg(list, need.lowered.join(QStringLiteral(", "))));
        return text;
    }
    case SettingsAction::RollingRestart:
        return tr("Written and reloaded; a restart of PostgreSQL on %2 is still needed for %1. A rolling "
                  "restart does it: the standbys one at a time, each caught up before the next, then a "
                  "switchover, then the old primary.")
            .arg(list, need.nodes.join(QStringLiteral(", ")));
    case SettingsAction::PrimaryFirst:
        return tr("Written and reloaded; a restart is still needed for %1, and %2 goes down: a standby must "
                  "keep it "
                  "at least at the primary's value, so the primary must restart with the lower value "
                  "before the standbys. A rolling restart (standbys first) would stop their replay.")
            .arg(list, need.lowered.join(QStringLiteral(", ")));
    }
    return {};
}

QString routingStateText(const RoutingFileState& f)
{
    const QString state = !f.differ.isEmpty()
        ? tr("differs on %1: applying rewrites it and reloads %2 (no restart)")
              .arg(f.differ.join(QStringLiteral(", ")), f.label)
        : f.unread.isEmpty() ? tr("as the worksheet says on every node")
                             : tr("not read on %1").arg(f.unread.join(QStringLiteral(", ")));
    return QStringLiteral("%1 (%2): %3").arg(f.label, f.path, state);
}

SettingsInspector::SettingsInspector(ClusterSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void SettingsInspector::start(bool compareRoutingFiles)
{
    if (running())
        return;
    m_routing = compareRoutingFiles;
    m_result = {};
    readSettings();
}

void SettingsInspector::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SettingsInspector::readSettings()
{
    const ClusterSpec& spec = m_session->spec();
    RunRequest request;
    request.command = settingsReadCommand(spec);
    request.runAs = QStringLiteral("postgres");
    request.timeoutMs = 60000;
    Job* job = m_session->runCommand(QStringLiteral("settings-read"), request, nodeNames(spec));
    m_job = job;
    connect(job, &Job::finished, this, [this, job] {
        m_job = nullptr;
        if (job->commandResults().isEmpty()) {
            Q_EMIT finished(m_result, job->error().isEmpty() ? tr("no node answered") : job->error());
            return;
        }
        QHash<QString, QList<PgSetting>> byNode;
        QHash<QString, QString> unread;
        for (auto it = job->commandResults().cbegin(); it != job->commandResults().cend(); ++it) {
            const RunResult& r = it.value();
            QString error;
            if (r.failure != RunResult::Failure::None)
                error = r.error;
            else if (r.exitCode != 0)
                error = QString::fromUtf8(r.stdErr).trimmed();
            else if (const auto rows = parseSettingsRows(r.stdOut, &error))
                byNode.insert(it.key(), *rows);
            if (!byNode.contains(it.key()))
                unread.insert(it.key(),
                    tr("its settings could not be read: %1").arg(error.isEmpty() ? tr("no answer") : error));
        }
        m_result.diff = diffSettings(m_session->spec(), byNode);
        for (auto it = unread.cbegin(); it != unread.cend(); ++it)
            m_result.diff.nodeErrors.insert(it.key(), it.value());
        if (m_routing)
            readRoutingFiles();
        else
            Q_EMIT finished(m_result, {});
    });
}

void SettingsInspector::readRoutingFiles()
{
    RunRequest request;
    request.command
        = QStringLiteral("for f in /etc/haproxy/haproxy.cfg /etc/keepalived/keepalived.conf; do "
                         "printf '%s %s\\n' \"$(sha256sum <\"$f\" 2>/dev/null | cut -d' ' -f1)\" \"$f\"; "
                         "done");
    request.timeoutMs = 30000;
    Job* job = m_session->runCommand(QStringLiteral("settings-read"), request, nodeNames(m_session->spec()));
    m_job = job;
    connect(job, &Job::finished, this, [this, job] {
        m_job = nullptr;
        const ClusterSpec& spec = m_session->spec();
        struct File
        {
            QString label;
            QString path;
            RenderedFile (*render)(const ClusterSpec&, const NodeSpec&);
        };
        const File files[]
            = {{QStringLiteral("HAProxy"), QStringLiteral("/etc/haproxy/haproxy.cfg"), &render::haproxyCfg},
                {QStringLiteral("Keepalived"), QStringLiteral("/etc/keepalived/keepalived.conf"),
                    &render::keepalivedConf}};
        for (const File& f : files) {
            RoutingFileState state {f.label, f.path, {}, {}};
            for (const NodeSpec& node : spec.nodes) {
                const RunResult r = job->commandResults().value(node.name);
                const QString want = QString::fromLatin1(
                    QCryptographicHash::hash(f.render(spec, node).content, QCryptographicHash::Sha256)
                        .toHex());
                QString have;
                for (const QString& line : QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'))) {
                    if (line.endsWith(QLatin1Char(' ') + f.path))
                        have = line.section(QLatin1Char(' '), 0, 0);
                }
                if (r.failure != RunResult::Failure::None || have.isEmpty())
                    state.unread << node.name;
                else if (have != want)
                    state.differ << node.name;
            }
            m_result.routing << state;
        }
        Q_EMIT finished(m_result, {});
    });
}

} // namespace pgpilot
