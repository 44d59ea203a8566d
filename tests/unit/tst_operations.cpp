#include "runbook/builder.h"
#include "runbookspecs.h"

#include <QProcess>
#include <QTest>

using namespace pgpilot;

namespace {
ClusterSpec debian13Spec()
{
    return runbookTestSpecs().at(1).spec;
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

    void everyCommandIsValidShell()
    {
        const Phase op = buildSwitchover(debian13Spec(), QStringLiteral("pg3"));
        for (const Step& step : op.steps) {
            for (const Action& a : step.work.first().actions) {
                QProcess sh;
                sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), QStringLiteral("-c"), a.command});
                QVERIFY(sh.waitForFinished(5000));
                QVERIFY2(sh.exitCode() == 0,
                    qPrintable(
                        a.command + QStringLiteral("\n") + QString::fromUtf8(sh.readAllStandardError())));
            }
        }
    }

    void unknownTargetGivesNothingToRun()
    {
        QVERIFY(buildSwitchover(debian13Spec(), QStringLiteral("pg9")).steps.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
