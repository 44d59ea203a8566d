// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlaysecretstore.h"

namespace pgpilot {

OverlaySecretStore::OverlaySecretStore(SecretStore* base, QHash<QString, QByteArray> typed, QObject* parent)
    : SecretStore(parent)
    , m_base(base)
    , m_typed(std::move(typed))
{ }

OverlaySecretStore::~OverlaySecretStore()
{
    for (QByteArray& value : m_typed)
        value.fill('\0');
}

void OverlaySecretStore::read(const QString& key, Callback done)
{
    if (m_typed.contains(key))
        return done(Result {Status::Ok, m_typed.value(key), {}});
    if (!m_base)
        return done(Result {Status::NotFound, {}, {}});
    m_base->read(key, std::move(done));
}

void OverlaySecretStore::write(const QString&, const QByteArray&, Callback done)
{
    done(Result {Status::Failed, {}, notPersistentReason()});
}

void OverlaySecretStore::remove(const QString&, Callback done)
{
    done(Result {Status::Failed, {}, notPersistentReason()});
}

QString OverlaySecretStore::notPersistentReason() const
{
    return tr("typed secrets for a test: read-only");
}

} // namespace pgpilot
