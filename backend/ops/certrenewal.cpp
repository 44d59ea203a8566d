// SPDX-License-Identifier: GPL-3.0-or-later
#include "certrenewal.h"

#include "cluster/clusterspec.h"
#include "rotation.h"
#include "runbook/configfiles.h"
#include "secrets/secretstore.h"
#include "secrets/tlsca.h"

#include <QCoreApplication>

#include <memory>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::Operations", text);
}

using Next = std::function<void(const QString&)>;

struct Ca
{
    QByteArray cert;
    QByteArray key;
};

} // namespace

void storeCertificateChecked(SecretStore* store, const QString& key, const QByteArray& value, Next next)
{
    store->write(key, value, [store, key, value, next](const SecretStore::Result& w) {
        if (w.status != SecretStore::Status::Ok)
            return next(tr("The new certificate could not be stored (%1): %2").arg(key, w.error));
        store->read(key, [key, value, next](const SecretStore::Result& back) {
            if (back.status != SecretStore::Status::Ok || back.value != value)
                return next(tr("The keychain did not keep the new certificate (%1).").arg(key));
            next({});
        });
    });
}

namespace {

// One node: reuse a sound pending pair, else issue and store a new one.
void prepareNode(SecretStore* store, const ClusterSpec& spec, const NodeSpec& node, const Ca& ca,
    const std::shared_ptr<PendingCertificates>& out, Next next)
{
    const QString keyKey = pendingSecretKey(tlsNodeKeyKey(spec, node));
    const QString certKey = pendingSecretKey(tlsNodeCertKey(spec, node));
    const QStringList addresses = tlsNodeAddresses(spec, node);
    const QString name = node.name;
    store->read(keyKey, [=](const SecretStore::Result& k) {
        if (k.status == SecretStore::Status::Failed)
            return next(tr("The keychain could not be read (%1): %2").arg(keyKey, k.error));
        store->read(certKey, [=](const SecretStore::Result& c) {
            if (c.status == SecretStore::Status::Failed)
                return next(tr("The keychain could not be read (%1): %2").arg(certKey, c.error));
            if (k.status == SecretStore::Status::Ok && c.status == SecretStore::Status::Ok
                && tls::keyMatches(c.value, k.value) && tls::verify(c.value, ca.cert).isEmpty()) {
                out->resumed << name;
                return next({});
            }
            if (ca.key.isEmpty())
                return next(
                    tr("No renewed certificate of %1 is waiting in the keychain (%2): with the site's "
                       "own certificates, import the new ones first (pgpilot import-certs --renewal, "
                       "or File > Import site certificates).")
                        .arg(name, certKey));
            const tls::Issued issued = tls::issueNodeCertificate(ca.cert, ca.key, name, addresses);
            if (!issued.ok())
                return next(tr("No new certificate for %1: %2").arg(name, issued.error));
            storeCertificateChecked(store, keyKey, issued.keyPem, [=](const QString& error) {
                if (!error.isEmpty())
                    return next(error);
                storeCertificateChecked(store, certKey, issued.certPem, next);
            });
        });
    });
}

} // namespace

QStringList renewedCertificateKeys(const ClusterSpec& spec)
{
    QStringList keys;
    for (const NodeSpec& node : spec.nodes)
        keys << tlsNodeKeyKey(spec, node) << tlsNodeCertKey(spec, node);
    return keys;
}

void preparePendingCertificates(
    SecretStore* store, const ClusterSpec& spec, std::function<void(const PendingCertificates&)> done)
{
    auto out = std::make_shared<PendingCertificates>();
    auto fail = [out, done](const QString& error) {
        out->error = error;
        done(*out);
    };
    if (!store)
        return fail(tr("There is no secret store to keep the new certificates in."));
    const QString caKeyKey = tlsCaKeyKey(spec);
    const QString caCertKey = tlsCaCertKey(spec);
    // Every node in turn, with the CA (a site CA comes without its key: nothing is issued).
    auto forEachNode = [store, spec, out, fail](const Ca& ca) {
        runInSequence(
            int(spec.nodes.size()),
            [store, spec, ca, out](
                int i, Next next) { prepareNode(store, spec, spec.nodes.at(i), ca, out, next); },
            fail);
    };
    store->read(caCertKey, [=](const SecretStore::Result& cert) {
        if (!tlsIssuedByPgpilot(spec)) {
            if (cert.status != SecretStore::Status::Ok || cert.value.isEmpty())
                return fail(tr("The site CA's certificate (%1) is not in this keychain. Import the site's "
                               "certificates first (pgpilot import-certs).")
                                .arg(caCertKey));
            return forEachNode(Ca {cert.value, {}});
        }
        store->read(caKeyKey, [=](const SecretStore::Result& key) {
            if (cert.status != SecretStore::Status::Ok || key.status != SecretStore::Status::Ok
                || cert.value.isEmpty() || key.value.isEmpty())
                return fail(
                    tr("The cluster CA (%1, %2) is not in this keychain: only a workstation that holds "
                       "it can issue certificates. Import the cluster's secrets (import-secrets) from the "
                       "workstation that built it.")
                        .arg(caCertKey, caKeyKey));
            if (!tls::keyMatches(cert.value, key.value))
                return fail(tr("The cluster CA's key in the keychain does not belong to its certificate (%1)")
                                .arg(caCertKey));
            forEachNode(Ca {cert.value, key.value});
        });
    });
}

} // namespace pgpilot
