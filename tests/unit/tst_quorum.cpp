// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/quorum.h"
#include "testspecs.h"

#include <QTest>

using namespace pgpilot;

// The quorum arithmetic checked two ways: the table docs/quorum.md prints, and by brute force over
// every way to split the cluster, so that a wrong formula cannot pass by agreeing with itself.
class TestQuorum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("majority");
        QTest::addColumn<int>("minSync");
        QTest::addColumn<int>("maxSync");
        QTest::addColumn<int>("fenceBelow");
        QTest::newRow("3") << 3 << 2 << 1 << 1 << 1;
        QTest::newRow("4") << 4 << 3 << 1 << 2 << 2;
        QTest::newRow("5") << 5 << 3 << 2 << 2 << 2;
        QTest::newRow("6") << 6 << 4 << 2 << 3 << 3;
        QTest::newRow("7") << 7 << 4 << 3 << 3 << 3;
        QTest::newRow("8") << 8 << 5 << 3 << 4 << 4;
        QTest::newRow("9") << 9 << 5 << 4 << 4 << 4;
    }
    void table()
    {
        QFETCH(int, nodes);
        QFETCH(int, majority);
        QFETCH(int, minSync);
        QFETCH(int, maxSync);
        QFETCH(int, fenceBelow);
        QCOMPARE(quorum::majority(nodes), majority);
        QCOMPARE(quorum::minSyncStandbys(nodes), minSync);
        QCOMPARE(quorum::maxSyncStandbys(nodes), maxSync);
        QCOMPARE(quorum::fenceBelowStandbys(nodes), fenceBelow);
    }

    // Node 0 is the primary. For every subset S of the nodes that is a majority and leaves the
    // primary out, every set of k standbys that acknowledged a commit meets S (so the side that
    // elects holds the commit); for every majority that keeps the primary, the primary has at
    // least k standbys with it (so it can still commit) and at least fenceBelow (so it does not
    // stop itself); a minority with the primary has fewer than fenceBelow.
    void bruteForce()
    {
        for (int n = 3; n <= 9; ++n) {
            const int k = quorum::minSyncStandbys(n);
            for (int side = 1; side < (1 << n); ++side) {
                const int size = qPopulationCount(quint32(side));
                const bool hasPrimary = side & 1;
                const int standbysOutside = (n - 1) - (size - (hasPrimary ? 1 : 0));
                if (size >= quorum::majority(n) && !hasPrimary)
                    QVERIFY2(
                        standbysOutside < k, qPrintable(QStringLiteral("n=%1 side=%2").arg(n).arg(side)));
                if (size >= quorum::majority(n) && hasPrimary) {
                    QVERIFY(size - 1 >= quorum::maxSyncStandbys(n));
                    QVERIFY(size - 1 >= quorum::fenceBelowStandbys(n));
                }
                if (size < quorum::majority(n) && hasPrimary)
                    QVERIFY(size - 1 < quorum::fenceBelowStandbys(n));
            }
            // A smaller k would leave an electing majority without the commit.
            QVERIFY(k == 1 || (n - 1) - (quorum::majority(n)) >= k - 1);
        }
    }

    void specChoosesK()
    {
        ClusterSpec spec = validTestSpec();
        QCOMPARE(spec.replication.mode, ReplicationMode::SyncQuorum);
        QCOMPARE(quorum::syncStandbys(spec), 1);
        spec.replication.syncQuorum = 0;
        for (int i = 4; i <= 7; ++i) {
            NodeSpec node = spec.nodes.last();
            node.name = QStringLiteral("pg%1").arg(i);
            spec.nodes.append(node);
        }
        QCOMPARE(quorum::syncStandbys(spec), 3);
        spec.replication.mode = ReplicationMode::Async;
        QCOMPARE(quorum::syncStandbys(spec), 0);
    }
};

QTEST_GUILESS_MAIN(TestQuorum)
#include "tst_quorum.moc"
