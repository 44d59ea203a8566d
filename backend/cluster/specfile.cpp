// SPDX-License-Identifier: GPL-3.0-or-later
#include "specfile.h"

#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::SpecFile", text);
}

const QLatin1String kFormat("pgpilot-cluster");

// Reads typed values out of JSON objects and remembers the first type error with its path.
class Reader
{
public:
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QJsonObject object(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(path, tr("an object"));
        return v.toObject();
    }

    void read(const QJsonObject& o, const QString& key, const QString& path, QString& out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return fail(path, tr("a string"));
        out = v.toString();
    }

    void read(const QJsonObject& o, const QString& key, const QString& path, int& out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        const double d = v.toDouble(-1e300);
        // The range first: converting 1e300 to an integer to see whether it is whole is undefined.
        if (!v.isDouble() || !(d >= -2147483648.0 && d <= 2147483647.0) || d != double(qint64(d)))
            return fail(path, tr("a whole number"));
        out = int(d);
    }

    void read(const QJsonObject& o, const QString& key, const QString& path, QStringList& out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        QStringList list;
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString())
                return fail(path, tr("a list of strings"));
            list << item.toString();
        }
        if (!v.isArray())
            return fail(path, tr("a list of strings"));
        out = list;
    }

    void read(const QJsonObject& o, const QString& key, const QString& path, bool& out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool())
            return fail(path, tr("true or false"));
        out = v.toBool();
    }

    void read(const QJsonObject& o, const QString& key, const QString& path, QList<int>& out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray())
            return fail(path, tr("a list of whole numbers"));
        QList<int> list;
        for (const QJsonValue item : v.toArray()) {
            const double d = item.toDouble(-1e300);
            if (!item.isDouble() || !(d >= 0 && d <= 1000) || d != double(qint64(d)))
                return fail(path, tr("a list of whole numbers"));
            list << int(d);
        }
        out = list;
    }

    // An object of parameter names and values: strings, or numbers and true/false as written
    // ("max_connections": 200 reads as "200", true as "on").
    void read(const QJsonObject& o, const QString& key, const QString& path, QMap<QString, QString>& out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isObject())
            return fail(path, tr("an object of names and values"));
        QMap<QString, QString> map;
        const QJsonObject values = v.toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QJsonValue item = it.value();
            const QString itemPath = QStringLiteral("%1.%2").arg(path, it.key());
            if (item.isString())
                map.insert(it.key(), item.toString());
            else if (item.isBool())
                map.insert(it.key(), item.toBool() ? QStringLiteral("on") : QStringLiteral("off"));
            else if (item.isDouble() && std::isfinite(item.toDouble()))
                map.insert(it.key(), QString::number(item.toDouble(), 'g', 15));
            else
                return fail(itemPath, tr("a value such as \"64MB\", 200 or true"));
        }
        out = map;
    }

    template <typename E>
    void readEnum(const QJsonObject& o, const QString& key, const QString& path, E& out,
        std::optional<E> (*parse)(const QString&))
    {
        QString text;
        read(o, key, path, text);
        if (text.isEmpty())
            return;
        if (const auto value = parse(text))
            out = *value;
        else if (ok())
            m_error = tr("%1: unknown value \"%2\".").arg(path, text);
    }

    void fail(const QString& path, const QString& expected)
    {
        if (ok())
            m_error = tr("%1 must be %2.").arg(path, expected);
    }

private:
    QString m_error;
};

QJsonObject nodeToJson(const NodeSpec& node)
{
    return QJsonObject {
        {QStringLiteral("name"), node.name},
        {QStringLiteral("address"), node.address},
        {QStringLiteral("role"), toId(node.role)},
        {QStringLiteral("interface"), node.interface},
        {QStringLiteral("ssh"),
            QJsonObject {
                {QStringLiteral("user"), node.ssh.user},
                {QStringLiteral("port"), node.ssh.port},
                {QStringLiteral("auth"), toId(node.ssh.auth)},
                {QStringLiteral("keyFile"), node.ssh.keyFile},
                {QStringLiteral("sudo"), toId(node.ssh.sudo)},
                {QStringLiteral("secretRef"), node.ssh.secretRef},
                {QStringLiteral("hostKeyFingerprint"), node.ssh.hostKeyFingerprint},
            }},
    };
}

