// SPDX-License-Identifier: GPL-3.0-or-later
// Where the monitor learns who holds the VIP: from each node's health service when its /health
// answer says (pgpilot-health --vip), over the VIP probe (SSH in the product) only for the nodes
// whose answer does not, and at once in the same tick when a node's answer stops saying it.
// Local: fake health services on 127.0.0.1, PostgreSQL refused, a FixedVipProbe that records
// whom it was asked about.
#include "monitor/clustermonitor.h"
#include "monitor/vipprobe.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace pgpilot;

namespace {

// Answers every request with HTTP/1.0 200 and the body set last, then closes.
class FakeHealth : public QTcpServer
{
public:
    explicit FakeHealth(const QByteArray& body)
        : m_body(body)
    {
        listen(QHostAddress::LocalHost, 0);
    }
    void setBody(const QByteArray& body) { m_body = body; }
    void setSilent(bool silent) { m_silent = silent; } // accept, never answer

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto head = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head] {
            head->append(socket->readAll());
            if (!head->contains("\r\n\r\n") || m_silent)
                return;
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    QByteArray m_body;
    bool m_silent = false;
};

QByteArray body(const char* vip)
{
    return QByteArray("{\"role\": \"replica\", \"timeline\": 1, \"wal_receiver\": \"streaming\"")
        + (vip ? QByteArray(", \"vip\": ") + vip : QByteArray()) + "}";
}

int refusedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort(); // closed when s goes: nothing listens there
}

} // namespace

