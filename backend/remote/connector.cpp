#include "connector.h"

#include "secrets/secretstore.h"

#include <QDir>
#include <QSet>
#include <QStandardPaths>

#include <memory>

namespace pgpilot {

QString defaultKnownHostsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("known_hosts"));
}

ClusterConnector::ClusterConnector(QObject* parent)
    : QObject(parent)
{ }

ConnectionSettings ClusterConnector::settingsFor(const ClusterSpec& spec, const NodeSpec& node)
{
    ConnectionSettings s;
    s.nodeName = node.name;
    s.host = node.address;
    s.port = node.ssh.port;
    s.user = node.ssh.user;
    s.auth = node.ssh.auth;
    s.keyFile = node.ssh.keyFile;
    s.sudo = node.ssh.sudo;
    s.knownHostsFile = spec.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : spec.knownHostsFile;
    if (!node.ssh.hostKeyFingerprint.isEmpty())
        s.trustedFingerprints.insert(node.ssh.hostKeyFingerprint);
    return s;
}

void ClusterConnector::prepare(const ClusterSpec& spec, SecretStore* secrets, Done done)
{
    auto nodes = std::make_shared<QList<ConnectionSettings>>();
    QSet<QString> refs;
    for (const NodeSpec& node : spec.nodes) {
        ConnectionSettings s = settingsFor(spec, node);
        if (m_confirmed.contains(node.name))
            s.trustedFingerprints.insert(m_confirmed.value(node.name));
        nodes->append(s);
        const bool needs = node.ssh.auth == SshAuth::Password || node.ssh.sudo == SudoMode::Password
            || (node.ssh.auth == SshAuth::Key && !node.ssh.secretRef.isEmpty());
        if (needs && !node.ssh.secretRef.isEmpty())
            refs.insert(node.ssh.secretRef);
        else if (needs)
            return done({}, tr("%1 needs a password but the worksheet names none.").arg(node.name));
    }
    if (refs.isEmpty())
        return done(*nodes, {});
    if (!secrets)
        return done({}, tr("Passwords are needed but no secret store is available."));
    auto values = std::make_shared<QHash<QString, QByteArray>>();
    auto missing = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(int(refs.size()));
    const QList<NodeSpec> specNodes = spec.nodes;
    for (const QString& ref : refs) {
        secrets->read(ref, [=](const SecretStore::Result& r) {
            if (r.status == SecretStore::Status::Ok)
                values->insert(ref, r.value);
            else
                missing->append(ref);
            if (--*remaining > 0)
                return;
            if (!missing->isEmpty()) {
                done({},
                    tr("These passwords are not in the keychain: %1. Enter them on the worksheet and save.")
                        .arg(missing->join(QStringLiteral(", "))));
                return;
            }
            for (qsizetype i = 0; i < nodes->size(); ++i) {
                const NodeSpec& n = specNodes.at(i);
                const QByteArray v = values->value(n.ssh.secretRef);
                ConnectionSettings& s = (*nodes)[i];
                if (n.ssh.auth != SshAuth::Agent)
                    s.secret = v;
                if (n.ssh.sudo == SudoMode::Password)
                    s.sudoPassword = v;
            }
            done(*nodes, {});
        });
    }
}

} // namespace pgpilot
