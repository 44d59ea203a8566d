// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pgpilot {

// The cluster's own certificate authority and the node certificates it signs (docs/security.md,
// finding 4). Built on OpenSSL's libcrypto: Qt Network reads certificates but cannot make them.
// Keys are ECDSA P-256 (small, fast, accepted by PostgreSQL and libpq); every serial is random.
namespace tls {

// The CA lives ten years: replacing it means handing every node and workstation a new root, so it
// should outlive the cluster's hardware. A node certificate lives one year: a stolen node key
// stops being useful within a year, and a yearly renewal (a reload, no restart) stays routine.
constexpr int kCaValidityDays = 3650;
constexpr int kNodeValidityDays = 365;
// The dashboard warns this long before a certificate expires, and a renewal reissues it.
constexpr int kRenewBeforeDays = 30;

struct Issued
{
    QByteArray certPem;
    QByteArray keyPem; // PKCS#8, unencrypted: it goes to the keychain and, for a node, to the node
    QString error; // empty on success
    bool ok() const { return error.isEmpty() && !certPem.isEmpty() && !keyPem.isEmpty(); }
};

// A new self-signed CA for cluster: CN "pgpilot CA <cluster>", CA:TRUE with path length 0.
Issued createCa(const QString& cluster, int validDays = kCaValidityDays);

// A server (and client) certificate for one node, signed by the CA: CN the node's name, subject
// alternative names the node's name (DNS) and each address (IP), e.g. the node's and the VIP.
Issued issueNodeCertificate(const QByteArray& caCertPem, const QByteArray& caKeyPem, const QString& nodeName,
    const QStringList& addresses, int validDays = kNodeValidityDays);

struct CertificateInfo
{
    QString error; // empty when the PEM parsed
    QString subjectCn;
    QString issuerCn;
    QStringList dnsNames;
    QStringList ipAddresses;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray serialHex;
    bool isCa = false;
};
CertificateInfo inspect(const QByteArray& certPem);

// True when keyPem is the private key of certPem.
bool keyMatches(const QByteArray& certPem, const QByteArray& keyPem);
// Empty when certPem (its first certificate; any after it are intermediates) chains to one of the
// certificates of caCertPem and is valid now; else why not.
QString verify(const QByteArray& certPem, const QByteArray& caCertPem);

} // namespace tls
} // namespace pgpilot
