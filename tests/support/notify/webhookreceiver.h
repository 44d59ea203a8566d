// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A webhook receiver for tests on 127.0.0.1; header-only, shared by the unit and GUI tests.
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace pgpilot::test {

// A minimal HTTP/1.1 receiver: answers each request with the next status of its script (the
// last one repeats) and keeps the bodies.
class WebhookReceiver : public QObject
{
public:
    explicit WebhookReceiver(QList<int> statuses)
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

} // namespace pgpilot::test
