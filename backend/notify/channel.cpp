// SPDX-License-Identifier: GPL-3.0-or-later
#include "channel.h"

#include "notificationtext.h"
#include "smtpsender.h"
#include "webhook.h"

namespace pgpilot {

WebhookChannel::WebhookChannel(WebhookSender* sender, QObject* parent)
    : NotifyChannel(parent)
    , m_sender(sender)
{
    sender->setParent(this);
    connect(sender, &WebhookSender::delivered, this, [this](int status, int attempts, qint64 ms) {
        if (m_ids.isEmpty())
            return;
        Q_EMIT delivered(m_ids.takeFirst(),
            tr("%1: HTTP %2 (%3 attempt(s), %4 ms)")
                .arg(m_sender->target())
                .arg(status)
                .arg(attempts)
                .arg(ms));
    });
    connect(sender, &WebhookSender::failed, this, [this](const QString& error, int attempts) {
        if (m_ids.isEmpty())
            return;
        Q_EMIT failed(m_ids.takeFirst(), tr("%1 (after %2 attempt(s))").arg(error).arg(attempts));
    });
}

QString WebhookChannel::target() const
{
    return m_sender->target();
}

quint64 WebhookChannel::send(const Notification& notification)
{
    m_ids << ++m_lastId;
    m_sender->send(notificationToJson(notification));
    return m_lastId;
}

int WebhookChannel::pending() const
{
    return m_sender->pending();
}

SmtpChannel::SmtpChannel(SmtpSender* sender, QObject* parent)
    : NotifyChannel(parent)
    , m_sender(sender)
{
    sender->setParent(this);
    connect(sender, &SmtpSender::delivered, this,
        [this](quint64 id, const QString& reply, int attempts, qint64 ms) {
            Q_EMIT delivered(
                id, tr("%1: %2 (%3 attempt(s), %4 ms)").arg(m_sender->target(), reply).arg(attempts).arg(ms));
        });
    connect(sender, &SmtpSender::failed, this, [this](quint64 id, const QString& error, int attempts) {
        Q_EMIT failed(id, tr("%1 (after %2 attempt(s))").arg(error).arg(attempts));
    });
}

QString SmtpChannel::target() const
{
    return m_sender->target();
}

quint64 SmtpChannel::send(const Notification& n)
{
    // Headers a mail filter can sort on without reading the subject.
    return m_sender->send(notificationSubject(n), notificationBody(n),
        {{"X-Pgpilot-Cluster", n.cluster}, {"X-Pgpilot-State", toId(n.state)},
            {"X-Pgpilot-Severity", toId(n.severity)}, {"X-Pgpilot-Incident", QString::number(n.incident)}});
}

int SmtpChannel::pending() const
{
    return m_sender->pending();
}

} // namespace pgpilot
