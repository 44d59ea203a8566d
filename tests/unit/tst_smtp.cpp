// SPDX-License-Identifier: GPL-3.0-or-later
// E-mail notifications (issue 18): SmtpSender against a real SMTP conversation with a sink on
// 127.0.0.1 (tests/support/notify/smtpsink.h): delivery with proper headers and a UTF-8 body,
// dot-stuffing, several recipients, AUTH PLAIN and LOGIN, a 4xx retried, a 5xx final, a silent
// server timed out, header and command injection refused, STARTTLS and implicit TLS verified
// against a CA made here (and refused without it), and plain text refused to a remote server.
#include "notify/channel.h"
#include "notify/mailmessage.h"
#include "notify/smtpsender.h"
#include "notify/smtpsink.h"
#include "secrets/tlsca.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pgpilot;
using pgpilot::test::SmtpSink;

namespace {

SmtpSettings settingsFor(const SmtpSink& sink, SmtpSettings::Tls tls = SmtpSettings::Tls::None)
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = sink.serverPort();
    s.tls = tls;
    s.from = QStringLiteral("pgpilot@ops.example.net");
    s.to = {QStringLiteral("oncall@example.net")};
    return s;
}

QByteArray headers(const QByteArray& data)
{
    return data.left(data.indexOf("\r\n\r\n"));
}

QString header(const QByteArray& data, const QByteArray& name)
{
    // Unfolded: continuation lines start with a space.
    const QByteArray unfolded = headers(data).replace("\r\n ", " ");
    for (const QByteArray& line : unfolded.split('\n')) {
        if (line.startsWith(name + ": "))
            return QString::fromUtf8(line.mid(name.size() + 2).trimmed());
    }
    return {};
}

QString decodeQuotedPrintable(const QByteArray& data)
{
    QByteArray out;
    const QByteArray body = data.mid(data.indexOf("\r\n\r\n") + 4);
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == '=' && body.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else if (body.at(i) == '=') {
            out += char(body.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += body.at(i);
        }
    }
    return QString::fromUtf8(out).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

// A CA and a certificate for 127.0.0.1 signed by it; the CA written to dir/ca.pem.
struct Certificates
{
    tls::Issued ca;
    tls::Issued server;
    QString caFile;
};

Certificates makeCertificates(const QTemporaryDir& dir)
{
    Certificates c;
    c.ca = tls::createCa(QStringLiteral("smtp-test"), 2);
    c.server = tls::issueNodeCertificate(
        c.ca.certPem, c.ca.keyPem, QStringLiteral("localhost"), {QStringLiteral("127.0.0.1")});
    c.caFile = dir.filePath(QStringLiteral("ca.pem"));
    QFile f(c.caFile);
    if (f.open(QIODevice::WriteOnly))
        f.write(c.ca.certPem);
    return c;
}

} // namespace

