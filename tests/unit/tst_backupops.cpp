// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: phase 6's shape, the backup and restore-drill operations' plans, and the verdicts of
// their criteria on outputs shaped like pgBackRest's and the drill script's.
#include "ops/operationrunner.h"
#include "runbook/backupfiles.h"
#include "runbook/builder.h"
#include "runbookspecs.h"

#include <QTest>

using namespace pgpilot;

namespace {

ClusterSpec backupSpec()
{
    return runbookTestSpecs().at(2).spec; // debian-12 with a repository host "backup"
}

OperationPlan plan(OperationKind kind, const ClusterSpec& spec = backupSpec(), const QString& type = {})
{
    OperationRequest r;
    r.kind = kind;
    r.option = type;
    return buildOperation(spec, r, QStringLiteral("pg1"));
}

const Criterion* findCriterion(const Phase& phase, const QString& id)
{
    for (const Criterion& c : phase.checkpoint) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

CommandOutput out(const QByteArray& stdOut, int exitCode = 0)
{
    CommandOutput o;
    o.reached = true;
    o.exitCode = exitCode;
    o.stdOut = stdOut;
    return o;
}

// The drill script's last line for a backup that started at start and a copy holding marker.
QByteArray drillLine(bool ok, double start, qint64 marker, const char* error = "")
{
    return QByteArray("restoring backup ...\ndrill-result {\"backup\": {\"label\": \"20261205-101500F\", "
                      "\"start\": ")
        + QByteArray::number(start, 'f', 0) + ", \"type\": \"full\"}, \"marker\": {\"max\": "
        + QByteArray::number(marker) + "}, \"ok\": " + (ok ? "true" : "false") + ", \"error\": \"" + error
        + "\", \"restoreSeconds\": 30.5, \"recoveryPoint\": 1764900100.25, \"seconds\": 42.5}\n";
}

} // namespace

class TestBackupOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phaseSixOnlyWithARepository()
    {
        const Runbook with = buildRunbook(backupSpec());
        QVERIFY(with.phase(6));
        QCOMPARE(with.phase(6)->checkpoint.last().id, QStringLiteral("p6.drill"));
        // Every step that touches the repository host names it; the nodes' steps name nodes only.
        bool repoSeen = false;
        for (const Step& s : with.phase(6)->steps) {
            for (const NodeWork& w : s.work)
                repoSeen = repoSeen || w.node == QLatin1String("backup");
        }
        QVERIFY(repoSeen);
        ClusterSpec without = backupSpec();
        without.archiving.mode = ArchivingMode::Off;
        QVERIFY(!buildRunbook(without).phase(6));
    }

    void secretsStayPlaceholders()
    {
        // The passphrase and the SSH keys reach the hosts only through placeholders.
        const Runbook rb = buildRunbook(backupSpec());
        const QStringList keys = requiredSecrets(rb);
        QVERIFY(keys.contains(QStringLiteral("pgpilot:lab:backup-cipher")));
        QVERIFY(keys.contains(QStringLiteral("pgpilot:lab:pgbackrest-ssh-key")));
        for (const RenderedFile& f : renderBackupHostFiles(backupSpec()))
            QVERIFY2(!f.content.contains("cipher-pass=")
                    || f.content.contains("{{secret:pgpilot:lab:backup-cipher}}"),
                qPrintable(f.id));
    }

    void operationsNeedARepository()
    {
        ClusterSpec spec = backupSpec();
        spec.archiving.mode = ArchivingMode::Off;
        const OperationPlan p = plan(OperationKind::Backup, spec);
        QVERIFY(!p.valid());
        QVERIFY2(p.error.contains(QStringLiteral("no backup repository")), qPrintable(p.error));
        QVERIFY(!plan(OperationKind::RestoreDrill, spec).valid());
        const OperationPlan bad = plan(OperationKind::Backup, backupSpec(), QStringLiteral("full;rm"));
        QVERIFY(!bad.valid());
        QVERIFY2(bad.error.contains(QStringLiteral("full, diff or incr")), qPrintable(bad.error));
    }

