// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace pgpilot {

QList<const SettingKey*> setting::all()
{
    return {&RecentFiles, &LastDirectory, &MainWindowGeometry, &HistoryLastSeen, &WallSound};
}

DataLocations dataLocations()
{
    return {QSettings().fileName(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
}

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

QVariant Settings::value(const SettingKey& key) const
{
    return m_settings->value(QLatin1String(key.key), key.defaultValue);
}

void Settings::setValue(const SettingKey& key, const QVariant& value)
{
    m_settings->setValue(QLatin1String(key.key), value);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QStringList Settings::recentFiles() const
{
    return value(setting::RecentFiles).toStringList();
}

void Settings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files {absolute};
    for (const QString& f : recentFiles()) {
        if (f != absolute && QFileInfo::exists(f) && files.size() < setting::kMaxRecentFiles)
            files << f;
    }
    setValue(setting::RecentFiles, files);
    setValue(setting::LastDirectory, QFileInfo(absolute).absolutePath());
}

} // namespace pgpilot
