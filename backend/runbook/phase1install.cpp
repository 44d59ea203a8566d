// SPDX-License-Identifier: GPL-3.0-or-later
// Phase 1: base installation.

#include "builderutil.h"
#include "core/shell.h"

namespace pgpilot {

NodeWork Builder::aptSourceWork(const NodeSpec& node) const
{
    const auto source = m_spec.install.source;
    const RenderedFile f = render::aptSource(m_spec, node);
    if (source == InstallSource::Distro) {
        return work(node,
            {run(tr("Use the distribution's own archive (remove pgpilot's source list)"),
                QStringLiteral("rm -f %1").arg(nodepaths::aptSourceFile()))},
            QStringLiteral("test ! -e %1").arg(nodepaths::aptSourceFile()));
    }
    QList<Action> actions;
    QString probe = fileProbe(f);
    if (source == InstallSource::Pgdg) {
        actions << run(tr("Install curl and CA certificates"),
            QStringLiteral("DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q && "
                           "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y "
                           "-q ca-certificates curl"),
            kRoot, 30 * kMinute);
        const QString keyDir = pgdgKeyPath().section(QLatin1Char('/'), 0, -2);
        actions << run(tr("Fetch the PGDG signing key"),
            QStringLiteral("%1 && curl -fsSL --retry 3 -o %2.tmp %3 && mv -f %2.tmp %2")
                .arg(mkdir(keyDir), shellQuote(pgdgKeyPath()), shellQuote(pgdgKeyUrl())),
            kRoot, 5 * kMinute);
        probe = QStringLiteral("test -s %1 && %2").arg(shellQuote(pgdgKeyPath()), probe);
    }
    actions << write(tr("Write %1").arg(f.path), f);
    return work(node, actions, probe);
}

Phase Builder::phase1() const
{
    Phase p;
    p.number = 1;
    p.title = tr("Base installation");
    p.summary = tr("Host names, the package source, PostgreSQL %1 with repmgr, HAProxy, Keepalived and "
                   "Python on every node; PostgreSQL set not to start at boot (repmgr starts it).")
                    .arg(m_v);

    p.steps << forAll(QStringLiteral("p1.hosts"), tr("Write the cluster's host names to /etc/hosts"),
        tr("/etc/hosts could not be rewritten: check that it is a regular, writable file."),
        [this](const NodeSpec& node) {
            const RenderedFile f = render::hostsBlock(m_spec, node);
            return work(node, {blockWrite(tr("Rewrite pgpilot's block in /etc/hosts"), f)}, blockProbe(f));
        });

    p.steps << forAll(QStringLiteral("p1.apt-source"), tr("Configure the package source"),
        tr("The package source could not be set up: check the node's access to the repository (proxy, "
           "firewall, mirror URL)."),
        [this](const NodeSpec& node) { return aptSourceWork(node); });

    QStringList packages = clusterPackages(m_v);
    // With a backup repository pgBackRest is there from the start: archive_command (phase 2) and
    // the standbys' restore_command (phase 3) call it before phase 6 configures it.
    if (m_spec.hasBackups())
        packages << QStringLiteral("pgbackrest");
    const QString pkgs = shellJoin(packages);
    const QString installed = QStringLiteral(
        "[ \"$(dpkg-query -W -f='${db:Status-Abbrev}\\n' %1 2>/dev/null | grep -c '^ii')\" -eq %2 ]")
                                  .arg(pkgs)
                                  .arg(packages.size());
    p.steps << forAll(QStringLiteral("p1.install"),
        tr("Install PostgreSQL %1, repmgr, HAProxy and Keepalived").arg(m_v),
        tr("apt-get failed: read its output; a held lock, a missing package in the source or no network "
           "access to the repository are the usual causes."),
        [&](const NodeSpec& node) {
            return work(node,
                {run(tr("apt-get update"),
                     QStringLiteral(
                         "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q"),
                     kRoot, 30 * kMinute),
                    // A dpkg run interrupted earlier (pgpilot stopped mid-install, a lost
                    // connection, a reboot) blocks apt until it is finished: finish it first,
                    // only then (a clean node never runs dpkg here, so never meets its lock).
                    run(tr("apt-get install %1").arg(packages.join(QLatin1Char(' '))),
                        QStringLiteral(
                            "if [ -n \"$(ls -A /var/lib/dpkg/updates 2>/dev/null)\" ]; then "
                            "DEBIAN_FRONTEND=noninteractive dpkg --force-confdef --force-confold "
                            "--configure -a; fi && "
                            "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "
                            "-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "
                            "install -y -q %1")
                            .arg(pkgs),
                        kRoot, 60 * kMinute)},
                installed);
        });

    p.steps << forAll(QStringLiteral("p1.start-conf"),
        tr("Let repmgr own starting PostgreSQL (start.conf = manual)"),
        tr("The cluster's configuration directory is missing: did the postgresql-%1 package create the "
           "main cluster?")
            .arg(m_v),
        [this](const NodeSpec& node) {
            const RenderedFile f = render::startConf(m_spec, node);
            return work(node, {write(tr("Write %1").arg(f.path), f)}, fileProbe(f));
        });

    // Checkpoint
    const QString v = this->v();
    p.checkpoint << perNode(QStringLiteral("p1.postgres"), tr("PostgreSQL %1 runs on every node").arg(m_v),
        QStringLiteral("pg_lsclusters -h"), [v](const NodeSpec& node, const CommandOutput& out) {
            QString seen = tr("no cluster %1/main").arg(v);
            for (const QString& line : QString::fromUtf8(out.stdOut).split(QLatin1Char('\n'))) {
                const QStringList f = line.simplified().split(QLatin1Char(' '));
                if (f.size() >= 4 && f.at(0) == v && f.at(1) == QLatin1String("main")) {
                    seen = f.at(3);
                    if (seen.startsWith(QLatin1String("online")))
                        return result(true, node.name, QStringLiteral("online"), seen);
                }
            }
            if (seen.startsWith(QLatin1String("down")))
                return result(false, node.name, QStringLiteral("online"), seen,
                    tr("start.conf is manual, so PostgreSQL stays down after a reboot: start it "
                       "(pg_ctlcluster %1 main start, the primary first) or rejoin the node; if it will "
                       "not start, see /var/log/postgresql/postgresql-%1-main.log.")
                        .arg(v));
            return result(false, node.name, QStringLiteral("online"), seen,
                tr("PostgreSQL did not start: see journalctl -u postgresql@%1-main and "
                   "/var/log/postgresql/postgresql-%1-main.log.")
                    .arg(v));
        });
    const QString repmgrHint = platformProfile(m_spec.platform).repmgrVersionHint;
    const bool exactRepmgr = m_spec.install.source != InstallSource::Mirror;
    p.checkpoint << perNode(QStringLiteral("p1.repmgr"), tr("repmgr is installed"),
        QStringLiteral("%1/repmgr --version").arg(m_bin),
        [repmgrHint, exactRepmgr](const NodeSpec& node, const CommandOutput& out) {
            const QString seen = text(out.stdOut + out.stdErr);
            const QString want = QStringLiteral("repmgr ")
                + (exactRepmgr ? repmgrHint + QLatin1Char('.') : QStringLiteral("5."));
            return result(out.exitCode == 0 && seen.startsWith(want), node.name, want + QStringLiteral("x"),
                seen, tr("The repmgr package for this PostgreSQL version is missing or another version."));
        });
    QStringList names;
    for (const NodeSpec& node : m_spec.nodes)
        names << node.name;
    const ClusterSpec spec = m_spec;
    p.checkpoint << perNode(QStringLiteral("p1.hosts"), tr("Node names resolve to the worksheet's addresses"),
        QStringLiteral("getent hosts %1").arg(shellJoin(names)),
        [spec](const NodeSpec& node, const CommandOutput& out) {
            QHash<QString, QString> resolved;
            for (const QString& line : QString::fromUtf8(out.stdOut).split(QLatin1Char('\n'))) {
                const QStringList f = line.simplified().split(QLatin1Char(' '));
                for (int i = 1; i < f.size(); ++i) {
                    if (!resolved.contains(f.at(i)))
                        resolved.insert(f.at(i), f.at(0));
                }
            }
            QStringList wrong;
            for (const NodeSpec& other : spec.nodes) {
                const QString got = resolved.value(other.name);
                const bool selfLoopback = other.name == node.name
                    && (got.startsWith(QLatin1String("127.")) || got == QLatin1String("::1"));
                if (got != other.address && !selfLoopback)
                    wrong << tr("%1 -> %2").arg(other.name, got.isEmpty() ? tr("nothing") : got);
            }
            return result(wrong.isEmpty(), node.name, tr("every node name resolves to its address"),
                wrong.isEmpty() ? tr("all resolve") : wrong.join(QStringLiteral(", ")),
                tr("An older /etc/hosts entry or DNS record wins: remove it."));
        });
    p.checkpoint << perNode(QStringLiteral("p1.start-conf"), tr("PostgreSQL does not start at boot"),
        QStringLiteral("grep -v '^#' %1/start.conf | tr -d ' \\t' | grep -v '^$'")
            .arg(postgresConfigDir(m_v)),
        [](const NodeSpec& node, const CommandOutput& out) {
            const QString seen = text(out.stdOut);
            return result(seen == QLatin1String("manual"), node.name, QStringLiteral("manual"), seen,
                tr("start.conf was changed after pgpilot wrote it."));
        });
    return p;
}

} // namespace pgpilot
