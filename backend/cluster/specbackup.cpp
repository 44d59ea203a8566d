// SPDX-License-Identifier: GPL-3.0-or-later
// The worksheet's backup section (pgBackRest repository) and adopted section (speccheck.h).
#include "netaddr.h"
#include "speccheck.h"

#include <QRegularExpression>

namespace pgpilot::speccheck {

namespace {

// A systemd calendar expression, held to the characters it may contain (it reaches a unit file).
void checkCalendar(const QString& field, const QString& value, const QString& rule, bool mayBeEmpty,
    ValidationIssues& issues)
{
    const auto add = [&issues](const QString& f, const QString& message) {
        issues.append({f, message});
    };
    if (value.isEmpty()) {
        if (!mayBeEmpty)
            add(field, rule);
        return;
    }
    static const QString allowed
        = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789*,.:/~ -");
    for (const QChar c : value) {
        if (!allowed.contains(c)) {
            add(field,
                QStringLiteral("%1 %2").arg(
                    tr("It contains '%1'.").arg(rules::printable(QString(c), 8)), rule));
            return;
        }
    }
    if (value.size() > 100)
        add(field, QStringLiteral("%1 %2").arg(tr("It is longer than 100 characters."), rule));
}

// The repository host (repository "host"): a host of its own with an SSH login.
void checkBackupHost(const ClusterSpec& spec, ValidationIssues& issues)
{
    const auto add = [&issues](const QString& field, const QString& message) {
        issues.append({field, message});
    };
    const BackupSpec& b = spec.backup;
    const NodeSpec& h = b.host;
    const QString label = h.name.isEmpty() ? tr("The repository host") : h.name;
    if (h.name.isEmpty())
        add(QStringLiteral("backup.host.name"),
            tr("Name the backup repository host (pgBackRest's repository lives there)."));
    else if (!rules::isHostName(h.name))
        add(QStringLiteral("backup.host.name"),
            withReason(h.name, tr("%1 is not a valid host name.").arg(quoted(h.name))));
    const auto address = parseIpAddress(h.address);
    if (h.address.isEmpty())
        add(QStringLiteral("backup.host.address"), tr("%1 has no IP address.").arg(label));
    else if (!address)
        add(QStringLiteral("backup.host.address"),
            withReason(
                h.address, tr("%1: %2 is not an IPv4 or IPv6 address.").arg(label, quoted(h.address))));
    for (const NodeSpec& n : spec.nodes) {
        if (!h.name.isEmpty() && n.name.compare(h.name, Qt::CaseInsensitive) == 0)
            add(QStringLiteral("backup.host.name"),
                tr("%1 is a node of the cluster: the repository must be on another host, or losing that "
                   "node loses the backups too.")
                    .arg(h.name));
        const auto other = parseIpAddress(n.address);
        if (address && other && *address == *other)
            add(QStringLiteral("backup.host.address"),
                tr("%1 is the address of node %2: the repository must be on another host.")
                    .arg(h.address, n.name));
    }
    if (address && parseIpAddress(spec.network.vip) == address)
        add(QStringLiteral("backup.host.address"),
            tr("%1 is the VIP: the repository host needs its own address.").arg(h.address));
    checkSsh(h, QStringLiteral("backup.host.ssh."), label, issues);
}

void checkBackupSettings(const ClusterSpec& spec, ValidationIssues& issues)
{
    const auto add = [&issues](const QString& field, const QString& message) {
        issues.append({field, message});
    };
    const BackupSpec& b = spec.backup;
    if (!rules::isSafeAbsolutePath(b.path) || b.path == QLatin1String("/"))
        add(QStringLiteral("backup.path"),
            withReason(b.path,
                tr("The repository path must be an absolute directory (not /) of letters, digits, '.', "
                   "'_', '-' and '/'.")));
    if (b.retentionFull < 1 || b.retentionFull > 99)
        add(QStringLiteral("backup.retention.full"),
            tr("Keep 1 to 99 full backups (2 or more: the older one still restores while the newest is "
               "being taken)."));
    if (b.retentionDiff < 1 || b.retentionDiff > 999)
        add(QStringLiteral("backup.retention.diff"), tr("Keep 1 to 999 differential backups."));
    // The exact syntax is systemd's: phase 6 asks systemd-analyze on the repository host first.
    checkCalendar(QStringLiteral("backup.schedule.full"), b.fullSchedule,
        tr("Give when full backups run as a systemd calendar expression, e.g. \"Sun *-*-* 01:30:00\"."),
        false, issues);
    checkCalendar(QStringLiteral("backup.schedule.diff"), b.diffSchedule,
        tr("Give when differential backups run as a systemd calendar expression, e.g. \"Mon..Sat *-*-* "
           "01:30:00\", or leave it empty for none."),
        true, issues);
    if (!b.cipherPassRef.isEmpty() && !rules::isSecretRef(b.cipherPassRef))
        add(QStringLiteral("backup.cipherPassRef"),
            withReason(
                b.cipherPassRef, tr("The passphrase reference must look like pgpilot:<cluster>:<name>.")));
    if (b.processMax < 1 || b.processMax > 32)
        add(QStringLiteral("backup.processMax"), tr("Use 1 to 32 processes for a backup or restore."));
    // pgBackRest takes at most 4096TB (its sizes are powers of 1024).
    const bool tooLarge = rules::isSizeSetting(b.archiveQueueMax)
        && b.archiveQueueMax.endsWith(QLatin1String("TB"))
        && b.archiveQueueMax.chopped(2).toLongLong() > 4096;
    if (!b.archiveQueueMax.isEmpty() && (!rules::isSizeSetting(b.archiveQueueMax) || tooLarge))
        add(QStringLiteral("backup.archiveQueueMax"),
            withReason(b.archiveQueueMax,
                tr("Give the unarchived WAL a node may keep as a size such as 8GB (MB, GB or TB), or "
                   "leave "
                   "it empty for no limit.")));
}

} // namespace

// The backup section (archiving.mode pgbackrest): the repository host and what pgBackRest is told.
void checkBackup(const ClusterSpec& spec, ValidationIssues& issues)
{
    const auto add = [&issues](const QString& field, const QString& message) {
        issues.append({field, message});
    };
    if (spec.archiving.mode != ArchivingMode::PgBackRest)
        return;
    const BackupSpec& b = spec.backup;
    if (b.repository == BackupRepository::Host)
        checkBackupHost(spec, issues);
    else if (b.path.startsWith(QLatin1String("/var/lib/postgresql"))
        || b.path.startsWith(QLatin1String("/etc/")) || b.path == QLatin1String("/etc"))
        add(QStringLiteral("backup.path"),
            withReason(b.path,
                tr("The mounted repository must be a directory of its own (a mount point such as "
                   "/mnt/pgbackrest), not under PostgreSQL's data or /etc.")));
    checkBackupSettings(spec, issues);
}

void checkAdopted(const ClusterSpec& spec, ValidationIssues& issues)
{
    const auto add = [&issues](const QString& field, const QString& message) {
        issues.append({field, message});
    };
    const AdoptedSpec& a = spec.adopted;
    if (!a.adopted)
        return;
    static const QRegularExpression unit(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9@._-]{0,99}$"));
    static const QRegularExpression path(QStringLiteral("^/[A-Za-z0-9/_.-]{0,99}$"));
    if (!a.healthService.isEmpty() && !unit.match(a.healthService).hasMatch())
        add(QStringLiteral("adopted.healthService"),
            withReason(a.healthService,
                tr("The health service is named by its systemd unit: letters, digits, '@', '.', '_' "
                   "and '-'.")));
    for (qsizetype i = 0; i < a.convergedPhases.size(); ++i) {
        const int n = a.convergedPhases.at(i);
        if (n < 1 || n > 4 || (i > 0 && a.convergedPhases.at(i - 1) >= n)) {
            add(QStringLiteral("adopted.convergedPhases"),
                tr("The converged phases are phase numbers from 1 to 4, each once, in ascending order."));
            break;
        }
    }
    if (a.healthPrimaryPath.isEmpty() != a.healthReplicaPath.isEmpty())
        add(QStringLiteral("adopted.healthReplicaPath"),
            tr("Give both health paths (the one that answers 200 on the primary and the one that "
               "answers 200 on a replica), or neither for pgpilot's own health service."));
    for (const auto& [field, value] :
        {std::pair {QStringLiteral("adopted.healthPrimaryPath"), a.healthPrimaryPath},
            std::pair {QStringLiteral("adopted.healthReplicaPath"), a.healthReplicaPath}}) {
        if (!value.isEmpty() && !path.match(value).hasMatch())
            add(field,
                withReason(value,
                    tr("A health path starts with '/' and holds letters, digits, '/', '_', '.' and "
                       "'-'.")));
    }
    if (!rules::isSqlIdentifier(a.monitorRole))
        add(QStringLiteral("adopted.monitorRole"),
            withReason(a.monitorRole,
                tr("The monitor's role must be a plain PostgreSQL role name (lower-case letters, "
                   "digits and '_').")));
}

} // namespace pgpilot::speccheck
