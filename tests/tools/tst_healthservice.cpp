// SPDX-License-Identifier: GPL-3.0-or-later
// The health service (resources/templates/pgpilot-health.py) against a real PostgreSQL 15 primary
// and a standby cloned from it with pg_basebackup, both on loopback ports, the service running as
// the postgres user like its systemd unit.
#include "runbook/configfiles.h"
#include "toolsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

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
