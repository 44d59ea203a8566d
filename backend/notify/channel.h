// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"

#include <QList>
#include <QObject>
#include <QString>

namespace pgpilot {

class SmtpSender;
class WebhookSender;

// Somewhere notifications go (the webhook, e-mail, the desktop). Each send() is answered by
// exactly one delivered() or failed() with its id, in the order sent.
class NotifyChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString id() const = 0; // "webhook", "smtp", "desktop"
    virtual QString target() const = 0; // where, for messages: host:port, never a token
    virtual quint64 send(const Notification& notification) = 0;
    virtual int pending() const = 0;

Q_SIGNALS:
    // detail: what the receiver said ("HTTP 200", "250 2.0.0 Ok: queued as 4F3A", "shown as 7").
    void delivered(quint64 id, const QString& detail);
    void failed(quint64 id, const QString& error);
};

// The webhook's JSON (notificationToJson) through a WebhookSender, taken over.
class WebhookChannel : public NotifyChannel
{
    Q_OBJECT
public:
    explicit WebhookChannel(WebhookSender* sender, QObject* parent = nullptr);
    QString id() const override { return QStringLiteral("webhook"); }
    QString target() const override;
    quint64 send(const Notification& notification) override;
    int pending() const override;
    WebhookSender* sender() const { return m_sender; }

private:
    WebhookSender* m_sender;
    QList<quint64> m_ids; // in the sender's order: it answers each body once, in turn
    quint64 m_lastId = 0;
};

// E-mail (notificationSubject, notificationBody) through an SmtpSender, taken over.
class SmtpChannel : public NotifyChannel
{
    Q_OBJECT
public:
    explicit SmtpChannel(SmtpSender* sender, QObject* parent = nullptr);
    QString id() const override { return QStringLiteral("smtp"); }
    QString target() const override;
    quint64 send(const Notification& notification) override;
    int pending() const override;
    SmtpSender* sender() const { return m_sender; }

private:
    SmtpSender* m_sender;
};

} // namespace pgpilot
