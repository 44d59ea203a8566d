// SPDX-License-Identifier: GPL-3.0-or-later
// The topology view (issue 18, "topology at a glance") on the dashboard and the wall: every text
// whole at the sizes the view asks for, repainted only when the topology changed, the wall's type
// as large on a 4K screen as on a 1080p one. PGPILOT_SCREENSHOT_DIR saves what it renders.
#include "clusterdashboard.h"
#include "lagchart.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "topologyview.h"
#include "wallview.h"

#include <QChartView>
#include <QDateTimeAxis>
#include <QDir>
#include <QFontMetrics>
#include <QImage>
#include <QTest>

#include <climits>

using namespace pgpilot;

namespace {

ClusterSnapshot derived(ClusterSnapshot s)
{
    deriveCluster(s);
    return s;
}

// Five nodes: pg5 streams from pg4 (cascaded), pg3's receiver stopped, pg4's HAProxy sends
// writes to pg2; long lags so that the labels are at their widest.
ClusterSnapshot crafted()
{
    ClusterSnapshot s = demoSnapshot(DemoScenario::Healthy, 5);
    NodeSnapshot& primary = s.nodes[0];
    ReplicationPeer moved;
    for (const auto& p : std::as_const(primary.pg.replication)) {
        if (p.applicationName == QLatin1String("pg5"))
            moved = p;
    }
    primary.pg.replication.removeIf([](const ReplicationPeer& p) {
        return p.applicationName == QLatin1String("pg5") || p.applicationName == QLatin1String("pg3");
    });
    primary.pg.replication[0].syncState = QStringLiteral("sync");
    primary.pg.replication[0].replayLagBytes = qint64(1536) * 1024 * 1024;
    primary.pg.replication[0].replayLagSeconds = 1234.5;
    moved.syncState = QStringLiteral("async");
    s.nodes[3].pg.replication.append(moved);
    s.nodes[4].pg.upstreamHost = s.nodes[3].address;
    s.nodes[2].pg.walReceiverStatus.clear();
    s.nodes[2].pg.upstreamHost.clear();
    for (auto& server : s.nodes[3].haproxy.backends[0].servers)
        server.status = server.name == QLatin1String("pg2") ? QStringLiteral("UP") : QStringLiteral("DOWN");
    return derived(s);
}

// Every text the view draws at this width fits its box, and every box lies inside the view.
void checkTextsFit(const TopologyView& view, int width, int height)
{
    const QList<TopologyView::Text> texts = view.texts(width, height);
    QVERIFY(!texts.isEmpty());
    const QRect area(0, 0, width, height);
    for (const auto& t : texts) {
        const QFontMetrics fm(t.font);
        QVERIFY2(fm.horizontalAdvance(t.text) <= t.rect.width(),
            qPrintable(QStringLiteral("'%1' needs %2 px, has %3 (width %4)")
                           .arg(t.text)
                           .arg(fm.horizontalAdvance(t.text))
                           .arg(t.rect.width())
                           .arg(width)));
        QVERIFY2(fm.height() <= t.rect.height(), qPrintable(t.text));
        QVERIFY2(area.contains(t.rect),
            qPrintable(QStringLiteral("'%1' at %2,%3 %4x%5 outside %6x%7")
                           .arg(t.text)
                           .arg(t.rect.x())
                           .arg(t.rect.y())
                           .arg(t.rect.width())
                           .arg(t.rect.height())
                           .arg(width)
                           .arg(height)));
    }
    // No two texts overlap.
    for (int i = 0; i < texts.size(); ++i) {
        for (int j = i + 1; j < texts.size(); ++j)
            QVERIFY2(!texts.at(i).rect.intersects(texts.at(j).rect),
                qPrintable(texts.at(i).text + QStringLiteral(" / ") + texts.at(j).text));
    }
}

QStringList textsOf(const TopologyView& view)
{
    QStringList list;
    for (const auto& t : view.texts(view.width(), view.height()))
        list << t.text;
    return list;
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(200); // let layouts settle
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

// The largest pixel size among the texts a view draws.
int largestText(const TopologyView& view)
{
    int size = 0;
    for (const auto& t : view.texts(view.width(), view.height()))
        size = qMax(size, QFontMetrics(t.font).height());
    return size;
}

// The smallest pixel size of the texts a view draws.
int smallestText(const TopologyView& view)
{
    int size = INT_MAX;
    for (const auto& t : view.texts(view.width(), view.height()))
        size = qMin(size, t.font.pixelSize());
    return size;
}

} // namespace

class TestTopologyView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textsFitAtTheSizesAsked()
    {
        for (const bool wall : {false, true}) {
            for (const double scale : {1.0, 0.42, 2.0}) {
                TopologyView view;
                view.setWallMode(wall, scale);
                view.setSnapshot(crafted());
                const QSize hint = view.sizeHint();
                const int natural = view.heightForWidth(hint.width());
                checkTextsFit(view, hint.width(), natural);
                // At one column wide the rows break up, taller, and still nothing is cut.
                const int narrow = hint.width() * 2 / 5; // one column: 3 standbys in a row at most
                const int tall = view.heightForWidth(narrow);
                QVERIFY2(tall > natural, qPrintable(QStringLiteral("%1 %2").arg(tall).arg(natural)));
                checkTextsFit(view, narrow, tall);
                const int middle = (hint.width() + narrow) / 2;
                checkTextsFit(view, middle, view.heightForWidth(middle));
                // Given less height than it needs, it draws smaller type rather than cut any.
                const int less = natural * 3 / 4;
                checkTextsFit(view, hint.width(), less);
                QVERIFY(QFontMetrics(view.texts(hint.width(), less).first().font).height()
                    < QFontMetrics(view.texts(hint.width()).first().font).height());
                if (!wall) {
                    QCOMPARE(hint.height(), natural);
                    QVERIFY(view.minimumSizeHint().width() <= narrow);
                }
            }
        }
    }

