#include "probeparse.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace pgpilot {

bool parseHaproxyCsv(const QByteArray& csv, QList<HaproxyBackend>* backends, QString* error)
{
    backends->clear();
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("# ")) {
        if (error)
            *error = QCoreApplication::translate("pgpilot::Monitor", "not HAProxy CSV statistics");
        return false;
    }
    QHash<QByteArray, int> column;
    const QList<QByteArray> header = lines.first().mid(2).trimmed().split(',');
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed(), i);
    const int px = column.value("pxname", -1);
    const int sv = column.value("svname", -1);
    const int status = column.value("status", -1);
    const int scur = column.value("scur", -1);
    const int stot = column.value("stot", -1);
    const int type = column.value("type", -1);
    if (px < 0 || sv < 0 || status < 0) {
        if (error)
            *error
                = QCoreApplication::translate("pgpilot::Monitor", "HAProxy CSV without pxname/svname/status");
        return false;
    }
    QList<HaproxyBackend> all;
    auto backendFor = [&all](const QString& name) -> HaproxyBackend& {
        for (auto& b : all) {
            if (b.name == name)
                return b;
        }
        all.append(HaproxyBackend {name, {}, {}});
        return all.last();
    };
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split(',');
        auto field = [&f](int index) {
            return index >= 0 && index < f.size() ? QString::fromUtf8(f.at(index)) : QString();
        };
        const QString proxy = field(px);
        const QString server = field(sv);
        const QString kind = field(type);
        if (server == QLatin1String("FRONTEND") || kind == QLatin1String("0") || kind == QLatin1String("3"))
            continue;
        if (server == QLatin1String("BACKEND") || kind == QLatin1String("1")) {
            backendFor(proxy).status = field(status);
            continue;
        }
        HaproxyServer s;
        s.name = server;
        s.status = field(status);
        s.currentSessions = field(scur).toInt();
        s.totalSessions = field(stot).toLongLong();
        backendFor(proxy).servers.append(s);
    }
    // Proxies without servers (the stats listener, frontends) route nothing.
    for (const auto& b : all) {
        if (!b.servers.isEmpty())
            backends->append(b);
    }
    return true;
}

bool parseHealthBody(const QByteArray& body, HealthStatus* status)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    status->role = o.value(QLatin1String("role")).toString();
    const QJsonValue tli = o.value(QLatin1String("timeline"));
    if (tli.isDouble())
        status->timeline = tli.toInt();
    const QJsonValue lag = o.value(QLatin1String("lag_bytes"));
    if (lag.isDouble())
        status->lagBytes = qint64(lag.toDouble());
    status->walReceiver = o.value(QLatin1String("wal_receiver")).toString();
    status->bodyError = o.value(QLatin1String("error")).toString();
    return true;
}

} // namespace pgpilot
