// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressstore.h"

#include "core/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace pgpilot {

namespace {
QString keyOf(const QString& step, const QString& node)
{
    return step + QLatin1Char('|') + node;
}
} // namespace

ProgressStore::ProgressStore(QString path)
    : m_path(std::move(path))
{ }

QString ProgressStore::defaultPath(const QString& cluster)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("progress/%1.json").arg(cluster));
}

bool ProgressStore::load(QString* error)
{
    m_done.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject done = root.value(QStringLiteral("done")).toObject();
    for (auto it = done.begin(); it != done.end(); ++it)
        m_done.insert(it.key(), QDateTime::fromString(it.value().toString(), Qt::ISODate));
    return true;
}

bool ProgressStore::isDone(const QString& stepId, const QString& node) const
{
    return m_done.contains(keyOf(stepId, node));
}

QDateTime ProgressStore::doneAt(const QString& stepId, const QString& node) const
{
    return m_done.value(keyOf(stepId, node));
}

bool ProgressStore::markDone(const QString& stepId, const QString& node)
{
    m_done.insert(keyOf(stepId, node), QDateTime::currentDateTimeUtc());
    return save();
}

bool ProgressStore::forget(const QString& stepIdPrefix)
{
    for (auto it = m_done.begin(); it != m_done.end();) {
        if (it.key().startsWith(stepIdPrefix))
            it = m_done.erase(it);
        else
            ++it;
    }
    return save();
}

bool ProgressStore::save()
{
    QJsonObject done;
    for (auto it = m_done.cbegin(); it != m_done.cend(); ++it)
        done.insert(it.key(), it.value().toString(Qt::ISODate));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QJsonObject root {{QStringLiteral("version"), 1}, {QStringLiteral("done"), done}};
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), nullptr);
}

} // namespace pgpilot