QJsonObject backupToJson(const BackupSpec& b)
{
    QJsonObject host = nodeToJson(b.host);
    host.remove(QStringLiteral("role"));
    host.remove(QStringLiteral("interface"));
    QJsonObject o {
        {QStringLiteral("repository"), toId(b.repository)},
        {QStringLiteral("path"), b.path},
        {QStringLiteral("retention"),
            QJsonObject {
                {QStringLiteral("full"), b.retentionFull}, {QStringLiteral("diff"), b.retentionDiff}}},
        {QStringLiteral("schedule"),
            QJsonObject {{QStringLiteral("full"), b.fullSchedule}, {QStringLiteral("diff"), b.diffSchedule}}},
        {QStringLiteral("encrypted"), b.encrypted},
        {QStringLiteral("cipherPassRef"), b.cipherPassRef},
        {QStringLiteral("processMax"), b.processMax},
        {QStringLiteral("archiveQueueMax"), b.archiveQueueMax},
    };
    if (b.repository == BackupRepository::Host) // a mounted repository has no host
        o.insert(QStringLiteral("host"), host);
    return o;
}

// The settings section: only what differs from the defaults (a worksheet that changes nothing keeps
// its file as it was).
QJsonObject settingsToJson(const SettingsSpec& settings)
{
    QJsonObject o;
    if (!settings.postgresql.isEmpty()) {
        QJsonObject pg;
        for (auto it = settings.postgresql.cbegin(); it != settings.postgresql.cend(); ++it)
            pg.insert(it.key(), it.value());
        o.insert(QStringLiteral("postgresql"), pg);
    }
    const HaproxyTimings& h = settings.haproxy;
    if (h != HaproxyTimings())
        o.insert(QStringLiteral("haproxy"),
            QJsonObject {
                {QStringLiteral("checkInterMs"), h.checkInterMs},
                {QStringLiteral("checkDownInterMs"), h.checkDownInterMs},
                {QStringLiteral("checkFall"), h.checkFall},
                {QStringLiteral("checkRise"), h.checkRise},
                {QStringLiteral("timeoutConnectMs"), h.timeoutConnectMs},
                {QStringLiteral("timeoutCheckMs"), h.timeoutCheckMs},
                {QStringLiteral("timeoutClientS"), h.timeoutClientS},
                {QStringLiteral("timeoutServerS"), h.timeoutServerS},
            });
    const KeepalivedTimings& k = settings.keepalived;
    if (k != KeepalivedTimings())
        o.insert(QStringLiteral("keepalived"),
            QJsonObject {
                {QStringLiteral("advertIntMs"), k.advertIntMs},
                {QStringLiteral("checkIntervalS"), k.checkIntervalS},
                {QStringLiteral("checkTimeoutS"), k.checkTimeoutS},
                {QStringLiteral("checkFall"), k.checkFall},
                {QStringLiteral("checkRise"), k.checkRise},
            });
    return o;
}

void readSettings(Reader& r, const QJsonObject& o, SettingsSpec& out)
{
    const QString p = QStringLiteral("settings");
    r.read(o, QStringLiteral("postgresql"), p + QStringLiteral(".postgresql"), out.postgresql);
    const QJsonObject h = r.object(o, QStringLiteral("haproxy"), p + QStringLiteral(".haproxy"));
    const QString hp = p + QStringLiteral(".haproxy.");
    HaproxyTimings& ht = out.haproxy;
    r.read(h, QStringLiteral("checkInterMs"), hp + QStringLiteral("checkInterMs"), ht.checkInterMs);
    r.read(
        h, QStringLiteral("checkDownInterMs"), hp + QStringLiteral("checkDownInterMs"), ht.checkDownInterMs);
    r.read(h, QStringLiteral("checkFall"), hp + QStringLiteral("checkFall"), ht.checkFall);
    r.read(h, QStringLiteral("checkRise"), hp + QStringLiteral("checkRise"), ht.checkRise);
    r.read(
        h, QStringLiteral("timeoutConnectMs"), hp + QStringLiteral("timeoutConnectMs"), ht.timeoutConnectMs);
    r.read(h, QStringLiteral("timeoutCheckMs"), hp + QStringLiteral("timeoutCheckMs"), ht.timeoutCheckMs);
    r.read(h, QStringLiteral("timeoutClientS"), hp + QStringLiteral("timeoutClientS"), ht.timeoutClientS);
    r.read(h, QStringLiteral("timeoutServerS"), hp + QStringLiteral("timeoutServerS"), ht.timeoutServerS);
    const QJsonObject k = r.object(o, QStringLiteral("keepalived"), p + QStringLiteral(".keepalived"));
    const QString kp = p + QStringLiteral(".keepalived.");
    KeepalivedTimings& kt = out.keepalived;
    r.read(k, QStringLiteral("advertIntMs"), kp + QStringLiteral("advertIntMs"), kt.advertIntMs);
    r.read(k, QStringLiteral("checkIntervalS"), kp + QStringLiteral("checkIntervalS"), kt.checkIntervalS);
    r.read(k, QStringLiteral("checkTimeoutS"), kp + QStringLiteral("checkTimeoutS"), kt.checkTimeoutS);
    r.read(k, QStringLiteral("checkFall"), kp + QStringLiteral("checkFall"), kt.checkFall);
    r.read(k, QStringLiteral("checkRise"), kp + QStringLiteral("checkRise"), kt.checkRise);
}

