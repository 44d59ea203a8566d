// SPDX-License-Identifier: GPL-3.0-or-later
// Remote execution against the lab's real nodes: parallel runs, non-root users with sudo
// (password and NOPASSWD), and no secret in any process list. Run by remote-test.sh, which
// also greps this test's whole output and the audit log for the secrets.
#include "audit/auditlog.h"
#include "cluster/specfile.h"
#include "exec/executor.h"
#include "remote/connector.h"
#include "remote/sshhost.h"
#include "secrets/memorysecretstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace pgpilot;

namespace {

RunResult runSync(RemoteHost& host, const QString& command, const QString& runAs = QStringLiteral("root"),
    int timeoutMs = 60000, QStringList* lines = nullptr)
{
    RunRequest r;
    r.command = command;
    r.runAs = runAs;
    r.timeoutMs = timeoutMs;
    RunResult result;
    bool done = false;
    const quint64 id = host.run(r);
    auto c1 = QObject::connect(&host, &RemoteHost::outputLines, [&](quint64 job, int, const QStringList& l) {
        if (job == id && lines)
            *lines << l;
    });
    auto c2 = QObject::connect(&host, &RemoteHost::finished, [&](quint64 job, const RunResult& res) {
        if (job == id) {
            result = res;
            done = true;
        }
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs + 30000))
        result.error = QStringLiteral("no answer");
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return result;
}

QString describe(const RunResult& r)
{
    return QStringLiteral("%1 exit=%2 %3 %4")
        .arg(toId(r.failure))
        .arg(r.exitCode)
        .arg(r.error, QString::fromUtf8(r.stdErr));
}

} // namespace

class TestLabRemote : public QObject
{
    Q_OBJECT
private:
    ClusterSpec m_spec;
    QByteArray m_userPassword;
    QByteArray m_wrongPassword;

    ConnectionSettings rootSettings(int index) const
    {
        return ClusterConnector::settingsFor(m_spec, m_spec.nodes.at(index));
    }

    ConnectionSettings userSettings(const QString& user, SudoMode sudo) const
    {
        ConnectionSettings s = rootSettings(0);
        s.user = user;
        s.auth = SshAuth::Password;
        s.secret = m_userPassword;
        s.sudo = sudo;
        if (sudo == SudoMode::Password)
            s.sudoPassword = m_userPassword;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString clusterFile = qEnvironmentVariable("LAB_CLUSTER_FILE");
        QVERIFY2(
            !clusterFile.isEmpty(), "LAB_CLUSTER_FILE is not set: run this through tests/lab/remote-test.sh");
        const auto loaded = loadSpecFile(clusterFile);
        QVERIFY2(loaded.spec, qPrintable(loaded.error));
        m_spec = *loaded.spec;
        QFile secrets(qEnvironmentVariable("PGPILOT_TEST_SECRETS_FILE"));
        QVERIFY2(secrets.open(QIODevice::ReadOnly), "PGPILOT_TEST_SECRETS_FILE is missing");
        const QList<QByteArray> lines = secrets.readAll().split('\n');
        m_userPassword = lines.value(0);
        m_wrongPassword = lines.value(1);
        QVERIFY(m_userPassword.size() >= 12 && m_wrongPassword.size() >= 12);

        // Two admin users on pg1, made as root: one with sudo by password, one NOPASSWD.
        SshHost root(rootSettings(0));
        RunRequest r;
        r.command = QStringLiteral("set -e; for u in pgp-sudo pgp-nopw; do id \"$u\" >/dev/null 2>&1 || "
                                   "useradd -m -s /bin/sh \"$u\"; done; "
                                   "chpasswd; "
                                   "echo 'pgp-sudo ALL=(ALL:ALL) ALL' >/etc/sudoers.d/pgp-test; "
                                   "echo 'pgp-nopw ALL=(ALL:ALL) NOPASSWD: ALL' >>/etc/sudoers.d/pgp-test; "
                                   "chmod 0440 /etc/sudoers.d/pgp-test; "
                                   "visudo -cq");
        // The passwords travel on stdin, never on a command line.
        r.stdinData = "pgp-sudo:" + m_userPassword + "\npgp-nopw:" + m_userPassword + "\n";
        RunResult result;
        bool done = false;
        connect(&root, &RemoteHost::finished, this, [&](quint64, const RunResult& res) {
            result = res;
            done = true;
        });
        root.run(r);
        QVERIFY(QTest::qWaitFor([&] { return done; }, 60000));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
    }

