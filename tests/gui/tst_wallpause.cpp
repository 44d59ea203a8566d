// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic failover paused (issue 20) on the wall: the pause banner under the alarm banner, in the
// wall's colours (amber within the window, red past it or on some nodes only), saying who, why,
// since and until when (or how long past), hidden when nothing is paused; every text whole at
// 1920x1080 and 1280x720, with readable contrast. The replays (the wall's and the dashboard's)
// show the pause as the history recorded it. PGPILOT_SCREENSHOT_DIR saves the wall.
#include "../unit/pausesnapshots.h"
#include "alarmbanner.h"
#include "clusterdashboard.h"
#include "history/historyrecorder.h"
#include "monitor/pausetext.h"
#include "pausebanner.h"
#include "replaybar.h"
#include "topologyview.h"
#include "uichecks.h"
#include "wallview.h"

#include <QDir>
#include <QHash>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pgpilot;
using pausesnapshots::pausedCluster;

namespace {

const QColor kAmber(0xff, 0xc1, 0x07);
const QColor kRed(0xb0, 0x00, 0x20);

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(100); // laid out on the next events, for the picture only
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

// The colour most of the banner is painted in: its background.
QColor dominantColour(QWidget* widget)
{
    const QImage image = widget->grab().toImage();
    QHash<QRgb, int> count;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            ++count[image.pixel(x, y) & 0xffffff];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor(best);
}

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a);
    const double y = luminance(b);
    return (qMax(x, y) + 0.05) / (qMin(x, y) + 0.05);
}

// The banner's background is colour, and each of its texts reads on it (AAA: 7:1).
void verifyColours(PauseBanner* banner, const QColor& colour)
{
    const QColor background = dominantColour(banner);
    QVERIFY2(background == colour,
        qPrintable(QStringLiteral("painted %1, expected %2").arg(background.name(), colour.name())));
    for (QLabel* label : banner->findChildren<QLabel*>()) {
        const QColor text = label->palette().color(label->foregroundRole());
        QVERIFY2(contrast(text, background) >= 7.0,
            qPrintable(QStringLiteral("%1: %2 on %3, contrast %4")
                           .arg(label->objectName(), text.name(), background.name())
                           .arg(contrast(text, background))));
    }
}

// Nothing on the wall is cut: the shared check (labels narrower than their text, or past the
// window), every wrapped label as high as its lines need, and the banner above the topology,
// which keeps room to draw.
void verifyNothingCut(WallView* wall, WallPanel* panel)
{
    QTest::qWait(50);
    const QStringList clipped = uichecks::clipped(wall);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    for (QLabel* label : wall->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(wall) || !label->wordWrap() || label->text().isEmpty())
            continue;
        const int needed = label->heightForWidth(label->width());
        QVERIFY2(label->height() >= needed,
            qPrintable(QStringLiteral("%1 \"%2\": %3 px high, needs %4")
                           .arg(label->objectName(), label->text().left(40))
                           .arg(label->height())
                           .arg(needed)));
    }
    PauseBanner* banner = panel->pauseBanner();
    const QRect onPanel(banner->mapTo(panel, QPoint(0, 0)), banner->size());
    QVERIFY(panel->rect().contains(onPanel));
    const int topologyTop = panel->topologyView()->mapTo(panel, QPoint(0, 0)).y();
    QVERIFY2(onPanel.bottom() < topologyTop, qPrintable(QString::number(topologyTop)));
    QVERIFY2(panel->topologyView()->height() >= panel->height() / 4,
        qPrintable(QStringLiteral("topology %1 px high of %2")
                       .arg(panel->topologyView()->height())
                       .arg(panel->height())));
}

// The replay at time, as the admin's scrubbing gives it (the owner's own setPosition is not
// echoed; a step is).
void seek(ReplayBar* bar, const QDateTime& time)
{
    bar->setPosition(time.addSecs(-1));
    bar->step(1);
}

} // namespace