void readNode(Reader& r, const QJsonObject& n, const QString& path, NodeSpec& node)
{
    r.read(n, QStringLiteral("name"), path + QStringLiteral(".name"), node.name);
    r.read(n, QStringLiteral("address"), path + QStringLiteral(".address"), node.address);
    r.readEnum(n, QStringLiteral("role"), path + QStringLiteral(".role"), node.role, nodeRoleFromString);
    r.read(n, QStringLiteral("interface"), path + QStringLiteral(".interface"), node.interface);
    const QJsonObject s = r.object(n, QStringLiteral("ssh"), path + QStringLiteral(".ssh"));
    r.read(s, QStringLiteral("user"), path + QStringLiteral(".ssh.user"), node.ssh.user);
    r.read(s, QStringLiteral("port"), path + QStringLiteral(".ssh.port"), node.ssh.port);
    r.readEnum(
        s, QStringLiteral("auth"), path + QStringLiteral(".ssh.auth"), node.ssh.auth, sshAuthFromString);
    r.read(s, QStringLiteral("keyFile"), path + QStringLiteral(".ssh.keyFile"), node.ssh.keyFile);
    r.readEnum(
        s, QStringLiteral("sudo"), path + QStringLiteral(".ssh.sudo"), node.ssh.sudo, sudoModeFromString);
    r.read(s, QStringLiteral("secretRef"), path + QStringLiteral(".ssh.secretRef"), node.ssh.secretRef);
    r.read(s, QStringLiteral("hostKeyFingerprint"), path + QStringLiteral(".ssh.hostKeyFingerprint"),
        node.ssh.hostKeyFingerprint);
}

void readBackup(Reader& r, const QJsonObject& b, BackupSpec& out)
{
    const QString p = QStringLiteral("backup");
    r.readEnum(b, QStringLiteral("repository"), p + QStringLiteral(".repository"), out.repository,
        backupRepositoryFromString);
    const QJsonObject host = r.object(b, QStringLiteral("host"), p + QStringLiteral(".host"));
    readNode(r, host, p + QStringLiteral(".host"), out.host);
    r.read(b, QStringLiteral("path"), p + QStringLiteral(".path"), out.path);
    const QJsonObject ret = r.object(b, QStringLiteral("retention"), p + QStringLiteral(".retention"));
    r.read(ret, QStringLiteral("full"), p + QStringLiteral(".retention.full"), out.retentionFull);
    r.read(ret, QStringLiteral("diff"), p + QStringLiteral(".retention.diff"), out.retentionDiff);
    const QJsonObject sched = r.object(b, QStringLiteral("schedule"), p + QStringLiteral(".schedule"));
    r.read(sched, QStringLiteral("full"), p + QStringLiteral(".schedule.full"), out.fullSchedule);
    r.read(sched, QStringLiteral("diff"), p + QStringLiteral(".schedule.diff"), out.diffSchedule);
    r.read(b, QStringLiteral("encrypted"), p + QStringLiteral(".encrypted"), out.encrypted);
    r.read(b, QStringLiteral("cipherPassRef"), p + QStringLiteral(".cipherPassRef"), out.cipherPassRef);
    r.read(b, QStringLiteral("processMax"), p + QStringLiteral(".processMax"), out.processMax);
    r.read(b, QStringLiteral("archiveQueueMax"), p + QStringLiteral(".archiveQueueMax"), out.archiveQueueMax);
}

} // namespace

