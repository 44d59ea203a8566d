// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdiff.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::SettingsDiff", text);
}

// A hot standby replays only with at least the primary's values of these (the primary's are in
// the WAL); max_wal_senders is one too, but pgpilot sets it.
bool isStandbyBound(const QString& name)
{
    return name == QLatin1String("max_connections") || name == QLatin1String("max_worker_processes")
        || name == QLatin1String("max_prepared_transactions")
        || name == QLatin1String("max_locks_per_transaction");
}

SettingChange::Status changeStatus(ApplyBy by)
{
    return by == ApplyBy::Reload ? SettingChange::Status::Reload : SettingChange::Status::Restart;
}

SettingChange compare(const PgSetting& row, const QString& wanted)
{
    SettingChange c;
    c.name = row.name;
    c.current = row.current;
    c.wanted = wanted;
    c.applyBy = applyByContext(row.context);
    if (wanted.isEmpty()) {
        // Gone from the worksheet, still in the file: it goes back to postgresql.conf's value or the
        // built-in default when the file is rewritten. Gone from the file too (or never in it) and
        // waiting for a restart: only a restart brings the value back.
        c.status = !row.inSettingsFile && row.pendingRestart ? SettingChange::Status::PendingRestart
                                                             : changeStatus(c.applyBy);
        return c;
    }
    const ParameterCheck check = checkParameter(row, wanted);
    if (!check.ok) {
        c.status = SettingChange::Status::Invalid;
        c.problem = check.error;
        return c;
    }
    bool ok1 = false;
    bool ok2 = false;
    c.lowersStandbyBound = isStandbyBound(row.name)
        && check.normalized.toLongLong(&ok1) < row.setting.toLongLong(&ok2) && ok1 && ok2;
    const bool alterSystem = row.sourceFile.endsWith(QLatin1String("/postgresql.auto.conf"));
    const QString overriddenBy
        = tr("%1 sets it to %2 and wins over pgpilot's file: %3")
              .arg(alterSystem ? QStringLiteral("ALTER SYSTEM") : row.sourceFile, row.current,
                  alterSystem ? tr("ALTER SYSTEM RESET %1 (then pgpilot settings again).").arg(row.name)
                              : tr("remove it from %1.").arg(row.sourceFile));
    if (row.inSettingsFile && row.fileValue == wanted) {
        // The file holds the worksheet's value: the server says whether it is in effect.
        if (row.pendingRestart) {
            c.status = SettingChange::Status::PendingRestart;
        } else if (!row.fileError.isEmpty()) {
            c.status = SettingChange::Status::Invalid;
            c.problem = tr("The server refused %1 = '%2' in pgpilot's file (%3): see its log.")
                            .arg(row.name, wanted, row.fileError);
        } else if (!row.fileApplied && !isInEffect(row, check.normalized)) {
            c.status = SettingChange::Status::Overridden;
            c.problem = overriddenBy;
        } else {
            c.status = SettingChange::Status::InEffect;
        }
        return c;
    }
    if (alterSystem && !isInEffect(row, check.normalized)) {
        c.status = SettingChange::Status::Overridden;
        c.problem = overriddenBy;
        return c;
    }
    c.status = isInEffect(row, check.normalized) ? SettingChange::Status::InEffect : changeStatus(c.applyBy);
    return c;
}

QString neededText(const SettingChange& c)
{
    switch (c.status) {
    case SettingChange::Status::InEffect:
        return tr("nothing");
    case SettingChange::Status::Reload:
        return tr("reload");
    case SettingChange::Status::Restart:
        return c.lowersStandbyBound ? tr("restart (primary first)") : tr("restart");
    case SettingChange::Status::PendingRestart:
        return tr("restart (pending)");
    case SettingChange::Status::Overridden:
        return tr("OVERRIDDEN");
    case SettingChange::Status::Invalid:
        return tr("REFUSED");
    }
    return {};
}

} // namespace

QString worksheetValueText(const SettingChange& c)
{
    if (!c.wanted.isEmpty())
        return c.wanted;
    // not pgpilot's to set now: removed from the worksheet and the file, or changed by hand
    return c.status == SettingChange::Status::PendingRestart ? tr("(not on the worksheet)") : tr("(default)");
}

