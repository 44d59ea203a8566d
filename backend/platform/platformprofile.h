#pragma once

#include "spec/clusterspec.h"

#include <QList>
#include <QString>

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

} // namespace pgpilot
