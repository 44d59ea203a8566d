// SPDX-License-Identifier: GPL-3.0-or-later
#include "specvalidator.h"

#include "netaddr.h"
#include "platform/platformprofile.h"
#include "quorum.h"
#include "speccheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pgpilot {

namespace {

using speccheck::quoted;
using speccheck::tr;
using speccheck::withReason;

bool matches(const QString& text, const QString& pattern)
{
    return rules::matchesPattern(text, pattern);
}

class Checker
{
public:
    explicit Checker(const ClusterSpec& spec)
        : m_spec(spec)
    { }

    ValidationIssues run()
    {
        checkIdentity();
        checkPlatform();
        checkInstall();
        const auto subnet = checkNetwork();
        checkNodes(subnet);
        checkPorts();
        checkReplication();
        checkArchiving();
        speccheck::checkBackup(m_spec, m_issues);
        checkApplication();
        speccheck::checkAdopted(m_spec, m_issues);
        speccheck::checkSettings(m_spec, m_issues);
        return m_issues;
    }

private:
    void add(const QString& field, const QString& message) { m_issues.append({field, message}); }

    void checkIdentity()
    {
        if (m_spec.name.isEmpty())
            add(QStringLiteral("name"), tr("Give the cluster a name (lower-case letters, digits and '-')."));
        else if (!matches(m_spec.name, QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$")))
            add(QStringLiteral("name"),
                withReason(m_spec.name,
                    tr("The cluster name must be 1 to 32 lower-case letters, digits or '-', starting with a "
                       "letter or digit.")));
        if (!m_spec.repmgrPasswordRef.isEmpty() && !rules::isSecretRef(m_spec.repmgrPasswordRef))
            add(QStringLiteral("repmgrPasswordRef"),
                withReason(m_spec.repmgrPasswordRef,
                    tr("The repmgr password reference must look like pgpilot:<cluster>:<name>.")));
        if (!m_spec.knownHostsFile.isEmpty() && !rules::isSafeAbsolutePath(m_spec.knownHostsFile))
            add(QStringLiteral("knownHostsFile"),
                withReason(m_spec.knownHostsFile, tr("The known_hosts file must be an absolute path.")));
    }

    void checkPlatform()
    {
        const auto& profile = platformProfile(m_spec.platform);
        if (!profile.supportsVersion(m_spec.postgresVersion)) {
            QStringList versions;
            for (int v : profile.postgresVersions)
                versions << QString::number(v);
            add(QStringLiteral("postgresVersion"),
                tr("PostgreSQL %1 is not supported on %2; choose %3.")
                    .arg(m_spec.postgresVersion)
                    .arg(profile.displayName, versions.join(tr(" or "))));
        }
    }

    void checkInstall()
    {
        const auto& profile = platformProfile(m_spec.platform);
        const auto& install = m_spec.install;
        if (!profile.supportsSource(install.source)) {
            add(QStringLiteral("install.source"),
                tr("%1 cannot install from \"%2\"; use %3 or a local mirror.")
                    .arg(profile.displayName, toId(install.source), toId(profile.installSources.first())));
        }
        if (install.source != InstallSource::Mirror)
            return;
        if (install.mirrorUrl.isEmpty())
            add(QStringLiteral("install.mirrorUrl"),
                tr("Give the mirror's address, e.g. http://10.0.1.5/debian/ (an apt repository)."));
        else if (install.mirrorUrl.size() > rules::kMaxUrlLength
            || !matches(install.mirrorUrl,
                QStringLiteral(R"(^https?://[A-Za-z0-9.\-\[\]:]+(/[A-Za-z0-9._~/%+\-]*)?$)")))
            add(QStringLiteral("install.mirrorUrl"),
                withReason(install.mirrorUrl,
                    tr("The mirror address must be an http:// or https:// URL of at most %1 characters, "
                       "without spaces, quotes or shell characters.")
                        .arg(rules::kMaxUrlLength)));
        if (install.mirrorSuite.isEmpty())
            add(QStringLiteral("install.mirrorSuite"),
                tr("Give the mirror's suite (e.g. %1) or ./ for a flat repository.").arg(profile.codename));
        else if (install.mirrorSuite != QLatin1String("./")
            && !matches(
                install.mirrorSuite, QStringLiteral("^[a-z0-9][a-z0-9.\\-]{0,63}(/[a-z0-9.\\-]{1,64})?$")))
            add(QStringLiteral("install.mirrorSuite"),
                withReason(install.mirrorSuite,
                    tr("The suite must be a name such as %1, or ./").arg(profile.codename)));
        if (install.mirrorSuite == QLatin1String("./") && !install.mirrorComponents.isEmpty())
            add(QStringLiteral("install.mirrorComponents"),
                tr("A flat repository (suite ./) has no components: leave them empty."));
        else if (!install.mirrorComponents.isEmpty()
            && (install.mirrorComponents.size() > rules::kMaxPlainLength
                || !matches(install.mirrorComponents, QStringLiteral("^[a-z0-9\\-]+( [a-z0-9\\-]+)*$"))))
            add(QStringLiteral("install.mirrorComponents"),
                withReason(install.mirrorComponents,
                    tr("Components are words separated by single spaces, e.g. main.")));
        else if (install.mirrorSuite != QLatin1String("./") && !install.mirrorSuite.isEmpty()
            && install.mirrorComponents.isEmpty())
            add(QStringLiteral("install.mirrorComponents"), tr("Name the mirror's components, e.g. main."));
    }

    std::optional<Subnet> checkNetwork()
    {
        const auto& net = m_spec.network;
        const SubnetParse parsed = parseSubnet(net.subnet);
        if (!parsed.subnet)
            add(QStringLiteral("network.subnet"), withReason(net.subnet, parsed.error));

        const int maxPrefix = parsed.subnet && !parsed.subnet->isIpv4() ? 128 : 32;
        if (net.vipPrefixLength < 1 || net.vipPrefixLength > maxPrefix)
            add(QStringLiteral("network.vipPrefixLength"),
                tr("The VIP's prefix length must be from 1 to %1.").arg(maxPrefix));
        if (net.vrrpRouterId < 1 || net.vrrpRouterId > 255)
            add(QStringLiteral("network.vrrpRouterId"),
                tr("The VRRP router id must be from 1 to 255 and unique on this network segment."));
        if (const QString bad = rules::badMonitorSource(net.monitorSources); !bad.isNull())
            add(QStringLiteral("network.monitorSources"),
                withReason(bad,
                    tr("\"%1\" is not an IP address or a CIDR network. List the monitoring workstations' "
                       "addresses or networks, e.g. [\"10.0.5.20\", \"10.0.6.0/24\"].")
                        .arg(rules::printable(bad, 40))));

        if (net.vip.isEmpty()) {
            add(QStringLiteral("network.vip"),
                tr("Give the virtual IP (VIP): a spare address in the subnet."));
            return parsed.subnet;
        }
        const auto vip = parseIpAddress(net.vip);
        if (!vip) {
            add(QStringLiteral("network.vip"),
                withReason(net.vip, tr("%1 is not an IPv4 or IPv6 address.").arg(quoted(net.vip))));
        } else if (parsed.subnet) {
            if (!parsed.subnet->contains(*vip))
                add(QStringLiteral("network.vip"),
                    tr("The VIP %1 is outside the subnet %2: Keepalived can only move it between nodes "
                       "on that subnet.")
                        .arg(net.vip, parsed.subnet->toString()));
            else if (parsed.subnet->isReservedHostAddress(*vip))
                add(QStringLiteral("network.vip"),
                    tr("The VIP %1 is the subnet's network or broadcast address.").arg(net.vip));
        }
        return parsed.subnet;
    }

    void checkNodes(const std::optional<Subnet>& subnet)
    {
        const auto& nodes = m_spec.nodes;
        if (nodes.size() < 3 || nodes.size() > 9)
            add(QStringLiteral("nodes"),
                tr("A cluster needs 3 to 9 nodes; this one has %1.").arg(nodes.size()));
        int primaries = 0;
        QHash<QString, int> names;
        QHash<QString, int> addresses;
        const auto vip = parseIpAddress(m_spec.network.vip);
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const NodeSpec& node = nodes.at(i);
            const QString prefix = QStringLiteral("nodes[%1].").arg(i);
            const QString label = node.name.isEmpty() ? tr("Node %1").arg(i + 1) : node.name;
            if (node.role == NodeRole::Primary)
                ++primaries;

            if (node.name.isEmpty())
                add(prefix + QStringLiteral("name"), tr("Node %1 has no host name.").arg(i + 1));
            else if (!rules::isHostName(node.name))
                add(prefix + QStringLiteral("name"),
                    withReason(node.name,
                        tr("%1 is not a valid host name: use letters, digits and '-' (RFC 1123), at most "
                           "63 characters per label.")
                            .arg(quoted(node.name))));
            else if (names.contains(node.name.toLower()))
                add(prefix + QStringLiteral("name"),
                    tr("The name %1 is already used by node %2.")
                        .arg(node.name)
                        .arg(names.value(node.name.toLower()) + 1));
            else
                names.insert(node.name.toLower(), int(i));

            checkNodeAddress(node, prefix, label, subnet, vip, addresses, int(i));

            if (node.interface.isEmpty())
                add(prefix + QStringLiteral("interface"),
                    tr("%1: name the network interface that carries its address (e.g. eth0, ens3).")
                        .arg(label));
            else if (!rules::isInterfaceName(node.interface))
                add(prefix + QStringLiteral("interface"),
                    withReason(node.interface,
                        tr("%1: %2 is not a Linux interface name (1 to 15 letters, digits, '.', '_' or '-').")
                            .arg(label, quoted(node.interface))));
            speccheck::checkSsh(node, prefix + QStringLiteral("ssh."), label, m_issues);
        }
        if (primaries != 1)
            add(QStringLiteral("nodes"),
                primaries == 0
                    ? tr("Choose the node that starts as primary: none is marked primary.")
                    : tr("Exactly one node starts as primary; %1 are marked primary.").arg(primaries));
    }

    void checkNodeAddress(const NodeSpec& node, const QString& prefix, const QString& label,
        const std::optional<Subnet>& subnet, const std::optional<QHostAddress>& vip,
        QHash<QString, int>& addresses, int index)
    {
        const QString field = prefix + QStringLiteral("address");
        if (node.address.isEmpty()) {
            add(field, tr("%1 has no IP address.").arg(label));
            return;
        }
        const auto address = parseIpAddress(node.address);
        if (!address) {
            add(field,
                withReason(node.address,
                    tr("%1: %2 is not an IPv4 or IPv6 address.").arg(label, quoted(node.address))));
            return;
        }
        if (subnet && !subnet->contains(*address))
            add(field, tr("%1: %2 is outside the subnet %3.").arg(label, node.address, subnet->toString()));
        else if (subnet && subnet->isReservedHostAddress(*address))
            add(field, tr("%1: %2 is the subnet's network or broadcast address.").arg(label, node.address));
        if (vip && *vip == *address)
            add(field,
                tr("%1 has the VIP's address %2: the VIP must be a spare address.").arg(label, node.address));
        const QString key = address->toString();
        if (addresses.contains(key))
            add(field,
                tr("%1: the address %2 is already used by node %3.")
                    .arg(label, node.address)
                    .arg(addresses.value(key) + 1));
        else
            addresses.insert(key, index);
    }

    void checkPorts()
    {
        const PortSpec& p = m_spec.ports;
        const QList<std::pair<QString, int>> ports {
            {QStringLiteral("ports.postgres"), p.postgres},
            {QStringLiteral("ports.write"), p.write},
            {QStringLiteral("ports.read"), p.read},
            {QStringLiteral("ports.health"), p.health},
            {QStringLiteral("ports.haproxyStats"), p.haproxyStats},
        };
        QHash<int, QString> seen;
        for (const auto& [field, port] : ports) {
            if (port < 1 || port > 65535) {
                add(field, tr("Port %1 is out of range: use 1 to 65535.").arg(port));
                continue;
            }
            if (port == 22) {
                add(field, tr("Port 22 is SSH's: choose another port."));
                continue;
            }
            if (seen.contains(port))
                add(field,
                    tr("Port %1 is already used for %2: every service needs its own port.")
                        .arg(port)
                        .arg(seen.value(port).section(QLatin1Char('.'), 1)));
            else
                seen.insert(port, field);
        }
    }

    void checkReplication()
    {
        const ReplicationSpec& r = m_spec.replication;
        const int n = int(m_spec.nodes.size());
        if (r.mode == ReplicationMode::SyncQuorum && r.syncQuorum != 0
            && (r.syncQuorum < quorum::minSyncStandbys(n) || r.syncQuorum > quorum::maxSyncStandbys(n))) {
            const int low = quorum::minSyncStandbys(n);
            const int high = quorum::maxSyncStandbys(n);
            add(QStringLiteral("replication.syncQuorum"),
                r.syncQuorum < low
                    ? tr("With %1 nodes every commit must reach at least %2 standby(s), or a failover can "
                         "lose "
                         "acknowledged writes: set %3 (0 chooses it).")
                          .arg(n)
                          .arg(low)
                          .arg(low == high ? QString::number(low) : tr("%1 to %2").arg(low).arg(high))
                    : tr("With %1 nodes a primary on the majority side has only %2 standby(s) with it: a "
                         "quorum of "
                         "%3 would stop all writes when the minority fails. Set %4 (0 chooses it).")
                          .arg(n)
                          .arg(high)
                          .arg(r.syncQuorum)
                          .arg(low == high ? QString::number(low) : tr("%1 to %2").arg(low).arg(high)));
        }
        if (!rules::isSizeSetting(r.maxSlotWalKeepSize))
            add(QStringLiteral("replication.maxSlotWalKeepSize"),
                withReason(r.maxSlotWalKeepSize,
                    tr("Give the WAL a slot may hold back as a size such as 10GB (MB, GB or TB). Unlimited "
                       "is "
                       "not offered: a dead standby would fill the primary's disk.")));
    }

    void checkArchiving()
    {
        const ArchivingSpec& a = m_spec.archiving;
        if (a.mode != ArchivingMode::Directory)
            return;
        if (a.directory.isEmpty())
            add(QStringLiteral("archiving.directory"), tr("Give the directory that receives archived WAL."));
        else if (!rules::isSafeAbsolutePath(a.directory))
            add(QStringLiteral("archiving.directory"),
                withReason(a.directory,
                    tr("The archive directory must be an absolute path of letters, digits, '.', '_', '-' and "
                       "'/'.")));
    }

    void checkApplication()
    {
        const ApplicationSpec& app = m_spec.application;
        if (app.subnet.isEmpty()) {
            add(QStringLiteral("application.subnet"),
                tr("Give the subnet your application servers connect from (CIDR, e.g. 10.0.2.0/24)."));
        } else {
            const SubnetParse parsed = parseSubnet(app.subnet);
            if (!parsed.subnet)
                add(QStringLiteral("application.subnet"), withReason(app.subnet, parsed.error));
        }
        static const QSet<QString> reservedDatabases {QStringLiteral("postgres"), QStringLiteral("repmgr"),
            QStringLiteral("template0"), QStringLiteral("template1")};
        static const QSet<QString> reservedRoles {QStringLiteral("postgres"), QStringLiteral("repmgr"),
            QStringLiteral("public"), QStringLiteral("pgpilot_monitor")};
        if (!app.database.isEmpty()) {
            if (!rules::isSqlIdentifier(app.database))
                add(QStringLiteral("application.database"),
                    withReason(app.database,
                        tr("The database name must be lower-case letters, digits and '_', starting with a "
                           "letter.")));
            else if (reservedDatabases.contains(app.database))
                add(QStringLiteral("application.database"),
                    tr("%1 is reserved for PostgreSQL or repmgr: choose the application's own name.")
                        .arg(app.database));
        }
        if (!app.role.isEmpty()) {
            if (!rules::isSqlIdentifier(app.role))
                add(QStringLiteral("application.role"),
                    withReason(app.role,
                        tr("The role name must be lower-case letters, digits and '_', starting with a "
                           "letter.")));
            else if (reservedRoles.contains(app.role))
                add(QStringLiteral("application.role"),
                    tr("%1 is reserved for PostgreSQL, repmgr or pgpilot: choose the application's own role.")
                        .arg(app.role));
        }
        if (app.database.isEmpty() != app.role.isEmpty())
            add(app.database.isEmpty() ? QStringLiteral("application.database")
                                       : QStringLiteral("application.role"),
                tr("Give both the application's database and its role, or neither."));
    }

    const ClusterSpec& m_spec;
    ValidationIssues m_issues;
};

} // namespace

ValidationIssues validate(const ClusterSpec& spec)
{
    return Checker(spec).run();
}

namespace speccheck {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::SpecValidator", text);
}

// The value as a message shows it: shortened, and with line breaks, control and format
// characters (zero-width, bidirectional overrides) written as escapes, so a pasted value can
// neither flood the list of problems nor rearrange its text.
QString quoted(const QString& text)
{
    return QStringLiteral("\"%1\"").arg(rules::printable(text, 60));
}

// Adds the reason a value is malformed: the offending character if there is one, else the rule.
QString withReason(const QString& text, const QString& rule)
{
    const QString bad = rules::describeBadCharacters(text);
    return bad.isEmpty() ? rule : QStringLiteral("%1 %2").arg(bad, rule);
}

void checkSsh(const NodeSpec& node, const QString& prefix, const QString& label, ValidationIssues& issues)
{
    const auto add = [&issues](const QString& field, const QString& message) {
        issues.append({field, message});
    };
    const SshSettings& ssh = node.ssh;
    if (ssh.user.isEmpty())
        add(prefix + QStringLiteral("user"), tr("%1: give the SSH login user.").arg(label));
    else if (!rules::isUnixUserName(ssh.user))
        add(prefix + QStringLiteral("user"),
            withReason(ssh.user, tr("%1: %2 is not a valid Unix user name.").arg(label, quoted(ssh.user))));
    if (ssh.port < 1 || ssh.port > 65535)
        add(prefix + QStringLiteral("port"), tr("%1: the SSH port must be from 1 to 65535.").arg(label));
    if (ssh.auth == SshAuth::Key) {
        if (ssh.keyFile.isEmpty())
            add(prefix + QStringLiteral("keyFile"),
                tr("%1: choose the private key file for SSH.").arg(label));
        else if (!rules::isSafeAbsolutePath(ssh.keyFile) && !ssh.keyFile.startsWith(QLatin1String("~/")))
            add(prefix + QStringLiteral("keyFile"),
                withReason(ssh.keyFile,
                    tr("%1: the key file must be an absolute path (or start with ~/).").arg(label)));
    }
    const bool isRoot = ssh.user == QLatin1String("root");
    if (isRoot && ssh.sudo != SudoMode::None)
        add(prefix + QStringLiteral("sudo"), tr("%1: root needs no sudo; set sudo to none.").arg(label));
    if (!isRoot && rules::isUnixUserName(ssh.user) && ssh.sudo == SudoMode::None)
        add(prefix + QStringLiteral("sudo"),
            tr("%1: the login user %2 is not root, so pgpilot needs sudo (without or with a password).")
                .arg(label, ssh.user));
    const bool needsSecret = ssh.auth == SshAuth::Password || ssh.sudo == SudoMode::Password;
    if (needsSecret && ssh.secretRef.isEmpty())
        add(prefix + QStringLiteral("secretRef"),
            tr("%1: a password is needed (SSH or sudo) but none is set.").arg(label));
    else if (!ssh.secretRef.isEmpty() && !rules::isSecretRef(ssh.secretRef))
        add(prefix + QStringLiteral("secretRef"),
            withReason(ssh.secretRef,
                tr("%1: the password reference must look like pgpilot:<cluster>:<name>.").arg(label)));
    if (!ssh.hostKeyFingerprint.isEmpty() && !rules::isSha256Fingerprint(ssh.hostKeyFingerprint))
        add(prefix + QStringLiteral("hostKeyFingerprint"),
            withReason(ssh.hostKeyFingerprint,
                tr("%1: a host key fingerprint looks like SHA256: followed by 43 base64 characters, as "
                   "ssh-keygen -lf prints it.")
                    .arg(label)));
}

} // namespace speccheck

} // namespace pgpilot
