// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformid.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pgpilot {

// What a node operating system gives pgpilot: which PostgreSQL majors, from which sources.
// Every version- or platform-dependent literal of the runbook comes from here.
struct PlatformProfile
{
    Platform id;
    QString displayName;
    QString codename;
    QList<int> postgresVersions;
    int defaultPostgresVersion;
    QList<InstallSource> installSources; // first one is the default
    QString repmgrVersionHint;
    // /etc/os-release as the node reports it: ID and VERSION_ID.
    QString osId;
    QString osVersionId;

    bool supportsVersion(int version) const { return postgresVersions.contains(version); }
    bool supportsSource(InstallSource source) const { return installSources.contains(source); }
};

const PlatformProfile& platformProfile(Platform platform);
const QList<PlatformProfile>& platformProfiles();

// Paths of Debian's postgresql-common layout, shared by Ubuntu and Debian.
QString postgresConfigDir(int version); // /etc/postgresql/<v>/main
QString postgresBinDir(int version); // /usr/lib/postgresql/<v>/bin
QString postgresDataDir(int version); // /var/lib/postgresql/<v>/main
QString postgresUnit(int version); // postgresql@<v>-main
QString postgresHome(); // /var/lib/postgresql, the postgres OS user's home
QString pgCtlCluster(); // /usr/bin/pg_ctlcluster

// Packages every cluster node needs (same names on every supported platform).
QStringList clusterPackages(int version);
// PGDG apt repository (install source pgdg).
QString pgdgKeyUrl();
QString pgdgKeyPath();
QString pgdgRepositoryUrl();

} // namespace pgpilot
