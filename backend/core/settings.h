#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace pgpilot {

// One table of every persistent setting: key, default and scope, instead of string keys spread
// across the code. Secrets never go here.
struct SettingKey
{
    const char* key;
    QVariant defaultValue;
};

namespace setting {
inline const SettingKey RecentFiles {"files/recent", QStringList {}};
inline const SettingKey LastDirectory {"files/lastDirectory", QString {}};
inline const SettingKey MainWindowGeometry {"ui/mainWindowGeometry", QByteArray {}};
inline constexpr int kMaxRecentFiles = 8;
} // namespace setting

class Settings
{
public:
    // The user's settings (QSettings' native location for organization/application).
    Settings();
    // Settings kept in the given INI file: tests use a temporary one.
    explicit Settings(const QString& iniFile);

    QVariant value(const SettingKey& key) const;
    void setValue(const SettingKey& key, const QVariant& value);

    QStringList recentFiles() const;
    // Puts path first, removes duplicates and files that no longer exist, keeps kMaxRecentFiles.
    void addRecentFile(const QString& path);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace pgpilot
