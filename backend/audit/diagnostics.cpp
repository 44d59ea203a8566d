// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics.h"

#include "cluster/specfile.h"
#include "core/settings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSysInfo>

#include <deque>

namespace pgpilot {

namespace {

QMutex g_mutex;
std::deque<QString> g_lines;
int g_capacity = 0;
QtMessageHandler g_previous = nullptr;

const char* typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// Log lines should never carry secrets; this catches "password=..." shapes should one slip in.
QString maskInline(QString line)
{
    static const QRegularExpression kAssignment(
        QStringLiteral("((?:password|passwd|secret|passphrase|token)[\"']?\\s*[=:]\\s*)\\S+"),
        QRegularExpression::CaseInsensitiveOption);
    return line.replace(kAssignment, QStringLiteral("\\1***"));
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines.push_back(QStringLiteral("%1 %2 %3: %4")
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                                  QLatin1String(context.category ? context.category : "default"),
                                  QLatin1String(typeName(type)), maskInline(message)));
        while (int(g_lines.size()) > g_capacity)
            g_lines.pop_front();
    }
    if (g_previous)
        g_previous(type, context, message);
}

bool isSecretKey(const QString& key)
{
    static const QRegularExpression kSecret(
        QStringLiteral("password|passwd|secret|passphrase|token"), QRegularExpression::CaseInsensitiveOption);
    return kSecret.match(key).hasMatch();
}

QJsonArray redactArray(const QJsonArray& array)
{
    QJsonArray out;
    for (const QJsonValue& v : array) {
        if (v.isObject())
            out.append(redactSecrets(v.toObject()));
        else if (v.isArray())
            out.append(redactArray(v.toArray()));
        else
            out.append(v);
    }
    return out;
}

} // namespace

void logrecorder::install(int capacity)
{
    QMutexLocker lock(&g_mutex);
    g_capacity = qMax(1, capacity);
    if (!g_previous) {
        g_previous = qInstallMessageHandler(handler);
        // Installing twice would make the recorder its own "previous" handler.
        if (g_previous == handler)
            g_previous = nullptr;
    }
}

QStringList logrecorder::recentLines(int max)
{
    QMutexLocker lock(&g_mutex);
    QStringList lines;
    const int skip = qMax(0, int(g_lines.size()) - max);
    for (int i = skip; i < int(g_lines.size()); ++i)
        lines << g_lines[std::size_t(i)];
    return lines;
}

QJsonObject redactSecrets(const QJsonObject& object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretKey(it.key()) && !it.value().isObject() && !it.value().isArray())
            out.insert(it.key(), it.value().toString().isEmpty() ? QString() : QStringLiteral("(not shown)"));
        else if (it.value().isObject())
            out.insert(it.key(), redactSecrets(it.value().toObject()));
        else if (it.value().isArray())
            out.insert(it.key(), redactArray(it.value().toArray()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

QString diagnosticsReport(const DiagnosticsInput& input)
{
    QString text;
    auto line = [&text](const QString& key, const QString& value) {
        text += key + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    text += QStringLiteral("# pgpilot diagnostics\n");
    line(QStringLiteral("pgpilot"), input.appVersion);
    line(QStringLiteral("Qt"),
        QStringLiteral("%1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)));
    line(QStringLiteral("OS"), QSysInfo::prettyProductName());
    line(QStringLiteral("kernel"), QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion());
    line(QStringLiteral("CPU"), QSysInfo::currentCpuArchitecture());
    if (!input.guiPlatform.isEmpty())
        line(QStringLiteral("display"), input.guiPlatform);
    line(QStringLiteral("locale"),
        QLocale().name() + QStringLiteral(" (UI: ") + QLocale().uiLanguages().join(QLatin1Char(','))
            + QLatin1Char(')'));
    const DataLocations locations = dataLocations();
    line(QStringLiteral("settings"), locations.settingsFile);
    line(QStringLiteral("data"), locations.dataDirectory);
    line(QStringLiteral("cache"), locations.cacheDirectory);
    line(QStringLiteral("QT_LOGGING_RULES"),
        qEnvironmentVariable("QT_LOGGING_RULES", QStringLiteral("(not set)")));
    line(QStringLiteral("cluster file"),
        input.clusterFile.isEmpty() ? QStringLiteral("(none)") : input.clusterFile);
    if (input.spec) {
        text += QStringLiteral("\n## cluster spec (passwords and secret names removed)\n");
        text += QString::fromUtf8(
            QJsonDocument(redactSecrets(specToJson(*input.spec))).toJson(QJsonDocument::Indented));
    }
    const QStringList lines = logrecorder::recentLines(input.logLines);
    text += QStringLiteral("\n## last %1 log lines\n").arg(lines.size());
    for (const QString& l : lines)
        text += l + QLatin1Char('\n');
    return text;
}

} // namespace pgpilot
