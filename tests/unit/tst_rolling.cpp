// SPDX-License-Identifier: GPL-3.0-or-later
// Rolling restart and rolling minor upgrade (issue 20): the order of the plan for whichever node is
// primary, the refusals, the version table, the total write outage.
#include "ops/rolling.h"
#include "ops/writeprobe.h"
#include "runbook/builder.h"
#include "runbookspecs.h"

#include <QProcess>
#include <QTest>

using namespace pgpilot;

namespace {

ClusterSpec spec3()
{
    return runbookTestSpecs().at(1).spec; // pg1 (primary), pg2, pg3; Debian 13
}

OperationRequest rolling(
    OperationKind kind, const QString& to = {}, bool back = false, const QStringList& pkgs = {})
{
    OperationRequest r;
    r.kind = kind;
    r.node = to;
    r.switchBack = back;
    r.packages = pkgs;
    return r;
}

// step ids without "p<n>."
QStringList order(const OperationPlan& p)
{
    QStringList ids;
    for (const Step& s : p.phase.steps)
        ids << s.id.section(QLatin1Char('.'), 1);
    return ids;
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

class TestRolling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restartOrderStandbysThenSwitchoverThenOldPrimary()
    {
        const OperationPlan p
            = buildOperation(spec3(), rolling(OperationKind::RollingRestart), QStringLiteral("pg1"));
        QVERIFY2(p.valid(), qPrintable(p.error));
        // the switchover target (first standby, pg2) is restarted last among the standbys
        QCOMPARE(order(p),
            (QStringList {QStringLiteral("mark"), QStringLiteral("node.pg3"), QStringLiteral("node.pg2"),
                QStringLiteral("switchover.dry-run"), QStringLiteral("switchover.run"),
                QStringLiteral("switchover.wait"), QStringLiteral("old-primary.pg1")}));
        QCOMPARE(p.phase.number, kRollingRestartPhase);
        QCOMPARE(p.newPrimary, QStringLiteral("pg2"));
        for (const Step& s : p.phase.steps) {
            QVERIFY(s.id.startsWith(QStringLiteral("p20.")));
            if (s.id.contains(QLatin1String("node."))) {
                // one node per step, refusing where PostgreSQL is not a standby, restarting, waiting
                QCOMPARE(s.work.size(), 1);
                const QList<Action>& a = s.work.first().actions;
                QVERIFY(a.first().command.contains(QStringLiteral("pg_is_in_recovery")));
                bool restart = false;
                for (const Action& x : a)
                    restart = restart || x.command.contains(QStringLiteral("main restart"));
                QVERIFY(restart);
                QVERIFY(a.last().description.contains(QStringLiteral("caught up")));
            }
        }
        // the old primary is restarted by the switchover itself: its step only waits
        for (const Action& a : p.phase.steps.last().work.first().actions)
            QVERIFY2(!a.command.contains(QStringLiteral("main restart")), qPrintable(a.command));
        // verification: every node restarted after the mark, nothing pending
        bool restarted = false;
        for (const Criterion& c : p.verification.checkpoint)
            restarted = restarted || c.id == QLatin1String("restarted");
        QVERIFY(restarted);
    }

    void planFollowsTheCurrentPrimary()
    {
        // after a failover pg3 is primary: pg1 and pg2 are the standbys, pg1 (first) the target
        const OperationPlan p
            = buildOperation(spec3(), rolling(OperationKind::RollingRestart), QStringLiteral("pg3"));
        QVERIFY2(p.valid(), qPrintable(p.error));
        QCOMPARE(order(p).mid(1, 2), (QStringList {QStringLiteral("node.pg2"), QStringLiteral("node.pg1")}));
        QCOMPARE(order(p).last(), QStringLiteral("old-primary.pg3"));
        QCOMPARE(p.newPrimary, QStringLiteral("pg1"));
        // an explicit target
        const OperationPlan q = buildOperation(spec3(),
            rolling(OperationKind::RollingRestart, QStringLiteral("pg2"), true), QStringLiteral("pg3"));
        QCOMPARE(order(q).mid(1, 2), (QStringList {QStringLiteral("node.pg1"), QStringLiteral("node.pg2")}));
        QCOMPARE(order(q).mid(order(q).size() - 3),
            (QStringList {QStringLiteral("switch-back.dry-run"), QStringLiteral("switch-back.run"),
                QStringLiteral("switch-back.wait")}));
        QCOMPARE(q.newPrimary, QStringLiteral("pg3"));
        QVERIFY(q.confirmation.contains(QStringLiteral("second switchover")));
    }

    void twoNodesSayWritesWaitForTheStandby()
    {
        ClusterSpec two = spec3();
        two.nodes.removeLast();
        const OperationPlan p
            = buildOperation(two, rolling(OperationKind::RollingRestart), QStringLiteral("pg1"));
        QVERIFY2(p.valid(), qPrintable(p.error));
        QVERIFY2(
            p.confirmation.contains(QStringLiteral("every standby is needed")), qPrintable(p.confirmation));
        const OperationPlan three
            = buildOperation(spec3(), rolling(OperationKind::RollingRestart), QStringLiteral("pg1"));
        QVERIFY(!three.confirmation.contains(QStringLiteral("every standby is needed")));
    }

    void refusals()
    {
        OperationPlan p = buildOperation(
            spec3(), rolling(OperationKind::RollingRestart, QStringLiteral("pg1")), QStringLiteral("pg1"));
        QVERIFY(!p.valid());
        QVERIFY2(p.error.contains(QStringLiteral("primary now")), qPrintable(p.error));
        p = buildOperation(spec3(), rolling(OperationKind::RollingRestart, QStringLiteral("pg9")));
        QVERIFY(p.error.contains(QStringLiteral("pg9")));
        p = buildOperation(spec3(), rolling(OperationKind::Upgrade));
        QVERIFY(p.error.contains(QStringLiteral("--packages")));
        p = buildOperation(spec3(), rolling(OperationKind::Upgrade, {}, false, {QStringLiteral("nginx")}));
        QVERIFY(p.error.contains(QStringLiteral("nginx")));
        p = buildOperation(
            spec3(), rolling(OperationKind::RollingRestart, {}, false, {QStringLiteral("haproxy")}));
        QVERIFY(!p.valid());
        QString error;
        QCOMPARE(parseUpgradePackages(QStringLiteral("PostgreSQL, repmgr repmgr,haproxy"), &error),
            (QStringList {
                QStringLiteral("postgresql"), QStringLiteral("repmgr"), QStringLiteral("haproxy")}));
        QVERIFY(parseUpgradePackages(QStringLiteral(" , "), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("--packages")));
        QVERIFY(parseUpgradePackages(QStringLiteral("postgresql;rm -rf /"), &error).isEmpty());
    }

    void upgradePlan()
    {
        const OperationPlan p = buildOperation(spec3(),
            rolling(
                OperationKind::Upgrade, {}, false, {QStringLiteral("postgresql"), QStringLiteral("repmgr")}),
            QStringLiteral("pg1"));
        QVERIFY2(p.valid(), qPrintable(p.error));
        QCOMPARE(p.phase.number, kUpgradePhase);
        QCOMPARE(order(p),
            (QStringList {QStringLiteral("node.pg3"), QStringLiteral("node.pg2"),
                QStringLiteral("switchover.dry-run"), QStringLiteral("switchover.run"),
                QStringLiteral("switchover.wait"), QStringLiteral("old-primary.pg1"),
                QStringLiteral("extension")}));
        // the node steps install only upgrades of the named packages, and are skipped when done
        const NodeWork& w = p.phase.steps.first().work.first();
        QVERIFY(!w.probe.isEmpty());
        bool apt = false;
        for (const Action& a : w.actions) {
            if (a.command.contains(QStringLiteral("install --only-upgrade"))) {
                apt = true;
                QVERIFY(a.command.contains(QStringLiteral("postgresql-17")));
                QVERIFY(a.command.contains(QStringLiteral("postgresql-17-repmgr")));
                QVERIFY(!a.command.contains(QStringLiteral("haproxy")));
            }
        }
        QVERIFY(apt);
        QStringList pre;
        for (const Criterion& c : p.prechecks.checkpoint)
            pre << c.id;
        QVERIFY(pre.contains(QStringLiteral("packages")));
        QVERIFY(pre.contains(QStringLiteral("current-primary")));
        // pgbackrest alone: nothing restarts, no switchover
        const OperationPlan b = buildOperation(spec3(),
            rolling(OperationKind::Upgrade, {}, false, {QStringLiteral("pgbackrest")}),
            QStringLiteral("pg1"));
        QCOMPARE(order(b),
            (QStringList {
                QStringLiteral("node.pg2"), QStringLiteral("node.pg3"), QStringLiteral("node.pg1")}));
        QVERIFY(b.newPrimary.isEmpty());
        // the one rule both the plan and its confirmation follow
        QVERIFY(!rollingNeedsSwitchover(true, {QStringLiteral("pgbackrest")}));
        QVERIFY(rollingNeedsSwitchover(true, {QStringLiteral("pgbackrest"), QStringLiteral("haproxy")}));
        QVERIFY(rollingNeedsSwitchover(false, {}));
        QVERIFY(b.confirmation.contains(QLatin1String("no switchover")));
    }

    void everyCommandIsValidShell()
    {
        for (const OperationRequest& r : {rolling(OperationKind::RollingRestart, {}, true),
                 rolling(OperationKind::Upgrade, {}, true,
                     {QStringLiteral("postgresql"), QStringLiteral("repmgr"), QStringLiteral("haproxy"),
                         QStringLiteral("keepalived"), QStringLiteral("pgbackrest")})}) {
            const OperationPlan p = buildOperation(spec3(), r, QStringLiteral("pg2"));
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
        }
    }

    void packagesCriterionTable()
    {
        const OperationPlan p = buildOperation(spec3(),
            rolling(OperationKind::Upgrade, {}, false, {QStringLiteral("postgresql")}),
            QStringLiteral("pg1"));
        const Criterion* c = nullptr;
        for (const Criterion& x : p.prechecks.checkpoint) {
            if (x.id == QLatin1String("packages"))
                c = &x;
        }
        QVERIFY(c && c->evaluate);
        auto out = [](const char* text) {
            CommandOutput o;
            o.reached = true;
            o.exitCode = 0;
            o.stdOut = text;
            return o;
        };
        QHash<QString, CommandOutput> outputs {{QStringLiteral("pg1"),
                                                   out("postgresql-17|17.6-0+deb13u1|17.6-0+deb13u1+"
                                                       "lab1\nlibpq5|17.6-0+deb13u1|17.6-0+deb13u1+lab1\n")},
            {QStringLiteral("pg2"), out("postgresql-17|17.6-0+deb13u1|17.6-0+deb13u1+lab1\n")},
            {QStringLiteral("pg3"), out("postgresql-17|17.6-0+deb13u1+lab1|17.6-0+deb13u1+lab1\n")}};
        QList<CriterionResult> results = c->evaluate(outputs);
        QCOMPARE(results.size(), 4);
        for (const CriterionResult& r : results)
            QVERIFY2(r.passed, qPrintable(r.node + QStringLiteral(": ") + r.seen));
        QList<OperationCheck> checks;
        for (const CriterionResult& r : results)
            checks << OperationCheck {
                QStringLiteral("packages"), QString(), r.node, r.passed, r.seen, QString()};
        const QList<UpgradeRow> rows = upgradeRows(checks);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first(),
            (UpgradeRow {QStringLiteral("pg1"), QStringLiteral("postgresql-17"),
                QStringLiteral("17.6-0+deb13u1"), QStringLiteral("17.6-0+deb13u1+lab1")}));
        const QString table = upgradeTableText(rows);
        QVERIFY(table.startsWith(QStringLiteral("node")));
        QVERIFY(table.contains(QStringLiteral("(up to date)"))); // pg3 already has it
        QCOMPARE(table.count(QLatin1Char('\n')), 5);
        // different candidates on two nodes: refused
        outputs[QStringLiteral("pg2")] = out("postgresql-17|17.6-0+deb13u1|17.7-1\n");
        results = c->evaluate(outputs);
        QVERIFY(!results.last().passed);
        QVERIFY(results.last().seen.contains(QStringLiteral("pg2")));
        // nothing newer anywhere: refused
        outputs[QStringLiteral("pg1")] = out("postgresql-17|17.6-0+deb13u1|17.6-0+deb13u1\n");
        outputs[QStringLiteral("pg2")] = out("postgresql-17|17.6-0+deb13u1|17.6-0+deb13u1\n");
        outputs[QStringLiteral("pg3")] = out("postgresql-17|17.6-0+deb13u1|17.6-0+deb13u1\n");
        results = c->evaluate(outputs);
        QVERIFY(!results.last().passed);
        QVERIFY(results.last().seen.contains(QStringLiteral("newest")));
    }

