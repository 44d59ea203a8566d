// SPDX-License-Identifier: GPL-3.0-or-later
// The replay scrubber: range and position kept inside the stored span, steps and keys, playing
// at a speed (waited for as a condition, never a fixed sleep), Live.
#include "replaybar.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

using namespace pgpilot;

class TestReplayBar : public QObject
{
    Q_OBJECT

    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-12-05T03:00:00Z"), Qt::ISODate);

private Q_SLOTS:
    void positionStaysInsideTheRange()
    {
        ReplayBar bar;
        bar.setRange(t0, t0.addSecs(3600));
        QCOMPARE(bar.position(), t0.addSecs(3600)); // starts at the newest
        QSignalSpy moved(&bar, &ReplayBar::positionChanged);
        bar.setPosition(t0.addSecs(-50));
        QCOMPARE(bar.position(), t0);
        QCOMPARE(moved.count(), 0); // the owner's own moves are not echoed
        bar.step(-1);
        QCOMPARE(bar.position(), t0);
        QCOMPARE(moved.count(), 0); // nothing changed
        bar.step(90);
        QCOMPARE(bar.position(), t0.addSecs(90));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toDateTime(), t0.addSecs(90));
        QCOMPARE(bar.findChild<QSlider*>(QStringLiteral("replaySlider"))->value(), 90);
        QVERIFY(bar.findChild<QLabel*>(QStringLiteral("replayTime"))
                    ->text()
                    .contains(QStringLiteral("03:01:30")));
    }

    void sliderAndKeysMove()
    {
        ReplayBar bar;
        bar.setRange(t0, t0.addSecs(600));
        bar.setPosition(t0.addSecs(300));
        QSignalSpy moved(&bar, &ReplayBar::positionChanged);
        bar.findChild<QSlider*>(QStringLiteral("replaySlider"))->setValue(120);
        QCOMPARE(bar.position(), t0.addSecs(120));
        QTest::keyClick(&bar, Qt::Key_Right);
        QCOMPARE(bar.position(), t0.addSecs(121));
        QTest::keyClick(&bar, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(bar.position(), t0.addSecs(61));
        QCOMPARE(moved.count(), 3);
        QSignalSpy live(&bar, &ReplayBar::liveRequested);
        QTest::keyClick(&bar, Qt::Key_End);
        QCOMPARE(live.count(), 1);
    }

    void playsAtItsSpeedAndStopsAtTheEnd()
    {
        ReplayBar bar;
        bar.setRange(t0, t0.addSecs(120));
        bar.setPosition(t0);
        bar.setSpeed(60);
        QCOMPARE(bar.speed(), 60);
        QSignalSpy moved(&bar, &ReplayBar::positionChanged);
        QTest::keyClick(&bar, Qt::Key_Space);
        QVERIFY(bar.isPlaying());
        QCOMPARE(bar.findChild<QPushButton*>(QStringLiteral("replayPlay"))->text(), QStringLiteral("Pause"));
        // 60x: 12 s of history per 200 ms tick; the end (120 s) is reached within ten ticks.
        QTRY_VERIFY_WITH_TIMEOUT(!bar.isPlaying(), 10000);
        QCOMPARE(bar.position(), t0.addSecs(120));
        QVERIFY(moved.count() >= 5);
        for (int i = 1; i < moved.count(); ++i)
            QVERIFY(moved.at(i).at(0).toDateTime() > moved.at(i - 1).at(0).toDateTime());
        // Playing again from the end starts over.
        bar.setPlaying(true);
        QVERIFY(bar.position() < t0.addSecs(20));
        bar.setPlaying(false);
    }
};

QTEST_MAIN(TestReplayBar)
#include "tst_replaybar.moc"
