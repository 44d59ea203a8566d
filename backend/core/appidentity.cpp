// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#ifndef PGPILOT_APP_ID
#error "PGPILOT_APP_ID is set for this file by backend/CMakeLists.txt from the top CMakeLists.txt"
#endif

namespace pgpilot {

namespace {

const QLatin1String kLegacyOrganization("pgpilot");
const QLatin1String kLegacyApplication("pgpilot");

QString organizationPart()
{
    const QString id = applicationId();
    return id.left(id.lastIndexOf(QLatin1Char('.')));
}

QString applicationPart()
{
    const QString id = applicationId();
    return id.mid(id.lastIndexOf(QLatin1Char('.')) + 1);
}

IdentityLocations locationsOf(
    const BaseDirectories& base, const QString& organization, const QString& application)
{
    const QString sub = organization + QLatin1Char('/') + application;
    return {base.config + QLatin1Char('/') + sub + QStringLiteral(".conf"),
        base.data + QLatin1Char('/') + sub, base.cache + QLatin1Char('/') + sub};
}

// Exists, or is a symbolic link (even a dangling one): either way something is there.
bool present(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

// rename(2) that never replaces an existing `to` (renameat2 RENAME_NOREPLACE where the file
// system has it). Returns 0 or the errno.
int renameNoReplace(const QString& from, const QString& to)
{
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
#endif
    if (present(to))
        return EEXIST;
    return ::rename(f.constData(), t.constData()) == 0 ? 0 : errno;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool removeAll(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink())
        return QDir(path).removeRecursively();
    return QFile::remove(path);
}

// Copies `from` (file, directory or symbolic link) to the new path `to`, keeping permissions.
bool copyRecursively(const QString& from, const QString& to, QString* error)
{
    const QFileInfo info(from);
    if (info.isSymLink()) {
        // The link's own text (relative stays relative), not QFileInfo's absolute target.
        QByteArray target(4096, '\0');
        const ssize_t length = ::readlink(QFile::encodeName(from).constData(), target.data(), target.size());
        if (length > 0 && length < target.size()
            && ::symlink(target.left(length).constData(), QFile::encodeName(to).constData()) == 0)
            return true;
        *error = QStringLiteral("cannot copy the link %1: %2").arg(from, errnoText(errno));
        return false;
    }
    if (info.isDir()) {
        // Owner-only while it is filled; its own permissions once complete.
        if (!QDir().mkdir(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            *error = QStringLiteral("cannot create the directory %1").arg(to);
            return false;
        }
        const QDir dir(from);
        const QStringList entries
            = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString& name : entries) {
            if (!copyRecursively(dir.filePath(name), to + QLatin1Char('/') + name, error))
                return false;
        }
        if (!QFile::setPermissions(to, info.permissions())) {
            *error = QStringLiteral("cannot set the permissions of %1").arg(to);
            return false;
        }
        return true;
    }
    QFile source(from);
    // QFile::copy writes a private temporary file and gives it the source's permissions.
    if (!source.copy(to)) {
        *error = QStringLiteral("cannot copy %1: %2").arg(from, source.errorString());
        return false;
    }
    if (QFile::permissions(to) != info.permissions() && !QFile::setPermissions(to, info.permissions())) {
        *error = QStringLiteral("cannot set the permissions of %1").arg(to);
        return false;
    }
    return true;
}

} // namespace

QString applicationId()
{
    return QStringLiteral(PGPILOT_APP_ID);
}

void applyApplicationIdentity()
{
    const QString organization = organizationPart();
    QStringList domain = organization.split(QLatin1Char('.'));
    std::reverse(domain.begin(), domain.end());
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setOrganizationDomain(domain.join(QLatin1Char('.')));
    QCoreApplication::setApplicationName(applicationPart());
}

BaseDirectories userBaseDirectories()
{
    return {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
}

IdentityLocations currentLocations(const BaseDirectories& base)
{
    return locationsOf(base, organizationPart(), applicationPart());
}

IdentityLocations legacyLocations(const BaseDirectories& base)
{
    return locationsOf(base, kLegacyOrganization, kLegacyApplication);
}

MigrationResult migratePath(const QString& from, const QString& to, MigrationMethod method)
{
    MigrationResult result {from, to, MigrationOutcome::NothingToMigrate, {}};
    if (!present(from))
        return result;
    if (present(to)) {
        result.outcome = MigrationOutcome::BothExist;
        return result;
    }
    const QString parent = QFileInfo(to).absolutePath();
    if (!QDir().mkpath(parent)) {
        result.outcome = MigrationOutcome::Failed;
        result.error = QStringLiteral("cannot create the directory %1").arg(parent);
        return result;
    }
    if (method == MigrationMethod::RenameOrCopy) {
        const int error = renameNoReplace(from, to);
        if (error == 0) {
            result.outcome = MigrationOutcome::Moved;
            return result;
        }
        if (error == EEXIST || error == ENOTEMPTY) {
            result.outcome = MigrationOutcome::BothExist; // appeared meanwhile (another instance)
            return result;
        }
        if (error != EXDEV) {
            result.outcome = MigrationOutcome::Failed;
            result.error = errnoText(error);
            return result;
        }
    }
    // Another file system: a complete copy under a temporary name, then renamed into place.
    const QString partial = QStringLiteral("%1.migrating-%2").arg(to, QString::number(::getpid()));
    if (present(partial))
        removeAll(partial);
    QString copyError;
    if (!copyRecursively(from, partial, &copyError)) {
        removeAll(partial);
        result.outcome = MigrationOutcome::Failed;
        result.error = copyError;
        return result;
    }
    const int error = renameNoReplace(partial, to);
    if (error != 0) {
        removeAll(partial);
        result.outcome
            = error == EEXIST || error == ENOTEMPTY ? MigrationOutcome::BothExist : MigrationOutcome::Failed;
        if (result.outcome == MigrationOutcome::Failed)
            result.error = errnoText(error);
        return result;
    }
    result.outcome = MigrationOutcome::Copied;
    if (!removeAll(from))
        result.error = QStringLiteral("the copy is complete but %1 could not be removed").arg(from);
    return result;
}

QList<MigrationResult> migrateLegacyLocations(const BaseDirectories& base, MigrationMethod method)
{
    const IdentityLocations before = legacyLocations(base);
    const IdentityLocations now = currentLocations(base);
    const QList<MigrationResult> results {migratePath(before.settingsFile, now.settingsFile, method),
        migratePath(before.dataDirectory, now.dataDirectory, method),
        migratePath(before.cacheDirectory, now.cacheDirectory, method)};
    bool migrated = false;
    for (const MigrationResult& r : results) {
        switch (r.outcome) {
        case MigrationOutcome::NothingToMigrate:
            break;
        case MigrationOutcome::Moved:
        case MigrationOutcome::Copied:
            migrated = true;
            qCInfo(lcSettings).noquote() << QStringLiteral("moved %1 to %2 (the application id is now %3)")
                                                .arg(r.from, r.to, applicationId());
            if (!r.error.isEmpty())
                qCWarning(lcSettings).noquote() << r.error;
            break;
        case MigrationOutcome::BothExist:
            qCWarning(lcSettings).noquote()
                << QStringLiteral("both %1 and %2 exist: using %2, leaving %1 as it is").arg(r.from, r.to);
            break;
        case MigrationOutcome::Failed:
            qCWarning(lcSettings).noquote()
                << QStringLiteral("could not move %1 to %2 (%3): using %2, leaving %1 as it is")
                       .arg(r.from, r.to, r.error);
            break;
        }
    }
    if (migrated) {
        // ~/.config/pgpilot and the like, if the move emptied them (rmdir leaves anything else).
        for (const QString& dir : {before.settingsFile, before.dataDirectory, before.cacheDirectory})
            QDir().rmdir(QFileInfo(dir).absolutePath());
    }
    return results;
}

} // namespace pgpilot
