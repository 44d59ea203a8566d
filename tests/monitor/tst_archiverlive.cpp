// SPDX-License-Identifier: GPL-3.0-or-later
// WAL archiving as the monitor sees it on a real PostgreSQL 15 primary and standby (PgFixture):
// archive_mode on with an archive_command that fails raises the archive-failing alarm on the
// primary from pg_stat_archiver (read by the monitoring role in the poll's one string), with the
// segment that failed; an archive_command that works clears it, and the snapshot then names the
// segment archived, which is in the archive directory. The standby's archiver is not judged.
#include "monitor/backuptext.h"
#include "monitor/clustermonitor.h"
#include "pgfixture.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pgpilot;

namespace {

const QByteArray kPassword = "s3cret-monitor";

const Alarm* find(const ClusterSnapshot& s, AlarmKind kind)
{
    for (const Alarm& a : s.alarms) {
        if (a.kind == kind)
            return &a;
    }
    return nullptr;
}

} // namespace

class TestArchiverLive : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_pg;
    QString m_archive; // where the working archive_command copies to

    // Waits (deadline) for a snapshot of monitor that satisfies condition; the last one in *last.
    template <typename Condition>
    bool waitFor(ClusterMonitor& monitor, Condition condition, int deadlineMs, ClusterSnapshot* last)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < deadlineMs) {
            QSignalSpy ready(&monitor, &ClusterMonitor::snapshotReady);
            if (!ready.wait(5000))
                continue;
            *last = monitor.latest();
            if (condition(*last))
                return true;
        }
        return false;
    }

    bool primarySql(const QString& sql) { return m_pg->psql(m_pg->primary, sql); }

private Q_SLOTS:
    void initTestCase()
    {
        if (PgFixture::binDir().isEmpty())
            QSKIP("PostgreSQL server binaries are not installed (scripts/install-deps.sh test)");
        m_pg = std::make_unique<PgFixture>();
        QVERIFY2(m_pg->setUp(kPassword), qPrintable(m_pg->lastOutput()));
        m_archive = QFileInfo(m_pg->primary.dataDir).path() + QStringLiteral("/archive");
        QVERIFY2(m_pg->asPostgres({QStringLiteral("mkdir"), m_archive}), qPrintable(m_pg->lastOutput()));
        // Archiving on (a restart), to a command that always fails.
        QVERIFY2(primarySql(QStringLiteral("ALTER SYSTEM SET archive_mode = 'on'")),
            qPrintable(m_pg->lastOutput()));
        QVERIFY2(primarySql(QStringLiteral("ALTER SYSTEM SET archive_command = '/bin/false'")),
            qPrintable(m_pg->lastOutput()));
        QVERIFY2(m_pg->stop(m_pg->primary) && m_pg->start(m_pg->primary), qPrintable(m_pg->lastOutput()));
    }

    void cleanupTestCase() { m_pg.reset(); }

    void failingThenWorkingArchiveCommand()
    {
        MonitorOptions options;
        options.backupHost = QStringLiteral("backup"); // archiving is judged (no backup probe: no repository)
        options.backupStanza = QStringLiteral("local");
        options.pgTimeoutMs = 2000;
        ClusterMonitor monitor(QStringLiteral("local"), {},
            {{QStringLiteral("node1"), QStringLiteral("127.0.0.1"), m_pg->primary.port, 0, 0},
                {QStringLiteral("node2"), QStringLiteral("127.0.0.1"), m_pg->standby.port, 0, 0}},
            kPassword, options);
        monitor.setInterval(300);
        monitor.start();
        ClusterSnapshot s;
        QVERIFY2(waitFor(
                     monitor,
                     [](const ClusterSnapshot& x) {
                         const NodeSnapshot* p = x.node(QStringLiteral("node1"));
                         return p && p->state == NodeState::Primary && p->pg.archiver.read;
                     },
                     30000, &s),
            "the primary's archiver was not read");
        QCOMPARE(s.node(QStringLiteral("node1"))->pg.archiver.archiveMode, QStringLiteral("on"));
        QVERIFY(s.node(QStringLiteral("node2"))->pg.archiver.read);
        QVERIFY2(!find(s, AlarmKind::ArchiveFailing),
            qPrintable(s.alarms.isEmpty() ? QString() : s.alarms.first().title));

        // A segment to archive: the command fails (three tries, then a wait).
        QVERIFY2(primarySql(QStringLiteral(
                     "CREATE TABLE w AS SELECT generate_series(1, 1000) AS i; SELECT pg_switch_wal()")),
            qPrintable(m_pg->lastOutput()));
        QVERIFY2(waitFor(
                     monitor,
                     [](const ClusterSnapshot& x) { return find(x, AlarmKind::ArchiveFailing) != nullptr; },
                     30000, &s),
            "no archive-failing alarm");
        const Alarm* alarm = find(s, AlarmKind::ArchiveFailing);
        QCOMPARE(alarm->node, QStringLiteral("node1"));
        QCOMPARE(alarm->severity, Severity::Critical);
        const ArchiverStatus& failing = s.node(QStringLiteral("node1"))->pg.archiver;
        QVERIFY(failing.failedCount >= 1);
        QVERIFY2(alarm->title.contains(failing.lastFailedWal), qPrintable(alarm->title));
        QVERIFY(archiveFailuresText(s).endsWith(QStringLiteral("(failing now)")));
        const QString failedWal = failing.lastFailedWal;

        // A working command: the archiver tries again (reload, and one more segment) and succeeds.
        QVERIFY2(
            primarySql(QStringLiteral("ALTER SYSTEM SET archive_command = 'cp %p %1/%f'").arg(m_archive)),
            qPrintable(m_pg->lastOutput()));
        QVERIFY2(primarySql(QStringLiteral("SELECT pg_reload_conf()")), qPrintable(m_pg->lastOutput()));
        QElapsedTimer clock;
        clock.start();
        bool cleared = false;
        while (!cleared && clock.elapsed() < 90000) {
            QVERIFY(primarySql(QStringLiteral("INSERT INTO w SELECT 1; SELECT pg_switch_wal()")));
            cleared = waitFor(
                monitor,
                [](const ClusterSnapshot& x) {
                    const NodeSnapshot* p = x.node(QStringLiteral("node1"));
                    return !find(x, AlarmKind::ArchiveFailing) && p
                        && p->pg.archiver.lastArchivedTime.isValid();
                },
                10000, &s);
        }
        QVERIFY2(cleared, "the archive-failing alarm did not clear");
        const ArchiverStatus& working = s.node(QStringLiteral("node1"))->pg.archiver;
        QVERIFY(working.archivedCount >= 1);
        QVERIFY(working.lastArchivedTime > working.lastFailedTime);
        QVERIFY2(QFile::exists(m_archive + QLatin1Char('/') + failedWal), qPrintable(failedWal));
        QVERIFY(QFile::exists(m_archive + QLatin1Char('/') + working.lastArchivedWal));
        QVERIFY(archiveText(s).startsWith(working.lastArchivedWal));
        QVERIFY(working.lastArchivedAgeSeconds && *working.lastArchivedAgeSeconds < 60);
        monitor.stop();
    }
};

QTEST_GUILESS_MAIN(TestArchiverLive)
#include "tst_archiverlive.moc"