QJsonObject specToJson(const ClusterSpec& spec)
{
    QJsonArray nodes;
    for (const NodeSpec& node : spec.nodes)
        nodes.append(nodeToJson(node));
    QJsonObject root {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("schemaVersion"), kClusterFileSchemaVersion},
        {QStringLiteral("name"), spec.name},
        {QStringLiteral("platform"), toId(spec.platform)},
        {QStringLiteral("postgresVersion"), spec.postgresVersion},
        {QStringLiteral("install"),
            QJsonObject {
                {QStringLiteral("source"), toId(spec.install.source)},
                {QStringLiteral("mirrorUrl"), spec.install.mirrorUrl},
                {QStringLiteral("mirrorSuite"), spec.install.mirrorSuite},
                {QStringLiteral("mirrorComponents"), spec.install.mirrorComponents},
                {QStringLiteral("mirrorTrusted"), spec.install.mirrorTrusted},
            }},
        {QStringLiteral("network"),
            QJsonObject {
                {QStringLiteral("subnet"), spec.network.subnet},
                {QStringLiteral("vip"), spec.network.vip},
                {QStringLiteral("vipPrefixLength"), spec.network.vipPrefixLength},
                {QStringLiteral("vrrpRouterId"), spec.network.vrrpRouterId},
            }},
        {QStringLiteral("ports"),
            QJsonObject {
                {QStringLiteral("postgres"), spec.ports.postgres},
                {QStringLiteral("write"), spec.ports.write},
                {QStringLiteral("read"), spec.ports.read},
                {QStringLiteral("health"), spec.ports.health},
                {QStringLiteral("haproxyStats"), spec.ports.haproxyStats},
            }},
        {QStringLiteral("replication"),
            QJsonObject {
                {QStringLiteral("mode"), toId(spec.replication.mode)},
                {QStringLiteral("syncQuorum"), spec.replication.syncQuorum},
                {QStringLiteral("maxSlotWalKeepSize"), spec.replication.maxSlotWalKeepSize},
            }},
        {QStringLiteral("archiving"),
            QJsonObject {
                {QStringLiteral("mode"), toId(spec.archiving.mode)},
                {QStringLiteral("directory"), spec.archiving.directory},
            }},
        {QStringLiteral("tls"), QJsonObject {{QStringLiteral("mode"), toId(spec.tls.mode)}}},
        {QStringLiteral("application"),
            QJsonObject {
                {QStringLiteral("subnet"), spec.application.subnet},
                {QStringLiteral("database"), spec.application.database},
                {QStringLiteral("role"), spec.application.role},
            }},
        {QStringLiteral("ssh"), QJsonObject {{QStringLiteral("knownHostsFile"), spec.knownHostsFile}}},
        {QStringLiteral("repmgrPasswordRef"), spec.repmgrPasswordRef},
        {QStringLiteral("nodes"), nodes},
    };
    if (spec.adopted.adopted) { // optional: only for a cluster adopted and not converged yet
        QJsonObject adopted {
            {QStringLiteral("healthService"), spec.adopted.healthService},
            {QStringLiteral("healthPrimaryPath"), spec.adopted.healthPrimaryPath},
            {QStringLiteral("healthReplicaPath"), spec.adopted.healthReplicaPath},
            {QStringLiteral("monitorRole"), spec.adopted.monitorRole},
            {QStringLiteral("haproxyStats"), spec.adopted.haproxyStats},
        };
        if (!spec.adopted.convergedPhases.isEmpty()) {
            QJsonArray phases;
            for (int n : spec.adopted.convergedPhases)
                phases.append(n);
            adopted.insert(QStringLiteral("convergedPhases"), phases);
        }
        root.insert(QStringLiteral("adopted"), adopted);
    }
    if (spec.archiving.mode == ArchivingMode::PgBackRest) // optional: only with pgBackRest
        root.insert(QStringLiteral("backup"), backupToJson(spec.backup));
    if (!spec.settings.isDefault()) // optional: absent when nothing differs from the defaults
        root.insert(QStringLiteral("settings"), settingsToJson(spec.settings));
    if (!spec.network.monitorSources.isEmpty()) { // optional: absent when empty
        QJsonObject net = root.value(QStringLiteral("network")).toObject();
        net.insert(QStringLiteral("monitorSources"), QJsonArray::fromStringList(spec.network.monitorSources));
        root.insert(QStringLiteral("network"), net);
    }
    return root;
}

QByteArray specToBytes(const ClusterSpec& spec)
{
    return QJsonDocument(specToJson(spec)).toJson(QJsonDocument::Indented);
}

