// SPDX-License-Identifier: GPL-3.0-or-later
// Phase 4: HAProxy, health service, VIP.

#include "builderutil.h"
#include "core/shell.h"

#include <QFileInfo>

#include <algorithm>

namespace pgpilot {

namespace {

// Sets $a to the address this node sees pgpilot's SSH session come from (the first field of
// SSH_CONNECTION): looked up the process tree, since sudo drops the variable. Fails the command
// when there is none or it is not an address.
QString workstationAddressShell()
{
    return QStringLiteral(
        "a=; p=$$; while [ -z \"$a\" ] && [ \"$p\" -gt 1 ]; do "
        "a=$(tr '\\0' '\\n' </proc/$p/environ 2>/dev/null | sed -n 's/^SSH_CONNECTION=\\([^ ]*\\) "
        ".*/\\1/p'); "
        "p=$(sed 's/.*) //' /proc/$p/stat | cut -d' ' -f2); done; a=${a#::ffff:}; "
        "case $a in ''|*[!0-9A-Fa-f.:]*) echo \"pgpilot: cannot tell the address of this SSH session's "
        "workstation ('$a')\" >&2; exit 1 ;; esac");
}

// Adds that address to the file of monitoring workstations (one address a line, kept sorted),
// written like every other file of pgpilot's (atomicWriteScript: size and checksum computed here).
QString recordWorkstationCommand(const QString& path)
{
    return QStringLiteral(
        "%1; f=%2; c=$({ grep -xE '[0-9A-Fa-f.:]+' \"$f\" 2>/dev/null; printf '%s\\n' \"$a\"; } "
        "| sort -u); n=$(printf '%s\\n' \"$c\" | wc -c); "
        "s=$(printf '%s\\n' \"$c\" | sha256sum | cut -d' ' -f1); "
        "printf '%s\\n' \"$c\" | { %3; }")
        .arg(workstationAddressShell(), shellQuote(path),
            atomicWriteScript(QStringLiteral("\"$f\""), QStringLiteral("\"$n\""), QStringLiteral("\"$s\""),
                QStringLiteral("root"), QStringLiteral("root"), 0644));
}

// True when the file lists this session's workstation.
QString workstationRecordedProbe(const QString& path)
{
    return QStringLiteral("{ %1; grep -qxF \"$a\" %2; }").arg(workstationAddressShell(), shellQuote(path));
}

} // namespace

// True when the running HAProxy was started with the stats password the file holds. Compared
// in shell variables ([ is a builtin): the password never appears in a process's arguments.
QString Builder::haproxyEnvCurrent() const
{
    return QStringLiteral("{ pid=$(systemctl show -p MainPID --value haproxy); [ \"${pid:-0}\" -gt 0 ] && "
                          "want=$(grep '^PGPILOT_STATS_AUTH=' %1) && "
                          "have=$(tr '\\0' '\\n' </proc/\"$pid\"/environ | grep '^PGPILOT_STATS_AUTH=') "
                          "&& [ \"$want\" = \"$have\" ]; }")
        .arg(shellQuote(nodepaths::haproxyStatsEnv()));
}

// The adopted cluster's primary, still waiting for the restart phase 2 left pending, is restarted by
// a switchover to target (repmgr stops it cleanly and starts it as a standby with the new
// settings): writes pause once, as for any switchover. Skipped when the primary has nothing
// pending (asked through the VIP's write port, which reaches whichever node is the primary).
Step Builder::restartPrimaryBySwitchover(const NodeSpec& target, const QString& id) const
{
    const Phase sw = switchover(target.name);
    QList<Action> actions;
    for (const Step& s : sw.steps) {
        for (const NodeWork& w : s.work)
            actions << w.actions;
    }
    for (Action& a : actions) {
        if (a.command.contains(QLatin1String("standby switchover --siblings-follow"))
            && !a.command.contains(QLatin1String("--dry-run")))
            a = affects(a, Action::ServiceEffect::Restart,
                tr("%1 on the primary (by switchover to %2)").arg(postgresUnit(m_v), target.name));
    }
    const QString nothingPending
        = QStringLiteral("[ \"$(%1 2>/dev/null)\" = 0 ]")
              .arg(psqlTo(m_spec.network.vip, m_spec.ports.write,
                  QStringLiteral("SELECT count(*) FROM pg_settings WHERE pending_restart")));
    return step(id, tr("Restart the primary with the new settings: switch over to %1").arg(target.name),
        Step::Target::OneNode, {work(target, actions, nothingPending, kPostgres)},
        tr("The switchover did not complete: run 'repmgr cluster show' on %1 and check which node is primary "
           "before anything else.")
            .arg(target.name));
}

// The stats password is only a variable's name in haproxy.cfg: any value validates it.
QString Builder::haproxyChecker()
{
    return QStringLiteral("env PGPILOT_STATS_AUTH=check haproxy -c -q -f");
}

// keepalived 2.2's --config-test ends by SIGTERM (exit 143) even for a clean file and exits 5
// only for some errors (an unknown keyword or a bad VRID is just reported): a clean file is
// one it has nothing to say about. setsid keeps its signal away from our shell.
QString Builder::keepalivedChecker()
{
    return QStringLiteral("kcheck() { out=$(setsid -w keepalived -t -f \"$1\" 2>&1); rc=$?; if [ -z "
                          "\"$out\" ] && { [ "
                          "\"$rc\" -eq 0 ] || [ \"$rc\" -eq 143 ]; }; then return 0; fi; printf "
                          "'%s\\n' \"$out\" >&2; "
                          "return 1; }; kcheck");
}

QList<Action> Builder::healthScriptActions(const NodeSpec& node, QStringList* probes) const
{
    const RenderedFile script = render::healthScript(m_spec, node);
    QList<Action> actions {run(tr("Create %1").arg(nodepaths::libDir()), mkdir(nodepaths::libDir())),
        run(tr("Create %1").arg(nodepaths::healthPackageDir()), mkdir(nodepaths::healthPackageDir())),
        run(tr("Create %1").arg(nodepaths::configDir()), mkdir(nodepaths::configDir())),
        write(tr("Write %1").arg(script.path), script)};
    *probes << fileProbe(script);
    for (const RenderedFile& module : render::healthModules(m_spec, node)) {
        actions << write(tr("Write %1").arg(module.path), module);
        *probes << fileProbe(module);
    }
    return actions;
}

Phase Builder::phase4() const
{
    Phase p;
    p.number = 4;
    p.title = tr("HAProxy, health service and VIP");
    p.summary = tr("The health service on port %1, HAProxy on ports %2 (writes) and %3 (reads) with HTTP "
                   "checks, Keepalived moving the VIP %4 with the primary.")
                    .arg(m_spec.ports.health)
                    .arg(m_spec.ports.write)
                    .arg(m_spec.ports.read)
                    .arg(m_spec.network.vip);

    const bool adopted = m_spec.adopted.adopted;
    // A cluster in service changes one node at a time, the primary (which holds the VIP) last, so
    // that routing keeps a working path throughout; a new cluster does all at once.
    auto primaryLast = [this](Step s) {
        if (!m_spec.adopted.adopted)
            return s;
        s.sequential = true;
        std::stable_partition(
            s.work.begin(), s.work.end(), [this](const NodeWork& w) { return w.node != m_primary.name; });
        return s;
    };
    const QString oldHealth = m_spec.adopted.healthService;
    const bool replaceHealth = adopted && !oldHealth.isEmpty()
        && oldHealth + QStringLiteral(".service") != nodepaths::healthUnitName()
        && oldHealth != nodepaths::healthUnitName();
    p.steps << primaryLast(forAll(QStringLiteral("p4.health"), tr("Install and start the health service"),
        tr("The health service did not stay up: see journalctl -u %1.").arg(nodepaths::healthUnitName()),
        [this, replaceHealth, oldHealth](const NodeSpec& node) {
            const RenderedFile check = render::httpCheckScript(m_spec, node);
            const RenderedFile vipCheck = render::vipCheckScript(m_spec, node);
            const RenderedFile unit = render::healthUnit(m_spec, node);
            const QString name = nodepaths::healthUnitName();
            const QString monitors = nodepaths::healthMonitorsFile();
            QStringList probes;
            QList<Action> actions = healthScriptActions(node, &probes);
            actions << run(tr("Record this workstation's address in %1").arg(monitors),
                recordWorkstationCommand(monitors))
                    << write(tr("Write %1").arg(check.path), check)
                    << write(tr("Write %1").arg(vipCheck.path), vipCheck)
                    << write(tr("Write %1").arg(unit.path), unit);
            if (replaceHealth) {
                // The cluster's own health service holds the port: it stops just before pgpilot's
                // starts (HAProxy's checks tolerate the second between).
                actions << affects(
                    run(tr("Stop and disable %1, which answers on port %2 today")
                            .arg(oldHealth)
                            .arg(m_spec.ports.health),
                        QStringLiteral("systemctl disable --now %1").arg(shellQuote(oldHealth))),
                    Action::ServiceEffect::Stop, oldHealth);
                probes << QStringLiteral("! systemctl is-active --quiet %1").arg(shellQuote(oldHealth));
            }
            actions << affects(
                run(tr("Enable and (re)start %1").arg(name),
                    QStringLiteral("systemctl daemon-reload && systemctl enable %1 && systemctl restart %1")
                        .arg(name)),
                Action::ServiceEffect::Restart, name);
            probes << workstationRecordedProbe(monitors) << fileProbe(check) << fileProbe(vipCheck)
                   << unitProbe(unit, name);
            return work(node, actions, probes.join(QStringLiteral(" && ")));
        }));
    p.steps << primaryLast(forAll(QStringLiteral("p4.haproxy"), tr("Configure HAProxy"),
        tr("HAProxy refused the configuration or did not start: see journalctl -u haproxy."),
        [this](const NodeSpec& node) {
            const RenderedFile f = render::haproxyCfg(m_spec, node);
            const RenderedFile env = render::haproxyStatsEnv(m_spec, node);
            const RenderedFile dropIn = render::haproxyDropIn(m_spec, node);
            QList<Action> actions {write(tr("Write %1").arg(env.path), env),
                run(tr("Create %1").arg(QFileInfo(dropIn.path).path()), mkdir(QFileInfo(dropIn.path).path())),
                write(tr("Write %1").arg(dropIn.path), dropIn)};
            actions << writeValidated(tr("Write %1").arg(f.path), f, haproxyChecker());
            // A reload keeps client connections but not a new environment: restart only when the
            // running HAProxy holds another stats password than the file.
            actions << affects(
                run(tr("Enable and reload HAProxy"),
                    QStringLiteral("systemctl daemon-reload && systemctl enable haproxy && if %1; "
                                   "then systemctl reload-or-restart haproxy; else systemctl "
                                   "restart haproxy; fi")
                        .arg(haproxyEnvCurrent())),
                Action::ServiceEffect::Restart, QStringLiteral("haproxy"));
            return work(node, actions,
                QStringLiteral("%1 && %2 && %3 && %4")
                    .arg(fileProbe(env), fileProbe(dropIn), unitProbe(f, QStringLiteral("haproxy")),
                        haproxyEnvCurrent()));
        }));
    Step keepalived = primaryLast(forAll(QStringLiteral("p4.keepalived"),
        tr("Configure Keepalived for the VIP"),
        tr("Keepalived refused the configuration or did not start: see journalctl -u keepalived."),
        [this](const NodeSpec& node) {
            const RenderedFile conf = render::keepalivedConf(m_spec, node);
            const RenderedFile defaults = render::keepalivedDefault(m_spec, node);
            const RenderedFile restart = render::keepalivedRestart(m_spec, node);
            QList<Action> actions {write(tr("Write %1").arg(defaults.path), defaults)};
            actions << writeValidated(tr("Write %1").arg(conf.path), conf, keepalivedChecker());
            actions << run(tr("Create %1").arg(QFileInfo(restart.path).path()),
                QStringLiteral("mkdir -p %1").arg(shellQuote(QFileInfo(restart.path).path())));
            actions << write(tr("Write %1").arg(restart.path), restart);
            actions << affects(run(tr("Enable and restart Keepalived"),
                                   QStringLiteral("systemctl daemon-reload && systemctl enable keepalived && "
                                                  "systemctl restart keepalived")),
                Action::ServiceEffect::Restart, QStringLiteral("keepalived"));
            return work(node, actions,
                QStringLiteral("%1 && %2 && %3")
                    .arg(fileProbe(defaults), fileProbe(restart),
                        unitProbe(conf, QStringLiteral("keepalived"))));
        }));
    // A cluster in service: the primary's Keepalived holds the VIP under the old configuration,
    // which its peers' new one (unicast, tracking the primary) no longer hears. It changes after the
    // switchover that restarts the primary: the new primary claims the VIP at once and the old
    // one, now a standby, gives it up when its Keepalived restarts - writes pause once, for the
    // switchover, instead of once more while the VIP leaves the primary and comes back.
    Step keepalivedPrimary;
    if (adopted && !m_standbys.isEmpty()) {
        keepalivedPrimary = keepalived;
        keepalivedPrimary.id = QStringLiteral("p4.keepalived-old-primary");
        keepalivedPrimary.title = tr("Configure Keepalived on %1 (after the switchover)").arg(m_primary.name);
        keepalivedPrimary.target = Step::Target::OneNode;
        keepalivedPrimary.work = {keepalived.work.takeLast()};
    }
    p.steps << keepalived;

    const auto& app = m_spec.application;
    if (!app.database.isEmpty() || !app.role.isEmpty()) {
        QString sql = QStringLiteral("SET log_statement = 'none';\nSET log_min_duration_statement = -1;\n");
        QStringList checks;
        if (!app.role.isEmpty()) {
            sql += QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                                  "CREATE ROLE %1; END IF; END$$;\n"
                                  "ALTER ROLE %1 WITH LOGIN PASSWORD '%2';\n")
                       .arg(app.role, scramPlaceholder(applicationPasswordKey(m_spec)));
            checks << QStringLiteral("(SELECT count(*) FROM pg_roles WHERE rolname = '%1')").arg(app.role);
        }
        if (!app.database.isEmpty()) {
            const QString owner = app.role.isEmpty() ? QStringLiteral("postgres") : app.role;
            sql += QStringLiteral(
                "SELECT 'CREATE DATABASE %1 OWNER %2' WHERE NOT EXISTS (SELECT FROM pg_database "
                "WHERE datname = '%1')\\gexec\n")
                       .arg(app.database, owner);
            checks << QStringLiteral("(SELECT count(*) FROM pg_database WHERE datname = '%1')")
                          .arg(app.database);
        }
        p.steps << step(QStringLiteral("p4.application"),
            tr("Create the application's database and role on %1").arg(m_primary.name), Step::Target::Primary,
            {work(m_primary,
                {runStdin(tr("Create the application role and database"), psqlStdin(), kPostgres, sql)},
                QStringLiteral("[ \"$(%1)\" = %2 ]")
                    .arg(psql(QStringLiteral("SELECT ") + checks.join(QStringLiteral(" + "))))
                    .arg(checks.size()),
                kPostgres)},
            tr("psql failed on the primary: see its output."));
    }

