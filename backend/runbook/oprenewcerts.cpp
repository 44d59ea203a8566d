// SPDX-License-Identifier: GPL-3.0-or-later
// Operation: renew-certs. Every node gets a new key and certificate from the cluster CA; they
// are written as postgres and PostgreSQL reloads them (it rereads its TLS files on SIGHUP), so
// open connections stay and nothing restarts. The new pairs are read from the pending keys that
// backend/ops stores first and promotes once every node serves its new certificate.

#include "builderutil.h"
#include "core/shell.h"
#include "secrets/tlsca.h"

namespace pgpilot {

void Builder::renewCertsOperation(OperationPhases& ops) const
{
    constexpr int n = kRenewCertsPhase;
    Phase& p = ops.steps;
    p.title = tr("Renew the nodes' TLS certificates");
    p.summary = tr("Every node gets a new key and a new certificate from the cluster CA, valid %1 days, in "
                   "%2 and %3; PostgreSQL reloads them. Open connections keep going, new ones see the new "
                   "certificate, nothing restarts.")
                    .arg(tls::kNodeValidityDays)
                    .arg(nodepaths::tlsServerCert(m_spec.postgresVersion),
                        nodepaths::tlsServerKey(m_spec.postgresVersion));
    p.steps << forAll(opId(n, QStringLiteral("install")),
        tr("Install the new certificate and reload PostgreSQL"),
        tr("The new certificates are kept under their pending keys: run renew-certs again to finish."),
        [&](const NodeSpec& node) {
            // The key first: until the reload PostgreSQL keeps what it loaded, and a reload that
            // finds a key and certificate that do not match keeps the old pair (and logs why).
            const RenderedFile key
                = render::tlsServerKey(m_spec, node, pendingSecretKey(tlsNodeKeyKey(m_spec, node)));
            const RenderedFile cert
                = render::tlsServerCert(m_spec, node, pendingSecretKey(tlsNodeCertKey(m_spec, node)));
            return work(node,
                {write(tr("Write the new key %1").arg(key.path), key),
                    write(tr("Write the new certificate %1").arg(cert.path), cert),
                    run(tr("Reload PostgreSQL's configuration (its TLS files with it)"),
                        psql(QStringLiteral("SELECT pg_reload_conf()")), kPostgres)});
        });

    ops.prechecks.checkpoint << reachCriterion() << currentPrimaryCriterion(QString());
    ops.verification.checkpoint << tlsServedCriteria() << tlsServerCriterion() << tlsReplicationCriterion();
}

} // namespace pgpilot
