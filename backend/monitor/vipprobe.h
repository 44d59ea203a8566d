// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace pgpilot {

class RemoteHost;

// Finds which nodes hold the VIP. An interface so tests can stand in for SSH. probe() returns at
// once; one result() per node asked follows, tagged with the tick. The monitor asks only the nodes
// whose health service does not say it (ClusterMonitor).
class VipProbe : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~VipProbe() override = default;

    virtual void probe(quint64 tick, const QStringList& nodes) = 0;

Q_SIGNALS:
    void result(quint64 tick, const QString& node, const pgpilot::VipStatus& status);
};

// `ip -o addr show to <vip>` on every node over its RemoteHost (not owned: the caller keeps the
// SSH sessions, ideally dedicated to monitoring so probes never queue behind long operations).
// A node whose previous probe still runs is skipped for this tick rather than queued.
class SshVipProbe : public VipProbe
{
    Q_OBJECT
public:
    SshVipProbe(
        const QString& vip, const QList<RemoteHost*>& hosts, int timeoutMs = 3000, QObject* parent = nullptr);

    void probe(quint64 tick, const QStringList& nodes) override;

    static QString command(const QString& vip);
    // Whether `ip -o addr show to <vip>` output shows the address on an interface.
    static bool outputHoldsVip(const QByteArray& output, const QString& vip);

private:
    struct Pending
    {
        quint64 tick = 0;
        QString node;
    };
    QString m_vip;
    QList<QPointer<RemoteHost>> m_hosts;
    int m_timeoutMs;
    QHash<RemoteHost*, QHash<quint64, Pending>> m_pending; // per host: job id -> tick
};

// Answers from a list of holders the caller sets (tests).
class FixedVipProbe : public VipProbe
{
    Q_OBJECT
public:
    using VipProbe::VipProbe;
    void setHolders(const QStringList& holders) { m_holders = holders; }
    void probe(quint64 tick, const QStringList& nodes) override;
    // Every node asked, in order (tests).
    const QStringList& asked() const { return m_asked; }

private:
    QStringList m_holders;
    QStringList m_asked;
};

} // namespace pgpilot

Q_DECLARE_METATYPE(pgpilot::VipStatus)
