// SPDX-License-Identifier: GPL-3.0-or-later
// Operation: rotate-secrets. New passwords for passwordRoles() (repmgr, the application role):
// the primary stores their SCRAM verifiers and every node's .pgpass gets the new repmgr
// password, in one step run on every node at once. The new values are read from the pending keys
// (<key>.pending) that backend/ops stores first and promotes once the verification passed.

#include "builderutil.h"
#include "core/shell.h"

namespace pgpilot {

void Builder::rotateOperation(OperationPhases& ops) const
{
    constexpr int n = kRotateSecretsPhase;
    Phase& p = ops.steps;
    const QList<PasswordRole> roles = passwordRoles(m_spec);
    QStringList names;
    QString sql = QStringLiteral("SET log_statement = 'none';\n"
                                 "SET log_min_duration_statement = -1;\n"
                                 "SET synchronous_commit = 'local';\n");
    QString repmgrPending;
    for (const PasswordRole& r : roles) {
        names << r.role;
        // The verifier is base64, '$' and ':' only: nothing to escape inside single quotes.
        sql += QStringLiteral("ALTER ROLE %1 PASSWORD '%2';\n")
                   .arg(r.role, scramPlaceholder(pendingSecretKey(r.key)));
        if (r.inPgpass)
            repmgrPending = pendingSecretKey(r.key);
    }
    p.title = tr("Rotate the passwords of %1").arg(names.join(QStringLiteral(", ")));
    p.summary = tr("The primary stores new passwords for %1 (as SCRAM verifiers: the plain password never "
                   "reaches the server) and every node's %2 gets the new repmgr password at the same time. "
                   "Open sessions stay; new logins need the new password.")
                    .arg(names.join(QStringLiteral(", ")), nodepaths::pgpassFile());
    // Only the node that is the writable primary now runs the ALTER ROLEs (the catalog reaches the
    // standbys by replication); a standby reads its stdin away and says so.
    const QString alter = QStringLiteral("if [ \"$(%1)\" = f ]; then %2; else cat >/dev/null; echo %3; fi")
                              .arg(psql(QStringLiteral("SELECT pg_is_in_recovery()")), psqlStdin(),
                                  shellQuote(tr("a standby: the primary sets the passwords")));
    p.steps << forAll(opId(n, QStringLiteral("change")),
        tr("Set the new passwords on the primary and in every .pgpass"),
        tr("The new passwords are kept under their pending keys: run rotate-secrets again to finish."),
        [&](const NodeSpec& node) {
            QList<Action> actions {
                runStdin(tr("Set the new passwords (on the primary)"), alter, kPostgres, sql)};
            if (!repmgrPending.isEmpty()) {
                const RenderedFile pass = render::pgpass(m_spec, node, repmgrPending);
                actions << write(tr("Write %1 with the new repmgr password").arg(pass.path), pass);
            }
            return work(node, actions);
        });

    ops.prechecks.checkpoint << reachCriterion() << currentPrimaryCriterion(QString());
    for (const PasswordRole& r : roles)
        ops.verification.checkpoint << storedPasswordCriterion(r.role, pendingSecretKey(r.key), r.database);
    ops.verification.checkpoint << pgpassLoginCriterion();
}

} // namespace pgpilot
