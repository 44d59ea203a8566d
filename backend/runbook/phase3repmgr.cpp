// SPDX-License-Identifier: GPL-3.0-or-later
// Phase 3: repmgr.

#include "builderutil.h"
#include "core/shell.h"

namespace pgpilot {

QString Builder::repmgrRoleSql() const
{
    // The password arrives on stdin as its SCRAM verifier (the placeholder is resolved at send
    // time): the server never sees the plain password, not even in a failed statement's log line.
    // The verifier's alphabet (base64, '$', ':') needs no escaping inside single quotes.
    // repmgr's own database commits locally: its metadata writes (events, node records, the
    // fence's event) must never wait for a synchronous quorum the fence is about.
    return QStringLiteral(
        "SET log_statement = 'none';\n"
        "SET log_min_duration_statement = -1;\n"
        "SET synchronous_commit = 'local';\n"
        "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'repmgr') THEN CREATE ROLE "
        "repmgr; END IF; END$$;\n"
        "ALTER ROLE repmgr WITH SUPERUSER LOGIN PASSWORD '%1';\n"
        "ALTER ROLE repmgr SET search_path TO repmgr, public;\n"
        "SELECT 'CREATE DATABASE repmgr OWNER repmgr' WHERE NOT EXISTS (SELECT FROM pg_database WHERE "
        "datname = 'repmgr')\\gexec\n"
        "ALTER ROLE repmgr IN DATABASE repmgr SET synchronous_commit = 'local';\n")
        .arg(scramPlaceholder(repmgrPasswordKey(m_spec)));
}

// The role pgpilot's dashboard, `status` and write probe log in as: pg_monitor's statistics and
// read access to repmgr's node and event tables, nothing more. It cannot run COPY ... TO PROGRAM,
// read files or change data; a stolen monitoring password is not a superuser's. The write probe
// only asks for a transaction id (pg_current_xact_id), which any role may.
QString monitorRoleSql(const QString& password)
{
    return QStringLiteral(
        "SET log_statement = 'none';\n"
        "SET log_min_duration_statement = -1;\n"
        "SET synchronous_commit = 'local';\n"
        "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1; END IF; "
        "END$$;\n"
        "ALTER ROLE %1 WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS "
        "CONNECTION LIMIT 20 PASSWORD '%2';\n"
        "GRANT pg_monitor TO %1;\n"
        "GRANT USAGE ON SCHEMA repmgr TO %1;\n"
        "GRANT SELECT ON repmgr.nodes, repmgr.events TO %1;\n"
        "GRANT EXECUTE ON FUNCTION repmgr.repmgrd_is_running(), repmgr.get_local_node_id() TO %1;\n")
        .arg(monitorRole(), password);
}

QString Builder::monitorRoleSql() const
{
    return pgpilot::monitorRoleSql(scramPlaceholder(monitorPasswordKey(m_spec)));
}

QString Builder::monitorRoleProbe() const
{
    return QStringLiteral("[ \"$(%1)\" = 1 ]")
        .arg(psql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1' AND rolcanlogin AND NOT "
                                 "rolsuper AND NOT rolreplication AND NOT rolbypassrls AND pg_has_role('%1', "
                                 "'pg_monitor', 'MEMBER') AND NOT pg_has_role('%1', "
                                 "'pg_execute_server_program', 'MEMBER') AND has_table_privilege('%1', "
                                 "'repmgr.nodes', 'SELECT') AND has_table_privilege('%1', 'repmgr.events', "
                                 "'SELECT')")
                      .arg(monitorRole()),
            QStringLiteral("repmgr")));
}

QString Builder::registeredProbe(const NodeSpec& node) const
{
    return QStringLiteral("[ \"$(%1)\" = 1 ]")
        .arg(psql(QStringLiteral("SELECT count(*) FROM repmgr.nodes WHERE node_id = %1 AND active")
                      .arg(nodeId(m_spec, node)),
            QStringLiteral("repmgr")));
}

QString Builder::authorizedKeysCommand() const
{
    QStringList from;
    for (const NodeSpec& node : m_spec.nodes)
        from << node.address;
    const QString tag = QStringLiteral("pgpilot-") + m_spec.name;
    const QString options
        = QStringLiteral("from=\"%1\",no-agent-forwarding,no-X11-forwarding,no-port-forwarding")
              .arg(from.join(QLatin1Char(',')));
    return QStringLiteral("set -e\ncd %1\n"
                          "pub=$(ssh-keygen -y -f %2 | cut -d' ' -f1,2)\n"
                          "tmp=$(mktemp authorized_keys.XXXXXX)\n"
                          "{ grep -v %3 authorized_keys 2>/dev/null || true; printf '%s %s %s\\n' %4 "
                          "\"$pub\" %5; } >\"$tmp\"\n"
                          "chmod 600 \"$tmp\"\nmv -f \"$tmp\" authorized_keys")
        .arg(shellQuote(nodepaths::postgresSshDir()), shellQuote(nodepaths::postgresSshKey()),
            shellQuote(QStringLiteral(" %1$").arg(tag)), shellQuote(options), shellQuote(tag));
}

