// SPDX-License-Identifier: GPL-3.0-or-later
#include "knownhosts.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::KnownHosts", text);
}

bool plausibleKeyType(const QByteArray& type)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9@.-]{2,63}$"));
    return re.match(QString::fromLatin1(type)).hasMatch();
}

} // namespace

QString knownHostName(const QString& host, int port)
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QList<KnownHostKey> knownHostKeys(const QString& knownHostsFile, const QString& host, int port)
{
    QList<KnownHostKey> keys;
    QFile file(knownHostsFile);
    if (!file.open(QIODevice::ReadOnly))
        return keys;
    const QByteArray name = knownHostName(host, port).toUtf8();
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < 3 || fields.at(0).startsWith('#') || fields.at(0).startsWith('@'))
            continue;
        if (!fields.at(0).split(',').contains(name) || !plausibleKeyType(fields.at(1)))
            continue;
        const auto decoded
            = QByteArray::fromBase64Encoding(fields.at(2), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || (*decoded).isEmpty())
            continue;
        keys << KnownHostKey {QString::fromLatin1(fields.at(1)), *decoded};
    }
    return keys;
}

QByteArray verifiedKnownHosts(const QList<HostKeySource>& nodes, QString* error)
{
    QByteArray text;
    for (const HostKeySource& node : nodes) {
        const QList<KnownHostKey> keys = knownHostKeys(node.knownHostsFile, node.host, node.port);
        if (keys.isEmpty()) {
            if (error)
                *error = tr("pgpilot holds no verified SSH host key for %1 (%2) in %3, so it cannot tell "
                            "the other nodes which key to expect.")
                             .arg(node.nodeName, knownHostName(node.host, node.port), node.knownHostsFile);
            return {};
        }
        const QByteArray name = knownHostName(node.host, node.port).toUtf8();
        for (const KnownHostKey& key : keys)
            text += name + ' ' + key.type.toLatin1() + ' ' + key.blob.toBase64() + '\n';
    }
    return text;
}

} // namespace pgpilot
