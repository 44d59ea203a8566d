// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace pgpilot {

WebhookSender::WebhookSender(QUrl url, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_nam(new QNetworkAccessManager(this))
    , m_retry(new QTimer(this))
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &WebhookSender::next);
}

QString WebhookSender::urlProblem(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("not a URL with a host");
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("only http and https are sent to");
    if (!url.userInfo().isEmpty())
        return tr("a user or password in the URL would show in logs and process lists; put the whole URL in "
                  "the keychain instead (--webhook-secret)");
    return {};
}

QString WebhookSender::target() const
{
    return m_url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

void WebhookSender::send(const QJsonObject& body)
{
    Item item;
    item.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    item.queuedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_queue << item;
    if (!m_reply && !m_retry->isActive())
        next();
}

void WebhookSender::next()
{
    if (m_reply)
        return;
    if (m_current.body.isEmpty()) {
        if (m_queue.isEmpty())
            return;
        m_current = m_queue.takeFirst();
    }
    ++m_current.attempts;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("pgpilot-webhook/1"));
    request.setTransferTimeout(m_timeoutMs);
    m_reply = m_nam->post(request, m_current.body);
    connect(m_reply, &QNetworkReply::finished, this, &WebhookSender::finished);
}

void WebhookSender::finished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - m_current.queuedAtMs;
    const int attempts = m_current.attempts;
    if (status >= 200 && status < 300) {
        m_current = {};
        Q_EMIT delivered(status, attempts, ms);
        return next();
    }
    const bool retry = status == 0 || status >= 500;
    const QString error = status == 0
        ? tr("%1: %2").arg(target(), reply->errorString().replace(m_url.toString(), target()))
        : tr("%1 answered HTTP %2").arg(target()).arg(status);
    if (!retry || attempts >= m_maxAttempts) {
        m_current = {};
        Q_EMIT failed(error, attempts);
        return next();
    }
    m_retry->start(1000 << qMin(attempts - 1, 5));
}

} // namespace pgpilot
