// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An SMTP server for tests, on 127.0.0.1: speaks enough of RFC 5321 (EHLO, STARTTLS, AUTH PLAIN and
// LOGIN, MAIL, RCPT, DATA, RSET, QUIT) to take what SmtpSender sends, keeps every message as it
// arrived, and misbehaves on request (a 4xx, a 5xx, silence, refused recipients). Header-only so
// the unit and GUI tests both use it without another library.

#include <QHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStringList>
#include <QTcpServer>

namespace pgpilot::test {

class SmtpSink : public QTcpServer
{
public:
    struct Message
    {
        QString from;
        QStringList to;
        QByteArray wire; // DATA as sent, dot-stuffed, without the final "."
        QByteArray data; // with the stuffing taken out
        bool encrypted = false;
        QString user; // who logged in (empty: no AUTH)
    };

    // What it offers and how it behaves; set before the client connects.
    QStringList authMechanisms; // e.g. {"PLAIN", "LOGIN"}; empty: no AUTH offered
    QString user;
    QByteArray password;
    QSslConfiguration tls; // with a certificate and key: STARTTLS offered (or implicit TLS)
    bool implicitTls = false;
    bool requireTls = false; // MAIL refused before STARTTLS
    int temporaryFailures = 0; // the next N messages get 451 at the end of DATA
    bool refuseMessages = false; // every message gets 554 at the end of DATA
    bool silent = false; // never greets (a client's timeout)
    QStringList refusedRecipients; // RCPT TO for these gets 550

    QList<Message> messages;
    QList<QByteArray> commands; // every command line received (DATA lines excluded)
    int connections = 0;

    SmtpSink() { listen(QHostAddress::LocalHost); }

    static void setCertificate(QSslConfiguration* tls, const QByteArray& certPem, const QByteArray& keyPem)
    {
        *tls = QSslConfiguration::defaultConfiguration();
        tls->setLocalCertificate(QSslCertificate(certPem, QSsl::Pem));
        tls->setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem));
        tls->setPeerVerifyMode(QSslSocket::VerifyNone);
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++connections;
        m_sessions.insert(socket, Session {});
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            m_sessions.remove(socket);
            socket->deleteLater();
        });
        if (!tls.localCertificate().isNull())
            socket->setSslConfiguration(tls);
        if (silent)
            return;
        if (implicitTls) {
            connect(socket, &QSslSocket::encrypted, this,
                [socket] { socket->write("220 sink ESMTP ready\r\n"); });
            socket->startServerEncryption();
            return;
        }
        socket->write("220 sink ESMTP ready\r\n");
    }

