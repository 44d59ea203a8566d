// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/operationrunner.h"
#include "ops/writeprobe.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"
#include "runbookspecs.h"

#include <QProcess>
#include <QTest>

using namespace pgpilot;

namespace {
ClusterSpec debian13Spec()
{
    return runbookTestSpecs().at(1).spec;
}

// The same worksheet with a fourth node row (the "add a standby" case).
ClusterSpec fourNodeSpec()
{
    ClusterSpec spec = debian13Spec();
    NodeSpec n = spec.nodes.last();
    n.name = QStringLiteral("pg4");
    n.address = QStringLiteral("10.0.0.14");
    n.role = NodeRole::Standby;
    n.ssh.hostKeyFingerprint.clear();
    spec.nodes.append(n);
    return spec;
}

OperationPlan plan(
    OperationKind kind, const QString& node, const ClusterSpec& spec = debian13Spec(), bool reclone = false)
{
    OperationRequest r;
    r.kind = kind;
    r.node = node;
    r.reclone = reclone;
    return buildOperation(spec, r, QStringLiteral("pg1"));
}

QStringList commandsOn(const Phase& phase, const QString& node)
{
    QStringList list;
    for (const Step& s : phase.steps) {
        for (const NodeWork& w : s.work) {
            if (w.node != node)
                continue;
            for (const Action& a : w.actions)
                list << (a.kind == Action::Kind::Run ? a.command : QStringLiteral("write ") + a.path);
        }
    }
    return list;
}

void verifyShell(const QString& command)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), QStringLiteral("-c"), command});
    QVERIFY(sh.waitForFinished(5000));
    QVERIFY2(sh.exitCode() == 0,
        qPrintable(command + QStringLiteral("\n") + QString::fromUtf8(sh.readAllStandardError())));
}
} // namespace

class TestOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void switchoverRunsOnTheTargetOnly()
    {
        const ClusterSpec spec = debian13Spec();
        const Phase op = buildSwitchover(spec, QStringLiteral("pg2"));
        QCOMPARE(op.number, kSwitchoverPhase);
        QVERIFY(op.destructive);
        QVERIFY(op.confirmation.contains(QStringLiteral("pg2")));
        QCOMPARE(op.steps.size(), 3);
        for (const Step& step : op.steps) {
            QCOMPARE(step.work.size(), 1);
            QCOMPARE(step.work.first().node, QStringLiteral("pg2"));
            QVERIFY(!step.onFailureHint.isEmpty());
        }
        const Action& dry = op.steps.at(0).work.first().actions.last();
        QVERIFY(dry.command.contains(QStringLiteral("standby switchover --siblings-follow --dry-run")));
        QCOMPARE(dry.runAs, QStringLiteral("postgres"));
        const Action& real = op.steps.at(1).work.first().actions.first();
        QVERIFY(real.command.contains(QStringLiteral("standby switchover --siblings-follow")));
        QVERIFY(!real.command.contains(QStringLiteral("--dry-run")));
        QVERIFY(!op.checkpoint.isEmpty());
    }

    void unknownTargetGivesNothingToRun()
    {
        QVERIFY(buildSwitchover(debian13Spec(), QStringLiteral("pg9")).steps.isEmpty());
        const OperationPlan p = plan(OperationKind::Fence, QStringLiteral("pg9"));
        QVERIFY(!p.valid());
        QVERIFY(p.error.contains(QStringLiteral("pg9")));
        QVERIFY(p.phase.steps.isEmpty());
    }

    void kindsByName()
    {
        QCOMPARE(operationKindFromString(QStringLiteral("unfence")), OperationKind::Rejoin);
        for (OperationKind k : {OperationKind::Switchover, OperationKind::Rejoin, OperationKind::Fence,
                 OperationKind::AddStandby, OperationKind::RemoveStandby})
            QCOMPARE(operationKindFromString(toId(k)), k);
        QVERIFY(!operationKindFromString(QStringLiteral("apply")));
        QCOMPARE(operationPhaseNumber(OperationKind::Switchover), kSwitchoverPhase);
        QCOMPARE(operationPhaseNumber(OperationKind::RemoveStandby), kRemoveStandbyPhase);
    }

    void switchoverPlanHasPrechecksStepsAndVerification()
    {
        const OperationPlan p = plan(OperationKind::Switchover, QStringLiteral("pg2"));
        QVERIFY(p.valid());
        QCOMPARE(p.newPrimary, QStringLiteral("pg2"));
        QCOMPARE(p.oldPrimary, QStringLiteral("pg1"));
        // the confirmation names the old and the new primary and what clients see
        QVERIFY(p.confirmation.contains(QStringLiteral("pg1")));
        QVERIFY(p.confirmation.contains(QStringLiteral("pg2")));
        QVERIFY(p.confirmation.contains(QStringLiteral(":5000")));
        QStringList ids;
        for (const Criterion& c : p.prechecks.checkpoint)
            ids << c.id;
        QCOMPARE(ids,
            (QStringList {QStringLiteral("reach"), QStringLiteral("current-primary"),
                QStringLiteral("target-streaming"), QStringLiteral("repmgrd"), QStringLiteral("postgres-ssh"),
                QStringLiteral("dry-run")}));
        QVERIFY(p.prechecks.steps.isEmpty());
        QCOMPARE(p.phase.number, kSwitchoverPhase);
        for (const Step& s : p.phase.steps)
            QVERIFY2(s.id.startsWith(QStringLiteral("p8.")), qPrintable(s.id));
        // the guard that the target is a running standby comes before repmgr's switchover
        const QList<Action>& run = p.phase.steps.first().work.first().actions;
        QVERIFY(run.first().command.contains(QStringLiteral("pg_is_in_recovery")));
        QVERIFY(run.last().command.contains(QStringLiteral("standby switchover --siblings-follow")));
        QStringList verify;
        for (const Criterion& c : p.verification.checkpoint)
            verify << c.id;
        QVERIFY(verify.contains(QStringLiteral("write-port-target")));
        QVERIFY(verify.contains(QStringLiteral("replication")));
        QVERIFY(verify.contains(QStringLiteral("port-5001")));
    }

    void currentPrimaryCriterionNamesTheOnlyPrimary()
    {
        const OperationPlan p = plan(OperationKind::Switchover, QStringLiteral("pg2"));
        const Criterion* c = nullptr;
        for (const Criterion& x : p.prechecks.checkpoint) {
            if (x.id == QLatin1String("current-primary"))
                c = &x;
        }
        QVERIFY(c);
        auto out = [](const QByteArray& text) {
            CommandOutput o;
            o.reached = true;
            o.exitCode = 0;
            o.stdOut = text;
            return o;
        };
        QHash<QString, CommandOutput> outputs {{QStringLiteral("pg1"), out("t\n")},
            {QStringLiteral("pg2"), out("t\n")}, {QStringLiteral("pg3"), out("f\n")}};
        QList<CriterionResult> r = c->evaluate(outputs);
        QCOMPARE(r.size(), 1);
        QVERIFY(r.first().passed);
        QCOMPARE(r.first().node, QStringLiteral("pg3"));
        outputs[QStringLiteral("pg1")] = out("f\n"); // split brain: refused
        r = c->evaluate(outputs);
        QVERIFY(!r.first().passed);
        QVERIFY(r.first().seen.contains(QStringLiteral("pg1")));
        QVERIFY(r.first().seen.contains(QStringLiteral("pg3")));
    }

    void targetStreamingNeedsSmallLag()
    {
        const OperationPlan p = plan(OperationKind::Switchover, QStringLiteral("pg2"));
        const Criterion* c = nullptr;
        for (const Criterion& x : p.prechecks.checkpoint) {
            if (x.id == QLatin1String("target-streaming"))
                c = &x;
        }
        QVERIFY(c);
        auto out = [](const QByteArray& text) {
            CommandOutput o;
            o.reached = true;
            o.exitCode = 0;
            o.stdOut = text;
            return o;
        };
        QHash<QString, CommandOutput> outputs {{QStringLiteral("pg1"), out("false|streaming:1024\n")},
            {QStringLiteral("pg2"), out("true|\n")}, {QStringLiteral("pg3"), out("true|\n")}};
        QVERIFY(c->evaluate(outputs).first().passed);
        outputs[QStringLiteral("pg1")] = out("false|streaming:99999999\n");
        QVERIFY(!c->evaluate(outputs).first().passed);
        outputs[QStringLiteral("pg1")] = out("false|none\n");
        QVERIFY(!c->evaluate(outputs).first().passed);
        outputs[QStringLiteral("pg1")] = out("false|catchup:0\n");
        QVERIFY(!c->evaluate(outputs).first().passed);
    }

    void rejoinNeverStartsThePrimary()
    {
        const OperationPlan p = plan(OperationKind::Rejoin, QStringLiteral("pg1"));
        QVERIFY(p.valid());
        QStringList ids;
        for (const Step& s : p.phase.steps) {
            ids << s.id;
            QCOMPARE(s.work.size(), 1);
            QCOMPARE(s.work.first().node, QStringLiteral("pg1"));
        }
        QCOMPARE(ids,
            (QStringList {QStringLiteral("p9.hold"), QStringLiteral("p9.unfence"),
                QStringLiteral("p9.clean-shutdown"), QStringLiteral("p9.rejoin"),
                QStringLiteral("p9.repmgrd"), QStringLiteral("p9.wait-streaming")}));
        const QString all = commandsOn(p.phase, QStringLiteral("pg1")).join(QLatin1Char('\n'));
        // PostgreSQL is started only by repmgr node rejoin (which writes standby.signal first)
        QVERIFY(!all.contains(QStringLiteral("main start")));
        QVERIFY(all.contains(QStringLiteral("node rejoin -d \"$ci\" --force-rewind=")));
        // a crashed node is brought to a clean shutdown with Debian's config file (erratum 14)
        QVERIFY(all.contains(QStringLiteral("--single")));
        QVERIFY(all.contains(QStringLiteral("config_file=/etc/postgresql/17/main/postgresql.conf")));
        // the fence is lifted while PostgreSQL stays stopped
        QVERIFY(all.contains(QStringLiteral("systemctl unmask postgresql@17-main.service")));
        QVERIFY(p.confirmation.contains(QStringLiteral("never as a primary")));
        QStringList pre;
        for (const Criterion& c : p.prechecks.checkpoint)
            pre << c.id;
        QVERIFY(pre.contains(QStringLiteral("current-primary")));
        // the current primary is looked for among the other nodes only
        for (const Criterion& c : p.prechecks.checkpoint) {
            if (c.id == QLatin1String("current-primary"))
                QVERIFY(!c.nodes.contains(QStringLiteral("pg1")));
        }
    }

    void recloneWarnsAndClones()
    {
        const OperationPlan p = plan(OperationKind::Rejoin, QStringLiteral("pg3"), debian13Spec(), true);
        QVERIFY(p.confirmation.startsWith(QStringLiteral("WARNING")));
        const QString all = commandsOn(p.phase, QStringLiteral("pg3")).join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("standby clone --force")));
        QVERIFY(!all.contains(QStringLiteral("node rejoin")));
        // start only after the clone wrote standby.signal
        QVERIFY(all.indexOf(QStringLiteral("standby clone")) < all.indexOf(QStringLiteral("main start")));
    }

    void fenceKeepsPostgresStopped()
    {
        const OperationPlan p = plan(OperationKind::Fence, QStringLiteral("pg1"));
        const QString all = commandsOn(p.phase, QStringLiteral("pg1")).join(QLatin1Char('\n'));
        QVERIFY(all.contains(fenceMarkerPath()));
        QVERIFY(all.contains(QStringLiteral("write /etc/postgresql/17/main/start.conf")));
        QVERIFY(all.contains(QStringLiteral("systemctl mask postgresql@17-main.service")));
        QVERIFY(all.contains(QStringLiteral("pg_ctl stop -D /var/lib/postgresql/17/main -m fast")));
        bool disabled = false;
        for (const Step& s : p.phase.steps) {
            for (const Action& a : s.work.first().actions) {
                if (a.path.endsWith(QLatin1String("start.conf")))
                    disabled = a.content.endsWith("disabled\n");
            }
        }
        QVERIFY(disabled);
        // only the fenced node is touched: it works when the others are unreachable
        for (const Step& s : p.phase.steps)
            QCOMPARE(s.work.size(), 1);
        QCOMPARE(p.prechecks.checkpoint.size(), 1);
        QCOMPARE(p.prechecks.checkpoint.first().nodes, QStringList {QStringLiteral("pg1")});
    }

    void addStandbyTouchesOthersOnlyForSharedConfig()
    {
        const OperationPlan p = plan(OperationKind::AddStandby, QStringLiteral("pg4"), fourNodeSpec());
        QVERIFY2(p.valid(), qPrintable(p.error));
        // Shared: names, keys, proxies, and what depends on the cluster's size (quorum, fence,
        // the validation's majority): a 3-node setting left on the others after pg4 joins would
        // let two of four nodes elect.
        const QSet<QString> shared {QStringLiteral("p11.hosts"), QStringLiteral("p11.hba"),
            QStringLiteral("p11.ssh-key"), QStringLiteral("p11.known-hosts"), QStringLiteral("p11.haproxy"),
            QStringLiteral("p11.keepalived"), QStringLiteral("p11.dropin"), QStringLiteral("p11.repmgr-conf"),
            QStringLiteral("p11.health")};
        bool cloned = false;
        for (const Step& s : p.phase.steps) {
            QVERIFY2(s.id.startsWith(QStringLiteral("p11.")), qPrintable(s.id));
            QVERIFY(!s.work.isEmpty());
            if (!shared.contains(s.id)) {
                QCOMPARE(s.work.size(), 1);
                QCOMPARE(s.work.first().node, QStringLiteral("pg4"));
            } else {
                QCOMPARE(s.work.size(), 4);
            }
            if (s.id == QLatin1String("p11.keepalived")) {
                for (const NodeWork& w : s.work)
                    QVERIFY2(
                        w.actions.last().command.contains(QStringLiteral("reload-or-restart keepalived")),
                        qPrintable(w.actions.last().command));
            }
            cloned = cloned || s.id == QLatin1String("p11.clone");
            QVERIFY(s.id != QLatin1String("p11.register-primary"));
        }
        QVERIFY(cloned);
        // every node's repmgr.conf counts four nodes
        bool sized = false;
        for (const Step& s : p.phase.steps) {
            if (s.id != QLatin1String("p11.repmgr-conf"))
                continue;
            for (const NodeWork& w : s.work) {
                const QString all = QString::fromUtf8(w.actions.first().content);
                QVERIFY2(all.contains(QStringLiteral("--nodes 4")), qPrintable(w.node));
                QVERIFY2(
                    all.contains(QStringLiteral("child_nodes_connected_min_count=2")), qPrintable(w.node));
                sized = true;
            }
        }
        QVERIFY(sized);
        // the others' HAProxy learns pg4
        for (const Step& s : p.phase.steps) {
            if (s.id != QLatin1String("p11.haproxy"))
                continue;
            for (const NodeWork& w : s.work) {
                const auto cfg = std::find_if(w.actions.cbegin(), w.actions.cend(),
                    [](const Action& a) { return a.content.contains("frontend pg_write"); });
                QVERIFY2(cfg != w.actions.cend() && cfg->content.contains("pg4"), qPrintable(w.node));
            }
        }
    }

    void removeStandbyOnlyTheLastRow()
    {
        QVERIFY(!plan(OperationKind::RemoveStandby, QStringLiteral("pg2"), fourNodeSpec()).valid());
        ClusterSpec two = debian13Spec();
        two.nodes.removeLast();
        QVERIFY(!plan(OperationKind::RemoveStandby, QStringLiteral("pg2"), two).valid()); // no standby left
        const OperationPlan p = plan(OperationKind::RemoveStandby, QStringLiteral("pg4"), fourNodeSpec());
        QVERIFY2(p.valid(), qPrintable(p.error));
        bool haproxy = false;
        for (const Step& s : p.phase.steps) {
            if (s.id == QLatin1String("p12.haproxy")) {
                haproxy = true;
                QCOMPARE(s.work.size(), 3);
                for (const NodeWork& w : s.work) {
                    QVERIFY(w.node != QLatin1String("pg4"));
                    QVERIFY(!w.actions.first().content.contains("pg4"));
                }
            }
            if (s.id == QLatin1String("p12.unregister"))
                QVERIFY(s.work.first().actions.first().command.contains(QStringLiteral("--node-id=4")));
        }
        QVERIFY(haproxy);
    }

    void everyCommandIsValidShell()
    {
        const ClusterSpec four = fourNodeSpec();
        QList<OperationPlan> plans {plan(OperationKind::Switchover, QStringLiteral("pg3")),
            plan(OperationKind::Rejoin, QStringLiteral("pg1")),
            plan(OperationKind::Rejoin, QStringLiteral("pg2"), debian13Spec(), true),
            plan(OperationKind::Fence, QStringLiteral("pg2")),
            plan(OperationKind::AddStandby, QStringLiteral("pg4"), four),
            plan(OperationKind::RemoveStandby, QStringLiteral("pg4"), four)};
        for (const OperationPlan& p : plans) {
            QVERIFY2(p.valid(), qPrintable(p.error));
            for (const Phase* phase : {&p.prechecks, &p.verification}) {
                for (const Criterion& c : phase->checkpoint)
                    verifyShell(c.command);
            }
            for (const Step& s : p.phase.steps) {
                for (const NodeWork& w : s.work) {
                    if (!w.probe.isEmpty())
                        verifyShell(w.probe);
                    for (const Action& a : w.actions) {
                        if (a.kind == Action::Kind::Run)
                            verifyShell(a.command);
                    }
                }
            }
            QVERIFY(!operationCommandsText(p).isEmpty());
        }
    }

    void commandsTextShowsEveryStep()
    {
        const OperationPlan p = plan(OperationKind::Rejoin, QStringLiteral("pg1"));
        const QString text = operationCommandsText(p);
        for (const Step& s : p.phase.steps)
            QVERIFY2(text.contains(s.id), qPrintable(s.id));
        QVERIFY(text.contains(QStringLiteral("Pre-checks")));
        QVERIFY(text.contains(QStringLiteral("Verification")));
    }

    void outageIsTheLongestGapWithoutAWrite()
    {
        using A = WriteProbe::Attempt;
        // ok every 100 ms, then 1.8 s of failures, then ok again
        QList<A> attempts {
            {100, true}, {200, true}, {300, false}, {1000, false}, {2000, false}, {2100, true}, {2200, true}};
        WriteProbe::Summary s = WriteProbe::summarize(attempts, 2250);
        QCOMPARE(s.outageMs, qint64(1900));
        QCOMPARE(s.outageStartMs, qint64(200));
        QCOMPARE(s.ok, 4);
        QCOMPARE(s.failed, 3);
        QVERIFY(s.lastOk);
        // an outage lasting until the end counts up to the end
        s = WriteProbe::summarize({{100, true}, {200, false}}, 5000);
        QCOMPARE(s.outageMs, qint64(4900));
        QVERIFY(!s.lastOk);
        // no write ever acknowledged: not measured
        s = WriteProbe::summarize({{100, false}}, 5000);
        QCOMPARE(s.outageMs, qint64(-1));
        QCOMPARE(s.failed, 1);
    }

    void resultSummaryAndTimelineEvent()
    {
        OperationResult r;
        r.request.kind = OperationKind::Switchover;
        r.request.node = QStringLiteral("pg2");
        r.ok = true;
        r.durationMs = 8100;
        r.writeOutageMs = 1900;
        r.failedWrites = 12;
        QCOMPARE(r.summary(),
            QStringLiteral(
                "Switchover to pg2: done and verified in 8.1 s, write outage 1.9 s (12 writes failed)"));
        const ClusterEvent e = operationEvent(r, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        QCOMPARE(e.kind, ClusterEvent::Kind::Operation);
        QCOMPARE(e.node, QStringLiteral("pg2"));
        QCOMPARE(e.text, r.summary());
        r.ok = false;
        r.refused = true;
        r.error = QStringLiteral("pg2 streams from the primary [pg2]: catchup");
        QVERIFY(r.summary().contains(QStringLiteral("refused, nothing changed")));
        QVERIFY(r.summary().contains(QStringLiteral("catchup")));
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
