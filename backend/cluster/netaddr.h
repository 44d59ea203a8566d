// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace pgpilot {

// Strict address parsing: what a DBA types must be exactly an address, nothing Qt or inet_aton
// would also accept ("10.1", "010.0.0.1", "1.2.3.4 ", scope ids).
std::optional<QHostAddress> parseIpAddress(const QString& text);

struct Subnet
{
    QHostAddress network;
    int prefixLength = 0;

    bool isIpv4() const { return network.protocol() == QAbstractSocket::IPv4Protocol; }
    bool contains(const QHostAddress& address) const;
    // For IPv4 subnets of /30 or wider: the network and broadcast addresses cannot be hosts.
    bool isReservedHostAddress(const QHostAddress& address) const;
    QString toString() const;
};

struct SubnetParse
{
    std::optional<Subnet> subnet;
    QString error; // set when subnet is empty
};

SubnetParse parseSubnet(const QString& text);

} // namespace pgpilot