private:
    struct Session
    {
        QByteArray buffer;
        bool inData = false;
        int authStep = 0; // 1: LOGIN wants the user, 2: the password, 3: PLAIN wants its response
        QString authUser;
        QString loggedIn;
        Message message;
    };

    void reply(QSslSocket* s, const QByteArray& line) { s->write(line + "\r\n"); }

    void read(QSslSocket* s)
    {
        Session& session = m_sessions[s];
        session.buffer += s->readAll();
        for (;;) {
            const qsizetype end = session.buffer.indexOf("\r\n");
            if (end < 0)
                return;
            const QByteArray line = session.buffer.left(end);
            session.buffer.remove(0, end + 2);
            if (session.inData)
                data(s, session, line);
            else
                command(s, session, line);
            if (!m_sessions.contains(s))
                return;
        }
    }

    void data(QSslSocket* s, Session& session, const QByteArray& line)
    {
        if (line != ".") {
            session.message.wire += line + "\r\n";
            session.message.data += (line.startsWith('.') ? line.mid(1) : line) + "\r\n";
            return;
        }
        session.inData = false;
        if (refuseMessages)
            return reply(s, "554 5.7.1 message refused by policy");
        if (temporaryFailures > 0) {
            --temporaryFailures;
            return reply(s, "451 4.3.0 try again later");
        }
        session.message.encrypted = s->isEncrypted();
        session.message.user = session.loggedIn;
        messages << session.message;
        reply(s, "250 2.0.0 Ok: queued as SINK" + QByteArray::number(messages.size()));
    }

    void login(QSslSocket* s, Session& session, const QString& name, const QByteArray& secret)
    {
        session.authStep = 0;
        if (name == user && secret == password) {
            session.loggedIn = name;
            return reply(s, "235 2.7.0 Authentication successful");
        }
        reply(s, "535 5.7.8 Error: authentication failed");
    }

    void command(QSslSocket* s, Session& session, const QByteArray& line)
    {
        commands << line;
        if (session.authStep == 1) {
            session.authUser = QString::fromUtf8(QByteArray::fromBase64(line));
            session.authStep = 2;
            return reply(s, "334 UGFzc3dvcmQ6");
        }
        if (session.authStep == 2)
            return login(s, session, session.authUser, QByteArray::fromBase64(line));
        if (session.authStep == 3) {
            const QList<QByteArray> parts = QByteArray::fromBase64(line).split('\0');
            return login(s, session, QString::fromUtf8(parts.value(1)), parts.value(2));
        }
        const QByteArray upper = line.toUpper();
        const bool canStartTls = !tls.localCertificate().isNull() && !implicitTls && !s->isEncrypted();
        if (upper.startsWith("EHLO ")) {
            QByteArray answer = "250-sink greets " + line.mid(5) + "\r\n";
            if (canStartTls)
                answer += "250-STARTTLS\r\n";
            if (!authMechanisms.isEmpty())
                answer += "250-AUTH " + authMechanisms.join(QLatin1Char(' ')).toLatin1() + "\r\n";
            answer += "250 8BITMIME";
            return reply(s, answer);
        }
        if (upper == "STARTTLS" && canStartTls) {
            reply(s, "220 2.0.0 Ready to start TLS");
            session = Session {}; // RFC 3207: the client starts over
            s->startServerEncryption();
            return;
        }
        if (upper.startsWith("AUTH PLAIN")) {
            if (line.size() > 11) {
                const QList<QByteArray> parts = QByteArray::fromBase64(line.mid(11)).split('\0');
                return login(s, session, QString::fromUtf8(parts.value(1)), parts.value(2));
            }
            session.authStep = 3;
            return reply(s, "334 ");
        }
        if (upper == "AUTH LOGIN") {
            session.authStep = 1;
            return reply(s, "334 VXNlcm5hbWU6");
        }
        if (upper.startsWith("MAIL FROM:<") && line.endsWith('>')) {
            if (requireTls && !s->isEncrypted())
                return reply(s, "530 5.7.0 Must issue a STARTTLS command first");
            if (!user.isEmpty() && session.loggedIn.isEmpty())
                return reply(s, "530 5.7.0 Authentication required");
            session.message = Message {};
            session.message.from = QString::fromLatin1(line.mid(11, line.size() - 12));
            return reply(s, "250 2.1.0 Ok");
        }
        if (upper.startsWith("RCPT TO:<") && line.endsWith('>')) {
            const QString to = QString::fromLatin1(line.mid(9, line.size() - 10));
            if (refusedRecipients.contains(to))
                return reply(s, "550 5.1.1 <" + to.toLatin1() + ">: Recipient address rejected");
            session.message.to << to;
            return reply(s, "250 2.1.5 Ok");
        }
        if (upper == "DATA") {
            if (session.message.to.isEmpty())
                return reply(s, "554 5.5.1 Error: no valid recipients");
            session.inData = true;
            return reply(s, "354 End data with <CR><LF>.<CR><LF>");
        }
        if (upper == "RSET") {
            session.message = Message {};
            return reply(s, "250 2.0.0 Ok");
        }
        if (upper == "QUIT") {
            reply(s, "221 2.0.0 Bye");
            s->disconnectFromHost();
            return;
        }
        reply(s, "502 5.5.2 Error: command not recognized");
    }

    QHash<QSslSocket*, Session> m_sessions;
};

} // namespace pgpilot::test
