// SPDX-License-Identifier: GPL-3.0-or-later
// renew-certs (issue 16, finding 4), offline: the operation's plan, and the pending certificates
// on a MemorySecretStore (issued by the cluster CA, resumed by a second run, promoted); the site's
// own certificates (tls.mode site): each check of import-certs, the import, and a renewal that
// installs imported certificates and issues none.
#include "ops/certrenewal.h"
#include "ops/operationrunner.h"
#include "ops/rotation.h"
#include "ops/sitecertificates.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"
#include "runbookspecs.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tlsca.h"

#include <QTest>

using namespace pgpilot;

namespace {

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

SiteCertificateImport importSite(
    SecretStore& store, const ClusterSpec& spec, const SiteCertificateFiles& files, bool renewal)
{
    bool done = false;
    SiteCertificateImport out;
    out.error = QStringLiteral("no answer");
    importSiteCertificates(&store, spec, files, renewal, [&](const SiteCertificateImport& r) {
        out = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    return out;
}

// A site CA (made here with pgpilot's own issuing code, standing for the site's) and a sound
// certificate for every node.
struct Site
{
    tls::Issued ca;
    SiteCertificateFiles files;
};
Site siteFor(const ClusterSpec& spec, int validDays = tls::kNodeValidityDays)
{
    Site site;
    site.ca = tls::createCa(QStringLiteral("Example Corp Issuing"));
    site.files.caPem = site.ca.certPem;
    for (const NodeSpec& node : spec.nodes) {
        const tls::Issued n = tls::issueNodeCertificate(
            site.ca.certPem, site.ca.keyPem, node.name, tlsNodeAddresses(spec, node), validDays);
        site.files.nodes.insert(node.name, {n.certPem, n.keyPem});
    }
    return site;
}

ClusterSpec siteSpec()
{
    ClusterSpec spec = tlsSpec();
    spec.tls.mode = TlsMode::Site;
    return spec;
}

bool anyContains(const QStringList& list, const QString& text)
{
    for (const QString& s : list) {
        if (s.contains(text))
            return true;
    }
    return false;
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
            const QByteArray cert = store.readNow(pendingSecretKey(tlsNodeCertKey(spec, node))).value;
            const QByteArray key = store.readNow(pendingSecretKey(tlsNodeKeyKey(spec, node))).value;
            QVERIFY(tls::keyMatches(cert, key));
            QCOMPARE(tls::verify(cert, ca.certPem), QString());
            const tls::CertificateInfo info = tls::inspect(cert);
            QCOMPARE(info.subjectCn, node.name);
            QVERIFY(info.ipAddresses.contains(node.address));
            QVERIFY(info.ipAddresses.contains(spec.network.vip));
            issued.insert(node.name, cert);
        }
        // the real keys are untouched until the promotion
        QCOMPARE(store.readNow(tlsNodeCertKey(spec, first)).value, old.certPem);

        // a second run (the first one was killed) reuses the same pairs
        p = prepare(store, spec);
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.resumed.size(), spec.nodes.size());
        QCOMPARE(
            store.readNow(pendingSecretKey(tlsNodeCertKey(spec, first))).value, issued.value(first.name));

        // a pending pair that does not belong together is replaced, not installed
        const NodeSpec& last = spec.nodes.last();
        store.writeNow(pendingSecretKey(tlsNodeKeyKey(spec, last)), old.keyPem);
        p = prepare(store, spec);
        QVERIFY(p.error.isEmpty());
        QVERIFY(!p.resumed.contains(last.name));
        QVERIFY(store.readNow(pendingSecretKey(tlsNodeCertKey(spec, last))).value != issued.value(last.name));
        issued.insert(last.name, store.readNow(pendingSecretKey(tlsNodeCertKey(spec, last))).value);

        QCOMPARE(promote(store, renewedCertificateKeys(spec)), QString());
        for (const NodeSpec& node : spec.nodes) {
            QCOMPARE(store.readNow(tlsNodeCertKey(spec, node)).value, issued.value(node.name));
            SecretStore::Status st = SecretStore::Status::Ok;
            st = store.readNow(pendingSecretKey(tlsNodeCertKey(spec, node))).status;
            QCOMPARE(st, SecretStore::Status::NotFound);
        }
        // promoting again changes nothing; the CA is never touched
        QCOMPARE(promote(store, renewedCertificateKeys(spec)), QString());
        QCOMPARE(store.readNow(tlsCaKeyKey(spec)).value, ca.keyPem);
    }

