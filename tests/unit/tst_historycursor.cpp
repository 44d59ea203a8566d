// SPDX-License-Identifier: GPL-3.0-or-later
// The replay's cursor over a history written by the real recorder (a fake clock): the cluster at
// a moment, the charts' samples before it, gaps said in words, one read per window.
#include "history/historycursor.h"
#include "history/historyrecorder.h"
#include "monitor/demosnapshots.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

struct FakeClock
{
    QDateTime now = QDateTime(QDate(2026, 12, 5), QTime(3, 0), Qt::UTC);
};

ClusterSnapshot snapshotAt(const QDateTime& time, quint64 tick, DemoScenario scenario)
{
    return derivedDemoSnapshot(QStringLiteral("main"), time, tick, scenario);
}

} // namespace

class TestHistoryCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaysRolesGapsAndSamples()
    {
        QTemporaryDir dir;
        FakeClock clock;
        HistoryOptions o;
        o.root = dir.filePath(QStringLiteral("history"));
        o.clock = [&clock] {
            return clock.now;
        };
        const QDateTime t0 = clock.now;
        quint64 tick = 0;
        {
            HistoryRecorder recorder(QStringLiteral("main"), o);
            QVERIFY(recorder.start());
            // 10 min healthy, 2 min of a failover in progress, then healthy again for 3 min.
            for (int s = 0; s < 900; ++s) {
                const DemoScenario scenario
                    = s >= 600 && s < 720 ? DemoScenario::FailoverInProgress : DemoScenario::Healthy;
                recorder.feed(snapshotAt(clock.now, ++tick, scenario));
                clock.now = clock.now.addSecs(1);
            }
            recorder.stop();
        }
        // Nobody watches for half an hour, then 5 min more.
        clock.now = clock.now.addSecs(1800);
        {
            HistoryRecorder recorder(QStringLiteral("main"), o);
            QVERIFY(recorder.start());
            for (int s = 0; s < 300; ++s) {
                recorder.feed(snapshotAt(clock.now, ++tick, DemoScenario::Healthy));
                clock.now = clock.now.addSecs(1);
            }
            recorder.stop();
        }

        HistoryCursor cursor(QStringLiteral("main"), o, 300);
        QVERIFY2(cursor.refresh(), qPrintable(cursor.problem()));
        QCOMPARE(cursor.first(), t0);
        QVERIFY(cursor.last() >= t0.addSecs(900 + 1800 + 299));

        const HistoryCursor::Moment healthy = cursor.at(t0.addSecs(300));
        QVERIFY(healthy.snapshot);
        QVERIFY(healthy.snapshot->alarms.isEmpty());
        QCOMPARE(healthy.snapshot->primaries(), QStringList {QStringLiteral("pg1")});
        QVERIFY(!healthy.gap);
        QVERIFY(healthy.recordedAt <= t0.addSecs(300));
        QVERIFY2(
            healthy.note.startsWith(QStringLiteral("Last change recorded at")), qPrintable(healthy.note));
        // The charts get the window's minutes up to the moment, not after it.
        QVERIFY(!healthy.samples.isEmpty());
        QVERIFY(healthy.samples.last().time <= t0.addSecs(300));
        QVERIFY(healthy.samples.first().time >= t0);

        const HistoryCursor::Moment failing = cursor.at(t0.addSecs(650));
        QVERIFY(failing.snapshot);
        QVERIFY(!failing.snapshot->alarms.isEmpty());
        QVERIFY(failing.snapshot->primaries().isEmpty());

        // Back again, then into the gap.
        QVERIFY(cursor.at(t0.addSecs(800)).snapshot->alarms.isEmpty());
        const HistoryCursor::Moment gap = cursor.at(t0.addSecs(900 + 900));
        QVERIFY(gap.gap);
        QVERIFY2(gap.note.contains(QStringLiteral("no pgpilot watched")), qPrintable(gap.note));
        QVERIFY(gap.snapshot); // the last recorded state, said to be old
        QVERIFY(gap.recordedAt < t0.addSecs(900));

        const HistoryCursor::Moment after = cursor.at(t0.addSecs(900 + 1800 + 100));
        QVERIFY(!after.gap);
        QVERIFY(after.snapshot);
        QVERIFY(after.recordedAt > t0.addSecs(900 + 1800));
    }

    void nothingStoredIsSaid()
    {
        QTemporaryDir dir;
        HistoryOptions o;
        o.root = dir.filePath(QStringLiteral("history"));
        HistoryCursor cursor(QStringLiteral("main"), o);
        QVERIFY(!cursor.refresh());
        QVERIFY(cursor.problem().contains(QStringLiteral("No history")));
        HistoryCursor bad(QStringLiteral("../etc"), o);
        QVERIFY(!bad.refresh());
        QVERIFY(!bad.problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryCursor)
#include "tst_historycursor.moc"
