// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria.h"

#include <QRegularExpression>
#include <QStringList>

namespace pgpilot::criteria {

QList<ClusterShowRow> parseClusterShowCsv(const QByteArray& out)
{
    QList<ClusterShowRow> rows;
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QStringList f = line.trimmed().split(QLatin1Char(','));
        if (f.size() < 2)
            continue;
        bool ok1 = false;
        bool ok2 = false;
        ClusterShowRow row;
        row.nodeId = f.at(0).toInt(&ok1);
        row.connection = f.at(1).toInt(&ok2);
        if (!ok1 || !ok2)
            continue;
        if (f.size() >= 3) {
            bool ok3 = false;
            row.recovery = f.at(2).toInt(&ok3);
            if (!ok3)
                row.recovery = -1;
        }
        rows << row;
    }
    return rows;
}

QList<AddrLine> parseIpAddr(const QByteArray& out)
{
    QList<AddrLine> result;
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        // index, interface, family, address/prefix, ...
        if (f.size() < 4 || (f.at(2) != QLatin1String("inet") && f.at(2) != QLatin1String("inet6")))
            continue;
        AddrLine a;
        a.interface = f.at(1);
        if (a.interface.endsWith(QLatin1Char(':')))
            a.interface.chop(1);
        const int at = int(a.interface.indexOf(QLatin1Char('@')));
        if (at > 0)
            a.interface = a.interface.left(at);
        const QString cidr = f.at(3);
        const int slash = int(cidr.indexOf(QLatin1Char('/')));
        a.address = slash < 0 ? cidr : cidr.left(slash);
        a.prefix = slash < 0 ? -1 : cidr.mid(slash + 1).toInt();
        result << a;
    }
    return result;
}

QList<Listener> parseSsListeners(const QByteArray& out)
{
    static const QRegularExpression proc(QStringLiteral("users:\\(\\(\"([^\"]+)\""));
    QList<Listener> result;
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        // State Recv-Q Send-Q Local:Port Peer:Port [Process]
        if (f.size() < 5)
            continue;
        const QString local = f.at(3);
        const int colon = int(local.lastIndexOf(QLatin1Char(':')));
        if (colon < 0)
            continue;
        Listener l;
        l.port = local.mid(colon + 1).toInt();
        const auto m = proc.match(line);
        if (m.hasMatch())
            l.process = m.captured(1);
        result << l;
    }
    return result;
}

QString keyValue(const QByteArray& out, const QString& key)
{
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    const QString prefix = key + QLatin1Char('=');
    for (const QString& line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

} // namespace pgpilot::criteria
