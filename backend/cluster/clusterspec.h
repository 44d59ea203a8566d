// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformid.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgpilot {

enum class NodeRole
{
    Primary,
    Standby
};
enum class SshAuth
{
    Agent,
    Key,
    Password
};
enum class SudoMode
{
    None,
    NoPassword,
    Password
};
enum class ReplicationMode
{
    Async,
    SyncQuorum
};
enum class ArchivingMode
{
    Off,
    Directory,
    PgBackRest // WAL and backups to a pgBackRest repository (the backup section, phase 6)
};
// TLS between the nodes and to pgpilot (docs/security.md, finding 4).
enum class TlsMode
{
    VerifyFull, // pgpilot's cluster CA signs each node's certificate; every client verifies it
    Site, // the site's own CA and node certificates, imported (import-certs); verified the same way
    Off // Debian's own snakeoil certificate, nothing verified (pgpilot before TLS)
};

struct SshSettings
{
    QString user = QStringLiteral("root");
    int port = 22;
    SshAuth auth = SshAuth::Key;
    QString keyFile; // local path on the workstation, used when auth == Key
    SudoMode sudo = SudoMode::None;
    // Keychain entry holding the SSH password, key passphrase or sudo password. Empty: none needed.
    QString secretRef;
    // Optional pin in OpenSSH form (SHA256:...). pgpilot's known_hosts file stays the authority.
    QString hostKeyFingerprint;

    bool operator==(const SshSettings&) const = default;
};

struct NodeSpec
{
    QString name;
    QString address;
    NodeRole role = NodeRole::Standby;
    QString interface;
    SshSettings ssh;

    bool operator==(const NodeSpec&) const = default;
};

struct PortSpec
{
    int postgres = 5432;
    int write = 5000;
    int read = 5001;
    int health = 8008;
    int haproxyStats = 7000;

    bool operator==(const PortSpec&) const = default;
};

struct InstallSpec
{
    InstallSource source = InstallSource::Pgdg;
    QString mirrorUrl;
    QString mirrorSuite;
    QString mirrorComponents;
    bool mirrorTrusted = false;

    bool operator==(const InstallSpec&) const = default;
};

struct NetworkSpec
{
    QString subnet; // CIDR, e.g. 10.0.1.0/24
    QString vip;
    int vipPrefixLength = 24;
    int vrrpRouterId = 51;
    // The workstations whose dashboard reads the nodes' health service, besides the one that
    // applies the runbook: IPv4/IPv6 addresses or CIDR networks (optional).
    QStringList monitorSources;

    bool operator==(const NetworkSpec&) const = default;
};

struct ReplicationSpec
{
    // Synchronous quorum by default: a failover never loses an acknowledged commit (docs/quorum.md).
    ReplicationMode mode = ReplicationMode::SyncQuorum;
    // Standbys that confirm each commit ('ANY k'); 0: the smallest safe k for the cluster's size.
    int syncQuorum = 0;
    QString maxSlotWalKeepSize = QStringLiteral("10GB");

    bool operator==(const ReplicationSpec&) const = default;
};

struct ArchivingSpec
{
    ArchivingMode mode = ArchivingMode::Off;
    QString directory;

    bool operator==(const ArchivingSpec&) const = default;
};

// Backups with pgBackRest (archiving.mode pgbackrest, phase 6): a repository on a dedicated host
// that pgpilot reaches over SSH like a node (docs/backups.md).
// Where pgBackRest's repository lives.
enum class BackupRepository
{
    Host, // on a dedicated host reached over SSH (recommended): backups run there
    Mount // a directory mounted at the same path on every node (NFS): backups run on a node
};

struct BackupSpec
{
    BackupRepository repository = BackupRepository::Host;
    // The repository host (repository Host): name, address and SSH login like a node; role and
    // interface unused. It runs the same Debian release as the nodes (pgBackRest's versions must
    // match exactly). Unused with a mounted repository.
    NodeSpec host;
    // The repository: a directory on the host, or the mount point (the same on every node).
    QString path = QStringLiteral("/var/lib/pgbackrest");
    int retentionFull = 2; // full backups kept (with the WAL that restores them)
    int retentionDiff = 6; // differential backups kept (a full counts as one)
    // When the repository host takes its backups: systemd OnCalendar expressions.
    QString fullSchedule = QStringLiteral("Sun *-*-* 01:30:00");
    QString diffSchedule = QStringLiteral("Mon..Sat *-*-* 01:30:00");
    bool encrypted = true; // aes-256-cbc; the passphrase in the keychain (cipherPassRef)
    QString cipherPassRef; // empty: ClusterSpec::secretKey("backup-cipher")
    int processMax = 2; // parallel processes of a backup or restore
    // Unarchived WAL a node keeps before pgBackRest drops it from the archive (the cluster keeps
    // running; point-in-time recovery is broken until the next full backup). Empty: no limit, and
    // a repository that stays unreachable fills pg_wal until PostgreSQL stops.
    QString archiveQueueMax = QStringLiteral("8GB");

    bool operator==(const BackupSpec&) const = default;
};

struct TlsSpec
{
    TlsMode mode = TlsMode::VerifyFull;

    bool operator==(const TlsSpec&) const = default;
};

