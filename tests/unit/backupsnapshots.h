// SPDX-License-Identifier: GPL-3.0-or-later
// The demo cluster with a repository host, its status read from real-shaped script output
// (backupfixtures.h) through the probe's own parser and merge: shared by the history tests and the
// wall's tests. Test support only.
#pragma once

#include "backupfixtures.h"
#include "monitor/backupprobe.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "testconfig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace backupsnapshots {

using namespace pgpilot;

// n backups of stanza "main", oldest first: a full on 2024-05-30 01:30 UTC, then a diff at 01:30 on
// each following day (five give the full and the diffs of 05-31 to 06-03, the last one 6 h before
// the script's "now"); sizes as pgBackRest reports them.
inline QString backups(int n)
{
    QStringList sets;
    const qint64 fullStart = backupfixtures::kNow - 4 * 86400 - 6 * 3600 - 3 * 60 - 18; // 05-30 01:30:02
    const QString full
        = QDateTime::fromSecsSinceEpoch(fullStart, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QLatin1Char('F');
    for (int i = 0; i < n; ++i) {
        const qint64 start = fullStart + i * 86400;
        const QString label = i == 0 ? full
                                     : full + QLatin1Char('_')
                + QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"))
                + QLatin1Char('D');
        sets << QStringLiteral(
            R"({"annotation":null,"archive":{"start":"0000000100000000000000%1","stop":"0000000100000000000000%1"},
 "backrest":{"format":5,"version":"2.45"},"database":{"id":1,"repo-key":1},"error":false,
 "info":{"delta":%2,"repository":{"delta":%3,"size":4100000},"size":%4},"label":"%5","link":null,
 "lsn":{"start":"0/3000028","stop":"0/3000138"},"prior":%6,"reference":%7,"tablespace":null,
 "timestamp":{"start":%8,"stop":%9},"type":"%10"})")
                    .arg(QString::number(3 + 2 * i, 16).toUpper().rightJustified(2, QLatin1Char('0')))
                    .arg(i == 0 ? 31200000 : 90000 * i)
                    .arg(i == 0 ? 4100000 : 12000 * i)
                    .arg(31200000 + 100000 * i)
                    .arg(label)
                    .arg(i == 0 ? QStringLiteral("null") : QStringLiteral("\"%1\"").arg(full))
                    .arg(i == 0 ? QStringLiteral("null") : QStringLiteral("[\"%1\"]").arg(full))
                    .arg(start)
                    .arg(start + 8 + i)
                    .arg(i == 0 ? QStringLiteral("full") : QStringLiteral("diff"));
    }
    return QLatin1Char('[') + sets.join(QLatin1Char(',')) + QLatin1Char(']');
}

// The script's answer with n backups (backups(n)), otherwise backupfixtures::output()'s.
inline QByteArray outputWith(int n)
{
    return backupfixtures::output(backupfixtures::info(
        QStringLiteral(R"({"code":0,"lock":{"backup":{"held":false}},"message":"ok"})"), backups(n)));
}

// The status after one read of output (or one that failed with error) at the script's "now",
// received clockSkew seconds later by this workstation's clock.
inline BackupStatus repository(
    const QByteArray& output = backupfixtures::output(), const QString& error = {}, qint64 clockSkew = 0)
{
    BackupStatus before;
    before.configured = true;
    before.host = QStringLiteral("backup");
    before.stanza = QStringLiteral("main");
    QString why;
    const auto parsed = error.isEmpty() ? parseBackupStatusOutput(output, QStringLiteral("main"), &why)
                                        : std::optional<BackupStatus>();
    return mergeBackupRead(before, parsed, error.isEmpty() ? why : error,
        QDateTime::fromSecsSinceEpoch(backupfixtures::kNow + clockSkew, Qt::UTC));
}

