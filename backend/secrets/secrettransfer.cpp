// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrettransfer.h"

#include "secretstore.h"

#include <QCoreApplication>

#include <memory>

namespace pgpilot {

namespace {

struct Collecting
{
    SecretStore* store;
    QStringList keys;
    qsizetype next = 0;
    CollectedSecrets result;
    std::function<void(CollectedSecrets)> done;
};

void collectNext(const std::shared_ptr<Collecting>& state)
{
    if (state->next == state->keys.size()) {
        const auto done = std::move(state->done);
        return done(std::move(state->result));
    }
    const QString key = state->keys.at(state->next++);
    state->store->read(key, [state, key](const SecretStore::Result& r) {
        if (r.status == SecretStore::Status::Failed) {
            state->result.bundle.wipe();
            state->result.absent.clear();
            state->result.error
                = QCoreApplication::translate("pgpilot::SecretTransfer", "%1 could not be read: %2")
                      .arg(key, r.error);
            const auto done = std::move(state->done);
            return done(std::move(state->result));
        }
        if (r.status == SecretStore::Status::Ok && !r.value.isEmpty())
            state->result.bundle.secrets.append({key, r.value});
        else
            state->result.absent << key;
        collectNext(state);
    });
}

struct Importing
{
    SecretStore* store;
    SecretBundle bundle;
    bool replace = false;
    qsizetype next = 0;
    QStringList toWrite; // in the order of the bundle; replaced ones are in result.conflicts first
    SecretImport result;
    std::function<void(const SecretImport&)> done;

    void finish(SecretImport::Outcome outcome)
    {
        bundle.wipe();
        result.outcome = outcome;
        const auto call = std::move(done);
        call(result);
    }
    QByteArray valueOf(const QString& key) const
    {
        for (const auto& [k, v] : bundle.secrets) {
            if (k == key)
                return v;
        }
        return {};
    }
};

void writeNext(const std::shared_ptr<Importing>& state)
{
    if (state->next == state->toWrite.size())
        return state->finish(SecretImport::Outcome::Imported);
    const QString key = state->toWrite.at(state->next++);
    state->store->write(key, state->valueOf(key), [state, key](const SecretStore::Result& r) {
        if (r.status != SecretStore::Status::Ok) {
            state->result.error
                = QCoreApplication::translate("pgpilot::SecretTransfer", "%1 could not be stored: %2")
                      .arg(key, r.error);
            return state->finish(SecretImport::Outcome::StoreFailed);
        }
        if (state->result.conflicts.removeOne(key))
            state->result.replaced << key;
        else
            state->result.written << key;
        writeNext(state);
    });
}

void compareNext(const std::shared_ptr<Importing>& state)
{
    if (state->next == state->bundle.secrets.size()) {
        if (!state->result.conflicts.isEmpty() && !state->replace)
            return state->finish(SecretImport::Outcome::Conflict);
        state->next = 0;
        return writeNext(state);
    }
    const QString key = state->bundle.secrets.at(state->next++).first;
    state->store->read(key, [state, key](const SecretStore::Result& r) {
        if (r.status == SecretStore::Status::Failed) {
            state->result.error
                = QCoreApplication::translate("pgpilot::SecretTransfer", "%1 could not be read: %2")
                      .arg(key, r.error);
            return state->finish(SecretImport::Outcome::StoreFailed);
        }
        QByteArray held = r.status == SecretStore::Status::Ok ? r.value : QByteArray();
        if (held.isEmpty()) {
            state->toWrite << key;
        } else if (held == state->valueOf(key)) {
            state->result.unchanged << key;
        } else {
            state->result.conflicts << key;
            state->toWrite << key;
        }
        wipeBytes(held);
        compareNext(state);
    });
}

} // namespace

void collectSecrets(SecretStore* store, const QString& cluster, const QStringList& keys,
    std::function<void(CollectedSecrets collected)> done)
{
    auto state = std::make_shared<Collecting>();
    state->store = store;
    state->keys = keys;
    state->keys.removeDuplicates();
    state->result.bundle.cluster = cluster;
    state->done = std::move(done);
    if (!store) {
        state->result.error = QCoreApplication::translate(
            "pgpilot::SecretTransfer", "There is no secret store to read the secrets from.");
        const auto call = std::move(state->done);
        return call(std::move(state->result));
    }
    collectNext(state);
}

void importSecrets(SecretStore* store, const SecretBundle& bundle, bool replace,
    std::function<void(const SecretImport&)> done)
{
    auto state = std::make_shared<Importing>();
    state->store = store;
    state->bundle = bundle;
    state->replace = replace;
    state->done = std::move(done);
    if (!store) {
        state->result.error = QCoreApplication::translate(
            "pgpilot::SecretTransfer", "There is no secret store to write the secrets to.");
        return state->finish(SecretImport::Outcome::StoreFailed);
    }
    compareNext(state);
}

} // namespace pgpilot
