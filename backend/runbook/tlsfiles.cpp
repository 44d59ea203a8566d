// SPDX-License-Identifier: GPL-3.0-or-later
// Verified TLS on the nodes (issue 16, finding 4): which secrets hold the certificates, what the
// nodes' libpq connections add, and the files phase 2 and renew-certs write.
#include "cluster/clusterspec.h"
#include "configfiles.h"
#include "platform/platformprofile.h"

namespace pgpilot {

namespace nodepaths {
QString tlsCaCert(int pgVersion)
{
    return postgresConfigDir(pgVersion) + QStringLiteral("/pgpilot-ca.crt");
}
QString tlsServerCert(int pgVersion)
{
    return postgresConfigDir(pgVersion) + QStringLiteral("/pgpilot-server.crt");
}
QString tlsServerKey(int pgVersion)
{
    return postgresConfigDir(pgVersion) + QStringLiteral("/pgpilot-server.key");
}
QString postgresRootCert()
{
    return postgresHome() + QStringLiteral("/.postgresql/root.crt");
}
} // namespace nodepaths

bool tlsVerified(const ClusterSpec& spec)
{
    return spec.tls.mode == TlsMode::VerifyFull || spec.tls.mode == TlsMode::Site;
}
bool tlsIssuedByPgpilot(const ClusterSpec& spec)
{
    return spec.tls.mode == TlsMode::VerifyFull;
}
QString tlsCaKeyKey(const ClusterSpec& spec)
{
    return spec.secretKey(QStringLiteral("tls-ca-key"));
}
QString tlsCaCertKey(const ClusterSpec& spec)
{
    return spec.secretKey(QStringLiteral("tls-ca-cert"));
}
QString tlsNodeKeyKey(const ClusterSpec& spec, const NodeSpec& node)
{
    return spec.secretKey(QStringLiteral("tls-key:") + node.name);
}
QString tlsNodeCertKey(const ClusterSpec& spec, const NodeSpec& node)
{
    return spec.secretKey(QStringLiteral("tls-cert:") + node.name);
}
QStringList tlsSecretKeys(const ClusterSpec& spec)
{
    if (!tlsVerified(spec))
        return {};
    QStringList keys {tlsCaCertKey(spec)};
    if (tlsIssuedByPgpilot(spec))
        keys.prepend(tlsCaKeyKey(spec));
    for (const NodeSpec& node : spec.nodes)
        keys << tlsNodeKeyKey(spec, node) << tlsNodeCertKey(spec, node);
    return keys;
}
QStringList tlsNodeAddresses(const ClusterSpec& spec, const NodeSpec& node)
{
    QStringList addresses {node.address};
    if (!spec.network.vip.isEmpty() && spec.network.vip != node.address)
        addresses << spec.network.vip;
    return addresses;
}
QString tlsConninfo(const ClusterSpec& spec)
{
    if (!tlsVerified(spec))
        return {};
    return QStringLiteral(" sslmode=verify-full sslrootcert=%1")
        .arg(nodepaths::tlsCaCert(spec.postgresVersion));
}
// Environment= lines for a unit whose psql asks the other nodes (the health service, repmgrd's
// commands): libpq verifies their certificates against the cluster CA. A local socket connection
// has no TLS and is unaffected.
QString tlsUnitEnvironment(const ClusterSpec& spec)
{
    if (!tlsVerified(spec))
        return QStringLiteral("# TLS off (worksheet): psql to the other nodes does not verify them.");
    return QStringLiteral("Environment=PGSSLMODE=verify-full\nEnvironment=PGSSLROOTCERT=%1")
        .arg(nodepaths::tlsCaCert(spec.postgresVersion));
}

QString tlsDropInSettings(const ClusterSpec& spec)
{
    if (!tlsVerified(spec))
        return QStringLiteral(
            "# Off (worksheet): Debian's own ssl settings stay; no client verifies the server.");
    const int v = spec.postgresVersion;
    return QStringLiteral("# Verified (worksheet): the certificate %4 issued for this node.\n"
                          "ssl = on\n"
                          "ssl_cert_file = '%1'\n"
                          "ssl_key_file = '%2'\n"
                          "ssl_ca_file = '%3'\n"
                          "ssl_min_protocol_version = 'TLSv1.2'")
        .arg(nodepaths::tlsServerCert(v), nodepaths::tlsServerKey(v), nodepaths::tlsCaCert(v),
            tlsIssuedByPgpilot(spec) ? QStringLiteral("pgpilot's cluster CA")
                                     : QStringLiteral("the site's CA"));
}

namespace {

// A certificate file as postgres (who owns PostgreSQL's configuration directory) whose whole
// content is one secret: filled in from the keychain when the file is sent, masked in every log.
RenderedFile secretFile(
    const QString& id, const NodeSpec& node, const QString& path, const QString& key, int mode = 0644)
{
    RenderedFile f;
    f.id = id;
    f.node = node.name;
    f.path = path;
    f.content = (secretPlaceholder(key) + QLatin1Char('\n')).toUtf8();
    f.owner = f.group = QStringLiteral("postgres");
    f.mode = mode;
    return f;
}

} // namespace

namespace render {

RenderedFile tlsCaCert(const ClusterSpec& spec, const NodeSpec& node)
{
    return secretFile(QStringLiteral("pgpilot-ca.crt"), node, nodepaths::tlsCaCert(spec.postgresVersion),
        tlsCaCertKey(spec));
}

RenderedFile tlsServerCert(const ClusterSpec& spec, const NodeSpec& node)
{
    return tlsServerCert(spec, node, tlsNodeCertKey(spec, node));
}

RenderedFile tlsServerCert(const ClusterSpec& spec, const NodeSpec& node, const QString& certKey)
{
    return secretFile(
        QStringLiteral("pgpilot-server.crt"), node, nodepaths::tlsServerCert(spec.postgresVersion), certKey);
}

RenderedFile tlsServerKey(const ClusterSpec& spec, const NodeSpec& node)
{
    return tlsServerKey(spec, node, tlsNodeKeyKey(spec, node));
}

RenderedFile tlsServerKey(const ClusterSpec& spec, const NodeSpec& node, const QString& keyKey)
{
    return secretFile(QStringLiteral("pgpilot-server.key"), node,
        nodepaths::tlsServerKey(spec.postgresVersion), keyKey, 0600);
}

RenderedFile postgresRootCert(const ClusterSpec& spec, const NodeSpec& node)
{
    return secretFile(QStringLiteral("root.crt"), node, nodepaths::postgresRootCert(), tlsCaCertKey(spec));
}

} // namespace render

} // namespace pgpilot
