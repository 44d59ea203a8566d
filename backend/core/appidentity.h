// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pgpilot {

// pgpilot's application id, io.github.pgpilot.pgpilot (PGPILOT_APP_ID in the top CMakeLists.txt,
// the one place it is set): the name of the .desktop file, the AppStream component and the icon,
// the window's Wayland app id, and, split at its last dot, the Qt identity below.
QString applicationId();

// The Qt identity every entry point sets before it reads a setting or a file:
//   organizationName   io.github.pgpilot       (the application id without its last part)
//   organizationDomain pgpilot.github.io       (the same, reversed)
//   applicationName    pgpilot                 (the last part; also the X11 WM_CLASS)
// and so, with QSettings and QStandardPaths on Linux:
//   config  $XDG_CONFIG_HOME/io.github.pgpilot/pgpilot.conf   (~/.config/...)
//   data    $XDG_DATA_HOME/io.github.pgpilot/pgpilot/         (~/.local/share/...)
//   cache   $XDG_CACHE_HOME/io.github.pgpilot/pgpilot/        (~/.cache/...)
// The keychain's service name stays "pgpilot" (keychainsecretstore.h): renaming it would lose
// every stored password.
void applyApplicationIdentity();

// The XDG base directories the locations above hang from.
struct BaseDirectories
{
    QString config; // $XDG_CONFIG_HOME, else ~/.config
    QString data; // $XDG_DATA_HOME, else ~/.local/share
    QString cache; // $XDG_CACHE_HOME, else ~/.cache
};
// The user's, as QStandardPaths sees them (honours the XDG variables and QStandardPaths' test mode).
BaseDirectories userBaseDirectories();

// Where the settings file, the data directory and the cache directory are under base directories.
struct IdentityLocations
{
    QString settingsFile;
    QString dataDirectory;
    QString cacheDirectory;
};
// Today's (the identity above) and the old identity's (organization and application "pgpilot":
// ~/.config/pgpilot/pgpilot.conf, ~/.local/share/pgpilot/pgpilot/, ~/.cache/pgpilot/pgpilot/).
IdentityLocations currentLocations(const BaseDirectories& base);
IdentityLocations legacyLocations(const BaseDirectories& base);

// What became of one old location.
enum class MigrationOutcome
{
    NothingToMigrate, // no old file or directory
    Moved, // renamed to the new place
    Copied, // copied (another file system), permissions kept, then the old one removed
    BothExist, // the new one is used; the old one is left as it is
    Failed, // left where it was; the new place holds nothing of it
};

struct MigrationResult
{
    QString from;
    QString to;
    MigrationOutcome outcome = MigrationOutcome::NothingToMigrate;
    QString error; // Failed: why; Copied: why the old one could not be removed, if it could not
};

enum class MigrationMethod
{
    RenameOrCopy, // rename, and copy only when rename cannot (another file system)
    CopyOnly, // for tests: the path a rename across file systems takes
};

// Moves the file or directory `from` to `to` unless `to` exists already (nothing is ever
// overwritten) or `from` does not. Creates the parents of `to` only when there is something to
// move. A copy keeps every file's and directory's permissions (0600 known_hosts and audit log,
// 0700 directories) and symbolic links as links; it is made under a temporary name beside `to`
// and renamed into place when complete, so a failed copy leaves no half `to` behind.
MigrationResult migratePath(
    const QString& from, const QString& to, MigrationMethod method = MigrationMethod::RenameOrCopy);

// The settings file, the data and the cache directory of the old identity moved to the new one
// (each on its own), then the old organization directories removed if that left them empty.
// Logs each move (info) and each old location left alone because the new one exists or the move
// failed (warning, category pgpilot.settings). Idempotent: once moved there is nothing to move.
QList<MigrationResult> migrateLegacyLocations(
    const BaseDirectories& base, MigrationMethod method = MigrationMethod::RenameOrCopy);

} // namespace pgpilot
