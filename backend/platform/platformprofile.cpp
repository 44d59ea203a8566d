// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformprofile.h"

#include <QCoreApplication>

namespace pgpilot {

const QList<PlatformProfile>& platformProfiles()
{
    static const QList<PlatformProfile> profiles {
        {Platform::Ubuntu2404Pgdg,
            QCoreApplication::translate("pgpilot::Platform", "Ubuntu 24.04 LTS + PGDG"),
            QStringLiteral("noble"), {15, 16, 17}, 17, {InstallSource::Pgdg, InstallSource::Mirror},
            QStringLiteral("5.5"), QStringLiteral("ubuntu"), QStringLiteral("24.04")},
        {Platform::Debian13, QCoreApplication::translate("pgpilot::Platform", "Debian 13 (trixie)"),
            QStringLiteral("trixie"), {17}, 17, {InstallSource::Distro, InstallSource::Mirror},
            QStringLiteral("5.5"), QStringLiteral("debian"), QStringLiteral("13")},
        {Platform::Debian12, QCoreApplication::translate("pgpilot::Platform", "Debian 12 (bookworm)"),
            QStringLiteral("bookworm"), {15}, 15, {InstallSource::Distro, InstallSource::Mirror},
            QStringLiteral("5.3"), QStringLiteral("debian"), QStringLiteral("12")},
    };
    return profiles;
}

const PlatformProfile& platformProfile(Platform platform)
{
    for (const auto& profile : platformProfiles()) {
        if (profile.id == platform)
            return profile;
    }
    Q_UNREACHABLE();
}

QString postgresConfigDir(int version)
{
    return QStringLiteral("/etc/postgresql/%1/main").arg(version);
}
QString postgresBinDir(int version)
{
    return QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
}
QString postgresDataDir(int version)
{
    return QStringLiteral("/var/lib/postgresql/%1/main").arg(version);
}
QString postgresUnit(int version)
{
    return QStringLiteral("postgresql@%1-main").arg(version);
}

QString postgresHome()
{
    return QStringLiteral("/var/lib/postgresql");
}
QString pgCtlCluster()
{
    return QStringLiteral("/usr/bin/pg_ctlcluster");
}

QStringList clusterPackages(int version)
{
    const QString v = QString::number(version);
    return {QStringLiteral("postgresql-") + v, QStringLiteral("postgresql-client-") + v,
        QStringLiteral("postgresql-%1-repmgr").arg(v), QStringLiteral("haproxy"),
        QStringLiteral("keepalived"), QStringLiteral("python3"), QStringLiteral("sudo"),
        QStringLiteral("openssh-client"), QStringLiteral("openssh-server"), QStringLiteral("iproute2")};
}

QString pgdgKeyUrl()
{
    return QStringLiteral("https://www.postgresql.org/media/keys/ACCC4CF8.asc");
}
QString pgdgKeyPath()
{
    return QStringLiteral("/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc");
}
QString pgdgRepositoryUrl()
{
    return QStringLiteral("https://apt.postgresql.org/pub/repos/apt");
}

} // namespace pgpilot