    void backupPlan()
    {
        const OperationPlan p = plan(OperationKind::Backup, backupSpec(), QStringLiteral("diff"));
        QVERIFY2(p.valid(), qPrintable(p.error));
        QCOMPARE(p.phase.steps.size(), 1);
        QCOMPARE(p.phase.steps.first().work.first().node, QStringLiteral("backup"));
        QVERIFY(p.phase.steps.first().work.first().actions.first().command.contains(
            QStringLiteral("pgbackrest --stanza=lab --type=diff backup")));
        QCOMPARE(p.phase.steps.first().work.first().actions.first().runAs, QStringLiteral("pgbackrest"));
        QVERIFY(p.confirmation.contains(QStringLiteral("diff backup")));
        QCOMPARE(toId(OperationKind::Backup), QStringLiteral("backup"));
        QCOMPARE(operationKindFromString(QStringLiteral("restore-drill")), OperationKind::RestoreDrill);
    }

    void versionsLeaveOutADownNodeOnlyForOperations()
    {
        // After a failover the old primary may be down: a backup goes on without it; phase 6 and
        // a restore need every host.
        const OperationPlan p = plan(OperationKind::Backup, backupSpec(), QStringLiteral("diff"));
        const Criterion* c = findCriterion(p.prechecks, QStringLiteral("p15.versions"));
        QVERIFY(c);
        CommandOutput down;
        down.error = QStringLiteral("cannot connect");
        QHash<QString, CommandOutput> outputs {{QStringLiteral("backup"), out("pgBackRest 2.45\n")},
            {QStringLiteral("pg1"), down}, {QStringLiteral("pg2"), out("pgBackRest 2.45\n")},
            {QStringLiteral("pg3"), out("pgBackRest 2.45\n")},
            {QStringLiteral("pg4"), out("pgBackRest 2.45\n")}};
        for (const CriterionResult& r : c->evaluate(outputs))
            QVERIFY2(r.passed, qPrintable(r.node + QLatin1Char(' ') + r.seen));
        outputs.insert(QStringLiteral("pg2"), out("pgBackRest 2.55.1\n"));
        bool mismatch = false;
        for (const CriterionResult& r : c->evaluate(outputs))
            mismatch = mismatch || (!r.passed && r.node == QLatin1String("pg2"));
        QVERIFY(mismatch);
        const Runbook rb = buildRunbook(backupSpec());
        const Criterion* strict = findCriterion(*rb.phase(6), QStringLiteral("p6.versions"));
        outputs.insert(QStringLiteral("pg2"), out("pgBackRest 2.45\n"));
        bool pg1Failed = false;
        for (const CriterionResult& r : strict->evaluate(outputs))
            pg1Failed = pg1Failed || (!r.passed && r.node == QLatin1String("pg1"));
        QVERIFY(pg1Failed);
    }

    void backupVerification()
    {
        const OperationPlan p = plan(OperationKind::Backup, backupSpec(), QStringLiteral("incr"));
        const Criterion* c = findCriterion(p.verification, QStringLiteral("p15.newest"));
        QVERIFY(c);
        const QByteArray info
            = "[{\"name\":\"lab\",\"status\":{\"code\":0,\"message\":\"ok\"},\"backup\":[{\"label\":"
              "\"20261205-010000F\",\"type\":\"full\",\"error\":false,\"timestamp\":{\"start\":1764896400,"
              "\"stop\":1764896460},\"info\":{\"size\":104857600,\"repository\":{\"size\":20971520}}},{"
              "\"label\":\"20261205-010000F_20261205-020000I\",\"type\":\"incr\",\"error\":false,"
              "\"timestamp\":{\"start\":1764900000,\"stop\":1764900010},\"info\":{\"size\":104857600,"
              "\"repository\":{\"size\":1048576}}}]}]";
        auto verdict = [c](const QByteArray& json, qint64 now) {
            return c->evaluate(
                        {{QStringLiteral("backup"), out(json + "\n" + QByteArray::number(now) + "\n")}})
                .first();
        };
        const CriterionResult ok = verdict(info, 1764900100);
        QVERIFY2(ok.passed, qPrintable(ok.seen));
        QVERIFY2(ok.seen.contains(QStringLiteral("10 s (10.0 MB/s)")), qPrintable(ok.seen));
        // An hour later the newest backup is not the one just taken.
        QVERIFY(!verdict(info, 1764903700).passed);
        // A backup marked as failed does not pass.
        QByteArray failed = info;
        failed.replace("\"type\":\"incr\",\"error\":false", "\"type\":\"incr\",\"error\":true");
        QVERIFY(!verdict(failed, 1764900100).passed);
        // Nothing readable: fails and says so.
        const CriterionResult none = verdict("", 1764900100);
        QVERIFY(!none.passed);
    }

