// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterservices.h"

#include "core/atomicfile.h"
#include "monitor/backupprobe.h"
#include "monitor/nodeactions.h"
#include "monitor/nodeevents.h"
#include "monitor/vipprobe.h"
#include "remote/connector.h"
#include "remote/sshhost.h"
#include "runbook/configfiles.h"
#include "secrets/secretstore.h"

#include <QDir>
#include <QSet>
#include <QStandardPaths>

namespace pgpilot {

ClusterServices::ClusterServices(ClusterSpec spec, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_secrets(secrets)
{ }

ClusterServices::~ClusterServices() = default;

QString ClusterServices::repmgrPasswordKey() const
{
    return pgpilot::repmgrPasswordKey(m_spec);
}

void ClusterServices::readRepmgrPassword(std::function<void(const QByteArray&, const QString&)> done)
{
    const QString key = repmgrPasswordKey();
    if (!m_secrets)
        return done({}, tr("The repmgr password (%1) cannot be read: there is no secret store.").arg(key));
    m_secrets->read(key, [key, done](const SecretStore::Result& r) {
        if (r.status == SecretStore::Status::Ok)
            return done(r.value, {});
        done({}, tr("The repmgr password (%1) is not in the keychain: %2").arg(key, r.error));
    });
}

namespace {
// The role the monitor and the write probe log in as, and the keychain entry of its password: an
// adopted cluster has no pgpilot_monitor role until phase 3 converges it, so its repmgr role.
QString loginRole(const ClusterSpec& spec)
{
    return spec.adopted.adopted ? spec.adopted.monitorRole : monitorRole();
}
QString loginPasswordKey(const ClusterSpec& spec)
{
    return spec.adopted.adopted && spec.adopted.monitorRole != monitorRole() ? repmgrPasswordKey(spec)
                                                                             : monitorPasswordKey(spec);
}
} // namespace

void ClusterServices::readMonitorPassword(std::function<void(const QByteArray&, const QString&)> done)
{
    const QString key = loginPasswordKey(m_spec);
    const QString role = loginRole(m_spec);
    if (!m_secrets)
        return done(
            {}, tr("The password of %1 (%2) cannot be read: there is no secret store.").arg(role, key));
    m_secrets->read(key, [key, role, adopted = m_spec.adopted.adopted, done](const SecretStore::Result& r) {
        if (r.status == SecretStore::Status::Ok)
            return done(r.value, {});
        done({},
            adopted
                ? tr("The password of %1 (%2), which pgpilot uses on this adopted cluster, is not in the "
                     "keychain: %3 Run pgpilot adopt again (it reads the password from the nodes' .pgpass), "
                     "or import the cluster's secrets.")
                      .arg(role, key, r.error)
                : tr("The password of pgpilot's monitoring role %1 (%2) is not in the keychain: %3 A cluster "
                     "built by an older pgpilot gets the role when phases 3 and 4 run again (pgpilot apply "
                     "--from 3 --to 4); for a cluster set up from another workstation, import its secrets "
                     "(pgpilot import-secrets).")
                      .arg(role, key, r.error));
    });
}

QString ClusterServices::tlsRootPath(const QString& cluster)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("tls/%1-ca.crt").arg(cluster));
}

