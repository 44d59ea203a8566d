// SPDX-License-Identifier: GPL-3.0-or-later
// The checkpoint criteria of verified TLS (worksheet tls.mode verify-full).

#include "builderutil.h"
#include "core/shell.h"

#include <QHostAddress>

namespace pgpilot {

Criterion Builder::tlsServerCriterion() const
{
    // As postgres, who owns the files. openssl checks the certificate against the CA (with the
    // intermediates a site's certificate file may carry after it) and lists
    // its names (the verdict looks for the node's address among them); PostgreSQL says whether it
    // runs with it; pg_hba_file_rules counts TCP rules that accept a connection without TLS from
    // anywhere but loopback.
    const QString sql = QStringLiteral(
        "SELECT current_setting('ssl'), current_setting('ssl_cert_file'), (SELECT count(*) FROM "
        "pg_hba_file_rules WHERE type = 'host' AND coalesce(address, '') NOT IN ('127.0.0.1', '::1'))");
    const int v = m_spec.postgresVersion;
    const QString ca = shellQuote(nodepaths::tlsCaCert(v));
    const QString cert = shellQuote(nodepaths::tlsServerCert(v));
    const QString command = QStringLiteral(
        "if openssl verify -CAfile %1 -untrusted %2 -purpose sslserver %2 >/dev/null 2>&1; then v=verified; "
        "else v=unverified; fi\n"
        "s=$(openssl x509 -in %2 -noout -ext subjectAltName 2>/dev/null | tail -n +2 | tr -d ' \\n')\n"
        "printf '%s|%s|%s\\n' \"$v\" \"$(%3)\" \"$s\"")
                                .arg(ca, cert, psql(sql));
    return perNode(
        QStringLiteral("p2.tls"),
        tr("PostgreSQL serves the certificate the cluster CA issued for the node's address; pg_hba has no "
           "non-TLS rule beyond loopback"),
        command,
        [path = nodepaths::tlsServerCert(v)](const NodeSpec& node, const CommandOutput& out) {
            const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
            if (out.exitCode != 0 || f.size() != 5)
                return result(false, node.name, tr("PostgreSQL answers"), text(out.stdOut + out.stdErr),
                    tr("PostgreSQL is not running: see the server log."));
            bool named = false;
            for (const QString& san : f.at(4).split(QLatin1Char(','))) {
                if (san.startsWith(QLatin1String("IPAddress:"))
                    && QHostAddress(san.mid(10)).isEqual(QHostAddress(node.address)))
                    named = true;
            }
            const bool ok = f.at(0) == QLatin1String("verified") && named && f.at(1) == QLatin1String("on")
                && f.at(2) == path && f.at(3) == QLatin1String("0");
            return result(ok, node.name,
                tr("verified for %1, ssl on with %2, 0 non-TLS rules").arg(node.address, path),
                tr("%1 (%2), ssl %3 with %4, %5 non-TLS rules")
                    .arg(f.at(0), f.at(4), f.at(1), f.at(2), f.at(3)),
                tr("The certificate does not match the cluster CA or the node's address (was the CA "
                   "replaced?), PostgreSQL was not restarted, or pg_hba.conf has a host rule of its own: "
                   "read pg_hba_file_rules on the node."));
        },
        kPostgres);
}

Criterion Builder::tlsReplicationCriterion() const
{
    const int standbys = int(m_spec.nodes.size()) - 1;
    // Primary: how many walsenders, how many of them over TLS. Standby: whether its WAL receiver
    // connects with sslmode=verify-full (pg_stat_wal_receiver shows the conninfo in use, password
    // hidden). Waits up to 30 s for a standby that is just (re)connecting.
    const QString query = psql(QStringLiteral(
        "SELECT pg_is_in_recovery(), (SELECT count(*) FROM pg_stat_replication), (SELECT count(*) FROM "
        "pg_stat_replication r JOIN pg_stat_ssl s USING (pid) WHERE s.ssl), coalesce((SELECT conninfo ~ "
        "'(^| )sslmode=verify-full( |$)' AND status = 'streaming' FROM pg_stat_wal_receiver), false)"));
    const QString command = pollUntilSettled(query, QStringLiteral("'f|%1|%1|'*|'t|'*'|t'").arg(standbys));
    Criterion c = perNode(
        QStringLiteral("tls-replication"),
        tr("Replication is encrypted and every WAL receiver verifies the primary (sslmode=verify-full)"),
        command,
        [standbys](const NodeSpec& node, const CommandOutput& out) {
            const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
            if (out.exitCode != 0 || f.size() != 4)
                return result(false, node.name, tr("PostgreSQL answers"), text(out.stdErr),
                    tr("PostgreSQL is not running on this node."));
            if (f.at(0) == QLatin1String("f"))
                return result(f.at(1).toInt() == standbys && f.at(2).toInt() == standbys, node.name,
                    tr("primary, %1 walsenders, all over TLS").arg(standbys),
                    tr("primary, %1 walsenders, %2 over TLS").arg(f.at(1), f.at(2)),
                    tr("A standby is not connected, or connects without TLS: read primary_conninfo in its "
                       "postgresql.auto.conf."));
            return result(f.at(3) == QLatin1String("t"), node.name,
                tr("standby, WAL receiver streaming with sslmode=verify-full"),
                f.at(3) == QLatin1String("t") ? tr("verify-full") : tr("not streaming with verify-full"),
                tr("The WAL receiver does not stream, or its primary_conninfo lacks sslmode=verify-full (the "
                   "standby was cloned before TLS was on: rejoin it, or clone it again)."));
        },
        kPostgres);
    c.timeoutMs = 60000;
    return c;
}

QList<Criterion> Builder::tlsServedCriteria() const
{
    // As postgres: the SHA-256 fingerprint of the certificate file, and of the certificate the
    // server presents to a TLS client on the node's address (openssl s_client speaks PostgreSQL's
    // SSLRequest and refuses a chain the cluster CA did not sign), and the file's expiry.
    const int v = m_spec.postgresVersion;
    const QString command
        = QStringLiteral(
            "want=$(openssl x509 -in %1 -noout -fingerprint -sha256 2>/dev/null)\n"
            "got=$(openssl s_client -starttls postgres -connect \"$PGPILOT_TLS_PEER\" -CAfile %2 "
            "-verify_return_error </dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256 "
            "2>/dev/null)\n"
            "end=$(openssl x509 -in %1 -noout -enddate 2>/dev/null)\n"
            "printf '%s|%s|%s\\n' \"${want#*=}\" \"${got#*=}\" \"${end#*=}\"")
              .arg(shellQuote(nodepaths::tlsServerCert(v)), shellQuote(nodepaths::tlsCaCert(v)));
    auto check = [](const NodeSpec& node, const CommandOutput& out) {
        const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
        if (out.exitCode != 0 || f.size() != 3 || f.at(0).isEmpty())
            return result(false, node.name, tr("the certificate file is readable"),
                text(out.stdOut + out.stdErr),
                tr("The certificate file is missing or unreadable as postgres."));
        const bool ok = f.at(0) == f.at(1);
        return result(ok, node.name, tr("serves %1 (until %2)").arg(f.at(0).left(23), f.at(2)),
            f.at(1).isEmpty() ? tr("no certificate verified by the cluster CA on %1").arg(node.address)
                              : tr("serves %1").arg(f.at(1).left(23)),
            tr("PostgreSQL kept its earlier certificate: the reload found a key that does not match the "
               "certificate, or could not read the files. Its log says which; run renew-certs again."));
    };
    QList<Criterion> criteria;
    for (const NodeSpec& node : m_spec.nodes) {
        const QString peer = node.address.contains(QLatin1Char(':'))
            ? QStringLiteral("[%1]:%2").arg(node.address, pgPort())
            : QStringLiteral("%1:%2").arg(node.address, pgPort());
        criteria << onNode(QStringLiteral("tls-served"),
            tr("%1 serves the certificate in its file, signed by the cluster CA").arg(node.name), node,
            QStringLiteral("PGPILOT_TLS_PEER=%1\n").arg(shellQuote(peer)) + command, check, kPostgres);
    }
    return criteria;
}

} // namespace pgpilot