    if (adopted && !m_standbys.isEmpty()) {
        p.steps << restartPrimaryBySwitchover(m_standbys.first());
        p.steps << keepalivedPrimary;
    }

    // Keepalived needs a few seconds (check rise, VRRP master-down timer) to put the VIP on the
    // primary, HAProxy two checks to mark the servers up: wait for both instead of failing the
    // checkpoint that follows at once.
    const QString ready = QStringLiteral("%1 && %2")
                              .arg(vipPortCheck(m_spec.ports.write, QStringLiteral("f")),
                                  vipPortCheck(m_spec.ports.read, QStringLiteral("t")));
    p.steps << forAll(QStringLiteral("p4.wait-vip"),
        tr("Wait until the VIP and ports %1/%2 reach the primary and a standby")
            .arg(m_spec.ports.write)
            .arg(m_spec.ports.read),
        tr("The VIP did not come up on the primary: see journalctl -u keepalived there (check script, "
           "VRRP between the nodes) and HAProxy's stats page."),
        [&](const NodeSpec& node) {
            return work(node,
                {run(tr("Wait (at most 60 s) for the VIP's ports %1 and %2")
                         .arg(m_spec.ports.write)
                         .arg(m_spec.ports.read),
                    deadlineLoop(60, ready,
                        tr("port %1 on the VIP does not reach the primary or port %2 no standby after 60 "
                           "s")
                            .arg(m_spec.ports.write)
                            .arg(m_spec.ports.read)),
                    kRoot, 2 * kMinute)},
                ready);
        });

    if (adopted)
        p.checkpoint << settingsCriterion(QStringLiteral("p4.settings"), false);
    p.checkpoint << vipCriterion() << portCriterion(m_spec.ports.write, false)
                 << portCriterion(m_spec.ports.read, true) << healthCriterion() << statsCriterion();
    return p;
}

} // namespace pgpilot
