// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pgpilot {

// Before pgpilot makes up a secret the keychain lacks (the repmgr and application passwords,
// the postgres SSH key), it asks every node whether that secret already has a value there: a
// cluster set up from another workstation, or by hand. Making up a new one would leave the
// database with the old password and pgpilot locked out, so such a secret is asked for instead.

struct SecretEvidence
{
    QString key; // the keychain key, e.g. pgpilot:prod:repmgr-password
    QString node;
    QString found; // what shows it, e.g. "the role repmgr in the database"
};

// A read-only command for every node (run as root): one line per sign it finds, "<tag> <what>".
// It never prints a secret; a PostgreSQL that does not answer only leaves out the role lines.
QString existingSecretsCommand(const ClusterSpec& spec);

// The signs in a node's answer that concern one of the missing keys.
QList<SecretEvidence> parseExistingSecrets(
    const ClusterSpec& spec, const QString& node, const QByteArray& stdOut, const QStringList& missingKeys);

// The refusal shown to the admin: what was found where, which keys to supply and how.
QString existingSecretsError(const QList<SecretEvidence>& evidence);

} // namespace pgpilot
