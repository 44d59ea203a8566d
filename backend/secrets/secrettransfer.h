// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretbundle.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace pgpilot {

class SecretStore;

// Between a secret store and a bundle (secretbundle.h): what export-secrets and import-secrets
// (the command line and the window's File menu alike) do with the keychain or the secrets file.
// Each answers once, through done, after the store's asynchronous calls; one key at a time.

struct CollectedSecrets
{
    SecretBundle bundle; // the cluster's name and the keys the store holds, with their values
    QStringList absent; // keys the store does not hold (or holds empty): not in the bundle
    QString error; // the store failed on a key: nothing collected
};

// Reads keys (clusterSecretKeys() of the worksheet) from store.
void collectSecrets(SecretStore* store, const QString& cluster, const QStringList& keys,
    std::function<void(CollectedSecrets collected)> done);

struct SecretImport
{
    enum class Outcome
    {
        Imported, // every key is in the store now (written, replaced or unchanged)
        Conflict, // some keys hold other values and replace was not asked for: nothing written
        StoreFailed // the store could not be read or written; error says which key and why
    };
    Outcome outcome = Outcome::StoreFailed;
    QStringList written; // were absent
    QStringList unchanged; // held the same value already
    QStringList replaced; // held another value, now the bundle's (replace only)
    QStringList conflicts; // hold another value (Conflict: left as they are)
    QString error;
};

// Compares every key of the bundle with the store first; writes only when no key holds another
// value, or when replace is set (then those are overwritten).
void importSecrets(SecretStore* store, const SecretBundle& bundle, bool replace,
    std::function<void(const SecretImport&)> done);

} // namespace pgpilot