    void siteCertificatesAreCheckedBeforeAnythingIsStored()
    {
        const ClusterSpec spec = siteSpec();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Site site = siteFor(spec);
        SiteCertificateCheck check = checkSiteCertificates(spec, site.files, now);
        QVERIFY2(check.ok(), qPrintable(check.errors.join(QLatin1Char('\n'))));
        QVERIFY(check.warnings.isEmpty());

        // only with tls.mode site
        check = checkSiteCertificates(tlsSpec(), site.files, now);
        QVERIFY(anyContains(check.errors, QStringLiteral("verify-full")));

        const NodeSpec& first = spec.nodes.first();
        const NodeSpec& second = spec.nodes.at(1);
        // a node left out, and a name the worksheet does not have
        SiteCertificateFiles files = site.files;
        files.nodes.remove(first.name);
        files.nodes.insert(QStringLiteral("pg9"), site.files.nodes.value(second.name));
        check = checkSiteCertificates(spec, files, now);
        QVERIFY(anyContains(check.errors, first.name + QStringLiteral(": no certificate")));
        QVERIFY(anyContains(check.errors, QStringLiteral("pg9 is not a node")));

        // another node's key
        files = site.files;
        files.nodes[first.name].keyPem = site.files.nodes.value(second.name).keyPem;
        check = checkSiteCertificates(spec, files, now);
        QVERIFY(anyContains(check.errors, first.name + QStringLiteral(": the key file")));

        // signed by another CA
        const tls::Issued other = tls::createCa(QStringLiteral("Someone Else"));
        const tls::Issued foreign = tls::issueNodeCertificate(
            other.certPem, other.keyPem, first.name, tlsNodeAddresses(spec, first));
        files = site.files;
        files.nodes[first.name] = {foreign.certPem, foreign.keyPem};
        check = checkSiteCertificates(spec, files, now);
        QVERIFY(anyContains(check.errors, first.name + QStringLiteral(": the certificate does not verify")));

        // without the VIP among its names: verify-full through the VIP would fail
        const tls::Issued noVip
            = tls::issueNodeCertificate(site.ca.certPem, site.ca.keyPem, first.name, {first.address});
        files = site.files;
        files.nodes[first.name] = {noVip.certPem, noVip.keyPem};
        check = checkSiteCertificates(spec, files, now);
        QCOMPARE(check.errors.size(), 1);
        QVERIFY(check.errors.first().contains(spec.network.vip));

        // the CA file holds a node certificate
        files = site.files;
        files.caPem = site.files.nodes.value(first.name).certPem;
        check = checkSiteCertificates(spec, files, now);
        QVERIFY(anyContains(check.errors, QStringLiteral("not a CA certificate")));

        // expiring within 30 days: stored, with a warning
        const Site soon = siteFor(spec, 10);
        check = checkSiteCertificates(spec, soon.files, now);
        QVERIFY(check.ok());
        QCOMPARE(check.warnings.size(), spec.nodes.size());

        // a refused import stores nothing
        MemorySecretStore store;
        files = site.files;
        files.nodes.remove(first.name);
        const SiteCertificateImport refused = importSite(store, spec, files, false);
        QVERIFY(!refused.error.isEmpty());
        QVERIFY(refused.stored.isEmpty());
        SecretStore::Status st = SecretStore::Status::Ok;
        st = store.readNow(tlsCaCertKey(spec)).status;
        QCOMPARE(st, SecretStore::Status::NotFound);
    }

