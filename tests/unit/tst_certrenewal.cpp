// SPDX-License-Identifier: GPL-3.0-or-later
// renew-certs (issue 16, finding 4), offline: the operation's plan, and the pending certificates
// on a MemorySecretStore (issued by the cluster CA, resumed by a second run, promoted).
#include "ops/certrenewal.h"
#include "ops/operationrunner.h"
#include "ops/rotation.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"
#include "runbookspecs.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tlsca.h"

#include <QTest>

using namespace pgpilot;

namespace {

QByteArray readNow(SecretStore& store, const QString& key, SecretStore::Status* status = nullptr)
{
    bool done = false;
    SecretStore::Result result;
    store.read(key, [&](const SecretStore::Result& r) {
        result = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 5000);
    if (status)
        *status = result.status;
    return result.value;
}

PendingCertificates prepare(SecretStore& store, const ClusterSpec& spec)
{
    bool done = false;
    PendingCertificates out;
    out.error = QStringLiteral("no answer");
    preparePendingCertificates(&store, spec, [&](const PendingCertificates& p) {
        out = p;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    return out;
}

QString promote(SecretStore& store, const QStringList& keys)
{
    bool done = false;
    QString error = QStringLiteral("no answer");
    promotePendingKeys(&store, keys, [&](const QString& e) {
        error = e;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 5000);
    return error;
}

ClusterSpec tlsSpec()
{
    ClusterSpec spec = runbookTestSpecs().at(1).spec;
    spec.tls.mode = TlsMode::VerifyFull;
    return spec;
}

} // namespace

class TestCertRenewal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void planWritesPendingPairsAndReloads()
    {
        const ClusterSpec spec = tlsSpec();
        OperationRequest request;
        request.kind = OperationKind::RenewCerts;
        request.node = QStringLiteral("ignored");
        const OperationPlan plan = buildOperation(spec, request);
        QVERIFY2(plan.valid(), qPrintable(plan.error));
        QCOMPARE(toId(OperationKind::RenewCerts), QStringLiteral("renew-certs"));
        QCOMPARE(operationKindFromString(QStringLiteral("renew-certs")), OperationKind::RenewCerts);
        QVERIFY(plan.request.node.isEmpty());
        QCOMPARE(plan.phase.number, kRenewCertsPhase);
        QCOMPARE(plan.phase.steps.size(), 1);
        const Step& step = plan.phase.steps.first();
        QCOMPARE(step.id, QStringLiteral("p14.install"));
        QCOMPARE(step.work.size(), spec.nodes.size());
        for (const NodeWork& w : step.work) {
            const NodeSpec* node = nullptr;
            for (const NodeSpec& n : spec.nodes) {
                if (n.name == w.node)
                    node = &n;
            }
            QVERIFY(node);
            QCOMPARE(w.actions.size(), 3);
            const Action& key = w.actions.at(0);
            QCOMPARE(key.path, nodepaths::tlsServerKey(spec.postgresVersion));
            QCOMPARE(key.mode, 0600);
            QCOMPARE(key.owner, QStringLiteral("postgres"));
            QCOMPARE(
                key.content, secretPlaceholder(pendingSecretKey(tlsNodeKeyKey(spec, *node))).toUtf8() + '\n');
            const Action& cert = w.actions.at(1);
            QCOMPARE(cert.path, nodepaths::tlsServerCert(spec.postgresVersion));
            QCOMPARE(cert.content,
                secretPlaceholder(pendingSecretKey(tlsNodeCertKey(spec, *node))).toUtf8() + '\n');
            const Action& reload = w.actions.at(2);
            QVERIFY(reload.command.contains(QStringLiteral("pg_reload_conf()")));
            QCOMPARE(reload.runAs, QStringLiteral("postgres"));
        }
        // no command of the operation restarts anything
        for (const NodeWork& w : step.work) {
            for (const Action& a : w.actions)
                QVERIFY2(!a.command.contains(QStringLiteral("restart")), qPrintable(a.command));
        }
        QVERIFY(!operationCommandsText(plan).isEmpty());
        int served = 0;
        for (const Criterion& c : plan.verification.checkpoint) {
            if (c.id == QLatin1String("tls-served")) {
                ++served;
                QVERIFY(c.command.contains(QStringLiteral("-starttls postgres")));
                QCOMPARE(c.nodes.size(), 1);
            }
        }
        QCOMPARE(served, int(spec.nodes.size()));

        ClusterSpec off = spec;
        off.tls.mode = TlsMode::Off;
        const OperationPlan refused = buildOperation(off, request);
        QVERIFY(!refused.valid());
        QVERIFY(refused.error.contains(QStringLiteral("tls.mode")));
    }

    void pendingPairsAreIssuedResumedAndPromoted()
    {
        const ClusterSpec spec = tlsSpec();
        MemorySecretStore store;
        // Without the CA nothing is issued.
        PendingCertificates p = prepare(store, spec);
        QVERIFY(p.error.contains(QStringLiteral("import-secrets")));

        const tls::Issued ca = tls::createCa(spec.name);
        QVERIFY(ca.ok());
        store.writeNow(tlsCaCertKey(spec), ca.certPem);
        store.writeNow(tlsCaKeyKey(spec), ca.keyPem);
        const NodeSpec& first = spec.nodes.first();
        const tls::Issued old
            = tls::issueNodeCertificate(ca.certPem, ca.keyPem, first.name, tlsNodeAddresses(spec, first));
        store.writeNow(tlsNodeCertKey(spec, first), old.certPem);
        store.writeNow(tlsNodeKeyKey(spec, first), old.keyPem);

        p = prepare(store, spec);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(p.resumed.isEmpty());
        QHash<QString, QByteArray> issued;
        for (const NodeSpec& node : spec.nodes) {
            const QByteArray cert = readNow(store, pendingSecretKey(tlsNodeCertKey(spec, node)));
            const QByteArray key = readNow(store, pendingSecretKey(tlsNodeKeyKey(spec, node)));
            QVERIFY(tls::keyMatches(cert, key));
            QCOMPARE(tls::verify(cert, ca.certPem), QString());
            const tls::CertificateInfo info = tls::inspect(cert);
            QCOMPARE(info.subjectCn, node.name);
            QVERIFY(info.ipAddresses.contains(node.address));
            QVERIFY(info.ipAddresses.contains(spec.network.vip));
            issued.insert(node.name, cert);
        }
        // the real keys are untouched until the promotion
        QCOMPARE(readNow(store, tlsNodeCertKey(spec, first)), old.certPem);

        // a second run (the first one was killed) reuses the same pairs
        p = prepare(store, spec);
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.resumed.size(), spec.nodes.size());
        QCOMPARE(readNow(store, pendingSecretKey(tlsNodeCertKey(spec, first))), issued.value(first.name));

        // a pending pair that does not belong together is replaced, not installed
        const NodeSpec& last = spec.nodes.last();
        store.writeNow(pendingSecretKey(tlsNodeKeyKey(spec, last)), old.keyPem);
        p = prepare(store, spec);
        QVERIFY(p.error.isEmpty());
        QVERIFY(!p.resumed.contains(last.name));
        QVERIFY(readNow(store, pendingSecretKey(tlsNodeCertKey(spec, last))) != issued.value(last.name));
        issued.insert(last.name, readNow(store, pendingSecretKey(tlsNodeCertKey(spec, last))));

        QCOMPARE(promote(store, renewedCertificateKeys(spec)), QString());
        for (const NodeSpec& node : spec.nodes) {
            QCOMPARE(readNow(store, tlsNodeCertKey(spec, node)), issued.value(node.name));
            SecretStore::Status st = SecretStore::Status::Ok;
            readNow(store, pendingSecretKey(tlsNodeCertKey(spec, node)), &st);
            QCOMPARE(st, SecretStore::Status::NotFound);
        }
        // promoting again changes nothing; the CA is never touched
        QCOMPARE(promote(store, renewedCertificateKeys(spec)), QString());
        QCOMPARE(readNow(store, tlsCaKeyKey(spec)), ca.keyPem);
    }
};

QTEST_GUILESS_MAIN(TestCertRenewal)
#include "tst_certrenewal.moc"
