// SPDX-License-Identifier: GPL-3.0-or-later
// The settings section in the runbook: conf.d/pgpilot-settings.conf, the timings in haproxy.cfg and
// keepalived.conf, phase 2's settings step and checkpoint, and the phases of pgpilot settings
// --apply (reloads only, Keepalived one node at a time with the primary last).
#include "runbook/builder.h"
#include "runbook/configfiles.h"
#include "runbook/settingsfiles.h"
#include "settings/pgparameters.h"
#include "testspecs.h"

#include <QTest>

using namespace pgpilot;

namespace {

const Step* findStep(const Phase& phase, const QString& id)
{
    for (const Step& s : phase.steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Criterion* findCriterion(const Phase& phase, const QString& id)
{
    for (const Criterion& c : phase.checkpoint) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

CommandOutput answered(const QByteArray& out)
{
    CommandOutput o;
    o.reached = true;
    o.exitCode = 0;
    o.stdOut = out;
    return o;
}

// One node's rows as settingsQuerySql() prints them.
QByteArray row(const QString& name, const QString& setting, const QString& current, bool pending = false,
    const QString& fileValue = {})
{
    return QStringLiteral(
        "{\"name\": \"%1\", \"known\": true, \"vartype\": \"integer\", \"unit\": \"kB\", "
        "\"min_val\": \"64\", \"max_val\": \"2147483647\", \"enumvals\": null, \"context\": "
        "\"%2\", \"setting\": \"%3\", \"current\": \"%4\", \"pending_restart\": %5, "
        "\"sourcefile\": null, \"in_file\": %6, \"file_setting\": %7, \"file_error\": null, "
        "\"file_applied\": %8}")
        .arg(name,
            name == QLatin1String("shared_buffers") ? QStringLiteral("postmaster") : QStringLiteral("user"),
            setting, current, pending ? QStringLiteral("true") : QStringLiteral("false"),
            fileValue.isEmpty() ? QStringLiteral("false") : QStringLiteral("true"),
            fileValue.isEmpty() ? QStringLiteral("null") : QStringLiteral("\"%1\"").arg(fileValue),
            fileValue.isEmpty() || pending ? QStringLiteral("false") : QStringLiteral("true"))
        .toUtf8();
}

} // namespace

class TestSettingsRunbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeSyntax()
    {
        QCOMPARE(haproxyTime(1000), QStringLiteral("1s"));
        QCOMPARE(haproxyTime(500), QStringLiteral("500ms"));
        QCOMPARE(haproxyTime(1500), QStringLiteral("1500ms"));
        QCOMPARE(haproxyTime(1800000), QStringLiteral("30m"));
        QCOMPARE(haproxyTime(90000), QStringLiteral("90s"));
        QCOMPARE(keepalivedSeconds(200), QStringLiteral("0.2"));
        QCOMPARE(keepalivedSeconds(50), QStringLiteral("0.05"));
        QCOMPARE(keepalivedSeconds(1000), QStringLiteral("1"));
        QCOMPARE(keepalivedSeconds(1500), QStringLiteral("1.5"));
    }

    void settingsFile()
    {
        ClusterSpec spec = validTestSpec();
        const NodeSpec node = spec.nodes.at(1);
        RenderedFile f = render::postgresSettings(spec, node);
        QCOMPARE(f.path, QStringLiteral("/etc/postgresql/17/main/conf.d/pgpilot-settings.conf"));
        QCOMPARE(f.owner, QStringLiteral("postgres"));
        QCOMPARE(f.group, QStringLiteral("postgres"));
        QCOMPARE(f.mode, 0644);
        QVERIFY(f.content.contains("# The worksheet sets none"));
        QVERIFY(!f.content.contains(" = "));

        spec.settings.postgresql = {{QStringLiteral("work_mem"), QStringLiteral("64MB")},
            {QStringLiteral("log_line_prefix"), QStringLiteral("%m [%p] ")},
            {QStringLiteral("auto_explain.log_min_duration"), QStringLiteral("250ms")}};
        f = render::postgresSettings(spec, node);
        const QString text = QString::fromUtf8(f.content);
        QVERIFY2(text.endsWith(QStringLiteral("auto_explain.log_min_duration = '250ms'\n"
                                              "log_line_prefix = '%m [%p] '\n"
                                              "work_mem = '64MB'\n")),
            qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("sets none")));
        QVERIFY(text.startsWith(QLatin1String("# Managed by pgpilot (cluster prod)")));
        // Among the files a node gets, right after pgpilot's own drop-in.
        const QList<RenderedFile> files = renderNodeFiles(spec, node);
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (files.at(i).id == QLatin1String("pgpilot-settings.conf")) {
                QCOMPARE(files.at(i - 1).id, QStringLiteral("pgpilot.conf"));
                QCOMPARE(files.at(i).content, f.content);
            }
        }
    }

