// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotation.h"

#include "exec/clustersession.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>

#include <memory>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::Operations", text);
}

using Next = std::function<void(const QString&)>;

struct Sequence
{
    int count = 0;
    std::function<void(int, Next)> step;
    Next done;
};

void runFrom(const std::shared_ptr<Sequence>& s, int i)
{
    if (i >= s->count)
        return s->done({});
    s->step(i, [s, i](const QString& error) {
        if (!error.isEmpty())
            return s->done(error);
        runFrom(s, i + 1);
    });
}

} // namespace

void runInSequence(int count, std::function<void(int, Next)> step, Next done)
{
    runFrom(std::make_shared<Sequence>(Sequence {count, std::move(step), std::move(done)}), 0);
}

void preparePendingPasswords(
    SecretStore* store, const QList<PasswordRole>& roles, std::function<void(const PendingPasswords&)> done)
{
    auto out = std::make_shared<PendingPasswords>();
    if (!store) {
        out->error = tr("There is no secret store to keep the new passwords in.");
        return done(*out);
    }
    runInSequence(
        int(roles.size()),
        [store, roles, out](int i, std::function<void(const QString&)> next) {
            const PasswordRole role = roles.at(i);
            const QString pending = pendingSecretKey(role.key);
            store->read(pending, [store, role, pending, out, next](const SecretStore::Result& r) {
                if (r.status == SecretStore::Status::Ok && !r.value.isEmpty()) {
                    out->values.insert(pending, r.value);
                    out->resumed << role.role;
                    return next({});
                }
                if (r.status == SecretStore::Status::Failed)
                    return next(tr("The keychain could not be read (%1): %2").arg(pending, r.error));
                const QByteArray value = generatePassword();
                store->write(
                    pending, value, [store, pending, value, out, next](const SecretStore::Result& w) {
                        if (w.status != SecretStore::Status::Ok)
                            return next(
                                tr("The new password could not be stored (%1): %2").arg(pending, w.error));
                        store->read(pending, [pending, value, out, next](const SecretStore::Result& back) {
                            if (back.status != SecretStore::Status::Ok || back.value != value)
                                return next(
                                    tr("The keychain did not keep the new password (%1).").arg(pending));
                            out->values.insert(pending, value);
                            next({});
                        });
                    });
            });
        },
        [out, done](const QString& error) {
            out->error = error;
            done(*out);
        });
}

void promotePendingPasswords(
    SecretStore* store, const QList<PasswordRole>& roles, std::function<void(const QString&)> done)
{
    QStringList keys;
    for (const PasswordRole& role : roles)
        keys << role.key;
    promotePendingKeys(store, keys, std::move(done));
}

void promotePendingKeys(SecretStore* store, const QStringList& keys, std::function<void(const QString&)> done)
{
    if (!store)
        return done(tr("There is no secret store."));
    runInSequence(
        int(keys.size()),
        [store, keys](int i, std::function<void(const QString&)> next) {
            const QString key = keys.at(i);
            const QString pending = pendingSecretKey(key);
            store->read(pending, [store, key, pending, next](const SecretStore::Result& r) {
                if (r.status == SecretStore::Status::NotFound)
                    return next({}); // promoted by an earlier run already
                if (r.status != SecretStore::Status::Ok || r.value.isEmpty())
                    return next(tr("The new value %1 could not be read back: %2").arg(pending, r.error));
                store->write(key, r.value, [store, key, pending, next](const SecretStore::Result& w) {
                    if (w.status != SecretStore::Status::Ok)
                        return next(tr("The new value could not be stored under %1 (it stays under %2): %3")
                                        .arg(key, pending, w.error));
                    store->remove(pending, [pending, next](const SecretStore::Result& rm) {
                        if (rm.status == SecretStore::Status::Failed)
                            return next(tr("%1 could not be removed: %2").arg(pending, rm.error));
                        next({});
                    });
                });
            });
        },
        done);
}

} // namespace pgpilot
