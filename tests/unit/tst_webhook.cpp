// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook sender against a receiver on loopback: JSON bodies in order, a 5xx or a refused
// connection retried, a 4xx not, no redirect followed, URLs with credentials refused, the token
// in a URL's path never in a message.
#include "notify/webhook.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace pgpilot;

namespace {

// A minimal HTTP/1.1 receiver: answers each request with the next status of its script (the
// last one repeats) and keeps the bodies.
class Receiver : public QObject
{
public:
    explicit Receiver(QList<int> statuses)
        : m_statuses(std::move(statuses))
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> bodies;
    QList<QByteArray> heads;

private:
    void read(QTcpSocket* s)
    {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        heads << head;
        bodies << buffer.mid(end + 4, length);
        buffer.clear();
        const int status = m_statuses.value(int(bodies.size()) - 1, m_statuses.last());
        QByteArray reply
            = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 0\r\nConnection: close\r\n";
        if (status == 302)
            reply += "Location: http://127.0.0.1:1/elsewhere\r\n";
        s->write(reply + "\r\n");
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<int> m_statuses;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QJsonObject body(int n)
{
    return {{QStringLiteral("n"), n}, {QStringLiteral("state"), QStringLiteral("firing")}};
}

} // namespace

class TestWebhook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversInOrderAndRetriesA5xx()
    {
        Receiver receiver({200, 503, 200});
        WebhookSender sender(
            QUrl(QStringLiteral("http://127.0.0.1:%1/hook/SECRET-TOKEN").arg(receiver.port())));
        QSignalSpy delivered(&sender, &WebhookSender::delivered);
        QSignalSpy failed(&sender, &WebhookSender::failed);
        sender.send(body(1));
        sender.send(body(2));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(receiver.bodies.size(), 3); // 1, 2 (503), 2 again
        QCOMPARE(
            QJsonDocument::fromJson(receiver.bodies.at(0)).object().value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(receiver.bodies.at(1), receiver.bodies.at(2));
        QCOMPARE(delivered.at(1).at(1).toInt(), 2); // two attempts
        QVERIFY(receiver.heads.first().contains("application/json"));
        QVERIFY(receiver.heads.first().startsWith("POST /hook/SECRET-TOKEN HTTP/1.1"));
        QCOMPARE(sender.pending(), 0);
    }

    void a4xxIsNotRetriedAndARedirectNotFollowed()
    {
        Receiver receiver({400, 302});
        WebhookSender sender(
            QUrl(QStringLiteral("http://127.0.0.1:%1/hook/SECRET-TOKEN").arg(receiver.port())));
        QSignalSpy failed(&sender, &WebhookSender::failed);
        sender.send(body(1));
        sender.send(body(2));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
        QCOMPARE(receiver.bodies.size(), 2);
        for (const auto& f : failed) {
            QCOMPARE(f.at(1).toInt(), 1);
            QVERIFY2(!f.at(0).toString().contains(QStringLiteral("SECRET")), qPrintable(f.at(0).toString()));
        }
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("400")));
    }

    void unreachableReceiverGivesUpAfterItsAttempts()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now: connection refused
        WebhookSender sender(QUrl(QStringLiteral("http://127.0.0.1:%1/SECRET-TOKEN").arg(port)));
        sender.setMaxAttempts(2);
        QSignalSpy failed(&sender, &WebhookSender::failed);
        sender.send(body(1));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.first().at(1).toInt(), 2);
        QVERIFY2(!failed.first().at(0).toString().contains(QStringLiteral("SECRET")),
            qPrintable(failed.first().at(0).toString()));
    }

    void urlsAreChecked()
    {
        QVERIFY(WebhookSender::urlProblem(QUrl(QStringLiteral("https://hooks.example.net/x"))).isEmpty());
        QVERIFY(!WebhookSender::urlProblem(QUrl(QStringLiteral("ftp://example.net/x"))).isEmpty());
        QVERIFY(!WebhookSender::urlProblem(QUrl(QStringLiteral("https://user:pw@example.net/x"))).isEmpty());
        QVERIFY(!WebhookSender::urlProblem(QUrl(QStringLiteral("not a url"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebhook)
#include "tst_webhook.moc"