    void timingsInTheirFiles()
    {
        ClusterSpec spec = validTestSpec();
        const NodeSpec node = spec.nodes.first();
        const QString defaultHaproxy = QString::fromUtf8(render::haproxyCfg(spec, node).content);
        const QString defaultKeepalived = QString::fromUtf8(render::keepalivedConf(spec, node).content);
        QVERIFY(defaultHaproxy.contains(QLatin1String("default-server inter 1s fastinter 1s downinter 500ms "
                                                      "fall 3 rise 1 on-marked-down shutdown-sessions")));
        QVERIFY(defaultHaproxy.contains(QLatin1String("    timeout connect 5s\n")));
        QVERIFY(defaultHaproxy.contains(QLatin1String("    timeout client 30m\n    timeout server 30m\n")));
        QVERIFY(defaultKeepalived.contains(QLatin1String("    advert_int 0.2\n")));

        spec.settings.haproxy = {2000, 250, 4, 2, 3000, 1500, 3600, 7200};
        spec.settings.keepalived = {500, 2, 5, 4, 2};
        const QString haproxy = QString::fromUtf8(render::haproxyCfg(spec, node).content);
        QCOMPARE(haproxy.count(QLatin1String(
                     "default-server inter 2s fastinter 2s downinter 250ms fall 4 rise 2 on-marked-down "
                     "shutdown-sessions")),
            2);
        QVERIFY(haproxy.contains(QLatin1String("    timeout connect 3s\n")));
        QVERIFY(haproxy.contains(QLatin1String("    timeout client 60m\n")));
        QVERIFY(haproxy.contains(QLatin1String("    timeout server 120m\n")));
        QVERIFY(haproxy.contains(QLatin1String("    timeout check 1500ms\n")));
        QVERIFY(
            haproxy.contains(QLatin1String("settings.haproxy): an UP server every 2 s and down after 4\n")));
        QVERIFY(!haproxy.contains(QLatin1String("every 1 s")));
        const QString keepalived = QString::fromUtf8(render::keepalivedConf(spec, node).content);
        QVERIFY(keepalived.contains(QLatin1String("    advert_int 0.5\n")));
        QVERIFY(keepalived.contains(
            QLatin1String("    interval 2\n    timeout 5\n    weight 0\n    fall 4\n    rise 2\n")));
        QVERIFY(keepalived.contains(QLatin1String("claims the VIP 1.5 s (3 adverts)")));
        QVERIFY(keepalived.contains(
            QLatin1String("# Every 2 s (the worksheet's settings.keepalived); the VIP leaves after 4")));
        // Everything else is as before: only the timing lines and their comments differ.
        auto settingLines = [](const QString& text) {
            QStringList lines;
            for (const QString& line : text.split(QLatin1Char('\n'))) {
                if (!line.trimmed().startsWith(QLatin1Char('#')))
                    lines << line;
            }
            return lines;
        };
        auto changedLines = [&settingLines](const QString& before, const QString& after) {
            const QStringList a = settingLines(before);
            const QStringList b = settingLines(after);
            if (a.size() != b.size())
                return -1;
            int changed = 0;
            for (qsizetype i = 0; i < a.size(); ++i)
                changed += a.at(i) != b.at(i) ? 1 : 0;
            return changed;
        };
        QCOMPARE(changedLines(defaultHaproxy, haproxy), 6); // four timeouts, two default-server lines
        QCOMPARE(changedLines(defaultKeepalived, keepalived), 5); // interval, timeout, fall, rise, advert_int
    }

