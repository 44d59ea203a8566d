// SPDX-License-Identifier: GPL-3.0-or-later
// What the dashboard says when it opens again, from a history the real recorder wrote while the
// window was closed (a fake clock): the incident, the events, the stretch nobody recorded.
#include "history/historyrecorder.h"
#include "history/whileclosed.h"
#include "monitor/demosnapshots.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

class TestWhileClosed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incidentEventsAndGap()
    {
        QTemporaryDir dir;
        QDateTime now(QDate(2026, 12, 5), QTime(2, 0), Qt::UTC);
        HistoryOptions o;
        o.root = dir.filePath(QStringLiteral("history"));
        o.clock = [&now] {
            return now;
        };
        const QDateTime lastSeen = now.addSecs(-60);
        auto feed = [&](HistoryRecorder& r, int seconds, DemoScenario scenario) {
            for (int s = 0; s < seconds; ++s) {
                r.feed(derivedDemoSnapshot(QStringLiteral("main"), now, 1, scenario));
                now = now.addSecs(1);
            }
        };
        {
            // pgpilot watch ran: healthy, a failover for two minutes, healthy; then it stopped.
            HistoryRecorder r(QStringLiteral("main"), o);
            QVERIFY(r.start());
            feed(r, 600, DemoScenario::Healthy);
            feed(r, 120, DemoScenario::FailoverInProgress);
            feed(r, 300, DemoScenario::Healthy);
            ClusterEvent e;
            e.time = now;
            e.kind = ClusterEvent::Kind::RoleChange;
            e.node = QStringLiteral("pg2");
            e.text = QStringLiteral("pg2 became the primary");
            r.addEvents({e});
        }
        now = now.addSecs(3600); // nobody watched for an hour

        const WhileClosed w = whileClosed(HistoryReader(QStringLiteral("main"), o), lastSeen, now);
        QCOMPARE(w.incidents.size(), 1);
        QCOMPARE(w.incidents.first().worst, Severity::Critical);
        QVERIFY(!w.events.isEmpty());
        QVERIFY(std::any_of(w.events.cbegin(), w.events.cend(),
            [](const ClusterEvent& e) { return e.text == QStringLiteral("pg2 became the primary"); }));
        QCOMPARE(w.gaps.size(), 1);
        QVERIFY2(w.text.contains(QStringLiteral("CRITICAL from")), qPrintable(w.text));
        QVERIFY2(w.text.contains(QStringLiteral("nothing recorded from")), qPrintable(w.text));

        // Seen after it all: only the gap since is left to say.
        const WhileClosed later
            = whileClosed(HistoryReader(QStringLiteral("main"), o), now.addSecs(-1800), now);
        QVERIFY(later.incidents.isEmpty());
        QVERIFY(later.events.isEmpty());
        QCOMPARE(later.gaps.size(), 1);
        // Never shown before: nothing to say.
        QVERIFY(whileClosed(HistoryReader(QStringLiteral("main"), o), {}, now).text.isEmpty());
    }

    void quietTimeSaysSo()
    {
        QTemporaryDir dir;
        QDateTime now(QDate(2026, 12, 5), QTime(2, 0), Qt::UTC);
        HistoryOptions o;
        o.root = dir.filePath(QStringLiteral("history"));
        o.clock = [&now] {
            return now;
        };
        HistoryRecorder r(QStringLiteral("main"), o);
        QVERIFY(r.start());
        for (int s = 0; s < 120; ++s) {
            r.feed(derivedDemoSnapshot(QStringLiteral("main"), now, 1));
            now = now.addSecs(1);
        }
        const WhileClosed w = whileClosed(HistoryReader(QStringLiteral("main"), o), now.addSecs(-60), now);
        QVERIFY2(w.text.startsWith(QStringLiteral("Nothing happened")), qPrintable(w.text));
    }
};

QTEST_GUILESS_MAIN(TestWhileClosed)
#include "tst_whileclosed.moc"
