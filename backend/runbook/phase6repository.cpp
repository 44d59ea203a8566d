// SPDX-License-Identifier: GPL-3.0-or-later
// Phase 6's repository: on a host of its own (the pgbackrest account, SSH both ways), or on a
// directory mounted at the same path on every node (NFS or similar, mounted by the admin: the
// checks that it is one shared directory that postgres owns).

#include "backupfiles.h"
#include "builderutil.h"
#include "core/shell.h"

namespace pgpilot {

namespace {

QString tagFor(const ClusterSpec& spec, const QString& what)
{
    return QStringLiteral("pgpilot-%1-%2").arg(spec.name, what);
}

QString nodesDir(const QString& path)
{
    return path + QStringLiteral("/.pgpilot-nodes");
}

} // namespace

// The repository host's account, directories and SSH both ways.
void Builder::repositoryHostAccess(Phase& p) const
{
    const BackupSpec& b = m_spec.backup;
    const NodeSpec& repo = b.host;
    const QString bu = backuppaths::user();
    QStringList nodeAddresses;
    for (const NodeSpec& n : m_spec.nodes)
        nodeAddresses << n.address;
    {
        const QString home = backuppaths::userHome();
        RenderedFile key;
        key.id = QStringLiteral("pgbackrest-ssh-key");
        key.node = repo.name;
        key.path = backuppaths::userSshKey();
        key.content = secretPlaceholder(pgbackrestSshKeyKey(m_spec)).toUtf8() + '\n';
        key.owner = key.group = bu;
        key.mode = 0600;
        RenderedFile hosts;
        hosts.id = QStringLiteral("pgbackrest-known-hosts");
        hosts.node = repo.name;
        hosts.path = backuppaths::userKnownHosts();
        hosts.content = QByteArray("# Managed by pgpilot: the hosts' SSH keys as pgpilot verified them.\n")
            + kVerifiedHostKeysPlaceholder;
        hosts.owner = hosts.group = bu;
        const RenderedFile sshConfig = render::pgbackrestSshConfig(m_spec);
        const QString path = shellQuote(b.path);
        const QString account = QStringLiteral(
            "getent group %1 >/dev/null || groupadd --system %1\n"
            "getent passwd %1 >/dev/null || useradd --system -g %1 --home-dir %2 --create-home --shell "
            "/bin/sh %1\n"
            "usermod -a -G %1 postgres\n"
            "install -d -o %1 -g %1 -m 0700 %2 %3\n"
            "install -d -o %1 -g %1 -m 0750 %4\n"
            // An existing directory with someone else's files is not taken over.
            "if [ -d %5 ] && [ \"$(stat -c %U %5)\" != %1 ] && [ -n \"$(ls -A %5)\" ]; then echo \"pgpilot: "
            "%5 "
            "holds files that are not pgbackrest's: choose another repository path, or move them away\" >&2; "
            "exit 1; fi\n"
            "install -d -m 0755 \"$(dirname %5)\"\n"
            "install -d -o %1 -g %1 -m 0750 %5")
                                    .arg(bu, shellQuote(home), shellQuote(backuppaths::userSshDir()),
                                        shellQuote(backuppaths::logDir()), path);
        QList<Action> actions {
            run(tr("Create the pgbackrest account and the repository %1").arg(b.path), account),
            write(tr("Write the account's SSH key (0600)"), key),
            write(tr("Write the hosts' SSH keys"), hosts),
            write(tr("Write %1").arg(sshConfig.path), sshConfig)};
        p.steps << step(QStringLiteral("p6.repo-account"),
            tr("Create the pgbackrest account and repository on %1").arg(repo.name), Step::Target::OneNode,
            {work(repo, actions,
                QStringLiteral(
                    "[ \"$(stat -c %U %1 2>/dev/null)\" = %2 ] && id -nG postgres | grep -qw %2 && "
                    "test -s %3 && %4 && test -s %6 && %5")
                    .arg(path, bu, shellQuote(key.path), statProbe(key), fileProbe(sshConfig),
                        shellQuote(hosts.path)))},
            tr("The account or the repository directory could not be created: read the message."));
        // The nodes' postgres may only run pgbackrest there (archive-push, archive-get, info).
        const QString options = QStringLiteral(
            "restrict,from=\"%1\",command=\"/usr/bin/pgbackrest ${SSH_ORIGINAL_COMMAND#* }\"")
                                    .arg(nodeAddresses.join(QLatin1Char(',')));
        p.steps << step(QStringLiteral("p6.repo-authorized-key"),
            tr("Let the nodes' postgres run pgBackRest on %1").arg(repo.name), Step::Target::OneNode,
            {authorizedKeyWork(repo, bu, home, options, postgresSshKeyKey(m_spec),
                tagFor(m_spec, QStringLiteral("archive")),
                tr("Authorize postgres's key for pgbackrest only, from the nodes' addresses"))},
            tr("authorized_keys could not be written as pgbackrest: check its home directory."));
    }

    // ---- the nodes' side of SSH ----------------------------------------------------------------
    {
        // Only pgBackRest, and at the background priority (backuppaths::backgroundCommand()).
        const QString options
            = QStringLiteral("restrict,from=\"%1\",command=\"%2 ${SSH_ORIGINAL_COMMAND#* }\"")
                  .arg(repo.address, backuppaths::backgroundCommand());
        QList<NodeWork> list;
        for (const NodeSpec& n : m_spec.nodes) {
            list << authorizedKeyWork(n, kPostgres, QStringLiteral("/var/lib/postgresql"), options,
                pgbackrestSshKeyKey(m_spec), tagFor(m_spec, QStringLiteral("backup")),
                tr("Authorize the repository host's key for pgbackrest only, from %1").arg(repo.address));
        }
        p.steps << step(QStringLiteral("p6.node-authorized-key"),
            tr("Let the repository host run pgBackRest on the nodes as postgres"), Step::Target::AllNodes,
            list, tr("authorized_keys could not be written as postgres: check ~postgres."));
        p.steps << forAll(QStringLiteral("p6.node-ssh"),
            tr("Give postgres the repository host's SSH address and key"),
            tr("The file could not be written as postgres: check that %1 belongs to postgres.")
                .arg(nodepaths::postgresSshDir()),
            [this](const NodeSpec& node) {
                const RenderedFile config = render::sshConfig(m_spec, node);
                const RenderedFile hosts = render::postgresKnownHosts(m_spec, node);
                // Done when both are exactly that (the host keys compared on stdin, as phase 3 does).
                NodeWork w = work(node,
                    {write(tr("Write %1").arg(config.path), config),
                        write(tr("Write %1").arg(hosts.path), hosts)},
                    QStringLiteral("%1 && cmp -s - %2").arg(fileProbe(config), shellQuote(hosts.path)),
                    kPostgres);
                w.probeStdin = hosts.content;
                return w;
            });
    }
}

QString Builder::mountCheck() const
{
    const QString path = shellQuote(m_spec.backup.path);
    return QStringLiteral(
        "if [ ! -d %1 ]; then echo \"pgpilot: %2 does not exist on this node: mount the shared repository "
        "there (the same path on every node)\" >&2; exit 1; fi\n"
        "t=$(findmnt -n -o TARGET -T %1)\n"
        "if [ \"$t\" = / ]; then echo \"pgpilot: %2 is on this node's root file system, not a mounted share: "
        "mount it (NFS or similar) at %2 on every node\" >&2; exit 1; fi\n"
        "echo \"%2: $(findmnt -n -o SOURCE,FSTYPE -T %1) mounted at $t\"")
        .arg(path, m_spec.backup.path);
}

void Builder::mountedRepository(Phase& p) const
{
    const QString path = shellQuote(m_spec.backup.path);
    const QString dir = shellQuote(nodesDir(m_spec.backup.path));
    // Each node leaves its postgres ids and machine id in the repository...
    p.steps << forAll(QStringLiteral("p6.mount-own"),
        tr("Make the repository %1 postgres's and sign it from every node").arg(m_spec.backup.path),
        tr("The repository directory cannot be made postgres's, or postgres cannot write in it: read the "
           "message and fix the export's ownership on the file server."),
        [&](const NodeSpec& node) {
            const QString command = QStringLiteral(
                "set -e\n"
                "if [ \"$(stat -c %U %1)\" != postgres ]; then chown postgres:postgres %1 2>/dev/null || { "
                "echo \"pgpilot: %3 belongs to $(stat -c %U:%G %1) and root cannot change that here (an NFS "
                "export with root_squash?): make it belong to postgres (uid $(id -u postgres), gid $(id -g "
                "postgres)) on the file server\" >&2; exit 1; }; fi\n"
                "chmod 0750 %1 2>/dev/null || true\n"
                "runuser -u postgres -- sh -c 'umask 027; mkdir -p \"$1\" && printf \"%s %s %s\\n\" \"$(id "
                "-u)\" "
                "\"$(id -g)\" \"$(cat /etc/machine-id)\" >\"$1/$2\"' sh %2 %4")
                                        .arg(path, dir, m_spec.backup.path, node.name);
            // Done while this node's fresh signature is there (a phase 6 run again after the admin
            // fixed the mount signs the new directory).
            const QString signed_ = QStringLiteral(
                "f=%1/%2; [ -f \"$f\" ] && [ -n \"$(find \"$f\" -mmin -60)\" ] && read -r u g m <\"$f\" && "
                "[ \"$m\" = \"$(cat /etc/machine-id)\" ] && [ \"$(stat -c %U %3)\" = postgres ]")
                                        .arg(dir, node.name, path);
            return work(node,
                {run(tr("Own %1 and write this node's signature").arg(m_spec.backup.path), command)},
                signed_);
        });
    // ... and every node must see every signature, with its own ids: one directory, one postgres.
    QStringList names;
    for (const NodeSpec& n : m_spec.nodes)
        names << n.name;
    p.steps << forAll(QStringLiteral("p6.mount-shared"),
        tr("Check that every node sees the same repository, with the same postgres ids"),
        tr("The nodes do not share one directory at %1, or postgres's ids differ: mount the same export on "
           "every node; give postgres the same uid and gid everywhere.")
            .arg(m_spec.backup.path),
        [&](const NodeSpec& node) {
            const QString command = QStringLiteral(
                "ids=\"$(id -u postgres) $(id -g postgres)\"\n"
                "for n in %1; do\n"
                "  f=%2/$n\n"
                "  if [ ! -f \"$f\" ] || [ -z \"$(find \"$f\" -mmin -60)\" ]; then echo \"pgpilot: $n signed "
                "%3 a "
                "moment ago but this node does not see it: %3 is not one shared directory on every node\" "
                ">&2; "
                "exit 1; fi\n"
                "  read -r uid gid mid <\"$f\"\n"
                "  if [ \"$uid $gid\" != \"$ids\" ]; then echo \"pgpilot: postgres is uid/gid $uid/$gid on "
                "$n but "
                "$ids here: a shared repository needs the same ids on every node\" >&2; exit 1; fi\n"
                "done\n"
                "read -r uid gid mid <%2/%4\n"
                "if [ \"$mid\" != \"$(cat /etc/machine-id)\" ]; then echo \"pgpilot: the signature of %4 in "
                "%3 "
                "was written by another machine: two nodes share a name or a machine id\" >&2; exit 1; fi\n"
                "echo \"all %5 nodes see %3 with postgres $ids\"")
                                        .arg(shellJoin(names), dir, m_spec.backup.path, node.name)
                                        .arg(names.size());
            // The check is its own probe: never taken on trust from an earlier run.
            return work(node, {run(tr("Read every node's signature"), command)}, command);
        });
}

} // namespace pgpilot