    void backupPrecheckNeedsRoom()
    {
        const OperationPlan p = plan(OperationKind::Backup, backupSpec(), QStringLiteral("full"));
        const Criterion* c = findCriterion(p.prechecks, QStringLiteral("p15.repository"));
        QVERIFY(c);
        const QByteArray info
            = "[{\"name\":\"lab\",\"status\":{\"code\":0,\"message\":\"ok\",\"lock\":{\"backup\":{\"held\":"
              "false}}},\"backup\":[{\"type\":\"full\",\"info\":{\"repository\":{\"size\":1000000000}}}]}]";
        auto verdict = [c](const QByteArray& json, const QByteArray& df) {
            return c->evaluate({{QStringLiteral("backup"), out(json + "\n" + df + "\n")}}).first();
        };
        QVERIFY(verdict(info, "5000000000 10000000000").passed);
        const CriterionResult tight = verdict(info, "1100000000 10000000000");
        QVERIFY(!tight.passed);
        QVERIFY2(tight.likelyCause.contains(QStringLiteral("Free space")), qPrintable(tight.likelyCause));
        QByteArray running = info;
        running.replace("\"held\":false", "\"held\":true");
        const CriterionResult busy = verdict(running, "5000000000 10000000000");
        QVERIFY(!busy.passed);
        QVERIFY2(busy.likelyCause.contains(QStringLiteral("running backup")), qPrintable(busy.likelyCause));
        // A repository with no backup yet (status 2) may take its first one.
        QVERIFY(verdict(
            "[{\"name\":\"lab\",\"status\":{\"code\":2,\"message\":\"no valid backups\"},\"backup\":[]}]",
            "5000000000 10000000000")
                    .passed);
    }