// A demo cluster of nodes nodes secondsAfter the repository's read, backup added, pg1 (the
// primary) archiving with pgBackRest: 000000010000000000000014 went 20 s ago. Derived.
inline ClusterSnapshot cluster(const BackupStatus& backup, qint64 secondsAfter = 60, int nodes = 3,
    DemoScenario scenario = DemoScenario::Healthy)
{
    ClusterSnapshot s = demoSnapshot(
        scenario, nodes, 1, QDateTime::fromSecsSinceEpoch(backupfixtures::kNow + secondsAfter, Qt::UTC));
    s.backup = backup;
    for (auto& n : s.nodes) {
        n.pg.archiver.read = true;
        n.pg.archiver.archiveMode = QStringLiteral("on");
        n.pg.archiver.walSegmentBytes = 16 * 1024 * 1024;
    }
    NodeSnapshot& primary = s.nodes[0];
    primary.pg.currentLsn = parseLsn(QStringLiteral("0/15000100"));
    ArchiverStatus& a = primary.pg.archiver;
    a.archivedCount = 18;
    a.lastArchivedWal = QStringLiteral("000000010000000000000014");
    a.lastArchivedTime = s.time.addSecs(-20);
    a.lastArchivedAgeSeconds = 20.0;
    a.previousFailedCount = 0;
    deriveCluster(s);
    return s;
}

// s with the primary's archiving failing since it archived its last WAL (failures failures, the
// last one secondsAgo before the snapshot), derived again.
inline ClusterSnapshot failingArchiver(ClusterSnapshot s, qint64 failures = 3, qint64 secondsAgo = 5)
{
    ArchiverStatus& a = s.nodes[0].pg.archiver;
    a.failedCount = failures;
    a.lastFailedWal = QStringLiteral("000000010000000000000015");
    a.lastFailedTime = s.time.addSecs(-secondsAgo);
    deriveCluster(s);
    return s;
}

// The demo cluster "prod" with a repository host, i seconds into a 20-minute recording that starts
// a minute after the fixture's read: the host read every 30 s (1.3 s in transit), a WAL segment
// archived every minute, an incremental backup done at 10 min, archiving failing from 15 min on.
inline ClusterSnapshot recordedBackupCluster(int i)
{
    const qint64 start = backupfixtures::kNow + 60;
    const qint64 read = (start + i) / 30 * 30;
    BackupStatus b = repository(outputWith(5));
    b.readAt = QDateTime::fromSecsSinceEpoch(read, Qt::UTC);
    b.receivedAt = b.readAt.addMSecs(1300);
    if (i >= 600) {
        BackupSet incr = b.backups.last();
        incr.label += QStringLiteral("_20240603-074400I");
        incr.type = QStringLiteral("incr");
        incr.start = QDateTime::fromSecsSinceEpoch(start + 540, Qt::UTC);
        incr.stop = QDateTime::fromSecsSinceEpoch(start + 595, Qt::UTC);
        incr.size = 31700000;
        b.backups.append(incr);
    }
    ClusterSnapshot s = cluster(b, 60 + i);
    ArchiverStatus& a = s.nodes[0].pg.archiver;
    const int segment = qMin(i, 900) / 60;
    a.lastArchivedWal
        = QStringLiteral("0000000100000000000000%1").arg(0x14 + segment, 2, 16, QLatin1Char('0')).toUpper();
    a.lastArchivedTime = QDateTime::fromSecsSinceEpoch(start + 60 * segment - 20, Qt::UTC);
    a.lastArchivedAgeSeconds = double(a.lastArchivedTime.secsTo(s.time));
    if (i >= 905) {
        a.failedCount = 3;
        a.lastFailedWal = QStringLiteral("0000000100000000000000%1")
                              .arg(0x15 + segment, 2, 16, QLatin1Char('0'))
                              .toUpper();
        a.lastFailedTime = QDateTime::fromSecsSinceEpoch(start + 905, Qt::UTC);
    }
    deriveCluster(s);
    return s;
}

// A day of history written before frames kept backups (tests/data/history: the cluster "prod"
// from 2024-06-03 07:34:20 to 07:35:30 UTC, no backup section, a lag line without an archived WAL),
// put where a HistoryReader with this root reads the history of "prod".
inline bool copyHistoryWithoutBackups(const QString& root)
{
    return QDir().mkpath(QDir(root).filePath(QStringLiteral("prod")))
        && QFile::copy(QStringLiteral(PGPILOT_TEST_DATA_DIR "/history/2024-06-03-before-backups.jsonl"),
            QDir(root).filePath(QStringLiteral("prod/2024-06-03.jsonl")));
}

} // namespace backupsnapshots
