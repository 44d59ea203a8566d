// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace pgpilot {

namespace {
const QByteArray kMask("****");
}

void SecretMasker::addSecret(const QByteArray& value)
{
    // Very short values would mask ordinary text everywhere and protect nothing.
    if (value.size() >= 3 && !m_secrets.contains(value))
        m_secrets.append(value);
}

QByteArray SecretMasker::mask(const QByteArray& bytes) const
{
    QByteArray out = bytes;
    for (const QByteArray& secret : m_secrets)
        out.replace(secret, kMask);
    return out;
}

QString SecretMasker::mask(const QString& text) const
{
    if (m_secrets.isEmpty())
        return text;
    return QString::fromUtf8(mask(text.toUtf8()));
}

AuditLog::AuditLog(QString path, qint64 maxBytes, int keepFiles)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_keepFiles(keepFiles)
{ }

QString AuditLog::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("audit.log"));
}

void AuditLog::rotateIfNeeded()
{
    if (QFileInfo(m_path).size() < m_maxBytes)
        return;
    QFile::remove(QStringLiteral("%1.%2").arg(m_path).arg(m_keepFiles));
    for (int i = m_keepFiles - 1; i >= 1; --i)
        QFile::rename(
            QStringLiteral("%1.%2").arg(m_path).arg(i), QStringLiteral("%1.%2").arg(m_path).arg(i + 1));
    QFile::rename(m_path, m_path + QStringLiteral(".1"));
}

bool AuditLog::append(const AuditEntry& e)
{
    auto masked = [this](const QString& text) {
        return m_masker ? m_masker->mask(text) : text;
    };
    QJsonObject o {
        {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("cluster"), e.cluster},
        {QStringLiteral("node"), e.node},
        {QStringLiteral("login"), e.login},
        {QStringLiteral("runAs"), e.runAs},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("exit"), e.exitCode},
        {QStringLiteral("failure"), e.failure},
        {QStringLiteral("durationMs"), e.durationMs},
    };
    if (!e.step.isEmpty())
        o.insert(QStringLiteral("step"), e.step);
    if (e.kind == QLatin1String("write")) {
        o.insert(QStringLiteral("path"), masked(e.path));
        o.insert(QStringLiteral("sha256"), e.sha256);
    } else {
        o.insert(QStringLiteral("command"), masked(e.command));
    }
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';

    QMutexLocker lock(&m_mutex);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    rotateIfNeeded();
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcExec) << "cannot write the audit log" << m_path << file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return file.write(line) == line.size();
}

QList<AuditEntry> AuditLog::tail(int count) const
{
    QMutexLocker lock(&m_mutex);
    QList<AuditEntry> entries;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = qMax<qsizetype>(0, lines.size() - count - 1); i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        if (o.isEmpty())
            continue;
        AuditEntry e;
        e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        e.cluster = o.value(QStringLiteral("cluster")).toString();
        e.node = o.value(QStringLiteral("node")).toString();
        e.login = o.value(QStringLiteral("login")).toString();
        e.runAs = o.value(QStringLiteral("runAs")).toString();
        e.kind = o.value(QStringLiteral("kind")).toString();
        e.command = o.value(QStringLiteral("command")).toString();
        e.path = o.value(QStringLiteral("path")).toString();
        e.sha256 = o.value(QStringLiteral("sha256")).toString();
        e.exitCode = o.value(QStringLiteral("exit")).toInt(-1);
        e.failure = o.value(QStringLiteral("failure")).toString();
        e.durationMs = qint64(o.value(QStringLiteral("durationMs")).toDouble());
        e.step = o.value(QStringLiteral("step")).toString();
        entries.append(e);
    }
    while (entries.size() > count)
        entries.removeFirst();
    return entries;
}

} // namespace pgpilot
