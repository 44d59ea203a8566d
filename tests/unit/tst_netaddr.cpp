// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/netaddr.h"

#include <QTest>

using namespace pgpilot;

class TestNetaddr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesStrictly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ipv4") << "10.0.1.11" << true;
        QTest::newRow("ipv4 zero") << "0.0.0.0" << true;
        QTest::newRow("ipv6") << "fd00::11" << true;
        QTest::newRow("ipv6 full") << "2001:db8:0:0:0:0:0:1" << true;
        QTest::newRow("short ipv4") << "10.1" << false;
        QTest::newRow("leading zero") << "010.0.0.1" << false;
        QTest::newRow("octet 256") << "10.0.0.256" << false;
        QTest::newRow("trailing space") << "10.0.0.1 " << false;
        QTest::newRow("scope id") << "fe80::1%eth0" << false;
        QTest::newRow("host name") << "pg1" << false;
        QTest::newRow("empty") << "" << false;
    }
    void parsesStrictly()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(parseIpAddress(text).has_value(), valid);
    }

    void subnetContains()
    {
        const auto parsed = parseSubnet(QStringLiteral("10.0.1.0/24"));
        QVERIFY2(parsed.subnet, qPrintable(parsed.error));
        QVERIFY(parsed.subnet->contains(QHostAddress(QStringLiteral("10.0.1.200"))));
        QVERIFY(!parsed.subnet->contains(QHostAddress(QStringLiteral("10.0.2.1"))));
        QVERIFY(!parsed.subnet->contains(QHostAddress(QStringLiteral("fd00::1"))));
        QVERIFY(parsed.subnet->isReservedHostAddress(QHostAddress(QStringLiteral("10.0.1.0"))));
        QVERIFY(parsed.subnet->isReservedHostAddress(QHostAddress(QStringLiteral("10.0.1.255"))));
        QVERIFY(!parsed.subnet->isReservedHostAddress(QHostAddress(QStringLiteral("10.0.1.1"))));
    }

    void subnetIpv6()
    {
        const auto parsed = parseSubnet(QStringLiteral("fd00:10::/64"));
        QVERIFY2(parsed.subnet, qPrintable(parsed.error));
        QVERIFY(parsed.subnet->contains(QHostAddress(QStringLiteral("fd00:10::5"))));
        QVERIFY(!parsed.subnet->contains(QHostAddress(QStringLiteral("fd00:11::5"))));
    }

    void subnetErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no prefix") << "10.0.1.0"
                                   << "with its prefix length";
        QTest::newRow("host bits") << "10.0.1.5/24"
                                   << "did you mean 10.0.1.0/24";
        QTest::newRow("prefix 33") << "10.0.1.0/33"
                                   << "from 1 to 32";
        QTest::newRow("prefix text") << "10.0.1.0/x"
                                     << "from 1 to 32";
        QTest::newRow("bad address") << "10.0.1/24"
                                     << "not an IPv4 or IPv6 network address";
    }
    void subnetErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto parsed = parseSubnet(text);
        QVERIFY(!parsed.subnet);
        QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
    }
};

QTEST_GUILESS_MAIN(TestNetaddr)
#include "tst_netaddr.moc"