// A cluster built by hand (the guide's way) that pgpilot adopted (pgpilot adopt): what pgpilot
// reads differently on it until the phases converge it. Absent (adopted == false) for a cluster
// pgpilot built.
struct AdoptedSpec
{
    bool adopted = false;
    // The node's health service on ports.health. A service that answers only "is this the primary /
    // a replica" with the HTTP status (the guide's pgchk.py: /master and /replica); pgpilot's own
    // (pgpilot-health, JSON on /health) when both paths are empty.
    QString healthService; // its systemd unit, named in alarms ("pgchk")
    QString healthPrimaryPath;
    QString healthReplicaPath;
    // The role the monitor logs in as, with the repmgr password: such a cluster has no
    // pgpilot_monitor role yet.
    QString monitorRole = QStringLiteral("repmgr");
    bool haproxyStats = false; // HAProxy serves stats at ports.haproxyStats (the guide's does not)
    // The phases (1-4) pgpilot has converged on this cluster so far, ascending; with all four the
    // section is dropped and the worksheet is an ordinary pgpilot worksheet.
    QList<int> convergedPhases;

    bool operator==(const AdoptedSpec&) const = default;
};

// The settings section (docs/cluster-file.md): what the DBA tunes, applied by phases 2 and 4 and by
// `pgpilot settings`. Every default is the value pgpilot wrote before the section existed, so a
// worksheet without it renders the same files.
//
// HAProxy's checks of the health services and its connection timeouts (haproxy.cfg).
struct HaproxyTimings
{
    int checkInterMs = 1000; // inter and fastinter: an UP server checked every 1 s
    int checkDownInterMs = 500; // downinter: a DOWN server checked every 0.5 s
    int checkFall = 3; // failed checks before a server is DOWN
    int checkRise = 1; // good checks before it is UP again
    int timeoutConnectMs = 5000; // timeout connect
    int timeoutCheckMs = 3000; // timeout check: a health answer slower than this fails the check
    int timeoutClientS = 1800; // timeout client: an idle client connection is closed after 30 min
    int timeoutServerS = 1800; // timeout server

    bool operator==(const HaproxyTimings&) const = default;
};

// Keepalived's VRRP adverts and its check of the primary (keepalived.conf).
struct KeepalivedTimings
{
    int advertIntMs = 200; // advert_int 0.2 (VRRP version 3: in hundredths of a second)
    int checkIntervalS = 1; // vrrp_script interval
    int checkTimeoutS = 3; // vrrp_script timeout
    int checkFall = 3; // failed checks before the node gives the VIP up
    int checkRise = 1; // good checks before it may claim it

    bool operator==(const KeepalivedTimings&) const = default;
};

struct SettingsSpec
{
    // PostgreSQL parameters as the DBA writes them ("work_mem" -> "64MB"), sorted by name; written
    // to conf.d/pgpilot-settings.conf on every node. Parameters pgpilot sets itself are refused.
    QMap<QString, QString> postgresql;
    HaproxyTimings haproxy;
    KeepalivedTimings keepalived;

    bool operator==(const SettingsSpec&) const = default;
    bool isDefault() const { return *this == SettingsSpec(); }
};

struct ApplicationSpec
{
    QString subnet; // where application servers connect from (CIDR)
    QString database; // optional database to create, e.g. mattermost
    QString role; // optional role owning it

    bool operator==(const ApplicationSpec&) const = default;
};

// The guide's node planning worksheet plus everything the later phases need.
// A plain value: no secrets, only references to keychain entries.
struct ClusterSpec
{
    QString name = QStringLiteral("main");
    Platform platform = Platform::Ubuntu2404Pgdg;
    int postgresVersion = 17;
    InstallSpec install;
    NetworkSpec network;
    PortSpec ports;
    ReplicationSpec replication;
    ArchivingSpec archiving;
    BackupSpec backup; // read when archiving.mode is pgbackrest
    TlsSpec tls;
    ApplicationSpec application;
    AdoptedSpec adopted;
    SettingsSpec settings;
    QString knownHostsFile;
    QString repmgrPasswordRef;
    QList<NodeSpec> nodes;

    bool operator==(const ClusterSpec&) const = default;

    // A new worksheet as the guide plans it: pg1 primary, pg2 and pg3 standbys, addresses empty.
    static ClusterSpec guideDefaults();

    // Keychain entry name for one of this cluster's secrets: "pgpilot:<cluster>:<what>".
    QString secretKey(const QString& what) const;

    int primaryIndex() const; // -1 when there is none

    // Backups with pgBackRest (archiving mode pgbackrest, the backup section, phase 6).
    bool hasBackups() const { return archiving.mode == ArchivingMode::PgBackRest; }
    // ... kept on a repository host (not on a directory mounted on the nodes).
    bool hasBackupHost() const { return hasBackups() && backup.repository == BackupRepository::Host; }
    // The keychain entry of the repository's passphrase (empty when not encrypted).
    QString backupCipherKey() const;
    // The hosts pgpilot logs in to: the nodes, then the repository host when there is one.
    QList<NodeSpec> hosts() const;
};

QString toId(Platform);
QString toId(InstallSource);
QString toId(NodeRole);
QString toId(SshAuth);
QString toId(SudoMode);
QString toId(ReplicationMode);
QString toId(ArchivingMode);
QString toId(TlsMode);
QString toId(BackupRepository);

std::optional<Platform> platformFromString(const QString&);
std::optional<InstallSource> installSourceFromString(const QString&);
std::optional<NodeRole> nodeRoleFromString(const QString&);
std::optional<SshAuth> sshAuthFromString(const QString&);
std::optional<SudoMode> sudoModeFromString(const QString&);
std::optional<ReplicationMode> replicationModeFromString(const QString&);
std::optional<ArchivingMode> archivingModeFromString(const QString&);
std::optional<TlsMode> tlsModeFromString(const QString&);
std::optional<BackupRepository> backupRepositoryFromString(const QString&);

} // namespace pgpilot