    void threeNodesInParallel()
    {
        QList<SshHost*> hosts;
        for (int i = 0; i < m_spec.nodes.size(); ++i)
            hosts << new SshHost(rootSettings(i), this);
        for (SshHost* h : hosts)
            QVERIFY(runSync(*h, QStringLiteral("true")).ok());
        // Each command prints when it started and ended (the nodes share the host's clock): they
        // ran at once when the last start comes before the first end. No bound on the elapsed
        // time, which a loaded machine would stretch.
        QElapsedTimer t;
        t.start();
        QHash<SshHost*, RunResult> results;
        for (SshHost* h : hosts) {
            connect(h, &RemoteHost::finished, this,
                [&results, h](quint64, const RunResult& r) { results.insert(h, r); });
            RunRequest r;
            r.command = QStringLiteral("date +%s%N; sleep 3; hostname; date +%s%N");
            h->run(r);
        }
        QVERIFY(QTest::qWaitFor([&] { return results.size() == hosts.size(); }, 30000));
        const qint64 elapsed = t.elapsed();
        qint64 lastStart = 0, firstEnd = std::numeric_limits<qint64>::max();
        for (int i = 0; i < hosts.size(); ++i) {
            const RunResult r = results.value(hosts.at(i));
            QVERIFY2(r.ok(), qPrintable(describe(r)));
            const QStringList lines = QString::fromUtf8(r.stdOut).trimmed().split(QLatin1Char('\n'));
            QCOMPARE(lines.size(), 3);
            QCOMPARE(lines.at(1), m_spec.nodes.at(i).name);
            lastStart = qMax(lastStart, lines.at(0).toLongLong());
            firstEnd = qMin(firstEnd, lines.at(2).toLongLong());
        }
        QVERIFY2(lastStart < firstEnd,
            qPrintable(
                QStringLiteral("a command ended (%1) before the last one started (%2): not in parallel")
                    .arg(firstEnd)
                    .arg(lastStart)));
        qInfo("three lab nodes, 3 s each, at once: %lld ms in all", elapsed);
        qDeleteAll(hosts);
    }

    void sudoWithPasswordOnStdin()
    {
        SshHost host(userSettings(QStringLiteral("pgp-sudo"), SudoMode::Password));
        RunResult r
            = runSync(host, QStringLiteral("id -u; cat /etc/shadow >/dev/null && echo shadow-readable"));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(QString::fromUtf8(r.stdOut), QStringLiteral("0\nshadow-readable\n"));
        QVERIFY2(!r.stdErr.contains("pgpilot-sudo-prompt"), r.stdErr.constData());
        // As the login user itself, no sudo is involved.
        r = runSync(host, QStringLiteral("id -un"), QStringLiteral("pgp-sudo"));
        QCOMPARE(QString::fromUtf8(r.stdOut).trimmed(), QStringLiteral("pgp-sudo"));
        // As a third user, through sudo then runuser.
        r = runSync(host, QStringLiteral("id -un"), QStringLiteral("nobody"));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(QString::fromUtf8(r.stdOut).trimmed(), QStringLiteral("nobody"));
    }

