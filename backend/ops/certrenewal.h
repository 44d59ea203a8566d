// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace pgpilot {

class SecretStore;
struct ClusterSpec;

// The keychain side of renew-certs, as rotation.h is for rotate-secrets: each node's new key and
// certificate are stored under the pending keys of tlsNodeKeyKey/tlsNodeCertKey before anything on
// the nodes changes, and become the real keys once every node serves its new certificate.

struct PendingCertificates
{
    QStringList resumed; // the nodes whose pending pair an earlier run left (and is reused)
    QString error; // non-empty: nothing may change on the cluster
};

// Needs the cluster CA (key and certificate) in the store. For each node: a pending pair an
// earlier run stored, when its key matches its certificate and the CA signed it; else a new pair
// issued now, written and read back. With the site's certificates (tls.mode site) nothing is
// issued: every node's pending pair must have been imported (importSiteCertificates, forRenewal).
void preparePendingCertificates(
    SecretStore* store, const ClusterSpec& spec, std::function<void(const PendingCertificates&)> done);

// Writes a certificate or key under key, then reads it back: next("") when the store kept it.
void storeCertificateChecked(SecretStore* store, const QString& key, const QByteArray& value,
    std::function<void(const QString&)> next);

// Each node's key and certificate keys, in the order renew-certs promotes them.
QStringList renewedCertificateKeys(const ClusterSpec& spec);

} // namespace pgpilot
