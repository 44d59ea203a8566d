// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's line of scheduled operations (issue 20 item 5): hidden without any, a line each
// for the unfinished ones (finished ones go to the timeline), amber within the reminder time or
// while one runs, nothing cut; PGPILOT_SCREENSHOT_DIR saves pictures.
#include "alarmbanner.h"
#include "clusterdashboard.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "schedulestrip.h"

#include <QDir>
#include <QLabel>
#include <QTest>

using namespace pgpilot;

namespace {

ScheduledOperation row(qint64 id, const QString& kind, const QString& state, double secondsUntil)
{
    ScheduledOperation op;
    op.id = id;
    op.kind = kind;
    op.node = QStringLiteral("pg2");
    op.at = QDateTime(QDate(2026, 12, 6), QTime(2, 0), Qt::UTC);
    op.remindMinutes = 15;
    op.requestedBy = QStringLiteral("alice@ws1");
    op.state = state;
    op.secondsUntil = secondsUntil;
    if (state == QLatin1String("running")) {
        op.claimedBy = QStringLiteral("pgpilot@watch1 pid 4242");
        op.startedAt = op.at.addSecs(3);
    }
    if (state == QLatin1String("done"))
        op.summary = QStringLiteral("Switchover to pg2: done and verified in 8.1 s");
    return op;
}

ClusterSnapshot snapshot(const QList<ScheduledOperation>& rows)
{
    ClusterSnapshot s = demoSnapshot(DemoScenario::Healthy, 3);
    s.nodes[0].pg.schedule.read = true;
    s.nodes[0].pg.schedule.rows = rows;
    deriveCluster(s);
    return s;
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(200);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void verifyNothingCut(QWidget* widget)
{
    QTest::qWait(50);
    for (QLabel* label : widget->findChildren<QLabel*>()) {
        if (!label->isVisible())
            continue;
        const int needed
            = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        QVERIFY2(label->height() >= needed,
            qPrintable(QStringLiteral("%1 \"%2\": %3 px high, needs %4")
                           .arg(label->objectName(), label->text().left(40))
                           .arg(label->height())
                           .arg(needed)));
    }
}

} // namespace

class TestScheduleStrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onTheDashboard()
    {
        ClusterDashboard dashboard;
        dashboard.resize(1400, 900);
        dashboard.showSnapshot(snapshot({}));
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto* strip = dashboard.findChild<ScheduleStrip*>(QStringLiteral("scheduleStrip"));
        QVERIFY(strip);
        QVERIFY(!strip->isVisible());

        // Hours ahead: a quiet line.
        dashboard.showSnapshot(
            snapshot({row(3, QStringLiteral("switchover"), QStringLiteral("scheduled"), 4 * 3600)}));
        QVERIFY(strip->isVisible());
        QVERIFY(!strip->soon());
        QVERIFY2(strip->text().contains(QLatin1String("#3 Switchover to pg2 at 2026-12-06 02:00 UTC, in 4 h "
                                                      "00 min, requested by alice@ws1: scheduled")),
            qPrintable(strip->text()));
        verifyNothingCut(strip);
        screenshot(&dashboard, QStringLiteral("schedule-strip-ahead.png"));

        // Within the reminder, a second one running, a finished one left out.
        ClusterSnapshot s = snapshot({row(3, QStringLiteral("switchover"), QStringLiteral("scheduled"), 720),
            row(4, QStringLiteral("rolling-restart"), QStringLiteral("running"), -30),
            row(2, QStringLiteral("switchover"), QStringLiteral("done"), -9000)});
        dashboard.showSnapshot(s);
        QVERIFY(strip->soon());
        QVERIFY2(strip->text().contains(QLatin1String("in 12 min"))
                && strip->text().contains(
                    QLatin1String("#4 Rolling restart (switching over to pg2) at 2026-12-06 02:00 UTC, "
                                  "requested by alice@ws1: "
                                  "RUNNING since 2026-12-06 02:00 UTC (pgpilot@watch1 pid 4242)"))
                && !strip->text().contains(QLatin1String("#2 ")),
            qPrintable(strip->text()));
        QVERIFY(dashboard.banner()->isVisible()); // the reminder alarm above it
        verifyNothingCut(strip);
        screenshot(&dashboard, QStringLiteral("schedule-strip-soon.png"));
        screenshot(strip, QStringLiteral("schedule-strip-soon-only.png"));

        // All finished: hidden again.
        dashboard.showSnapshot(
            snapshot({row(2, QStringLiteral("switchover"), QStringLiteral("done"), -9000)}));
        QVERIFY(!strip->isVisible());
    }
};

QTEST_MAIN(TestScheduleStrip)
#include "tst_schedulestrip.moc"
