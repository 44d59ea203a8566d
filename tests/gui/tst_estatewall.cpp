// SPDX-License-Identifier: GPL-3.0-or-later
// The estate wall (issue 18): several clusters in a grid, the worst first; a cluster not watched,
// or whose nodes have not answered yet, is never shown as healthy. (The real wall on the lab's
// nodes: `pgpilot wall` with --screenshot, docs/images/wall-estate.png.)
#include "estatewall.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "secrets/memorysecretstore.h"
#include "wallview.h"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

ClusterSnapshot scenario(DemoScenario which, const QString& name)
{
    ClusterSnapshot s = demoSnapshot(which, 3, 1, QDateTime::currentDateTimeUtc());
    deriveCluster(s);
    s.cluster = name;
    return s;
}

// The panels as they are laid out: top to bottom, left to right.
QStringList visualOrder(const WallView& wall)
{
    QList<WallPanel*> panels = wall.panels();
    std::sort(panels.begin(), panels.end(), [](const WallPanel* a, const WallPanel* b) {
        return a->y() != b->y() ? a->y() < b->y() : a->x() < b->x();
    });
    QStringList names;
    for (const WallPanel* p : panels)
        names << p->cluster();
    return names;
}

} // namespace

class TestEstateWall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void worstFirstInAGrid()
    {
        WallView wall;
        wall.resize(1920, 1080);
        wall.setWorstFirst(true);
        wall.addPanel()->showSnapshot(scenario(DemoScenario::Healthy, QStringLiteral("alpha")));
        WallPanel* split = wall.addPanel();
        split->showSnapshot(scenario(DemoScenario::Healthy, QStringLiteral("bravo")));
        wall.addPanel()->showProblem(
            QStringLiteral("charlie"), QStringLiteral("its CA is not in the keychain"));
        wall.addPanel()->showSnapshot(scenario(DemoScenario::Healthy, QStringLiteral("delta")));
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        wall.setWorstFirst(true); // relaid out now that every panel has its state
        QTRY_COMPARE(visualOrder(wall),
            (QStringList {QStringLiteral("charlie"), QStringLiteral("alpha"), QStringLiteral("bravo"),
                QStringLiteral("delta")}));
        // bravo's split brain moves it in front of everything.
        split->showSnapshot(scenario(DemoScenario::SplitBrain, QStringLiteral("bravo")));
        wall.setWorstFirst(true);
        QTRY_COMPARE(visualOrder(wall).first(), QStringLiteral("bravo"));
        // Four panels: two by two, each about half the width.
        QVERIFY(split->width() > 800 && split->width() < 960);
        QCOMPARE(split->rank(), 0);
    }

    void nodesThatHaveNotAnsweredAreNotHealthy()
    {
        WallView wall;
        WallPanel* panel = wall.addPanel();
        ClusterSnapshot s = scenario(DemoScenario::Healthy, QStringLiteral("echo"));
        for (auto& node : s.nodes)
            node.state = NodeState::Unknown;
        s.alarms.clear();
        panel->showSnapshot(s);
        QVERIFY2(!panel->statusText().contains(QStringLiteral("HEALTHY")), qPrintable(panel->statusText()));
        QVERIFY2(
            panel->statusText().contains(QStringLiteral("3 NOT ANSWERING")), qPrintable(panel->statusText()));
        QCOMPARE(panel->rank(), 1);
        QVERIFY(!panel->settled());
        panel->showSnapshot(scenario(DemoScenario::Healthy, QStringLiteral("echo")));
        QVERIFY(panel->statusText().contains(QStringLiteral("HEALTHY")));
        QVERIFY(panel->settled());
    }

    // Files that cannot be read or validated are panels that say so, at once (nothing to connect).
    void unreadableFilesAreShownNotWatched()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"pgpilot-cluster\", ");
        f.close();
        MemorySecretStore secrets;
        EstateWall estate({broken, dir.filePath(QStringLiteral("missing.json"))}, &secrets);
        QCOMPARE(estate.view()->panels().size(), 2);
        QVERIFY(estate.allShown());
        for (const WallPanel* p : estate.view()->panels()) {
            QVERIFY2(p->statusText().contains(QStringLiteral("NOT WATCHED")), qPrintable(p->statusText()));
            QCOMPARE(p->rank(), 1);
        }
    }
};

QTEST_MAIN(TestEstateWall)
#include "tst_estatewall.moc"
