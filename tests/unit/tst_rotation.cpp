// SPDX-License-Identifier: GPL-3.0-or-later
// rotate-secrets and the SCRAM verifier (issue 16, findings 6c and 5c), offline: the verifier
// against values computed independently (Python's hashlib, see each case), the password rule,
// .pgpass escaping, the executor's {{scram:}} and {{pgpass:}} placeholders on local "nodes", the
// operation's plan and the pending-key logic on a MemorySecretStore.
#include "audit/auditlog.h"
#include "exec/executor.h"
#include "ops/operationrunner.h"
#include "ops/rotation.h"
#include "remote/localhost.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"
#include "runbookspecs.h"
#include "secrets/memorysecretstore.h"
#include "secrets/scram.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

ClusterSpec specWithApp()
{
    ClusterSpec spec = runbookTestSpecs().at(1).spec;
    spec.application.role = QStringLiteral("app");
    spec.application.database = QStringLiteral("appdb");
    return spec;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

PendingPasswords prepare(SecretStore& store, const QList<PasswordRole>& roles)
{
    bool done = false;
    PendingPasswords out;
    preparePendingPasswords(&store, roles, [&](const PendingPasswords& p) {
        out = p;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 5000);
    return out;
}

QString promote(SecretStore& store, const QList<PasswordRole>& roles)
{
    bool done = false;
    QString error = QStringLiteral("no answer");
    promotePendingPasswords(&store, roles, [&](const QString& e) {
        error = e;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 5000);
    return error;
}

} // namespace

class TestRotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values from Python:
    //   sp = hashlib.pbkdf2_hmac('sha256', pw, salt, it); ck = hmac(sp, b'Client Key');
    //   sk = hmac(sp, b'Server Key'); stored = sha256(ck); base64 of salt, stored, sk.
    void verifierMatchesAnIndependentComputation_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("expected");
        QByteArray salt;
        for (char c = 0; c < 16; ++c)
            salt.append(c);
        QTest::newRow("pencil") << QByteArray("pencil") << salt << 4096
                                << QByteArray("SCRAM-SHA-256$4096:AAECAwQFBgcICQoLDA0ODw==$zHCdol2044/"
                                              "ZyWzPLi7oxApCkamKw9Z+E4U/QApd/5Y=:dd5peBOitVnLNFu7VmwP+"
                                              "HiDaaw4OUCv396eVCWhYiE=");
        QTest::newRow("one iteration")
            << QByteArray("pencil") << salt << 1
            << QByteArray("SCRAM-SHA-256$1:AAECAwQFBgcICQoLDA0ODw==$ulPBEMD7pdxjBcsUk"
                          "N1eHH+6PaNEw+VlbDgOlKfXVz0=:FLxfly9TUma+46jkj8QyTfQMWRqeNyK1"
                          "YOt6NKVPr/I=");
        QTest::newRow("quoting characters")
            << QByteArray("Ab3:de\\fgH$pgpilot_secret$x") << QByteArray("0123456789abcdef") << 4096
            << QByteArray(
                   "SCRAM-SHA-256$4096:MDEyMzQ1Njc4OWFiY2RlZg==$hqq47BBaOtrHpzs/eKCjCMaiuRg5v+isBX3NIod+"
                   "cWM=:e2nboo76ksSJaLP9FKqSugHa7gRde1BrerSXlogLWHc=");
    }
    void verifierMatchesAnIndependentComputation()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, expected);
        QCOMPARE(scramSha256Verifier(password, salt, iterations), expected);
    }

    void verifierHasAFreshSaltEachTime()
    {
        const QByteArray a = scramSha256Verifier("correct-horse-battery");
        const QByteArray b = scramSha256Verifier("correct-horse-battery");
        QVERIFY(a.startsWith("SCRAM-SHA-256$4096:"));
        QVERIFY(a != b);
        // the salt decodes to 16 bytes, and the same salt gives the same verifier
        const QByteArray salt = QByteArray::fromBase64(a.mid(19, a.indexOf('$', 19) - 19));
        QCOMPARE(salt.size(), 16);
        QCOMPARE(scramSha256Verifier("correct-horse-battery", salt, 4096), a);
        // nothing in it needs escaping inside SQL single quotes
        QVERIFY(!a.contains('\'') && !a.contains('\\'));
    }

    void passwordRule_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("generated") << QByteArray("abcdefghijkmnopqrstuvwxyzABCDEFG") << true;
        QTest::newRow("punctuation") << QByteArray("a:b\\c$d'e\"f`g!h#i") << true;
        QTest::newRow("16") << QByteArray(16, 'x') << true;
        QTest::newRow("256") << QByteArray(256, 'x') << true;
        QTest::newRow("15") << QByteArray(15, 'x') << false;
        QTest::newRow("257") << QByteArray(257, 'x') << false;
        QTest::newRow("space") << QByteArray("abcdefgh ijklmnopq") << false;
        QTest::newRow("newline") << QByteArray("abcdefghijklmnopq\n") << false;
        QTest::newRow("tab") << QByteArray("abcdefgh\tijklmnopq") << false;
        QTest::newRow("non-ascii") << QByteArray("abcdefghijklmnop\xc3\xa9") << false;
    }
    void passwordRule()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, ok);
        const QString problem = passwordProblem(QStringLiteral("pgpilot:c:repmgr-password"), value);
        QCOMPARE(problem.isEmpty(), ok);
        if (!ok) {
            QVERIFY2(problem.contains(QStringLiteral("pgpilot:c:repmgr-password")), qPrintable(problem));
            QVERIFY2(!problem.contains(QString::fromLatin1(value)), "the value must never be shown");
        }
    }

    void pgpassEscapesColonAndBackslash()
    {
        QCOMPARE(pgpassEscaped("plain"), QByteArray("plain"));
        QCOMPARE(pgpassEscaped("a:b\\c"), QByteArray("a\\:b\\\\c"));
    }

    // The setup phases send verifiers, never the plain password (no dollar quoting to break).
    void phasesSendVerifiers()
    {
        const ClusterSpec spec = specWithApp();
        const Runbook rb = buildRunbook(spec);
        QByteArray all;
        for (const Phase& p : rb.phases)
            for (const Step& s : p.steps)
                for (const NodeWork& w : s.work)
                    for (const Action& a : w.actions)
                        all += a.stdinData + a.content;
        QVERIFY(!all.contains("$pgpilot_secret$"));
        QVERIFY(all.contains("PASSWORD '" + scramPlaceholder(repmgrPasswordKey(spec)).toUtf8() + "'"));
        QVERIFY(all.contains("PASSWORD '" + scramPlaceholder(applicationPasswordKey(spec)).toUtf8() + "'"));
        QVERIFY(all.contains(":repmgr:" + pgpassPlaceholder(repmgrPasswordKey(spec)).toUtf8()));
        QVERIFY(!all.contains("PASSWORD $"));
        QVERIFY(requiredSecrets(rb).contains(repmgrPasswordKey(spec)));
        QVERIFY(requiredSecrets(rb).contains(applicationPasswordKey(spec)));
    }

    void rolesAreOneList()
    {
        const ClusterSpec spec = specWithApp();
        const QList<PasswordRole> roles = passwordRoles(spec);
        QCOMPARE(roles.size(), 3);
        QCOMPARE(roles.at(0).role, QStringLiteral("repmgr"));
        QCOMPARE(roles.at(0).key, repmgrPasswordKey(spec));
        QVERIFY(roles.at(0).inPgpass);
        QCOMPARE(roles.at(1).role, QStringLiteral("app"));
        QCOMPARE(roles.at(1).database, QStringLiteral("appdb"));
        QVERIFY(!roles.at(1).inPgpass);
        QCOMPARE(roles.at(2).role, monitorRole());
        QCOMPARE(roles.at(2).key, monitorPasswordKey(spec));
        QCOMPARE(roles.at(2).database, QStringLiteral("repmgr"));
        QVERIFY(!roles.at(2).inPgpass);
        ClusterSpec noApp = spec;
        noApp.application.role.clear();
        QCOMPARE(passwordRoles(noApp).size(), 2);
    }

    void planChangesEveryNodeFromThePendingKeys()
    {
        const ClusterSpec spec = specWithApp();
        OperationRequest request;
        request.kind = OperationKind::RotateSecrets;
        const OperationPlan plan = buildOperation(spec, request);
        QVERIFY2(plan.valid(), qPrintable(plan.error));
        QCOMPARE(toId(OperationKind::RotateSecrets), QStringLiteral("rotate-secrets"));
        QCOMPARE(operationKindFromString(QStringLiteral("rotate-secrets")), OperationKind::RotateSecrets);
        QCOMPARE(plan.phase.number, kRotateSecretsPhase);
        QCOMPARE(plan.phase.steps.size(), 1);
        const Step& step = plan.phase.steps.first();
        QCOMPARE(step.id, QStringLiteral("p13.change"));
        QCOMPARE(step.work.size(), spec.nodes.size()); // every node at once
        const QString repmgrPending = pendingSecretKey(repmgrPasswordKey(spec));
        const QString appPending = pendingSecretKey(applicationPasswordKey(spec));
        const QString monitorPending = pendingSecretKey(monitorPasswordKey(spec));
        for (const NodeWork& w : step.work) {
            QCOMPARE(w.actions.size(), 2);
            const Action& alter = w.actions.at(0);
            QVERIFY(alter.stdinData.contains(
                "ALTER ROLE repmgr PASSWORD '{{scram:" + repmgrPending.toUtf8() + "}}'"));
            QVERIFY(
                alter.stdinData.contains("ALTER ROLE app PASSWORD '{{scram:" + appPending.toUtf8() + "}}'"));
            QVERIFY(alter.stdinData.contains("SET log_statement = 'none'"));
            QVERIFY(alter.command.contains(QStringLiteral("pg_is_in_recovery")));
            const Action& pass = w.actions.at(1);
            QCOMPARE(pass.path, nodepaths::pgpassFile());
            QCOMPARE(pass.mode, 0600);
            QVERIFY(pass.content.contains("{{pgpass:" + repmgrPending.toUtf8() + "}}"));
        }
        QCOMPARE(
            Executor::secretKeysOf(plan.phase), (QStringList {appPending, monitorPending, repmgrPending}));
        QCOMPARE(
            Executor::passwordKeysOf(plan.phase), (QStringList {appPending, monitorPending, repmgrPending}));
        QStringList ids;
        for (const Criterion& c : plan.verification.checkpoint)
            ids << c.id;
        QCOMPARE(ids,
            (QStringList {QStringLiteral("stored-password"), QStringLiteral("stored-password-app"),
                QStringLiteral("stored-password-pgpilot_monitor"), QStringLiteral("pgpass-login")}));
        QCOMPARE(
            plan.verification.checkpoint.first().stdinData, "{{secret:" + repmgrPending.toUtf8() + "}}\n");
        QVERIFY(!operationCommandsText(plan).isEmpty());
        // a node is not asked for, and the confirmation names the roles
        QVERIFY(plan.confirmation.contains(QStringLiteral("repmgr, app")));
    }

    void pendingKeyIsStoredFirstThenPromoted()
    {
        MemorySecretStore store;
        const ClusterSpec spec = specWithApp();
        const QList<PasswordRole> roles = passwordRoles(spec);
        store.writeNow(roles.at(0).key, "old-repmgr-password-0123");
        store.writeNow(roles.at(1).key, "old-app-password-01234567");
        store.writeNow(roles.at(2).key, "old-monitor-password-0123");
        const PendingPasswords first = prepare(store, roles);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QVERIFY(first.resumed.isEmpty());
        const QByteArray newRepmgr = first.values.value(pendingSecretKey(roles.at(0).key));
        QCOMPARE(newRepmgr.size(), 32);
        QVERIFY(passwordProblem(QStringLiteral("k"), newRepmgr).isEmpty());
        QCOMPARE(store.readNow(pendingSecretKey(roles.at(0).key)).value, newRepmgr);
        // the real key is untouched until the promotion
        QCOMPARE(store.readNow(roles.at(0).key).value, QByteArray("old-repmgr-password-0123"));

        // a second run (the first one was killed) finishes with the same passwords
        const PendingPasswords again = prepare(store, roles);
        QVERIFY(again.error.isEmpty());
        QCOMPARE(
            again.resumed, (QStringList {QStringLiteral("repmgr"), QStringLiteral("app"), monitorRole()}));
        QCOMPARE(again.values, first.values);

        QCOMPARE(promote(store, roles), QString());
        QCOMPARE(store.readNow(roles.at(0).key).value, newRepmgr);
        QCOMPARE(store.readNow(roles.at(1).key).value, first.values.value(pendingSecretKey(roles.at(1).key)));
        SecretStore::Status st = SecretStore::Status::Ok;
        st = store.readNow(pendingSecretKey(roles.at(0).key)).status;
        QCOMPARE(st, SecretStore::Status::NotFound);
        // promoting again (killed after the promotion) changes nothing
        QCOMPARE(promote(store, roles), QString());
        QCOMPARE(store.readNow(roles.at(0).key).value, newRepmgr);
        // and the next rotation makes new ones
        const PendingPasswords next = prepare(store, roles);
        QVERIFY(next.resumed.isEmpty());
        QVERIFY(next.values.value(pendingSecretKey(roles.at(0).key)) != newRepmgr);
    }

    // The executor resolves {{scram:}} to a verifier of the value and {{pgpass:}} to the escaped
    // value, masks both, and refuses a password outside the rule before sending anything.
    void executorResolvesVerifiersAndRefusesBadPasswords()
    {
        QTemporaryDir dir;
        auto* host = new LocalHost(QStringLiteral("pg1"));
        host->setEnvironment(QStringLiteral("NODE_DIR"), dir.path());
        QHash<QString, RemoteHost*> hosts {{QStringLiteral("pg1"), host}};
        MemorySecretStore store;
        AuditLog audit(dir.filePath(QStringLiteral("audit.log")));
        const QString key = QStringLiteral("pgpilot:t:repmgr-password");
        const QByteArray value("Pa:ss\\word-0123456789");
        store.writeNow(key, value);

        auto phaseWith = [&](const QString& k) {
            Action sql;
            sql.kind = Action::Kind::Run;
            sql.command = QStringLiteral("cat > \"$NODE_DIR/sql\"");
            sql.stdinData = "ALTER ROLE repmgr PASSWORD '" + scramPlaceholder(k).toUtf8() + "';\n";
            Action pass;
            pass.kind = Action::Kind::WriteFile;
            pass.path = dir.filePath(QStringLiteral("pgpass"));
            pass.content = "*:*:repmgr:repmgr:" + pgpassPlaceholder(k).toUtf8() + "\n";
            pass.mode = 0600;
            Step s;
            s.id = QStringLiteral("p13.t");
            s.title = s.id;
            s.work << NodeWork {QStringLiteral("pg1"), {sql, pass}, {}, QStringLiteral("root"), {}};
            Phase p;
            p.number = kRotateSecretsPhase;
            p.steps << s;
            return p;
        };
        auto run = [&](Executor& ex, const Phase& p) {
            Job* job = ex.runPhase(p);
            PhaseResult r;
            bool done = false;
            QObject guard;
            connect(job, &Job::finished, &guard, [&, job] {
                r = job->phaseResult();
                done = true;
            });
            (void)QTest::qWaitFor([&] { return done; }, 30000);
            return r;
        };
        {
            Executor ex(QStringLiteral("t"), hosts, &store, &audit, nullptr);
            const PhaseResult r = run(ex, phaseWith(key));
            QVERIFY2(r.ok, qPrintable(r.error));
            const QByteArray sql = readFile(dir.filePath(QStringLiteral("sql")));
            const int start = sql.indexOf("SCRAM-SHA-256$4096:");
            QVERIFY2(start > 0, sql.constData());
            const QByteArray verifier = sql.mid(start, sql.indexOf('\'', start) - start);
            const QByteArray salt = QByteArray::fromBase64(verifier.mid(19, verifier.indexOf('$', 19) - 19));
            QCOMPARE(scramSha256Verifier(value, salt, 4096), verifier);
            QVERIFY(!sql.contains(value));
            QCOMPARE(readFile(dir.filePath(QStringLiteral("pgpass"))),
                QByteArray("*:*:repmgr:repmgr:Pa\\:ss\\\\word-0123456789\n"));
            const QByteArray log = readFile(audit.path());
            QVERIFY(!log.contains(value));
            QVERIFY(!log.contains(verifier));
        }
        {
            const QString bad = QStringLiteral("pgpilot:t:bad-password");
            store.writeNow(bad, "short pass\n");
            QFile::remove(dir.filePath(QStringLiteral("sql")));
            Executor ex(QStringLiteral("t"), hosts, &store, &audit, nullptr);
            const PhaseResult r = run(ex, phaseWith(bad));
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(bad), qPrintable(r.error));
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sql"))));
        }
        delete host;
    }
};

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"
