// SPDX-License-Identifier: GPL-3.0-or-later
// The health service (resources/templates/pgpilot-health.py) against a real PostgreSQL 15 primary
// and a standby cloned from it with pg_basebackup, both on loopback ports, the service running as
// the postgres user like its systemd unit. Its source allowlist and bounds (issue 16, finding 2) are
// tried from other loopback addresses (127.0.0.2-4: Linux answers the whole 127/8, and the service
// counts only 127.0.0.1 and ::1 as loopback).
#include "runbook/configfiles.h"
#include "toolsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace pgpilot;

namespace {

struct HttpAnswer
{
    int status = 0;
    QJsonObject body;
    QString error;
};

HttpAnswer get(QNetworkAccessManager& nam, const QString& url)
{
    QNetworkRequest request {QUrl(url)};
    request.setTransferTimeout(10000);
    QNetworkReply* reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = QJsonDocument::fromJson(reply->readAll()).object();
    if (a.status == 0)
        a.error = reply->errorString();
    reply->deleteLater();
    return a;
}

// A connection from source (bound before connecting) to the service on 127.0.0.1:port.
std::unique_ptr<QTcpSocket> connectFrom(const QString& source, int port)
{
    auto s = std::make_unique<QTcpSocket>();
    if (!s->bind(QHostAddress(source)))
        return s;
    s->connectToHost(QHostAddress::LocalHost, quint16(port));
    s->waitForConnected(5000);
    return s;
}

// Waits until the service closes s (true) or timeoutMs passes (false); what it sent goes to got.
bool closedWithin(QTcpSocket& s, int timeoutMs, QByteArray* got = nullptr)
{
    QElapsedTimer t;
    t.start();
    while (s.state() != QAbstractSocket::UnconnectedState && t.elapsed() < timeoutMs) {
        s.waitForReadyRead(50);
        const QByteArray data = s.readAll();
        if (got)
            *got += data;
    }
    if (got)
        *got += s.readAll();
    return s.state() == QAbstractSocket::UnconnectedState;
}

// Sends a GET on s and returns the status line's code, 0 when nothing came back.
int answerCode(QTcpSocket& s, const QByteArray& path = "/health")
{
    if (s.state() != QAbstractSocket::ConnectedState)
        return 0;
    s.write("GET " + path + " HTTP/1.0\r\nHost: x\r\n\r\n");
    s.flush();
    QByteArray got;
    closedWithin(s, 10000, &got);
    return got.startsWith("HTTP/1.0 ") ? got.mid(9, 3).toInt() : 0;
}

bool waitForPort(int port, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (s.waitForConnected(200))
            return true;
        QThread::msleep(100);
    }
    return false;
}

} // namespace

