// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/configfiles.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace pgpilot {

class SecretStore;

// The keychain side of rotate-secrets. A new password is stored under its pending key
// (pendingSecretKey) before anything on the cluster changes, so a crash loses nothing; it
// becomes the real key's value only once a login with it has worked on every node.
//
// A pending key found at the start means an earlier run stopped somewhere between storing it and
// promoting it. That run is finished, never rolled back: the database's password is set as
// postgres over the local socket, which needs no repmgr password, so whichever password the
// database has now, setting the pending one again always converges (and so does .pgpass).

struct PendingPasswords
{
    QHash<QString, QByteArray> values; // pending key -> the new password
    QStringList resumed; // the roles whose pending key an earlier run left
    QString error; // non-empty: nothing may change on the cluster
};

// For each role: the pending key's value when there is one, else a new generated password
// written to the pending key (read back to make sure the store kept it).
void preparePendingPasswords(
    SecretStore* store, const QList<PasswordRole>& roles, std::function<void(const PendingPasswords&)> done);

// For each role, in order: the pending value is written to the real key, then the pending key is
// removed. done(error) once all are done or at the first failure (the pending key then stays, and
// the next run finishes the rotation).
void promotePendingPasswords(
    SecretStore* store, const QList<PasswordRole>& roles, std::function<void(const QString& error)> done);
// The same for any keys (renew-certs: each node's key and certificate); a key without a pending
// value was promoted by an earlier run.
void promotePendingKeys(
    SecretStore* store, const QStringList& keys, std::function<void(const QString& error)> done);

// Runs step(i, next) for i = 0..count-1, one after the other; next(error) goes on, or stops the
// sequence with that error; done(error) at the end ("" when every step went on).
void runInSequence(int count, std::function<void(int, std::function<void(const QString&)>)> step,
    std::function<void(const QString&)> done);

} // namespace pgpilot
