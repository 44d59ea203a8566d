// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot adopt: a worksheet for a cluster built by hand, discovered from one of its nodes
// (backend/adopt/adopter.h); pgpilot audit: how a cluster differs from what pgpilot would build
// (backend/adopt/audit.h). Both change nothing on the nodes.
#include "adopt/adopter.h"
#include "adopt/audit.h"
#include "cluster/clusterspec.h"
#include "cluster/specfile.h"
#include "cluster/specvalidator.h"
#include "command.h"
#include "commands.h"
#include "options.h"
#include "output.h"
#include "secrets/secretstore.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>

#include <optional>

namespace pgpilot::cli {

namespace {

AdoptResult runAdopter(Adopter& adopter, const Io& io, bool quiet);

class AdoptCommand : public Command
{
public:
    AdoptCommand()
        : Command(QStringLiteral("adopt"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "write a worksheet for a cluster built by hand"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Connects over SSH to one node of a repmgr cluster built without pgpilot (for example by\n"
                "the guide), discovers the others from repmgr's node table and reads, on each, repmgr.conf,\n"
                "PostgreSQL's settings, HAProxy's frontends and backends, Keepalived's VIP, interface and\n"
                "router id, and the service on the health port. It writes a worksheet pgpilot can open,\n"
                "monitor and operate, marked \"adopted\" (the monitor reads the cluster as it is built), "
                "and\n"
                "stores the repmgr password found in the nodes' .pgpass in the keychain (or the secrets\n"
                "file). Nothing on the nodes is changed. Host keys are verified: a node pgpilot does not\n"
                "know yet is refused until its fingerprint is confirmed with --accept-host-key, or is in\n"
                "the --known-hosts file. Then: pgpilot status and pgpilot audit."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 0 written (warnings, such as a node that could not be read, are printed),\n"
                "1 not adopted (the reason is printed; nothing was written), 2 usage error, 3 the output\n"
                "file or the keychain could not be written."))
    {
        takeClusterFileAsOption("out");
        addOption(
            valueOption("out", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "FILE"),
                QT_TRANSLATE_NOOP("pgpilot::CommandLine", "The worksheet to write (it must not exist).")),
            OptionSet::Show::Required);
        addOption(valueOption("node", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "ADDRESS"),
                      QT_TRANSLATE_NOOP(
                          "pgpilot::CommandLine", "A node of the cluster that pgpilot reaches over SSH.")),
            OptionSet::Show::Required);
        addOption(valueOption("name", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "NAME"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "The cluster's name in pgpilot (keychain entries are named after it); default: the output "
                "file's name.")));
        addOption(valueOption("ssh-user", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "USER"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "SSH login on every node (default root).")));
        addOption(valueOption("ssh-port", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "PORT"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "SSH port (default 22).")));
        addOption(valueOption("key", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "FILE"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "SSH private key (without it: the SSH agent).")));
        addOption(flagOption("ssh-password",
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Log in with a password (the entry --login-secret names) instead of a key or the agent.")));
        addOption(valueOption("sudo", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "none|nopasswd|password"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "How the login becomes root: none (it is root), nopasswd (sudo without a password) or "
                "password (sudo asks for the login's password).")));
        addOption(valueOption("login-secret", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "KEY"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "The keychain entry (or --secrets-file key) holding the login's password: for "
                "--ssh-password, --sudo password or a key's passphrase. The worksheet names it too; the "
                "password itself is never asked for on the command line.")));
        addOption(valueOption("known-hosts", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "FILE"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "The worksheet's known_hosts file: the keys in it are trusted (default: pgpilot's own).")));
        addOptions({acceptHostKeyOption(), secretsFileOption()});
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        const QString out = args.clusterFile();
        if (args.value("node").isEmpty())
            return usageError(io, CommandLine::tr("adopt needs --node ADDRESS."));
        if (QFileInfo::exists(out)) {
            print(io.err,
                CommandLine::tr(
                    "%1 exists: adopt writes a new worksheet and never replaces one. Choose another "
                    "--out.\n")
                    .arg(out));
            return 3;
        }
        AdoptOptions options;
        options.name = args.value("name");
        if (options.name.isEmpty()) {
            options.name = QFileInfo(out).fileName().section(QLatin1Char('.'), 0, 0);
        }
        options.knownHostsFile = args.value("known-hosts");
        if (args.isSet("ssh-user"))
            options.ssh.user = args.value("ssh-user");
        if (args.isSet("ssh-port")) {
            bool ok = false;
            options.ssh.port = args.value("ssh-port").toInt(&ok);
            if (!ok)
                return usageError(io, CommandLine::tr("--ssh-port takes a number."));
        }
        options.ssh.auth = args.isSet("ssh-password") ? SshAuth::Password
            : args.isSet("key")                       ? SshAuth::Key
                                                      : SshAuth::Agent;
        if (args.isSet("ssh-password") && args.isSet("key"))
            return usageError(io, CommandLine::tr("--ssh-password and --key exclude each other."));
        options.ssh.keyFile = args.value("key");
        const QString sudo = args.value("sudo");
        if (sudo.isEmpty() || sudo == QLatin1String("none"))
            options.ssh.sudo = SudoMode::None;
        else if (sudo == QLatin1String("nopasswd"))
            options.ssh.sudo = SudoMode::NoPassword;
        else if (sudo == QLatin1String("password"))
            options.ssh.sudo = SudoMode::Password;
        else
            return usageError(io, CommandLine::tr("--sudo takes none, nopasswd or password."));
        options.ssh.secretRef = args.value("login-secret");
        if (!options.ssh.secretRef.isEmpty() && !rules::isSecretRef(options.ssh.secretRef))
            return usageError(io,
                CommandLine::tr(
                    "--login-secret: %1 is not a keychain entry name (letters, digits, ':', '.', '_', "
                    "'-').")
                    .arg(options.ssh.secretRef));
        if (options.ssh.secretRef.isEmpty()
            && (options.ssh.auth == SshAuth::Password || options.ssh.sudo == SudoMode::Password))
            return usageError(io,
                CommandLine::tr(
                    "A password login or sudo password needs --login-secret KEY: the entry of the "
                    "keychain (or of --secrets-file) that holds the password."));
        const std::unique_ptr<SecretStore> store = openSecretStore(args.value("secrets-file"), io.err);
        if (!store)
            return 3;

        Adopter adopter(
            args.value("node"), options, acceptedKeys(args.values("accept-host-key")), store.get());
        const std::optional<AdoptResult> result = runAdopter(adopter, io, false);
        for (const QString& w : std::as_const(result->plan.warnings))
            print(io.err, CommandLine::tr("Warning: %1\n").arg(w));
        if (!result->unknownHostKeys.isEmpty())
            print(io.err,
                CommandLine::tr("Host keys not known yet (check each on its node, then confirm with "
                                "--accept-host-key ADDRESS=SHA256:...):\n  %1\n")
                    .arg(result->unknownHostKeys.join(QStringLiteral("\n  "))));
        if (!result->plan.spec) {
            print(io.err, CommandLine::tr("Not adopted: %1\n").arg(result->plan.error));
            return 1;
        }
        QString error;
        if (!saveSpecFile(*result->plan.spec, out, &error)) {
            print(io.err, error + QLatin1Char('\n'));
            return 3;
        }
        const ClusterSpec& spec = *result->plan.spec;
        QStringList nodes;
        for (const NodeSpec& n : spec.nodes)
            nodes << QStringLiteral("%1 %2 (%3)").arg(n.name, n.address, toId(n.role));
        print(io.out,
            CommandLine::tr("Adopted %1: %2; VIP %3. Worksheet: %4%5\nNext: pgpilot status %4, then pgpilot "
                            "audit %4.\n")
                .arg(spec.name, nodes.join(QStringLiteral(", ")), spec.network.vip, out,
                    result->passwordKey.isEmpty()
                        ? QString()
                        : CommandLine::tr("; the repmgr password is stored as %1").arg(result->passwordKey)));
        return 0;
    }
};

