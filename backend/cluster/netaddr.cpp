// SPDX-License-Identifier: GPL-3.0-or-later
#include "netaddr.h"

#include "specvalidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::Netaddr", text);
}

// Applies a prefix length to an address and returns the network address.
QHostAddress maskAddress(const QHostAddress& address, int prefixLength)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = prefixLength == 0 ? 0u : ~quint32(0) << (32 - prefixLength);
        return QHostAddress(address.toIPv4Address() & mask);
    }
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int bitsHere = qBound(0, prefixLength - i * 8, 8);
        const auto mask = static_cast<quint8>(bitsHere == 0 ? 0 : 0xff << (8 - bitsHere));
        bytes[i] = static_cast<quint8>(bytes[i] & mask);
    }
    return QHostAddress(bytes);
}

} // namespace

std::optional<QHostAddress> parseIpAddress(const QString& text)
{
    static const QRegularExpression ipv4(QStringLiteral(
        R"(^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$)"));
    static const QRegularExpression ipv6Chars(QStringLiteral(R"(^[0-9A-Fa-f:.]+$)"));
    if (rules::matchesWhole(ipv4, text))
        return QHostAddress(text);
    if (text.contains(QLatin1Char(':')) && rules::matchesWhole(ipv6Chars, text)) {
        QHostAddress address;
        if (address.setAddress(text) && address.protocol() == QAbstractSocket::IPv6Protocol)
            return address;
    }
    return std::nullopt;
}

bool Subnet::contains(const QHostAddress& address) const
{
    if (address.protocol() != network.protocol())
        return false;
    return maskAddress(address, prefixLength) == network;
}

bool Subnet::isReservedHostAddress(const QHostAddress& address) const
{
    if (!isIpv4() || prefixLength > 30 || !contains(address))
        return false;
    const quint32 hostMask = prefixLength == 0 ? ~0u : (quint32(1) << (32 - prefixLength)) - 1;
    const quint32 host = address.toIPv4Address() & hostMask;
    return host == 0 || host == hostMask;
}

QString Subnet::toString() const
{
    return QStringLiteral("%1/%2").arg(network.toString()).arg(prefixLength);
}

SubnetParse parseSubnet(const QString& text)
{
    SubnetParse result;
    if (text.isEmpty()) {
        result.error = tr("The subnet is empty: write it with its prefix length, e.g. 10.0.1.0/24.");
        return result;
    }
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        result.error
            = tr("Write the subnet with its prefix length, e.g. %1/24.").arg(rules::printable(text, 60));
        return result;
    }
    const auto address = parseIpAddress(text.left(slash));
    if (!address) {
        result.error = tr("\"%1\" is not an IPv4 or IPv6 network address.")
                           .arg(rules::printable(text.left(slash), 60));
        return result;
    }
    static const QRegularExpression digits(QStringLiteral("^(0|[1-9][0-9]{0,2})$"));
    const QString lengthText = text.mid(slash + 1);
    const int maxLength = address->protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    const int length = rules::matchesWhole(digits, lengthText) ? lengthText.toInt() : -1;
    if (length < 1 || length > maxLength) {
        result.error = tr("The prefix length must be a number from 1 to %1.").arg(maxLength);
        return result;
    }
    const QHostAddress network = maskAddress(*address, length);
    if (network != *address) {
        result.error = tr("%1 has host bits set for a /%2 subnet: did you mean %3/%2?")
                           .arg(address->toString())
                           .arg(length)
                           .arg(network.toString());
        return result;
    }
    result.subnet = Subnet {network, length};
    return result;
}

} // namespace pgpilot