    void drillVerdicts()
    {
        const Runbook rb = buildRunbook(backupSpec());
        const Criterion* c = findCriterion(*rb.phase(6), QStringLiteral("p6.drill"));
        QVERIFY(c);
        // The repository host runs the drill script; the nodes list the primary's marker rows.
        QVERIFY(c->nodeCommands.value(QStringLiteral("backup")).contains(backuppaths::drillScript()));
        QVERIFY(c->nodeCommands.value(QStringLiteral("backup")).contains(QStringLiteral("--mode immediate")));
        QVERIFY(c->command.contains(QStringLiteral("pgpilot_backup_marker")));
        const double start = 1764900000;
        auto verdict = [c](const QByteArray& drill, const QByteArray& primaryRows) {
            QHash<QString, CommandOutput> outputs {{QStringLiteral("backup"), out(drill)},
                {QStringLiteral("pg1"), out("")}, {QStringLiteral("pg2"), out(primaryRows)},
                {QStringLiteral("pg3"), out("")}, {QStringLiteral("pg4"), out("")}};
            return c->evaluate(outputs).first();
        };
        // Marker 7 was written before the backup started, 8 after: the copy must hold 7.
        const QByteArray rows = "8 1764900100\n7 1764899990\n6 1764800000\n";
        QVERIFY(verdict(drillLine(true, start, 7), rows).passed);
        const CriterionResult missing = verdict(drillLine(true, start, 6), rows);
        QVERIFY(!missing.passed);
        QVERIFY2(missing.seen.contains(QStringLiteral("marker 6 found")), qPrintable(missing.seen));
        // The report names the restore's time and the recovery point (the last transaction replayed).
        QVERIFY2(
            missing.seen.contains(QStringLiteral(
                "restored in 30.5 s, answering after 42.5 s; recovery point 2025-12-05 02:01:40.250 UTC")),
            qPrintable(missing.seen));
        // A drill that failed says why.
        const CriterionResult failed = verdict(drillLine(false, start, 0, "the restored copy stopped"), rows);
        QVERIFY(!failed.passed);
        QVERIFY2(failed.seen.contains(QStringLiteral("stopped")), qPrintable(failed.seen));
        // No marker before the backup: nothing proves the row, so it does not pass.
        QVERIFY(!verdict(drillLine(true, start, 9), "9 1764900200\n").passed);
        // pgBackRest's start is cut to the second: a marker of that second precedes the backup
        // (seen as a flaky drill in the lab), one of the next second does not.
        QVERIFY(verdict(drillLine(true, start, 8), "9 1764900001.2\n8 1764900000.4\n7 1764899990\n").passed);
        QVERIFY(!verdict(drillLine(true, start, 7), "8 1764900000.4\n7 1764899990\n").passed);
        // No result line at all (the script could not run).
        QVERIFY(!verdict("python3: not found\n", rows).passed);
    }

