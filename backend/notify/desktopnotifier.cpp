// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include "notificationtext.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QTimer>

namespace pgpilot {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// The body may be read as markup by the server: plain text stays plain.
QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString desktopBody(const Notification& n)
{
    if (n.state == Notification::State::Test)
        return escaped(
            DesktopNotifier::tr("A test notification for %1: the desktop channel works.").arg(n.cluster));
    QStringList lines;
    const Notification::Alert* firstFiring = nullptr;
    for (const Notification::Alert& a : n.alerts) {
        if (n.state == Notification::State::Resolved || a.firing) {
            lines << (a.node.isEmpty() ? a.title : DesktopNotifier::tr("%1 (%2)").arg(a.title, a.node));
            if (!firstFiring && a.firing)
                firstFiring = &a;
        }
    }
    if (n.state == Notification::State::Resolved)
        lines.prepend(DesktopNotifier::tr("Over: no alarm since %1 UTC.")
                          .arg(n.time.toUTC().toString(QStringLiteral("HH:mm:ss"))));
    else if (firstFiring && !firstFiring->action.isEmpty())
        lines << DesktopNotifier::tr("What to do: %1").arg(firstFiring->action);
    return escaped(lines.join(QLatin1Char('\n')));
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{ }

DesktopNotifier::DesktopNotifier(const QDBusConnection& bus, QObject* parent)
    : NotifyChannel(parent)
    , m_bus(bus)
{ }

QString DesktopNotifier::problem() const
{
    if (m_bus.isConnected())
        return {};
    const QString why = m_bus.lastError().isValid() ? m_bus.lastError().message() : QString();
    return tr(
        "no D-Bus session bus%1: desktop notifications need a desktop session (DBUS_SESSION_BUS_ADDRESS); "
        "under systemd run pgpilot watch as a user service of the logged-in user")
        .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
}

QString DesktopNotifier::target() const
{
    return tr("the desktop");
}

quint64 DesktopNotifier::send(const Notification& notification)
{
    m_queue << Item {++m_lastId, notification};
    if (!m_busy)
        QTimer::singleShot(0, this, &DesktopNotifier::next);
    return m_lastId;
}

void DesktopNotifier::next()
{
    if (m_busy || m_queue.isEmpty())
        return;
    const Item item = m_queue.takeFirst();
    if (const QString p = problem(); !p.isEmpty()) {
        Q_EMIT failed(item.id, p);
        return next();
    }
    m_busy = true;
    const Notification& n = item.notification;
    const QString key = n.cluster + QLatin1Char('/') + QString::number(n.incident);
    const uchar urgency = n.state == Notification::State::Resolved                     ? 0
        : (n.state == Notification::State::Firing && n.severity == Severity::Critical) ? 2
                                                                                       : 1;
    QVariantMap hints {{QStringLiteral("urgency"), QVariant::fromValue(urgency)},
        {QStringLiteral("category"),
            n.state == Notification::State::Resolved ? QStringLiteral("network.error.resolved")
                                                     : QStringLiteral("network.error")}};
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    call << QStringLiteral("pgpilot") << m_shown.value(key, 0u)
         << QStringLiteral("dialog-%1")
                .arg(urgency == 2 ? QStringLiteral("error") : QStringLiteral("information"))
         << notificationHeadline(n) << desktopBody(n) << QStringList() << hints << int(-1);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, m_timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, item, key] {
        watcher->deleteLater();
        m_busy = false;
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            const QDBusError error = reply.error();
            Q_EMIT failed(item.id,
                error.type() == QDBusError::ServiceUnknown
                    ? tr("no notification service on the session bus (%1): is a desktop running?")
                          .arg(error.message())
                    : tr("the notification service refused: %1 (%2)").arg(error.message(), error.name()));
        } else {
            if (item.notification.state == Notification::State::Resolved)
                m_shown.remove(key);
            else
                m_shown.insert(key, reply.value());
            Q_EMIT delivered(item.id, tr("shown (notification %1)").arg(reply.value()));
        }
        next();
    });
}

} // namespace pgpilot
