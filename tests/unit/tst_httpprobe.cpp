// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor's HTTP client against servers on loopback that answer as scripted: Content-Length,
// chunked (extensions, trailers) and close-delimited answers, a kept connection reused and, when
// the server dropped it, the request sent once more on a fresh one, "Connection: close" honoured,
// bodies and heads bounded, garbage, silence and a refused port reported in words.
#include "monitor/httpanswer.h"
#include "monitor/httpprobe.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <ctime>
#include <functional>
#include <memory>

using namespace pgpilot;

namespace {

// Reads request heads on every connection it accepts and lets the test answer each one.
class Server : public QTcpServer
{
public:
    struct Request
    {
        QTcpSocket* socket;
        QByteArray head;
        int connection; // 0, 1, ... in the order accepted
        int onConnection; // 0 for the first request on its connection
    };
    std::function<void(const Request&)> answer;
    QList<QByteArray> heads;
    int connections = 0;
    int closed = 0; // connections that ended (either side)

    Server() { listen(QHostAddress::LocalHost, 0); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        const int index = connections++;
        auto buffer = std::make_shared<QByteArray>();
        auto count = std::make_shared<int>(0);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, index, buffer, count] {
            buffer->append(socket->readAll());
            for (qsizetype end; (end = buffer->indexOf("\r\n\r\n")) >= 0;) {
                const QByteArray head = buffer->left(end + 4);
                buffer->remove(0, end + 4);
                heads << head;
                if (answer)
                    answer({socket, head, index, (*count)++});
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            ++closed;
            socket->deleteLater();
        });
    }
};

// Writes bytes without end on socket (64 KiB at a time while the client reads); counts them.
void flood(QTcpSocket* socket, const QByteArray& unit, qint64* written)
{
    auto feed = [socket, unit, written] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024) {
            QByteArray chunk;
            while (chunk.size() < 64 * 1024)
                chunk += unit;
            *written += socket->write(chunk);
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, feed);
    feed();
}

QByteArray okAnswer(const QByteArray& body, const QByteArray& extra = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extra + "\r\n" + body;
}

// One request to its end: false when get() refused it or finished(job) did not come in time.
bool request(HttpProbe& probe, const QString& path, quint64 job = 1, int deadlineMs = 5000)
{
    QSignalSpy spy(&probe, &HttpProbe::finished);
    if (!probe.get(path, job))
        return false;
    if (spy.isEmpty() && !spy.wait(deadlineMs))
        return false;
    return spy.size() == 1 && spy.first().first().toULongLong() == job;
}

std::unique_ptr<HttpProbe> probeFor(const Server& server)
{
    auto probe = std::make_unique<HttpProbe>(QStringLiteral("127.0.0.1"), server.serverPort());
    probe->setTimeout(5000);
    probe->setMaxBodyBytes(64 * 1024);
    return probe;
}

} // namespace

class TestHttpProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentLengthAnswerAndTheRequestHead()
    {
        Server server;
        server.answer = [](const Server::Request& r) {
            r.socket->write(okAnswer("hello"));
        };
        const auto probe = probeFor(server);
        QVERIFY(request(*probe, QStringLiteral("/stats;csv"), 7));
        QCOMPARE(probe->outcome(), HttpProbe::Outcome::Answered);
        QCOMPARE(probe->status(), 200);
        QCOMPARE(probe->body(), QByteArray("hello"));
        QVERIFY(probe->errorString().isEmpty());
        const QByteArray head = server.heads.first();
        QVERIFY2(head.startsWith("GET /stats;csv HTTP/1.1\r\n"), head.constData());
        QVERIFY2(head.contains("\r\nHost: 127.0.0.1:" + QByteArray::number(server.serverPort()) + "\r\n"),
            head.constData());
        QVERIFY2(head.contains("\r\nConnection: keep-alive\r\n"), head.constData());
        QVERIFY(!head.contains("Authorization"));
        // Basic authentication when set, on every request from then on; gone when cleared.
        probe->setAuthorization("Basic " + QByteArray("pgpilot:pw").toBase64());
        QVERIFY(request(*probe, QStringLiteral("/stats;csv"), 8));
        QVERIFY2(server.heads.last().contains("\r\nAuthorization: Basic cGdwaWxvdDpwdw==\r\n"),
            server.heads.last().constData());
        probe->setAuthorization({});
        QVERIFY(request(*probe, QStringLiteral("/stats;csv"), 9));
        QVERIFY(!server.heads.last().contains("Authorization"));
        // A request target's forbidden characters are encoded; a path gets its '/'.
        QVERIFY(request(*probe, QStringLiteral("/a b\"c?x=1"), 10));
        QVERIFY2(server.heads.last().startsWith("GET /a%20b%22c?x=1 HTTP/1.1\r\n"),
            server.heads.last().constData());
        QVERIFY(request(*probe, QStringLiteral("health"), 11));
        QVERIFY2(server.heads.last().startsWith("GET /health HTTP/1.1\r\n"), server.heads.last().constData());
        QVERIFY(request(*probe, QString(), 12));
        QVERIFY2(server.heads.last().startsWith("GET / HTTP/1.1\r\n"), server.heads.last().constData());
        QVERIFY(!probe->busy());
    }

    void chunkedAnswerWithExtensionsAndTrailers()
    {
        Server server;
        server.answer = [](const Server::Request& r) {
            r.socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "5;name=value\r\nhello\r\n"
                            "1 ; quoted=\"a;b\"\r\n \r\n"
                            "6\r\nworld!\r\n"
                            "0\r\nX-Checksum: 1234\r\nX-Other: yes\r\n\r\n");
        };
        const auto probe = probeFor(server);
        for (quint64 job = 1; job <= 2; ++job) {
            QVERIFY(request(*probe, QStringLiteral("/stats;csv"), job));
            QCOMPARE(probe->outcome(), HttpProbe::Outcome::Answered);
            QCOMPARE(probe->body(), QByteArray("hello world!"));
        }
        QCOMPARE(server.connections, 1); // a chunked answer leaves the connection usable
    }

    void closeDelimitedAnswer()
    {
        Server server;
        server.answer = [](const Server::Request& r) {
            r.socket->write(
                "HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain\r\n\r\nnot a replica\n");
            r.socket->disconnectFromHost();
        };
        const auto probe = probeFor(server);
        QVERIFY(request(*probe, QStringLiteral("/replica")));
        QCOMPARE(probe->outcome(), HttpProbe::Outcome::Answered);
        QCOMPARE(probe->status(), 503);
        QCOMPARE(probe->body(), QByteArray("not a replica\n"));
        QVERIFY(!probe->connected());
    }

    void keptConnectionIsReused()
    {
        Server server;
        server.answer = [](const Server::Request& r) {
            r.socket->write(okAnswer("n" + QByteArray::number(r.onConnection)));
        };
        const auto probe = probeFor(server);
        for (quint64 job = 1; job <= 3; ++job) {
            QVERIFY(request(*probe, QStringLiteral("/health"), job));
            QCOMPARE(probe->body(), "n" + QByteArray::number(job - 1));
        }
        QCOMPARE(server.connections, 1);
        QCOMPARE(server.heads.size(), 3);
        QCOMPARE(probe->connectCount(), quint64(1));
        QVERIFY(probe->connected());
    }

    void aKeptConnectionFoundClosedIsRetriedOnce()
    {
        // The server answers the first request of a connection and drops the connection on the
        // second one unanswered (its idle timeout struck as the request arrived).
        Server server;
        server.answer = [](const Server::Request& r) {
            if (r.onConnection == 0)
                r.socket->write(okAnswer("c" + QByteArray::number(r.connection)));
            else
                r.socket->abort();
        };
        const auto probe = probeFor(server);
        QVERIFY(request(*probe, QStringLiteral("/health"), 1));
        QCOMPARE(probe->body(), QByteArray("c0"));
        QVERIFY(request(*probe, QStringLiteral("/health"), 2));
        QCOMPARE(probe->outcome(), HttpProbe::Outcome::Answered);
        QCOMPARE(probe->body(), QByteArray("c1")); // on the fresh connection
        QCOMPARE(server.connections, 2);
        QCOMPARE(server.heads.size(), 3);

        // A server that closes the kept connection while it is idle: noticed, and the next
        // request simply opens a new one.
        server.answer = [](const Server::Request& r) {
            r.socket->write(okAnswer("c" + QByteArray::number(r.connection)));
            r.socket->disconnectFromHost(); // after the answer, without saying so
        };
        QVERIFY(request(*probe, QStringLiteral("/health"), 3)); // on connection 1, kept
        QCOMPARE(probe->body(), QByteArray("c1"));
        QTRY_VERIFY_WITH_TIMEOUT(!probe->connected(), 5000);
        QVERIFY(request(*probe, QStringLiteral("/health"), 4));
        QCOMPARE(probe->body(), QByteArray("c2"));
        QCOMPARE(server.connections, 3);
    }

    void aFreshConnectionIsNotRetried()
    {
        // Every request after a connection's first is dropped: the retry on a fresh connection
        // is dropped too, and that is the answer (no third connection).
        Server server;
        server.answer = [](const Server::Request& r) {
            if (r.connection == 0 && r.onConnection == 0)
                r.socket->write(okAnswer("first"));
            else
                r.socket->abort();
        };
        const auto probe = probeFor(server);
        QVERIFY(request(*probe, QStringLiteral("/health"), 1));
        QVERIFY(request(*probe, QStringLiteral("/health"), 2));
        QCOMPARE(probe->outcome(), HttpProbe::Outcome::Failed);
        QCOMPARE(probe->status(), 0);
        QVERIFY2(probe->errorString().contains(QStringLiteral("closed the connection before answering")),
            qPrintable(probe->errorString()));
        QCOMPARE(server.connections, 2);
    }

    void connectionCloseIsHonoured()
    {
        // The server says close but keeps its side open: the probe does not wait for the end of
        // the connection (the length frames the answer), closes it, and opens a new one next time.
        Server server;
        server.answer = [](const Server::Request& r) {
            r.socket->write(r.connection == 0 ? okAnswer("bye", "Connection: close\r\n")
                                              : "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok");
        };
        const auto probe = probeFor(server);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(request(*probe, QStringLiteral("/health"), 1));
        QCOMPARE(probe->body(), QByteArray("bye"));
        QVERIFY(!probe->connected());
        QVERIFY(request(*probe, QStringLiteral("/health"), 2));
        QCOMPARE(probe->body(), QByteArray("ok")); // HTTP/1.0 without keep-alive: closed as well
        QVERIFY(request(*probe, QStringLiteral("/health"), 3));
        QVERIFY(clock.elapsed() < 4000);
        QCOMPARE(server.connections, 3);
        QTRY_COMPARE_WITH_TIMEOUT(server.closed, 3, 5000);
    }

    void anOversizeBodyIsCutOff()
    {
        Server server;
        qint64 written = 0;
        server.answer = [&written](const Server::Request& r) {
            if (r.connection == 0) { // announced too long: not read at all
                r.socket->write("HTTP/1.1 200 OK\r\nContent-Length: 10000000\r\n\r\n");
            } else if (r.connection == 1) { // chunks without end
                r.socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
                flood(r.socket, "400\r\n" + QByteArray(0x400, 'c') + "\r\n", &written);
            } else { // no length: the body runs until the connection ends, which it never does
                r.socket->write("HTTP/1.1 200 OK\r\n\r\n");
                flood(r.socket, "x", &written);
            }
        };
        const auto probe = probeFor(server);
        for (quint64 job = 1; job <= 3; ++job) {
            QVERIFY(request(*probe, QStringLiteral("/health"), job));
            QCOMPARE(probe->outcome(), HttpProbe::Outcome::TooLarge);
            QCOMPARE(probe->status(), 0);
            QVERIFY(probe->body().isEmpty());
            QVERIFY(!probe->connected());
        }
        QTRY_COMPARE_WITH_TIMEOUT(server.closed, 3, 5000); // the probe hung up each time
        QVERIFY2(written < 16 * 1024 * 1024, qPrintable(QString::number(written)));
    }

    void aHeaderFloodIsBounded()
    {
        Server server;
        qint64 written = 0;
        server.answer = [&written](const Server::Request& r) {
            r.socket->write("HTTP/1.1 200 OK\r\n");
            flood(r.socket, r.connection == 0 ? QByteArray("X-Filler: aaaaaaaaaaaaaaaaaaaaaaaaaa\r\n") : "a",
                &written);
        };
        const auto probe = probeFor(server);
        for (quint64 job = 1; job <= 2; ++job) {
            QVERIFY(request(*probe, QStringLiteral("/health"), job));
            QCOMPARE(probe->outcome(), HttpProbe::Outcome::Failed);
            QVERIFY2(probe->errorString().contains(QStringLiteral("longer than 16 KiB")),
                qPrintable(probe->errorString()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(server.closed, 2, 5000);
        QVERIFY2(written < 16 * 1024 * 1024, qPrintable(QString::number(written)));
    }

    void garbageIsNotAnHttpAnswer_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("says");
        QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2p1\r\n")
                             << QStringLiteral("SSH-2.0-OpenSSH_9.2p1");
        QTest::newRow("status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n")
                                << QStringLiteral("not an HTTP answer");
        QTest::newRow("version") << QByteArray("HTTP/2 200\r\n\r\n") << QStringLiteral("not an HTTP answer");
        QTest::newRow("header") << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n")
                                << QStringLiteral("without a name");
        QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n")
                                << QStringLiteral("Content-Length");
        QTest::newRow("lengths") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd")
                                 << QStringLiteral("Content-Length");
        QTest::newRow("chunk size") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << QStringLiteral("chunk size");
        QTest::newRow("chunk end") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n")
                                   << QStringLiteral("line end");
        QTest::newRow("gzip") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 1\r\n\r\nx")
                              << QStringLiteral("compressed (gzip)");
        QTest::newRow("coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nx")
                                << QStringLiteral("transfer encoding");
    }

    void garbageIsNotAnHttpAnswer()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, says);
        Server server;
        server.answer = [answer](const Server::Request& r) {
            r.socket->write(answer);
        };
        const auto probe = probeFor(server);
        QVERIFY(request(*probe, QStringLiteral("/health")));
        QCOMPARE(probe->outcome(), HttpProbe::Outcome::Failed);
        QCOMPARE(probe->status(), 0);
        QVERIFY2(probe->errorString().contains(says), qPrintable(probe->errorString()));
        QVERIFY(!probe->connected());
    }

    void silenceTimesOut()
    {
        Server server; // accepts, reads, never answers
        const auto probe = probeFor(server);
        probe->setTimeout(300);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(request(*probe, QStringLiteral("/health")));
        QCOMPARE(probe->outcome(), HttpProbe::Outcome::TimedOut);
        QVERIFY2(
            clock.elapsed() >= 250 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(probe->elapsedMs() >= 250);
        QTRY_COMPARE_WITH_TIMEOUT(server.closed, 1, 5000); // the probe hung up
        // A request that is answered in part only times out as well.
        server.answer = [](const Server::Request& r) {
            r.socket->write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        };
        QVERIFY(request(*probe, QStringLiteral("/health"), 2));
        QCOMPARE(probe->outcome(), HttpProbe::Outcome::TimedOut);
        QVERIFY(probe->body().isEmpty());
    }

    void aRefusedPortIsSaidSoAndNeverInsideGet_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("says");
        QTest::newRow("refused") << QStringLiteral("127.0.0.1")
                                 << QStringLiteral("connection refused on port");
        // Linux fails a TCP connect() to a broadcast address at once (ENETUNREACH), inside
        // connectToHost(), without sending a packet: the failure that would come inside get().
        QTest::newRow("at once") << QStringLiteral("255.255.255.255") << QStringLiteral("unreachable");
    }

    void aRefusedPortIsSaidSoAndNeverInsideGet()
    {
        QFETCH(QString, host);
        QFETCH(QString, says);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        HttpProbe probe(host, port);
        bool inGet = false;
        bool emittedInsideGet = false;
        connect(&probe, &HttpProbe::finished, this, [&] { emittedInsideGet = emittedInsideGet || inGet; });
        QSignalSpy spy(&probe, &HttpProbe::finished);
        inGet = true;
        QVERIFY(probe.get(QStringLiteral("/health"), 3));
        inGet = false;
        QVERIFY(probe.busy());
        QVERIFY(!probe.get(QStringLiteral("/health"), 4)); // one request at a time
        QVERIFY(spy.wait(5000));
        QVERIFY(!emittedInsideGet);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toULongLong(), quint64(3));
        QCOMPARE(probe.outcome(), HttpProbe::Outcome::Failed);
        QVERIFY2(probe.errorString().contains(says, Qt::CaseInsensitive), qPrintable(probe.errorString()));
        QVERIFY(!probe.busy());
    }

    void aSecondRequestFromTheFinishedSlot()
    {
        // The role-only health check asks /replica from the handler of the /master answer, on a
        // server that closes after each answer (HTTP/1.0) and on one that keeps the connection.
        for (const bool keep : {false, true}) {
            Server server;
            server.answer = [keep](const Server::Request& r) {
                const QByteArray path = r.head.split(' ').value(1);
                const QByteArray status = path == "/replica" ? "200 OK" : "503 Service Unavailable";
                r.socket->write((keep ? "HTTP/1.1 " : "HTTP/1.0 ") + status
                    + "\r\nContent-Length: " + QByteArray::number(path.size()) + "\r\n\r\n" + path);
                if (!keep)
                    r.socket->disconnectFromHost();
            };
            const auto probe = probeFor(server);
            QList<QByteArray> bodies;
            connect(probe.get(), &HttpProbe::finished, this, [&bodies, &probe](quint64 job) {
                bodies << QByteArray::number(probe->status()) + ' ' + probe->body();
                if (job == 1)
                    QVERIFY(probe->get(QStringLiteral("/replica"), 2));
            });
            QVERIFY(probe->get(QStringLiteral("/master"), 1));
            QTRY_COMPARE_WITH_TIMEOUT(bodies.size(), 2, 5000);
            QCOMPARE(bodies, (QList<QByteArray> {"503 /master", "200 /replica"}));
            QCOMPARE(server.connections, keep ? 1 : 2);
        }
    }

    void interimAnswersAndBodilessStatuses()
    {
        Server server;
        server.answer = [](const Server::Request& r) {
            if (r.onConnection == 0)
                r.socket->write("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n");
            else if (r.onConnection == 1)
                r.socket->write("HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n");
            else // LF-only line ends, header names in any case
                r.socket->write(
                    "HTTP/1.1 401 Unauthorized\ncontent-length: 3\nCONNECTION: Keep-Alive\n\nno!");
        };
        const auto probe = probeFor(server);
        QVERIFY(request(*probe, QStringLiteral("/health"), 1));
        QCOMPARE(probe->status(), 204);
        QVERIFY(probe->body().isEmpty());
        QVERIFY(request(*probe, QStringLiteral("/health"), 2));
        QCOMPARE(probe->status(), 304);
        QVERIFY(request(*probe, QStringLiteral("/health"), 3));
        QCOMPARE(probe->status(), 401);
        QCOMPARE(probe->body(), QByteArray("no!"));
        QCOMPARE(server.connections, 1);
    }

    void bytesAfterTheAnswerEndTheConnection()
    {
        Server server;
        server.answer = [](const Server::Request& r) {
            r.socket->write(okAnswer("ok") + "HTTP/1.1 200 OK\r\n");
        };
        const auto probe = probeFor(server);
        QVERIFY(request(*probe, QStringLiteral("/health"), 1));
        QCOMPARE(probe->body(), QByteArray("ok"));
        QVERIFY(request(*probe, QStringLiteral("/health"), 2));
        QCOMPARE(server.connections, 2);
    }

    void theReaderTakesAnswersByteByByte()
    {
        const QByteArray chunked
            = "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"; // gzip: refused
        HttpAnswerReader reader;
        reader.start(1024);
        QCOMPARE(reader.feed(chunked), HttpAnswerReader::State::Malformed);

        const QByteArray answers[] = {
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;ext\r\nabc\r\n2\r\nde\r\n0\r\nT: "
            "1\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nabcde",
        };
        for (const QByteArray& answer : answers) {
            reader.start(1024);
            QVERIFY(!reader.started());
            for (qsizetype i = 0; i < answer.size() - 1; ++i)
                QCOMPARE(reader.feed(answer.sliced(i, 1)), HttpAnswerReader::State::Reading);
            QCOMPARE(reader.feed(answer.last(1)), HttpAnswerReader::State::Complete);
            QCOMPARE(reader.body(), QByteArray("abcde"));
            QVERIFY(reader.keepAlive());
        }
        // Close-delimited: complete only when the connection ends, and then not to be kept.
        reader.start(1024);
        QCOMPARE(reader.feed("HTTP/1.1 200 OK\r\n\r\nabc"), HttpAnswerReader::State::Reading);
        QCOMPARE(reader.closed(), HttpAnswerReader::State::Complete);
        QCOMPARE(reader.body(), QByteArray("abc"));
        QVERIFY(!reader.keepAlive());
        // A length frame cut short by the close is not complete.
        reader.start(1024);
        QCOMPARE(
            reader.feed("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc"), HttpAnswerReader::State::Reading);
        QCOMPARE(reader.closed(), HttpAnswerReader::State::Reading);
        // The cap holds for the sum of the chunks.
        reader.start(4);
        QCOMPARE(reader.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"),
            HttpAnswerReader::State::Reading);
        QCOMPARE(reader.feed("2\r\n"), HttpAnswerReader::State::TooLarge);
        QVERIFY(reader.body().isEmpty());
    }

    // Informational: CPU per request of HttpProbe and of QNetworkAccessManager against the same
    // server in this process, on a kept connection (HAProxy) and on one per answer (the health
    // service, HTTP/1.0). PGPILOT_HTTP_BENCH=1; the lab measures the watcher itself.
    void benchmarkAgainstQnam()
    {
        if (qEnvironmentVariableIsEmpty("PGPILOT_HTTP_BENCH"))
            QSKIP("set PGPILOT_HTTP_BENCH=1 to compare CPU per request with QNetworkAccessManager");
        for (const bool keep : {true, false}) {
            Server server;
            const QByteArray body(2000, 'x');
            server.answer = [&body, keep](const Server::Request& r) {
                if (keep) {
                    r.socket->write(okAnswer(body));
                } else {
                    r.socket->write("HTTP/1.0 200 OK\r\nContent-Length: 2000\r\n\r\n" + body);
                    r.socket->disconnectFromHost();
                }
            };
            constexpr int n = 2000;
            const std::clock_t probeStart = std::clock();
            const auto probe = probeFor(server);
            for (int i = 0; i < n; ++i)
                QVERIFY(request(*probe, QStringLiteral("/health"), i + 1));
            const double probeMs = 1000.0 * double(std::clock() - probeStart) / CLOCKS_PER_SEC;
            QNetworkAccessManager nam;
            nam.setProxy(QNetworkProxy::NoProxy);
            const QUrl url(QStringLiteral("http://127.0.0.1:%1/health").arg(server.serverPort()));
            const std::clock_t namStart = std::clock();
            for (int i = 0; i < n; ++i) {
                QNetworkReply* reply = nam.get(QNetworkRequest(url));
                QSignalSpy done(reply, &QNetworkReply::finished);
                QVERIFY(done.wait(5000));
                QCOMPARE(reply->readAll().size(), body.size());
                reply->deleteLater();
            }
            const double namMs = 1000.0 * double(std::clock() - namStart) / CLOCKS_PER_SEC;
            qInfo("%s: CPU per request (client and server, all threads): HttpProbe %.0f us, "
                  "QNetworkAccessManager %.0f us; connections %d",
                keep ? "kept connection" : "one connection per answer", 1000.0 * probeMs / n,
                1000.0 * namMs / n, server.connections);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpProbe)
#include "tst_httpprobe.moc"
