// SPDX-License-Identifier: GPL-3.0-or-later
// The replay's cursor over a history written by the real recorder (a fake clock): the cluster at
// a moment, the charts' samples before it, gaps said in words, one read per window.
#include "backupsnapshots.h"
#include "history/historycursor.h"
#include "history/historyrecorder.h"
#include "monitor/backuptext.h"
#include "monitor/demosnapshots.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

using backupsnapshots::recordedBackupCluster;

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

    // The backup panel's and the wall's texts at any moment of the replay are what the live
    // snapshot said then; the backup reads and the archived segments write few lines.
    void replaysTheBackupsOfTheMoment()
    {
        QTemporaryDir dir;
        const QDateTime t0 = recordedBackupCluster(0).time;
        QDateTime now = t0;
        HistoryOptions o;
        o.root = dir.filePath(QStringLiteral("history"));
        o.clock = [&now] {
            return now;
        };
        {
            HistoryRecorder recorder(QStringLiteral("prod"), o);
            QVERIFY(recorder.start());
            for (int i = 0; i < 1200; ++i) {
                now = t0.addSecs(i);
                recorder.feed(recordedBackupCluster(i));
            }
            // The first frame, the new backup, archiving failing; the 15 segments archived in lag
            // lines, but the one archived with the new backup (in its frame).
            QCOMPARE(recorder.framesWritten(), 3);
            QCOMPARE(recorder.lagLinesWritten(), 14);
            qInfo("20 min of a cluster with backups: %d frames, %d lag lines, %lld bytes",
                recorder.framesWritten(), recorder.lagLinesWritten(), recorder.bytesWritten());
            now = t0.addSecs(1200);
        }
        HistoryCursor cursor(QStringLiteral("prod"), o, 300);
        QVERIFY2(cursor.refresh(), qPrintable(cursor.problem()));
        int failing = 0;
        for (int i = 0; i < 1200; i += 17) {
            const ClusterSnapshot live = recordedBackupCluster(i);
            const HistoryCursor::Moment m = cursor.at(live.time);
            QVERIFY(m.snapshot);
            const ClusterSnapshot& s = *m.snapshot;
            const QString at = QStringLiteral(" at %1 s").arg(i);
            QCOMPARE(s.time, live.time);
            // The repository host's ages: the frame keeps the clocks' difference to 10 s (here
            // -1.3 s: 0), so they may differ by that much; the texts by a minute's boundary.
            const auto age = [](const ClusterSnapshot& c) {
                return c.backup.secondsSince(c.backup.newest()->stop, c.time).value_or(-1000);
            };
            const auto next = [](const ClusterSnapshot& c) {
                return c.backup.secondsSince(c.backup.diffTimer.next, c.time).value_or(-1000);
            };
            QVERIFY2(qAbs(age(s) - age(live)) <= 5, qPrintable(at));
            QVERIFY2(qAbs(next(s) - next(live)) <= 5, qPrintable(at));
            QCOMPARE(s.backup.newest()->label, live.backup.newest()->label);
            QCOMPARE(lastRunText(s.backup) + at, lastRunText(live.backup) + at);
            QCOMPARE(archiveText(s) + at, archiveText(live) + at);
            QCOMPARE(archiveFailuresText(s) + at, archiveFailuresText(live) + at);
            QCOMPARE(s.alarms, live.alarms);
            failing += archiveFailuresText(s).contains(QStringLiteral("failing now"));
        }
        QVERIFY(failing > 10);
        QCOMPARE(lastBackupText(cursor.at(t0.addSecs(1000)).snapshot->backup, t0.addSecs(1000)),
            QStringLiteral("incr \u00b7 6 min ago \u00b7 30.2 MiB (3.9 MiB in the repository)"));
    }

    // A history written before frames kept backups (tests/data/history, by the writer of then)
    // replays: the cluster without backups, its lag lines applied.
    void replaysHistoryWithoutBackups()
    {
        QTemporaryDir dir;
        HistoryOptions o;
        o.root = dir.filePath(QStringLiteral("history"));
        o.clock = [] {
            return QDateTime(QDate(2024, 6, 3), QTime(8, 0), Qt::UTC);
        };
        QVERIFY(backupsnapshots::copyHistoryWithoutBackups(o.root));
        HistoryCursor cursor(QStringLiteral("prod"), o, 300);
        QVERIFY2(cursor.refresh(), qPrintable(cursor.problem()));
        const HistoryCursor::Moment m = cursor.at(QDateTime(QDate(2024, 6, 3), QTime(7, 35), Qt::UTC));
        QVERIFY(m.snapshot);
        QVERIFY(!m.gap);
        QVERIFY(!m.snapshot->backup.configured);
        QCOMPARE(m.snapshot->nodes.at(1).lagBytes, qint64(61200));
        QCOMPARE(m.recordedAt, QDateTime(QDate(2024, 6, 3), QTime(7, 34, 21), Qt::UTC));
        QVERIFY(backupStatusLine(*m.snapshot).isEmpty());
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
