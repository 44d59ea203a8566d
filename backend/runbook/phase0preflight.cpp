// SPDX-License-Identifier: GPL-3.0-or-later
// Phase 0: pre-flight.

#include "builderutil.h"
#include "cluster/netaddr.h"
#include "core/shell.h"
#include "criteria.h"

#include <algorithm>

namespace pgpilot {

Phase Builder::phase0() const
{
    Phase p;
    p.number = 0;
    p.title = tr("Pre-flight checks");
    p.summary = tr("Reaches every node and checks the operating system, free disk, clocks, the network "
                   "interface and addresses, that the VIP is free and that the cluster's ports are free. "
                   "Changes nothing.");
    const PlatformProfile& profile = platformProfile(m_spec.platform);
    const ClusterSpec spec = m_spec;

    p.checkpoint << perNode(QStringLiteral("p0.reach"), tr("Every node answers over SSH"),
        QStringLiteral("uname -n"), [](const NodeSpec& node, const CommandOutput& out) {
            return result(out.exitCode == 0, node.name, tr("a shell answers"),
                out.exitCode == 0 ? tr("answered as %1").arg(text(out.stdOut)) : text(out.stdErr),
                tr("The login works but the shell fails: check the account and sudo settings."));
        });

    const QString expectedOs = profile.osId + QLatin1Char(' ') + profile.osVersionId;
    p.checkpoint << perNode(QStringLiteral("p0.os"), tr("Operating system is %1").arg(profile.displayName),
        QStringLiteral(". /etc/os-release && printf '%s %s\\n' \"$ID\" \"$VERSION_ID\""),
        [expectedOs, profile](const NodeSpec& node, const CommandOutput& out) {
            const QString seen = text(out.stdOut);
            return result(seen == expectedOs, node.name, expectedOs, seen.isEmpty() ? text(out.stdErr) : seen,
                tr("The node runs another OS than the worksheet's platform (%1): change the platform or "
                   "the node.")
                    .arg(profile.displayName));
        });

    constexpr qint64 minFreeKiB = 5LL * 1024 * 1024;
    p.checkpoint << perNode(QStringLiteral("p0.disk"), tr("At least 5 GiB free under /var/lib"),
        QStringLiteral("df -Pk /var/lib | awk 'NR==2 {print $4}'"),
        [](const NodeSpec& node, const CommandOutput& out) {
            bool ok = false;
            const qint64 kib = text(out.stdOut).toLongLong(&ok);
            return result(ok && kib >= minFreeKiB, node.name, tr(">= 5 GiB free"),
                ok ? tr("%1 MiB free").arg(kib / 1024) : text(out.stdErr),
                tr("PostgreSQL's data and WAL live under /var/lib: free space or grow the disk."));
        });

    {
        Criterion c = criterion(QStringLiteral("p0.clock"), tr("Clocks agree within 5 seconds"),
            Step::Target::AllNodes, allNames(), QStringLiteral("date +%s"));
        const QStringList nodes = allNames();
        c.evaluate = [nodes](const QHash<QString, CommandOutput>& outputs) {
            QList<CriterionResult> results;
            QHash<QString, qint64> times;
            for (const QString& name : nodes) {
                const auto it = outputs.constFind(name);
                bool ok = false;
                const qint64 t = it == outputs.constEnd() ? 0 : text(it->stdOut).toLongLong(&ok);
                if (it == outputs.constEnd() || !it->reached || !ok)
                    results << result(false, name, tr("a time in seconds"),
                        it == outputs.constEnd() ? tr("no output") : text(it->stdOut + it->stdErr),
                        tr("The node did not report its time."));
                else
                    times.insert(name, t);
            }
            if (times.isEmpty())
                return results;
            const auto [lo, hi] = std::minmax_element(times.cbegin(), times.cend());
            const qint64 skew = *hi - *lo;
            results << result(skew <= 5, QString(), tr("at most 5 s between nodes"),
                tr("%1 s between %2 and %3").arg(skew).arg(lo.key(), hi.key()),
                tr("Clock skew confuses repmgr's and the logs' timelines: enable NTP (systemd-timesyncd "
                   "or "
                   "chrony) on every node."));
            return results;
        };
        p.checkpoint << c;
    }

    p.checkpoint << perNode(QStringLiteral("p0.interface"),
        tr("Each node's interface exists and carries its address"), QStringLiteral("ip -o addr show"),
        [](const NodeSpec& node, const CommandOutput& out) {
            const auto lines = criteria::parseIpAddr(out.stdOut);
            QString elsewhere;
            bool ifaceSeen = false;
            for (const auto& a : lines) {
                if (a.interface == node.interface)
                    ifaceSeen = true;
                if (a.address == node.address) {
                    if (a.interface == node.interface)
                        return result(true, node.name, tr("%1 on %2").arg(node.address, node.interface),
                            tr("%1/%2 on %3").arg(a.address).arg(a.prefix).arg(a.interface));
                    elsewhere = a.interface;
                }
            }
            const QString seen = !elsewhere.isEmpty()
                ? tr("%1 is on %2").arg(node.address, elsewhere)
                : (ifaceSeen ? tr("%1 has other addresses only").arg(node.interface)
                             : tr("no interface %1 with an address").arg(node.interface));
            return result(false, node.name, tr("%1 on %2").arg(node.address, node.interface), seen,
                !elsewhere.isEmpty() ? tr("Set the node's interface in the worksheet to %1.").arg(elsewhere)
                                     : tr("Check the interface name (ip -o addr) and the node's address in "
                                          "the worksheet."));
        });

    const SubnetParse subnet = parseSubnet(m_spec.network.subnet);
    const int subnetPrefix = subnet.subnet ? subnet.subnet->prefixLength : -1;
    p.checkpoint << perNode(QStringLiteral("p0.subnet"), tr("Each node's address has the subnet's prefix"),
        QStringLiteral("ip -o addr show"),
        [subnetPrefix, spec](const NodeSpec& node, const CommandOutput& out) {
            for (const auto& a : criteria::parseIpAddr(out.stdOut)) {
                if (a.address == node.address)
                    return result(a.prefix == subnetPrefix, node.name,
                        tr("/%1 as in %2").arg(subnetPrefix).arg(spec.network.subnet),
                        tr("%1/%2").arg(a.address).arg(a.prefix),
                        tr("The node's network differs from the worksheet's subnet: correct the subnet "
                           "or "
                           "the node's netmask."));
            }
            return result(false, node.name, tr("%1 configured").arg(node.address), tr("address not found"),
                tr("See the interface check."));
        });

    {
        // The VIP must not be assigned anywhere yet, unless this cluster's own keepalived holds it
        // (a re-run on a finished cluster; an adopted cluster's Keepalived names the VIP itself).
        const QString marker
            = m_spec.adopted.adopted ? m_spec.network.vip : QStringLiteral("pgpilot_") + m_spec.name;
        Criterion c = criterion(QStringLiteral("p0.vip-free"),
            tr("The VIP %1 is not in use").arg(m_spec.network.vip), Step::Target::AllNodes, allNames(),
            QStringLiteral(
                "ip -o addr show; printf 'ours=%s\\n' \"$(grep -c -F %1 /etc/keepalived/keepalived.conf "
                "2>/dev/null || true)\"; if command -v ping >/dev/null 2>&1; then if ping -c 2 -W 1 %2 "
                ">/dev/null 2>&1; then echo ping=answers; else echo ping=silent; fi; else echo "
                "ping=none; fi")
                .arg(shellQuote(marker), shellQuote(m_spec.network.vip)));
        const QStringList nodes = allNames();
        const QString vip = m_spec.network.vip;
        c.evaluate = [nodes, vip](const QHash<QString, CommandOutput>& outputs) {
            QList<CriterionResult> results;
            bool anyOurs = false;
            bool anyHolder = false;
            bool answers = false;
            for (const QString& name : nodes) {
                const auto it = outputs.constFind(name);
                if (it == outputs.constEnd() || !it->reached) {
                    results << unreachable(name, it == outputs.constEnd() ? nullptr : &*it);
                    continue;
                }
                const bool ours = criteria::keyValue(it->stdOut, QStringLiteral("ours")).toInt() > 0;
                anyOurs = anyOurs || ours;
                answers = answers
                    || criteria::keyValue(it->stdOut, QStringLiteral("ping")) == QLatin1String("answers");
                bool holds = false;
                for (const auto& a : criteria::parseIpAddr(it->stdOut))
                    holds = holds || a.address == vip;
                anyHolder = anyHolder || holds;
                results << result(!holds || ours, name, tr("VIP not assigned (or held by this cluster)"),
                    holds ? tr("%1 is assigned on this node").arg(vip) : tr("not assigned"),
                    tr("The VIP is already configured on this node by something else: choose a spare "
                       "address."));
            }
            const bool ok = !answers || anyOurs || anyHolder;
            results << result(ok, QString(), tr("no host answers on %1").arg(vip),
                answers ? tr("%1 answers ping").arg(vip) : tr("no answer"),
                tr("Another host on the subnet uses the VIP: choose a spare address."));
            return results;
        };
        p.checkpoint << c;
    }

    const QHash<int, QString> expectedProcess {
        {m_spec.ports.postgres, QStringLiteral("postgres")},
        {m_spec.ports.write, QStringLiteral("haproxy")},
        {m_spec.ports.read, QStringLiteral("haproxy")},
        {m_spec.ports.haproxyStats, QStringLiteral("haproxy")},
        {m_spec.ports.health, QStringLiteral("python3")},
    };
    p.checkpoint << perNode(QStringLiteral("p0.ports"),
        tr("Ports %1, %2, %3, %4 and %5 are free (or used by this cluster's own services)")
            .arg(m_spec.ports.postgres)
            .arg(m_spec.ports.write)
            .arg(m_spec.ports.read)
            .arg(m_spec.ports.health)
            .arg(m_spec.ports.haproxyStats),
        QStringLiteral("ss -Hltnp"), [expectedProcess](const NodeSpec& node, const CommandOutput& out) {
            QStringList busy;
            for (const auto& l : criteria::parseSsListeners(out.stdOut)) {
                const auto it = expectedProcess.constFind(l.port);
                if (it != expectedProcess.constEnd() && !l.process.startsWith(*it))
                    busy << tr("%1 (%2)").arg(l.port).arg(l.process.isEmpty() ? tr("unknown") : l.process);
            }
            busy.removeDuplicates();
            if (out.exitCode != 0)
                return result(false, node.name, tr("ss lists the listening sockets"), text(out.stdErr),
                    tr("ss (iproute2) is missing or failed."));
            return result(busy.isEmpty(), node.name, tr("free"),
                busy.isEmpty() ? tr("free") : tr("in use: %1").arg(busy.join(QStringLiteral(", "))),
                tr("Another program listens on a port the cluster needs: stop it or change the port in "
                   "the worksheet."));
        });
    return p;
}

} // namespace pgpilot