QString Builder::unitProbe(const RenderedFile& unit, const QString& name) const
{
    return QStringLiteral("%1 && systemctl is-enabled --quiet %2 && systemctl is-active --quiet %2")
        .arg(fileProbe(unit), name);
}

Phase Builder::phase3() const
{
    Phase p;
    p.number = 3;
    p.title = tr("repmgr and cluster initialisation");
    p.summary = tr("repmgr's user and database on %1, repmgr.conf, sudo rights for repmgr, SSH between the "
                   "nodes for the postgres user, then registers the primary, clones the standbys one at a "
                   "time and starts repmgrd on every node.")
                    .arg(m_primary.name);

    const bool adopted = m_spec.adopted.adopted;
    if (adopted) {
        // pgpilot's repmgr.conf gives each node the id of its place in the worksheet: a node repmgr
        // knows by another id would get a second, conflicting identity. Checked before any write.
        p.steps << forAll(QStringLiteral("p3.adopted-ids"),
            tr("Check that repmgr knows each node by the id pgpilot's repmgr.conf gives it"),
            tr("Put the worksheet's nodes in the order of their repmgr node ids (1, 2, 3 ...), or leave "
               "repmgr.conf as it is: pgpilot cannot renumber repmgr's nodes."),
            [this](const NodeSpec& node) {
                const QString id = QString::number(nodeId(m_spec, node));
                return work(node,
                    {run(tr("repmgr's node id for %1 must be %2").arg(node.name, id),
                        QStringLiteral(
                            "id=$(%1) || exit 1; [ \"$id\" = %2 ] || { echo \"pgpilot: repmgr knows %3 "
                            "as node ${id:-(none)}, the worksheet's order gives it %2\" >&2; exit 1; }")
                            .arg(
                                psql(QStringLiteral("SELECT node_id FROM repmgr.nodes WHERE node_name = '%1'")
                                         .arg(node.name),
                                    QStringLiteral("repmgr")),
                                id, node.name),
                        kPostgres)});
            });
    }
    p.steps << forAll(QStringLiteral("p3.sudoers"), tr("Allow repmgr to control PostgreSQL through sudo"),
        tr("visudo rejected the sudoers drop-in: report this as a pgpilot bug."),
        [this](const NodeSpec& node) {
            const RenderedFile f = render::sudoers(m_spec, node);
            return work(node,
                writeValidated(tr("Write %1").arg(f.path), f, QStringLiteral("visudo -c -q -f")),
                fileProbe(f) + QStringLiteral(" && visudo -c -q -f ") + f.path);
        });
    // pgpilot's repmgr.conf promotes, validates candidates, fences and records repmgr's events
    // through the health script: it must be on the nodes before repmgr reads that file (on a
    // cluster in service repmgrd does at once; on a new one the registrations below already
    // record events), not only from phase 4 on (the service itself still starts in phase 4,
    // when it takes the port).
    p.steps << forAll(QStringLiteral("p3.health-scripts"),
        tr("Install the health script repmgr's commands call"),
        tr("The script could not be written: check that /usr/local/lib is writable."),
        [this](const NodeSpec& node) {
            QStringList probes;
            const QList<Action> actions = healthScriptActions(node, &probes);
            return work(node, actions, probes.join(QStringLiteral(" && ")));
        });
    p.steps << forAll(QStringLiteral("p3.repmgr-conf"), tr("Write /etc/repmgr.conf"),
        tr("/etc/repmgr.conf could not be written."), [this](const NodeSpec& node) {
            const RenderedFile f = render::repmgrConf(m_spec, node);
            // A running repmgrd re-reads it on SIGHUP (nothing runs yet on a new cluster).
            return work(node,
                {write(tr("Write %1").arg(f.path), f),
                    affects(run(tr("Tell a running repmgrd to read it again"),
                                QStringLiteral("systemctl kill -s HUP %1 2>/dev/null || true")
                                    .arg(nodepaths::repmgrdUnitName())),
                        Action::ServiceEffect::Reload, nodepaths::repmgrdUnitName())},
                fileProbe(f));
        });
    p.steps << forAll(QStringLiteral("p3.rewind-wrapper"),
        tr("Install the pg_rewind wrapper that names Debian's configuration file"),
        tr("The wrapper could not be written."), [this](const NodeSpec& node) {
            const RenderedFile f = render::rewindWrapper(m_spec, node);
            return work(node,
                {run(tr("Create %1").arg(nodepaths::libDir()), mkdir(nodepaths::libDir())),
                    write(tr("Write %1").arg(f.path), f)},
                fileProbe(f));
        });
    p.steps << forAll(QStringLiteral("p3.ssh-key"), tr("Give the postgres user pgpilot's SSH key"),
        tr("The key could not be installed: is the keychain entry %1 set (an OpenSSH private key)?")
            .arg(postgresSshKeyKey(m_spec)),
        [this](const NodeSpec& node) {
            RenderedFile key;
            key.path = nodepaths::postgresSshKey();
            key.content = secretPlaceholder(postgresSshKeyKey(m_spec)).toUtf8() + '\n';
            key.owner = key.group = kPostgres;
            key.mode = 0600;
            const RenderedFile config = render::sshConfig(m_spec, node);
            const QString probe = QStringLiteral("%1 && %2 && grep -q %3 %4/authorized_keys")
                                      .arg(fileProbe(key), fileProbe(config),
                                          shellQuote(QStringLiteral(" pgpilot-%1$").arg(m_spec.name)),
                                          nodepaths::postgresSshDir());
            return work(node,
                // As postgres, in its own home: root never creates or chowns a path postgres can
                // change (a link .ssh -> /root/.ssh would hand root's directory to postgres).
                {run(tr("Create %1").arg(nodepaths::postgresSshDir()),
                     QStringLiteral("install -d -m 0700 %1").arg(shellQuote(nodepaths::postgresSshDir())),
                     kPostgres),
                    write(tr("Write the private key %1").arg(key.path), key),
                    write(tr("Write %1").arg(config.path), config),
                    run(tr("Authorise the key for the other nodes (authorized_keys)"),
                        authorizedKeysCommand(), kPostgres)},
                probe);
        });
    // postgres gets the host keys pgpilot verified itself (never ssh-keyscan's word, which anyone
    // on the path could answer); rewritten on every run, it is small.
    p.steps << forAll(QStringLiteral("p3.known-hosts"), tr("Record the nodes' SSH host keys for postgres"),
        tr("The file could not be written as postgres: check that %1 belongs to postgres and that the disk "
           "has room.")
            .arg(nodepaths::postgresSshDir()),
        [this](const NodeSpec& node) {
            const RenderedFile hosts = render::postgresKnownHosts(m_spec, node);
            // Done when the file is exactly that (an older scan's file is replaced) and postgres'.
            NodeWork w = work(node, {write(tr("Write the host keys pgpilot verified"), hosts)},
                QStringLiteral("cmp -s - %1 && %2").arg(shellQuote(hosts.path), statProbe(hosts)), kPostgres);
            w.probeStdin = hosts.content;
            return w;
        });

    const QList<NodeWork> primaryDb {work(m_primary,
        {runStdin(tr("Create the repmgr role and database"), psqlStdin(), kPostgres, repmgrRoleSql())},
        QStringLiteral("[ \"$(%1)\" = 1 ]")
            .arg(psql(QStringLiteral(
                "SELECT count(*) FROM pg_roles r JOIN pg_database d ON d.datname = 'repmgr' "
                "WHERE r.rolname = 'repmgr' AND r.rolsuper AND r.rolcanlogin AND EXISTS (SELECT FROM "
                "pg_db_role_setting s WHERE s.setrole = r.oid AND s.setdatabase = d.oid AND "
                "'synchronous_commit=local' = ANY (s.setconfig))"))),
        kPostgres)};
    p.steps << step(QStringLiteral("p3.repmgr-db"),
        tr("Create repmgr's user and database on %1").arg(m_primary.name), Step::Target::Primary, primaryDb,
        tr("psql failed on the primary: see its output."));

    p.steps << step(QStringLiteral("p3.register-primary"),
        tr("Register %1 as the primary").arg(m_primary.name), Step::Target::Primary,
        {work(m_primary,
            {run(tr("repmgr primary register"), repmgr(QStringLiteral("primary register")), kPostgres)},
            registeredProbe(m_primary), kPostgres)},
        tr("repmgr could not register the primary: is repmgr in shared_preload_libraries (phase 2)?"));

    p.steps << step(QStringLiteral("p3.monitor-role"),
        tr("Create pgpilot's monitoring role %1 on %2 (pg_monitor, not a superuser)")
            .arg(monitorRole(), m_primary.name),
        Step::Target::Primary,
        {work(m_primary,
            {runStdin(tr("Create the monitoring role"), psqlStdin(QStringLiteral("repmgr")), kPostgres,
                monitorRoleSql())},
            monitorRoleProbe(), kPostgres)},
        tr("psql failed on the primary: see its output."));

    QList<NodeWork> clones;
    for (const NodeSpec& node : m_standbys) {
        if (adopted) {
            // A node of a cluster in service is never re-cloned by a converge: its data directory
            // may be the only copy of something. One that is not registered stops the phase.
            clones << work(node,
                {run(tr("%1 must already be a registered standby").arg(node.name),
                    QStringLiteral("echo %1 >&2; exit 1")
                        .arg(shellQuote(tr("pgpilot: %1 is not an active standby in repmgr.nodes; a converge "
                                           "does not clone over its data: register it (repmgr standby "
                                           "register) or add it again with pgpilot add-standby")
                                            .arg(node.name))),
                    kPostgres)},
                registeredProbe(node), kPostgres);
            continue;
        }
        clones << work(node,
            {run(tr("Stop PostgreSQL before cloning"),
                 QStringLiteral("if %1 >/dev/null 2>&1; then %2; fi")
                     .arg(pgctl(QStringLiteral("status")), pgctl(QStringLiteral("stop")))),
                run(tr("Clone from %1 (repmgr standby clone --fast-checkpoint)").arg(m_primary.name),
                    repmgr(QStringLiteral("-h %1 -p %2 -U repmgr -d repmgr standby clone --force "
                                          "--fast-checkpoint")
                               .arg(shellQuote(m_primary.address), pgPort())),
                    kPostgres, 240 * kMinute),
                run(tr("Start PostgreSQL as a standby"), pgctl(QStringLiteral("start")), kRoot, 10 * kMinute),
                run(tr("repmgr standby register"), repmgr(QStringLiteral("standby register")), kPostgres)},
            registeredProbe(node), kPostgres);
    }
    p.steps << step(QStringLiteral("p3.clone-standbys"), tr("Clone and register the standbys, one at a time"),
        Step::Target::Standbys, clones,
        tr("The clone failed: check that the standby reaches the primary on port %1 and that pg_hba.conf "
           "allows replication from the subnet.")
            .arg(m_spec.ports.postgres),
        true);

    p.steps << forAll(QStringLiteral("p3.repmgrd"), tr("Run repmgrd on every node (native systemd unit)"),
        tr("repmgrd did not stay up: see journalctl -u %1.").arg(nodepaths::repmgrdUnitName()),
        [this, adopted](const NodeSpec& node) {
            const RenderedFile f = render::repmgrdUnit(m_spec, node);
            const QString unit = nodepaths::repmgrdUnitName();
            QList<Action> actions {write(tr("Write %1").arg(f.path), f)};
            QString probe = unitProbe(f, unit);
            if (adopted) {
                // Two repmgrd on one node would both act on a failure: the one started outside
                // pgpilot's unit (the guide's repmgrd.service, or by hand) stops first.
                const QString others = QStringLiteral(
                    "ps -eo pid=,unit=,comm= | awk '$3 == \"repmgrd\" && $2 != \"%1\" {print $1 \" \" $2}'")
                                           .arg(unit);
                actions << affects(
                    run(tr("Stop every repmgrd not run by %1 (and disable its unit)").arg(unit),
                        QStringLiteral("%1 | while read -r pid u; do case $u in *.service) "
                                       "systemctl disable --now \"$u\" ;; *) kill \"$pid\" ;; "
                                       "esac; done; sleep 1; [ -z \"$(%1)\" ]")
                            .arg(others)),
                    Action::ServiceEffect::Stop, tr("repmgrd outside %1").arg(unit));
                probe += QStringLiteral(" && [ -z \"$(%1)\" ]").arg(others);
            }
            actions << affects(
                run(tr("Enable and (re)start %1").arg(unit),
                    QStringLiteral("systemctl daemon-reload && systemctl enable %1 && systemctl restart %1")
                        .arg(unit)),
                Action::ServiceEffect::Restart, unit);
            return work(node, actions, probe);
        });

    p.checkpoint << clusterShowCriterion() << replicationCriterion() << repmgrdCriterion() << sshCriterion()
                 << storedPasswordCriterion();
    if (tlsVerified(m_spec))
        p.checkpoint << tlsReplicationCriterion();
    return p;
}

} // namespace pgpilot
