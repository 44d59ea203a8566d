// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysecretstore.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace pgpilot {

MemorySecretStore::MemorySecretStore(QObject* parent, QString reason)
    : SecretStore(parent)
    , m_reason(reason.isEmpty() ? QCoreApplication::translate("pgpilot::SecretStore",
                   "Secrets are kept in memory only and are forgotten when pgpilot quits.")
                                : std::move(reason))
{ }

MemorySecretStore::~MemorySecretStore()
{
    // Overwrite the values before the memory is given back.
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        it->fill('\0');
}

SecretStore::Result MemorySecretStore::readNow(const QString& key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return {Status::NotFound, {},
            QCoreApplication::translate("pgpilot::SecretStore", "No secret named %1.").arg(key)};
    return {Status::Ok, *it, {}};
}

void MemorySecretStore::writeNow(const QString& key, const QByteArray& value)
{
    m_values.insert(key, value);
}

bool MemorySecretStore::removeNow(const QString& key)
{
    auto it = m_values.find(key);
    if (it == m_values.end())
        return false;
    it->fill('\0');
    m_values.erase(it);
    return true;
}

void MemorySecretStore::deliver(Callback done, Result result)
{
    if (!done)
        return;
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString& key, Callback done)
{
    deliver(std::move(done), readNow(key));
}

void MemorySecretStore::write(const QString& key, const QByteArray& value, Callback done)
{
    writeNow(key, value);
    deliver(std::move(done), {Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString& key, Callback done)
{
    removeNow(key);
    deliver(std::move(done), {Status::Ok, {}, {}});
}

} // namespace pgpilot