class TestHealthService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalPostgres> m_primary;
    std::unique_ptr<LocalPostgres> m_standby;
    QProcess m_primaryHealth;
    QProcess m_standbyHealth;
    int m_primaryHealthPort = 0;
    int m_standbyHealthPort = 0;
    QNetworkAccessManager m_nam;

    QString startHealth(QProcess& process, int port, const LocalPostgres& pg, const QStringList& extra = {})
    {
        const QString script = m_dir.path() + QStringLiteral("/pgpilot-health.py");
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral("runuser"),
            QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                QStringLiteral("python3"), script, QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"), QString::number(port), QStringLiteral("--pg-port"),
                QString::number(pg.port()), QStringLiteral("--psql"),
                LocalPostgres::binDir() + QStringLiteral("/psql"), QStringLiteral("--socket-dir"),
                pg.socketDir(), QStringLiteral("--cache"), QStringLiteral("0")}
                + extra);
        if (!process.waitForStarted(10000) || !waitForPort(port, 10000))
            return QStringLiteral("the health service did not start on port %1").arg(port);
        return {};
    }

    QString url(int port, const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path);
    }

    static void stopProcess(QProcess& p)
    {
        if (p.state() == QProcess::NotRunning)
            return;
        p.terminate(); // runuser forwards SIGTERM to the service
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished(5000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = LocalPostgres::skipReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        if (!haveProgram(QStringLiteral("python3")))
            QSKIP("python3 is missing");
        QVERIFY(m_dir.isValid());
        openForPostgres(m_dir);

        const ClusterSpec spec = loopbackSpec(freeLoopbackPort());
        const NodeSpec node = spec.nodes.first();
        const RenderedFile script = render::healthScript(spec, node);
        QVERIFY(writeFile(m_dir.path() + QStringLiteral("/pgpilot-health.py"), script.content));
        // The package beside the script, as phase 4 puts it on a node.
        for (const RenderedFile& module : render::healthModules(spec, node))
            QVERIFY(writeFile(
                m_dir.path() + QStringLiteral("/pgpilot_health/") + module.path.section(QLatin1Char('/'), -1),
                module.content));

        m_primary
            = std::make_unique<LocalPostgres>(m_dir.path() + QStringLiteral("/primary"), spec.ports.postgres);
        QString error = m_primary->init(
            render::postgresDropIn(spec, node).content, render::hbaBlock(spec, node).content);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_primary->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // The standby: pg_basebackup over the local socket (initdb's peer rule for replication).
        const int standbyPort = freeLoopbackPort();
        m_standby = std::make_unique<LocalPostgres>(m_dir.path() + QStringLiteral("/standby"), standbyPort);
        QDir().mkpath(m_standby->root());
        m_standby->chownRoot();
        const RunResult bb = runAsPostgres(
            {LocalPostgres::binDir() + QStringLiteral("/pg_basebackup"), QStringLiteral("-D"),
                m_standby->dataDir(), QStringLiteral("-h"), m_primary->socketDir(), QStringLiteral("-p"),
                QString::number(m_primary->port()), QStringLiteral("-U"), QStringLiteral("postgres"),
                QStringLiteral("-R"), QStringLiteral("--checkpoint=fast"), QStringLiteral("-X"),
                QStringLiteral("stream")},
            120000);
        QVERIFY2(bb.exitCode == 0, qPrintable(bb.err));
        ClusterSpec standbySpec = spec;
        standbySpec.ports.postgres = standbyPort;
        error = m_standby->init(render::postgresDropIn(standbySpec, spec.nodes.at(1)).content,
            render::hbaBlock(standbySpec, spec.nodes.at(1)).content, false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_standby->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_primaryHealthPort = freeLoopbackPort();
        m_standbyHealthPort = freeLoopbackPort();
        error = startHealth(m_primaryHealth, m_primaryHealthPort, *m_primary);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = startHealth(m_standbyHealth, m_standbyHealthPort, *m_standby);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        stopProcess(m_primaryHealth);
        stopProcess(m_standbyHealth);
        if (m_standby)
            m_standby->stop();
        if (m_primary)
            m_primary->stop();
    }

    void primaryAnswers()
    {
        for (const QString& path : {QStringLiteral("/primary"), QStringLiteral("/master")}) {
            const HttpAnswer a = get(m_nam, url(m_primaryHealthPort, path));
            QVERIFY2(a.status == 200, qPrintable(path + a.error));
            QCOMPARE(a.body.value(QStringLiteral("role")).toString(), QStringLiteral("primary"));
            QVERIFY(
                a.body.value(QStringLiteral("server_version")).toString().startsWith(QLatin1String("15")));
            QCOMPARE(a.body.value(QStringLiteral("timeline")).toInt(), 1);
            QVERIFY(!a.body.value(QStringLiteral("wal_lsn")).toString().isEmpty());
        }
        QCOMPARE(get(m_nam, url(m_primaryHealthPort, QStringLiteral("/replica"))).status, 503);
        QCOMPARE(get(m_nam, url(m_primaryHealthPort, QStringLiteral("/health"))).status, 200);
        QCOMPARE(get(m_nam, url(m_primaryHealthPort, QStringLiteral("/nope"))).status, 404);
    }

    void standbyAnswers()
    {
        // Wait until the standby streams (the lag check needs a WAL receiver).
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000
            && m_standby->psql(QStringLiteral("SELECT status FROM pg_stat_wal_receiver")).out.trimmed()
                != QLatin1String("streaming"))
            QThread::msleep(200);
        const HttpAnswer replica = get(m_nam, url(m_standbyHealthPort, QStringLiteral("/replica")));
        QVERIFY2(replica.status == 200, qPrintable(replica.error));
        QCOMPARE(replica.body.value(QStringLiteral("role")).toString(), QStringLiteral("replica"));
        QCOMPARE(replica.body.value(QStringLiteral("wal_receiver")).toString(), QStringLiteral("streaming"));
        QVERIFY(replica.body.contains(QStringLiteral("lag_bytes")));
        QVERIFY(!replica.body.value(QStringLiteral("replay_lsn")).toString().isEmpty());
        QCOMPARE(get(m_nam, url(m_standbyHealthPort, QStringLiteral("/primary"))).status, 503);
        QCOMPARE(get(m_nam, url(m_standbyHealthPort, QStringLiteral("/master"))).status, 503);
        QCOMPARE(get(m_nam, url(m_standbyHealthPort, QStringLiteral("/health"))).status, 200);
        const HttpAnswer lagged
            = get(m_nam, url(m_standbyHealthPort, QStringLiteral("/replica?max_lag_bytes=100000000")));
        QCOMPARE(lagged.status, 200);
        QCOMPARE(
            get(m_nam, url(m_standbyHealthPort, QStringLiteral("/replica?max_lag_bytes=x"))).status, 400);
    }

    // Keepalived's check: 0 only where the health service answers 200 on /primary and something
    // listens on the write port.
    void vipCheckFollowsThePrimary()
    {
        const ClusterSpec spec = loopbackSpec(freeLoopbackPort());
        const QString script = m_dir.path() + QStringLiteral("/pgpilot-vipcheck.sh");
        QVERIFY(writeFile(script, render::vipCheckScript(spec, spec.nodes.first()).content));
        QTcpServer haproxy;
        QVERIFY(haproxy.listen(QHostAddress::LocalHost));
        const QString writePort = QString::number(haproxy.serverPort());
        auto check = [&](int healthPort, const QString& write) {
            QProcess p;
            p.start(QStringLiteral("bash"), {script, QString::number(healthPort), write});
            return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QCOMPARE(check(m_primaryHealthPort, writePort), 0);
        QCOMPARE(check(m_standbyHealthPort, writePort), 1);
        QCOMPARE(check(m_primaryHealthPort, QString::number(freeLoopbackPort())), 1);
        QCOMPARE(check(freeLoopbackPort(), writePort), 1);
        QCOMPARE(check(m_primaryHealthPort, QStringLiteral("5000;id")), 2);
    }

    void concurrentRequests()
    {
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 20; ++i)
            replies << m_nam.get(QNetworkRequest(QUrl(url(m_primaryHealthPort, QStringLiteral("/primary")))));
        QElapsedTimer t;
        t.start();
        for (QNetworkReply* r : replies) {
            if (!r->isFinished())
                QSignalSpy(r, &QNetworkReply::finished).wait(15000);
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }
        QVERIFY(t.elapsed() < 15000);
    }

    // Issue 16, finding 2: a source that is not allowed is reset before anything is read or
    // answered; an allowed one, loopback and an address added to the allow file later are served.
    void strangerIsClosedUnanswered()
    {
        const QString file = m_dir.path() + QStringLiteral("/health-monitors");
        QFile::remove(file);
        QProcess bounded;
        const int port = freeLoopbackPort();
        QString error = startHealth(bounded, port, *m_primary,
            {QStringLiteral("--allow"), QStringLiteral("127.0.0.3"), QStringLiteral("--allow-file"), file});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto stranger = connectFrom(QStringLiteral("127.0.0.2"), port);
        stranger->write("GET /primary HTTP/1.0\r\n\r\n");
        QByteArray got;
        QVERIFY2(closedWithin(*stranger, 2000, &got), "a stranger's connection was kept open");
        QVERIFY2(got.isEmpty(), got.constData());
        QCOMPARE(answerCode(*connectFrom(QStringLiteral("127.0.0.3"), port), "/primary"), 200);
        QCOMPARE(answerCode(*connectFrom(QStringLiteral("127.0.0.1"), port), "/primary"), 200);
        QCOMPARE(answerCode(*connectFrom(QStringLiteral("127.0.0.4"), port)), 0);
        // The workstation phase 4 records: read again when the file changes.
        QVERIFY(writeFile(file, "# recorded by pgpilot\n127.0.0.4\n"));
        int code = 0;
        QElapsedTimer t;
        t.start();
        while (code != 200 && t.elapsed() < 5000) {
            code = answerCode(*connectFrom(QStringLiteral("127.0.0.4"), port));
            QThread::msleep(100);
        }
        QCOMPARE(code, 200);
        QCOMPARE(answerCode(*connectFrom(QStringLiteral("127.0.0.2"), port)), 0);
        stopProcess(bounded);
    }

    // At most --max-per-source connections from one address and --max-connections from the
    // monitoring workstations together: over a cap, the oldest connection that has not sent its
    // head makes room, the others are still answered, and loopback (the node's own checks) is
    // never counted against the total.
    void connectionCapsHold()
    {
        QProcess bounded;
        const int port = freeLoopbackPort();
        QString error = startHealth(bounded, port, *m_primary,
            {QStringLiteral("--allow"), QStringLiteral("127.0.0.3"), QStringLiteral("--allow"),
                QStringLiteral("127.0.0.4"), QStringLiteral("--max-per-source"), QStringLiteral("4"),
                QStringLiteral("--max-connections"), QStringLiteral("6"), QStringLiteral("--head-timeout"),
                QStringLiteral("20")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Four idle connections from one source fill its cap; a fifth evicts the oldest of them
        // (none sent a whole head), so a slowloris only ever pushes out its own connections.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 4; ++i)
            idle.push_back(connectFrom(QStringLiteral("127.0.0.3"), port));
        idle.push_back(connectFrom(QStringLiteral("127.0.0.3"), port));
        QVERIFY2(closedWithin(*idle[0], 2000),
            "a 5th connection from one source did not evict the oldest idle one");
        QVERIFY2(
            !closedWithin(*idle[4], 200), "the 5th connection was closed instead of the oldest idle one");
        // Two more from 127.0.0.4 fill the total of 6; a third evicts the oldest idle monitoring
        // connection of any source (idle[1]).
        for (int i = 0; i < 3; ++i)
            idle.push_back(connectFrom(QStringLiteral("127.0.0.4"), port));
        QVERIFY2(
            closedWithin(*idle[1], 2000), "over the total cap, the oldest idle connection was not evicted");
        // A whole request from the full source is answered while the idle ones hold every slot.
        QCOMPARE(answerCode(*connectFrom(QStringLiteral("127.0.0.3"), port)), 200);
        QVERIFY2(closedWithin(*idle[2], 2000), "the whole request did not take the oldest idle slot");
        // Loopback is never counted against the monitoring workstations: answered.
        QCOMPARE(answerCode(*connectFrom(QStringLiteral("127.0.0.1"), port)), 200);
        // The idle ones still open are answered once they send their request.
        int answered = 0;
        for (std::size_t i = 3; i < idle.size(); ++i)
            answered += answerCode(*idle[i]) == 200 ? 1 : 0;
        QCOMPARE(answered, 5);
        stopProcess(bounded);
    }

    // A slowloris (a head trickled a byte at a time) is cut at the head timeout, and a request
    // head over 8 KiB is refused, both unanswered.
    void slowAndHugeHeadsAreCut()
    {
        QProcess bounded;
        const int port = freeLoopbackPort();
        QString error = startHealth(bounded, port, *m_primary,
            {QStringLiteral("--allow"), QStringLiteral("127.0.0.3"), QStringLiteral("--head-timeout"),
                QStringLiteral("2")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto slow = connectFrom(QStringLiteral("127.0.0.3"), port);
        QElapsedTimer t;
        t.start();
        QByteArray got;
        const QByteArray head = "GET /health HTTP/1.0\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        for (int i = 0; i < head.size() && slow->state() == QAbstractSocket::ConnectedState; ++i) {
            slow->write(head.mid(i, 1));
            slow->flush();
            if (closedWithin(*slow, 200, &got))
                break;
        }
        const qint64 cutAfter = t.elapsed();
        QVERIFY2(slow->state() == QAbstractSocket::UnconnectedState,
            qPrintable(QStringLiteral("a slowloris was still connected after %1 ms").arg(cutAfter)));
        // Without the head timeout the trickle would last 12 s; the upper bound leaves room for a
        // loaded machine (this runs beside lab tests).
        QVERIFY2(cutAfter >= 1500 && cutAfter < 8000,
            qPrintable(QStringLiteral("cut after %1 ms, expected about 2000").arg(cutAfter)));
        QVERIFY2(got.isEmpty(), got.constData());

        // The service still answers.
        QCOMPARE(answerCode(*connectFrom(QStringLiteral("127.0.0.3"), port)), 200);
        stopProcess(bounded);

        // A head over 8 KiB in lines Python's own parser takes (64 KiB a line, 100 lines), long
        // before the head timeout (30 s here), and a whole request with 16 KiB of headers.
        QProcess patient;
        const int port2 = freeLoopbackPort();
        error = startHealth(patient, port2, *m_primary,
            {QStringLiteral("--allow"), QStringLiteral("127.0.0.3"), QStringLiteral("--head-timeout"),
                QStringLiteral("30")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QByteArray lines;
        for (int i = 0; i < 40; ++i)
            lines += "X-Pad-" + QByteArray::number(i) + ": " + QByteArray(1000, 'a') + "\r\n";
        auto huge = connectFrom(QStringLiteral("127.0.0.3"), port2);
        t.restart();
        huge->write("GET /health HTTP/1.0\r\n" + lines);
        got.clear();
        QVERIFY2(closedWithin(*huge, 5000, &got),
            "a 40 KiB request head (unfinished) was neither refused nor cut within 5 s");
        QVERIFY2(got.isEmpty(), got.constData());
        auto whole = connectFrom(QStringLiteral("127.0.0.3"), port2);
        whole->write("GET /health HTTP/1.0\r\n" + lines.left(16 * 1024) + "\r\n\r\n");
        got.clear();
        QVERIFY2(closedWithin(*whole, 5000, &got), "a request with 16 KiB of headers was kept open");
        QVERIFY2(!got.contains(" 200 "), got.constData());
        QCOMPARE(answerCode(*connectFrom(QStringLiteral("127.0.0.3"), port2)), 200);
        stopProcess(patient);
    }

private:
    // The quorum guard of a primary (issue 14): the standby is asked over PostgreSQL (its socket,
    // as the postgres user here; on the nodes over TCP with the repmgr credentials).
    QStringList guardArgs(int fenceBelow, int staleVotes, const QString& marker) const
    {
        return {QStringLiteral("--fence-below"), QString::number(fenceBelow),
            QStringLiteral("--quorum-grace"), QStringLiteral("1.5"), QStringLiteral("--check-interval"),
            QStringLiteral("0.2"), QStringLiteral("--stale-votes"), QString::number(staleVotes),
            QStringLiteral("--peer-pg"),
            QStringLiteral("%1:%2").arg(m_standby->socketDir()).arg(m_standby->port()),
            QStringLiteral("--peer-user"), QStringLiteral("postgres"), QStringLiteral("--peer-db"),
            QStringLiteral("postgres"), QStringLiteral("--fence-command"),
            QStringLiteral("/usr/bin/touch ") + marker};
    }

    HttpAnswer waitForPrimaryAnswer(int port, int status, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        HttpAnswer a;
        do {
            a = get(m_nam, url(port, QStringLiteral("/primary")));
            if (a.status == status)
                break;
            QThread::msleep(100);
        } while (t.elapsed() < timeoutMs);
        return a;
    }

private Q_SLOTS:
    // One streaming standby is the quorum a 3-node cluster's primary needs: writes stay, no fence.
    void quorumGuardKeepsAPrimaryWithItsStandby()
    {
        const QString marker = m_primary->root() + QStringLiteral("/fenced-with-standby");
        QProcess guarded;
        const int port = freeLoopbackPort();
        QString error = startHealth(guarded, port, *m_primary, guardArgs(1, 1, marker));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpAnswer a = waitForPrimaryAnswer(port, 200, 10000);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QStringLiteral("role")).toString(), QStringLiteral("primary"));
        QThread::msleep(2500); // past the grace: still no fence
        QCOMPARE(get(m_nam, url(port, QStringLiteral("/primary"))).status, 200);
        QVERIFY(!QFile::exists(marker));
        stopProcess(guarded);
    }

    // A primary that needs two standbys (5 nodes) and never had them takes no writes, and is not
    // stopped either: its standbys may still be starting.
    void quorumGuardRefusesWritesWithoutQuorum()
    {
        const QString marker = m_primary->root() + QStringLiteral("/fenced-without-quorum");
        QProcess guarded;
        const int port = freeLoopbackPort();
        QString error = startHealth(guarded, port, *m_primary, guardArgs(2, 1, marker));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpAnswer a = waitForPrimaryAnswer(port, 503, 10000);
        QCOMPARE(a.status, 503);
        QCOMPARE(a.body.value(QStringLiteral("role")).toString(), QStringLiteral("primary-without-quorum"));
        QVERIFY2(a.body.value(QStringLiteral("reason")).toString().contains(QLatin1String("1 of the 2")),
            qPrintable(a.body.value(QStringLiteral("reason")).toString()));
        QThread::msleep(2500);
        QVERIFY(!QFile::exists(marker));
        QCOMPARE(get(m_nam, url(port, QStringLiteral("/health"))).status, 200);
        stopProcess(guarded);
    }

    // PostgreSQL down: every endpoint answers 503 quickly with the reason.
    void databaseDown()
    {
        m_primary->stop();
        QElapsedTimer t;
        t.start();
        for (const QString& path :
            {QStringLiteral("/primary"), QStringLiteral("/replica"), QStringLiteral("/health")}) {
            const HttpAnswer a = get(m_nam, url(m_primaryHealthPort, path));
            QCOMPARE(a.status, 503);
            QCOMPARE(a.body.value(QStringLiteral("role")).toString(), QStringLiteral("unknown"));
            QVERIFY(!a.body.value(QStringLiteral("error")).toString().isEmpty());
        }
        QVERIFY(t.elapsed() < 10000);
        // The standby lost its primary but is still a replica.
        QCOMPARE(get(m_nam, url(m_standbyHealthPort, QStringLiteral("/replica"))).status, 200);
        QCOMPARE(
            get(m_nam, url(m_standbyHealthPort, QStringLiteral("/replica?max_lag_bytes=0"))).status, 503);
    }

    // The standby promoted on its own (timeline 2) while the primary runs on timeline 1: with one
    // peer's vote required, the primary is stale (503 and fenced); with two required, one peer on a
    // newer timeline is not enough (it lost its quorum, but nobody declares it stale).
    void staleOnlyByEnoughVotes()
    {
        QString error = m_primary->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000
            && m_standby->psql(QStringLiteral("SELECT status FROM pg_stat_wal_receiver")).out.trimmed()
                != QLatin1String("streaming"))
            QThread::msleep(200);
        // The service keeps its session open: after a restart of the server the first question
        // finds it gone and is asked again on a new connection, answered, not an error.
        QCOMPARE(get(m_nam, url(m_primaryHealthPort, QStringLiteral("/primary"))).status, 200);
        m_primary->stop();
        error = m_primary->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpAnswer back = get(m_nam, url(m_primaryHealthPort, QStringLiteral("/primary")));
        QVERIFY2(
            back.status == 200, qPrintable(back.error + back.body.value(QStringLiteral("error")).toString()));
        t.restart();
        while (t.elapsed() < 30000
            && m_standby->psql(QStringLiteral("SELECT status FROM pg_stat_wal_receiver")).out.trimmed()
                != QLatin1String("streaming"))
            QThread::msleep(200);
        const RunResult promoted = runAsPostgres({LocalPostgres::binDir() + QStringLiteral("/pg_ctl"),
            QStringLiteral("-D"), m_standby->dataDir(), QStringLiteral("-w"), QStringLiteral("promote")});
        QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.err));

        const QString twoVotes = m_primary->root() + QStringLiteral("/fenced-two-votes");
        QProcess notStale;
        const int port2 = freeLoopbackPort();
        error = startHealth(notStale, port2, *m_primary, guardArgs(1, 2, twoVotes));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpAnswer minority = waitForPrimaryAnswer(port2, 503, 10000);
        QCOMPARE(minority.status, 503);
        QVERIFY2(!minority.body.value(QStringLiteral("reason")).toString().startsWith(QLatin1String("stale")),
            qPrintable(minority.body.value(QStringLiteral("reason")).toString()));
        stopProcess(notStale);

        const QString oneVote = m_primary->root() + QStringLiteral("/fenced-one-vote");
        QProcess stale;
        const int port1 = freeLoopbackPort();
        error = startHealth(stale, port1, *m_primary, guardArgs(1, 1, oneVote));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpAnswer a = waitForPrimaryAnswer(port1, 503, 10000);
        QCOMPARE(a.body.value(QStringLiteral("role")).toString(), QStringLiteral("stale-primary"));
        QVERIFY2(
            a.body.value(QStringLiteral("reason")).toString().contains(QLatin1String("newer than our 1")),
            qPrintable(a.body.value(QStringLiteral("reason")).toString()));
        for (int i = 0; i < 50 && !QFile::exists(oneVote); ++i)
            QThread::msleep(100);
        QVERIFY2(QFile::exists(oneVote), "the fence command did not run for a stale primary");
        QVERIFY(!QFile::exists(twoVotes));
        stopProcess(stale);
    }
};

QTEST_GUILESS_MAIN(TestHealthService)
#include "tst_healthservice.moc"
