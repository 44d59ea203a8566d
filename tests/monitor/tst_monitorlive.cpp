// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/statuscommand.h"
#include "cluster/clusterspec.h"
#include "monitor/clustermonitor.h"
#include "monitor/pgpoller.h"
#include "pgfixture.h"
#include "runbook/configfiles.h"
#include "secrets/memorysecretstore.h"
#include "secrets/scram.h"
#include "services/clusterservices.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace pgpilot;

namespace {

const QByteArray kPassword = "s3cret-monitor";

// Accepts TCP connections and never answers: a node whose kernel is up but whose services hang.
class BlackHole : public QTcpServer
{
public:
    BlackHole() { listen(QHostAddress::LocalHost, 0); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor); // held open, never read, never written
    }
};

// Answers every request with "200 OK" and then streams bytes without end: a hostile neighbour on a
// node's health or stats port. Counts what it managed to write and whether the client hung up.
class Flood : public QTcpServer
{
public:
    Flood() { listen(QHostAddress::LocalHost, 0); }
    qint64 written = 0;
    int hungUp = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto feed = [this, socket] {
            static const QByteArray chunk(64 * 1024, 'x');
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024)
                written += socket->write(chunk);
        };
        connect(socket, &QTcpSocket::readyRead, socket, [socket, feed] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n");
            feed();
        });
        connect(socket, &QTcpSocket::bytesWritten, socket, feed);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            ++hungUp;
            socket->deleteLater();
        });
    }
};

// Answers 401 and keeps the request heads it got (for the stats page's password).
class HeadRecorder : public QTcpServer
{
public:
    HeadRecorder() { listen(QHostAddress::LocalHost, 0); }
    QList<QByteArray> heads;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            heads << socket->readAll();
            socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
};

// Answers like the guide's pgchk.py: GET /master 200 on the primary, /replica 200 on a replica,
// 503 with a line of text otherwise, and 503 "PostgreSQL Unreachable" when it cannot ask PostgreSQL.
class PgChk : public QTcpServer
{
public:
    enum class Mode
    {
        Primary,
        Replica,
        Unreachable
    };
    explicit PgChk(Mode m)
        : mode(m)
    {
        listen(QHostAddress::LocalHost, 0);
    }
    Mode mode;
    QStringList paths;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray head = socket->readAll();
            const QString path = QString::fromLatin1(head).section(QLatin1Char(' '), 1, 1);
            paths << path;
            QByteArray status = "503 Service Unavailable";
            QByteArray body = "Service Unavailable - Not Replica\n";
            if (mode == Mode::Unreachable)
                body = "PostgreSQL Unreachable\n";
            else if (path == QLatin1String("/master") && mode == Mode::Primary)
                status = "200 OK", body = "OK - Primary\n";
            else if (path == QLatin1String("/replica") && mode == Mode::Replica)
                status = "200 OK", body = "OK - Replica\n";
            else if (path == QLatin1String("/master"))
                body = "Service Unavailable - Not Primary\n";
            socket->write("HTTP/1.0 " + status + "\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
};

// A worksheet as pgpilot adopt writes it for the guide's cluster (issue 17).
ClusterSpec adoptedSpec()
{
    ClusterSpec spec;
    spec.name = QStringLiteral("local");
    spec.tls.mode = TlsMode::Off;
    spec.adopted.adopted = true;
    spec.adopted.healthService = QStringLiteral("pgchk");
    spec.adopted.healthPrimaryPath = QStringLiteral("/master");
    spec.adopted.healthReplicaPath = QStringLiteral("/replica");
    return spec;
}

} // namespace

