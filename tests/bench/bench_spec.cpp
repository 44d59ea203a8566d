// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the worksheet's hot paths: validation runs on every keystroke, load/save on open/save.
// Prints figures; never passes or fails on time (see docs/performance.md).
#include "cluster/specfile.h"
#include "cluster/specvalidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace pgpilot;

namespace {

ClusterSpec nineNodeSpec()
{
    ClusterSpec spec = ClusterSpec::guideDefaults();
    spec.name = QStringLiteral("bench");
    spec.network.subnet = QStringLiteral("10.0.1.0/24");
    spec.network.vip = QStringLiteral("10.0.1.100");
    spec.application.subnet = QStringLiteral("10.0.2.0/24");
    spec.nodes.clear();
    for (int i = 1; i <= 9; ++i) {
        NodeSpec n;
        n.name = QStringLiteral("pg%1").arg(i);
        n.address = QStringLiteral("10.0.1.%1").arg(10 + i);
        n.role = i == 1 ? NodeRole::Primary : NodeRole::Standby;
        n.interface = QStringLiteral("ens3");
        n.ssh.keyFile = QStringLiteral("/home/dba/.ssh/id_ed25519");
        spec.nodes.append(n);
    }
    return spec;
}

template <typename F> void measure(const char* what, int iterations, F&& body)
{
    for (int i = 0; i < iterations / 10; ++i)
        body(); // warm-up
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i)
        body();
    const double us = double(timer.nsecsElapsed()) / 1000.0 / iterations;
    std::printf("%-40s %10.1f us/op  (%d iterations)\n", what, us, iterations);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const ClusterSpec spec = nineNodeSpec();
    const QByteArray bytes = specToBytes(spec);
    std::printf("cluster file of 9 nodes: %lld bytes\n", static_cast<long long>(bytes.size()));
    int sink = 0;
    measure("validate (9 nodes, valid)", 2000, [&] { sink += int(validate(spec).size()); });
    ClusterSpec broken = spec;
    for (auto& n : broken.nodes)
        n.address = QStringLiteral("10.0.9.1;x");
    measure("validate (9 nodes, every address bad)", 2000, [&] { sink += int(validate(broken).size()); });
    measure("serialize to JSON", 2000, [&] { sink += int(specToBytes(spec).size()); });
    measure("parse from JSON", 2000, [&] { sink += specFromBytes(bytes).spec ? 1 : 0; });
    std::printf("(checksum %d)\n", sink);
    return 0;
}
