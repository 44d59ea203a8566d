// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipprobe.h"

#include "core/shell.h"
#include "remote/remotehost.h"

#include <QRegularExpression>
#include <QTimer>

namespace pgpilot {

SshVipProbe::SshVipProbe(const QString& vip, const QList<RemoteHost*>& hosts, int timeoutMs, QObject* parent)
    : VipProbe(parent)
    , m_vip(vip)
    , m_timeoutMs(timeoutMs)
{
    for (RemoteHost* host : hosts) {
        m_hosts.append(host);
        connect(host, &RemoteHost::finished, this, [this, host](quint64 jobId, const RunResult& r) {
            auto jobs = m_pending.find(host);
            if (jobs == m_pending.end())
                return;
            const auto it = jobs->find(jobId);
            if (it == jobs->end())
                return; // not ours: the host serves other jobs too
            const Pending pending = *it;
            jobs->erase(it);
            VipStatus status;
            status.polled = true;
            if (r.ok()) {
                status.known = true;
                status.holds = outputHoldsVip(r.stdOut, m_vip);
            } else {
                status.error = r.error.isEmpty() ? QString::fromUtf8(r.stdErr).trimmed() : r.error;
            }
            Q_EMIT result(pending.tick, pending.node, status);
        });
    }
}

QString SshVipProbe::command(const QString& vip)
{
    return QStringLiteral("ip -o addr show to ") + shellQuote(vip);
}

bool SshVipProbe::outputHoldsVip(const QByteArray& output, const QString& vip)
{
    // "2: ens3    inet 10.0.1.100/24 scope global secondary ens3 ..."
    const QRegularExpression re(
        QStringLiteral("\\binet6?\\s+") + QRegularExpression::escape(vip) + QStringLiteral("(/|\\s)"));
    return re.match(QString::fromUtf8(output)).hasMatch();
}

void SshVipProbe::probe(quint64 tick, const QStringList& nodes)
{
    for (const auto& host : std::as_const(m_hosts)) {
        if (!host || !nodes.contains(host->nodeName()))
            continue;
        auto& jobs = m_pending[host.data()];
        if (!jobs.isEmpty())
            continue; // still waiting for the previous answer
        RunRequest request;
        request.command = command(m_vip);
        request.timeoutMs = m_timeoutMs;
        const quint64 job = host->run(request);
        jobs.insert(job, {tick, host->nodeName()});
    }
}

void FixedVipProbe::probe(quint64 tick, const QStringList& nodes)
{
    m_asked += nodes;
    const QStringList holders = m_holders;
    QTimer::singleShot(0, this, [this, tick, nodes, holders] {
        for (const auto& node : nodes)
            Q_EMIT result(tick, node, VipStatus {true, true, holders.contains(node), {}});
    });
}

} // namespace pgpilot