    void totalOutageAddsTheSwitchovers()
    {
        using A = WriteProbe::Attempt;
        // two outages (0.5 s and 0.8 s with failures), normal 100 ms gaps between
        const QList<A> attempts {{100, true}, {200, true}, {300, false}, {700, true}, {800, true},
            {900, false}, {1500, false}, {1600, true}, {1700, true}};
        const WriteProbe::Summary s = WriteProbe::summarize(attempts, 1750);
        QCOMPARE(s.outageMs, qint64(800));
        QCOMPARE(s.totalOutageMs, qint64(500 + 800));
        OperationResult r;
        r.request = rolling(OperationKind::RollingRestart);
        r.ok = true;
        r.durationMs = 61000;
        r.writeOutageMs = s.outageMs;
        r.totalOutageMs = s.totalOutageMs;
        r.failedWrites = s.failed;
        QCOMPARE(r.summary(),
            QStringLiteral(
                "Rolling restart: done and verified in 61.0 s, write outage 1.3 s in all, the longest 0.8 s "
                "(3 writes failed)"));
        QCOMPARE(toId(OperationKind::Upgrade), QStringLiteral("upgrade"));
        QCOMPARE(operationKindFromString(QStringLiteral("rolling-restart")), OperationKind::RollingRestart);
    }
};

QTEST_GUILESS_MAIN(TestRolling)
#include "tst_rolling.moc"
