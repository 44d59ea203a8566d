// SPDX-License-Identifier: GPL-3.0-or-later
#include "adopter.h"

#include "remote/connector.h"
#include "remote/sshhost.h"
#include "runbook/configfiles.h"
#include "secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QUrl>

#include <memory>

namespace pgpilot {

namespace {

constexpr int kCommandTimeoutMs = 30000;
constexpr int kHttpTimeoutMs = 3000;

// The first line of a command's error output, for a message.
QString firstLine(const QByteArray& text)
{
    return QString::fromUtf8(text).trimmed().section(QLatin1Char('\n'), 0, 0).left(300);
}

} // namespace

Adopter::Adopter(QString seedAddress, AdoptOptions options, QHash<QString, QString> confirmed,
    SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_seed(std::move(seedAddress))
    , m_options(std::move(options))
    , m_confirmed(std::move(confirmed))
    , m_secrets(secrets)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<AdoptResult>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_result.discovery.seedAddress = m_seed;
}

Adopter::~Adopter() = default;

void Adopter::setAuditOf(const ClusterSpec& spec)
{
    m_auditOf = spec;
    m_options.knownHostsFile = spec.knownHostsFile;
    m_options.name = spec.name;
    m_result.discovery.healthPort = spec.ports.health;
}

RemoteHost* Adopter::hostFor(const QString& address, const QString& name)
{
    if (RemoteHost* host = m_hosts.value(address))
        return host;
    ClusterSpec spec;
    spec.knownHostsFile = m_options.knownHostsFile;
    NodeSpec node;
    node.name = name.isEmpty() ? address : name;
    node.address = address;
    node.ssh = m_options.ssh;
    if (m_auditOf) { // the worksheet's own settings for the node
        for (const NodeSpec& n : m_auditOf->nodes) {
            if (n.address == address) {
                node.ssh = n.ssh;
                node.name = n.name;
            }
        }
    }
    ConnectionSettings settings = ClusterConnector::settingsFor(spec, node);
    if (ClusterConnector::needsSecret(node.ssh))
        ClusterConnector::applySecret(settings, node.ssh, m_loginSecrets.value(node.ssh.secretRef));
    for (const QString& key : {address, name}) {
        if (!key.isEmpty() && m_confirmed.contains(key))
            settings.trustedFingerprints.insert(m_confirmed.value(key));
    }
    auto* host = new SshHost(settings, this);
    m_hosts.insert(address, host);
    return host;
}

void Adopter::run(RemoteHost* host, const RunRequest& request, std::function<void(const RunResult&)> done)
{
    const quint64 job = host->run(request);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = connect(host, &RemoteHost::finished, this, [job, connection, done](quint64 id, const RunResult& r) {
              if (id != job)
                  return;
              disconnect(*connection);
              done(r);
          });
}

bool Adopter::hostKeyProblem(const QString& address, const RunResult& r)
{
    if (r.failure == RunResult::Failure::HostKeyUnknown) {
        m_result.unknownHostKeys << QStringLiteral("%1 %2").arg(address, r.offeredFingerprint);
        return true;
    }
    return false;
}

void Adopter::start()
{
    readLoginSecrets([this] { begin(); });
}

void Adopter::readLoginSecrets(std::function<void()> next)
{
    QStringList refs;
    QList<SshSettings> logins {m_options.ssh};
    if (m_auditOf) {
        logins.clear();
        for (const NodeSpec& n : m_auditOf->nodes)
            logins << n.ssh;
    }
    for (const SshSettings& ssh : logins) {
        if (!ClusterConnector::needsSecret(ssh))
            continue;
        if (ssh.secretRef.isEmpty())
            return finish(tr("The login needs a password (SSH or sudo) but names no keychain entry for it."));
        if (!refs.contains(ssh.secretRef))
            refs << ssh.secretRef;
    }
    if (refs.isEmpty())
        return next();
    if (!m_secrets)
        return finish(
            tr("The login needs a password (SSH or sudo) but there is no secret store to read it from."));
    auto remaining = std::make_shared<int>(int(refs.size()));
    auto missing = std::make_shared<QStringList>();
    for (const QString& ref : refs) {
        m_secrets->read(ref, [this, ref, remaining, missing, next](const SecretStore::Result& r) {
            if (r.status == SecretStore::Status::Ok)
                m_loginSecrets.insert(ref, r.value);
            else
                missing->append(ref);
            if (--*remaining > 0)
                return;
            if (!missing->isEmpty())
                return finish(
                    tr("The login's password is not in the keychain (or secrets file): %1. Store it "
                       "there first.")
                        .arg(missing->join(QStringLiteral(", "))));
            next();
        });
    }
}

void Adopter::begin()
{
    if (m_auditOf) {
        // The worksheet's nodes, read all at once; repmgr's table is not asked.
        for (const NodeSpec& n : m_auditOf->nodes) {
            NodeFacts facts;
            facts.address = n.address;
            facts.name = n.name;
            m_result.discovery.nodes.append(facts);
        }
        Q_EMIT progress(tr("Reading the %n node(s) of %1 over SSH (nothing is changed on them) ...", nullptr,
            int(m_auditOf->nodes.size()))
                            .arg(m_auditOf->name));
        return readNodes();
    }
    Q_EMIT progress(tr("Reading %1 over SSH (nothing is changed on the nodes) ...").arg(m_seed));
    readSeed();
}

void Adopter::readSeed()
{
    RemoteHost* host = hostFor(m_seed, {});
    run(host, {discoveryScript(), QStringLiteral("root"), {}, kCommandTimeoutMs},
        [this, host](const RunResult& r) {
            if (hostKeyProblem(m_seed, r))
                return finish(
                    tr("The host key of %1 is not known yet (%2). Check it on the node (ssh-keygen -lf "
                       "/etc/ssh/ssh_host_ed25519_key.pub) and confirm it: --accept-host-key %1=%2.")
                        .arg(m_seed, r.offeredFingerprint));
            if (!r.ok())
                return finish(tr("Could not read %1: %2")
                                  .arg(m_seed, r.error.isEmpty() ? firstLine(r.stdErr) : r.error));
            auto seed = std::make_shared<NodeFacts>();
            seed->address = m_seed;
            seed->reached = true;
            readDiscovery(QString::fromUtf8(r.stdOut), seed.get());
            if (seed->repmgrConf.path.isEmpty())
                return finish(tr(
                    "%1 is not part of a repmgr cluster: it has no repmgr.conf (/etc/repmgr.conf or "
                    "/etc/repmgr/<version>/repmgr.conf). pgpilot adopts clusters built with repmgr, as the "
                    "guide's phase 3 builds them; give the address of one of their nodes.")
                                  .arg(m_seed));
            const QHash<QString, QString> conninfo
                = parseConninfo(seed->repmgrConf.value(QStringLiteral("conninfo")));
            const QString db = conninfo.value(QStringLiteral("dbname"), QStringLiteral("repmgr"));
            const int port = conninfo.value(QStringLiteral("port"), QStringLiteral("5432")).toInt();
            Q_EMIT progress(
                tr("%1: %2 found; reading repmgr's node table ...").arg(m_seed, seed->repmgrConf.path));
            run(host, {sqlScript(db, port), QStringLiteral("root"), {}, kCommandTimeoutMs},
                [this, seed](const RunResult& q) {
                    QString error;
                    QList<RepmgrNodeRow> rows;
                    const bool read = readSqlOutput(QString::fromUtf8(q.stdOut), seed.get(), &rows, &error);
                    if (!q.ok() || !read)
                        return finish(
                            tr("%1 is not part of a working repmgr cluster: repmgr's node table could not be "
                               "read (%2). Check that PostgreSQL runs on it and that repmgr registered it "
                               "(repmgr cluster show).")
                                .arg(m_seed, q.stdErr.isEmpty() ? error : firstLine(q.stdErr)));
                    m_result.discovery.repmgrNodes = rows;
                    bool seedListed = false;
                    for (const RepmgrNodeRow& row : std::as_const(rows)) {
                        NodeFacts facts;
                        facts.address = parseConninfo(row.conninfo).value(QStringLiteral("host"));
                        facts.name = row.name;
                        facts.repmgrId = row.id;
                        facts.repmgrType = row.type;
                        facts.active = row.active;
                        if (row.id == seed->repmgrConf.value(QStringLiteral("node_id")).toInt()
                            || facts.address == m_seed) {
                            NodeFacts s = *seed;
                            s.name = row.name;
                            s.repmgrId = row.id;
                            s.repmgrType = row.type;
                            s.active = row.active;
                            // the worksheet uses repmgr's address for the node; pgpilot reached it by m_seed
                            s.address = m_seed;
                            facts = s;
                            seedListed = true;
                        }
                        m_result.discovery.nodes.append(facts);
                    }
                    if (!seedListed)
                        return finish(
                            tr("%1 has a repmgr.conf, but repmgr's node table does not list it (node_id %2).")
                                .arg(m_seed, seed->repmgrConf.value(QStringLiteral("node_id"))));
                    QStringList names;
                    for (const NodeFacts& n : std::as_const(m_result.discovery.nodes))
                        names << QStringLiteral("%1 (%2, %3)").arg(n.name, n.address, n.repmgrType);
                    Q_EMIT progress(tr("repmgr lists %n node(s): %1", nullptr, int(names.size()))
                                        .arg(names.join(QStringLiteral(", "))));
                    readNodes();
                });
        });
}

void Adopter::readNodes()
{
    // Every other node at once: each is one SSH connection and two commands.
    auto& nodes = m_result.discovery.nodes;
    for (int i = 0; i < nodes.size(); ++i) {
        NodeFacts& n = nodes[i];
        if (n.reached)
            continue;
        if (n.address.isEmpty()) {
            n.error = tr("repmgr's conninfo for it has no host");
            continue;
        }
        ++m_pendingNodes;
        Q_EMIT progress(tr("Reading %1 (%2) ...").arg(n.name, n.address));
        readNode(i);
    }
    if (m_pendingNodes == 0)
        nodesRead();
}

void Adopter::nodeDone()
{
    if (--m_pendingNodes == 0)
        nodesRead();
}

void Adopter::nodesRead()
{
    if (m_auditOf)
        return finish();
    // What answers on the health port: the checks HAProxy uses name it (the guide: 8008).
    for (const NodeFacts& n : std::as_const(m_result.discovery.nodes)) {
        if (!n.reached)
            continue;
        if (const HaproxySection* w = n.haproxy.backendOf(n.haproxy.writeFrontend())) {
            for (const HaproxyServerLine& s : w->servers) {
                if (s.checkPort > 0) {
                    m_result.discovery.healthPort = s.checkPort;
                    break;
                }
            }
        }
        break;
    }
    probeHealth({QStringLiteral("/health"), QStringLiteral("/master"), QStringLiteral("/primary")});
}

void Adopter::readNode(int index)
{
    const NodeFacts& n = m_result.discovery.nodes.at(index);
    RemoteHost* host = hostFor(n.address, n.name);
    run(host, {discoveryScript(), QStringLiteral("root"), {}, kCommandTimeoutMs},
        [this, index, host](const RunResult& r) {
            NodeFacts& node = m_result.discovery.nodes[index];
            if (hostKeyProblem(node.address, r)) {
                node.error = tr("its host key is not known yet (%1)").arg(r.offeredFingerprint);
                return nodeDone();
            }
            if (!r.ok()) {
                node.error = r.error.isEmpty() ? firstLine(r.stdErr) : r.error;
                return nodeDone();
            }
            node.reached = true;
            readDiscovery(QString::fromUtf8(r.stdOut), &node);
            const QHash<QString, QString> conninfo
                = parseConninfo(node.repmgrConf.value(QStringLiteral("conninfo")));
            run(host,
                {sqlScript(conninfo.value(QStringLiteral("dbname"), QStringLiteral("repmgr")),
                     conninfo.value(QStringLiteral("port"), QStringLiteral("5432")).toInt()),
                    QStringLiteral("root"), {}, kCommandTimeoutMs},
                [this, index](const RunResult& q) {
                    NodeFacts& read = m_result.discovery.nodes[index];
                    readSqlOutput(QString::fromUtf8(q.stdOut), &read, nullptr, nullptr);
                    if (!read.sqlRead)
                        read.error = tr("PostgreSQL did not answer on it: %1").arg(firstLine(q.stdErr));
                    nodeDone();
                });
        });
}

void Adopter::probeHealth(const QStringList& paths)
{
    if (paths.isEmpty())
        return readPassword();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_seed);
    url.setPort(m_result.discovery.healthPort);
    url.setPath(paths.first());
    QNetworkRequest request(url);
    request.setTransferTimeout(kHttpTimeoutMs);
    QNetworkReply* reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, paths] {
        reply->deleteLater();
        HealthProbe& p = m_result.discovery.health;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(4096);
        const QString path = paths.first();
        if (status == 0) {
            p.detail = reply->errorString();
            return probeHealth({}); // nothing answers: no point asking other paths
        }
        if (path == QLatin1String("/health")) {
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            if (o.contains(QLatin1String("role"))) {
                p.kind = HealthProbe::Kind::Pgpilot;
                p.detail = tr("pgpilot's health service (JSON on /health)");
                return probeHealth({});
            }
        } else if (status == 200 || status == 503) {
            p.kind = HealthProbe::Kind::RoleOnly;
            p.primaryPath = path;
            p.replicaPath = QStringLiteral("/replica");
            p.detail = tr("GET %1 answered %2").arg(path).arg(status);
            return probeHealth({});
        }
        p.detail = tr("GET %1 answered HTTP %2").arg(path).arg(status);
        probeHealth(paths.mid(1));
    });
}

