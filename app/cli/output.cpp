// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "cluster/specfile.h"
#include "cluster/specvalidator.h"
#include "command.h"
#include "remote/remotehost.h"
#include "secrets/filesecretstore.h"
#include "secrets/keychainsecretstore.h"

#include <QJsonDocument>

namespace pgpilot::cli {

void print(std::FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

void printJson(std::FILE* stream, const QJsonObject& object)
{
    print(
        stream, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

void printNodeLines(
    const Io& io, const QString& indent, const QString& node, int stream, const QStringList& lines)
{
    const bool stdOut = stream == RemoteHost::StdOut;
    for (const QString& line : lines)
        print(stdOut ? io.out : io.err,
            QStringLiteral("%1%2 %3 %4\n")
                .arg(indent, node, stdOut ? QStringLiteral("|") : QStringLiteral("!"), line));
}

std::function<void(const QString&, const QString&, int, const QStringList&)> verboseOutput(const Io& io)
{
    return [io](const QString&, const QString& node, int stream, const QStringList& lines) {
        printNodeLines(io, QStringLiteral("      "), node, stream, lines);
    };
}

std::optional<ClusterSpec> loadValidSpec(const QString& path, std::FILE* err, bool adviseFix)
{
    const SpecLoadResult loaded = loadSpecFile(path);
    if (!loaded.spec) {
        print(err, loaded.error + QLatin1Char('\n'));
        return std::nullopt;
    }
    if (const auto issues = validate(*loaded.spec); !issues.isEmpty()) {
        for (const auto& issue : issues)
            print(err, QStringLiteral("%1: %2\n").arg(issue.field, issue.message));
        if (adviseFix)
            print(err, CommandLine::tr("%1: fix the worksheet first.\n").arg(path));
        return std::nullopt;
    }
    return loaded.spec;
}

std::unique_ptr<SecretStore> openSecretStore(const QString& secretsFile, std::FILE* err)
{
    if (secretsFile.isEmpty())
        return std::make_unique<KeychainSecretStore>();
    auto store = std::make_unique<FileSecretStore>(secretsFile);
    QString error;
    if (!store->load(&error)) {
        print(err, error + QLatin1Char('\n'));
        return nullptr;
    }
    return store;
}

QHash<QString, QString> acceptedKeys(const QStringList& values)
{
    QHash<QString, QString> confirmed;
    for (const QString& a : values)
        confirmed.insert(a.section(QLatin1Char('='), 0, 0), a.section(QLatin1Char('='), 1));
    return confirmed;
}

} // namespace pgpilot::cli
