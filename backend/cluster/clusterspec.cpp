// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterspec.h"

#include <array>
#include <utility>

namespace pgpilot {

namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& text)
{
    for (const auto& [e, name] : table) {
        if (text == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Platform, const char*>, 3> kPlatforms {{
    {Platform::Ubuntu2404Pgdg, "ubuntu-24.04-pgdg"},
    {Platform::Debian13, "debian-13"},
    {Platform::Debian12, "debian-12"},
}};
constexpr std::array<std::pair<InstallSource, const char*>, 3> kSources {{
    {InstallSource::Pgdg, "pgdg"},
    {InstallSource::Distro, "distro"},
    {InstallSource::Mirror, "mirror"},
}};
constexpr std::array<std::pair<NodeRole, const char*>, 2> kRoles {{
    {NodeRole::Primary, "primary"},
    {NodeRole::Standby, "standby"},
}};
constexpr std::array<std::pair<SshAuth, const char*>, 3> kAuth {{
    {SshAuth::Agent, "agent"},
    {SshAuth::Key, "key"},
    {SshAuth::Password, "password"},
}};
constexpr std::array<std::pair<SudoMode, const char*>, 3> kSudo {{
    {SudoMode::None, "none"},
    {SudoMode::NoPassword, "nopasswd"},
    {SudoMode::Password, "password"},
}};
constexpr std::array<std::pair<ReplicationMode, const char*>, 2> kReplication {{
    {ReplicationMode::Async, "async"},
    {ReplicationMode::SyncQuorum, "sync-quorum"},
}};
constexpr std::array<std::pair<ArchivingMode, const char*>, 3> kArchiving {{
    {ArchivingMode::Off, "off"},
    {ArchivingMode::Directory, "directory"},
    {ArchivingMode::PgBackRest, "pgbackrest"},
}};
constexpr std::array<std::pair<TlsMode, const char*>, 3> kTls {{
    {TlsMode::VerifyFull, "verify-full"},
    {TlsMode::Site, "site"},
    {TlsMode::Off, "off"},
}};
constexpr std::array<std::pair<BackupRepository, const char*>, 2> kRepository {{
    {BackupRepository::Host, "host"},
    {BackupRepository::Mount, "mount"},
}};

} // namespace

QString toId(Platform v)
{
    return nameOf(kPlatforms, v);
}
QString toId(InstallSource v)
{
    return nameOf(kSources, v);
}
QString toId(NodeRole v)
{
    return nameOf(kRoles, v);
}
QString toId(SshAuth v)
{
    return nameOf(kAuth, v);
}
QString toId(SudoMode v)
{
    return nameOf(kSudo, v);
}
QString toId(ReplicationMode v)
{
    return nameOf(kReplication, v);
}
QString toId(ArchivingMode v)
{
    return nameOf(kArchiving, v);
}
QString toId(TlsMode v)
{
    return nameOf(kTls, v);
}
QString toId(BackupRepository v)
{
    return nameOf(kRepository, v);
}

std::optional<Platform> platformFromString(const QString& s)
{
    return valueOf(kPlatforms, s);
}
std::optional<InstallSource> installSourceFromString(const QString& s)
{
    return valueOf(kSources, s);
}
std::optional<NodeRole> nodeRoleFromString(const QString& s)
{
    return valueOf(kRoles, s);
}
std::optional<SshAuth> sshAuthFromString(const QString& s)
{
    return valueOf(kAuth, s);
}
std::optional<SudoMode> sudoModeFromString(const QString& s)
{
    return valueOf(kSudo, s);
}
std::optional<ReplicationMode> replicationModeFromString(const QString& s)
{
    return valueOf(kReplication, s);
}
std::optional<ArchivingMode> archivingModeFromString(const QString& s)
{
    return valueOf(kArchiving, s);
}
std::optional<TlsMode> tlsModeFromString(const QString& s)
{
    return valueOf(kTls, s);
}
std::optional<BackupRepository> backupRepositoryFromString(const QString& s)
{
    return valueOf(kRepository, s);
}

ClusterSpec ClusterSpec::guideDefaults()
{
    ClusterSpec spec;
    spec.repmgrPasswordRef = spec.secretKey(QStringLiteral("repmgr-password"));
    for (int i = 1; i <= 3; ++i) {
        NodeSpec node;
        node.name = QStringLiteral("pg%1").arg(i);
        node.role = i == 1 ? NodeRole::Primary : NodeRole::Standby;
        node.interface = QStringLiteral("eth0");
        spec.nodes.append(node);
    }
    return spec;
}

QString ClusterSpec::secretKey(const QString& what) const
{
    return QStringLiteral("pgpilot:%1:%2").arg(name, what);
}

int ClusterSpec::primaryIndex() const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).role == NodeRole::Primary)
            return int(i);
    }
    return -1;
}

QString ClusterSpec::backupCipherKey() const
{
    if (!backup.encrypted)
        return {};
    return backup.cipherPassRef.isEmpty() ? secretKey(QStringLiteral("backup-cipher")) : backup.cipherPassRef;
}

QList<NodeSpec> ClusterSpec::hosts() const
{
    QList<NodeSpec> list = nodes;
    if (hasBackupHost())
        list << backup.host;
    return list;
}

} // namespace pgpilot