void Adopter::readPassword()
{
    // A node whose host key is not confirmed was not read: no worksheet on half the facts. The
    // admin confirms every key shown at once and runs adopt again.
    if (!m_result.unknownHostKeys.isEmpty())
        return finish(tr("Confirm the host keys of the nodes not read (listed with their fingerprints), then "
                         "adopt again: nothing was written."));
    // The plan first: the keychain entries are named after the cluster.
    m_result.plan = buildAdoptedSpec(m_result.discovery, m_options);
    if (!m_result.plan.spec)
        return finish(m_result.plan.error);
    const ClusterSpec spec = *m_result.plan.spec;
    QString caFile;
    for (const NodeFacts& n : std::as_const(m_result.discovery.nodes)) {
        if (n.address == m_seed)
            caFile = n.settings.value(QStringLiteral("ssl_ca_file"));
    }
    if (!caFile.startsWith(QLatin1Char('/')))
        caFile.clear(); // relative to the data directory, or none: not read
    Q_EMIT progress(
        tr("Reading the repmgr password from the nodes' .pgpass (into the keychain, never shown) ..."));
    run(hostFor(m_seed, {}), {secretsScript(caFile), QStringLiteral("root"), {}, kCommandTimeoutMs},
        [this, spec, caFile](const RunResult& r) {
            QList<std::pair<QString, QByteArray>> found; // keychain key, value
            QByteArray password;
            const QStringList parts = QString::fromUtf8(r.stdOut).split(QStringLiteral("@@pgpilot-adopt:"));
            for (const QString& part : parts) {
                const QString body = part.section(QLatin1Char('\n'), 1);
                if (part.startsWith(QLatin1String("pgpass@@")) && password.isEmpty())
                    password = pgpassPassword(body.toUtf8(), spec.adopted.monitorRole);
                else if (part.startsWith(QLatin1String("statsenv@@"))
                    && body.startsWith(QLatin1String("PGPILOT_STATS_AUTH=")))
                    found.append(
                        {statsPasswordKey(spec), body.section(QLatin1Char('='), 1).trimmed().toUtf8()});
                else if (part.startsWith(QLatin1String("ca@@"))
                    && body.contains(QLatin1String("BEGIN CERTIFICATE")))
                    found.append({tlsCaCertKey(spec), body.toUtf8()});
            }
            if (password.isEmpty())
                m_result.plan.warnings << tr(
                    "The password of %1 was not found in the .pgpass files of postgres, root or the sudo "
                    "user on %2. Store it in the keychain as %3 before running status.")
                                              .arg(spec.adopted.monitorRole, m_seed, repmgrPasswordKey(spec));
            else
                found.prepend({repmgrPasswordKey(spec), password});
            password.fill('\0');
            if (!caFile.isEmpty() && spec.tls.mode != TlsMode::Off) {
                const bool haveCa = std::any_of(found.cbegin(), found.cend(),
                    [&](const auto& f) { return f.first == tlsCaCertKey(spec); });
                m_result.plan.warnings << (haveCa
                        ? tr("The nodes verify TLS with the CA in %1: its certificate is stored as %2, so "
                             "status verifies the nodes. Its private key stays on the workstation that "
                             "built the cluster: renew-certs and add-standby need the cluster's secrets "
                             "from there (pgpilot import-secrets).")
                              .arg(caFile, tlsCaCertKey(spec))
                        : tr("The nodes verify TLS with a CA (%1), which could not be read: import the "
                             "cluster's secrets (pgpilot import-secrets) before status can verify them.")
                              .arg(caFile));
            }
            storeSecrets(found);
        });
}

void Adopter::storeSecrets(QList<std::pair<QString, QByteArray>> secrets)
{
    if (secrets.isEmpty() || !m_secrets)
        return finish();
    const auto [key, value] = secrets.takeFirst();
    m_secrets->write(key, value, [this, key, secrets](const SecretStore::Result& w) {
        if (w.status == SecretStore::Status::Ok) {
            if (key.endsWith(QLatin1String(":repmgr-password")))
                m_result.passwordKey = key;
        } else {
            m_result.plan.warnings << tr("%1 could not be stored: %2").arg(key, w.error);
        }
        storeSecrets(secrets);
    });
}

void Adopter::finish(const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    if (!error.isEmpty()) {
        m_result.plan.spec.reset();
        m_result.plan.error = error;
    }
    Q_EMIT finished(m_result);
}

} // namespace pgpilot