    void noSecretInTheProcessList()
    {
        SshHost user(userSettings(QStringLiteral("pgp-sudo"), SudoMode::Password));
        SshHost root(rootSettings(0));
        RunRequest sleeper;
        sleeper.command = QStringLiteral("sleep 4");
        sleeper.timeoutMs = 30000;
        bool done = false;
        connect(&user, &RemoteHost::finished, this, [&](quint64, const RunResult&) { done = true; });
        user.run(sleeper);
        // While the sudo'd command runs, every command line on the node is free of the password.
        QVERIFY(QTest::qWaitFor(
            // Anchored: the checking shell's own command line contains the pattern too.
            [&] { return runSync(root, QStringLiteral("pgrep -f '^sleep 4$' >/dev/null")).exitCode == 0; },
            10000));
        const RunResult ps = runSync(root, QStringLiteral("ps -eo args"));
        QVERIFY(ps.ok());
        QVERIFY(ps.stdOut.contains("sleep 4"));
        QVERIFY2(!ps.stdOut.contains(m_userPassword), "the password is on a node's process list");
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
    }

    void wrongSudoPasswordFailsClearly()
    {
        ConnectionSettings s = userSettings(QStringLiteral("pgp-sudo"), SudoMode::Password);
        s.sudoPassword = m_wrongPassword;
        SshHost host(s);
        QElapsedTimer t;
        t.start();
        const RunResult r = runSync(host, QStringLiteral("id -u"), QStringLiteral("root"), 30000);
        QCOMPARE(r.failure, RunResult::Failure::SudoFailed);
        QVERIFY2(r.error.contains(QStringLiteral("sudo")), qPrintable(r.error));
        QVERIFY2(t.elapsed() < 15000, "a wrong sudo password must not hang until the timeout");
    }

    void sudoWithoutPassword()
    {
        SshHost host(userSettings(QStringLiteral("pgp-nopw"), SudoMode::NoPassword));
        const RunResult r = runSync(host, QStringLiteral("id -u"));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(QString::fromUtf8(r.stdOut).trimmed(), QStringLiteral("0"));
        // A user sudo does not allow fails with sudo's reason, not a hang.
        SshHost denied(userSettings(QStringLiteral("pgp-sudo"), SudoMode::NoPassword));
        const RunResult d = runSync(denied, QStringLiteral("id -u"), QStringLiteral("root"), 30000);
        QCOMPARE(d.failure, RunResult::Failure::SudoFailed);
    }

    void executorSecretsOnRealNodes()
    {
        // The executor writes a file with a secret through sudo, and nothing else sees it.
        const QString key = QStringLiteral("pgpilot:lab:test-secret");
        MemorySecretStore store;
        store.writeNow(key, m_userPassword);
        SshHost host(userSettings(QStringLiteral("pgp-sudo"), SudoMode::Password));
        AuditLog audit(qEnvironmentVariable("PGPILOT_TEST_AUDIT_LOG"));
        Executor ex(QStringLiteral("lab"), {{QStringLiteral("pg1"), &host}}, &store, &audit, nullptr);
        Phase phase;
        phase.number = 9;
        Step step;
        step.id = QStringLiteral("t.secret");
        step.title = QStringLiteral("secret file");
        NodeWork w;
        w.node = QStringLiteral("pg1");
        Action write;
        write.kind = Action::Kind::WriteFile;
        write.path = QStringLiteral("/root/pgpilot-secret-test");
        write.content = "value=" + Executor::placeholderFor(key).toUtf8() + "\n";
        write.mode = 0600;
        Action show;
        show.command = QStringLiteral("cat /root/pgpilot-secret-test; rm -f /root/pgpilot-secret-test");
        w.actions << write << show;
        step.work << w;
        phase.steps << step;
        QStringList lines;
        Job* job = ex.runPhase(phase);
        connect(job, &Job::output, this,
            [&](const QString&, const QString&, int, const QStringList& l) { lines << l; });
        PhaseResult r;
        bool done = false;
        connect(job, &Job::finished, this, [&, job] {
            r = job->phaseResult();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(lines, QStringList {QStringLiteral("value=****")});
    }

    void cleanupTestCase()
    {
        SshHost root(rootSettings(0));
        runSync(root,
            QStringLiteral("rm -f /etc/sudoers.d/pgp-test; userdel -r pgp-sudo 2>/dev/null; userdel -r "
                           "pgp-nopw 2>/dev/null; true"));
    }
};

QTEST_GUILESS_MAIN(TestLabRemote)
#include "tst_lab_remote.moc"
