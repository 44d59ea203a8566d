// SPDX-License-Identifier: GPL-3.0-or-later
#include "existingsecrets.h"

#include "backupfiles.h"
#include "configfiles.h"
#include "core/shell.h"
#include "platform/platformprofile.h"

#include <QCoreApplication>
#include <QMap>
#include <QPair>

#include <algorithm>

namespace pgpilot {

QString existingSecretsCommand(const ClusterSpec& spec)
{
    // Tags: "repmgr-pgpass", "ssh-key", "stats-env", "tls-ca", "role <name>". The .pgpass line is matched
    // on its user field only; nothing of a password is read out.
    QStringList roles {QStringLiteral("repmgr"), monitorRole()};
    if (!spec.application.role.isEmpty())
        roles << spec.application.role;
    QStringList quoted;
    for (const QString& r : roles)
        quoted << QStringLiteral("'%1'").arg(r); // roles are validated identifiers
    const QString sql
        = QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN (%1)").arg(quoted.join(u','));
    const QString psql = QStringLiteral("%1/psql -X -A -t -q -h /var/run/postgresql -p %2 -d postgres -c %3")
                             .arg(postgresBinDir(spec.postgresVersion))
                             .arg(spec.ports.postgres)
                             .arg(shellQuote(sql));
    return QStringLiteral(
        "if [ -f %1 ] && grep -q '^[^:]*:[^:]*:[^:]*:repmgr:' %1; then echo repmgr-pgpass; fi; "
        "if [ -e %2 ]; then echo ssh-key; fi; "
        "if [ -e %5 ]; then echo stats-env; fi; "
        "if [ -e %6 ]; then echo tls-ca; fi; "
        "if [ -e %7 ]; then echo backup-config; fi; "
        "if [ -x %3/psql ] && id postgres >/dev/null 2>&1; then "
        "runuser -u postgres -- sh -c %4 2>/dev/null | sed 's/^/role /'; fi; exit 0")
        .arg(shellQuote(nodepaths::pgpassFile()), shellQuote(nodepaths::postgresSshKey()),
            postgresBinDir(spec.postgresVersion), shellQuote(psql), shellQuote(nodepaths::haproxyStatsEnv()),
            shellQuote(nodepaths::tlsCaCert(spec.postgresVersion)))
        .arg(shellQuote(backuppaths::configFile()));
}

QList<SecretEvidence> parseExistingSecrets(
    const ClusterSpec& spec, const QString& node, const QByteArray& stdOut, const QStringList& missingKeys)
{
    QList<SecretEvidence> out;
    auto add = [&](const QString& key, const QString& found) {
        if (missingKeys.contains(key))
            out.append({key, node, found});
    };
    const QStringList lines = QString::fromUtf8(stdOut).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line == QLatin1String("repmgr-pgpass")) {
            add(repmgrPasswordKey(spec),
                QCoreApplication::translate("pgpilot::ExistingSecrets", "%1 holds a password for repmgr")
                    .arg(nodepaths::pgpassFile()));
        } else if (line == QLatin1String("ssh-key")) {
            add(postgresSshKeyKey(spec),
                QCoreApplication::translate("pgpilot::ExistingSecrets", "%1 exists")
                    .arg(nodepaths::postgresSshKey()));
        } else if (line == QLatin1String("stats-env")) {
            add(statsPasswordKey(spec),
                QCoreApplication::translate("pgpilot::ExistingSecrets", "%1 exists")
                    .arg(nodepaths::haproxyStatsEnv()));
        } else if (line == QLatin1String("backup-config")) {
            // pgBackRest set up by an earlier phase 6: its repository may be encrypted with a
            // passphrase, and its host trusts a key, that this workstation lacks.
            const QString found = QCoreApplication::translate("pgpilot::ExistingSecrets", "%1 exists")
                                      .arg(backuppaths::configFile());
            if (!spec.backupCipherKey().isEmpty())
                add(spec.backupCipherKey(), found);
            add(pgbackrestSshKeyKey(spec), found);
        } else if (line == QLatin1String("tls-ca")) {
            // Certificates of a CA the keychain lacks: a new CA would not be trusted by the nodes'
            // certificates (nor they by it).
            const QString found = QCoreApplication::translate("pgpilot::ExistingSecrets", "%1 exists")
                                      .arg(nodepaths::tlsCaCert(spec.postgresVersion));
            if (tlsIssuedByPgpilot(spec))
                add(tlsCaKeyKey(spec), found);
            add(tlsCaCertKey(spec), found);
        } else if (line.startsWith(QLatin1String("role "))) {
            const QString role = line.mid(5).trimmed();
            if (role == monitorRole())
                add(monitorPasswordKey(spec),
                    QCoreApplication::translate("pgpilot::ExistingSecrets", "the database has the role %1")
                        .arg(role));
            else if (role == QLatin1String("repmgr"))
                add(repmgrPasswordKey(spec),
                    QCoreApplication::translate(
                        "pgpilot::ExistingSecrets", "the database has the role repmgr"));
            else if (!role.isEmpty() && role == spec.application.role)
                add(applicationPasswordKey(spec),
                    QCoreApplication::translate("pgpilot::ExistingSecrets", "the database has the role %1")
                        .arg(role));
        }
    }
    return out;
}

QString existingSecretsError(const QList<SecretEvidence>& evidence)
{
    // key -> what was found -> the nodes it was found on, in the order seen.
    QMap<QString, QList<QPair<QString, QStringList>>> byKey;
    for (const SecretEvidence& e : evidence) {
        auto& signs = byKey[e.key];
        auto it = std::find_if(signs.begin(), signs.end(), [&](const auto& s) { return s.first == e.found; });
        if (it == signs.end())
            signs.append({e.found, {e.node}});
        else if (!it->second.contains(e.node))
            it->second << e.node;
    }
    QStringList parts;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        QStringList signs;
        for (const auto& [found, nodes] : it.value())
            signs << QCoreApplication::translate("pgpilot::ExistingSecrets", "%1 on %2")
                         .arg(found, nodes.join(QStringLiteral(", ")));
        parts << QCoreApplication::translate("pgpilot::ExistingSecrets", "%1 (%2)")
                     .arg(it.key(), signs.join(QStringLiteral("; ")));
    }
    return QCoreApplication::translate("pgpilot::ExistingSecrets",
        "This cluster already exists on its nodes, but this workstation does not hold its "
        "secrets: %1. pgpilot does not make up new ones, which would lock it out of the "
        "database. Bring the secrets from the workstation that set the cluster up: export them "
        "there (pgpilot export-secrets, or File > Export secrets), import them here (pgpilot "
        "import-secrets, or File > Import secrets), then try again.")
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace pgpilot