void ClusterServices::readTlsRoot(std::function<void(const QString&, const QString&)> done)
{
    if (!tlsVerified(m_spec))
        return done({}, {});
    const QString key = tlsCaCertKey(m_spec);
    const QString path = tlsRootPath(m_spec.name);
    if (!m_secrets)
        return done(
            path, tr("The cluster CA's certificate (%1) cannot be read: there is no secret store.").arg(key));
    m_secrets->read(key, [key, path, done](const SecretStore::Result& r) {
        if (r.status != SecretStore::Status::Ok || r.value.isEmpty())
            return done(path,
                tr("The cluster uses verified TLS, but its CA's certificate (%1) is not in the keychain, "
                   "so pgpilot cannot check that it talks to the real nodes. Import the cluster's secrets "
                   "from the workstation that set it up (pgpilot import-secrets, or File > Import secrets); "
                   "a cluster not built yet gets its CA when the runbook runs.")
                    .arg(key));
        QString error;
        if (!QDir().mkpath(QFileInfo(path).absolutePath())
            || !writeFileAtomically(path, r.value.endsWith('\n') ? r.value : r.value + '\n', &error,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return done(path, tr("Could not write the cluster CA's certificate to %1: %2").arg(path, error));
        done(path, {});
    });
}

void ClusterServices::setStatePaths(const QString& progressFile, const QString& auditFile)
{
    m_progressFile = progressFile;
    m_auditFile = auditFile;
}

void ClusterServices::setConfirmedFingerprints(const QHash<QString, QString>& fingerprints)
{
    m_confirmed = fingerprints;
}

void ClusterServices::withSession(std::function<void(ClusterSession*, const QString&)> done)
{
    if (m_session && m_sessionOpen)
        return done(m_session, {});
    m_waiting << done;
    if (m_session)
        return; // being opened: the same opening answers everyone
    m_session = new ClusterSession(m_spec, m_secrets, this);
    if (!m_progressFile.isEmpty())
        m_session->setStatePaths(m_progressFile, m_auditFile);
    m_session->setConfirmedFingerprints(m_confirmed);
    ClusterSession* session = m_session;
    session->open([this, session](const QString& error) {
        if (session != m_session)
            return; // reset meanwhile
        const auto waiting = std::exchange(m_waiting, {});
        if (!error.isEmpty()) {
            m_session = nullptr;
            session->deleteLater();
            for (const auto& w : waiting)
                w(nullptr, error);
            return;
        }
        m_sessionOpen = true;
        for (const auto& w : waiting)
            w(session, {});
    });
}

void ClusterServices::makeMonitor(
    const MonitorOptions& options, QObject* parent, std::function<void(ClusterMonitor*, const QString&)> done)
{
    readTlsRoot([this, options, parent, done](const QString& rootPath, const QString& tlsError) {
        if (!tlsError.isEmpty())
            return done(nullptr, tlsError);
        MonitorOptions verified = options;
        if (!rootPath.isEmpty()) {
            verified.sslMode = QStringLiteral("verify-full");
            verified.sslRootCert = rootPath;
        }
        makeMonitorVerified(verified, parent, done);
    });
}

void ClusterServices::makeMonitorVerified(
    const MonitorOptions& options, QObject* parent, std::function<void(ClusterMonitor*, const QString&)> done)
{
    readMonitorPassword([this, options, parent, done](const QByteArray& password, const QString& error) {
        if (!error.isEmpty())
            return done(nullptr, error);
        // The stats page's password, before the monitor exists (its first poll may come at once):
        // without it the monitor still runs, and the page's refusal (HTTP 401, with what to do)
        // shows on each node.
        if (!m_secrets)
            return buildMonitor(options, password, {}, parent, done);
        m_secrets->read(statsPasswordKey(m_spec),
            [this, options, password, parent = QPointer<QObject>(parent), hadParent = parent != nullptr,
                done](const SecretStore::Result& r) {
                if (hadParent && !parent)
                    return done(nullptr, tr("The window closed meanwhile."));
                buildMonitor(options, password, r.status == SecretStore::Status::Ok ? r.value : QByteArray(),
                    parent, done);
            });
    });
}

void ClusterServices::buildMonitor(const MonitorOptions& options, const QByteArray& password,
    const QByteArray& statsPassword, QObject* parent,
    std::function<void(ClusterMonitor*, const QString&)> done)
{
    MonitorOptions monitorOptions = options;
    monitorOptions.user = loginRole(m_spec);
    ClusterMonitor* monitor = ClusterMonitor::fromSpec(m_spec, password, monitorOptions, parent);
    if (!statsPassword.isEmpty())
        monitor->setStatsCredentials(statsUser(), statsPassword);
    // A refused login (the password was rotated, maybe by another pgpilot) reads the keychain
    // again: the real key, then a rotation's pending key (between its ALTER ROLE and promotion).
    monitor->setPasswordSource(passwordCandidates(loginPasswordKey(m_spec)));
    auto* connector = new ClusterConnector(monitor);
    connector->setConfirmedFingerprints(m_confirmed);
    const QString vip = m_spec.network.vip;
    QSet<QString> nodeNames;
    for (const NodeSpec& n : m_spec.nodes)
        nodeNames.insert(n.name);
    const QString backupHost = m_spec.hasBackupHost() ? m_spec.backup.host.name : QString();
    const bool mountedRepo = m_spec.hasBackups() && !m_spec.hasBackupHost();
    const QString stanza = m_spec.name;
    const QString repoPath = m_spec.backup.path;
    connector->prepare(m_spec, m_secrets,
        [monitor, connector, done, vip, nodeNames, backupHost, mountedRepo, stanza, repoPath](
            const QList<ConnectionSettings>& nodes, const QString& sshError) {
            connector->deleteLater();
            QList<RemoteHost*> hosts;
            QList<SshNodeEventProbe::Source> sources;
            for (const ConnectionSettings& s : nodes) {
                if (!nodeNames.contains(s.nodeName)) {
                    // The backup repository host: no VIP, no repmgr events; its backup status
                    // over its own SSH session (the script runs as the repository's owner).
                    if (!backupHost.isEmpty() && s.nodeName == backupHost)
                        monitor->setBackupProbe(
                            new SshBackupProbe(new SshHost(s, monitor), {stanza, repoPath}, 15000, monitor));
                    continue;
                }
                hosts << new SshHost(s, monitor);
                // The event file is world-readable: read as the login itself, without sudo.
                sources.append({hosts.last(), s.user});
            }
            if (mountedRepo && !hosts.isEmpty()) {
                // The repository is mounted on every node: any node reads it, as postgres.
                SshBackupProbe::Target target {stanza, repoPath};
                target.runAs = QStringLiteral("postgres");
                monitor->setBackupProbe(new SshBackupProbe(hosts, target, 15000, monitor));
            }
            if ((!backupHost.isEmpty() || mountedRepo) && !monitor->readsBackups()) {
                // No SSH to the repository host: every read says so (the panel and status show it).
                auto* unreadable = new FixedBackupProbe(monitor);
                unreadable->setAnswer(std::nullopt,
                    tr("no SSH connection to %1: %2")
                        .arg(mountedRepo ? tr("the nodes") : backupHost,
                            sshError.isEmpty() ? tr("its SSH settings could not be prepared") : sshError));
                monitor->setBackupProbe(unreadable);
            }
            if (!hosts.isEmpty()) {
                monitor->setVipProbe(new SshVipProbe(vip, hosts, 3000, monitor));
                // The same SSH sessions read what repmgr recorded on each node (none on an adopted
                // cluster whose repmgr.conf is not pgpilot's: nothing, and no error).
                monitor->setNodeEventProbe(
                    new SshNodeEventProbe(nodepaths::repmgrEventsFile(), sources, 10000, monitor));
            }
            done(monitor,
                hosts.isEmpty() || !sshError.isEmpty()
                    ? tr("No VIP check: %1")
                          .arg(sshError.isEmpty() ? tr("the nodes' SSH settings could not be prepared")
                                                  : sshError)
                    : QString());
        });
}

ClusterMonitor::PasswordSource ClusterServices::passwordCandidates(const QString& key) const
{
    QPointer<SecretStore> store(m_secrets);
    return [store, key](std::function<void(const QList<QByteArray>&)> answer) {
        if (!store)
            return answer({});
        store->read(key, [store, key, answer](const SecretStore::Result& real) {
            const QByteArray first = real.status == SecretStore::Status::Ok ? real.value : QByteArray();
            if (!store)
                return answer({first});
            store->read(pendingSecretKey(key), [first, answer](const SecretStore::Result& pending) {
                QList<QByteArray> list {first};
                if (pending.status == SecretStore::Status::Ok)
                    list << pending.value;
                answer(list);
            });
        });
    };
}

QString ClusterServices::currentPrimary() const
{
    return m_monitor ? activePrimary(m_monitor->latest()) : QString();
}

void ClusterServices::prepareOperation(const OperationRequest& request, QObject* parent,
    std::function<void(OperationRunner*, const QString&, const QString&)> done)
{
    withSession([this, request, parent, done](ClusterSession* session, const QString& error) {
        if (!session)
            return done(nullptr, error, {});
        QPointer<QObject> owner(parent);
        const bool ownerGiven = parent != nullptr;
        auto create = [this, request, owner, ownerGiven, done, session = QPointer<ClusterSession>(session)](
                          const QByteArray& password, const QString& probeError) {
            if (!session || (ownerGiven && !owner))
                return done(nullptr, tr("The connection to the cluster was closed."), {});
            auto* runner = new OperationRunner(session, request, currentPrimary(), owner);
            if (m_writeProbe && probeError.isEmpty()) {
                WriteProbeSettings probe = writeProbeSettings(m_spec);
                probe.password = password;
                probe.sslRootCert = m_tlsRoot;
                if (!m_tlsRoot.isEmpty())
                    probe.sslMode = QStringLiteral("verify-full");
                runner->setWriteProbe(probe);
            }
            done(runner, {}, probeError);
        };
        if (!m_writeProbe)
            return create({}, {});
        // The probe verifies the primary behind the VIP as the monitor does; without the CA it does
        // not run (probeError says why) rather than write to whoever answers.
        readTlsRoot([this, create](const QString& rootPath, const QString& tlsError) {
            m_tlsRoot = rootPath;
            if (!tlsError.isEmpty())
                return create({}, tlsError);
            readMonitorPassword(create);
        });
    });
}

std::optional<ClusterSpec> ClusterServices::specAfter(const ClusterSpec& spec, const OperationResult& result)
{
    if (!result.ok || result.request.kind != OperationKind::RemoveStandby)
        return std::nullopt;
    ClusterSpec rest = spec;
    rest.nodes.removeIf([&](const NodeSpec& n) { return n.name == result.request.node; });
    return rest;
}

std::optional<ClusterSpec> ClusterServices::applyOperationResult(const OperationResult& result)
{
    const auto changed = specAfter(m_spec, result);
    if (changed)
        m_spec = *changed;
    if (m_monitor) {
        if (!result.refused && !result.cancelled && result.ok) {
            if (result.request.kind == OperationKind::Fence)
                m_monitor->setFenced(result.request.node, true);
            else if (result.request.kind == OperationKind::Rejoin)
                m_monitor->setFenced(result.request.node, false);
        }
        m_monitor->recordEvent(operationEvent(result));
        m_monitor->pollNow();
    }
    return changed;
}

void ClusterServices::reset()
{
    if (m_monitor) {
        m_monitor->deleteLater();
        m_monitor = nullptr;
    }
    if (m_session)
        m_session->deleteLater();
    m_session = nullptr;
    m_sessionOpen = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& w : waiting)
        w(nullptr, tr("The connection to the cluster was closed."));
}

} // namespace pgpilot