class TestMonitorVip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthAnswerReplacesTheProbe()
    {
        FakeHealth holder(body("{\"address\": \"10.0.1.100\", \"holds\": true}"));
        FakeHealth other(body("{\"address\": \"10.0.1.100\", \"holds\": false}"));
        FakeHealth old(body(nullptr)); // a health service from before --vip
        const int pg = refusedPort();
        QList<MonitorTarget> targets {
            {QStringLiteral("a"), QStringLiteral("127.0.0.1"), pg, holder.serverPort(), 0},
            {QStringLiteral("b"), QStringLiteral("127.0.0.1"), pg, other.serverPort(), 0},
            {QStringLiteral("c"), QStringLiteral("127.0.0.1"), pg, old.serverPort(), 0}};
        MonitorOptions options;
        options.pgTimeoutMs = 1000;
        options.publishAfterMs = 3000; // every tick waits for every answer: deterministic
        ClusterMonitor monitor(QStringLiteral("lab"), QStringLiteral("10.0.1.100"), targets, "x", options);
        FixedVipProbe probe;
        probe.setHolders({QStringLiteral("c")}); // the SSH view: only c (c's answer says nothing)
        monitor.setVipProbe(&probe);
        QSignalSpy ready(&monitor, &ClusterMonitor::snapshotReady);
        auto poll = [&] {
            const qsizetype before = ready.size();
            monitor.pollNow();
            QTRY_VERIFY_WITH_TIMEOUT(ready.size() > before, 10000);
        };
        // The first answers tell: a and b say it, c does not, so c is asked over the probe in
        // that same tick, and on every tick after it.
        poll();
        QCOMPARE(probe.asked(), QStringList {QStringLiteral("c")});
        for (int i = 0; i < 3; ++i)
            poll();
        QCOMPARE(probe.asked().count(QStringLiteral("a")), 0);
        QCOMPARE(probe.asked().count(QStringLiteral("b")), 0);
        QCOMPARE(probe.asked().count(QStringLiteral("c")), 4);
        const ClusterSnapshot s = monitor.latest();
        QVERIFY(s.node(QStringLiteral("a"))->vip.known && s.node(QStringLiteral("a"))->vip.holds);
        QVERIFY(s.node(QStringLiteral("b"))->vip.known && !s.node(QStringLiteral("b"))->vip.holds);
        QVERIFY(s.node(QStringLiteral("c"))->vip.known && s.node(QStringLiteral("c"))->vip.holds);
        QCOMPARE(s.node(QStringLiteral("a"))->health.vipAddress, QStringLiteral("10.0.1.100"));

        // a's service can no longer tell (its own error), b's speaks of another address: both are
        // asked over the probe in that same tick, and their status is the probe's.
        holder.setBody(
            body("{\"address\": \"10.0.1.100\", \"error\": \"cannot read this node's addresses\"}"));
        other.setBody(body("{\"address\": \"10.0.9.9\", \"holds\": true}"));
        poll();
        QCOMPARE(probe.asked().count(QStringLiteral("a")), 1);
        QCOMPARE(probe.asked().count(QStringLiteral("b")), 1);
        const ClusterSnapshot after = monitor.latest();
        QCOMPARE(after.node(QStringLiteral("a"))->health.vipError,
            QStringLiteral("cannot read this node's addresses"));
        QVERIFY(after.node(QStringLiteral("a"))->vip.known && !after.node(QStringLiteral("a"))->vip.holds);
        QVERIFY(after.node(QStringLiteral("b"))->vip.known && !after.node(QStringLiteral("b"))->vip.holds);
        QCOMPARE(after.vipHolder, QStringLiteral("c"));
        // And they stay with the probe until their answers say it again.
        poll();
        QCOMPARE(probe.asked().count(QStringLiteral("a")), 2);
        holder.setBody(body("{\"address\": \"10.0.1.100\", \"holds\": false}"));
        poll(); // asked once more (its answer of this tick came after the probe started)
        poll();
        QCOMPARE(probe.asked().count(QStringLiteral("a")), 3);
    }

    void silentHealthServiceFallsBackAtOnce()
    {
        // The holder's health service stops answering (the node crashed): once its request times
        // out the probe is asked at once, though that tick's snapshot went out long before, so
        // its last "holds" does not outlive it by another tick.
        FakeHealth holder(body("{\"address\": \"10.0.1.100\", \"holds\": true}"));
        const int pg = refusedPort();
        QList<MonitorTarget> targets {
            {QStringLiteral("a"), QStringLiteral("127.0.0.1"), pg, holder.serverPort(), 0}};
        MonitorOptions options;
        options.pgTimeoutMs = 500;
        options.httpTimeoutMs = 700;
        options.publishAfterMs = 200;
        ClusterMonitor monitor(QStringLiteral("lab"), QStringLiteral("10.0.1.100"), targets, "x", options);
        FixedVipProbe probe; // the SSH view: nobody holds it
        monitor.setVipProbe(&probe);
        QSignalSpy ready(&monitor, &ClusterMonitor::snapshotReady);
        monitor.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().node(QStringLiteral("a"))->vip.holds, 5000);
        QVERIFY(probe.asked().isEmpty());
        holder.setSilent(true);
        const qsizetype before = ready.size();
        monitor.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() > before, 5000); // published after 200 ms
        QVERIFY(probe.asked().isEmpty()); // the health request still runs
        QTRY_COMPARE_WITH_TIMEOUT(probe.asked(), QStringList {QStringLiteral("a")}, 5000);
        monitor.pollNow(); // the next snapshot has the probe's answer
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.latest().node(QStringLiteral("a"))->vip.holds, 5000);
    }

    void noProbeStillReadsTheHealthAnswers()
    {
        // Without a VIP probe (no SSH), the nodes that report it are still known.
        FakeHealth holder(body("{\"address\": \"10.0.1.100\", \"holds\": true}"));
        FakeHealth old(body(nullptr));
        const int pg = refusedPort();
        QList<MonitorTarget> targets {
            {QStringLiteral("a"), QStringLiteral("127.0.0.1"), pg, holder.serverPort(), 0},
            {QStringLiteral("c"), QStringLiteral("127.0.0.1"), pg, old.serverPort(), 0}};
        MonitorOptions options;
        options.pgTimeoutMs = 1000;
        options.publishAfterMs = 3000;
        ClusterMonitor monitor(QStringLiteral("lab"), QStringLiteral("10.0.1.100"), targets, "x", options);
        QSignalSpy ready(&monitor, &ClusterMonitor::snapshotReady);
        monitor.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);
        const ClusterSnapshot s = monitor.latest();
        QVERIFY(s.node(QStringLiteral("a"))->vip.known && s.node(QStringLiteral("a"))->vip.holds);
        QVERIFY(!s.node(QStringLiteral("c"))->vip.polled);
        QCOMPARE(s.vipHolder, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestMonitorVip)
#include "tst_monitorvip.moc"