class TestSmtp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversWithHeadersAndUtf8Body()
    {
        SmtpSink sink;
        SmtpSender sender(settingsFor(sink));
        QSignalSpy delivered(&sender, &SmtpSender::delivered);
        QSignalSpy failed(&sender, &SmtpSender::failed);
        const QString body
            = QStringLiteral("Die Primärdatenbank antwortet nicht \u2014 ✓\nline two with = sign\n")
            + QString(120, QLatin1Char('x'));
        const quint64 id = sender.send(QStringLiteral("[pgpilot] CRITICAL main: No primary"), body,
            {{"X-Pgpilot-Cluster", QStringLiteral("main")}});
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(delivered.first().at(0).toULongLong(), id);
        QVERIFY2(
            delivered.first().at(1).toString().startsWith(QStringLiteral("250 2.0.0 Ok: queued as SINK1")),
            qPrintable(delivered.first().at(1).toString()));
        QCOMPARE(delivered.first().at(2).toInt(), 1);
        QCOMPARE(sink.messages.size(), 1);
        const SmtpSink::Message& m = sink.messages.first();
        QCOMPARE(m.from, QStringLiteral("pgpilot@ops.example.net"));
        QCOMPARE(m.to, QStringList {QStringLiteral("oncall@example.net")});
        QVERIFY(!m.encrypted);
        QCOMPARE(header(m.data, "Subject"), QStringLiteral("[pgpilot] CRITICAL main: No primary"));
        QCOMPARE(header(m.data, "From"), QStringLiteral("pgpilot <pgpilot@ops.example.net>"));
        QCOMPARE(header(m.data, "To"), QStringLiteral("oncall@example.net"));
        QCOMPARE(header(m.data, "Content-Type"), QStringLiteral("text/plain; charset=UTF-8"));
        QCOMPARE(header(m.data, "Content-Transfer-Encoding"), QStringLiteral("quoted-printable"));
        QCOMPARE(header(m.data, "MIME-Version"), QStringLiteral("1.0"));
        QCOMPARE(header(m.data, "X-Pgpilot-Cluster"), QStringLiteral("main"));
        static const QRegularExpression date(QStringLiteral(
            "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
            "\\d{4} \\d\\d:\\d\\d:\\d\\d \\+0000$"));
        QVERIFY2(date.match(header(m.data, "Date")).hasMatch(), qPrintable(header(m.data, "Date")));
        static const QRegularExpression messageId(QStringLiteral("^<[A-Za-z0-9.]+@ops\\.example\\.net>$"));
        QVERIFY2(messageId.match(header(m.data, "Message-ID")).hasMatch(),
            qPrintable(header(m.data, "Message-ID")));
        // The body: 7-bit lines of at most 76 characters on the wire, the same text once decoded.
        for (const QByteArray& line : m.data.split('\n')) {
            QVERIFY2(line.size() <= 77, line.constData());
            for (const char c : line)
                QVERIFY(static_cast<unsigned char>(c) < 0x80);
        }
        QCOMPARE(decodeQuotedPrintable(m.data).trimmed(), body.trimmed());
        QTRY_VERIFY(sink.commands.contains("QUIT"));
        QCOMPARE(sender.pending(), 0);
    }

    void nonAsciiSubjectIsEncoded()
    {
        SmtpSink sink;
        SmtpSender sender(settingsFor(sink));
        QSignalSpy delivered(&sender, &SmtpSender::delivered);
        const QString subject
            = QStringLiteral("[pgpilot] KRITISCH München: Kein Primärknoten ") + QString(40, QChar(0x2713));
        sender.send(subject, QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        const QString raw = header(sink.messages.first().data, "Subject");
        QVERIFY2(raw.startsWith(QStringLiteral("=?UTF-8?B?")), qPrintable(raw));
        QString decoded;
        for (const QString& word : raw.split(QLatin1Char(' ')))
            decoded += QString::fromUtf8(QByteArray::fromBase64(word.mid(10, word.size() - 12).toLatin1()));
        QCOMPARE(decoded, subject);
        for (const QByteArray& line : headers(sink.messages.first().data).split('\n'))
            QVERIFY2(line.size() <= 79, line.constData());
    }

    void dotStuffing()
    {
        SmtpSink sink;
        SmtpSender sender(settingsFor(sink));
        QSignalSpy delivered(&sender, &SmtpSender::delivered);
        const QString body = QStringLiteral("before\n.\n.hidden\n..two\nafter");
        sender.send(QStringLiteral("dots"), body);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        const SmtpSink::Message& m = sink.messages.first();
        // On the wire a lone "." would have ended the message: every leading dot doubled.
        QVERIFY2(m.wire.contains("\r\n..\r\n..hidden\r\n...two\r\n"), m.wire.constData());
        QCOMPARE(decodeQuotedPrintable(m.data), body + QLatin1Char('\n'));
        QCOMPARE(mail::dotStuffed(".a\nb\r\n.\n"), QByteArray("..a\r\nb\r\n..\r\n"));
    }

    void severalRecipientsAndARefusedOne()
    {
        SmtpSink sink;
        SmtpSettings s = settingsFor(sink);
        s.to = {QStringLiteral("a@example.net"), QStringLiteral("b@example.net"),
            QStringLiteral("c@example.net")};
        {
            SmtpSender sender(s);
            QSignalSpy delivered(&sender, &SmtpSender::delivered);
            sender.send(QStringLiteral("all"), QStringLiteral("x"));
            QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
            QCOMPARE(sink.messages.first().to, s.to);
            QCOMPARE(header(sink.messages.first().data, "To"),
                QStringLiteral("a@example.net, b@example.net, c@example.net"));
        }
        sink.refusedRecipients = {QStringLiteral("b@example.net")};
        SmtpSender sender(s);
        QSignalSpy failed(&sender, &SmtpSender::failed);
        sender.send(QStringLiteral("two of three"), QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        // The others got it; the refused one is named with the server's reason; not retried.
        QCOMPARE(sink.messages.size(), 2);
        QCOMPARE(sink.messages.last().to,
            (QStringList {QStringLiteral("a@example.net"), QStringLiteral("c@example.net")}));
        const QString error = failed.first().at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("b@example.net")) && error.contains(QStringLiteral("550")),
            qPrintable(error));
        QCOMPARE(failed.first().at(2).toInt(), 1);
    }

    void authPlainAndLogin_data()
    {
        QTest::addColumn<QStringList>("mechanisms");
        QTest::newRow("PLAIN") << QStringList {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
        QTest::newRow("LOGIN") << QStringList {QStringLiteral("LOGIN")};
    }

    void authPlainAndLogin()
    {
        QFETCH(QStringList, mechanisms);
        SmtpSink sink;
        sink.authMechanisms = mechanisms;
        sink.user = QStringLiteral("pgpilot");
        sink.password = "s3cret-pw";
        SmtpSettings s = settingsFor(sink);
        s.user = QStringLiteral("pgpilot");
        s.password = "s3cret-pw";
        {
            SmtpSender sender(s);
            QSignalSpy delivered(&sender, &SmtpSender::delivered);
            sender.send(QStringLiteral("auth"), QStringLiteral("x"));
            QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
            QCOMPARE(sink.messages.first().user, QStringLiteral("pgpilot"));
            const QByteArray auth = "AUTH " + mechanisms.first().toLatin1();
            QVERIFY(std::any_of(sink.commands.cbegin(), sink.commands.cend(),
                [&auth](const QByteArray& c) { return c.startsWith(auth); }));
        }
        s.password = "wrong-pw";
        SmtpSender sender(s);
        QSignalSpy failed(&sender, &SmtpSender::failed);
        sender.send(QStringLiteral("auth"), QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const QString error = failed.first().at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("535")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("wrong-pw"))
                && !error.contains(QString::fromLatin1(QByteArray("wrong-pw").toBase64())),
            qPrintable(error));
        QCOMPARE(failed.first().at(2).toInt(), 1); // a refused login is not retried
        QCOMPARE(sink.messages.size(), 1);
    }

    void temporaryFailureIsRetried()
    {
        SmtpSink sink;
        sink.temporaryFailures = 1;
        SmtpSender sender(settingsFor(sink));
        QSignalSpy delivered(&sender, &SmtpSender::delivered);
        QSignalSpy failed(&sender, &SmtpSender::failed);
        sender.send(QStringLiteral("first"), QStringLiteral("1"));
        sender.send(QStringLiteral("second"), QStringLiteral("2"));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 15000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(delivered.at(0).at(2).toInt(), 2); // the 451, then after 1 s delivered
        QCOMPARE(delivered.at(1).at(2).toInt(), 1);
        QCOMPARE(sink.connections, 3);
        // In order.
        QCOMPARE(header(sink.messages.at(0).data, "Subject"), QStringLiteral("first"));
        QCOMPARE(header(sink.messages.at(1).data, "Subject"), QStringLiteral("second"));
    }

    void permanentRefusalIsFinal()
    {
        SmtpSink sink;
        sink.refuseMessages = true;
        SmtpSender sender(settingsFor(sink));
        QSignalSpy failed(&sender, &SmtpSender::failed);
        sender.send(QStringLiteral("refused"), QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(
            failed.first().at(1).toString().contains(QStringLiteral("554 5.7.1 message refused by policy")),
            qPrintable(failed.first().at(1).toString()));
        QCOMPARE(failed.first().at(2).toInt(), 1);
        QCOMPARE(sink.connections, 1);
    }

    void silentServerTimesOut()
    {
        SmtpSink sink;
        sink.silent = true;
        SmtpSender sender(settingsFor(sink));
        sender.setTimeoutMs(300);
        sender.setMaxAttempts(2);
        QSignalSpy failed(&sender, &SmtpSender::failed);
        sender.send(QStringLiteral("nobody answers"), QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("no answer within 0.3 s")),
            qPrintable(failed.first().at(1).toString()));
        QCOMPARE(failed.first().at(2).toInt(), 2);
        QCOMPARE(sink.connections, 2);
    }

    void unreachableServerIsRetried()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.tls = SmtpSettings::Tls::None;
        s.from = QStringLiteral("a@example.net");
        s.to = {QStringLiteral("b@example.net")};
        SmtpSender sender(s);
        sender.setMaxAttempts(2);
        QSignalSpy failed(&sender, &SmtpSender::failed);
        sender.send(QStringLiteral("x"), QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.first().at(2).toInt(), 2);
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
            qPrintable(failed.first().at(1).toString()));
    }

    void injectionIsRefused()
    {
        SmtpSink sink;
        // Addresses with a line break, a space or brackets never reach the server.
        for (const QString& bad : {QStringLiteral("a@example.net\r\nRCPT TO:<evil@example.org>"),
                 QStringLiteral("a@example.net>\r\nBcc: evil@example.org"),
                 QStringLiteral("Ops <a@example.net>"), QStringLiteral("a b@example.net"),
                 QStringLiteral("a@exa mple.net"), QStringLiteral("@example.net"), QStringLiteral("a@"),
                 QStringLiteral("a@-x-.net"), QStringLiteral("ä@example.net")}) {
            QVERIFY2(!mail::addressProblem(bad).isEmpty(), qPrintable(bad));
            SmtpSettings s = settingsFor(sink);
            s.to = {QStringLiteral("ok@example.net"), bad};
            QVERIFY(!SmtpSender::settingsProblem(s).isEmpty());
            s = settingsFor(sink);
            s.from = bad;
            SmtpSender sender(s);
            QSignalSpy failed(&sender, &SmtpSender::failed);
            sender.send(QStringLiteral("x"), QStringLiteral("x"));
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
            QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("sender")));
        }
        QCOMPARE(sink.connections, 0);
        QVERIFY(mail::addressProblem(QStringLiteral("first.last+tag@mail.example.net")).isEmpty());
        QVERIFY(!mail::hostProblem(QStringLiteral("smtp.example.net\r\nEHLO x")).isEmpty());

        // A subject or header value with line breaks stays one header.
        SmtpSender sender(settingsFor(sink));
        QSignalSpy delivered(&sender, &SmtpSender::delivered);
        sender.send(QStringLiteral("hello\r\nBcc: evil@example.org\r\n\r\nfake body"),
            QStringLiteral("real body"),
            {{"X-Pgpilot-Cluster", QStringLiteral("main\nBcc: evil@example.org")}});
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        const QByteArray head = headers(sink.messages.first().data);
        for (const QByteArray& line : head.split('\n'))
            QVERIFY2(!line.trimmed().toLower().startsWith("bcc:"), head.constData());
        QCOMPARE(header(sink.messages.first().data, "Subject"),
            QStringLiteral("hello Bcc: evil@example.org fake body"));
        QCOMPARE(sink.messages.first().to, QStringList {QStringLiteral("oncall@example.net")});
    }

    void plaintextOnlyToLoopback()
    {
        SmtpSettings s;
        s.host = QStringLiteral("smtp.example.net");
        s.from = QStringLiteral("a@example.net");
        s.to = {QStringLiteral("b@example.net")};
        s.tls = SmtpSettings::Tls::None;
        QVERIFY(SmtpSender::settingsProblem(s).contains(QStringLiteral("allow_plaintext")));
        s.allowPlaintext = true;
        QVERIFY(SmtpSender::settingsProblem(s).isEmpty());
        s.allowPlaintext = false;
        for (const QString& host :
            {QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("localhost")}) {
            s.host = host;
            QVERIFY2(SmtpSender::settingsProblem(s).isEmpty(), qPrintable(host));
        }
        s.tls = SmtpSettings::Tls::StartTls;
        s.host = QStringLiteral("smtp.example.net");
        s.user = QStringLiteral("u");
        QVERIFY(SmtpSender::settingsProblem(s).contains(QStringLiteral("password")));
    }

    void startTlsVerifiedAgainstAPrivateCa()
    {
        QTemporaryDir dir;
        const Certificates certs = makeCertificates(dir);
        QVERIFY2(certs.server.ok(), qPrintable(certs.server.error));
        SmtpSink sink;
        SmtpSink::setCertificate(&sink.tls, certs.server.certPem, certs.server.keyPem);
        sink.requireTls = true;
        sink.authMechanisms = {QStringLiteral("PLAIN")};
        sink.user = QStringLiteral("pgpilot");
        sink.password = "over-tls";
        SmtpSettings s = settingsFor(sink, SmtpSettings::Tls::StartTls);
        s.user = QStringLiteral("pgpilot");
        s.password = "over-tls";
        s.caFile = certs.caFile;
        {
            SmtpSender sender(s);
            QSignalSpy delivered(&sender, &SmtpSender::delivered);
            QSignalSpy failed(&sender, &SmtpSender::failed);
            sender.send(QStringLiteral("over TLS"), QStringLiteral("x"));
            QTRY_VERIFY_WITH_TIMEOUT(delivered.size() + failed.size() == 1, 15000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
            QVERIFY(sink.messages.first().encrypted);
            QCOMPARE(sink.messages.first().user, QStringLiteral("pgpilot"));
            // The credentials went only after STARTTLS (and the second EHLO).
            const qsizetype startTls = sink.commands.indexOf("STARTTLS");
            QVERIFY(startTls >= 0);
            for (qsizetype i = 0; i < startTls; ++i)
                QVERIFY2(!sink.commands.at(i).startsWith("AUTH"), sink.commands.at(i).constData());
        }
        // Without the CA the certificate is not trusted: final, nothing sent, no password given.
        s.caFile.clear();
        const int before = int(sink.commands.size());
        SmtpSender sender(s);
        QSignalSpy failed(&sender, &SmtpSender::failed);
        sender.send(QStringLiteral("untrusted"), QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("not trusted")),
            qPrintable(failed.first().at(1).toString()));
        QCOMPARE(failed.first().at(2).toInt(), 1);
        QCOMPARE(sink.messages.size(), 1);
        for (qsizetype i = before; i < sink.commands.size(); ++i)
            QVERIFY2(!sink.commands.at(i).startsWith("AUTH"), sink.commands.at(i).constData());
    }

    void implicitTls()
    {
        QTemporaryDir dir;
        const Certificates certs = makeCertificates(dir);
        SmtpSink sink;
        SmtpSink::setCertificate(&sink.tls, certs.server.certPem, certs.server.keyPem);
        sink.implicitTls = true;
        SmtpSettings s = settingsFor(sink, SmtpSettings::Tls::Implicit);
        s.caFile = certs.caFile;
        SmtpSender sender(s);
        QSignalSpy delivered(&sender, &SmtpSender::delivered);
        QSignalSpy failed(&sender, &SmtpSender::failed);
        sender.send(QStringLiteral("implicit"), QStringLiteral("x"));
        QTRY_VERIFY_WITH_TIMEOUT(delivered.size() + failed.size() == 1, 15000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QVERIFY(sink.messages.first().encrypted);
        QVERIFY(!sink.commands.contains("STARTTLS"));
    }

    // The e-mail channel formats a notification: the subject of the issue, the body in words.
    void channelFormatsNotifications()
    {
        SmtpSink sink;
        SmtpChannel channel(new SmtpSender(settingsFor(sink)));
        QSignalSpy delivered(&channel, &NotifyChannel::delivered);
        Notification n;
        n.cluster = QStringLiteral("main");
        n.incident = 3;
        n.severity = Severity::Critical;
        n.time = n.openedAt = QDateTime::currentDateTimeUtc();
        Notification::Alert a;
        a.kind = AlarmKind::NoPrimary;
        a.severity = Severity::Critical;
        a.title = QStringLiteral("No primary: nothing accepts writes");
        a.action = QStringLiteral("Wait for the automatic failover.");
        a.since = n.time;
        n.alerts = {a, a};
        n.alerts[1].title = QStringLiteral("Node unreachable");
        n.alerts[1].node = QStringLiteral("pg1");
        const quint64 id = channel.send(n);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        QCOMPARE(delivered.first().at(0).toULongLong(), id);
        const QByteArray& data = sink.messages.first().data;
        QCOMPARE(header(data, "Subject"),
            QStringLiteral("[pgpilot] CRITICAL main: No primary: nothing accepts writes (+1 more)"));
        QCOMPARE(header(data, "X-Pgpilot-State"), QStringLiteral("firing"));
        const QString body = decodeQuotedPrintable(data);
        QVERIFY2(body.contains(QStringLiteral("Wait for the automatic failover.")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Node unreachable \u2014 pg1")), qPrintable(body));
    }
};

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"
