// SPDX-License-Identifier: GPL-3.0-or-later
// ClusterServices and OperationRunner without a network: the secret key they agree on, what an
// operation's result changes, the timeline severity, and an operation refused before any
// connection exists.
#include "exec/clustersession.h"
#include "monitor/clustermonitor.h"
#include "ops/operationrunner.h"
#include "runbook/configfiles.h"
#include "secrets/memorysecretstore.h"
#include "services/clusterservices.h"
#include "testspecs.h"

#include <QSignalSpy>
#include <QTest>

using namespace pgpilot;

class TestClusterServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repmgrPasswordKeyIsTheRunbooksKey()
    {
        ClusterSpec spec = validTestSpec();
        spec.repmgrPasswordRef.clear();
        MemorySecretStore secrets;
        ClusterServices services(spec, &secrets);
        // No reference in the worksheet: the default name, the same one the runbook writes.
        QCOMPARE(services.repmgrPasswordKey(), repmgrPasswordKey(spec));
        QCOMPARE(services.repmgrPasswordKey(), spec.secretKey(QStringLiteral("repmgr-password")));
        spec.repmgrPasswordRef = QStringLiteral("pgpilot:elsewhere:repmgr");
        ClusterServices withRef(spec, &secrets);
        QCOMPARE(withRef.repmgrPasswordKey(), QStringLiteral("pgpilot:elsewhere:repmgr"));
    }

    void readRepmgrPasswordSaysWhichKeyIsMissing()
    {
        ClusterSpec spec = validTestSpec();
        spec.repmgrPasswordRef.clear();
        MemorySecretStore secrets;
        ClusterServices services(spec, &secrets);
        QString error;
        QByteArray value;
        bool done = false;
        services.readRepmgrPassword([&](const QByteArray& v, const QString& e) {
            value = v;
            error = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(value.isEmpty());
        QVERIFY2(error.contains(services.repmgrPasswordKey()), qPrintable(error));
        secrets.writeNow(services.repmgrPasswordKey(), "pw-123");
        done = false;
        services.readRepmgrPassword([&](const QByteArray& v, const QString& e) {
            value = v;
            error = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(value, QByteArray("pw-123"));
        QVERIFY(error.isEmpty());
    }

    void removeStandbyDropsTheRowOthersChangeNothing()
    {
        ClusterSpec spec = validTestSpec();
        const QString last = spec.nodes.last().name;
        OperationResult result;
        result.request = {OperationKind::RemoveStandby, last, false, {}};
        result.ok = true;
        const auto after = ClusterServices::specAfter(spec, result);
        QVERIFY(after);
        QCOMPARE(after->nodes.size(), spec.nodes.size() - 1);
        for (const NodeSpec& n : after->nodes)
            QVERIFY(n.name != last);
        result.ok = false;
        QVERIFY(!ClusterServices::specAfter(spec, result));
        result.ok = true;
        result.request.kind = OperationKind::Fence;
        QVERIFY(!ClusterServices::specAfter(spec, result));
    }

    void timelineCarriesTheResultsSeverity()
    {
        ClusterSpec spec = validTestSpec();
        MemorySecretStore secrets;
        ClusterServices services(spec, &secrets);
        ClusterMonitor* monitor = ClusterMonitor::fromSpec(spec, "unused", {}, &services);
        services.setMonitor(monitor);
        QSignalSpy events(monitor, &ClusterMonitor::eventsAdded);
        OperationResult failed;
        failed.request = {OperationKind::Switchover, spec.nodes.at(1).name, false, {}};
        failed.ok = false;
        failed.error = QStringLiteral("step p8.switchover on pg2: repmgr refused");
        QVERIFY(!services.applyOperationResult(failed));
        OperationResult done = failed;
        done.ok = true;
        done.error.clear();
        services.applyOperationResult(done);
        QCOMPARE(events.count(), 2);
        const auto first = events.at(0).at(0).value<QList<ClusterEvent>>();
        const auto second = events.at(1).at(0).value<QList<ClusterEvent>>();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().severity, Severity::Critical); // as operationEvent says, in every path
        QCOMPARE(first.first().kind, ClusterEvent::Kind::Operation);
        QCOMPARE(second.first().severity, operationEvent(done).severity);
    }

    void operationRefusedWithoutAConnection()
    {
        // A session that was never opened: the runner refuses at the pre-checks, says why and
        // what to do, and finishes once with refused=true; nothing is sent anywhere.
        ClusterSpec spec = validTestSpec();
        MemorySecretStore secrets;
        ClusterSession session(spec, &secrets);
        OperationRunner runner(&session, {OperationKind::Switchover, spec.nodes.at(1).name, false, {}});
        QVERIFY(runner.id() > 0);
        OperationRunner other(&session, {OperationKind::Fence, spec.nodes.at(2).name, false, {}});
        QVERIFY(other.id() != runner.id());
        QSignalSpy prechecks(&runner, &OperationRunner::prechecksDone);
        QSignalSpy finished(&runner, &OperationRunner::finished);
        runner.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(prechecks.count(), 1);
        QCOMPARE(prechecks.first().at(1).toBool(), false);
        const auto checks = prechecks.first().at(0).value<QList<OperationCheck>>();
        QCOMPARE(checks.size(), 1);
        QVERIFY2(
            checks.first().seen.contains(QStringLiteral("Not connected")), qPrintable(checks.first().seen));
        QVERIFY(!checks.first().hint.isEmpty());
        const auto result = finished.first().first().value<OperationResult>();
        QVERIFY(result.refused);
        QVERIFY(!result.ok);
        QCOMPARE(runner.state(), OperationRunner::State::Finished);
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1); // one finished, never two
    }

    void secretsAreNeverMadeUpWithoutAskingTheNodes()
    {
        // The keychain lacks the secrets pgpilot would make up, and the session cannot ask the
        // nodes (never opened): both callers, asking at the same time, get the one refusal, and
        // nothing is written to the store.
        ClusterSpec spec = validTestSpec();
        MemorySecretStore secrets;
        ClusterSession session(spec, &secrets);
        QStringList answers;
        int calls = 0;
        for (int i = 0; i < 2; ++i) {
            session.prepareSecrets([&](const QString& error) {
                ++calls;
                answers << error;
            });
        }
        QTRY_COMPARE(calls, 2);
        QTest::qWait(100);
        QCOMPARE(calls, 2); // each caller answered once
        QCOMPARE(answers.at(0), answers.at(1));
        QVERIFY2(answers.at(0).contains(QStringLiteral("makes none up")), qPrintable(answers.at(0)));
        for (const QString& key : {repmgrPasswordKey(spec), postgresSshKeyKey(spec)}) {
            bool read = false;
            secrets.read(key, [&](const SecretStore::Result& r) {
                read = true;
                QVERIFY2(r.status != SecretStore::Status::Ok, qPrintable(key));
            });
            QTRY_VERIFY(read);
        }
    }

    void operationOnAnUnknownNodeIsRefused()
    {
        ClusterSpec spec = validTestSpec();
        MemorySecretStore secrets;
        ClusterSession session(spec, &secrets);
        OperationRunner runner(&session, {OperationKind::Switchover, QStringLiteral("pg42"), false, {}});
        QVERIFY(!runner.plan().valid());
        QSignalSpy prechecks(&runner, &OperationRunner::prechecksDone);
        runner.runPrechecks();
        QTRY_COMPARE(prechecks.count(), 1);
        const auto checks = prechecks.first().at(0).value<QList<OperationCheck>>();
        QVERIFY(!checks.first().ok);
        QVERIFY2(checks.first().seen.contains(QStringLiteral("pg42")), qPrintable(checks.first().seen));
        QCOMPARE(runner.state(), OperationRunner::State::Refused);
    }
};

QTEST_GUILESS_MAIN(TestClusterServices)
#include "tst_clusterservices.moc"
