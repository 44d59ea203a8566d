// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot import-certs: the site's own CA and node certificates (tls.mode "site") into the
// keychain, checked first (backend/ops/sitecertificates.h). It contacts no node.
#include "cluster/specfile.h"
#include "command.h"
#include "commands.h"
#include "ops/sitecertificates.h"
#include "options.h"
#include "output.h"
#include "secrets/secretstore.h"

#include <QEventLoop>

#include <optional>

namespace pgpilot::cli {

namespace {

class ImportCertsCommand : public Command
{
public:
    ImportCertsCommand()
        : Command(QStringLiteral("import-certs"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "store the site's own CA and node certificates"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "For a cluster whose worksheet has tls.mode \"site\": checks the site's CA certificate and,\n"
                "for every node, its certificate (then any intermediates) and unencrypted key, then stores\n"
                "them in the keychain. Each certificate must chain to the CA, be valid now, match its key\n"
                "and name the node's address and the VIP as IP subject alternative names. Without\n"
                "--renewal they replace the stored ones, and phase 2 writes them to the nodes; with\n"
                "--renewal they wait for renew-certs, which puts them in service without a restart (the CA\n"
                "must then be the one stored). Nothing is stored if any check fails. Keys are never "
                "printed."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 0 stored, 1 refused (a check failed; each reason is printed), 2 usage error,\n"
                "3 cluster file, certificate file or keychain problem."))
    {
        addOption(valueOption("ca", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "FILE"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine", "The site's CA certificate (PEM).")),
            OptionSet::Show::Required);
        addOption(valueOption("node", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "NAME=CERT,KEY"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "A node's certificate and key files (PEM); once for every node.")),
            OptionSet::Show::Required);
        addOption(flagOption("renewal",
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "Keep them for renew-certs instead of replacing the stored certificates.")),
            OptionSet::Show::InUsage);
        addOption(secretsFileOption());
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        if (args.value("ca").isEmpty() || args.values("node").isEmpty())
            return usageError(io, CommandLine::tr("import-certs needs --ca FILE and --node NAME=CERT,KEY."));
        const SpecLoadResult loaded = loadSpecFile(args.clusterFile());
        if (!loaded.spec) {
            print(io.err, loaded.error + QLatin1Char('\n'));
            return 3;
        }
        SiteCertificateFiles files;
        QString error;
        const auto ca = readCertificateFile(args.value("ca"), &error);
        if (!ca) {
            print(io.err, error + QLatin1Char('\n'));
            return 3;
        }
        files.caPem = *ca;
        for (const QString& node : args.values("node")) {
            const qsizetype eq = node.indexOf(QLatin1Char('='));
            const QStringList paths = node.mid(eq + 1).split(QLatin1Char(','));
            if (eq <= 0 || paths.size() != 2 || paths.at(0).isEmpty() || paths.at(1).isEmpty())
                return usageError(io, CommandLine::tr("--node takes NAME=CERT,KEY, not %1.").arg(node));
            const auto cert = readCertificateFile(paths.at(0), &error);
            const auto key = cert ? readCertificateFile(paths.at(1), &error) : std::nullopt;
            if (!key) {
                files.wipe();
                print(io.err, error + QLatin1Char('\n'));
                return 3;
            }
            files.nodes.insert(node.left(eq), {*cert, *key});
        }
        const SiteCertificateCheck check
            = checkSiteCertificates(*loaded.spec, files, QDateTime::currentDateTimeUtc());
        for (const QString& warning : check.warnings)
            print(io.err, CommandLine::tr("Warning: %1\n").arg(warning));
        if (!check.ok()) {
            files.wipe();
            print(io.err,
                CommandLine::tr("Refused, nothing was stored:\n  %1\n")
                    .arg(check.errors.join(QStringLiteral("\n  "))));
            return 1;
        }
        const std::unique_ptr<SecretStore> store = openSecretStore(args.value("secrets-file"), io.err);
        if (!store) {
            files.wipe();
            return 3;
        }
        const bool renewal = args.isSet("renewal");
        std::optional<SiteCertificateImport> result;
        QEventLoop loop;
        importSiteCertificates(
            store.get(), *loaded.spec, files, renewal, [&](const SiteCertificateImport& r) {
                result = r;
                loop.quit();
            });
        if (!result)
            loop.exec();
        files.wipe();
        for (const QString& key : std::as_const(result->stored))
            print(io.out, CommandLine::tr("%1: stored\n").arg(key));
        if (!result->error.isEmpty()) {
            print(io.err, result->error + QLatin1Char('\n'));
            return 3;
        }
        print(io.out,
            renewal
                ? CommandLine::tr(
                    "Next: pgpilot renew-certs %1 --yes puts them in service without a restart.\n")
                      .arg(args.clusterFile())
                : CommandLine::tr("Next: pgpilot apply %1 --phase 2 writes them to the nodes (a reload, no "
                                  "restart).\n")
                      .arg(args.clusterFile()));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeImportCertsCommand()
{
    return std::make_unique<ImportCertsCommand>();
}

} // namespace pgpilot::cli