    void phaseTwo()
    {
        ClusterSpec spec = validTestSpec();
        spec.settings.postgresql = {{QStringLiteral("work_mem"), QStringLiteral("64MB")},
            {QStringLiteral("shared_buffers"), QStringLiteral("2GB")}};
        const Runbook rb = buildRunbook(spec);
        const Phase* p2 = rb.phase(2);
        QVERIFY(p2);
        const Step* settings = findStep(*p2, QStringLiteral("p2.settings"));
        QVERIFY(settings);
        QCOMPARE(settings->work.size(), spec.nodes.size());
        const NodeWork& w = settings->work.first();
        QCOMPARE(w.probeRunAs, QStringLiteral("postgres"));
        QCOMPARE(w.actions.size(), 3);
        QCOMPARE(w.actions.at(1).kind, Action::Kind::WriteFile);
        QVERIFY(w.actions.at(1).content.contains("shared_buffers = '2GB'\nwork_mem = '64MB'\n"));
        const Action& check = w.actions.at(2);
        QCOMPARE(check.effect, Action::ServiceEffect::Reload);
        QCOMPARE(check.runAs, QStringLiteral("postgres"));
        QVERIFY(check.command.contains(QLatin1String("pg_reload_conf()")));
        QVERIFY(check.command.contains(QLatin1String("pg_conf_load_time()")));
        QVERIFY(check.command.contains(QLatin1String("mv -f \"$f.prev\" \"$f\"")));
        QVERIFY(check.command.contains(QLatin1String("NOT coalesce(s.pending_restart, false)")));
        // Written before postgresql.conf's overriding lines are commented out (their names included).
        const Step* overrides = findStep(*p2, QStringLiteral("p2.conf-overrides"));
        QVERIFY(overrides);
        QVERIFY(settings < overrides);
        QVERIFY(overrides->work.first().probe.contains(QLatin1String(" shared_buffers work_mem")));
        const Criterion* values = findCriterion(*p2, QStringLiteral("p2.values"));
        QVERIFY(values);
        QCOMPARE(values->runAs, QStringLiteral("postgres"));
        QVERIFY(values->command.contains(
            QLatin1String("ARRAY['\\''shared_buffers'\\'','\\''work_mem'\\'']::text[]")));

        // The criterion: in effect or waiting for a restart passes; not applied fails after the write.
        QHash<QString, CommandOutput> outputs;
        for (const NodeSpec& n : spec.nodes)
            outputs.insert(n.name,
                answered("["
                    + row(QStringLiteral("work_mem"), QStringLiteral("65536"), QStringLiteral("64MB"), false,
                        QStringLiteral("64MB"))
                    + ", "
                    + row(QStringLiteral("shared_buffers"), QStringLiteral("16384"), QStringLiteral("128MB"),
                        true, QStringLiteral("2GB"))
                    + "]"));
        auto results = values->evaluate(outputs);
        QCOMPARE(results.size(), spec.nodes.size());
        for (const CriterionResult& r : results) {
            QVERIFY2(r.passed, qPrintable(r.seen));
            QVERIFY2(r.seen.contains(QLatin1String("1 in effect; waiting for a restart: shared_buffers")),
                qPrintable(r.seen));
        }
        outputs.insert(QStringLiteral("pg2"),
            answered("[" + row(QStringLiteral("work_mem"), QStringLiteral("4096"), QStringLiteral("4MB"))
                + ", "
                + row(QStringLiteral("shared_buffers"), QStringLiteral("16384"), QStringLiteral("128MB"))
                + "]"));
        results = values->evaluate(outputs);
        QVERIFY(!results.at(1).passed);
        QVERIFY2(results.at(1).seen.contains(
                     QLatin1String("not applied: shared_buffers (restart), work_mem (reload)")),
            qPrintable(results.at(1).seen));
        QVERIFY(results.at(0).passed);

        // Without parameters: the file is still written (emptied), but no criterion asks for values.
        const Runbook none = buildRunbook(validTestSpec());
        QVERIFY(findStep(*none.phase(2), QStringLiteral("p2.settings")));
        QVERIFY(!findCriterion(*none.phase(2), QStringLiteral("p2.values")));
    }