class TestMonitorLive : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PgFixture> m_pg;

    QList<MonitorTarget> targets() const
    {
        // No health service or HAProxy on this host: only PostgreSQL is polled.
        return {{QStringLiteral("node1"), QStringLiteral("127.0.0.1"), m_pg->primary.port, 0, 0},
            {QStringLiteral("node2"), QStringLiteral("127.0.0.1"), m_pg->standby.port, 0, 0}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PgFixture::binDir().isEmpty())
            QSKIP("PostgreSQL server binaries are not installed (scripts/install-deps.sh test)");
        m_pg = std::make_unique<PgFixture>();
        QVERIFY2(m_pg->setUp(kPassword), qPrintable(m_pg->lastOutput()));
    }

    void cleanupTestCase() { m_pg.reset(); }

    void pollerReadsPrimary()
    {
        PgTarget target;
        target.nodeName = QStringLiteral("node1");
        target.host = QStringLiteral("localhost"); // a name: resolved asynchronously first
        target.port = m_pg->primary.port;
        target.password = kPassword;
        PgPoller poller(target);
        QSignalSpy spy(&poller, &PgPoller::finished);
        QVERIFY(poller.poll(7));
        QVERIFY(!poller.poll(8)); // busy
        QCOMPARE(spy.size(), 0); // never inside poll()
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
        QCOMPARE(spy.at(0).at(0).toULongLong(), quint64(7));
        const PgStatus st = spy.at(0).at(1).value<PgStatus>();
        QVERIFY2(st.reachable, qPrintable(st.error));
        QVERIFY(!st.inRecovery);
        QCOMPARE(st.timeline, std::optional<int>(1));
        QVERIFY(st.currentLsn.has_value());
        QVERIFY(st.repmgrInstalled);
        QCOMPARE(st.repmgrNodes.size(), 2);
        QCOMPARE(st.repmgrEvents.size(), 1);
        QCOMPARE(st.repmgrdRunning, std::optional<bool>(false)); // library loaded, no repmgrd
        // The connection is kept: a second poll does not connect again.
        QVERIFY(poller.poll(9));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 5000);
        QCOMPARE(poller.connectCount(), quint64(1));
    }

    void wrongPasswordIsReported()
    {
        PgTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = m_pg->primary.port;
        target.password = "wrong";
        PgPoller poller(target);
        QSignalSpy spy(&poller, &PgPoller::finished);
        QVERIFY(poller.poll(1));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
        const PgStatus st = spy.at(0).at(1).value<PgStatus>();
        QVERIFY(!st.reachable);
        QVERIFY2(st.error.contains(QStringLiteral("password authentication failed")), qPrintable(st.error));
        QVERIFY(!st.error.contains(QStringLiteral("wrong")));
    }

    void snapshotShowsRolesLsnsAndLag()
    {
        MonitorOptions options;
        options.intervalMs = 300;
        ClusterMonitor monitor(QStringLiteral("local"), {}, targets(), kPassword, options);
        QSignalSpy spy(&monitor, &ClusterMonitor::snapshotReady);
        monitor.start();
        QVERIFY(m_pg->psql(m_pg->primary, QStringLiteral("INSERT INTO t SELECT generate_series(1, 20000)"),
            QStringLiteral("repmgr")));
        auto ready = [&] {
            const ClusterSnapshot& s = monitor.latest();
            return s.nodes.size() == 2 && s.nodes[0].state == NodeState::Primary
                && s.nodes[1].state == NodeState::Standby
                && s.nodes[1].replicationState == QLatin1String("streaming");
        };
        QTRY_VERIFY_WITH_TIMEOUT(ready(), 10000);
        const ClusterSnapshot s = monitor.latest();
        const NodeSnapshot& primary = s.nodes[0];
        const NodeSnapshot& standby = s.nodes[1];
        QVERIFY(primary.registeredPrimary);
        QVERIFY(primary.pg.currentLsn.has_value());
        QVERIFY(standby.pg.receiveLsn.has_value());
        QVERIFY(standby.pg.replayLsn.has_value());
        QCOMPARE(standby.pg.walReceiverStatus, QStringLiteral("streaming"));
        QCOMPARE(standby.pg.timeline, std::optional<int>(1));
        QCOMPARE(primary.pg.replication.size(), 1);
        QCOMPARE(primary.pg.replication[0].applicationName, QStringLiteral("node2"));
        QVERIFY(standby.lagBytes.has_value());
        QVERIFY(*standby.lagBytes >= 0);
        QVERIFY(standby.lagSeconds.has_value() || standby.lagBytes == 0);
        // The repmgr table replicated to the standby.
        QCOMPARE(standby.pg.repmgrNodes.size(), 2);
        QVERIFY(s.primaries() == QStringList {QStringLiteral("node1")});
        // No repmgrd on this host: that alarm, and nothing else.
        QStringList kinds;
        for (const auto& a : s.alarms)
            kinds << a.key();
        kinds.sort();
        QCOMPARE(kinds,
            (QStringList {
                QStringLiteral("repmgrd-not-running/node1"), QStringLiteral("repmgrd-not-running/node2")}));
        QVERIFY(monitor.history().size() >= 1);
        qInfo("primary %s, standby replayed %s, lag %lld bytes, %d snapshots",
            qPrintable(formatLsn(primary.pg.currentLsn)), qPrintable(formatLsn(standby.pg.replayLsn)),
            *standby.lagBytes, int(spy.size()));
    }

    void blackHoledNodeIsUnreachableWithinTimeoutAndSlowsNothing()
    {
        BlackHole hole;
        QVERIFY(hole.isListening());
        MonitorOptions options;
        options.intervalMs = 250;
        options.publishAfterMs = 200;
        options.pgTimeoutMs = 1500;
        options.httpTimeoutMs = 1500;
        QList<MonitorTarget> t = targets();
        // PostgreSQL, the health service and HAProxy stats all hang on the black hole.
        t.append({QStringLiteral("hole"), QStringLiteral("127.0.0.1"), hole.serverPort(), hole.serverPort(),
            hole.serverPort()});
        ClusterMonitor monitor(QStringLiteral("local"), {}, t, kPassword, options);
        QList<qint64> publishDelays; // tick start -> snapshot
        QStringList stale; // ticks that did not see both healthy nodes answer, and why
        qint64 bothAnsweredAfter = -1;
        qint64 holeDownAfter = -1;
        QElapsedTimer clock;
        QHash<quint64, qint64> tickStarted;
        connect(&monitor, &ClusterMonitor::snapshotReady, this, [&](const ClusterSnapshot& s) {
            publishDelays << QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() - s.time.toMSecsSinceEpoch();
            // Before their first answer (a new connection, slow on a loaded machine) nodes are "not
            // polled yet"; once answered, every tick must show them reachable.
            if (bothAnsweredAfter < 0 && s.nodes[0].pg.polled && s.nodes[1].pg.polled)
                bothAnsweredAfter = clock.elapsed();
            for (int i : {0, 1}) {
                if (s.nodes[i].pg.polled && !s.nodes[i].pg.reachable)
                    stale << QStringLiteral("tick %1 %2: %3")
                                 .arg(s.tick)
                                 .arg(s.nodes[i].name, s.nodes[i].pg.error);
            }
            const NodeSnapshot& h = s.nodes[2];
            if (holeDownAfter < 0 && h.state == NodeState::Down && h.health.polled && !h.health.reachable
                && h.haproxy.polled && !h.haproxy.reachable)
                holeDownAfter = clock.elapsed();
        });
        clock.start();
        monitor.start();
        QTest::qWait(4000);
        monitor.stop();
        QVERIFY2(holeDownAfter > 0, "the black-holed node never showed as down");
        // Down once its own timeout (1.5 s) passed, and published well before the test ends (the
        // upper bound leaves room for a loaded machine's late timers: this runs beside lab tests).
        QVERIFY2(holeDownAfter <= 3000, qPrintable(QString::number(holeDownAfter)));
        QVERIFY(holeDownAfter >= 1400);
        const NodeSnapshot h = monitor.latest().nodes[2];
        QVERIFY2(h.pg.error.contains(QStringLiteral("1500 ms")), qPrintable(h.pg.error));
        QVERIFY2(h.health.error.contains(QStringLiteral("1500 ms")), qPrintable(h.health.error));
        QVERIFY(monitor.latest().alarms.size() >= 1);
        // Every tick was published on time and saw the two healthy nodes.
        QVERIFY2(publishDelays.size() >= 14, qPrintable(QString::number(publishDelays.size())));
        const qint64 worst = *std::max_element(publishDelays.cbegin(), publishDelays.cend());
        // A tick held up by the black hole would publish 1.5 s late (its timeout); late timers on a
        // loaded machine stay well below that.
        QVERIFY2(worst < 1000, qPrintable(QString::number(worst)));
        QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QStringLiteral("; "))));
        // The healthy nodes answered long before the black hole's timeout: it held nothing back.
        QVERIFY2(bothAnsweredAfter >= 0 && bothAnsweredAfter < 1400,
            qPrintable(QString::number(bothAnsweredAfter)));
        qInfo("black hole down after %lld ms; %d snapshots in 4 s; worst publish delay %lld ms",
            holeDownAfter, int(publishDelays.size()), worst);
    }

    void anEndlessAnswerIsCutOffAtTheCap()
    {
        // The health and stats ports answer with an endless body: each reply is cut off at 64 KiB
        // (this test's cap), counts as no answer with the reason, and the monitor goes on.
        Flood flood;
        QVERIFY(flood.isListening());
        MonitorOptions options;
        options.intervalMs = 250;
        options.publishAfterMs = 200;
        options.httpTimeoutMs = 3000;
        options.maxReplyBytes = 64 * 1024;
        QList<MonitorTarget> t = targets();
        t.append({QStringLiteral("flood"), QStringLiteral("127.0.0.1"), m_pg->primary.port,
            flood.serverPort(), flood.serverPort()});
        ClusterMonitor monitor(QStringLiteral("local"), {}, t, kPassword, options);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().nodes.size() == 3 && monitor.latest().nodes[2].health.polled
                && monitor.latest().nodes[2].haproxy.polled && flood.hungUp >= 2,
            5000);
        monitor.stop();
        const NodeSnapshot f = monitor.latest().nodes[2];
        QVERIFY(!f.health.reachable);
        QVERIFY2(f.health.error.contains(QStringLiteral("64 KiB")), qPrintable(f.health.error));
        QVERIFY(!f.haproxy.reachable);
        QVERIFY2(f.haproxy.error.contains(QStringLiteral("64 KiB")), qPrintable(f.haproxy.error));
        // The client hung up soon after the cap: what the flood got out is the cap plus what the
        // sockets buffer (0.9-6 MB measured), not what the timeout would allow (131 MB before the reply's
        // own buffer was bounded, on a loaded CI run).
        QVERIFY2(flood.written < 16 * 1024 * 1024, qPrintable(QString::number(flood.written)));
        qInfo("flood: %lld bytes written before %d hang-ups", flood.written, flood.hungUp);
    }

    void statsPasswordGoesOnlyToTheStatsPage()
    {
        // HAProxy's stats page asks for pgpilot's stats password; the health service never gets it.
        HeadRecorder health;
        HeadRecorder stats;
        MonitorOptions options;
        options.intervalMs = 250;
        options.publishAfterMs = 200;
        QList<MonitorTarget> t = targets();
        t.append({QStringLiteral("rec"), QStringLiteral("127.0.0.1"), m_pg->primary.port, health.serverPort(),
            stats.serverPort()});
        ClusterMonitor monitor(QStringLiteral("local"), {}, t, kPassword, options);
        monitor.setStatsCredentials(QStringLiteral("pgpilot"), "st4ts-pw");
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().nodes.size() == 3
                && monitor.latest().nodes[2].haproxy.polled && !health.heads.isEmpty()
                && !stats.heads.isEmpty(),
            5000);
        monitor.stop();
        const QByteArray expected = "Authorization: Basic " + QByteArray("pgpilot:st4ts-pw").toBase64();
        QVERIFY2(stats.heads.first().contains(expected), stats.heads.first().constData());
        for (const QByteArray& head : health.heads)
            QVERIFY2(!head.contains("Authorization"), head.constData());
        // A refusal says what it means and what to do.
        const QString error = monitor.latest().nodes[2].haproxy.error;
        QVERIFY2(error.contains(QStringLiteral("401")) && error.contains(QStringLiteral("phase 4")),
            qPrintable(error));
    }

    void statusCommandPrintsJson()
    {
        ClusterSpec spec;
        spec.name = QStringLiteral("local");
        spec.ports.postgres = m_pg->primary.port;
        spec.ports.health = 0; // nothing to ask on this host
        spec.ports.haproxyStats = 0;
        NodeSpec node;
        node.name = QStringLiteral("node1");
        node.address = QStringLiteral("127.0.0.1");
        spec.nodes = {node};
        // As `pgpilot status` does it: the monitor from ClusterServices, which reads the password
        // under the runbook's default key (the worksheet names none).
        MemorySecretStore secrets;
        secrets.writeNow(QStringLiteral("pgpilot:local:monitor-password"), kPassword);
        QString problem;
        {
            // Verified TLS (the default) without the cluster CA in the store: no monitor at all,
            // rather than one that connects unverified, and the message says what to import.
            ClusterServices verified(spec, &secrets);
            QVERIFY(!awaitMonitor(verified, &problem));
            QVERIFY2(problem.contains(QStringLiteral("import-secrets")), qPrintable(problem));
        }
        // This PostgreSQL has no certificates: the rest reads it with TLS off (the lab proves
        // verify-full against the cluster CA).
        spec.tls.mode = TlsMode::Off;
        ClusterServices services(spec, &secrets);
        const std::unique_ptr<ClusterMonitor> monitor = awaitMonitor(services, &problem);
        QVERIFY2(monitor, qPrintable(problem));
        std::FILE* out = std::tmpfile();
        QVERIFY(out);
        const int code = printStatus(*monitor, true, false, out);
        std::rewind(out);
        char buffer[65536] = {};
        const size_t n = std::fread(buffer, 1, sizeof buffer - 1, out);
        std::fclose(out);
        const QJsonObject json = QJsonDocument::fromJson(QByteArray(buffer, qsizetype(n))).object();
        QCOMPARE(json.value(QLatin1String("cluster")).toString(), QStringLiteral("local"));
        // repmgrd does not run here: a warning, exit code 1.
        QCOMPARE(code, 1);
        QCOMPARE(json.value(QLatin1String("healthy")).toBool(true), false);
    }

    // Issue 17: a cluster built by the guide answers /master and /replica, not pgpilot's JSON. The
    // healthy primary raises nothing (it used to raise "the health service says master, PostgreSQL
    // says primary"), what cannot be read is said, and a pgchk that cannot ask PostgreSQL is named.
    void adoptedGuideHealthServiceIsRead()
    {
        PgChk primary(PgChk::Mode::Primary);
        PgChk replica(PgChk::Mode::Replica);
        MonitorOptions options;
        options.intervalMs = 250;
        options.publishAfterMs = 200;
        options.user = QStringLiteral("repmgr");
        applySpecToOptions(adoptedSpec(), &options);
        QList<MonitorTarget> t = targets();
        t[0].healthPort = primary.serverPort();
        t[1].healthPort = replica.serverPort();
        ClusterMonitor monitor(QStringLiteral("local"), {}, t, kPassword, options);
        auto read = [&monitor] {
            const ClusterSnapshot& s = monitor.latest();
            return s.nodes.size() == 2 && s.nodes[0].state == NodeState::Primary
                && s.nodes[1].state == NodeState::Standby && s.nodes[0].health.polled
                && s.nodes[1].health.polled;
        };
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(read(), 5000);
        monitor.pollNow(); // one more complete tick
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().nodes[1].health.role == QLatin1String("replica"), 5000);
        const ClusterSnapshot s = monitor.latest();
        QCOMPARE(s.nodes[0].health.role, QStringLiteral("primary"));
        QCOMPARE(s.nodes[0].health.httpStatus, 200);
        for (const Alarm& a : s.alarms)
            QVERIFY2(a.kind != AlarmKind::HealthDisagrees, qPrintable(a.title));
        QStringList notRead;
        for (const NotRead& n : s.notRead)
            notRead << n.signal;
        QCOMPARE(notRead, (QStringList {QStringLiteral("haproxy"), QStringLiteral("health-detail")}));
        QCOMPARE(s.healthService, QStringLiteral("pgchk"));
        // The primary was asked only /master; the replica /master, then /replica.
        QVERIFY2(!primary.paths.contains(QStringLiteral("/replica")),
            qPrintable(primary.paths.join(QLatin1Char(' '))));
        QVERIFY2(replica.paths.contains(QStringLiteral("/replica")),
            qPrintable(replica.paths.join(QLatin1Char(' '))));

        // The guide's pgchk as root: peer authentication refuses its psql, every check says 503.
        primary.mode = PgChk::Mode::Unreachable;
        auto alarm = [&monitor]() -> std::optional<Alarm> {
            for (const Alarm& a : monitor.latest().alarms)
                if (a.kind == AlarmKind::HealthDisagrees && a.node == QLatin1String("node1"))
                    return a;
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(alarm().has_value(), 5000);
        monitor.stop();
        const Alarm a = *alarm();
        QCOMPARE(a.severity, Severity::Critical);
        QVERIFY2(a.title.contains(QStringLiteral("PostgreSQL Unreachable"))
                && a.title.contains(QStringLiteral("503")),
            qPrintable(a.title));
        QVERIFY2(a.action.contains(QStringLiteral("systemctl status pgchk")), qPrintable(a.action));
    }

    // The adopted cluster has no pgpilot_monitor role: ClusterServices logs the monitor in as repmgr
    // with the repmgr password, and status says what it cannot read.
    void adoptedClusterStatusLogsInAsRepmgr()
    {
        ClusterSpec spec = adoptedSpec();
        spec.ports.postgres = m_pg->primary.port;
        spec.ports.health = 0;
        NodeSpec node;
        node.name = QStringLiteral("node1");
        node.address = QStringLiteral("127.0.0.1");
        spec.nodes = {node};
        MemorySecretStore secrets; // no monitor password: only repmgr's
        secrets.writeNow(QStringLiteral("pgpilot:local:repmgr-password"), kPassword);
        ClusterServices services(spec, &secrets);
        QString problem;
        const std::unique_ptr<ClusterMonitor> monitor = awaitMonitor(services, &problem);
        QVERIFY2(monitor, qPrintable(problem));
        QCOMPARE(monitor->options().user, QStringLiteral("repmgr"));
        std::FILE* out = std::tmpfile();
        QVERIFY(out);
        printStatus(*monitor, true, false, out);
        std::rewind(out);
        char buffer[65536] = {};
        const size_t n = std::fread(buffer, 1, sizeof buffer - 1, out);
        std::fclose(out);
        const QJsonObject json = QJsonDocument::fromJson(QByteArray(buffer, qsizetype(n))).object();
        const QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.size(), 1);
        QCOMPARE(nodes.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("primary"));
        const QJsonArray notRead = json.value(QLatin1String("not_read")).toArray();
        QCOMPARE(notRead.size(), 2);
        QCOMPARE(
            notRead.at(0).toObject().value(QLatin1String("signal")).toString(), QStringLiteral("haproxy"));
    }

    // Issue 16 (5c, 6c) on a real PostgreSQL: the SCRAM verifier pgpilot computes is accepted as
    // repmgr's password, and a monitor made by ClusterServices whose login is refused after a
    // rotation reads the store again (here: the rotation's pending key) and logs in.
    void monitorLogsInAgainAfterARotation()
    {
        ClusterSpec spec;
        spec.name = QStringLiteral("local");
        spec.ports.postgres = m_pg->primary.port;
        spec.ports.health = 0;
        spec.ports.haproxyStats = 0;
        NodeSpec node;
        node.name = QStringLiteral("node1");
        node.address = QStringLiteral("127.0.0.1");
        spec.nodes = {node};
        spec.tls.mode = TlsMode::Off; // this PostgreSQL has no certificates
        const QString key = QStringLiteral("pgpilot:local:monitor-password");
        MemorySecretStore secrets;
        secrets.writeNow(key, kPassword);
        ClusterServices services(spec, &secrets);
        QString problem;
        const std::unique_ptr<ClusterMonitor> monitor = awaitMonitor(services, &problem);
        QVERIFY2(monitor, qPrintable(problem));
        monitor->setInterval(250);
        monitor->start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->latest().nodes.value(0).pg.reachable, 10000);

        const QByteArray rotated = "Rotated:pass\\word-0123456789";
        auto restore = qScopeGuard([&] {
            m_pg->psql(m_pg->primary,
                QStringLiteral("ALTER ROLE pgpilot_monitor PASSWORD '%1'").arg(QLatin1String(kPassword)));
        });
        QVERIFY2(m_pg->psql(m_pg->primary,
                     QStringLiteral("ALTER ROLE pgpilot_monitor PASSWORD '%1'")
                         .arg(QString::fromLatin1(scramSha256Verifier(rotated)))),
            qPrintable(m_pg->lastOutput()));
        secrets.writeNow(pendingSecretKey(key), rotated);
        // the kept connection is cut: the next login needs the new password
        QVERIFY(m_pg->psql(m_pg->primary,
            QStringLiteral(
                "SELECT 'cut=' || clock_timestamp(), pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'pgpilot-monitor'")));
        const QRegularExpression cutAt(QStringLiteral("cut=([0-9: .+-]+)"));
        const QString cut = cutAt.match(m_pg->lastOutput()).captured(1).trimmed();
        QVERIFY2(!cut.isEmpty(), qPrintable(m_pg->lastOutput()));
        // It logs in again (whether a poll saw the cut first or reconnected at once): a monitor
        // session that started after the cut, and the node reachable.
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_pg->psql(m_pg->primary,
                QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_stat_activity WHERE "
                               "application_name = 'pgpilot-monitor' AND backend_start > "
                               "'%1') THEN RAISE 'not yet'; END IF; END $$")
                    .arg(cut)),
            qPrintable(m_pg->lastOutput()), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(monitor->latest().nodes.value(0).pg.reachable,
            qPrintable(monitor->latest().nodes.value(0).pg.error), 10000);
        // the plain password logs in directly too: the server stored pgpilot's verifier as given
        PgTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = m_pg->primary.port;
        target.user = QStringLiteral("pgpilot_monitor");
        target.password = rotated;
        PgPoller poller(target);
        QSignalSpy spy(&poller, &PgPoller::finished);
        QVERIFY(poller.poll(1));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
        const PgStatus st = spy.at(0).at(1).value<PgStatus>();
        QVERIFY2(st.reachable, qPrintable(st.error));
        monitor->stop();
    }

    void synchronousReplicationIsReadAndJudged()
    {
        auto set = [this](const QString& value) {
            const QString sql = value.isNull()
                ? QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names")
                : QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = '%1'").arg(value);
            // ALTER SYSTEM refuses to run in a transaction block, so two calls.
            return m_pg->psql(m_pg->primary, sql)
                && m_pg->psql(m_pg->primary, QStringLiteral("SELECT pg_reload_conf()"));
        };
        // Whatever happens below, the primary must not be left waiting for a standby.
        const auto reset = qScopeGuard([&set] { set(QString()); });
        MonitorOptions options;
        options.intervalMs = 250;
        ClusterMonitor monitor(QStringLiteral("local"), {}, targets(), kPassword, options);
        monitor.start();
        auto lostAlarm = [&monitor]() -> const Alarm* {
            for (const auto& a : monitor.latest().alarms) {
                if (a.kind == AlarmKind::SyncQuorumLost)
                    return &a;
            }
            return nullptr;
        };
        // The fixture starts asynchronous: the status query reads the setting in the same round trip.
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().replication.mode == SyncMode::Async
                && monitor.latest().nodes[1].syncState == QLatin1String("async"),
            10000);
        QCOMPARE(monitor.latest().nodes[0].pg.synchronousCommit, QStringLiteral("on"));
        QVERIFY(!lostAlarm());

        // A quorum of one the standby meets: it reports "quorum", no alarm.
        QVERIFY2(set(QStringLiteral("ANY 1 (node2, \"other standby\")")), qPrintable(m_pg->lastOutput()));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().nodes[1].syncState == QLatin1String("quorum"), 10000);
        ClusterSnapshot s = monitor.latest();
        QCOMPARE(s.replication.mode, SyncMode::Quorum);
        QCOMPARE(
            s.replication.names, (QStringList {QStringLiteral("node2"), QStringLiteral("other standby")}));
        // Each node reports its own setting (ALTER SYSTEM changed only the primary's).
        QCOMPARE(s.nodes[1].pg.sync.mode, SyncMode::Async);
        QCOMPARE(s.syncConfirming, 1);
        QVERIFY(!lostAlarm());

        // Back to asynchronous: no tick may claim that writes wait, also when the reload lands
        // between the two queries of a poll (setting and sync_state are read in one statement).
        int falseAlarms = 0;
        const auto watch
            = connect(&monitor, &ClusterMonitor::snapshotReady, this, [&](const ClusterSnapshot& snap) {
                  for (const auto& a : snap.alarms)
                      falseAlarms += a.kind == AlarmKind::SyncQuorumLost;
              });
        QVERIFY(set(QString()));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().replication.mode == SyncMode::Async
                && monitor.latest().nodes[1].syncState == QLatin1String("async"),
            10000);
        QTest::qWait(1000);
        disconnect(watch);
        QCOMPARE(falseAlarms, 0);

        // FIRST 2 with one standby: writes would wait, and the monitor says so.
        QVERIFY2(set(QStringLiteral("FIRST 2 (node2, \"other standby\")")), qPrintable(m_pg->lastOutput()));
        QTRY_VERIFY_WITH_TIMEOUT(lostAlarm() != nullptr, 10000);
        s = monitor.latest(); // a copy: the monitor's own snapshot changes with every tick
        const auto it = std::find_if(s.alarms.cbegin(), s.alarms.cend(),
            [](const Alarm& a) { return a.kind == AlarmKind::SyncQuorumLost; });
        QVERIFY(it != s.alarms.cend());
        const Alarm* lost = &*it;
        QCOMPARE(lost->node, QStringLiteral("node1"));
        QCOMPARE(lost->severity, Severity::Critical);
        QVERIFY2(lost->title.contains(QStringLiteral("1 of the 2 standbys")), qPrintable(lost->title));
        QVERIFY2(lost->action.contains(QStringLiteral("other standby")), qPrintable(lost->action));
        QCOMPARE(s.replication.mode, SyncMode::Priority);
        QCOMPARE(s.nodes[1].syncState, QStringLiteral("sync"));

        // Back to asynchronous: the alarm clears.
        QVERIFY(set(QString()));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().replication.mode == SyncMode::Async && !lostAlarm(), 10000);
        qInfo("FIRST 2 with one standby: %s", qPrintable(lost->title));
    }

    void stoppedPrimaryShowsDownWithinTimeout()
    {
        MonitorOptions options;
        options.intervalMs = 250;
        options.pgTimeoutMs = 1000;
        ClusterMonitor monitor(QStringLiteral("local"), {}, targets(), kPassword, options);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().nodes[0].state == NodeState::Primary
                && monitor.latest().nodes[1].state == NodeState::Standby,
            10000);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_pg->stop(m_pg->primary, QStringLiteral("immediate")));
        const qint64 stopped = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().nodes[0].state == NodeState::Down, 3000);
        const qint64 seen = clock.elapsed() - stopped;
        QVERIFY2(seen <= 1000 + 250 + 200, qPrintable(QString::number(seen)));
        const ClusterSnapshot s = monitor.latest();
        QCOMPARE(s.nodes[1].state, NodeState::Standby);
        bool noPrimary = false;
        bool unreachable = false;
        for (const auto& a : s.alarms) {
            noPrimary = noPrimary || a.kind == AlarmKind::NoPrimary;
            unreachable
                = unreachable || (a.kind == AlarmKind::NodeUnreachable && a.node == QLatin1String("node1"));
        }
        QVERIFY(noPrimary);
        QVERIFY(unreachable);
        qInfo("primary seen down %lld ms after pg_ctl stop returned: %s", seen,
            qPrintable(s.nodes[0].pg.error));
        // Back up: the kept connection is stale, the monitor reconnects by itself.
        QVERIFY(m_pg->start(m_pg->primary));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().nodes[0].state == NodeState::Primary, 10000);
    }
};

QTEST_GUILESS_MAIN(TestMonitorLive)
#include "tst_monitorlive.moc"
