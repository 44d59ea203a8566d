// SPDX-License-Identifier: GPL-3.0-or-later
// Round-trip latency and throughput of SshHost on the lab's nodes (tests/lab/lab up first).
// Prints figures for docs/performance.md; never passes or fails on time.
#include "cluster/specfile.h"
#include "remote/connector.h"
#include "remote/sshhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace pgpilot;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString file
        = qEnvironmentVariable("LAB_CLUSTER_FILE", QStringLiteral("/var/cache/pgpilot-lab/run/cluster.json"));
    const auto loaded = loadSpecFile(file);
    if (!loaded.spec) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error));
        return 1;
    }
    const int perNode = 100;
    QList<SshHost*> hosts;
    QHash<SshHost*, QList<qint64>> latencies;
    QHash<SshHost*, int> remaining;
    QElapsedTimer total;
    int finishedHosts = 0;
    qint64 throughputMs = 0;
    constexpr qint64 kBytes = 64 * 1024 * 1024;

    for (const NodeSpec& node : loaded.spec->nodes) {
        auto* host = new SshHost(ClusterConnector::settingsFor(*loaded.spec, node));
        hosts << host;
        remaining.insert(host, perNode);
        auto* clock = new QElapsedTimer;
        QObject::connect(host, &RemoteHost::finished, host, [&, host, clock](quint64, const RunResult& r) {
            if (!r.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error));
                QCoreApplication::exit(1);
                return;
            }
            if (clock->isValid())
                latencies[host].append(clock->nsecsElapsed() / 1000);
            if (remaining[host]-- > 0) {
                clock->start();
                RunRequest req;
                req.command = QStringLiteral("true");
                host->run(req);
            } else if (++finishedHosts == hosts.size()) {
                const qint64 allMs = total.elapsed();
                // Throughput: 64 MiB from the first node.
                QElapsedTimer t;
                t.start();
                RunRequest big;
                big.command = QStringLiteral("head -c %1 /dev/zero").arg(kBytes);
                SshHost* first = hosts.first();
                QObject::disconnect(first, &RemoteHost::finished, nullptr, nullptr);
                QObject::connect(
                    first, &RemoteHost::finished, first, [&, t, allMs](quint64, const RunResult& bigResult) {
                        throughputMs = t.elapsed();
                        std::printf("nodes: %lld, commands per node: %d, all in %lld ms (in parallel)\n",
                            static_cast<long long>(hosts.size()), perNode, static_cast<long long>(allMs));
                        for (SshHost* h : std::as_const(hosts)) {
                            QList<qint64> l = latencies.value(h);
                            std::sort(l.begin(), l.end());
                            std::printf("%s: round trip median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                                qPrintable(h->nodeName()), l.at(l.size() / 2) / 1000.0,
                                l.at(l.size() * 95 / 100) / 1000.0, l.last() / 1000.0);
                        }
                        std::printf(
                            "throughput: %lld MiB stdout in %lld ms = %.0f MiB/s (captured %lld bytes)\n",
                            static_cast<long long>(kBytes >> 20), static_cast<long long>(throughputMs),
                            (kBytes >> 20) * 1000.0 / double(throughputMs),
                            static_cast<long long>(bigResult.stdOut.size()));
                        QCoreApplication::exit(0);
                    });
                first->run(big);
            }
        });
    }
    // Connect everything first so the first command's figure is not the handshake.
    total.start();
    for (SshHost* h : std::as_const(hosts)) {
        RunRequest warm;
        warm.command = QStringLiteral("true");
        h->run(warm);
    }
    const int rc = app.exec();
    qDeleteAll(hosts);
    return rc;
}
