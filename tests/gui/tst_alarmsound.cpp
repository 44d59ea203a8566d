// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's alarm sound: when it plays (the policy, with a clock of its own) and, on a real monitor
// whose only node refuses connections (a critical "no primary"), that it plays once, repeats, and
// stops when silenced.
#include "alarmsound.h"
#include "monitor/clustermonitor.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QtEndian>

using namespace pgpilot;

class TestAlarmSound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newCriticalPlaysAtOnceThenRepeats()
    {
        AlarmSoundPolicy policy(60);
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-12-05T03:00:00Z"), Qt::ISODate);
        QVERIFY(!policy.update({}, t0));
        QVERIFY(policy.update({QStringLiteral("a/no-primary/")}, t0));
        QVERIFY(!policy.update({QStringLiteral("a/no-primary/")}, t0.addSecs(30)));
        QVERIFY(policy.update({QStringLiteral("a/no-primary/")}, t0.addSecs(60)));
        // A second critical alarm sounds at once, not at the next repeat.
        QVERIFY(policy.update(
            {QStringLiteral("a/no-primary/"), QStringLiteral("b/split-brain/")}, t0.addSecs(61)));
        QVERIFY(policy.sounding());
        // All cleared: quiet, and the same alarm coming back sounds again at once.
        QVERIFY(!policy.update({}, t0.addSecs(62)));
        QVERIFY(!policy.sounding());
        QVERIFY(policy.update({QStringLiteral("a/no-primary/")}, t0.addSecs(63)));
    }

    void silenceHoldsUntilSomethingNew()
    {
        AlarmSoundPolicy policy(60);
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-12-05T03:00:00Z"), Qt::ISODate);
        const QSet<QString> one {QStringLiteral("a/no-primary/")};
        QVERIFY(policy.update(one, t0));
        policy.silence();
        QVERIFY(policy.silenced());
        QVERIFY(!policy.update(one, t0.addSecs(600)));
        // Another alarm breaks the silence; the silenced one stays silenced meanwhile.
        QSet<QString> two = one;
        two.insert(QStringLiteral("a/split-brain/"));
        QVERIFY(policy.update(two, t0.addSecs(601)));
        QVERIFY(!policy.silenced());
        // The silenced alarm clears and returns: it is new again.
        policy.silence();
        QVERIFY(!policy.update({QStringLiteral("a/split-brain/")}, t0.addSecs(602)));
        QVERIFY(policy.update(two, t0.addSecs(603)));
    }

    void toneIsAValidWav()
    {
        const QByteArray wav = AlarmSound::toneWav();
        QVERIFY(wav.startsWith("RIFF"));
        QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(wav.size() - 8));
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 40), quint32(wav.size() - 44));
        // About 0.7 s at 22050 Hz, 16-bit mono.
        QVERIFY(wav.size() > 22050 && wav.size() < 4 * 22050);
    }

    void defaultPlayerWithoutAudioDeviceIsHarmless()
    {
        // This machine has no sound card: the tone is written and handed to Qt Multimedia, which
        // finds no device; nothing may crash or block.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const int port = server.serverPort();
        server.close();
        MonitorOptions options;
        options.intervalMs = 200;
        ClusterMonitor monitor(QStringLiteral("a"), QString(),
            {MonitorTarget {QStringLiteral("pg1"), QStringLiteral("127.0.0.1"), port, 0, 0}}, "x", options);
        AlarmSound sound;
        sound.setEnabled(true);
        sound.watch(&monitor);
        QSignalSpy played(&sound, &AlarmSound::played);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(played.count(), 1, 10000);
        monitor.stop();
    }

    void realMonitorCriticalAlarmPlaysUntilSilenced()
    {
        // Ports nobody listens on: each node refuses, each monitor raises critical alarms.
        auto closedPort = [] {
            QTcpServer server;
            server.listen(QHostAddress::LocalHost);
            return int(server.serverPort());
        };
        MonitorOptions options;
        options.intervalMs = 200;
        ClusterMonitor a(QStringLiteral("a"), QString(),
            {MonitorTarget {QStringLiteral("pg1"), QStringLiteral("127.0.0.1"), closedPort(), 0, 0}}, "x",
            options);
        ClusterMonitor b(QStringLiteral("b"), QString(),
            {MonitorTarget {QStringLiteral("pg1"), QStringLiteral("127.0.0.1"), closedPort(), 0, 0}}, "x",
            options);

        AlarmSound sound;
        int plays = 0;
        sound.setPlayer([&plays] { ++plays; });
        sound.watch(&a);
        sound.watch(&b);
        QSignalSpy snapshotsA(&a, &ClusterMonitor::snapshotReady);

        // Disabled: the alarm is seen, nothing plays.
        a.start();
        QTRY_VERIFY_WITH_TIMEOUT(sound.sounding(), 10000);
        QCOMPARE(plays, 0);
        sound.setEnabled(true);
        a.stop();
        sound.silence();
        QVERIFY(!sound.sounding());

        // A second cluster's critical alarm is new: it plays at once, once.
        b.start();
        QTRY_COMPARE_WITH_TIMEOUT(plays, 1, 10000);
        QVERIFY(sound.sounding());
        a.start();
        const qsizetype seen = snapshotsA.count();
        QTRY_VERIFY_WITH_TIMEOUT(snapshotsA.count() >= seen + 3, 10000);
        QCOMPARE(plays, 1); // no repeat within 60 s, and a's silenced alarm stays silent

        sound.silence();
        const qsizetype later = snapshotsA.count();
        QTRY_VERIFY_WITH_TIMEOUT(snapshotsA.count() >= later + 3, 10000);
        QCOMPARE(plays, 1);
        QVERIFY(!sound.sounding());
        a.stop();
        b.stop();
    }
};

QTEST_MAIN(TestAlarmSound)
#include "tst_alarmsound.moc"
