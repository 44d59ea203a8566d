// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace pgpilot {

// POSTs notifications (JSON) to one URL, in order, one at a time: a refused or failed delivery
// (no connection, a timeout, an HTTP 5xx) is retried after 1, 2, 4 ... s, up to maxAttempts; a
// 4xx is not retried (the receiver refuses the message itself). Never follows a redirect, never
// uses a proxy. The URL may hold a token (chat webhooks): it is never logged; messages name the
// host only.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    explicit WebhookSender(QUrl url, QObject* parent = nullptr);

    // Why url cannot be a webhook (empty: it can): http or https, a host, no user or password.
    static QString urlProblem(const QUrl& url);

    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void send(const QJsonObject& body);
    int pending() const { return int(m_queue.size()) + (m_reply ? 1 : 0); }
    QString target() const; // scheme://host:port, for messages

Q_SIGNALS:
    // attempts: how many it took; ms: from send() to the receiver's answer.
    void delivered(int httpStatus, int attempts, qint64 ms);
    void failed(const QString& error, int attempts);

private:
    struct Item
    {
        QByteArray body;
        qint64 queuedAtMs = 0;
        int attempts = 0;
    };
    void next();
    void finished();

    QUrl m_url;
    QNetworkAccessManager* m_nam;
    QTimer* m_retry;
    QList<Item> m_queue;
    Item m_current;
    QNetworkReply* m_reply = nullptr;
    int m_maxAttempts = 5;
    int m_timeoutMs = 5000;
};

} // namespace pgpilot
