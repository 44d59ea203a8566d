// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"
#include "knownhosts.h"
#include "sshworker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

// The host-key check: pgpilot's own known_hosts only; an unknown key is stored only once its
// fingerprint was confirmed, a changed one is refused with both fingerprints.

namespace pgpilot {

namespace {

QString fingerprintOf(ssh_key key)
{
    unsigned char* hash = nullptr;
    size_t length = 0;
    if (!key || ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != 0)
        return {};
    char* text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    const QString fingerprint = QString::fromLatin1(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return fingerprint;
}

} // namespace

bool SshWorker::checkHostKey(RunResult& result)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return fail(
            result, RunResult::Failure::Transport, tr("%1: the server sent no host key.").arg(where()));
    result.offeredFingerprint = fingerprintOf(key);
    m_hostFingerprint = result.offeredFingerprint;
    ssh_key_free(key);

    const ssh_known_hosts_e state = ssh_session_is_known_server(m_session);
    switch (state) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        result.storedFingerprint = storedFingerprint();
        return fail(result, RunResult::Failure::HostKeyChanged,
            tr("%1: the host key has CHANGED. Stored: %2; offered now: %3. This can mean the node was "
               "reinstalled, or that someone is intercepting the connection. pgpilot refuses to connect. "
               "If the change is expected, remove the node's line from %4 and confirm the new key.")
                .arg(where(),
                    result.storedFingerprint.isEmpty() ? tr("(another key type)") : result.storedFingerprint,
                    result.offeredFingerprint, m_settings.knownHostsFile));
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (m_settings.trustedFingerprints.contains(result.offeredFingerprint)) {
            QDir().mkpath(QFileInfo(m_settings.knownHostsFile).absolutePath());
            if (ssh_session_update_known_hosts(m_session) != SSH_OK)
                return fail(result, RunResult::Failure::Transport,
                    tr("%1: could not store the confirmed host key in %2: %3")
                        .arg(
                            where(), m_settings.knownHostsFile, QString::fromUtf8(ssh_get_error(m_session))));
            qCInfo(lcSsh).noquote() << m_settings.nodeName << "stored confirmed host key"
                                    << result.offeredFingerprint;
            return true;
        }
        return fail(result, RunResult::Failure::HostKeyUnknown,
            tr("%1: unknown host key %2. Compare it with the node's own (ssh-keygen -lf "
               "/etc/ssh/ssh_host_ed25519_key.pub on the node) and confirm it to continue.")
                .arg(where(), result.offeredFingerprint));
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return fail(result, RunResult::Failure::Transport,
        tr("%1: could not check the host key against %2: %3")
            .arg(where(), m_settings.knownHostsFile, QString::fromUtf8(ssh_get_error(m_session))));
}

// The fingerprint of what pgpilot's known_hosts holds for this node (libssh only says that
// it differs).
QString SshWorker::storedFingerprint() const
{
    const QList<KnownHostKey> keys
        = knownHostKeys(m_settings.knownHostsFile, m_settings.host, m_settings.port);
    if (keys.isEmpty())
        return {};
    QByteArray hash = QCryptographicHash::hash(keys.first().blob, QCryptographicHash::Sha256).toBase64();
    while (hash.endsWith('='))
        hash.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(hash);
}

} // namespace pgpilot
