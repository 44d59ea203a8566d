#include "clustersession.h"

#include "audit/auditlog.h"
#include "exec/progressstore.h"
#include "remote/connector.h"
#include "remote/sshhost.h"
#include "runbook/builder.h"
#include "secrets/secretstore.h"

#include <QRandomGenerator>

#include <libssh/libssh.h>

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

QByteArray generateSshPrivateKey()
{
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK)
        return {};
    char* text = nullptr;
    QByteArray out;
    if (ssh_pki_export_privkey_base64(key, nullptr, nullptr, nullptr, &text) == SSH_OK) {
        out = QByteArray(text);
        ssh_string_free_char(text);
    }
    ssh_key_free(key);
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

SshHost* ClusterSession::host(const QString& node) const
{
    for (SshHost* h : m_hosts) {
        if (h->nodeName() == node)
            return h;
    }
    return nullptr;
}

void ClusterSession::generateMissingSecrets(std::function<void(const QString&)> done)
{
    const QStringList keys = requiredSecrets(m_runbook);
    if (keys.isEmpty() || !m_secrets)
        return done(
            keys.isEmpty() ? QString() : tr("Passwords are needed but no secret store is available."));
    auto remaining = std::make_shared<int>(int(keys.size()));
    auto errors = std::make_shared<QStringList>();
    auto finishOne = [remaining, errors, done] {
        if (--*remaining == 0)
            done(errors->join(QLatin1Char(' ')));
    };
    for (const QString& key : keys) {
        m_secrets->read(key, [this, key, errors, finishOne](const SecretStore::Result& r) {
            if (r.status == SecretStore::Status::Ok)
                return finishOne();
            QByteArray value;
            if (key.endsWith(QLatin1String(":postgres-ssh-key")))
                value = generateSshPrivateKey();
            else if (key.endsWith(QLatin1String("-password")))
                value = generatePassword();
            if (value.isEmpty()) {
                errors->append(
                    tr("The secret %1 is not in the keychain; enter it on the worksheet.").arg(key));
                return finishOne();
            }
            m_secrets->write(key, value, [key, errors, finishOne](const SecretStore::Result& w) {
                if (w.status != SecretStore::Status::Ok)
                    errors->append(tr("Could not store the generated secret %1: %2").arg(key, w.error));
                finishOne();
            });
        });
    }
}

void ClusterSession::open(std::function<void(const QString&)> done)
{
    generateMissingSecrets([this, done](const QString& error) {
        if (!error.isEmpty())
            return done(error);
        auto* connector = new ClusterConnector(this);
        connector->setConfirmedFingerprints(m_confirmed);
        connector->prepare(m_spec, m_secrets,
            [this, connector, done](const QList<ConnectionSettings>& nodes, const QString& err) {
                connector->deleteLater();
                if (!err.isEmpty())
                    return done(err);
                QHash<QString, RemoteHost*> hosts;
                QHash<QString, QString> logins;
                for (const ConnectionSettings& s : nodes) {
                    auto* h = new SshHost(s);
                    m_hosts << h;
                    hosts.insert(s.nodeName, h);
                    logins.insert(s.nodeName, s.user);
                }
                m_progress = std::make_unique<ProgressStore>(m_progressFile);
                m_progress->load();
                m_audit = std::make_unique<AuditLog>(m_auditFile);
                m_executor = std::make_unique<Executor>(
                    m_spec.name, hosts, m_secrets, m_audit.get(), m_progress.get());
                m_executor->setLogins(logins);
                connect(m_executor.get(), &Executor::phaseFinished, this, [this](const PhaseResult& r) {
                    Q_EMIT phaseDone(r);
                    if (r.ok)
                        runCheckpoint(r.phase);
                });
                connect(
                    m_executor.get(), &Executor::checkpointFinished, this, [this](const CheckpointResult& r) {
                        if (r.passed && m_progress)
                            m_progress->forget(QStringLiteral("p%1.").arg(r.phase));
                        Q_EMIT checkpointDone(r);
                    });
                done({});
            });
    });
}

void ClusterSession::runPhase(int number)
{
    const Phase* phase = m_runbook.phase(number);
    if (!phase || !m_executor) {
        PhaseResult r;
        r.phase = number;
        r.error = phase ? tr("Not connected.") : tr("There is no phase %1.").arg(number);
        Q_EMIT phaseDone(r);
        return;
    }
    m_executor->runPhase(*phase);
}

void ClusterSession::runCheckpoint(int number)
{
    const Phase* phase = m_runbook.phase(number);
    if (!phase || !m_executor) {
        CheckpointResult r;
        r.phase = number;
        Q_EMIT checkpointDone(r);
        return;
    }
    m_executor->runCheckpoint(*phase);
}

} // namespace pgpilot