    void drawsTheTreeAndTheRoutes()
    {
        TopologyView view;
        view.setSnapshot(crafted());
        view.resize(view.sizeHint());
        const QStringList texts = textsOf(view);
        QVERIFY2(texts.contains(QStringLiteral("cascaded \u00b7 async")),
            qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("\u2716 not streaming")));
        QVERIFY(texts.contains(QStringLiteral("1.5 GiB \u00b7 1234.5 s")));
        QVERIFY(texts.contains(QStringLiteral("\u26a0 writes \u2192 pg2")));
        QCOMPARE(texts.count(QStringLiteral("writes \u2192 pg1")), 4);
        QCOMPARE(texts.count(QStringLiteral("\u25c6 VIP")), 1);
        QVERIFY(view.accessibleDescription().contains(QStringLiteral("pg4 \u2192 pg5")));
        // The cascaded standby sits below its upstream, its upstream below the primary.
        auto top = [&view](const QString& node) {
            for (const auto& t : view.texts(view.width())) {
                if (t.node == node && t.kind == TopologyView::Text::Name)
                    return t.rect.top();
            }
            return -1;
        };
        QVERIFY(top(QStringLiteral("pg1")) < top(QStringLiteral("pg4")));
        QVERIFY(top(QStringLiteral("pg4")) < top(QStringLiteral("pg5")));
        QCOMPARE(top(QStringLiteral("pg2")), top(QStringLiteral("pg4")));
        // Drawn: the widget is not blank, and the wrong route is in the warning colour.
        const QImage image = view.grab().toImage();
        bool warning = false;
        for (int y = 0; y < image.height() && !warning; ++y) {
            for (int x = 0; x < image.width() && !warning; ++x)
                warning = image.pixelColor(x, y) == QColor(0x8a, 0x3b, 0x00);
        }
        QVERIFY(warning);
        screenshot(&view, QStringLiteral("topology-crafted.png"));
    }

    void splitBrainShowsTwoRoots()
    {
        TopologyView view;
        view.setSnapshot(derived(demoSnapshot(DemoScenario::SplitBrain, 3)));
        view.resize(view.sizeHint());
        QCOMPARE(view.topology().roots.size(), 2);
        int pg1 = -1;
        int pg2 = -1;
        int pg3 = -1;
        for (const auto& t : view.texts(view.width())) {
            if (t.kind != TopologyView::Text::Name)
                continue;
            if (t.node == QLatin1String("pg1"))
                pg1 = t.rect.top();
            else if (t.node == QLatin1String("pg2"))
                pg2 = t.rect.top();
            else
                pg3 = t.rect.top();
        }
        QVERIFY(pg1 >= 0);
        QVERIFY(pg3 > pg2);
        QCOMPARE(pg1, pg2); // both on the top row
    }

    void repaintsOnlyWhenTheTopologyChanged()
    {
        TopologyView view;
        ClusterSnapshot s = crafted();
        view.setSnapshot(s);
        QCOMPARE(view.changeCount(), 1);
        s.tick += 1;
        s.time = s.time.addSecs(1);
        view.setSnapshot(s); // another tick, the same topology
        QCOMPARE(view.changeCount(), 1);
        s.nodes[0].pg.replication[0].replayLagBytes = 2048;
        view.setSnapshot(derived(s));
        QCOMPARE(view.changeCount(), 2);
    }

    void dashboardShowsIt()
    {
        ClusterDashboard dashboard;
        dashboard.resize(1400, 900);
        dashboard.showSnapshot(crafted());
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        TopologyView* view = dashboard.topologyView();
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QVERIFY2(view->height() >= view->heightForWidth(view->width()),
            qPrintable(
                QStringLiteral("%1 < %2").arg(view->height()).arg(view->heightForWidth(view->width()))));
        checkTextsFit(*view, view->width(), view->height());
        screenshot(&dashboard, QStringLiteral("dashboard-topology.png"));
    }

    void wallScalesWithTheScreen()
    {
        int sizes[2] = {0, 0};
        const QSize screens[2] = {QSize(1920, 1080), QSize(3840, 2160)};
        for (int i = 0; i < 2; ++i) {
            const int factor = screens[i].height() / 1080;
            WallView wall;
            wall.resize(screens[i]);
            WallPanel* panel = wall.addPanel();
            // Three nodes, healthy: the wall's full size (30 px text on 1080p), which reads from 5 m.
            panel->showSnapshot(derived(demoSnapshot(DemoScenario::Healthy, 3)));
            wall.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wall));
            TopologyView* view = panel->topologyView();
            QVERIFY(view->isVisible());
            QTest::qWait(50);
            QCOMPARE(wall.size(), screens[i]);
            checkTextsFit(*view, view->width(), view->height());
            QVERIFY2(smallestText(*view) >= 30 * factor, qPrintable(QString::number(smallestText(*view))));
            sizes[i] = largestText(*view);
            screenshot(&wall, QStringLiteral("wall-healthy-%1.png").arg(screens[i].width()));
            // Five nodes three deep under a long alarm: smaller type, still whole, still on the screen.
            panel->showSnapshot(crafted());
            QTest::qWait(50);
            QCOMPARE(wall.size(), screens[i]);
            checkTextsFit(*view, view->width(), view->height());
            QVERIFY(textsOf(*view).contains(QStringLiteral("1.5 GiB \u00b7 1234.5 s")));
            QVERIFY2(smallestText(*view) >= 22 * factor, qPrintable(QString::number(smallestText(*view))));
            screenshot(&wall, QStringLiteral("wall-topology-%1.png").arg(screens[i].width()));
        }
        // Twice the pixels, twice the type: the same size on the screen.
        QVERIFY2(
            sizes[1] >= sizes[0] * 19 / 10, qPrintable(QStringLiteral("%1 %2").arg(sizes[0]).arg(sizes[1])));
    }

    void estateWallPanelsKeepTheLag()
    {
        WallView wall;
        wall.resize(1920, 1080);
        for (int i = 0; i < 6; ++i) {
            ClusterSnapshot s = i == 0 ? crafted() : derived(demoSnapshot(DemoScenario::Healthy, 3));
            s.cluster = QStringLiteral("c%1").arg(i);
            wall.addPanel()->showSnapshot(s);
        }
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        TopologyView* view = wall.panels().first()->topologyView();
        QTest::qWait(50);
        checkTextsFit(*view, view->width(), view->height());
        QVERIFY(textsOf(*view).contains(QStringLiteral("1.5 GiB \u00b7 1234.5 s")));
        screenshot(&wall, QStringLiteral("wall-topology-estate.png"));
    }

    // The lag chart's time axis: titled, labels as many as the width holds, HH:mm:ss over minutes
    // and HH:mm over hours, and moving on with the clock between samples.
    void lagChartTimeAxis()
    {
        LagChart chart;
        QList<HistorySample> history;
        const QDateTime start(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);
        for (int t = 0; t < 120; ++t)
            history << toHistorySample(
                derived(demoSnapshot(DemoScenario::Healthy, 3, quint64(t), start.addSecs(t))));
        chart.setHistory(history);
        chart.resize(1200, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QDateTimeAxis* axis = chart.timeAxis();
        QVERIFY(!axis->titleText().isEmpty());
        QCOMPARE(axis->format(), QStringLiteral("HH:mm:ss"));
        QTRY_VERIFY(axis->tickCount() >= 7);
        const int wide = axis->tickCount();
        chart.resize(420, 500);
        QTRY_VERIFY2(axis->tickCount() < wide, qPrintable(QString::number(axis->tickCount())));
        QVERIFY(axis->tickCount() >= 2);
        // Each label has room: a label and as much again per tick.
        const QRectF plot = chart.findChild<QChartView*>(QStringLiteral("lagBytes"))->chart()->plotArea();
        const int label = QFontMetrics(axis->labelsFont()).horizontalAdvance(QStringLiteral("00:00:00"));
        QVERIFY2(plot.width() / (axis->tickCount() - 1) >= label * 1.5,
            qPrintable(QStringLiteral("%1 / %2").arg(plot.width()).arg(axis->tickCount())));
        screenshot(&chart, QStringLiteral("lagchart-narrow.png"));
        // The window is the last sample's time back 300 s; the clock moves it on.
        const QDateTime last = start.addSecs(119);
        QVERIFY(axis->max() >= last && axis->max() < last.addSecs(2));
        QCOMPARE(axis->min().secsTo(axis->max()), 300);
        QTRY_VERIFY_WITH_TIMEOUT(axis->max() >= last.addMSecs(1500), 5000);
        chart.setWindowSeconds(3600);
        QCOMPARE(axis->format(), QStringLiteral("HH:mm"));
        QCOMPARE(axis->min().secsTo(axis->max()), 3600);
    }
};

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
