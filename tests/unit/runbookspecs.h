// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"
#include "testspecs.h"

#include <QList>
#include <QString>

// One worksheet per platform profile, each exercising other options, for the runbook's golden
// files and tool validation.
struct ProfileSpec
{
    QString profile; // golden folder name
    pgpilot::ClusterSpec spec;
};

inline QList<ProfileSpec> runbookTestSpecs()
{
    using namespace pgpilot;
    QList<ProfileSpec> specs;

    // The guide's platform: Ubuntu 24.04 + PGDG, PostgreSQL 17, async, no archive, application db.
    ClusterSpec ubuntu = validTestSpec();
    ubuntu.platform = Platform::Ubuntu2404Pgdg;
    ubuntu.postgresVersion = 17;
    ubuntu.install.source = InstallSource::Pgdg;
    ubuntu.replication.mode = ReplicationMode::Async;
    ubuntu.application.database = QStringLiteral("mattermost");
    ubuntu.application.role = QStringLiteral("mmuser");
    specs.append({QStringLiteral("ubuntu-24.04-pgdg"), ubuntu});

    // Debian 13 from a signed mirror with a suite, quorum commit, WAL archive directory, no
    // application database.
    ClusterSpec trixie = validTestSpec();
    trixie.platform = Platform::Debian13;
    trixie.postgresVersion = 17;
    trixie.install.source = InstallSource::Mirror;
    trixie.install.mirrorUrl = QStringLiteral("http://10.0.1.5/debian/");
    trixie.install.mirrorSuite = QStringLiteral("trixie");
    trixie.install.mirrorComponents = QStringLiteral("main");
    trixie.install.mirrorTrusted = false;
    trixie.replication.mode = ReplicationMode::SyncQuorum;
    trixie.replication.syncQuorum = 1;
    trixie.archiving.mode = ArchivingMode::Directory;
    trixie.archiving.directory = QStringLiteral("/srv/wal-archive");
    specs.append({QStringLiteral("debian-13"), trixie});

    // Debian 12 from the lab's flat, unsigned mirror, PostgreSQL 15, other ports, 4 nodes, the
    // default replication (synchronous quorum, k chosen for the size), backups with pgBackRest to a
    // repository host on another SSH port (encrypted, differential backups too).
    ClusterSpec bookworm = validTestSpec();
    bookworm.name = QStringLiteral("lab");
    bookworm.repmgrPasswordRef = bookworm.secretKey(QStringLiteral("repmgr-password"));
    bookworm.platform = Platform::Debian12;
    bookworm.postgresVersion = 15;
    bookworm.install.source = InstallSource::Mirror;
    bookworm.install.mirrorUrl = QStringLiteral("http://10.231.0.1:8080/");
    bookworm.install.mirrorSuite = QStringLiteral("./");
    bookworm.install.mirrorTrusted = true;
    bookworm.network.subnet = QStringLiteral("10.231.0.0/24");
    bookworm.network.vip = QStringLiteral("10.231.0.100");
    bookworm.network.vrrpRouterId = 77;
    bookworm.application.subnet = QStringLiteral("10.231.0.0/24");
    bookworm.ports.postgres = 5433;
    bookworm.ports.health = 8009;
    bookworm.ports.haproxyStats = 7001;
    bookworm.nodes.append(bookworm.nodes.last());
    const char* addresses[] = {"10.231.0.11", "10.231.0.12", "10.231.0.13", "10.231.0.14"};
    for (int i = 0; i < 4; ++i) {
        bookworm.nodes[i].name = QStringLiteral("pg%1").arg(i + 1);
        bookworm.nodes[i].address = QString::fromLatin1(addresses[i]);
        bookworm.nodes[i].interface = QStringLiteral("host0");
        bookworm.nodes[i].ssh.port = i == 3 ? 2222 : 22;
    }
    bookworm.archiving.mode = ArchivingMode::PgBackRest;
    bookworm.backup.host = bookworm.nodes.first();
    bookworm.backup.host.name = QStringLiteral("backup");
    bookworm.backup.host.address = QStringLiteral("10.231.0.30");
    bookworm.backup.host.ssh.port = 2200;
    bookworm.backup.archiveQueueMax = QStringLiteral("1GB");
    specs.append({QStringLiteral("debian-12"), bookworm});
    return specs;
}