class TestWallPause : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerOnTheWall_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("clusters");
        QTest::newRow("1920x1080") << QSize(1920, 1080) << 1;
        QTest::newRow("1280x720") << QSize(1280, 720) << 1;
        QTest::newRow("1920x1080, two clusters") << QSize(1920, 1080) << 2;
        QTest::newRow("1920x1080, four clusters") << QSize(1920, 1080) << 4;
    }
    void bannerOnTheWall()
    {
        QFETCH(QSize, size);
        QFETCH(int, clusters);
        const QString suffix
            = QStringLiteral("%1x%2%3")
                  .arg(size.width())
                  .arg(size.height())
                  .arg(clusters > 1 ? QStringLiteral("-%1-clusters").arg(clusters) : QString());
        WallView wall;
        WallPanel* panel = wall.addPanel();
        PauseBanner* banner = panel->pauseBanner();
        QVERIFY(banner);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        panel->showSnapshot(pausedCluster(now, {false, false, false}, std::nullopt));
        for (int i = 1; i < clusters; ++i)
            wall.addPanel()->showSnapshot(
                pausedCluster(now, {false, false, false}, std::nullopt, QStringLiteral("east%1").arg(i)));
        wall.resize(size);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QVERIFY(!banner->isVisible());

        // Within the window: amber, who, why, since and until when.
        const ClusterSnapshot paused = pausedCluster(now, 1380);
        panel->showSnapshot(paused);
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->alarming());
        QCOMPARE(banner->titleText(), QStringLiteral("Automatic failover paused: 23 min left"));
        const PauseWindow& w = paused.pause.window;
        const QString detail = banner->detailText();
        QVERIFY2(
            detail.startsWith(QStringLiteral("Since %1 by alice@ws1, until %2. Reason: kernel update on pg2.")
                                  .arg(pauseTimeText(w.since), pauseTimeText(w.until))),
            qPrintable(detail));
        // The desktop's last sentence (the consequence, the menu to resume) stays off the wall:
        // the facts, on as few lines as they take.
        QVERIFY2(!detail.contains(QLatin1String("No standby"))
                && !detail.contains(QLatin1String("Cluster \u2192")),
            qPrintable(detail));
        verifyColours(banner, kAmber);
        verifyNothingCut(&wall, panel);
        saveScreenshot(&wall, QStringLiteral("wall-pause-%1.png").arg(suffix));

        // Past the window: red, how long past, under the critical alarm.
        const ClusterSnapshot overdue = pausedCluster(now, -720);
        panel->showSnapshot(overdue);
        QVERIFY(banner->alarming());
        QCOMPARE(
            banner->titleText(), QStringLiteral("Automatic failover paused: the window ended 12 min ago"));
        QVERIFY(banner->detailText().startsWith(
            QStringLiteral("Since %1 by alice@ws1, until %2.")
                .arg(pauseTimeText(overdue.pause.window.since), pauseTimeText(overdue.pause.window.until))));
        QVERIFY(panel->findChild<AlarmBanner*>()->isVisible());
        QVERIFY(panel->findChild<AlarmBanner*>()->titleText().startsWith(
            QLatin1String("Automatic failover paused past its window")));
        verifyColours(banner, kRed);
        verifyNothingCut(&wall, panel);
        saveScreenshot(&wall, QStringLiteral("wall-pause-overdue-%1.png").arg(suffix));

        // On some nodes only: red, the nodes named.
        panel->showSnapshot(pausedCluster(now, {true, false, true}, 600));
        QVERIFY(banner->alarming());
        QCOMPARE(
            banner->titleText(), QStringLiteral("Automatic failover paused on pg1, pg3 only, not on pg2"));
        verifyColours(banner, kRed);
        verifyNothingCut(&wall, panel);
        if (clusters == 1)
            saveScreenshot(&wall, QStringLiteral("wall-pause-mixed-%1.png").arg(suffix));

        // Paused by hand: amber, no window said so.
        panel->showSnapshot(pausedCluster(now, std::nullopt));
        QVERIFY(!banner->alarming());
        QCOMPARE(banner->titleText(), QStringLiteral("Automatic failover paused"));
        QVERIFY(banner->detailText().startsWith(QLatin1String("No window recorded")));
        verifyColours(banner, kAmber);
        verifyNothingCut(&wall, panel);

        // Resumed: gone; a cluster the wall cannot watch shows none either.
        panel->showSnapshot(pausedCluster(now, {false, false, false}, 1380));
        QVERIFY(!banner->isVisible());
        panel->showSnapshot(paused);
        QVERIFY(banner->isVisible());
        panel->showProblem(QStringLiteral("prod"), QStringLiteral("the keychain is locked"));
        QVERIFY(!banner->isVisible());
    }

    // The wall's replay and the dashboard's show the pause of the moment, as recorded: none
    // before, amber with the time left during the window, red once it has passed.
    void replayShowsThePauseOfTheMoment()
    {
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-1200);
        QDateTime now = t0;
        HistoryOptions o;
        o.root = dir.filePath(QStringLiteral("history"));
        o.clock = [&now] {
            return now;
        };
        {
            // Paused at 100 s with 5 min left: past the window from 400 s.
            HistoryRecorder recorder(QStringLiteral("prod"), o);
            QVERIFY(recorder.start());
            for (int i = 0; i < 600; ++i) {
                now = t0.addSecs(i);
                recorder.feed(i < 100 ? pausedCluster(now, {false, false, false}, std::nullopt,
                                  QStringLiteral("prod"), 0, quint64(i + 1))
                                      : pausedCluster(now, {true, true, true}, 400 - i,
                                          QStringLiteral("prod"), 0, quint64(i + 1)));
            }
        }

        WallView wall;
        wall.setHistoryOptions(o);
        WallPanel* panel = wall.addPanel();
        panel->showSnapshot(
            pausedCluster(QDateTime::currentDateTimeUtc(), {false, false, false}, std::nullopt));
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        PauseBanner* banner = panel->pauseBanner();
        QVERIFY(wall.enterReplay());
        seek(wall.replayBar(), t0.addSecs(50));
        QVERIFY(!banner->isVisible());
        seek(wall.replayBar(), t0.addSecs(160));
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->alarming());
        QCOMPARE(banner->titleText(), QStringLiteral("Automatic failover paused: 4 min left"));
        QVERIFY2(
            banner->detailText().contains(QLatin1String("by alice@ws1")), qPrintable(banner->detailText()));
        verifyColours(banner, kAmber);
        seek(wall.replayBar(), t0.addSecs(530));
        QVERIFY(banner->alarming());
        QCOMPARE(
            banner->titleText(), QStringLiteral("Automatic failover paused: the window ended 2 min ago"));
        verifyColours(banner, kRed);
        seek(wall.replayBar(), t0.addSecs(50));
        QVERIFY(!banner->isVisible());
        wall.leaveReplay();

        ClusterDashboard dashboard;
        dashboard.setHistoryOptions(o);
        dashboard.resize(1400, 900);
        dashboard.showSnapshot(
            pausedCluster(QDateTime::currentDateTimeUtc(), {false, false, false}, std::nullopt));
        dashboard.show();
        QVERIFY(dashboard.enterReplay());
        seek(dashboard.replayBar(), t0.addSecs(160));
        QVERIFY(dashboard.pauseBanner()->isVisible());
        QCOMPARE(
            dashboard.pauseBanner()->titleText(), QStringLiteral("Automatic failover paused: 4 min left"));
        seek(dashboard.replayBar(), t0.addSecs(50));
        QVERIFY(!dashboard.pauseBanner()->isVisible());
    }
};

QTEST_MAIN(TestWallPause)
#include "tst_wallpause.moc"
