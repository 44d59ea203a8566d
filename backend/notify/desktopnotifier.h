// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channel.h"

#include <QDBusConnection>
#include <QHash>
#include <QList>

namespace pgpilot {

// Desktop notifications through the freedesktop notification service
// (org.freedesktop.Notifications.Notify on the session bus): application "pgpilot", urgency
// critical (2) for a critical incident, normal (1) for a warning or a test, low (0) once it is
// resolved; every later message of an incident replaces its first on screen (replaces_id). One
// call at a time, in order. Without a session bus or a notification service each message fails
// with a sentence saying so: never a crash.
class DesktopNotifier : public NotifyChannel
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject* parent = nullptr); // the session bus
    DesktopNotifier(const QDBusConnection& bus, QObject* parent = nullptr);

    // Why nothing can be shown (no session bus), empty when a call can be tried.
    QString problem() const;

    QString id() const override { return QStringLiteral("desktop"); }
    QString target() const override;
    quint64 send(const Notification& notification) override;
    int pending() const override { return int(m_queue.size()) + (m_busy ? 1 : 0); }

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    struct Item
    {
        quint64 id = 0;
        Notification notification;
    };
    void next();

    QDBusConnection m_bus;
    QList<Item> m_queue;
    bool m_busy = false;
    quint64 m_lastId = 0;
    int m_timeoutMs = 5000;
    QHash<QString, uint> m_shown; // cluster/incident -> the server's notification id
};

} // namespace pgpilot
