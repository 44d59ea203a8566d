// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook sender against a receiver on loopback: JSON bodies in order, a 5xx or a refused
// connection retried, a 4xx not, no redirect followed, URLs with credentials refused, the token
// in a URL's path never in a message.
#include "notify/webhook.h"
#include "notify/webhookreceiver.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace pgpilot;
using Receiver = pgpilot::test::WebhookReceiver;

namespace {

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
