// SPDX-License-Identifier: GPL-3.0-or-later
// The backup section of the history's frames (historyframebackup.h): what the backup panel, the
// wall's backup strip and `pgpilot status` show comes back from a frame; what changes at every read
// without changing that writes nothing; the last archived WAL rides in lag lines; frames written
// before the section read as a cluster without backups. The change decision's agreement with the
// keys, backups included, is in tst_historyframe (comparisonsAgreeWithTheKeys).
#include "backupsnapshots.h"
#include "cli/statuscommand.h"
#include "history/historyframe.h"
#include "history/historyframebackup.h"
#include "monitor/backuptext.h"
#include "monitor/snapshottext.h"
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace pgpilot;

namespace {

ClusterSnapshot roundTrip(const ClusterSnapshot& s)
{
    QString error;
    const auto back = snapshotFromFrame(frameFromSnapshot(s), &error);
    if (!back)
        qWarning().noquote() << "frame refused:" << error;
    return back.value_or(ClusterSnapshot());
}

} // namespace

class TestHistoryFrameBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A 3-node cluster with a repository host that keeps 5 backups: what the backup section adds.
    // Only the newest backup is kept (and the newest good one when that has errors), so the
    // number of backups does not grow the frame.
    void backupFrameSize()
    {
        using namespace backupsnapshots;
        ClusterSnapshot without = cluster(repository(outputWith(5)));
        without.backup = {};
        deriveCluster(without);
        const ClusterSnapshot with = cluster(repository(outputWith(5)));
        QCOMPARE(with.backup.backups.size(), 5);
        QVERIFY(with.alarms.isEmpty());
        auto size = [](const ClusterSnapshot& s) {
            return QJsonDocument(frameFromSnapshot(s)).toJson(QJsonDocument::Compact).size();
        };
        qInfo("frame of a 3-node cluster: %lld bytes without backups, %lld with a repository host keeping 5",
            qlonglong(size(without)), qlonglong(size(with)));
        // 585 bytes in session 19 before the WAL archive check, 737 with it (no gap).
        QVERIFY2(size(with) - size(without) < 800, qPrintable(QString::number(size(with) - size(without))));
        ClusterSnapshot newestOnly = with;
        newestOnly.backup.backups = {with.backup.backups.last()};
        QCOMPARE(size(newestOnly), size(with));
        // The newest with errors: the newest good one is kept too.
        ClusterSnapshot bad = with;
        bad.backup.backups.last().error = true;
        QCOMPARE(snapshotFromFrame(frameFromSnapshot(bad))->backup.backups.size(), 2);
        QVERIFY(!QJsonDocument(frameFromSnapshot(with)).toJson().contains("\"\""));
    }

    // The backup panel's, the wall's and `pgpilot status`'s texts from a frame are the live ones.
    void backupRoundTrip_data()
    {
        using namespace backupsnapshots;
        using namespace backupfixtures;
        QTest::addColumn<ClusterSnapshot>("live");
        QTest::newRow("healthy") << cluster(repository(outputWith(5)));
        QTest::newRow("stale, archiving fails")
            << failingArchiver(cluster(repository(outputWith(5)), 2 * 24 * 3600));
        // The repository host's clock 2 min behind this workstation's, a diff failing.
        QTest::newRow("skewed clock, timer failed")
            << cluster(repository(output(info(), {}, timers(QStringLiteral("exit-code"), 50)), {}, 120));
        QTest::newRow("first full running") << cluster(repository(output(info(
            QStringLiteral(
                R"({"code":2,"lock":{"backup":{"held":true,"size":3221225472,"size-cplt":1073741824}},"message":"no valid backups"})"),
            QStringLiteral("[]")))));
        BackupStatus unread = repository(outputWith(3));
        unread = mergeBackupRead(unread, std::nullopt,
            QStringLiteral("backup (10.0.1.30): connection refused"), unread.receivedAt.addSecs(300));
        QTest::newRow("not read since") << cluster(unread, 400);
        QTest::newRow("repository missing") << cluster(
            repository(output(QStringLiteral("null"), QStringLiteral("stanza main: no such file"))));
        QTest::newRow("never read") << cluster(repository({}, QStringLiteral("no route to host")));
    }
    void backupRoundTrip()
    {
        QFETCH(ClusterSnapshot, live);
        QVERIFY(live.backup.configured);
        const ClusterSnapshot back = roundTrip(live);
        QCOMPARE(snapshotToText(back), snapshotToText(live));
        QVERIFY(snapshotToText(back).contains(QStringLiteral("backup (backup)")));
        const QDateTime later = live.time.addSecs(3 * 3600 + 7);
        QCOMPARE(lastBackupText(back.backup, later), lastBackupText(live.backup, later));
        QCOMPARE(nextBackupText(back.backup, later), nextBackupText(live.backup, later));
        QCOMPARE(lastRunText(back.backup), lastRunText(live.backup));
        QCOMPARE(runningBackupText(back.backup), runningBackupText(live.backup));
        QCOMPARE(repositoryText(back.backup), repositoryText(live.backup));
        QCOMPARE(archiveText(back), archiveText(live));
        QCOMPARE(archiveFailuresText(back), archiveFailuresText(live));
        QCOMPARE(back.alarms, live.alarms);
        QCOMPARE(back.backup.error, live.backup.error);
        QVERIFY(sameFrameStructure(back, live));
        QVERIFY(sameFrameLag(back, live));
        QCOMPARE(roundTrip(back), back);
    }

    // A frame written before frames kept backups (tests/data/history, by the writer of then):
    // read as a cluster that keeps none.
    void frameWithoutBackupsReads()
    {
        QFile file(QStringLiteral(PGPILOT_TEST_DATA_DIR "/history/2024-06-03-before-backups.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        const QJsonObject frame
            = QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("frame")).toObject();
        QVERIFY(!frame.contains(QStringLiteral("backup")));
        QString error;
        const auto s = snapshotFromFrame(frame, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(!s->backup.configured);
        for (const NodeSnapshot& n : s->nodes)
            QVERIFY(!n.pg.archiver.read);
        QCOMPARE(s->nodes.size(), 3);
        QCOMPARE(s->writeTarget, QStringLiteral("pg1"));
        QVERIFY(backupStatusLine(*s).isEmpty());
        // Its lag line, without an archived WAL, applies.
        ClusterSnapshot lagged = *s;
        QVERIFY(applyLag(&lagged, QJsonDocument::fromJson(lines.at(2)).object(), &error));
        QCOMPARE(lagged.nodes.at(1).lagBytes, qint64(61200));
        // Written again, it is the same frame.
        QCOMPARE(frameFromSnapshot(*s), frame);
    }

    // The last archived WAL moves with every segment: lag lines carry it, not whole frames.
    void archivedWalInLagLines()
    {
        using namespace backupsnapshots;
        const ClusterSnapshot a = cluster(repository());
        ClusterSnapshot b = a;
        b.tick += 30;
        b.time = a.time.addSecs(30);
        ArchiverStatus& next = b.nodes[0].pg.archiver;
        next.lastArchivedWal = QStringLiteral("000000010000000000000015");
        next.lastArchivedTime = b.time.addSecs(-4);
        next.lastArchivedAgeSeconds = 4.0;
        QVERIFY(sameFrameStructure(a, b));
        QVERIFY(!sameFrameLag(a, b));
        const QJsonObject lag = lagFromSnapshot(b);
        QCOMPARE(lag.value(QStringLiteral("archived")).toArray().at(0).toString(), next.lastArchivedWal);

        // Read back: the frame, then the lag line at its time.
        ClusterSnapshot replayed = roundTrip(a);
        QString error;
        QVERIFY2(applyLag(&replayed, lag, &error), qPrintable(error));
        setReplayedTime(&replayed, b.time);
        QCOMPARE(archiveText(replayed), QStringLiteral("000000010000000000000015 \u00b7 4 s ago"));
        QCOMPARE(archiveText(replayed), archiveText(b));
        // A minute on, nothing recorded in between: the age runs on.
        setReplayedTime(&replayed, b.time.addSecs(60));
        QCOMPARE(archiveText(replayed), QStringLiteral("000000010000000000000015 \u00b7 1 min ago"));

        // Refused: an archived WAL for a frame that has no archiver, or not [WAL, time].
        ClusterSnapshot plain = demoSnapshot(DemoScenario::Healthy, 3, 1);
        deriveCluster(plain);
        QVERIFY(!applyLag(&plain, lagFromSnapshot(b), &error));
        QVERIFY2(error.contains(QStringLiteral("no archiver")), qPrintable(error));
        QJsonObject bad = lag;
        bad.insert(QStringLiteral("archived"), QJsonArray {1, 2});
        ClusterSnapshot kept = roundTrip(a);
        QVERIFY(!applyLag(&kept, bad, &error));
        QCOMPARE(kept, roundTrip(a));
        bad.insert(QStringLiteral("archived"), QJsonArray {QStringLiteral("x"), QStringLiteral("noon")});
        QVERIFY(!applyLag(&kept, bad, &error));
    }

    // What a backup read changes without changing what is shown writes no frame.
    void backupReadsWithoutChangeWriteNothing()
    {
        using namespace backupsnapshots;
        const ClusterSnapshot a = cluster(repository(outputWith(5)));
        ClusterSnapshot b = a;
        b.backup.readAt = b.backup.readAt.addSecs(30); // the next read, 30 s on, 1.4 s in transit
        b.backup.receivedAt = b.backup.receivedAt.addMSecs(31400);
        b.backup.failures = 0;
        b.backup.archiveMax = QStringLiteral("000000010000000000000015");
        *b.backup.repoFreeBytes -= 16 * 1024 * 1024; // one segment archived: still "45.0 GiB"
        b.nodes[0].pg.archiver.archivedCount += 1;
        b.nodes[0].pg.archiver.previousFailedCount = 0;
        QVERIFY(sameFrameStructure(a, b));
        QCOMPARE(frameStructureKey(a), frameStructureKey(b));
        ClusterSnapshot c = b;
        *c.backup.repoFreeBytes -= 200LL * 1024 * 1024; // "44.8 GiB"
        QVERIFY(!sameFrameStructure(a, c));
        ClusterSnapshot d = b;
        d.backup.readAt = d.backup.readAt.addSecs(60); // the host's clock a minute ahead
        QVERIFY(!sameFrameStructure(a, d));
    }

    void quantisation()
    {
        // The backup section's: clock differences to 10 s, sizes to what formatBytes shows.
        QCOMPARE(framebackup::quantiseSkew(0.4), qint64(0));
        QCOMPARE(framebackup::quantiseSkew(-1.6), qint64(0));
        QCOMPARE(framebackup::quantiseSkew(-121.0), qint64(-120));
        QCOMPARE(framebackup::quantiseSkew(std::numeric_limits<double>::quiet_NaN()), qint64(0));
        QCOMPARE(framebackup::quantiseShownBytes(1000), qint64(1000));
        QCOMPARE(framebackup::quantiseShownBytes(48318382080 - 16 * 1024 * 1024), qint64(48318382080));
        for (const qint64 bytes :
            {qint64(1536), qint64(31234567), qint64(1073741823), qint64(48300000001), qint64(5) << 40}) {
            QCOMPARE(formatBytes(framebackup::quantiseShownBytes(bytes)), formatBytes(bytes));
            QCOMPARE(framebackup::quantiseShownBytes(framebackup::quantiseShownBytes(bytes)),
                framebackup::quantiseShownBytes(bytes));
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryFrameBackup)
#include "tst_historyframebackup.moc"
