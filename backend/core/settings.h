// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace pgpilot {

// One table of every persistent setting: key, default and scope, instead of string keys spread
// across the code. Secrets never go here.
enum class SettingScope
{
    Preference, // a choice the user made; kept until they change it
    State, // remembered for convenience (window geometry, recent files); safe to forget
};

struct SettingKey
{
    const char* key;
    QVariant defaultValue;
    SettingScope scope;
};

namespace setting {
inline const SettingKey RecentFiles {"files/recent", QStringList {}, SettingScope::State};
inline const SettingKey LastDirectory {"files/lastDirectory", QString {}, SettingScope::State};
inline const SettingKey MainWindowGeometry {"ui/mainWindowGeometry", QByteArray {}, SettingScope::State};
// The last time the window showed each cluster (cluster name -> UTC time): what happened after it
// is shown when the dashboard opens again.
inline const SettingKey HistoryLastSeen {"history/lastSeen", QVariantMap {}, SettingScope::State};
// The ops-room wall plays a tone for a new critical alarm.
inline const SettingKey WallSound {"wall/sound", false, SettingScope::Preference};
inline constexpr int kMaxRecentFiles = 8;
// Every key above, for diagnostics and the settings test.
QList<const SettingKey*> all();
} // namespace setting

// Where pgpilot keeps its files (QStandardPaths, per user; nothing is written next to the binary),
// named after the application id by applyApplicationIdentity() (core/appidentity.h, which also
// moves the files of the old identity, ~/.config/pgpilot/pgpilot.conf and so on, here):
//   config  ~/.config/io.github.pgpilot/pgpilot.conf     the settings above
//   data    ~/.local/share/io.github.pgpilot/pgpilot/    audit log, known_hosts, phase progress
//   cache   ~/.cache/io.github.pgpilot/pgpilot/          nothing that cannot be recreated
struct DataLocations
{
    QString settingsFile;
    QString dataDirectory;
    QString cacheDirectory;
};
DataLocations dataLocations();

class Settings
{
public:
    // The user's settings (QSettings' native location for organization/application).
    Settings();
    // Settings kept in the given INI file: tests use a temporary one.
    explicit Settings(const QString& iniFile);

    QVariant value(const SettingKey& key) const;
    void setValue(const SettingKey& key, const QVariant& value);
    QString fileName() const;

    QStringList recentFiles() const;
    // Puts path first, removes duplicates and files that no longer exist, keeps kMaxRecentFiles.
    void addRecentFile(const QString& path);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace pgpilot
