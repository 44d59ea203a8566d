// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustersession.h"

#include "audit/auditlog.h"
#include "core/shell.h"
#include "exec/progressstore.h"
#include "remote/connector.h"
#include "remote/sshhost.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"
#include "runbook/existingsecrets.h"
#include "runbook/preview.h"
#include "secrets/secretstore.h"
#include "secrets/tlsca.h"

#include <QRandomGenerator>

#include <utility>

namespace pgpilot {

QByteArray generatePassword(int length)
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QByteArray out;
    out.reserve(length);
    auto* rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(alphabet[rng->bounded(int(sizeof alphabet - 1))]);
    return out;
}

ClusterSession::ClusterSession(ClusterSpec spec, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_runbook(buildRunbook(m_spec))
    , m_secrets(secrets)
    , m_progressFile(ProgressStore::defaultPath(m_spec.name))
    , m_auditFile(AuditLog::defaultPath())
{ }

ClusterSession::~ClusterSession()
{
    m_executor.reset();
    qDeleteAll(m_hosts);
}

void ClusterSession::setStatePaths(const QString& progressFile, const QString& auditFile)
{
    m_progressFile = progressFile;
    m_auditFile = auditFile;
}

void ClusterSession::trustHostKey(const QString& node, const QString& fingerprint)
{
    for (SshHost* h : std::as_const(m_hosts)) {
        if (h->nodeName() == node)
            h->trustFingerprint(fingerprint);
    }
}

namespace {

bool isTlsKey(const QString& key)
{
    return key.contains(QLatin1String(":tls-"));
}

bool canMakeUp(const QString& key)
{
    // The repository's passphrase only under its default name: one the worksheet names was chosen
    // by someone, who holds it.
    return key.endsWith(QLatin1String(":postgres-ssh-key")) || key.endsWith(QLatin1String("-password"))
        || key.endsWith(QLatin1String(":pgbackrest-ssh-key")) || key.endsWith(QLatin1String(":backup-cipher"))
        || isTlsKey(key);
}

} // namespace

void ClusterSession::prepareSecrets(std::function<void(const QString&)> done)
{
    if (m_secretsReady)
        return done({});
    // One preparation at a time answers everyone who asked meanwhile: two would both make up a
    // value and the second would overwrite the first.
    m_secretsWaiting << std::move(done);
    if (m_secretsWaiting.size() > 1)
        return;
    runSecretsPreparation([this](const QString& error) {
        const auto waiting = std::exchange(m_secretsWaiting, {});
        for (const auto& w : waiting)
            w(error);
    });
}

void ClusterSession::runSecretsPreparation(std::function<void(const QString&)> done)
{
    QStringList keys = requiredSecrets(m_runbook);
    // The CA's key is in no placeholder (it never goes to a node) but signs the nodes' certificates:
    // it is read, or made up with the rest, like them.
    if (tlsIssuedByPgpilot(m_spec) && !keys.contains(tlsCaKeyKey(m_spec)))
        keys << tlsCaKeyKey(m_spec);
    if (keys.isEmpty()) {
        m_secretsReady = true;
        return done({});
    }
    if (!m_secrets)
        return done(tr("Passwords are needed but no secret store is available."));
    auto remaining = std::make_shared<int>(int(keys.size()));
    auto missing = std::make_shared<QStringList>();
    auto errors = std::make_shared<QStringList>();
    for (const QString& key : keys) {
        m_secrets->read(key, [this, key, remaining, missing, errors, done](const SecretStore::Result& r) {
            if (r.status != SecretStore::Status::Ok || r.value.isEmpty()) {
                if (canMakeUp(key))
                    missing->append(key);
                else
                    errors->append(
                        tr("The secret %1 is not in the keychain; enter it on the worksheet.").arg(key));
            }
            if (--*remaining > 0)
                return;
            if (!errors->isEmpty())
                return done(errors->join(QLatin1Char(' ')));
            // The site's certificates are never made up, nor anything else before they are there.
            if (!tlsIssuedByPgpilot(m_spec)) {
                QStringList site;
                for (const QString& k : std::as_const(*missing)) {
                    if (isTlsKey(k))
                        site << k;
                }
                if (!site.isEmpty())
                    return generateTls(site, done);
            }
            if (missing->isEmpty()) {
                m_secretsReady = true;
                return done({});
            }
            missing->sort();
            checkNodesThenGenerate(*missing, done);
        });
    }
}

void ClusterSession::checkNodesThenGenerate(
    const QStringList& missing, std::function<void(const QString&)> done)
{
    RunRequest request;
    request.command = existingSecretsCommand(m_spec);
    request.timeoutMs = 30000;
    Job* job = runCommand(QStringLiteral("secrets-check"), request);
    connect(job, &Job::finished, this, [this, job, missing, done] {
        if (job->commandResults().isEmpty())
            return done(tr("pgpilot could not ask the nodes whether the cluster already has its "
                           "secrets (%1), so it makes none up.")
                            .arg(job->error()));
        QList<SecretEvidence> evidence;
        QStringList unasked;
        for (const NodeSpec& n : m_spec.nodes) {
            const RunResult r = job->commandResults().value(n.name);
            if (!job->commandResults().contains(n.name) || r.failure != RunResult::Failure::None
                || r.exitCode != 0) {
                unasked << tr("%1: %2").arg(
                    n.name, r.error.isEmpty() ? tr("exit status %1").arg(r.exitCode) : r.error);
                continue;
            }
            evidence << parseExistingSecrets(m_spec, n.name, r.stdOut, missing);
        }
        if (!evidence.isEmpty())
            return done(existingSecretsError(evidence));
        if (!unasked.isEmpty())
            return done(tr("pgpilot makes up no secret (%1) before every node has said it has none: "
                           "%2. Make the node reachable (and trust its host key), then try again.")
                            .arg(missing.join(QStringLiteral(", ")), unasked.join(QStringLiteral("; "))));
        generate(missing, done);
    });
}

void ClusterSession::generate(const QStringList& keys, std::function<void(const QString&)> done)
{
    QStringList tlsKeys;
    QList<QPair<QString, QByteArray>> values;
    for (const QString& key : keys) {
        if (isTlsKey(key)) {
            tlsKeys << key;
            continue;
        }
        const bool sshKey = key.endsWith(QLatin1String(":postgres-ssh-key"))
            || key.endsWith(QLatin1String(":pgbackrest-ssh-key"));
        const QByteArray value = sshKey ? generateSshPrivateKey() : generatePassword();
        if (value.isEmpty())
            return done(tr("Could not make up the secret %1.").arg(key));
        values.append({key, value});
    }
    store(values, [this, tlsKeys, done](const QString& error) {
        if (!error.isEmpty() || tlsKeys.isEmpty()) {
            m_secretsReady = error.isEmpty();
            return done(error);
        }
        generateTls(tlsKeys, [this, done](const QString& tlsError) {
            m_secretsReady = tlsError.isEmpty();
            done(tlsError);
        });
    });
}

void ClusterSession::store(
    const QList<QPair<QString, QByteArray>>& values, std::function<void(const QString&)> done)
{
    if (values.isEmpty())
        return done({});
    auto remaining = std::make_shared<int>(int(values.size()));
    auto errors = std::make_shared<QStringList>();
    for (const auto& [key, value] : values) {
        m_secrets->write(key, value, [key, remaining, errors, done](const SecretStore::Result& w) {
            if (w.status != SecretStore::Status::Ok)
                errors->append(tr("Could not store the generated secret %1: %2").arg(key, w.error));
            if (--*remaining == 0)
                done(errors->join(QLatin1Char(' ')));
        });
    }
}

void ClusterSession::generateTls(const QStringList& missing, std::function<void(const QString&)> done)
{
    // The site's certificates come only from the site: pgpilot issues none in their place.
    if (!tlsIssuedByPgpilot(m_spec))
        return done(tr("The cluster uses the site's own certificates (tls.mode site), and these are not in "
                       "the keychain: %1. Import the site's CA certificate and each node's certificate and "
                       "key first (pgpilot import-certs, or File > Import site certificates).")
                        .arg(missing.join(QStringLiteral(", "))));
    const QString caKey = tlsCaKeyKey(m_spec);
    const QString caCert = tlsCaCertKey(m_spec);
    const bool keyMissing = missing.contains(caKey);
    const bool certMissing = missing.contains(caCert);
    if (keyMissing != certMissing)
        return done(
            tr("The keychain holds only half of the cluster CA (%1 is missing): pgpilot makes no new "
               "CA, which the nodes would not trust. Import the cluster's secrets from the workstation "
               "that set it up (pgpilot import-secrets, or File > Import secrets).")
                .arg(keyMissing ? caKey : caCert));
    // The nodes whose certificate or key is missing get both anew, signed by the cluster CA.
    auto issue = [this, missing, done](const QByteArray& caCertPem, const QByteArray& caKeyPem) {
        QList<QPair<QString, QByteArray>> values;
        for (const NodeSpec& n : m_spec.nodes) {
            const QString keyKey = tlsNodeKeyKey(m_spec, n);
            const QString certKey = tlsNodeCertKey(m_spec, n);
            if (!missing.contains(keyKey) && !missing.contains(certKey))
                continue;
            const tls::Issued node
                = tls::issueNodeCertificate(caCertPem, caKeyPem, n.name, tlsNodeAddresses(m_spec, n));
            if (!node.ok())
                return done(tr("Could not issue the TLS certificate of %1: %2").arg(n.name, node.error));
            values.append({keyKey, node.keyPem});
            values.append({certKey, node.certPem});
        }
        store(values, done);
    };
    if (keyMissing) {
        const tls::Issued ca = tls::createCa(m_spec.name);
        if (!ca.ok())
            return done(tr("Could not make the cluster CA: %1").arg(ca.error));
        return store({{caKey, ca.keyPem}, {caCert, ca.certPem}}, [ca, issue, done](const QString& error) {
            if (!error.isEmpty())
                return done(error);
            issue(ca.certPem, ca.keyPem);
        });
    }
    m_secrets->read(caKey, [this, caCert, issue, done](const SecretStore::Result& k) {
        m_secrets->read(caCert, [k, issue, done](const SecretStore::Result& c) {
            if (k.status != SecretStore::Status::Ok || c.status != SecretStore::Status::Ok)
                return done(tr("The cluster CA could not be read from the keychain: %1")
                                .arg(k.error.isEmpty() ? c.error : k.error));
            issue(c.value, k.value);
        });
    });
}

void ClusterSession::open(std::function<void(const QString&)> done)
{
    auto* connector = new ClusterConnector(this);
    connector->setConfirmedFingerprints(m_confirmed);
    connector->prepare(m_spec, m_secrets,
        [this, connector, done](const QList<ConnectionSettings>& nodes, const QString& err) {
            connector->deleteLater();
            if (!err.isEmpty())
                return done(err);
            QHash<QString, RemoteHost*> hosts;
            QHash<QString, QString> logins;
            QList<HostKeySource> hostKeys;
            for (const ConnectionSettings& s : nodes) {
                auto* h = new SshHost(s);
                m_hosts << h;
                hosts.insert(s.nodeName, h);
                logins.insert(s.nodeName, s.user);
                hostKeys << HostKeySource::of(s);
            }
            m_progress = std::make_unique<ProgressStore>(m_progressFile);
            m_progress->load();
            m_audit = std::make_unique<AuditLog>(m_auditFile);
            m_executor
                = std::make_unique<Executor>(m_spec.name, hosts, m_secrets, m_audit.get(), m_progress.get());
            m_executor->setLogins(logins);
            m_executor->setHostKeySources(hostKeys);
            done({});
        });
}

Job* ClusterSession::runPhase(int number, bool thenCheckpoint)
{
    const Phase* phase = m_runbook.phase(number);
    if (!phase || !m_executor)
        return Job::refused(Job::Kind::Phase, number,
            phase ? tr("Not connected.") : tr("There is no phase %1.").arg(number), this);
    return m_executor->runPhase(*phase, thenCheckpoint);
}

Job* ClusterSession::runCheckpoint(int number)
{
    const Phase* phase = m_runbook.phase(number);
    if (!phase || !m_executor)
        return Job::refused(Job::Kind::Checkpoint, number,
            phase ? tr("Not connected.") : tr("There is no phase %1.").arg(number), this);
    return m_executor->runCheckpoint(*phase);
}

Job* ClusterSession::runPreview(int number)
{
    const Phase* phase = m_runbook.phase(number);
    if (!phase || !m_executor)
        return Job::refused(Job::Kind::Checkpoint, number,
            phase ? tr("Not connected.") : tr("There is no phase %1.").arg(number), this);
    return m_executor->runCheckpoint(previewPlan(*phase).phase);
}

Job* ClusterSession::runCommand(const QString& purpose, const RunRequest& request, const QStringList& nodes)
{
    if (!m_executor)
        return Job::refused(Job::Kind::Command, -1, tr("Not connected."), this);
    QStringList targets = nodes;
    if (targets.isEmpty()) {
        for (const NodeSpec& n : m_spec.nodes)
            targets << n.name;
    }
    return m_executor->runCommand(purpose, targets, request);
}

Job* ClusterSession::probeNode(const QString& node)
{
    RunRequest request;
    request.command = QStringLiteral(". /etc/os-release; echo \"$PRETTY_NAME\"; "
                                     "apt-cache policy %1 2>/dev/null | sed -n 's/^ *Candidate: //p'")
                          .arg(shellQuote(QStringLiteral("postgresql-%1").arg(m_spec.postgresVersion)));
    request.timeoutMs = 30000;
    return runCommand(QStringLiteral("connect"), request, {node});
}

NodeProbe ClusterSession::parseNodeProbe(const RunResult& result)
{
    NodeProbe probe;
    probe.reached = result.failure == RunResult::Failure::None && result.exitCode == 0;
    if (!probe.reached)
        return probe;
    const QStringList lines = QString::fromUtf8(result.stdOut).split(QLatin1Char('\n'));
    probe.os = lines.value(0).trimmed();
    probe.candidate = lines.value(1).trimmed();
    return probe;
}

} // namespace pgpilot
