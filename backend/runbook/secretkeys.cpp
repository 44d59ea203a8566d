// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain keys of the cluster's secrets, the placeholders that stand for them in the runbook,
// and the roles whose passwords pgpilot sets (declared in configfiles.h).
#include "backupfiles.h"
#include "configfiles.h"

namespace pgpilot {

QString repmgrPasswordKey(const ClusterSpec& spec)
{
    return spec.repmgrPasswordRef.isEmpty() ? spec.secretKey(QStringLiteral("repmgr-password"))
                                            : spec.repmgrPasswordRef;
}
QString postgresSshKeyKey(const ClusterSpec& spec)
{
    return spec.secretKey(QStringLiteral("postgres-ssh-key"));
}
QString applicationPasswordKey(const ClusterSpec& spec)
{
    return spec.secretKey(QStringLiteral("app-password"));
}
QString monitorRole()
{
    return QStringLiteral("pgpilot_monitor");
}
QString monitorPasswordKey(const ClusterSpec& spec)
{
    return spec.secretKey(QStringLiteral("monitor-password"));
}
QString statsUser()
{
    return QStringLiteral("pgpilot");
}
QString statsPasswordKey(const ClusterSpec& spec)
{
    return spec.secretKey(QStringLiteral("stats-password"));
}
QStringList clusterSecretKeys(const ClusterSpec& spec)
{
    QStringList keys {repmgrPasswordKey(spec), applicationPasswordKey(spec), postgresSshKeyKey(spec),
        monitorPasswordKey(spec), statsPasswordKey(spec)};
    keys << tlsSecretKeys(spec);
    if (spec.hasBackups()) { // the repository's passphrase and its host's SSH key for postgres
        if (spec.hasBackupHost())
            keys << pgbackrestSshKeyKey(spec);
        if (!spec.backupCipherKey().isEmpty())
            keys << spec.backupCipherKey();
    }
    for (const NodeSpec& node : spec.hosts()) {
        if (!node.ssh.secretRef.isEmpty())
            keys << node.ssh.secretRef;
    }
    keys.removeDuplicates();
    return keys;
}
QString pgbackrestSshKeyKey(const ClusterSpec& spec)
{
    return spec.secretKey(QStringLiteral("pgbackrest-ssh-key"));
}
QString secretPlaceholder(const QString& key)
{
    return QStringLiteral("{{secret:%1}}").arg(key);
}

QString scramPlaceholder(const QString& key)
{
    return QStringLiteral("{{scram:%1}}").arg(key);
}

QString pgpassPlaceholder(const QString& key)
{
    return QStringLiteral("{{pgpass:%1}}").arg(key);
}

bool hasSecretPlaceholder(const QByteArray& text)
{
    return text.contains("{{secret:") || text.contains("{{scram:") || text.contains("{{pgpass:");
}

QList<PasswordRole> passwordRoles(const ClusterSpec& spec)
{
    QList<PasswordRole> roles;
    roles.append({QStringLiteral("repmgr"), repmgrPasswordKey(spec), QStringLiteral("repmgr"), true});
    if (!spec.application.role.isEmpty())
        roles.append({spec.application.role, applicationPasswordKey(spec),
            spec.application.database.isEmpty() ? QStringLiteral("postgres") : spec.application.database,
            false});
    roles.append({monitorRole(), monitorPasswordKey(spec), QStringLiteral("repmgr"), false});
    return roles;
}

QString pendingSecretKey(const QString& key)
{
    return key + QStringLiteral(".pending");
}

} // namespace pgpilot
