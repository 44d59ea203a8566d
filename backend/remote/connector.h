// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"
#include "remotehost.h"

#include <QObject>

#include <functional>

namespace pgpilot {

class SecretStore;

// pgpilot's own known_hosts file when the worksheet names none.
QString defaultKnownHostsFile();

// The first ProxyJump ([user@]host[:port]) that an OpenSSH client config gives for host, as
// settings for the jump host (credentials and known_hosts taken from base); null when none.
std::shared_ptr<ConnectionSettings> proxyJumpFromSshConfig(
    const QString& configPath, const QStringList& hostNames, const ConnectionSettings& base);

// Turns a worksheet into connection settings for every node, reading the passwords the nodes
// need (SSH password, key passphrase, sudo password) from the SecretStore.
class ClusterConnector : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QList<ConnectionSettings>& nodes, const QString& error)>;

    explicit ClusterConnector(QObject* parent = nullptr);

    // Fingerprints the admin confirmed (GUI) or passed on the command line, by node name.
    void setConfirmedFingerprints(const QHash<QString, QString>& fingerprints) { m_confirmed = fingerprints; }
    void prepare(const ClusterSpec& spec, SecretStore* secrets, Done done);

    static ConnectionSettings settingsFor(const ClusterSpec& spec, const NodeSpec& node);
    // Puts the value of ssh.secretRef where the login needs it: the SSH password or key passphrase
    // (unless the agent logs in) and the sudo password.
    static void applySecret(ConnectionSettings& settings, const SshSettings& ssh, const QByteArray& value);
    // Whether the login needs the value of ssh.secretRef.
    static bool needsSecret(const SshSettings& ssh);

private:
    QHash<QString, QString> m_confirmed;
};

} // namespace pgpilot
