// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace pgpilot {

// Where passwords live: the OS keychain, or memory only when there is none.
// Every call answers asynchronously, on the store's thread, through its callback.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,
        Failed
    };
    struct Result
    {
        Status status = Status::Failed;
        QByteArray value; // only for read
        QString error;
    };
    using Callback = std::function<void(const Result&)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString& key, Callback done) = 0;
    virtual void write(const QString& key, const QByteArray& value, Callback done) = 0;
    virtual void remove(const QString& key, Callback done) = 0;

    // False when secrets are kept in memory only and are gone when pgpilot quits.
    virtual bool isPersistent() const = 0;
    // Why secrets are not persistent, in words for the admin (empty when they are).
    virtual QString notPersistentReason() const = 0;

Q_SIGNALS:
    // Emitted once when the keychain turns out to be unavailable and memory takes over.
    void persistenceLost(const QString& reason);
};

} // namespace pgpilot
