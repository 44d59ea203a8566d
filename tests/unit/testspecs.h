// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"

// A complete, valid worksheet shared by the unit tests.
inline pgpilot::ClusterSpec validTestSpec()
{
    using namespace pgpilot;
    ClusterSpec spec = ClusterSpec::guideDefaults();
    spec.name = QStringLiteral("prod");
    spec.repmgrPasswordRef = spec.secretKey(QStringLiteral("repmgr-password"));
    spec.network.subnet = QStringLiteral("10.0.1.0/24");
    spec.network.vip = QStringLiteral("10.0.1.100");
    spec.application.subnet = QStringLiteral("10.0.2.0/24");
    const char* addresses[] = {"10.0.1.11", "10.0.1.12", "10.0.1.13"};
    for (int i = 0; i < 3; ++i) {
        spec.nodes[i].address = QString::fromLatin1(addresses[i]);
        spec.nodes[i].interface = QStringLiteral("ens3");
        spec.nodes[i].ssh.keyFile = QStringLiteral("/home/dba/.ssh/id_ed25519");
    }
    return spec;
}