    void siteCertificatesImportThenRenewWithoutIssuing()
    {
        const ClusterSpec spec = siteSpec();
        QVERIFY(tlsVerified(spec));
        QVERIFY(!tlsIssuedByPgpilot(spec));
        // no CA key among the cluster's keys: pgpilot holds none
        QVERIFY(!tlsSecretKeys(spec).contains(tlsCaKeyKey(spec)));
        QVERIFY(tlsSecretKeys(spec).contains(tlsCaCertKey(spec)));
        MemorySecretStore store;
        const Site site = siteFor(spec);

        // a renewal before any import: refused
        SiteCertificateImport r = importSite(store, spec, site.files, true);
        QVERIFY(r.error.contains(QStringLiteral("--renewal")));

        r = importSite(store, spec, site.files, false);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.stored.size(), 1 + 2 * int(spec.nodes.size()));
        QCOMPARE(store.readNow(tlsCaCertKey(spec)).value, site.ca.certPem);
        for (const NodeSpec& node : spec.nodes) {
            QCOMPARE(
                store.readNow(tlsNodeCertKey(spec, node)).value, site.files.nodes.value(node.name).certPem);
            QCOMPARE(
                store.readNow(tlsNodeKeyKey(spec, node)).value, site.files.nodes.value(node.name).keyPem);
        }

        // renew-certs with nothing imported for it: refused, and it issues nothing itself
        PendingCertificates p = prepare(store, spec);
        QVERIFY(p.error.contains(QStringLiteral("import-certs --renewal")));
        SecretStore::Status st = SecretStore::Status::Ok;
        st = store.readNow(pendingSecretKey(tlsNodeCertKey(spec, spec.nodes.first()))).status;
        QCOMPARE(st, SecretStore::Status::NotFound);

        // new certificates from another CA cannot come as a renewal: the nodes trust the old one
        const Site otherSite = siteFor(spec);
        r = importSite(store, spec, otherSite.files, true);
        QVERIFY(r.error.contains(QStringLiteral("not the CA the nodes trust")));
        QVERIFY(r.stored.isEmpty());

        // the same CA's new certificates wait under the pending keys; renew-certs takes them
        SiteCertificateFiles renewed;
        renewed.caPem = site.ca.certPem;
        for (const NodeSpec& node : spec.nodes) {
            const tls::Issued n = tls::issueNodeCertificate(
                site.ca.certPem, site.ca.keyPem, node.name, tlsNodeAddresses(spec, node));
            renewed.nodes.insert(node.name, {n.certPem, n.keyPem});
        }
        r = importSite(store, spec, renewed, true);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.stored.size(), 2 * int(spec.nodes.size()));
        QCOMPARE(store.readNow(tlsNodeCertKey(spec, spec.nodes.first())).value,
            site.files.nodes.value(spec.nodes.first().name).certPem);
        p = prepare(store, spec);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.resumed.size(), spec.nodes.size());
        QCOMPARE(promote(store, renewedCertificateKeys(spec)), QString());
        for (const NodeSpec& node : spec.nodes)
            QCOMPARE(store.readNow(tlsNodeCertKey(spec, node)).value, renewed.nodes.value(node.name).certPem);
    }

    void verifyTakesAChainAndABundleOfRoots()
    {
        // tls::verify builds the path with the certificates that follow the first in its file; a
        // real intermediate CA (which pgpilot's issuing code cannot make) is made with openssl in
        // the lab test security-sitecerts-test.sh.
        const tls::Issued root = tls::createCa(QStringLiteral("root"));
        const tls::Issued leaf = tls::issueNodeCertificate(
            root.certPem, root.keyPem, QStringLiteral("pg1"), {QStringLiteral("10.0.0.1")});
        QCOMPARE(tls::verify(leaf.certPem + root.certPem, root.certPem), QString());
        QVERIFY(!tls::verify(leaf.certPem, tls::createCa(QStringLiteral("x")).certPem).isEmpty());
        // a bundle of roots: any of them may be the one
        QCOMPARE(
            tls::verify(leaf.certPem, tls::createCa(QStringLiteral("x")).certPem + root.certPem), QString());
        QCOMPARE(tls::inspect(leaf.certPem).issuerCn, QStringLiteral("pgpilot CA root"));
    }
};

QTEST_GUILESS_MAIN(TestCertRenewal)
#include "tst_certrenewal.moc"
