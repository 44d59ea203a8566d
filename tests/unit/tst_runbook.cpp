// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook builder: structure, quoting, secrets, idempotence probes, checkpoint verdicts.
#include "core/shell.h"
#include "exec/executor.h"
#include "exec/job.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"
#include "runbook/criteria.h"
#include "runbook/templates.h"
#include "runbookspecs.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

const Criterion* findCriterion(const Phase& phase, const QString& id)
{
    for (const Criterion& c : phase.checkpoint) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

CommandOutput output(const QByteArray& out, int exitCode = 0)
{
    CommandOutput o;
    o.reached = true;
    o.exitCode = exitCode;
    o.stdOut = out;
    return o;
}

bool allPassed(const QList<CriterionResult>& results)
{
    for (const auto& r : results) {
        if (!r.passed)
            return false;
    }
    return !results.isEmpty();
}

QString shellEcho(const QString& word)
{
    QProcess sh;
    sh.start(
        QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf %s ") + shellQuote(word)});
    sh.waitForFinished();
    return QString::fromUtf8(sh.readAllStandardOutput());
}

} // namespace

class TestRunbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shellQuoteRoundTrips_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << QStringLiteral("/etc/repmgr.conf");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << QStringLiteral("a b");
        QTest::newRow("quote") << QStringLiteral("it's");
        QTest::newRow("shell") << QStringLiteral("$(rm -rf /); `x` \"y\" \\ * ? ~ & | ; < > !");
        QTest::newRow("newline") << QStringLiteral("line1\nline2");
    }
    void shellQuoteRoundTrips()
    {
        QFETCH(QString, word);
        QCOMPARE(shellEcho(word), word);
    }

    void templateSubstitution()
    {
        QStringList missing;
        const QString out
            = substituteTemplate(QStringLiteral("a={{a}} b={{b}} s={{secret:pgpilot:x:y}} {{a}}"),
                {{QStringLiteral("a"), QStringLiteral("{{b}}")}}, &missing);
        // One pass: the value "{{b}}" is not expanded again; secrets stay.
        QCOMPARE(out, QStringLiteral("a={{b}} b= s={{secret:pgpilot:x:y}} {{b}}"));
        QCOMPARE(missing, QStringList {QStringLiteral("b")});
        QVERIFY(!templateText(QStringLiteral("haproxy.cfg")).isEmpty());
    }

    void phasesAndSteps()
    {
        for (const auto& p : runbookTestSpecs()) {
            const Runbook rb = buildRunbook(p.spec);
            QCOMPARE(rb.cluster, p.spec.name);
            // Phase 6 (backups) only with a pgBackRest repository host.
            QCOMPARE(rb.phases.size(), p.spec.hasBackups() ? 7 : 6);
            QSet<QString> ids;
            for (int i = 0; i < rb.phases.size(); ++i) {
                const Phase& phase = rb.phases.at(i);
                QCOMPARE(phase.number, i);
                QVERIFY(!phase.title.isEmpty());
                QVERIFY2(!phase.checkpoint.isEmpty(), qPrintable(phase.title));
                QCOMPARE(phase.destructive, i == 5);
                if (phase.destructive)
                    QVERIFY(phase.confirmation.contains(p.spec.network.vip));
                for (const Step& step : phase.steps) {
                    QVERIFY2(!ids.contains(step.id), qPrintable(step.id));
                    ids.insert(step.id);
                    QVERIFY(!step.work.isEmpty());
                    QVERIFY(!step.onFailureHint.isEmpty());
                    for (const NodeWork& w : step.work)
                        QVERIFY(!w.actions.isEmpty());
                }
                for (const Criterion& c : phase.checkpoint) {
                    QVERIFY(c.evaluate);
                    QVERIFY(!c.command.isEmpty());
                    QVERIFY(!c.nodes.isEmpty());
                }
            }
            QVERIFY(rb.phase(0)->steps.isEmpty()); // pre-flight only checks
        }
    }

    // A re-run on a finished cluster must say "already done" for every step of phases 1-4 and 6:
    // each node's work has a probe. Phase 5 is a test and always runs; so do phase 6's read-only
    // checks and its stanza-create (which keeps a stanza that exists and matches).
    void everyStepHasAProbe()
    {
        const QStringList alwaysRun {
            QStringLiteral("p6.precheck"), QStringLiteral("p6.stanza"), QStringLiteral("p6.check")};
        for (const auto& p : runbookTestSpecs()) {
            const Runbook rb = buildRunbook(p.spec);
            for (const Phase& phase : rb.phases) {
                for (const Step& step : phase.steps) {
                    for (const NodeWork& w : step.work) {
                        if (phase.number == 5 || alwaysRun.contains(step.id))
                            QVERIFY2(w.probe.isEmpty(), qPrintable(step.id));
                        else
                            QVERIFY2(!w.probe.isEmpty(), qPrintable(step.id + QLatin1Char('/') + w.node));
                    }
                }
            }
        }
    }

    // Each file written by a step is covered by that step's probe (its path appears in it).
    void probesCoverWrittenFiles()
    {
        for (const auto& p : runbookTestSpecs()) {
            const Runbook rb = buildRunbook(p.spec);
            for (const Phase& phase : rb.phases) {
                for (const Step& step : phase.steps) {
                    for (const NodeWork& w : step.work) {
                        for (const Action& a : w.actions) {
                            if (a.kind != Action::Kind::WriteFile
                                || a.path.endsWith(QLatin1String(".pgpilot-new")))
                                continue;
                            QVERIFY2(w.probe.contains(a.path),
                                qPrintable(step.id + QStringLiteral(": ") + a.path));
                        }
                    }
                }
            }
        }
    }

    void secretsOnlyAsPlaceholders()
    {
        const ClusterSpec spec = runbookTestSpecs().first().spec; // has an application role
        const Runbook rb = buildRunbook(spec);
        const QStringList expected {QStringLiteral("pgpilot:prod:app-password"),
            QStringLiteral("pgpilot:prod:monitor-password"), QStringLiteral("pgpilot:prod:postgres-ssh-key"),
            QStringLiteral("pgpilot:prod:repmgr-password"), QStringLiteral("pgpilot:prod:stats-password"),
            // Verified TLS (the default): the CA's certificate and each node's certificate and key;
            // never the CA's key, which stays on the workstation.
            QStringLiteral("pgpilot:prod:tls-ca-cert"), QStringLiteral("pgpilot:prod:tls-cert:pg1"),
            QStringLiteral("pgpilot:prod:tls-cert:pg2"), QStringLiteral("pgpilot:prod:tls-cert:pg3"),
            QStringLiteral("pgpilot:prod:tls-key:pg1"), QStringLiteral("pgpilot:prod:tls-key:pg2"),
            QStringLiteral("pgpilot:prod:tls-key:pg3")};
        QCOMPARE(requiredSecrets(rb), expected);
        QVERIFY(!requiredSecrets(rb).contains(tlsCaKeyKey(spec)));
        for (const Phase& phase : rb.phases) {
            for (const Step& step : phase.steps) {
                for (const NodeWork& w : step.work) {
                    QVERIFY(!hasSecretPlaceholder(w.probe.toUtf8()));
                    for (const Action& a : w.actions) {
                        QVERIFY2(!hasSecretPlaceholder(a.command.toUtf8()), qPrintable(step.id));
                        QVERIFY2(!a.command.contains(QLatin1String("PASSWORD")), qPrintable(step.id));
                    }
                }
            }
            for (const Criterion& c : phase.checkpoint)
                QVERIFY(!hasSecretPlaceholder(c.command.toUtf8()));
        }
        // The secret files are private to their owner (.pgpass holds {{pgpass:...}}).
        int secretFiles = 0;
        for (const RenderedFile& f : renderNodeFiles(spec, spec.nodes.first())) {
            // Certificates come from the keychain too, but are public.
            if (hasSecretPlaceholder(f.content) && !f.path.endsWith(QLatin1String(".crt"))) {
                QCOMPARE(f.mode, 0600);
                ++secretFiles;
            }
        }
        QVERIFY(secretFiles >= 1);
    }

    void noTrustAndNoBlindAppend()
    {
        for (const auto& p : runbookTestSpecs()) {
            for (const RenderedFile& f : renderNodeFiles(p.spec, p.spec.nodes.first()))
                QVERIFY2(!f.content.contains(" trust"), qPrintable(f.id));
            const Runbook rb = buildRunbook(p.spec);
            for (const Phase& phase : rb.phases) {
                for (const Step& step : phase.steps) {
                    for (const NodeWork& w : step.work) {
                        for (const Action& a : w.actions)
                            QVERIFY2(!a.command.contains(QLatin1String(">> /etc"))
                                    && !a.command.contains(QLatin1String(">>/etc")),
                                qPrintable(step.id));
                    }
                }
            }
        }
    }

    void erratumFixesInCommands()
    {
        const ClusterSpec spec = runbookTestSpecs().at(2).spec; // debian-12, PostgreSQL 15
        const Runbook rb = buildRunbook(spec);
        QString all;
        for (const Phase& phase : rb.phases) {
            for (const Step& step : phase.steps) {
                for (const NodeWork& w : step.work) {
                    for (const Action& a : w.actions)
                        all += a.command + QLatin1Char('\n') + QString::fromUtf8(a.content)
                            + QLatin1Char('\n');
                }
            }
        }
        // 16; repmgr 5 has no --delete-existing-pgdata (the guide's flag): --force overwrites.
        QVERIFY(all.contains(QLatin1String("standby clone --force --fast-checkpoint")));
        QVERIFY(!all.contains(QLatin1String("--delete-existing-pgdata")));
        // postgres' known_hosts holds the keys pgpilot verified, filled in when sent; nothing scans.
        QVERIFY(all.contains(QLatin1String(kVerifiedHostKeysPlaceholder)));
        QVERIFY(!all.contains(QLatin1String("ssh-keyscan")));
        QVERIFY(all.contains(QLatin1String("--daemonize=false"))); // 3
        QVERIFY(!all.contains(QLatin1String("--no-daemonize")));
        QVERIFY(all.contains(QLatin1String(
            "node rejoin -d \"$ci\" --force-rewind=/usr/local/lib/pgpilot/pg_rewind"))); // 8, 14
        QVERIFY(all.contains(QLatin1String("--config-file=/etc/postgresql/15/main/postgresql.conf"))); // 14
        QVERIFY(all.contains(QLatin1String("option httpchk GET /primary"))); // 1
        QVERIFY(!all.contains(QLatin1String("tcp-check")));
        QVERIFY(all.contains(QLatin1String("track_script"))); // 7
        QVERIFY(all.contains(QLatin1String("visudo -c -q -f"))); // 4
        // 4: full paths; repmgrd promotes through pgpilot's script (docs/quorum.md), the follow
        // command is repmgr's, and both switchover and rejoin use repmgr by full path.
        QVERIFY(all.contains(QLatin1String("promote_command='/usr/bin/python3 /usr/local/lib/pgpilot/"
                                           "pgpilot-health.py promote --node-id ")));
        QVERIFY(all.contains(QLatin1String("--psql /usr/lib/postgresql/15/bin/psql")));
        QVERIFY(
            all.contains(QLatin1String("follow_command='/usr/lib/postgresql/15/bin/repmgr standby follow")));
        // 10: promotion only through the quorum validation, the fence sized for the cluster.
        QVERIFY(all.contains(QLatin1String("failover_validation_command='/usr/bin/python3 "
                                           "/usr/local/lib/pgpilot/pgpilot-health.py validate-candidate")));
        QVERIFY(all.contains(QLatin1String("child_nodes_connected_min_count=2"))); // 4 nodes: floor(4/2)
        QVERIFY(all.contains(QLatin1String("\nmanual\n"))); // 15
        QVERIFY(all.contains(QLatin1String("max_slot_wal_keep_size = '10GB'"))); // 11
        QVERIFY(all.contains(QLatin1String("timeout client 30m"))); // 12
        QVERIFY(all.contains(QLatin1String("deb [trusted=yes] http://10.231.0.1:8080/ ./\n"))); // 13
        QVERIFY(all.contains(QLatin1String("DEBIAN_FRONTEND=noninteractive")));
        QVERIFY(all.contains(QLatin1String("-p 5433")));
        // The standbys are cloned one at a time, after the primary is registered.
        const Phase* p3 = rb.phase(3);
        int registerAt = -1;
        int cloneAt = -1;
        for (int i = 0; i < p3->steps.size(); ++i) {
            if (p3->steps.at(i).id == QLatin1String("p3.register-primary"))
                registerAt = i;
            if (p3->steps.at(i).id == QLatin1String("p3.clone-standbys")) {
                cloneAt = i;
                QVERIFY(p3->steps.at(i).sequential);
                QCOMPARE(p3->steps.at(i).work.size(), 3);
            }
        }
        QVERIFY(registerAt >= 0 && cloneAt > registerAt);
    }

    void checkpointClusterShow()
    {
        const ClusterSpec spec = runbookTestSpecs().first().spec;
        const Runbook rb = buildRunbook(spec);
        const Criterion* c = findCriterion(*rb.phase(3), QStringLiteral("cluster-show"));
        QVERIFY(c);
        QCOMPARE(c->nodes, QStringList {QStringLiteral("pg1")});
        QHash<QString, CommandOutput> outputs;
        outputs.insert(QStringLiteral("pg1"), output("1,0,0\n2,0,1\n3,0,1\n"));
        QVERIFY(allPassed(c->evaluate(outputs)));

        outputs.insert(QStringLiteral("pg1"), output("1,0,0\n2,0,1\n3,-1,-1\n", 25));
        const auto results = c->evaluate(outputs);
        QVERIFY(!allPassed(results));
        bool pg3Failed = false;
        for (const auto& r : results) {
            if (r.node == QLatin1String("pg3")) {
                pg3Failed = !r.passed && !r.likelyCause.isEmpty() && r.seen == QLatin1String("unreachable");
            }
        }
        QVERIFY(pg3Failed);

        outputs.insert(QStringLiteral("pg1"), output("1,0,0\n2,0,0\n3,0,1\n"));
        QVERIFY(!allPassed(c->evaluate(outputs))); // two primaries

        CommandOutput down;
        down.error = QStringLiteral("connection refused");
        outputs.insert(QStringLiteral("pg1"), down);
        const auto unreachable = c->evaluate(outputs);
        QCOMPARE(unreachable.size(), 1);
        QVERIFY(!unreachable.first().passed);
        QCOMPARE(unreachable.first().seen, QStringLiteral("connection refused"));
    }

    void checkpointSettingsAndReplication()
    {
        const ClusterSpec spec = runbookTestSpecs().first().spec;
        const Runbook rb = buildRunbook(spec);
        const Criterion* settings = findCriterion(*rb.phase(2), QStringLiteral("p2.settings"));
        QVERIFY(settings);
        QHash<QString, CommandOutput> outputs;
        // The last field: whether the cluster is in service (repmgr has registered nodes).
        for (const NodeSpec& n : spec.nodes)
            outputs.insert(n.name,
                output(n.role == NodeRole::Primary ? "replica|repmgr|0|f|f\n" : "replica|repmgr|0|t|f\n"));
        QVERIFY(allPassed(settings->evaluate(outputs)));
        // A new cluster pgpilot builds restarts every node in phase 2: nothing may wait.
        const QString primary = spec.nodes.at(spec.primaryIndex()).name;
        outputs.insert(primary, output("replica|repmgr|1|f|f\n"));
        QVERIFY(!allPassed(settings->evaluate(outputs)));
        // Once it is in service phase 2 restarts nothing: the rolling restart applies what waits.
        outputs.insert(primary, output("replica|repmgr|1|f|t\n"));
        const auto waits = settings->evaluate(outputs);
        QVERIFY(allPassed(waits));
        QVERIFY(waits.at(spec.primaryIndex()).seen.contains(QLatin1String("pgpilot rolling-restart")));
        QVERIFY(settings->command.contains(QLatin1String("repmgr.nodes")));
        // The old four-field answer (or anything else) is not taken for a verdict.
        outputs.insert(primary, output("replica|repmgr|0|f\n"));
        QVERIFY(!allPassed(settings->evaluate(outputs)));
        outputs.insert(primary, output("replica|repmgr|0|f|f\n"));
        outputs.insert(QStringLiteral("pg2"), output("replica|pg_stat_statements|0|t|f\n"));
        const auto r = settings->evaluate(outputs);
        QVERIFY(!allPassed(r));
        QCOMPARE(r.at(1).node, QStringLiteral("pg2"));
        QVERIFY(r.at(1).seen.contains(QLatin1String("pg_stat_statements")));

        // Phase 2's restart step: every node at once only while the cluster is not in service.
        const Step* restart = nullptr;
        for (const Step& st : rb.phase(2)->steps) {
            if (st.id == QLatin1String("p2.restart"))
                restart = &st;
        }
        QVERIFY(restart);
        const QString command = restart->work.first().actions.first().command;
        QVERIFY2(command.startsWith(QLatin1String("if runuser -u postgres -- sh -c '[ \"$(")),
            qPrintable(command));
        QVERIFY(command.contains(QLatin1String("repmgr.nodes")));
        QVERIFY(command.contains(QLatin1String("pgpilot rolling-restart")));
        QVERIFY(command.contains(QLatin1String("; else /usr/bin/pg_ctlcluster")));

        const Criterion* repl = findCriterion(*rb.phase(3), QStringLiteral("replication"));
        QVERIFY(repl);
        // A standby that just started retries its WAL receiver every 5 s: the node waits (bounded).
        QVERIFY(repl->command.contains(QLatin1String("deadline=$(( $(date +%s) + 30 ))")));
        QVERIFY(repl->timeoutMs > 30000);
        // The checkpoint of phase 4 follows a step that waits for the VIP and HAProxy's checks.
        const Phase* p4 = rb.phase(4);
        QCOMPARE(p4->steps.last().id, QStringLiteral("p4.wait-vip"));
        QVERIFY(p4->steps.last().work.first().probe.contains(QLatin1String("SELECT pg_is_in_recovery()")));
        outputs.clear();
        outputs.insert(QStringLiteral("pg1"), output("f|2|none\n"));
        outputs.insert(QStringLiteral("pg2"), output("t|0|streaming\n"));
        outputs.insert(QStringLiteral("pg3"), output("t|0|streaming\n"));
        QVERIFY(allPassed(repl->evaluate(outputs)));
        outputs.insert(QStringLiteral("pg1"), output("f|1|none\n"));
        outputs.insert(QStringLiteral("pg3"), output("t|0|none\n"));
        QVERIFY(!allPassed(repl->evaluate(outputs)));
    }

    void checkpointVip()
    {
        const ClusterSpec spec = runbookTestSpecs().first().spec;
        const Runbook rb = buildRunbook(spec);
        const Criterion* c = findCriterion(*rb.phase(4), QStringLiteral("vip"));
        QVERIFY(c);
        const QByteArray base
            = "2: ens3    inet 10.0.1.1%1/24 brd 10.0.1.255 scope global ens3\\       valid_lft forever\n";
        auto addr = [&](int i, bool vip, bool primary) {
            QByteArray out = QByteArray(base).replace("%1", QByteArray::number(i));
            if (vip)
                out += "2: ens3    inet 10.0.1.100/24 scope global secondary ens3\\       valid_lft "
                       "forever\n";
            out += primary ? "recovery=f\n" : "recovery=t\n";
            return output(out);
        };
        QHash<QString, CommandOutput> outputs {{QStringLiteral("pg1"), addr(1, true, true)},
            {QStringLiteral("pg2"), addr(2, false, false)}, {QStringLiteral("pg3"), addr(3, false, false)}};
        QVERIFY(allPassed(c->evaluate(outputs)));
        outputs.insert(QStringLiteral("pg2"), addr(2, true, false));
        const auto r = c->evaluate(outputs);
        QVERIFY(!allPassed(r));
        QVERIFY(!r.at(1).passed);
        QVERIFY(!r.last().passed); // two holders
    }

    void checkpointStatsPageNeedsPgpilotsPassword()
    {
        const ClusterSpec spec = runbookTestSpecs().first().spec;
        const Runbook rb = buildRunbook(spec);
        const Criterion* c = findCriterion(*rb.phase(4), QStringLiteral("haproxy-stats"));
        QVERIFY(c);
        // The password goes on stdin, never into the command.
        QCOMPARE(c->stdinData, secretPlaceholder(statsPasswordKey(spec)).toUtf8() + '\n');
        QVERIFY(!c->command.contains(QLatin1String("{{secret:")));
        auto answers = [](const QByteArray& with, const QByteArray& without) {
            QByteArray out;
            for (int i = 1; i <= 3; ++i) {
                const QByteArray url = "http://10.0.1.1" + QByteArray::number(i) + ":7000/stats;csv";
                out += with + ' ' + url + '\n';
                out += "anonymous " + without + ' ' + url + '\n';
            }
            return output(out);
        };
        auto all = [&](const QByteArray& with, const QByteArray& without) {
            QHash<QString, CommandOutput> outputs;
            for (const QString& n : {QStringLiteral("pg1"), QStringLiteral("pg2"), QStringLiteral("pg3")})
                outputs.insert(n, answers(with, without));
            return c->evaluate(outputs);
        };
        QVERIFY(allPassed(all("200", "401")));
        // Another password on the nodes, or a page open to anyone: both fail, each with its cause.
        const auto wrong = all("401", "401");
        QVERIFY(!allPassed(wrong));
        QVERIFY2(wrong.first().likelyCause.contains(QStringLiteral("phase 4")),
            qPrintable(wrong.first().likelyCause));
        const auto open = all("200", "200");
        QVERIFY(!allPassed(open));
        QVERIFY2(
            open.first().likelyCause.contains(QStringLiteral("stats")), qPrintable(open.first().likelyCause));
    }

    void checkpointClockAndPorts()
    {
        const ClusterSpec spec = runbookTestSpecs().first().spec;
        const Runbook rb = buildRunbook(spec);
        const Criterion* clock = findCriterion(*rb.phase(0), QStringLiteral("p0.clock"));
        QHash<QString, CommandOutput> outputs {{QStringLiteral("pg1"), output("1700000000\n")},
            {QStringLiteral("pg2"), output("1700000002\n")}, {QStringLiteral("pg3"), output("1700000001\n")}};
        QVERIFY(allPassed(clock->evaluate(outputs)));
        outputs.insert(QStringLiteral("pg3"), output("1700000100\n"));
        QVERIFY(!allPassed(clock->evaluate(outputs)));

        const Criterion* ports = findCriterion(*rb.phase(0), QStringLiteral("p0.ports"));
        const QByteArray ours = "LISTEN 0 244 10.0.1.11:5432 0.0.0.0:* users:((\"postgres\",pid=1,fd=6))\n"
                                "LISTEN 0 4096 0.0.0.0:5000 0.0.0.0:* users:((\"haproxy\",pid=2,fd=7))\n"
                                "LISTEN 0 128 0.0.0.0:22 0.0.0.0:* users:((\"sshd\",pid=3,fd=3))\n";
        outputs = {{QStringLiteral("pg1"), output(ours)}, {QStringLiteral("pg2"), output("")},
            {QStringLiteral("pg3"), output("LISTEN 0 5 *:8008 *:* users:((\"nginx\",pid=9,fd=1))\n")}};
        const auto r = ports->evaluate(outputs);
        QVERIFY(r.at(0).passed);
        QVERIFY(r.at(1).passed);
        QVERIFY(!r.at(2).passed);
        QVERIFY(r.at(2).seen.contains(QLatin1String("nginx")));
    }

    // The managed-block rewrite on a copy of /etc/hosts: keeps other lines, replaces its own block,
    // and its probe says "done" afterwards - also after a second run.
    void managedBlockIsIdempotent()
    {
        const Runbook rb = buildRunbook(runbookTestSpecs().first().spec);
        const Step& step = rb.phase(1)->steps.first();
        QCOMPARE(step.id, QStringLiteral("p1.hosts"));
        QTemporaryDir dir;
        const QString hosts = dir.path() + QStringLiteral("/hosts");
        QFile f(hosts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("127.0.0.1 localhost\n# BEGIN pgpilot prod - old\n10.9.9.9 pg1\n# END pgpilot prod\n::1 "
                "ip6-localhost\n");
        f.close();
        auto sh = [&](const QString& command) {
            QProcess p;
            QString c = command;
            c.replace(QStringLiteral("/etc/hosts"), hosts);
            p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), c});
            p.waitForFinished();
            return p.exitCode();
        };
        const NodeWork& w = step.work.first();
        QVERIFY(sh(w.probe) != 0);
        for (int run = 0; run < 2; ++run) {
            QCOMPARE(sh(w.actions.first().command), 0);
            QCOMPARE(sh(w.probe), 0);
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("127.0.0.1 localhost\n::1 ip6-localhost\n# BEGIN pgpilot prod"));
        QCOMPARE(text.count("# BEGIN pgpilot prod"), 1);
        QVERIFY(!text.contains("10.9.9.9"));
        QVERIFY(text.contains("10.0.1.13 pg3\n# END pgpilot prod\n"));
    }

    void exportScriptIsValidShell()
    {
        for (const auto& p : runbookTestSpecs()) {
            const auto scripts = exportScripts(buildRunbook(p.spec));
            QCOMPARE(scripts.size(), p.spec.hosts().size()); // the repository host too
            for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
                QVERIFY(it.value().startsWith(QLatin1String("#!/bin/sh\n")));
                QVERIFY(
                    it.value().contains(QLatin1String("{{secret:")) || it.key() != p.spec.nodes.first().name);
                QProcess sh;
                sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-n")});
                sh.write(it.value().toUtf8());
                sh.closeWriteChannel();
                QVERIFY(sh.waitForFinished());
                QVERIFY2(sh.exitCode() == 0,
                    qPrintable(p.profile + QLatin1Char('/') + it.key() + QStringLiteral(": ")
                        + QString::fromUtf8(sh.readAllStandardError())));
            }
        }
    }

    // Probes and commands parse as shell.
    void commandsAreValidShell()
    {
        for (const auto& p : runbookTestSpecs()) {
            const Runbook rb = buildRunbook(p.spec);
            QStringList snippets;
            for (const Phase& phase : rb.phases) {
                for (const Step& step : phase.steps) {
                    for (const NodeWork& w : step.work) {
                        snippets << w.probe;
                        for (const Action& a : w.actions)
                            snippets << a.command;
                    }
                }
                for (const Criterion& c : phase.checkpoint)
                    snippets << c.command;
            }
            for (const QString& s : snippets) {
                if (s.isEmpty())
                    continue;
                QProcess sh;
                sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), QStringLiteral("-c"), s});
                QVERIFY(sh.waitForFinished());
                QVERIFY2(sh.exitCode() == 0,
                    qPrintable(s + QStringLiteral("\n") + QString::fromUtf8(sh.readAllStandardError())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRunbook)
#include "tst_runbook.moc"
