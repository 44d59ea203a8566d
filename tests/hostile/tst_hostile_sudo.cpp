// SPDX-License-Identifier: GPL-3.0-or-later
// SSH and sudo under hostile conditions on a real lab node (pg1): an account whose password
// has expired, sudo that wants a password pgpilot was told it does not need (the NOPASSWD rule
// is gone or its cached credentials expired), and a wrong SSH password. Each must end within a
// bound with a message that names the node and says what to do; sudo-test.sh checks that no
// password appears in the output or in this machine's process list.
#include "cluster/specfile.h"
#include "remote/connector.h"
#include "remote/sshhost.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace pgpilot;

namespace {

RunResult runSync(RemoteHost& host, const RunRequest& request, int waitMs = 60000)
{
    RunResult result;
    bool done = false;
    const quint64 id = host.run(request);
    QObject context;
    QObject::connect(&host, &RemoteHost::finished, &context, [&](quint64 job, const RunResult& r) {
        if (job == id) {
            result = r;
            done = true;
        }
    });
    if (!QTest::qWaitFor([&] { return done; }, waitMs))
        result.error = QStringLiteral("no result within %1 ms").arg(waitMs);
    return result;
}

QString describe(const RunResult& r)
{
    return QStringLiteral("failure=%1 exit=%2 error=%3 stderr=%4")
        .arg(toId(r.failure))
        .arg(r.exitCode)
        .arg(r.error, QString::fromUtf8(r.stdErr).trimmed());
}

} // namespace

class TestHostileSudo : public QObject
{
    Q_OBJECT
private:
    ClusterSpec m_spec;
    QByteArray m_password;
    QByteArray m_wrongPassword;

    ConnectionSettings userSettings(const QString& user, SudoMode sudo, const QByteArray& password) const
    {
        ConnectionSettings s = ClusterConnector::settingsFor(m_spec, m_spec.nodes.at(0));
        s.user = user;
        s.auth = SshAuth::Password;
        s.secret = password;
        s.sudo = sudo;
        if (sudo == SudoMode::Password)
            s.sudoPassword = password;
        return s;
    }

    // A bounded failure with a message that names the node and contains every phrase.
    void expectClearFailure(
        const RunResult& r, qint64 elapsedMs, RunResult::Failure failure, const QStringList& phrases)
    {
        qInfo("%s after %lld ms: %s", qPrintable(toId(r.failure)), elapsedMs, qPrintable(r.error));
        QVERIFY2(r.failure == failure, qPrintable(describe(r)));
        // "Never a hang": far below the 120 s command timeout.
        QVERIFY2(elapsedMs < 20000, qPrintable(QStringLiteral("took %1 ms").arg(elapsedMs)));
        QVERIFY2(r.error.contains(QStringLiteral("pg1")), qPrintable(r.error));
        for (const QString& phrase : phrases)
            QVERIFY2(r.error.contains(phrase, Qt::CaseInsensitive),
                qPrintable(QStringLiteral("\"%1\" missing in: %2").arg(phrase, r.error)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString clusterFile = qEnvironmentVariable("LAB_CLUSTER_FILE");
        QVERIFY2(!clusterFile.isEmpty(),
            "LAB_CLUSTER_FILE is not set: run this through tests/hostile/sudo-test.sh");
        const auto loaded = loadSpecFile(clusterFile);
        QVERIFY2(loaded.spec, qPrintable(loaded.error));
        m_spec = *loaded.spec;
        QFile secrets(qEnvironmentVariable("PGPILOT_TEST_SECRETS_FILE"));
        QVERIFY2(secrets.open(QIODevice::ReadOnly), "PGPILOT_TEST_SECRETS_FILE is missing");
        const QList<QByteArray> lines = secrets.readAll().split('\n');
        m_password = lines.value(0);
        m_wrongPassword = lines.value(1);
        QVERIFY(m_password.size() >= 12 && m_wrongPassword.size() >= 12);

        // pgp-expired: sudo by password, but the password has expired (chage -d 0), so PAM
        // wants a new one before sudo runs anything. pgp-ask: sudo by password, which pgpilot
        // will be told is not needed.
        SshHost root(ClusterConnector::settingsFor(m_spec, m_spec.nodes.at(0)));
        RunRequest r;
        r.command
            = QStringLiteral("set -e; for u in pgp-expired pgp-ask; do id \"$u\" >/dev/null 2>&1 || useradd "
                             "-m -s /bin/sh \"$u\"; "
                             "done; chpasswd; "
                             "printf '%s\\n' 'pgp-expired ALL=(ALL:ALL) ALL' 'pgp-ask ALL=(ALL:ALL) ALL' "
                             ">/etc/sudoers.d/pgp-hostile; "
                             "chmod 0440 /etc/sudoers.d/pgp-hostile; visudo -cq; chage -d 0 pgp-expired");
        r.stdinData = "pgp-expired:" + m_password + "\npgp-ask:" + m_password + "\n";
        const RunResult result = runSync(root, r);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
    }

    void expiredPasswordIsReportedNotHung()
    {
        SshHost host(userSettings(QStringLiteral("pgp-expired"), SudoMode::Password, m_password));
        RunRequest r;
        r.command = QStringLiteral("id -un");
        QElapsedTimer clock;
        clock.start();
        const RunResult result = runSync(host, r);
        expectClearFailure(result, clock.elapsed(), RunResult::Failure::AuthFailed,
            {QStringLiteral("pgp-expired"), QStringLiteral("expired"), QStringLiteral("change")});
    }

    void sudoWantsAPasswordPgpilotDoesNotHave()
    {
        SshHost host(userSettings(QStringLiteral("pgp-ask"), SudoMode::NoPassword, m_password));
        RunRequest r;
        r.command = QStringLiteral("id -un");
        QElapsedTimer clock;
        clock.start();
        const RunResult result = runSync(host, r);
        expectClearFailure(result, clock.elapsed(), RunResult::Failure::SudoFailed,
            {QStringLiteral("sudo wants a password"), QStringLiteral("worksheet"),
                QStringLiteral("NOPASSWD")});
    }

    void wrongSshPassword()
    {
        SshHost host(userSettings(QStringLiteral("pgp-ask"), SudoMode::Password, m_wrongPassword));
        RunRequest r;
        r.command = QStringLiteral("id -un");
        QElapsedTimer clock;
        clock.start();
        const RunResult result = runSync(host, r);
        expectClearFailure(result, clock.elapsed(), RunResult::Failure::AuthFailed,
            {QStringLiteral("password was refused"), QStringLiteral("worksheet")});
    }

    void cleanupTestCase()
    {
        if (m_spec.nodes.isEmpty())
            return;
        SshHost root(ClusterConnector::settingsFor(m_spec, m_spec.nodes.at(0)));
        RunRequest r;
        r.command = QStringLiteral("rm -f /etc/sudoers.d/pgp-hostile; userdel -r pgp-expired 2>/dev/null; "
                                   "userdel -r pgp-ask 2>/dev/null; "
                                   "exit 0");
        runSync(root, r);
    }
};

QTEST_GUILESS_MAIN(TestHostileSudo)
#include "tst_hostile_sudo.moc"
