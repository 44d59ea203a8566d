// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain side of the operations that change secrets (rotate-secrets, renew-certs): their
// new values go under pending keys before any step runs, and become the real keys once the
// verification passed. The rest of OperationRunner is in operationrunner.cpp.
#include "certrenewal.h"
#include "exec/clustersession.h"
#include "exec/executor.h"
#include "operationrunner.h"
#include "rotation.h"
#include "runbook/configfiles.h"

#include <QPointer>

namespace pgpilot {

// The keychain answered with the pending values (error empty) or not: true when the steps may
// start. A cancel while the keychain answered, or an error, finishes the run with nothing changed.
bool OperationRunner::pendingStored(const QString& error)
{
    if (m_state != State::Running)
        return false;
    if (m_cancelRequested) {
        m_result.cancelled = true;
        finish();
        return false;
    }
    if (!error.isEmpty()) {
        m_result.error = error;
        say(tr("Failed: %1").arg(error));
        finish();
        return false;
    }
    return true;
}

// rotate-secrets: the new passwords are in the keychain (pending keys) before anything changes.
void OperationRunner::preparePasswordsThenStart()
{
    setState(State::Running);
    m_clock.start();
    QPointer<OperationRunner> self(this);
    preparePendingPasswords(
        m_session->secrets(), passwordRoles(m_session->spec()), [self](const PendingPasswords& p) {
            if (!self || !self->pendingStored(p.error))
                return;
            self->m_pending = p.values;
            self->m_result.resumedRotation = !p.resumed.isEmpty();
            if (!p.resumed.isEmpty())
                self->say(
                    tr("An earlier rotation stopped halfway: finishing it with its stored passwords (%1)")
                        .arg(p.resumed.join(QStringLiteral(", "))));
            else
                self->say(tr("New passwords made and kept under pending keys"));
            // the executor reads the pending keys afresh (an earlier rotation may have cached some)
            self->m_session->executor()->forgetSecrets();
            // the write probe logs in again with the monitoring role's new password once the old
            // one is refused
            const QString probePending = pendingSecretKey(monitorPasswordKey(self->m_session->spec()));
            if (self->m_pending.contains(probePending))
                self->m_probeSettings.alternatePasswords << self->m_pending.value(probePending);
            self->startStepsNow();
        });
}

// renew-certs: the new key and certificate of every node are in the keychain (pending keys)
// before anything changes.
void OperationRunner::prepareCertificatesThenStart()
{
    setState(State::Running);
    m_clock.start();
    QPointer<OperationRunner> self(this);
    preparePendingCertificates(m_session->secrets(), m_session->spec(), [self](const PendingCertificates& p) {
        if (!self || !self->pendingStored(p.error))
            return;
        self->m_result.resumedRotation = !p.resumed.isEmpty();
        if (!p.resumed.isEmpty())
            self->say(tr("An earlier renewal stopped halfway: finishing it with its stored certificates (%1)")
                          .arg(p.resumed.join(QStringLiteral(", "))));
        else
            self->say(tr("New keys and certificates made and kept under pending keys"));
        self->m_session->executor()->forgetSecrets();
        self->startStepsNow();
    });
}

// add-standby with verified TLS: the new node gets its key and certificate the way phase 2 gives
// every node theirs (issued by the cluster CA; with the site's CA, refused until they are
// imported), before anything changes.
void OperationRunner::prepareNewNodeSecretsThenStart()
{
    setState(State::Running);
    m_clock.start();
    QPointer<OperationRunner> self(this);
    m_session->prepareSecrets([self](const QString& error) {
        if (!self || !self->pendingStored(error))
            return;
        self->m_session->executor()->forgetSecrets();
        self->startStepsNow();
    });
}

// rotate-secrets and renew-certs, verified: the pending values become the real ones.
void OperationRunner::promoteThenFinish()
{
    QPointer<OperationRunner> self(this);
    const bool certs = m_plan.request.kind == OperationKind::RenewCerts;
    QStringList keys;
    if (certs) {
        keys = renewedCertificateKeys(m_session->spec());
    } else {
        for (const PasswordRole& role : passwordRoles(m_session->spec()))
            keys << role.key;
    }
    promotePendingKeys(m_session->secrets(), keys, [self, certs](const QString& error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_result.ok = false;
            self->m_result.error = error;
            self->m_result.hint = certs
                ? tr("The nodes have the new certificates; they stay under the pending "
                     "keys. Run renew-certs again to finish.")
                : tr("The cluster has the new passwords; they stay under the pending "
                     "keys. Run rotate-secrets again to finish.");
            self->say(tr("Failed: %1").arg(error));
        } else {
            self->say(certs ? tr("The new certificates replace the old ones in the keychain")
                            : tr("The new passwords replace the old ones in the keychain"));
        }
        self->m_session->executor()->forgetSecrets();
        self->finish();
    });
}

} // namespace pgpilot