    void drillOperationReplaysTheArchive()
    {
        const OperationPlan p = plan(OperationKind::RestoreDrill);
        QVERIFY2(p.valid(), qPrintable(p.error));
        const Criterion* c = findCriterion(p.verification, QStringLiteral("p16.drill"));
        QVERIFY(c);
        QVERIFY(c->nodeCommands.value(QStringLiteral("backup")).contains(QStringLiteral("--mode archive")));
        // With the archive replayed the newest marker must be there, even one after the backup.
        QHash<QString, CommandOutput> outputs {
            {QStringLiteral("backup"), out(drillLine(true, 1764900000, 8))},
            {QStringLiteral("pg1"), out("8 1764900100\n7 1764899990\n")}};
        QVERIFY(c->evaluate(outputs).first().passed);
        outputs.insert(QStringLiteral("backup"), out(drillLine(true, 1764900000, 7)));
        QVERIFY(!c->evaluate(outputs).first().passed);
        QCOMPARE(p.phase.steps.size(), 2); // the marker, then the WAL switch that archives it
    }
    void targetTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("want"); // empty: refused
        QTest::newRow("utc") << "2026-12-05T10:15:00Z"
                             << "2026-12-05 10:15:00.000000+00";
        QTest::newRow("offset") << "2026-12-05T11:15:00+01:00"
                                << "2026-12-05 10:15:00.000000+00";
        QTest::newRow("offset no colon") << "2026-12-05T05:15:00-0500"
                                         << "2026-12-05 10:15:00.000000+00";
        QTest::newRow("fraction") << "2026-12-05 10:15:00.25Z"
                                  << "2026-12-05 10:15:00.250000+00";
        QTest::newRow("no zone") << "2026-12-05T10:15:00"
                                 << "";
        QTest::newRow("date only") << "2026-12-05"
                                   << "";
        QTest::newRow("injection") << "2026-12-05T10:15:00Z'; rm -rf /"
                                   << "";
        QTest::newRow("month 13") << "2026-13-05T10:15:00Z"
                                  << "";
    }
    void targetTimes()
    {
        QFETCH(QString, text);
        QFETCH(QString, want);
        QString error;
        QCOMPARE(restoreTargetTime(text, &error), want);
        QCOMPARE(error.isEmpty(), !want.isEmpty());
        if (!want.isEmpty())
            QVERIFY(plan(OperationKind::Restore, backupSpec(), want).valid());
    }

    void restorePlan()
    {
        QVERIFY(!plan(OperationKind::Restore, backupSpec(), QStringLiteral("2026-12-05T10:15:00Z")).valid());
        const QString t = QStringLiteral("2026-12-05 10:15:00.000000+00");
        const OperationPlan p = plan(OperationKind::Restore, backupSpec(), t);
        QVERIFY2(p.valid(), qPrintable(p.error));
        QVERIFY(p.phase.destructive);
        QVERIFY(p.confirmation.contains(t));
        // The rehearsal comes before anything stops; the restore before the clones.
        QStringList ids;
        for (const Step& s : p.phase.steps)
            ids << s.id;
        QVERIFY2(
            ids.indexOf(QStringLiteral("p17.rehearse")) < ids.indexOf(QStringLiteral("p17.stop-repmgrd")),
            qPrintable(ids.join(QLatin1Char(' '))));
        QVERIFY(ids.indexOf(QStringLiteral("p17.restore")) < ids.indexOf(QStringLiteral("p17.reclone")));
        QVERIFY(ids.last() == QLatin1String("p17.new-full"));
        // The health service's quorum guard would fence the restored primary while it is alone
        // (seen on Debian 12): it stops with repmgrd before PostgreSQL and starts again at the end.
        const auto command = [&](const QString& id) {
            return p.phase.steps.at(ids.indexOf(id)).work.first().actions.first().command;
        };
        QVERIFY2(
            command(QStringLiteral("p17.stop-repmgrd")).contains(QStringLiteral("pgpilot-health.service")),
            qPrintable(command(QStringLiteral("p17.stop-repmgrd"))));
        QVERIFY(
            command(QStringLiteral("p17.start-repmgrd")).contains(QStringLiteral("pgpilot-health.service")));
        QVERIFY(
            ids.indexOf(QStringLiteral("p17.start-repmgrd")) > ids.indexOf(QStringLiteral("p17.reclone")));
        const QString rehearse = p.phase.steps.at(ids.indexOf(QStringLiteral("p17.rehearse")))
                                     .work.first()
                                     .actions.first()
                                     .command;
        QVERIFY2(rehearse.contains(QStringLiteral("--mode time --target '2026-12-05 10:15:00.000000+00'")),
            qPrintable(rehearse));
    }

    void restoreRange()
    {
        const OperationPlan p
            = plan(OperationKind::Restore, backupSpec(), QStringLiteral("2025-12-05 10:15:00+00"));
        const Criterion* c = findCriterion(p.prechecks, QStringLiteral("p17.range"));
        QVERIFY(c);
        // 2025-12-05 10:15 UTC is 1764929700; the oldest backup ended at 1764900000 (02:00 UTC).
        const QByteArray info = "[{\"name\":\"lab\",\"status\":{\"code\":0},\"backup\":["
                                "{\"timestamp\":{\"start\":1764899000,\"stop\":1764900000}}]}]";
        auto verdict = [c](const QByteArray& json, qint64 now) {
            return c->evaluate(
                        {{QStringLiteral("backup"), out(json + "\n" + QByteArray::number(now) + "\n")}})
                .first();
        };
        QVERIFY2(verdict(info, 1764930000).passed, qPrintable(verdict(info, 1764930000).seen));
        const CriterionResult future = verdict(info, 1764929000);
        QVERIFY(!future.passed);
        QVERIFY2(future.likelyCause.contains(QStringLiteral("future")), qPrintable(future.likelyCause));
        QByteArray late = info;
        late.replace("1764900000", "1764930000");
        const CriterionResult tooOld = verdict(late, 1764990000);
        QVERIFY(!tooOld.passed);
        QVERIFY2(
            tooOld.likelyCause.contains(QStringLiteral("oldest recoverable point is 2025-12-05 10:20:00+00")),
            qPrintable(tooOld.likelyCause));
        QVERIFY(!verdict("[{\"name\":\"lab\",\"backup\":[]}]", 1764990000).passed);
    }
};

QTEST_GUILESS_MAIN(TestBackupOps)
#include "tst_backupops.moc"