    void applyPhases()
    {
        ClusterSpec spec = validTestSpec();
        spec.settings.postgresql = {{QStringLiteral("work_mem"), QStringLiteral("64MB")}};
        spec.settings.keepalived.advertIntMs = 300;
        const OperationPhases ops = buildSettingsPhases(spec);
        QCOMPARE(ops.steps.number, kSettingsPhase);
        QCOMPARE(ops.prechecks.number, kSettingsPhase);
        QStringList ids;
        for (const Step& s : ops.steps.steps)
            ids << s.id;
        QCOMPARE(ids,
            QStringList({QStringLiteral("p22.postgres"), QStringLiteral("p22.conf-overrides"),
                QStringLiteral("p22.haproxy"), QStringLiteral("p22.keepalived")}));
        // Reloads, never a restart; a file already as rendered is left alone (the probe).
        for (const Step& s : ops.steps.steps) {
            for (const NodeWork& w : s.work) {
                QVERIFY2(!w.probe.isEmpty(), qPrintable(s.id));
                for (const Action& a : w.actions) {
                    QVERIFY2(a.effect != Action::ServiceEffect::Restart, qPrintable(a.description));
                    QVERIFY2(!a.command.contains(QLatin1String("systemctl restart"))
                            && !a.command.contains(QLatin1String("main restart")),
                        qPrintable(a.command));
                }
            }
        }
        const Step* keepalived = findStep(ops.steps, QStringLiteral("p22.keepalived"));
        QVERIFY(keepalived->sequential);
        QCOMPARE(keepalived->work.last().node, spec.nodes.at(spec.primaryIndex()).name);
        QVERIFY(
            keepalived->work.first().actions.last().command == QLatin1String("systemctl reload keepalived"));
        QVERIFY(keepalived->work.first().actions.first().content.contains("advert_int 0.3\n"));
        const Step* haproxy = findStep(ops.steps, QStringLiteral("p22.haproxy"));
        QCOMPARE(haproxy->work.first().actions.last().command, QStringLiteral("systemctl reload haproxy"));
        QVERIFY(haproxy->work.first().actions.at(1).command.contains(QLatin1String("haproxy -c -q -f")));

        QVERIFY(findCriterion(ops.prechecks, QStringLiteral("reach")));
        QVERIFY(findCriterion(ops.prechecks, QStringLiteral("settings-values")));
        QVERIFY(findCriterion(ops.verification, QStringLiteral("settings-in-effect")));
        // The pre-check refuses a value the server does not take.
        const Criterion* pre = findCriterion(ops.prechecks, QStringLiteral("settings-values"));
        QHash<QString, CommandOutput> outputs;
        for (const NodeSpec& n : spec.nodes)
            outputs.insert(n.name,
                answered("[" + row(QStringLiteral("work_mem"), QStringLiteral("4096"), QStringLiteral("4MB"))
                    + "]"));
        for (const CriterionResult& r : pre->evaluate(outputs))
            QVERIFY2(r.passed && r.seen.contains(QLatin1String("to apply: work_mem (reload)")),
                qPrintable(r.seen));
        outputs.insert(QStringLiteral("pg3"), answered(R"([{"name": "work_mem", "known": false}])"));
        const auto refused = pre->evaluate(outputs);
        QVERIFY(!refused.at(2).passed);
        QVERIFY2(refused.at(2).likelyCause.contains(QLatin1String("not a parameter of this server")),
            qPrintable(refused.at(2).likelyCause));
        CommandOutput down;
        down.reached = true;
        down.exitCode = 2;
        down.stdErr = "psql: error: connection to server on socket failed";
        outputs.insert(QStringLiteral("pg3"), down);
        QVERIFY(!pre->evaluate(outputs).at(2).passed);

        // The read the command runs itself: the same query, as postgres.
        const QString read = settingsReadCommand(spec);
        QVERIFY(read.contains(QLatin1String("/usr/lib/postgresql/17/bin/psql")));
        QVERIFY(read.contains(QLatin1String("ARRAY['\\''work_mem'\\'']::text[]")));
        QVERIFY(read.contains(QLatin1String("pg_file_settings")));
    }
};

QTEST_GUILESS_MAIN(TestSettingsRunbook)
#include "tst_settingsrunbook.moc"
