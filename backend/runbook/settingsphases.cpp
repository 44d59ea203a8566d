// SPDX-License-Identifier: GPL-3.0-or-later
// The worksheet's settings section on the nodes: the settings file's actions (phase 2 and
// pgpilot settings), the criterion that judges the values against each node's pg_settings, and
// the operation behind `pgpilot settings --apply` (builder.h, buildSettingsPhases).

#include "builderutil.h"
#include "core/shell.h"
#include "settings/settingsdiff.h"
#include "settingsfiles.h"

namespace pgpilot {

QString Builder::inServiceShell() const
{
    return QStringLiteral("[ \"$(%1 2>/dev/null)\" = t ]")
        .arg(psql(QStringLiteral("SELECT count(*) > 0 FROM repmgr.nodes"), QStringLiteral("repmgr")));
}

QString Builder::settingsReadShell() const
{
    return psql(settingsQuerySql(m_spec.settings.postgresql.keys(), postgresSettingsFile(m_v)));
}

QList<Action> Builder::settingsFileActions(const RenderedFile& f) const
{
    const QString loadTime = psql(QStringLiteral("SELECT extract(epoch FROM pg_conf_load_time())"));
    const QString reload = psql(QStringLiteral("SELECT pg_reload_conf()"));
    // The file's lines the server does not take; a value of a restart-only parameter that waits for
    // the restart reports an error too, but is pending_restart.
    const QString refused = psql(QStringLiteral(
        "SELECT coalesce(string_agg(f.name || ' = ''' || coalesce(f.setting, '') || ''' (' || "
        "f.error || ')', '; ' ORDER BY f.seqno), '') FROM pg_file_settings f LEFT JOIN "
        "pg_settings s ON s.name = f.name WHERE f.sourcefile = '%1' AND f.error IS NOT NULL AND "
        "NOT coalesce(s.pending_restart, false)")
                                     .arg(f.path));
    const QString path = shellQuote(f.path);
    Action keep = run(tr("Keep the previous %1").arg(f.path),
        QStringLiteral("f=%1; if [ -f \"$f\" ]; then cp -p \"$f\" \"$f.prev\"; else rm -f \"$f.prev\"; fi")
            .arg(path),
        kPostgres);
    // Waits (at most 10 s) until the server has read its files again: only then does pg_settings
    // say which values wait for a restart.
    Action check = run(tr("Reload PostgreSQL and check that it takes every line of %1").arg(f.path),
        QStringLiteral(
            "f=%1\n"
            "b=$(%2) || exit 1\n"
            "%3 >/dev/null || exit 1\n"
            "n=0; while [ \"$(%2)\" = \"$b\" ] && [ \"$n\" -lt 40 ]; do sleep 0.25; n=$((n + 1)); done\n"
            "bad=$(%4) || exit 1\n"
            "if [ -n \"$bad\" ]; then\n"
            "  if [ -f \"$f.prev\" ]; then mv -f \"$f.prev\" \"$f\"; else rm -f \"$f\"; fi\n"
            "  %3 >/dev/null\n"
            "  echo \"pgpilot: PostgreSQL does not take $bad; the previous file was put back\" >&2\n"
            "  exit 1\n"
            "fi\n"
            "rm -f \"$f.prev\"")
            .arg(path, loadTime, reload, refused),
        kPostgres);
    return {keep, write(tr("Write %1").arg(f.path), f),
        affects(check, Action::ServiceEffect::Reload, postgresUnit(m_v))};
}

QString Builder::settingsFileProbe(const RenderedFile& f) const
{
    return QStringLiteral("%1 && [ -z \"$(%2)\" ]")
        .arg(fileProbe(f),
            psql(QStringLiteral(
                "SELECT string_agg(name, ' ') FROM pg_file_settings WHERE sourcefile = '%1' "
                "AND error IS NOT NULL AND NOT EXISTS (SELECT FROM pg_settings s WHERE s.name = "
                "pg_file_settings.name AND s.pending_restart)")
                     .arg(f.path)));
}

Criterion Builder::settingsValuesCriterion(const QString& id, bool written) const
{
    const ClusterSpec spec = m_spec;
    return perNode(
        id,
        written
            ? tr("Every parameter of the worksheet's settings section is in effect on every node, or waits "
                 "for a restart")
            : tr("PostgreSQL on every node takes every value of the worksheet's settings section"),
        settingsReadShell(),
        [spec, written](const NodeSpec& node, const CommandOutput& out) {
            QString error;
            const auto rows = out.exitCode == 0 ? parseSettingsRows(out.stdOut, &error) : std::nullopt;
            if (!rows)
                return result(false, node.name, tr("PostgreSQL answers"),
                    out.exitCode != 0 ? text(out.stdErr) : error,
                    tr("PostgreSQL is not running: see the server log."));
            const SettingsDiff diff = diffSettings(spec, {{node.name, *rows}});
            QStringList problems;
            QStringList pending;
            QStringList open;
            int inEffect = 0;
            for (const SettingChange& c : diff.changes) {
                if (c.node != node.name)
                    continue;
                switch (c.status) {
                case SettingChange::Status::InEffect:
                    ++inEffect;
                    break;
                case SettingChange::Status::PendingRestart:
                    pending << c.name;
                    break;
                case SettingChange::Status::Reload:
                case SettingChange::Status::Restart:
                    open << QStringLiteral("%1 (%2)").arg(c.name, toId(c.status));
                    break;
                case SettingChange::Status::Overridden:
                case SettingChange::Status::Invalid:
                    problems << c.problem;
                    break;
                }
            }
            QString seen = tr("%1 in effect").arg(inEffect);
            if (!pending.isEmpty())
                seen += tr("; waiting for a restart: %1").arg(pending.join(QStringLiteral(", ")));
            if (!open.isEmpty())
                seen += (written ? tr("; not applied: %1") : tr("; to apply: %1"))
                            .arg(open.join(QStringLiteral(", ")));
            if (!problems.isEmpty())
                seen += QStringLiteral("; ") + problems.join(QStringLiteral(" "));
            const bool ok = problems.isEmpty() && (!written || open.isEmpty());
            return result(ok, node.name,
                written ? tr("every value in effect or waiting for a restart")
                        : tr("every value one the server takes"),
                seen,
                problems.isEmpty()
                    ? tr("The settings file was not written or PostgreSQL not reloaded: run pgpilot "
                         "settings --apply again.")
                    : problems.first());
        },
        kPostgres);
}

void Builder::settingsOperation(OperationPhases& ops) const
{
    const int n = kSettingsPhase;
    ops.prechecks.number = ops.steps.number = ops.verification.number = n;
    Phase& p = ops.steps;
    p.title = tr("Apply the worksheet's settings to cluster %1").arg(m_spec.name);
    p.summary
        = tr("The PostgreSQL parameters written to conf.d/pgpilot-settings.conf on every node and reloaded; "
             "haproxy.cfg and keepalived.conf rewritten and reloaded where their timings changed. Nothing is "
             "restarted: what needs a restart waits for pgpilot rolling-restart.");
    p.steps << forAll(opId(n, QStringLiteral("postgres")),
        tr("Write the worksheet's PostgreSQL parameters and reload PostgreSQL"),
        tr("PostgreSQL does not take a value (the previous file was put back on that node): correct the "
           "worksheet "
           "and run pgpilot settings again."),
        [this](const NodeSpec& node) {
            const RenderedFile f = render::postgresSettings(m_spec, node);
            return work(node, settingsFileActions(f), settingsFileProbe(f), kPostgres);
        });
    p.steps << forAll(opId(n, QStringLiteral("conf-overrides")),
        tr("Comment out postgresql.conf settings that would override them"),
        tr("postgresql.conf could not be rewritten as postgres: check that postgres owns it."),
        [this](const NodeSpec& node) { return confOverridesWork(node); });
    // Reloads only; a file that is already as rendered is left alone (its probe), so a change of
    // PostgreSQL parameters alone touches neither service.
    Step haproxy = forAll(opId(n, QStringLiteral("haproxy")),
        tr("Rewrite haproxy.cfg where it changed and reload HAProxy"),
        tr("HAProxy refused the configuration (the running one is unchanged): see the error above."),
        [this](const NodeSpec& node) {
            const RenderedFile f = render::haproxyCfg(m_spec, node);
            QList<Action> actions = writeValidated(tr("Write %1").arg(f.path), f, haproxyChecker());
            actions << affects(run(tr("Reload HAProxy"), QStringLiteral("systemctl reload haproxy")),
                Action::ServiceEffect::Reload, QStringLiteral("haproxy"));
            return work(node, actions, fileProbe(f));
        });
    Step keepalived = forAll(opId(n, QStringLiteral("keepalived")),
        tr("Rewrite keepalived.conf where it changed and reload Keepalived, one node at a time"),
        tr("Keepalived refused the configuration (the running one is unchanged): see the error above."),
        [this](const NodeSpec& node) {
            const RenderedFile f = render::keepalivedConf(m_spec, node);
            QList<Action> actions = writeValidated(tr("Write %1").arg(f.path), f, keepalivedChecker());
            actions << affects(run(tr("Reload Keepalived"), QStringLiteral("systemctl reload keepalived")),
                Action::ServiceEffect::Reload, QStringLiteral("keepalived"));
            return work(node, actions, fileProbe(f));
        });
    // The primary (as the worksheet names it; it holds the VIP unless a failover moved it) last.
    keepalived.sequential = true;
    std::stable_partition(keepalived.work.begin(), keepalived.work.end(),
        [this](const NodeWork& w) { return w.node != m_primary.name; });
    p.steps << haproxy << keepalived;

    ops.prechecks.checkpoint << reachCriterion()
                             << settingsValuesCriterion(QStringLiteral("settings-values"), false);
    ops.verification.checkpoint << settingsValuesCriterion(QStringLiteral("settings-in-effect"), true);
    ops.prechecks.title = tr("Pre-checks: %1").arg(p.title);
    ops.verification.title = tr("Verification: %1").arg(p.title);
}

OperationPhases buildSettingsPhases(const ClusterSpec& spec)
{
    OperationPhases ops;
    Builder(spec).settingsOperation(ops);
    return ops;
}

QString settingsReadCommand(const ClusterSpec& spec)
{
    const OperationPhases ops = buildSettingsPhases(spec);
    for (const Criterion& c : ops.prechecks.checkpoint) {
        if (c.id == QLatin1String("settings-values"))
            return c.command;
    }
    return {};
}

} // namespace pgpilot
