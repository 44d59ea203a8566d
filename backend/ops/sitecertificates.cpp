// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecertificates.h"

#include "certrenewal.h"
#include "cluster/clusterspec.h"
#include "rotation.h"
#include "runbook/configfiles.h"
#include "secrets/secretstore.h"
#include "secrets/tlsca.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

#include <memory>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::SiteCertificates", text);
}

// The addresses of a certificate's IP names, compared as addresses (10.0.0.1 and ::ffff:10.0.0.1
// are not the same name to libpq, so no normalising beyond QHostAddress's own).
bool namesAddress(const tls::CertificateInfo& info, const QString& address)
{
    const QHostAddress wanted(address);
    for (const QString& ip : info.ipAddresses) {
        if (QHostAddress(ip) == wanted)
            return true;
    }
    return false;
}

void checkNode(const ClusterSpec& spec, const NodeSpec& node, const SiteCertificateFiles::Node& files,
    const QByteArray& caPem, const QDateTime& now, SiteCertificateCheck& out)
{
    const tls::CertificateInfo info = tls::inspect(files.certPem);
    if (!info.error.isEmpty()) {
        out.errors << tr("%1: the certificate file holds no PEM certificate.").arg(node.name);
        return;
    }
    if (files.keyPem.isEmpty() || !tls::keyMatches(files.certPem, files.keyPem)) {
        out.errors << tr("%1: the key file does not hold the private key of its certificate (or the key is "
                         "encrypted: PostgreSQL must read it at a reload without a passphrase).")
                          .arg(node.name);
    }
    if (info.isCa)
        out.errors << tr("%1: the certificate is a CA certificate, not a server's.").arg(node.name);
    if (const QString why = tls::verify(files.certPem, caPem); !why.isEmpty()) {
        out.errors << tr("%1: the certificate does not verify against the site CA: %2. Put any intermediate "
                         "certificates after it in the certificate file.")
                          .arg(node.name, why);
    }
    QStringList unnamed;
    for (const QString& address : tlsNodeAddresses(spec, node)) {
        if (!address.isEmpty() && !namesAddress(info, address))
            unnamed << address;
    }
    if (!unnamed.isEmpty()) {
        out.errors << tr("%1: the certificate does not name %2 among its subject alternative names (it names "
                         "%3), so verify-full would refuse it. Ask for a certificate with IP names for the "
                         "node's address and the VIP.")
                          .arg(node.name, unnamed.join(QStringLiteral(", ")),
                              (info.ipAddresses + info.dnsNames).join(QStringLiteral(", ")));
    }
    if (info.notAfter.isValid() && info.notAfter > now && now.daysTo(info.notAfter) < tls::kRenewBeforeDays) {
        out.warnings << tr("%1: the certificate expires on %2, in less than %3 days.")
                            .arg(node.name, info.notAfter.toUTC().toString(Qt::ISODate))
                            .arg(tls::kRenewBeforeDays);
    }
}

} // namespace

std::optional<QByteArray> readCertificateFile(const QString& path, QString* error)
{
    constexpr qint64 kMax = 1 << 20;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMax) {
        *error = tr("%1 is larger than 1 MiB: not a certificate or key file.").arg(path);
        return std::nullopt;
    }
    return file.readAll();
}

void SiteCertificateFiles::wipe()
{
    for (Node& n : nodes)
        n.keyPem.fill('\0');
    nodes.clear();
}

SiteCertificateCheck checkSiteCertificates(
    const ClusterSpec& spec, const SiteCertificateFiles& files, const QDateTime& now)
{
    SiteCertificateCheck out;
    if (spec.tls.mode != TlsMode::Site) {
        out.errors << tr("The worksheet's TLS mode is %1: the site's certificates are used only with the "
                         "mode \"site\". Change it on the worksheet first.")
                          .arg(toId(spec.tls.mode));
        return out;
    }
    const tls::CertificateInfo ca = tls::inspect(files.caPem);
    if (!ca.error.isEmpty()) {
        out.errors << tr("The CA file holds no PEM certificate.");
        return out;
    }
    if (!ca.isCa)
        out.errors << tr("The CA file's certificate (%1) is not a CA certificate.").arg(ca.subjectCn);
    for (const NodeSpec& node : spec.nodes) {
        const auto it = files.nodes.constFind(node.name);
        if (it == files.nodes.constEnd())
            out.errors << tr("%1: no certificate and key were given for this node.").arg(node.name);
        else
            checkNode(spec, node, *it, files.caPem, now, out);
    }
    QStringList names;
    for (const NodeSpec& node : spec.nodes)
        names << node.name;
    for (auto it = files.nodes.constBegin(); it != files.nodes.constEnd(); ++it) {
        if (!names.contains(it.key()))
            out.errors << tr("%1 is not a node of the cluster %2.").arg(it.key(), spec.name);
    }
    return out;
}

void importSiteCertificates(SecretStore* store, const ClusterSpec& spec, const SiteCertificateFiles& files,
    bool forRenewal, std::function<void(const SiteCertificateImport&)> done)
{
    auto out = std::make_shared<SiteCertificateImport>();
    auto finish = [out, done](const QString& error) {
        out->error = error;
        done(*out);
    };
    const SiteCertificateCheck check = checkSiteCertificates(spec, files, QDateTime::currentDateTimeUtc());
    out->warnings = check.warnings;
    if (!check.ok())
        return finish(check.errors.join(QLatin1Char('\n')));
    if (!store)
        return finish(tr("There is no secret store to keep the certificates in."));
    // What is written, in order; the CA first (when not a renewal), so that a node's certificate is
    // never stored without the root it chains to.
    auto values = std::make_shared<QList<QPair<QString, QByteArray>>>();
    for (const NodeSpec& node : spec.nodes) {
        const SiteCertificateFiles::Node& n = files.nodes.value(node.name);
        QString keyKey = tlsNodeKeyKey(spec, node);
        QString certKey = tlsNodeCertKey(spec, node);
        if (forRenewal) {
            keyKey = pendingSecretKey(keyKey);
            certKey = pendingSecretKey(certKey);
        }
        values->append({keyKey, n.keyPem});
        values->append({certKey, n.certPem});
    }
    auto write = [store, values, out, finish] {
        runInSequence(
            int(values->size()),
            [store, values, out](int i, std::function<void(const QString&)> next) {
                const auto& [key, value] = values->at(i);
                storeCertificateChecked(store, key, value, [out, key, next](const QString& error) {
                    if (error.isEmpty())
                        out->stored << key;
                    next(error);
                });
            },
            finish);
    };
    const QString caKey = tlsCaCertKey(spec);
    if (!forRenewal) {
        values->prepend({caKey, files.caPem});
        return write();
    }
    // A renewal keeps the CA the nodes trust now: a new root would have to reach every node and
    // client before any certificate it signed.
    store->read(caKey, [caKey, caPem = files.caPem, write, finish](const SecretStore::Result& r) {
        if (r.status != SecretStore::Status::Ok || r.value.isEmpty())
            return finish(
                tr("No site CA is stored yet (%1): import the certificates without --renewal first, "
                   "then run phase 2.")
                    .arg(caKey));
        if (r.value.trimmed() != caPem.trimmed())
            return finish(
                tr("The CA file is not the CA the nodes trust now (%1). renew-certs keeps the CA; a "
                   "new site CA means importing without --renewal and running phase 2 again.")
                    .arg(caKey));
        write();
    });
}

} // namespace pgpilot