// Runs an Adopter to its end, its progress on err.
AdoptResult runAdopter(Adopter& adopter, const Io& io, bool quiet)
{
    std::optional<AdoptResult> result;
    QEventLoop loop;
    if (!quiet) {
        QObject::connect(&adopter, &Adopter::progress, &loop,
            [&io](const QString& line) { print(io.err, line + QLatin1Char('\n')); });
    }
    QObject::connect(&adopter, &Adopter::finished, &loop, [&](const AdoptResult& r) {
        result = r;
        loop.quit();
    });
    adopter.start();
    if (!result)
        loop.exec();
    return *result;
}

class AuditCommand : public Command
{
public:
    AuditCommand()
        : Command(QStringLiteral("audit"),
            QT_TRANSLATE_NOOP(
                "pgpilot::CommandLine", "list how the cluster differs from what pgpilot builds"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Reads every node of the worksheet over SSH (files, settings, units, listening services)\n"
                "and lists each difference from what pgpilot would build: a guide erratum still in place or\n"
                "a local change, with its risk in plain words, the evidence (file and line, or a command's\n"
                "output) and the phase step that would fix it. Changes nothing. With --json: one object\n"
                "whose \"findings\" list is empty when there is nothing to report; \"not_read\" lists the\n"
                "nodes that could not be read."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 0 no finding, 1 findings, 2 usage error, 3 cluster file problem or no node\n"
                "could be read."))
    {
        addOptions({jsonOption(), acceptHostKeyOption(), secretsFileOption()});
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        const SpecLoadResult loaded = loadSpecFile(args.clusterFile());
        if (!loaded.spec) {
            print(io.err, loaded.error + QLatin1Char('\n'));
            return 3;
        }
        const ClusterSpec& spec = *loaded.spec;
        const std::unique_ptr<SecretStore> store = openSecretStore(args.value("secrets-file"), io.err);
        if (!store)
            return 3;
        // The worksheet's logins, with their passwords (SSH or sudo) from the store when they need one.
        Adopter adopter(
            QString(), AdoptOptions {}, acceptedKeys(args.values("accept-host-key")), store.get());
        adopter.setAuditOf(spec);
        const bool json = args.isSet("json");
        const AdoptResult result = runAdopter(adopter, io, json);
        const QList<Finding> findings = auditCluster(result.discovery, spec);
        if (!result.unknownHostKeys.isEmpty())
            print(io.err,
                CommandLine::tr("Host keys not known yet (check each on its node, then confirm with "
                                "--accept-host-key NAME=SHA256:...):\n  %1\n")
                    .arg(result.unknownHostKeys.join(QStringLiteral("\n  "))));
        if (json)
            print(io.out,
                QString::fromUtf8(QJsonDocument(auditToJson(spec, result.discovery, findings))
                                      .toJson(QJsonDocument::Compact))
                    + QLatin1Char('\n'));
        else
            print(io.out, auditToText(spec, result.discovery, findings));
        const bool anyRead = std::any_of(result.discovery.nodes.cbegin(), result.discovery.nodes.cend(),
            [](const NodeFacts& n) { return n.reached; });
        if (!anyRead)
            return 3;
        return findings.isEmpty() ? 0 : 1;
    }
};

} // namespace

std::unique_ptr<Command> makeAuditCommand()
{
    return std::make_unique<AuditCommand>();
}

std::unique_ptr<Command> makeAdoptCommand()
{
    return std::make_unique<AdoptCommand>();
}

} // namespace pgpilot::cli
