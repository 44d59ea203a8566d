// SPDX-License-Identifier: GPL-3.0-or-later
#include "connector.h"

#include "secrets/secretstore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <memory>

namespace pgpilot {

QString defaultKnownHostsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("known_hosts"));
}

std::shared_ptr<ConnectionSettings> proxyJumpFromSshConfig(
    const QString& configPath, const QStringList& hostNames, const ConnectionSettings& base)
{
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    bool matching = true; // lines before any Host block apply to every host
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString keyword = line.section(QRegularExpression(QStringLiteral("[\\s=]+")), 0, 0).toLower();
        const QString value = line.section(QRegularExpression(QStringLiteral("[\\s=]+")), 1).trimmed();
        if (keyword == QLatin1String("host")) {
            matching = false;
            bool negated = false;
            for (const QString& pattern : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const bool negate = pattern.startsWith(QLatin1Char('!'));
                const QRegularExpression re(
                    QRegularExpression::wildcardToRegularExpression(negate ? pattern.mid(1) : pattern));
                for (const QString& name : hostNames) {
                    if (re.match(name).hasMatch())
                        (negate ? negated : matching) = true;
                }
            }
            matching = matching && !negated;
        } else if (keyword == QLatin1String("match")) {
            matching = false; // Match blocks are beyond what pgpilot reads
        } else if (matching && keyword == QLatin1String("proxyjump")
            && value.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
            QString first = value.section(QLatin1Char(','), 0, 0).trimmed();
            auto jump = std::make_shared<ConnectionSettings>(base);
            jump->jump.reset();
            jump->nodeName = QStringLiteral("%1's jump host").arg(base.nodeName);
            if (first.contains(QLatin1Char('@'))) {
                jump->user = first.section(QLatin1Char('@'), 0, 0);
                first = first.section(QLatin1Char('@'), 1);
            }
            jump->port = 22;
            if (first.startsWith(QLatin1Char('['))) { // [v6]:port
                jump->host = first.section(QLatin1Char(']'), 0, 0).mid(1);
                if (first.contains(QStringLiteral("]:")))
                    jump->port = first.section(QStringLiteral("]:"), 1).toInt();
            } else if (first.count(QLatin1Char(':')) == 1) {
                jump->host = first.section(QLatin1Char(':'), 0, 0);
                jump->port = first.section(QLatin1Char(':'), 1).toInt();
            } else {
                jump->host = first;
            }
            // The jump host's own sudo never matters: nothing runs there.
            jump->sudo = SudoMode::None;
            return jump->host.isEmpty() || jump->port <= 0 ? nullptr : jump;
        }
    }
    return nullptr;
}

ClusterConnector::ClusterConnector(QObject* parent)
    : QObject(parent)
{ }

ConnectionSettings ClusterConnector::settingsFor(const ClusterSpec& spec, const NodeSpec& node)
{
    ConnectionSettings s;
    s.nodeName = node.name;
    s.host = node.address;
    s.port = node.ssh.port;
    s.user = node.ssh.user;
    s.auth = node.ssh.auth;
    s.keyFile = node.ssh.keyFile;
    s.sudo = node.ssh.sudo;
    s.knownHostsFile = spec.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : spec.knownHostsFile;
    if (!node.ssh.hostKeyFingerprint.isEmpty())
        s.trustedFingerprints.insert(node.ssh.hostKeyFingerprint);
    s.jump = proxyJumpFromSshConfig(
        QDir::homePath() + QStringLiteral("/.ssh/config"), {node.address, node.name}, s);
    return s;
}

bool ClusterConnector::needsSecret(const SshSettings& ssh)
{
    return ssh.auth == SshAuth::Password || ssh.sudo == SudoMode::Password
        || (ssh.auth == SshAuth::Key && !ssh.secretRef.isEmpty());
}

void ClusterConnector::applySecret(
    ConnectionSettings& settings, const SshSettings& ssh, const QByteArray& value)
{
    if (ssh.auth != SshAuth::Agent)
        settings.secret = value;
    if (ssh.sudo == SudoMode::Password)
        settings.sudoPassword = value;
}

void ClusterConnector::prepare(const ClusterSpec& spec, SecretStore* secrets, Done done)
{
    auto nodes = std::make_shared<QList<ConnectionSettings>>();
    QSet<QString> refs;
    const QList<NodeSpec> hosts = spec.hosts(); // the nodes, then the repository host
    for (const NodeSpec& node : hosts) {
        ConnectionSettings s = settingsFor(spec, node);
        if (m_confirmed.contains(node.name))
            s.trustedFingerprints.insert(m_confirmed.value(node.name));
        nodes->append(s);
        const bool needs = needsSecret(node.ssh);
        if (needs && !node.ssh.secretRef.isEmpty())
            refs.insert(node.ssh.secretRef);
        else if (needs)
            return done({}, tr("%1 needs a password but the worksheet names none.").arg(node.name));
    }
    if (refs.isEmpty())
        return done(*nodes, {});
    if (!secrets)
        return done({}, tr("Passwords are needed but no secret store is available."));
    auto values = std::make_shared<QHash<QString, QByteArray>>();
    auto missing = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(int(refs.size()));
    for (const QString& ref : refs) {
        secrets->read(ref, [=](const SecretStore::Result& r) {
            if (r.status == SecretStore::Status::Ok)
                values->insert(ref, r.value);
            else
                missing->append(ref);
            if (--*remaining > 0)
                return;
            if (!missing->isEmpty()) {
                done({},
                    tr("These passwords are not in the keychain: %1. Enter them on the worksheet and save.")
                        .arg(missing->join(QStringLiteral(", "))));
                return;
            }
            for (qsizetype i = 0; i < nodes->size(); ++i) {
                const NodeSpec& n = hosts.at(i);
                applySecret((*nodes)[i], n.ssh, values->value(n.ssh.secretRef));
            }
            done(*nodes, {});
        });
    }
}

} // namespace pgpilot
