// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot export-secrets and import-secrets: a cluster's secrets carried to another workstation
// in a bundle sealed with a passphrase (backend/secrets/secretbundle.h). They contact no node.
#include "cluster/specfile.h"
#include "command.h"
#include "commands.h"
#include "options.h"
#include "output.h"
#include "passphrase.h"
#include "runbook/configfiles.h"
#include "secrets/secretbundle.h"
#include "secrets/secretstore.h"
#include "secrets/secrettransfer.h"

#include <QEventLoop>

namespace pgpilot::cli {

namespace {

// Runs one asynchronous backend call (it answers through the callback it is given) to its end.
template <typename Result, typename Start> Result await(Start start)
{
    std::optional<Result> result;
    QEventLoop loop;
    start([&](const Result& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

// The cluster file, parsed only: moving secrets needs the cluster's name and its keys, not a
// worksheet without problems. Nothing (after saying why) when it cannot be read.
std::optional<ClusterSpec> loadSpec(const QString& path, std::FILE* err)
{
    const SpecLoadResult loaded = loadSpecFile(path);
    if (!loaded.spec)
        print(err, loaded.error + QLatin1Char('\n'));
    return loaded.spec;
}

// Where the secrets are kept, in words: "in the keychain", or "in" the --secrets-file path.
QString storePlace(const Invocation& args)
{
    return args.isSet("secrets-file") ? CommandLine::tr("in %1").arg(args.value("secrets-file"))
                                      : CommandLine::tr("in the keychain");
}

class ExportSecretsCommand : public Command
{
public:
    ExportSecretsCommand()
        : Command(QStringLiteral("export-secrets"),
            QT_TRANSLATE_NOOP(
                "pgpilot::CommandLine", "seal the cluster's secrets into a file for another workstation"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Seals the cluster's secrets (repmgr and application passwords, the postgres SSH key,\n"
                "the nodes' login secrets) from the keychain into FILE, encrypted with a passphrase, for\n"
                "import-secrets on another workstation. The passphrase (at least 12 characters) is typed\n"
                "twice without echo, or, when standard input is not a terminal, is its first line; it is\n"
                "never taken from the arguments or the environment. FILE is created with mode 0600 and\n"
                "is never overwritten. Nothing secret is printed."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 0 written, 1 refused (no secret of the cluster is stored, passphrase too\n"
                "short or not the same twice, FILE exists or cannot be written), 2 usage error, 3 cluster\n"
                "file or keychain problem."))
    {
        addOption(valueOption("out", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "FILE"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Write the bundle to this new file.")),
            OptionSet::Show::Required);
        addOption(secretsFileOption());
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        const QString out = args.value("out");
        if (out.isEmpty())
            return usageError(io, CommandLine::tr("export-secrets needs --out FILE."));
        const auto spec = loadSpec(args.clusterFile(), io.err);
        if (!spec)
            return 3;
        if (const QString problem = bundleTargetProblem(out); !problem.isEmpty()) {
            print(io.err, problem + QLatin1Char('\n'));
            return 1;
        }
        const std::unique_ptr<SecretStore> store = openSecretStore(args.value("secrets-file"), io.err);
        if (!store)
            return 3;
        auto collected = await<CollectedSecrets>([&](auto done) {
            collectSecrets(store.get(), spec->name, clusterSecretKeys(*spec), std::move(done));
        });
        if (!collected.error.isEmpty()) {
            print(io.err, collected.error + QLatin1Char('\n'));
            return 3;
        }
        if (collected.bundle.secrets.isEmpty()) {
            print(io.err,
                CommandLine::tr("None of the secrets of the cluster %1 is stored %2 (%3); there is nothing "
                                "to export.\n")
                    .arg(spec->name, storePlace(args), collected.absent.join(QStringLiteral(", "))));
            return 1;
        }

        QString error;
        auto passphrase = readPassphrase(io,
            CommandLine::tr("Passphrase for the bundle (at least %1 characters): ")
                .arg(secretbundle::kMinPassphraseLength),
            CommandLine::tr("The same passphrase again: "), &error);
        QByteArray sealed;
        if (passphrase) {
            sealed = sealSecretBundle(collected.bundle, *passphrase, &error);
            wipeBytes(*passphrase);
        }
        QStringList keys;
        for (const auto& entry : std::as_const(collected.bundle.secrets))
            keys << entry.first;
        collected.bundle.wipe();
        if (sealed.isEmpty() || !writeBundleFile(out, sealed, &error)) {
            print(io.err, error + QLatin1Char('\n'));
            return 1;
        }

        QString report
            = CommandLine::tr("Wrote %1 with these secrets of the cluster %2:\n").arg(out, spec->name);
        for (const QString& key : std::as_const(keys))
            report += QStringLiteral("  %1\n").arg(key);
        if (!collected.absent.isEmpty())
            report += CommandLine::tr("Not stored %1, so not in the bundle: %2\n")
                          .arg(storePlace(args), collected.absent.join(QStringLiteral(", ")));
        report += CommandLine::tr("On the other workstation: pgpilot import-secrets %1 %2 (bring the "
                                  "passphrase another way than the file).\n")
                      .arg(args.clusterFile(), out);
        print(io.out, report);
        return 0;
    }
};

class ImportSecretsCommand : public Command
{
public:
    ImportSecretsCommand()
        : Command(QStringLiteral("import-secrets"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "store the secrets of a bundle made by export-secrets"),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Opens FILE, a bundle made by export-secrets for the same cluster, and stores its secrets\n"
                "in the keychain. The passphrase is typed without echo, or, when standard input is not a\n"
                "terminal, is its first line. A secret already stored with the same value is left as it\n"
                "is; if any is stored with another value, nothing is written unless --replace is given."),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Exit status: 0 imported, 1 refused (a secret holds another value and --replace was not\n"
                "given, or no passphrase), 2 usage error, 3 cluster file, keychain or bundle problem (not\n"
                "a bundle, wrong passphrase or changed file, another cluster's bundle)."))
    {
        takeArgument(QT_TRANSLATE_NOOP("pgpilot::CommandLine", "FILE"));
        addOption(flagOption("replace",
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                          "Overwrite secrets stored with another value (the values stored now are lost).")),
            OptionSet::Show::InUsage);
        addOption(described(secretsFileOption(),
            QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                "Store the secrets in this private key=value file instead of the keychain.")));
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        const auto spec = loadSpec(args.clusterFile(), io.err);
        if (!spec)
            return 3;
        const QString file = args.argument(0);
        // Another cluster's bundle, or no bundle at all, is refused before the passphrase is asked.
        if (const OpenedBundle head = openBundleFileFor(file, spec->name, std::nullopt); !head.bundle) {
            print(io.err, head.error + QLatin1Char('\n'));
            return 3;
        }
        const std::unique_ptr<SecretStore> store = openSecretStore(args.value("secrets-file"), io.err);
        if (!store)
            return 3;
        QString error;
        auto passphrase = readPassphrase(io, CommandLine::tr("Passphrase of %1: ").arg(file), {}, &error);
        if (!passphrase) {
            print(io.err, error + QLatin1Char('\n'));
            return 1;
        }
        OpenedBundle opened = openBundleFileFor(file, spec->name, *passphrase);
        wipeBytes(*passphrase);
        if (!opened.bundle) {
            print(io.err, opened.error + QLatin1Char('\n'));
            return 3;
        }
        const bool replace = args.isSet("replace");
        const SecretImport result = await<SecretImport>(
            [&](auto done) { importSecrets(store.get(), *opened.bundle, replace, std::move(done)); });
        opened.bundle->wipe();

        QString report;
        for (const QString& key : result.written)
            report += CommandLine::tr("%1: written\n").arg(key);
        for (const QString& key : result.replaced)
            report += CommandLine::tr("%1: replaced\n").arg(key);
        for (const QString& key : result.unchanged)
            report += CommandLine::tr("%1: unchanged\n").arg(key);
        switch (result.outcome) {
        case SecretImport::Outcome::Conflict:
            print(io.err,
                CommandLine::tr("Refused: these secrets of the bundle are stored %1 with other values: %2. "
                                "Nothing was written. If the bundle's values are the right ones, run again "
                                "with --replace (the values stored now are lost).\n")
                    .arg(storePlace(args), result.conflicts.join(QStringLiteral(", "))));
            return 1;
        case SecretImport::Outcome::StoreFailed:
            print(io.out, report);
            print(io.err, result.error + QLatin1Char('\n'));
            return 3;
        case SecretImport::Outcome::Imported:
            break;
        }
        report += CommandLine::tr("The secrets of the cluster %1 are stored %2 now: %3 written, %4 replaced, "
                                  "%5 unchanged.\n")
                      .arg(spec->name, storePlace(args))
                      .arg(result.written.size())
                      .arg(result.replaced.size())
                      .arg(result.unchanged.size());
        print(io.out, report);
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeExportSecretsCommand()
{
    return std::make_unique<ExportSecretsCommand>();
}

std::unique_ptr<Command> makeImportSecretsCommand()
{
    return std::make_unique<ImportSecretsCommand>();
}

} // namespace pgpilot::cli