QString toId(SettingChange::Status status)
{
    switch (status) {
    case SettingChange::Status::InEffect:
        return QStringLiteral("in-effect");
    case SettingChange::Status::Reload:
        return QStringLiteral("reload");
    case SettingChange::Status::Restart:
        return QStringLiteral("restart");
    case SettingChange::Status::PendingRestart:
        return QStringLiteral("pending-restart");
    case SettingChange::Status::Overridden:
        return QStringLiteral("overridden");
    case SettingChange::Status::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

bool SettingsDiff::hasInvalid() const
{
    if (!nodeErrors.isEmpty())
        return true;
    for (const SettingChange& c : changes) {
        if (c.status == SettingChange::Status::Invalid)
            return true;
    }
    return false;
}

bool SettingsDiff::needsReload() const
{
    for (const SettingChange& c : changes) {
        if (c.status == SettingChange::Status::Reload)
            return true;
    }
    return false;
}

bool SettingsDiff::needsRestart() const
{
    for (const SettingChange& c : changes) {
        if (c.status == SettingChange::Status::Restart || c.status == SettingChange::Status::PendingRestart)
            return true;
    }
    return false;
}

SettingsDiff diffSettings(const ClusterSpec& spec, const QHash<QString, QList<PgSetting>>& byNode)
{
    SettingsDiff diff;
    for (const NodeSpec& node : spec.nodes) {
        if (!byNode.contains(node.name)) {
            diff.nodeErrors.insert(node.name, tr("its settings were not read"));
            continue;
        }
        QMap<QString, PgSetting> rows;
        for (const PgSetting& row : byNode.value(node.name))
            rows.insert(row.name, row);
        QSet<QString> names(spec.settings.postgresql.keyBegin(), spec.settings.postgresql.keyEnd());
        for (const PgSetting& row : rows) {
            if (row.inSettingsFile || row.pendingRestart)
                names.insert(row.name);
        }
        QStringList sorted(names.cbegin(), names.cend());
        sorted.sort();
        for (const QString& name : sorted) {
            PgSetting row = rows.value(name);
            if (row.name.isEmpty()) { // the node did not answer for it: as unknown
                row.name = name;
                row.known = false;
            }
            SettingChange c = compare(row, spec.settings.postgresql.value(name));
            c.node = node.name;
            diff.changes << c;
        }
    }
    return diff;
}

QList<SettingsRow> settingsRows(const SettingsDiff& diff)
{
    // Parameter by parameter; one row when every node that was read says the same.
    QMap<QString, QList<SettingChange>> byName;
    QStringList nodesRead;
    for (const SettingChange& c : diff.changes) {
        byName[c.name] << c;
        if (!nodesRead.contains(c.node))
            nodesRead << c.node;
    }
    QList<SettingsRow> rows;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const QList<SettingChange>& list = it.value();
        bool same = list.size() == nodesRead.size() && nodesRead.size() > 1;
        for (const SettingChange& c : list) {
            const SettingChange& f = list.first();
            same = same && c.current == f.current && c.status == f.status && c.problem == f.problem
                && c.lowersStandbyBound == f.lowersStandbyBound;
        }
        for (const SettingChange& c : list) {
            if (same && &c != &list.first())
                continue;
            SettingsRow row;
            row.change = c;
            if (same)
                row.change.node.clear();
            row.needs = neededText(c);
            rows << row;
        }
    }
    return rows;
}

QString settingsDiffText(const SettingsDiff& diff)
{
    struct Line
    {
        QString name, node, current, wanted, needs;
    };
    QList<Line> lines;
    QStringList problems;
    for (const SettingsRow& r : settingsRows(diff)) {
        const SettingChange& c = r.change;
        const bool every = c.node.isEmpty();
        lines << Line {c.name, every ? tr("all") : c.node,
            c.current.isEmpty() ? QStringLiteral("-") : c.current, worksheetValueText(c), r.needs};
        if (!c.problem.isEmpty())
            problems << (every ? tr("%1 (every node): %2").arg(c.name, c.problem)
                               : tr("%1 on %2: %3").arg(c.name, c.node, c.problem));
    }
    QString text;
    if (lines.isEmpty()) {
        text = tr("The worksheet sets no PostgreSQL parameter and pgpilot's settings file holds none.\n");
    } else {
        Line header {tr("parameter"), tr("node"), tr("current"), tr("worksheet"), tr("needs")};
        qsizetype w[4]
            = {header.name.size(), header.node.size(), header.current.size(), header.wanted.size()};
        for (const Line& l : lines) {
            w[0] = qMax(w[0], l.name.size());
            w[1] = qMax(w[1], l.node.size());
            w[2] = qMax(w[2], l.current.size());
            w[3] = qMax(w[3], l.wanted.size());
        }
        auto row = [&w](const Line& l) {
            return QStringLiteral("  %1  %2  %3  %4  %5\n")
                .arg(l.name, -int(w[0]))
                .arg(l.node, -int(w[1]))
                .arg(l.current, -int(w[2]))
                .arg(l.wanted, -int(w[3]))
                .arg(l.needs);
        };
        text += row(header);
        for (const Line& l : lines)
            text += row(l);
    }
    for (const QString& p : problems)
        text += QStringLiteral("  ! %1\n").arg(p);
    QStringList errorNodes = diff.nodeErrors.keys();
    errorNodes.sort();
    for (const QString& node : errorNodes)
        text += tr("  ! %1: %2\n").arg(node, diff.nodeErrors.value(node));
    return text;
}

RestartNeed restartNeeded(const SettingsDiff& diff)
{
    RestartNeed need;
    for (const SettingChange& c : diff.changes) {
        if (c.status != SettingChange::Status::PendingRestart && c.status != SettingChange::Status::Restart)
            continue;
        need.needed = true;
        if (!need.parameters.contains(c.name))
            need.parameters << c.name;
        if (!need.nodes.contains(c.node))
            need.nodes << c.node;
        need.byNode[c.node] << c.name;
        if (c.lowersStandbyBound && !need.lowered.contains(c.name))
            need.lowered << c.name;
    }
    need.parameters.sort();
    need.lowered.sort();
    return need;
}

QString restartAdvice(const RestartNeed& need, const QString& clusterFile)
{
    if (!need.needed)
        return {};
    QString text = tr("Waiting for a restart of PostgreSQL: %1 (on %2). Apply it one node at a time, the "
                      "primary by a switchover:\n  pgpilot rolling-restart %3 --yes\n")
                       .arg(need.parameters.join(QStringLiteral(", ")), need.nodes.join(QStringLiteral(", ")),
                           clusterFile);
    if (!need.lowered.isEmpty())
        text
            += tr("%1 goes down: a standby must keep it at least at the primary's value, so the primary must "
                  "run with the lower value before the standbys restart.\n")
                   .arg(need.lowered.join(QStringLiteral(", ")));
    return text;
}

} // namespace pgpilot
