// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/remotehost.h"

#include <QList>
#include <QString>

namespace pgpilot {

// pgpilot's own known_hosts file holds the host keys pgpilot verified (sshhostkey.cpp stores a
// key only once its fingerprint was confirmed). Entries are "name type base64", name being the
// address, or [address]:port for another port than 22, as OpenSSH writes them.
struct KnownHostKey
{
    QString type; // e.g. ssh-ed25519
    QByteArray blob; // the decoded public key
};

QString knownHostName(const QString& host, int port);

// The keys stored for host:port (plain entries only: markers and hashed names are skipped).
QList<KnownHostKey> knownHostKeys(const QString& knownHostsFile, const QString& host, int port);

// Where a node's verified keys are: no credentials, unlike ConnectionSettings.
struct HostKeySource
{
    QString nodeName;
    QString host;
    int port = 22;
    QString knownHostsFile;

    static HostKeySource of(const ConnectionSettings& s)
    {
        return {s.nodeName, s.host, s.port, s.knownHostsFile};
    }
};

// The known_hosts text postgres gets on every node (finding 5b of docs/security.md): each
// node's verified keys, one line per key, in the nodes' order. Empty with *error set (naming the
// node and the file) when a node has no verified key.
QByteArray verifiedKnownHosts(const QList<HostKeySource>& nodes, QString* error);

} // namespace pgpilot
