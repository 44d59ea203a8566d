// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pgpilot {

class SecretStore;
struct ClusterSpec;

// The site's own CA and node certificates (worksheet tls.mode "site"), checked and stored in the
// keychain under the same keys pgpilot's own CA would fill (docs/security.md, finding 4). The
// window (File > Import site certificates) and the command line (import-certs) share these.

struct SiteCertificateFiles
{
    QByteArray caPem; // the site's root certificate(s) the nodes and pgpilot trust
    struct Node
    {
        QByteArray certPem; // the node's certificate, then any intermediates
        QByteArray keyPem; // its private key, not encrypted (PostgreSQL reads it at a reload)
    };
    QHash<QString, Node> nodes; // by node name

    void wipe(); // overwrites the keys in memory
};

// Reads a certificate or key file (at most 1 MiB: a chain of a few certificates is a few kB).
std::optional<QByteArray> readCertificateFile(const QString& path, QString* error);

struct SiteCertificateCheck
{
    QStringList errors; // any: nothing may be stored
    QStringList warnings; // stored anyway (a certificate that expires within 30 days)
    bool ok() const { return errors.isEmpty(); }
};

// What verify-full needs, for every node of the worksheet and no other: the certificate chains to
// the CA and is valid at now, the key is its key, and its subject alternative names hold every
// address a client connects to (the node's and the VIP, tlsNodeAddresses).
SiteCertificateCheck checkSiteCertificates(
    const ClusterSpec& spec, const SiteCertificateFiles& files, const QDateTime& now);

struct SiteCertificateImport
{
    QStringList stored; // the keys written (and read back)
    QStringList warnings; // the check's warnings (stored anyway)
    QString error;
};

// Checks the files, then stores them, each read back. forRenewal: under the pending keys, for
// renew-certs to put in service without downtime; the CA must then be the one already stored (the
// nodes trust only it). Otherwise under the real keys, which phase 2 writes to the nodes.
void importSiteCertificates(SecretStore* store, const ClusterSpec& spec, const SiteCertificateFiles& files,
    bool forRenewal, std::function<void(const SiteCertificateImport&)> done);

} // namespace pgpilot