SpecLoadResult specFromBytes(const QByteArray& bytes)
{
    SpecLoadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), bytes.size());
        const int line = int(bytes.left(offset).count('\n')) + 1;
        result.error
            = tr("The file is not valid JSON (line %1: %2). It may be damaged or not a pgpilot cluster file.")
                  .arg(line)
                  .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = tr("The file is JSON but not a pgpilot cluster file (no object at the top).");
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        result.error = tr("This is not a pgpilot cluster file (\"format\" is not \"%1\").").arg(kFormat);
        return result;
    }
    const QJsonValue versionValue = root.value(QStringLiteral("schemaVersion"));
    const int version = versionValue.isDouble() ? versionValue.toInt(-1) : -1;
    if (version < 1) {
        result.error = tr("The file has no valid schemaVersion.");
        return result;
    }
    if (version > kClusterFileSchemaVersion) {
        result.error
            = tr("The file was written by a newer pgpilot (schema version %1; this one reads up to %2). "
                 "Open it with that version; the file was left unchanged.")
                  .arg(version)
                  .arg(kClusterFileSchemaVersion);
        return result;
    }

    ClusterSpec spec;
    spec.nodes.clear();
    Reader r;
    r.read(root, QStringLiteral("name"), QStringLiteral("name"), spec.name);
    r.readEnum(
        root, QStringLiteral("platform"), QStringLiteral("platform"), spec.platform, platformFromString);
    r.read(root, QStringLiteral("postgresVersion"), QStringLiteral("postgresVersion"), spec.postgresVersion);

    const QJsonObject install = r.object(root, QStringLiteral("install"), QStringLiteral("install"));
    r.readEnum(install, QStringLiteral("source"), QStringLiteral("install.source"), spec.install.source,
        installSourceFromString);
    r.read(install, QStringLiteral("mirrorUrl"), QStringLiteral("install.mirrorUrl"), spec.install.mirrorUrl);
    r.read(install, QStringLiteral("mirrorSuite"), QStringLiteral("install.mirrorSuite"),
        spec.install.mirrorSuite);
    r.read(install, QStringLiteral("mirrorComponents"), QStringLiteral("install.mirrorComponents"),
        spec.install.mirrorComponents);
    r.read(install, QStringLiteral("mirrorTrusted"), QStringLiteral("install.mirrorTrusted"),
        spec.install.mirrorTrusted);

    const QJsonObject net = r.object(root, QStringLiteral("network"), QStringLiteral("network"));
    r.read(net, QStringLiteral("subnet"), QStringLiteral("network.subnet"), spec.network.subnet);
    r.read(net, QStringLiteral("vip"), QStringLiteral("network.vip"), spec.network.vip);
    r.read(net, QStringLiteral("vipPrefixLength"), QStringLiteral("network.vipPrefixLength"),
        spec.network.vipPrefixLength);
    r.read(net, QStringLiteral("vrrpRouterId"), QStringLiteral("network.vrrpRouterId"),
        spec.network.vrrpRouterId);
    r.read(net, QStringLiteral("monitorSources"), QStringLiteral("network.monitorSources"),
        spec.network.monitorSources);

    const QJsonObject ports = r.object(root, QStringLiteral("ports"), QStringLiteral("ports"));
    r.read(ports, QStringLiteral("postgres"), QStringLiteral("ports.postgres"), spec.ports.postgres);
    r.read(ports, QStringLiteral("write"), QStringLiteral("ports.write"), spec.ports.write);
    r.read(ports, QStringLiteral("read"), QStringLiteral("ports.read"), spec.ports.read);
    r.read(ports, QStringLiteral("health"), QStringLiteral("ports.health"), spec.ports.health);
    r.read(
        ports, QStringLiteral("haproxyStats"), QStringLiteral("ports.haproxyStats"), spec.ports.haproxyStats);

    const QJsonObject repl = r.object(root, QStringLiteral("replication"), QStringLiteral("replication"));
    r.readEnum(repl, QStringLiteral("mode"), QStringLiteral("replication.mode"), spec.replication.mode,
        replicationModeFromString);
    r.read(repl, QStringLiteral("syncQuorum"), QStringLiteral("replication.syncQuorum"),
        spec.replication.syncQuorum);
    r.read(repl, QStringLiteral("maxSlotWalKeepSize"), QStringLiteral("replication.maxSlotWalKeepSize"),
        spec.replication.maxSlotWalKeepSize);

    const QJsonObject archiving = r.object(root, QStringLiteral("archiving"), QStringLiteral("archiving"));
    r.readEnum(archiving, QStringLiteral("mode"), QStringLiteral("archiving.mode"), spec.archiving.mode,
        archivingModeFromString);
    r.read(archiving, QStringLiteral("directory"), QStringLiteral("archiving.directory"),
        spec.archiving.directory);

    if (root.contains(QStringLiteral("backup")))
        readBackup(r, r.object(root, QStringLiteral("backup"), QStringLiteral("backup")), spec.backup);

    // No "tls" object (a worksheet from before TLS): verified TLS, the default.
    const QJsonObject tls = r.object(root, QStringLiteral("tls"), QStringLiteral("tls"));
    r.readEnum(tls, QStringLiteral("mode"), QStringLiteral("tls.mode"), spec.tls.mode, tlsModeFromString);

    const QJsonObject app = r.object(root, QStringLiteral("application"), QStringLiteral("application"));
    r.read(app, QStringLiteral("subnet"), QStringLiteral("application.subnet"), spec.application.subnet);
    r.read(
        app, QStringLiteral("database"), QStringLiteral("application.database"), spec.application.database);
    r.read(app, QStringLiteral("role"), QStringLiteral("application.role"), spec.application.role);

    if (root.contains(QStringLiteral("adopted"))) {
        const QJsonObject a = r.object(root, QStringLiteral("adopted"), QStringLiteral("adopted"));
        spec.adopted.adopted = true;
        r.read(a, QStringLiteral("healthService"), QStringLiteral("adopted.healthService"),
            spec.adopted.healthService);
        r.read(a, QStringLiteral("healthPrimaryPath"), QStringLiteral("adopted.healthPrimaryPath"),
            spec.adopted.healthPrimaryPath);
        r.read(a, QStringLiteral("healthReplicaPath"), QStringLiteral("adopted.healthReplicaPath"),
            spec.adopted.healthReplicaPath);
        r.read(a, QStringLiteral("monitorRole"), QStringLiteral("adopted.monitorRole"),
            spec.adopted.monitorRole);
        r.read(a, QStringLiteral("haproxyStats"), QStringLiteral("adopted.haproxyStats"),
            spec.adopted.haproxyStats);
        r.read(a, QStringLiteral("convergedPhases"), QStringLiteral("adopted.convergedPhases"),
            spec.adopted.convergedPhases);
    }

    // No "settings" object (a worksheet from before the section): the defaults, nothing of the DBA's.
    readSettings(r, r.object(root, QStringLiteral("settings"), QStringLiteral("settings")), spec.settings);

    const QJsonObject ssh = r.object(root, QStringLiteral("ssh"), QStringLiteral("ssh"));
    r.read(ssh, QStringLiteral("knownHostsFile"), QStringLiteral("ssh.knownHostsFile"), spec.knownHostsFile);
    r.read(root, QStringLiteral("repmgrPasswordRef"), QStringLiteral("repmgrPasswordRef"),
        spec.repmgrPasswordRef);

    const QJsonValue nodesValue = root.value(QStringLiteral("nodes"));
    if (!nodesValue.isUndefined() && !nodesValue.isArray())
        r.fail(QStringLiteral("nodes"), tr("a list"));
    const QJsonArray nodes = nodesValue.toArray();
    for (qsizetype i = 0; i < nodes.size() && r.ok(); ++i) {
        const QString path = QStringLiteral("nodes[%1]").arg(i);
        if (!nodes.at(i).isObject()) {
            r.fail(path, tr("an object"));
            break;
        }
        NodeSpec node;
        readNode(r, nodes.at(i).toObject(), path, node);
        spec.nodes.append(node);
    }
    if (!r.ok()) {
        result.error = tr("The cluster file is damaged: %1").arg(r.error());
        return result;
    }
    result.spec = spec;
    return result;
}

SpecLoadResult loadSpecFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SpecLoadResult result;
        result.error = tr("Could not open %1: %2").arg(path, file.errorString());
        return result;
    }
    // A cluster file is a few kilobytes; refuse to read something that clearly is not one.
    constexpr qint64 kMaxSize = 4 * 1024 * 1024;
    if (file.size() > kMaxSize) {
        SpecLoadResult result;
        result.error
            = tr("%1 is too large (%2 bytes) to be a pgpilot cluster file.").arg(path).arg(file.size());
        return result;
    }
    SpecLoadResult result = specFromBytes(file.readAll());
    if (!result.spec)
        result.error = QStringLiteral("%1: %2").arg(path, result.error);
    return result;
}

bool saveSpecFile(const ClusterSpec& spec, const QString& path, QString* error)
{
    return writeFileAtomically(path, specToBytes(spec), error);
}

} // namespace pgpilot
