// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications (issue 18): DesktopNotifier against a fake org.freedesktop.Notifications
// registered in this process on a private session bus (dbus-daemon started here): the call's
// arguments (application, summary, body, urgency, replaces_id), an incident's later messages
// replacing its first, the resolved one with low urgency; no bus and no service fail in words.
#include "notify/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

struct Call
{
    QString app;
    uint replaces = 0;
    QString icon;
    QString summary;
    QString body;
    QVariantMap hints;
    int timeout = 0;
};

} // namespace

// The notification service's one method the notifier calls; answers with increasing ids.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<Call> calls;
    uint lastId = 40;

public Q_SLOTS:
    uint Notify(const QString& app, uint replaces, const QString& icon, const QString& summary,
        const QString& body, const QStringList& actions, const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(actions)
        calls << Call {app, replaces, icon, summary, body, hints, timeout};
        return replaces ? replaces : ++lastId;
    }
};

class TestDesktopNotify : public QObject
{
    Q_OBJECT

private:
    QProcess m_daemon;
    QString m_address;
    QTemporaryDir m_dir;

    Notification incident(
        Notification::State state, Notification::Reason reason, Severity severity, quint64 number = 1)
    {
        Notification n;
        n.cluster = QStringLiteral("main");
        n.incident = number;
        n.state = state;
        n.reason = reason;
        n.severity = severity;
        n.time = n.openedAt = QDateTime::currentDateTimeUtc();
        Notification::Alert a;
        a.kind = AlarmKind::NoPrimary;
        a.severity = severity;
        a.firing = state == Notification::State::Firing;
        a.title = QStringLiteral("No primary: nothing accepts writes <now>");
        a.action = QStringLiteral("Wait for the automatic failover & check pg1.");
        n.alerts << a;
        return n;
    }

    static uchar urgency(const Call& c) { return c.hints.value(QStringLiteral("urgency")).value<uchar>(); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed");
        // A session bus of its own, without the system's service files: nothing is started on
        // demand (a real notification daemon would answer in the fake's place).
        QVERIFY(m_dir.isValid());
        QFile config(m_dir.filePath(QStringLiteral("session.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                     " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:dir="
            + m_dir.path().toUtf8()
            + "</listen><policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
              "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        config.close();
        m_daemon.start(daemon,
            {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--print-address"),
                QStringLiteral("--nofork")});
        QVERIFY(m_daemon.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10000);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY2(m_address.startsWith(QStringLiteral("unix:")), qPrintable(m_address));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("service"));
        QDBusConnection::disconnectFromBus(QStringLiteral("client"));
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(5000)) {
                m_daemon.kill();
                m_daemon.waitForFinished(5000);
            }
        }
    }

    void noServiceFailsInWords()
    {
        QDBusConnection client = QDBusConnection::connectToBus(m_address, QStringLiteral("client"));
        QVERIFY(client.isConnected());
        DesktopNotifier notifier(client);
        QVERIFY(notifier.problem().isEmpty());
        QSignalSpy failed(&notifier, &NotifyChannel::failed);
        notifier.send(
            incident(Notification::State::Firing, Notification::Reason::Opened, Severity::Critical));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("no notification service")),
            qPrintable(failed.first().at(1).toString()));
    }

    void callsCarryUrgencyAndReplaceTheFirst()
    {
        FakeNotifications fake;
        QDBusConnection service = QDBusConnection::connectToBus(m_address, QStringLiteral("service"));
        QVERIFY(service.isConnected());
        QVERIFY(service.registerObject(
            QStringLiteral("/org/freedesktop/Notifications"), &fake, QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QDBusConnection client = QDBusConnection::connectToBus(m_address, QStringLiteral("client"));
        DesktopNotifier notifier(client);
        QSignalSpy delivered(&notifier, &NotifyChannel::delivered);
        QSignalSpy failed(&notifier, &NotifyChannel::failed);

        notifier.send(incident(Notification::State::Firing, Notification::Reason::Opened, Severity::Warning));
        notifier.send(
            incident(Notification::State::Firing, Notification::Reason::Escalated, Severity::Critical));
        notifier.send(
            incident(Notification::State::Firing, Notification::Reason::Opened, Severity::Critical, 2));
        notifier.send(
            incident(Notification::State::Resolved, Notification::Reason::Resolved, Severity::Critical));
        notifier.send(makeTestNotification(QStringLiteral("main"), QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size() + failed.size(), 5, 10000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(fake.calls.size(), 5);
        QCOMPARE(notifier.pending(), 0);

        const Call& first = fake.calls.at(0);
        QCOMPARE(first.app, QStringLiteral("pgpilot"));
        QCOMPARE(first.replaces, 0u);
        QCOMPARE(urgency(first), uchar(1));
        QVERIFY2(
            first.summary.startsWith(QStringLiteral("WARNING main: No primary")), qPrintable(first.summary));
        // The body is markup for some servers: escaped.
        QVERIFY2(first.body.contains(QStringLiteral("&lt;now&gt;"))
                && first.body.contains(QStringLiteral("&amp; check pg1")),
            qPrintable(first.body));
        QCOMPARE(delivered.first().at(1).toString(), QStringLiteral("shown (notification 41)"));

        const Call& escalated = fake.calls.at(1);
        QCOMPARE(escalated.replaces, 41u); // the incident's first message replaced on screen
        QCOMPARE(urgency(escalated), uchar(2));
        QVERIFY(escalated.summary.startsWith(QStringLiteral("CRITICAL main")));

        const Call& other = fake.calls.at(2);
        QCOMPARE(other.replaces, 0u); // another incident: its own
        QCOMPARE(urgency(other), uchar(2));

        const Call& resolved = fake.calls.at(3);
        QCOMPARE(resolved.replaces, 41u);
        QCOMPARE(urgency(resolved), uchar(0));
        QVERIFY2(resolved.summary.startsWith(QStringLiteral("RESOLVED main")), qPrintable(resolved.summary));

        const Call& test = fake.calls.at(4);
        QVERIFY2(test.summary.startsWith(QStringLiteral("TEST main")), qPrintable(test.summary));
        QCOMPARE(urgency(test), uchar(1));
        service.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        service.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }

    void noBusIsAWarningNotACrash()
    {
        QDBusConnection none = QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("none"));
        QVERIFY(!none.isConnected());
        DesktopNotifier notifier(none);
        QVERIFY2(notifier.problem().contains(QStringLiteral("no D-Bus session bus")),
            qPrintable(notifier.problem()));
        QSignalSpy failed(&notifier, &NotifyChannel::failed);
        notifier.send(makeTestNotification(QStringLiteral("main"), QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.first().at(1).toString(), notifier.problem());
        QDBusConnection::disconnectFromBus(QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotify)
#include "tst_desktopnotify.moc"
