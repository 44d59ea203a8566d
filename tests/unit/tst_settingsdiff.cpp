// SPDX-License-Identifier: GPL-3.0-or-later
// The settings diff (worksheet against what the nodes report) on pg_settings rows of real
// PostgreSQL 15 and 17 servers, before and after pgpilot's settings file was written and
// reloaded: reload, restart, pending restart, overridden by ALTER SYSTEM, refused, removed; the
// table; what is left for the rolling restart; what the DBA can do next (ops/settingsinspect.h).
#include "ops/settingsinspect.h"
#include "pgsettingsrows.h"
#include "settings/settingsdiff.h"
#include "testconfig.h"
#include "testspecs.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace pgpilot;

namespace {

const SettingChange* find(const SettingsDiff& diff, const QString& node, const QString& name)
{
    for (const SettingChange& c : diff.changes) {
        if (c.node == node && c.name == name)
            return &c;
    }
    return nullptr;
}

// The worksheet as it was when the fixtures' file was written (log_min_duration_statement since
// removed from it).
ClusterSpec appliedSpec()
{
    ClusterSpec spec = validTestSpec();
    spec.settings.postgresql = {
        {QStringLiteral("shared_buffers"), QStringLiteral("256MB")},
        {QStringLiteral("work_mem"), QStringLiteral("64MB")},
        {QStringLiteral("max_connections"), QStringLiteral("50000000")},
        {QStringLiteral("jit"), QStringLiteral("off")},
        {QStringLiteral("random_page_cost"), QStringLiteral("1.1")},
        {QStringLiteral("wal_compression"), QStringLiteral("zstd")},
    };
    return spec;
}

QHash<QString, QList<PgSetting>> everyNode(const ClusterSpec& spec, const QList<PgSetting>& rows)
{
    QHash<QString, QList<PgSetting>> byNode;
    for (const NodeSpec& n : spec.nodes)
        byNode.insert(n.name, rows);
    return byNode;
}

} // namespace

class TestSettingsDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void beforeTheFileIsWritten()
    {
        ClusterSpec spec = validTestSpec();
        spec.settings.postgresql = {
            {QStringLiteral("shared_buffers"), QStringLiteral("2GB")},
            {QStringLiteral("work_mem"), QStringLiteral("64MB")},
            {QStringLiteral("effective_io_concurrency"), QStringLiteral("1")}, // the server's value already
            {QStringLiteral("max_connections"), QStringLiteral("50")},
            {QStringLiteral("work_mem_typo"), QStringLiteral("1MB")},
        };
        const SettingsDiff diff
            = diffSettings(spec, everyNode(spec, pgSettingsRows(QStringLiteral("pg17-rows.json"))));
        QCOMPARE(diff.changes.size(), 15); // 5 parameters on 3 nodes
        const SettingChange* sb = find(diff, QStringLiteral("pg2"), QStringLiteral("shared_buffers"));
        QVERIFY(sb);
        QCOMPARE(sb->status, SettingChange::Status::Restart);
        QCOMPARE(sb->current, QStringLiteral("128MB"));
        QCOMPARE(sb->wanted, QStringLiteral("2GB"));
        QCOMPARE(sb->applyBy, ApplyBy::Restart);
        QVERIFY(!sb->lowersStandbyBound);
        QCOMPARE(find(diff, QStringLiteral("pg1"), QStringLiteral("work_mem"))->status,
            SettingChange::Status::Reload);
        QCOMPARE(find(diff, QStringLiteral("pg1"), QStringLiteral("effective_io_concurrency"))->status,
            SettingChange::Status::InEffect);
        const SettingChange* mc = find(diff, QStringLiteral("pg3"), QStringLiteral("max_connections"));
        QCOMPARE(mc->status, SettingChange::Status::Restart);
        QVERIFY(mc->lowersStandbyBound); // 100 -> 50: the primary first
        const SettingChange* typo = find(diff, QStringLiteral("pg1"), QStringLiteral("work_mem_typo"));
        QCOMPARE(typo->status, SettingChange::Status::Invalid);
        QVERIFY2(typo->problem.contains(QLatin1String("not a parameter of this server")),
            qPrintable(typo->problem));
        QVERIFY(diff.hasInvalid());
        QVERIFY(diff.needsReload());
        QVERIFY(diff.needsRestart());

        const QString text = settingsDiffText(diff);
        QVERIFY2(
            text.contains(QRegularExpression(QStringLiteral("shared_buffers +all +128MB +2GB +restart\\n"))),
            qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("work_mem +all +4MB +64MB +reload\\n"))),
            qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(
                     QStringLiteral("max_connections +all +100 +50 +restart \\(primary first\\)"))),
            qPrintable(text));
        QVERIFY2(
            text.contains(QLatin1String("! work_mem_typo (every node): work_mem_typo is not a parameter")),
            qPrintable(text));

        // Before anything is written, the restart is predicted from the contexts.
        const RestartNeed need = restartNeeded(diff);
        QVERIFY(need.needed);
        QCOMPARE(need.parameters,
            QStringList({QStringLiteral("max_connections"), QStringLiteral("shared_buffers")}));
        QCOMPARE(
            need.nodes, QStringList({QStringLiteral("pg1"), QStringLiteral("pg2"), QStringLiteral("pg3")}));
        QCOMPARE(need.lowered, QStringList {QStringLiteral("max_connections")});
    }

    void afterTheFileWasReloaded()
    {
        const ClusterSpec spec = appliedSpec();
        QHash<QString, QList<PgSetting>> byNode
            = everyNode(spec, pgSettingsRows(QStringLiteral("pg17-applied.json")));
        byNode.insert(QStringLiteral("pg3"), pgSettingsRows(QStringLiteral("pg15-applied.json")));
        const SettingsDiff diff = diffSettings(spec, byNode);

        QCOMPARE(find(diff, QStringLiteral("pg1"), QStringLiteral("shared_buffers"))->status,
            SettingChange::Status::PendingRestart);
        for (const char* name : {"work_mem", "jit", "wal_compression"})
            QCOMPARE(find(diff, QStringLiteral("pg1"), QString::fromLatin1(name))->status,
                SettingChange::Status::InEffect);
        // The value the file holds but the server refused: its range says why.
        const SettingChange* mc = find(diff, QStringLiteral("pg2"), QStringLiteral("max_connections"));
        QCOMPARE(mc->status, SettingChange::Status::Invalid);
        QVERIFY2(mc->problem.contains(QLatin1String("1 to 262143")), qPrintable(mc->problem));
        // ALTER SYSTEM on the 17 nodes wins over the file; the 15 node has the file's value.
        const SettingChange* rpc = find(diff, QStringLiteral("pg1"), QStringLiteral("random_page_cost"));
        QCOMPARE(rpc->status, SettingChange::Status::Overridden);
        QVERIFY2(rpc->problem.contains(QLatin1String("ALTER SYSTEM RESET random_page_cost")),
            qPrintable(rpc->problem));
        // it names what overrides the file, not the parameter again
        QVERIFY2(rpc->problem.startsWith(QLatin1String("ALTER SYSTEM sets it to")), qPrintable(rpc->problem));
        QCOMPARE(find(diff, QStringLiteral("pg3"), QStringLiteral("random_page_cost"))->status,
            SettingChange::Status::InEffect);
        // Still in the file, gone from the worksheet: back to the default at the next reload.
        const SettingChange* removed
            = find(diff, QStringLiteral("pg3"), QStringLiteral("log_min_duration_statement"));
        QVERIFY(removed);
        QVERIFY(removed->wanted.isEmpty());
        QCOMPARE(removed->current, QStringLiteral("250ms"));
        QCOMPARE(removed->status, SettingChange::Status::Reload);

        const QString text = settingsDiffText(diff);
        // Nodes that differ get a line each.
        QVERIFY2(
            text.contains(QRegularExpression(QStringLiteral("random_page_cost +pg1 +2 +1.1 +OVERRIDDEN\\n"))),
            qPrintable(text));
        QVERIFY2(
            text.contains(QRegularExpression(QStringLiteral("random_page_cost +pg3 +1.1 +1.1 +nothing\\n"))),
            qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(
                     QStringLiteral("log_min_duration_statement +all +250ms +\\(default\\) +reload\\n"))),
            qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(
                     QStringLiteral("shared_buffers +all +128MB +256MB +restart \\(pending\\)"))),
            qPrintable(text));

        const RestartNeed need = restartNeeded(diff);
        QVERIFY(need.needed);
        QCOMPARE(need.parameters, QStringList {QStringLiteral("shared_buffers")});
        QCOMPARE(need.byNode.value(QStringLiteral("pg3")), QStringList {QStringLiteral("shared_buffers")});
        QVERIFY(need.lowered.isEmpty());
        const QString advice = restartAdvice(need, QStringLiteral("prod.json"));
        QVERIFY2(
            advice.contains(QLatin1String("pgpilot rolling-restart prod.json --yes")), qPrintable(advice));
        QVERIFY2(advice.contains(QLatin1String("shared_buffers (on pg1, pg2, pg3)")), qPrintable(advice));
    }

    void nothingToDo()
    {
        ClusterSpec spec = validTestSpec();
        spec.settings.postgresql = {{QStringLiteral("work_mem"), QStringLiteral("4MB")}};
        const SettingsDiff diff
            = diffSettings(spec, everyNode(spec, pgSettingsRows(QStringLiteral("pg15-rows.json"))));
        QVERIFY(!diff.hasInvalid());
        QVERIFY(!diff.needsReload());
        QVERIFY(!diff.needsRestart());
        QCOMPARE(restartNeeded(diff), RestartNeed());
        QVERIFY(restartAdvice(restartNeeded(diff), QStringLiteral("prod.json")).isEmpty());
        QVERIFY2(settingsDiffText(diff).contains(
                     QRegularExpression(QStringLiteral("work_mem +all +4MB +4MB +nothing"))),
            qPrintable(settingsDiffText(diff)));

        const SettingsDiff empty = diffSettings(
            validTestSpec(), everyNode(spec, pgSettingsRows(QStringLiteral("pg15-rows.json"))));
        QVERIFY(empty.changes.isEmpty());
        QVERIFY(settingsDiffText(empty).contains(QLatin1String("sets no PostgreSQL parameter")));
    }

    void aNodeNotRead()
    {
        const ClusterSpec spec = appliedSpec();
        QHash<QString, QList<PgSetting>> byNode
            = everyNode(spec, pgSettingsRows(QStringLiteral("pg17-rows.json")));
        byNode.remove(QStringLiteral("pg2"));
        const SettingsDiff diff = diffSettings(spec, byNode);
        QVERIFY(diff.hasInvalid());
        QVERIFY(diff.nodeErrors.contains(QStringLiteral("pg2")));
        QVERIFY(!find(diff, QStringLiteral("pg2"), QStringLiteral("work_mem")));
        QVERIFY2(settingsDiffText(diff).contains(QLatin1String("! pg2: its settings were not read")),
            qPrintable(settingsDiffText(diff)));
    }
    // Removed from the worksheet and from pgpilot's file, but still waiting for a restart: listed
    // (the read asks for every pending_restart parameter), so the restart is not forgotten.
    void pendingAfterRemoval()
    {
        ClusterSpec spec = validTestSpec();
        spec.settings.postgresql = {{QStringLiteral("work_mem"), QStringLiteral("64MB")}};
        QList<PgSetting> rows = pgSettingsRows(QStringLiteral("pg17-applied.json"));
        for (PgSetting& r : rows) {
            if (r.name == QLatin1String("shared_buffers")) {
                r.inSettingsFile = false;
                r.fileValue.clear();
                r.fileError.clear();
                QVERIFY(r.pendingRestart);
            }
        }
        rows.removeIf(
            [](const PgSetting& r) { return r.inSettingsFile && r.name != QLatin1String("work_mem"); });
        const SettingsDiff diff = diffSettings(spec, everyNode(spec, rows));
        const SettingChange* sb = find(diff, QStringLiteral("pg2"), QStringLiteral("shared_buffers"));
        QVERIFY(sb);
        QCOMPARE(sb->status, SettingChange::Status::PendingRestart);
        QCOMPARE(worksheetValueText(*sb), QStringLiteral("(not on the worksheet)"));
        QVERIFY2(settingsDiffText(diff).contains(QRegularExpression(QStringLiteral(
                     "shared_buffers +all +128MB +\\(not on the worksheet\\) +restart \\(pending\\)"))),
            qPrintable(settingsDiffText(diff)));
        QCOMPARE(restartNeeded(diff).parameters, QStringList {QStringLiteral("shared_buffers")});
        QVERIFY(settingsQuerySql({QStringLiteral("work_mem")}, QStringLiteral("/x.conf"))
                    .contains(QLatin1String("SELECT name FROM pg_settings WHERE pending_restart")));
    }

    // What the Settings dialog offers, from real servers' rows at each stage of a change.
    void whatToDoNext()
    {
        ClusterSpec spec = validTestSpec();
        spec.settings.postgresql = {{QStringLiteral("shared_buffers"), QStringLiteral("256MB")},
            {QStringLiteral("work_mem"), QStringLiteral("64MB")}};
        SettingsInspection before;
        before.diff = diffSettings(spec, everyNode(spec, pgSettingsRows(QStringLiteral("pg17-rows.json"))));
        QCOMPARE(settingsNextAction(before), SettingsAction::Apply);
        QString text = settingsActionText(before);
        QVERIFY2(
            text.contains(QLatin1String("a reload of PostgreSQL on every node puts work_mem into effect")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("still needed for shared_buffers")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("rolling restart")), qPrintable(text));
        // one row per parameter: every node agrees
        const QList<SettingsRow> rows = settingsRows(before.diff);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).change.name, QStringLiteral("shared_buffers"));
        QVERIFY(rows.at(0).change.node.isEmpty());
        QCOMPARE(rows.at(0).needs, QStringLiteral("restart"));
        QCOMPARE(rows.at(1).needs, QStringLiteral("reload"));

        // Written and reloaded: only the restart is left.
        ClusterSpec applied = appliedSpec();
        applied.settings.postgresql = {{QStringLiteral("shared_buffers"), QStringLiteral("256MB")},
            {QStringLiteral("work_mem"), QStringLiteral("64MB")},
            {QStringLiteral("jit"), QStringLiteral("off")},
            {QStringLiteral("wal_compression"), QStringLiteral("zstd")}};
        SettingsInspection written;
        written.diff
            = diffSettings(applied, everyNode(applied, pgSettingsRows(QStringLiteral("pg17-applied.json"))));
        // the fixture's file still holds parameters this worksheet no longer names: a reload first
        QCOMPARE(settingsNextAction(written), SettingsAction::Apply);
        SettingsInspection pendingOnly = written;
        pendingOnly.diff.changes.removeIf(
            [](const SettingChange& c) { return c.status != SettingChange::Status::PendingRestart; });
        QCOMPARE(settingsNextAction(pendingOnly), SettingsAction::RollingRestart);
        text = settingsActionText(pendingOnly);
        QVERIFY2(text.contains(QLatin1String(
                     "a restart of PostgreSQL on pg1, pg2, pg3 is still needed for shared_buffers")),
            qPrintable(text));

        // A routing file that differs is something to apply even when PostgreSQL has nothing.
        SettingsInspection routing;
        routing.routing << RoutingFileState {QStringLiteral("HAProxy"),
            QStringLiteral("/etc/haproxy/haproxy.cfg"), {QStringLiteral("pg2")}, {}};
        QCOMPARE(settingsNextAction(routing), SettingsAction::Apply);
        QVERIFY2(settingsActionText(routing).contains(QLatin1String("HAProxy reloaded with the new timings")),
            qPrintable(settingsActionText(routing)));
        QVERIFY2(routingStateText(routing.routing.first()).contains(QLatin1String("differs on pg2")),
            qPrintable(routingStateText(routing.routing.first())));
        QCOMPARE(settingsNextAction(SettingsInspection {}), SettingsAction::Nothing);

        // A value the servers refuse, a lowered standby bound: no button, the reason.
        SettingsInspection refused = before;
        refused.diff.nodeErrors.insert(QStringLiteral("pg3"), QStringLiteral("no answer"));
        QCOMPARE(settingsNextAction(refused), SettingsAction::Correct);
        SettingsInspection lowered = pendingOnly;
        lowered.diff.changes.first().lowersStandbyBound = true;
        QCOMPARE(settingsNextAction(lowered), SettingsAction::PrimaryFirst);
        QVERIFY2(
            settingsActionText(lowered).contains(QLatin1String("primary must restart with the lower value")),
            qPrintable(settingsActionText(lowered)));
    }
};

QTEST_GUILESS_MAIN(TestSettingsDiff)
#include "tst_settingsdiff.moc"
