// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's backup panel on synthetic snapshots (the demo cluster plus a repository host read
// from real-shaped status script output; no cluster, no SSH): hidden without a repository host,
// "not read yet" before the first read, OK with the last backup, archive and next runs, critical
// with the alarms' titles when archiving fails and the backup is old, a backup running, a read that
// failed, a gap in the WAL archive (critical, its first missing segment in the panel and the
// gaps in the tooltip). Every label shows all of its text at the dashboard's size. PGPILOT_SCREENSHOT_DIR
// saves the dashboard and the panel in each state.
#include "../unit/backupfixtures.h"
#include "alarmbanner.h"
#include "backuppanel.h"
#include "clusterdashboard.h"
#include "monitor/backupprobe.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "nodetile.h"

#include <QDir>
#include <QLabel>
#include <QTest>

using namespace pgpilot;
using namespace backupfixtures;

namespace {

BackupStatus repository(const QByteArray& output, const QString& error = {})
{
    BackupStatus before;
    before.configured = true;
    before.host = QStringLiteral("backup");
    before.stanza = QStringLiteral("main");
    QString why;
    const auto parsed = error.isEmpty() ? parseBackupStatusOutput(output, QStringLiteral("main"), &why)
                                        : std::optional<BackupStatus>();
    return mergeBackupRead(
        before, parsed, error.isEmpty() ? why : error, QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
}

// The demo cluster secondsAfter the repository's read, pg1 archiving 000000010000000000000014.
ClusterSnapshot snapshot(const BackupStatus& backup, qint64 secondsAfter = 60)
{
    ClusterSnapshot s = demoSnapshot(
        DemoScenario::Healthy, 3, 1, QDateTime::fromSecsSinceEpoch(kNow + secondsAfter, Qt::UTC));
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

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(200); // let layouts settle
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

// Every visible label of the panel shows all its lines: as tall as its text needs at its width.
void verifyNothingCut(BackupPanel* panel)
{
    QTest::qWait(50);
    for (QLabel* label : panel->findChildren<QLabel*>()) {
        if (!label->isVisible())
            continue;
        const int needed
            = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        QVERIFY2(label->height() >= needed,
            qPrintable(QStringLiteral("%1: %2 px high, needs %3 at %4 px wide")
                           .arg(label->objectName())
                           .arg(label->height())
                           .arg(needed)
                           .arg(label->width())));
        if (!label->wordWrap())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->objectName()));
    }
}

} // namespace

class TestBackupPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dashboardShowsTheBackups()
    {
        ClusterDashboard dashboard;
        dashboard.resize(1400, 900);
        BackupPanel* panel = dashboard.backupPanel();
        QVERIFY(panel);

        // No repository host: nothing about backups.
        dashboard.showSnapshot(snapshot(BackupStatus {}));
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QVERIFY(!panel->isVisible());

        // Configured, the first read not in yet.
        BackupStatus waiting;
        waiting.configured = true;
        waiting.host = QStringLiteral("backup");
        waiting.stanza = QStringLiteral("main");
        dashboard.showSnapshot(snapshot(waiting));
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->stateText(), QStringLiteral("\u2026 NOT READ YET"));
        QVERIFY(panel->detailsText().contains(QStringLiteral("not read yet")));

        // Healthy: the last backup, the archive, the next runs.
        dashboard.showSnapshot(snapshot(repository(output())));
        QCOMPARE(panel->stateText(), QStringLiteral("\u2714 OK"));
        const QString ok = panel->detailsText();
        QVERIFY2(ok.contains(QStringLiteral("diff \u00b7 6&nbsp;h 4&nbsp;min ago \u00b7 29.9&nbsp;MiB")),
            qPrintable(ok));
        QVERIFY(ok.contains(QStringLiteral("000000010000000000000014 \u00b7 20&nbsp;s ago")));
        QVERIFY(ok.contains(QStringLiteral("full in 5&nbsp;d 17&nbsp;h")));
        QVERIFY(ok.contains(QStringLiteral("45.0&nbsp;GiB free of 100.0&nbsp;GiB (45&nbsp;%)")));
        QVERIFY(!panel->findChild<QLabel*>(QStringLiteral("error"))->isVisible());
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("host"))
                    ->text()
                    .contains(QStringLiteral("pgBackRest 2.45")));
        // As wide as a node tile (the row gives it one share of four).
        const int tile = dashboard.tile(QStringLiteral("pg1"))->width();
        QVERIFY2(qAbs(panel->width() - tile) < tile / 4,
            qPrintable(QStringLiteral("%1 vs %2").arg(panel->width()).arg(tile)));
        verifyNothingCut(panel);
        screenshot(&dashboard, QStringLiteral("dashboard-backup-ok.png"));
        screenshot(panel, QStringLiteral("backup-panel-ok.png"));

        // Archiving fails on the primary and the newest backup is two days old: critical, and the
        // alarms' titles in the panel.
        ClusterSnapshot failing = snapshot(repository(output()), 2 * 24 * 3600);
        ArchiverStatus& a = failing.nodes[0].pg.archiver;
        a.failedCount = 3;
        a.lastFailedWal = QStringLiteral("000000010000000000000015");
        a.lastFailedTime = failing.time.addSecs(-5);
        deriveCluster(failing);
        dashboard.showSnapshot(failing);
        QCOMPARE(panel->stateText(), QStringLiteral("\u26a0 CRITICAL"));
        const QString why = panel->findChild<QLabel*>(QStringLiteral("error"))->text();
        QVERIFY2(why.startsWith(QStringLiteral("\u2022 WAL archiving fails on pg1")), qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("The newest backup is 2 d 6 h old")));
        QVERIFY(panel->detailsText().contains(QStringLiteral("(failing now)")));
        QVERIFY(dashboard.banner()->isVisible());
        verifyNothingCut(panel);
        screenshot(&dashboard, QStringLiteral("dashboard-backup-failing.png"));
        screenshot(panel, QStringLiteral("backup-panel-failing.png"));

        // The first full backup running, none in the repository yet.
        dashboard.showSnapshot(snapshot(repository(output(info(
            QStringLiteral(
                R"({"code":2,"lock":{"backup":{"held":true,"size":3221225472,"size-cplt":1073741824}},"message":"no valid backups"})"),
            QStringLiteral("[]"))))));
        QCOMPARE(panel->stateText(), QStringLiteral("\u26a0 CRITICAL"));
        QVERIFY(panel->detailsText().contains(QStringLiteral("none yet")));
        QVERIFY(panel->detailsText().contains(QStringLiteral("running: 1.0&nbsp;GiB of 3.0&nbsp;GiB")));
        verifyNothingCut(panel);
        screenshot(panel, QStringLiteral("backup-panel-running.png"));

        // WAL dropped after the newest backup: a gap no backup heals yet, one older that the diff
        // healed.
        dashboard.showSnapshot(snapshot(repository(outputWithWal(
            wal(QStringLiteral("[%1,%2]").arg(gap(QStringLiteral("08"), QStringLiteral("0A"), 3,
                                                  QStringLiteral("20240602-013002F_20240603-013001D")),
                gap(QStringLiteral("13"), QStringLiteral("18"), 6)))))));
        QCOMPARE(panel->stateText(), QStringLiteral("\u26a0 CRITICAL"));
        const QString gapWhy = panel->findChild<QLabel*>(QStringLiteral("error"))->text();
        QVERIFY2(gapWhy.startsWith(QStringLiteral("\u2022 WAL archive has a gap on backup: 6 segment(s) "
                                                  "missing from 000000010000000000000013")),
            qPrintable(gapWhy));
        QVERIFY2(panel->detailsText().contains(
                     QStringLiteral("gap: 6 segment(s) missing from 000000010000000000000013")),
            qPrintable(panel->detailsText()));
        QVERIFY(panel->toolTip().contains(
            QStringLiteral("Gap 000000010000000000000008 to 00000001000000000000000A (3 segments), healed by "
                           "20240602-013002F_20240603-013001D")));
        QVERIFY(panel->toolTip().contains(
            QStringLiteral("Gap 000000010000000000000013 to 000000010000000000000018 (6 segments): breaks "
                           "20240602-013002F")));
        verifyNothingCut(panel);
        screenshot(&dashboard, QStringLiteral("dashboard-backup-gap.png"));
        screenshot(panel, QStringLiteral("backup-panel-gap.png"));
        // The healed one alone: OK, and the row says it.
        dashboard.showSnapshot(
            snapshot(repository(outputWithWal(wal(QStringLiteral("[%1]").arg(gap(QStringLiteral("08"),
                QStringLiteral("0A"), 3, QStringLiteral("20240602-013002F_20240603-013001D"))))))));
        QCOMPARE(panel->stateText(), QStringLiteral("\u2714 OK"));
        QVERIFY(panel->detailsText().contains(
            QStringLiteral("complete since 2024-06-03 01:30 UTC (1 older gap(s))")));
        verifyNothingCut(panel);
        screenshot(panel, QStringLiteral("backup-panel-gap-healed.png"));

        // The repository host does not answer: why, in words; a warning.
        dashboard.showSnapshot(
            snapshot(repository({}, QStringLiteral("backup (10.0.1.30): connection refused on port 22"))));
        QCOMPARE(panel->stateText(), QStringLiteral("\u25b2 WARNING"));
        QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("error"))->text(),
            QStringLiteral("Not read: backup (10.0.1.30): connection refused on port 22"));
        QVERIFY(panel->detailsText().contains(QStringLiteral("not read")));
        verifyNothingCut(panel);
        screenshot(panel, QStringLiteral("backup-panel-unread.png"));

        // Back to a cluster without backups: hidden again.
        dashboard.showSnapshot(snapshot(BackupStatus {}));
        QVERIFY(!panel->isVisible());
    }
};

QTEST_MAIN(TestBackupPanel)
#include "tst_backuppanel.moc"
