// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/connector.h"
#include "remote/sshhost.h"
#include "remote/sshworker.h"
#include "sshdfixture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace pgpilot;

namespace {

struct Outcome
{
    RunResult result;
    QStringList outLines;
    QStringList errLines;
    bool finished = false;
};

// Waits for one job of a host and gathers its streamed lines.
Outcome await(RemoteHost& host, quint64 id, int timeoutMs = 60000)
{
    Outcome o;
    auto c1 = QObject::connect(
        &host, &RemoteHost::outputLines, [&](quint64 job, int stream, const QStringList& lines) {
            if (job == id)
                (stream == RemoteHost::StdOut ? o.outLines : o.errLines) << lines;
        });
    auto c2 = QObject::connect(&host, &RemoteHost::finished, [&](quint64 job, const RunResult& r) {
        if (job == id) {
            o.result = r;
            o.finished = true;
        }
    });
    if (!QTest::qWaitFor([&] { return o.finished; }, timeoutMs))
        o.result.error = QStringLiteral("no result within %1 ms").arg(timeoutMs);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return o;
}

Outcome runOn(
    RemoteHost& host, const QString& command, int timeoutMs = 30000, const QByteArray& stdinData = {})
{
    RunRequest r;
    r.command = command;
    r.timeoutMs = timeoutMs;
    r.stdinData = stdinData;
    return await(host, host.run(r), timeoutMs + 30000);
}

QString describe(const RunResult& r)
{
    return QStringLiteral("failure=%1 exit=%2 error=%3 stderr=%4")
        .arg(toId(r.failure))
        .arg(r.exitCode)
        .arg(r.error, QString::fromUtf8(r.stdErr.left(500)));
}

// Processes on this machine whose command line contains marker (read-only look at /proc).
int processesWith(const QByteArray& marker)
{
    int count = 0;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        QFile cmdline(it.next() + QStringLiteral("/cmdline"));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().replace('\0', ' ').contains(marker))
            ++count;
    }
    return count;
}

// The first process whose command line holds marker, or 0.
qint64 pidWith(const QByteArray& marker)
{
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        QFile cmdline(dir + QStringLiteral("/cmdline"));
        bool number = false;
        const qint64 pid = QFileInfo(dir).fileName().toLongLong(&number);
        if (number && cmdline.open(QIODevice::ReadOnly)
            && cmdline.readAll().replace('\0', ' ').contains(marker))
            return pid;
    }
    return 0;
}

} // namespace

class TestSshHost : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SshdFixture> m_sshd;
    QTemporaryDir m_tmp;
    QString knownHosts() const { return m_tmp.filePath(QStringLiteral("known_hosts")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_sshd = std::make_unique<SshdFixture>();
        QVERIFY2(m_sshd->ok(), qPrintable(m_sshd->error()));
    }
    void cleanupTestCase() { m_sshd.reset(); }

    void exitCodesAndSeparateStreams()
    {
        SshHost host(m_sshd->settings(knownHosts()));
        Outcome o = runOn(host, QStringLiteral("echo out; echo err >&2; exit 3"));
        QVERIFY2(o.finished, "no result");
        QCOMPARE(o.result.failure, RunResult::Failure::None);
        QCOMPARE(o.result.exitCode, 3);
        QCOMPARE(o.result.stdOut, QByteArray("out\n"));
        QCOMPARE(o.result.stdErr, QByteArray("err\n"));
        QCOMPARE(o.outLines, QStringList {QStringLiteral("out")});
        QCOMPARE(o.errLines, QStringList {QStringLiteral("err")});
        QVERIFY(o.result.durationMs >= 0);

        o = runOn(host, QStringLiteral("true"));
        QVERIFY2(o.result.ok(), qPrintable(describe(o.result)));
        QCOMPARE(o.result.exitCode, 0);
    }

    void unicodeAndStdin()
    {
        SshHost host(m_sshd->settings(knownHosts()));
        const QString text = QStringLiteral("Grüße, 世界 — ✓ ∑ 🐘");
        Outcome o = runOn(host, QStringLiteral("cat; printf '%s\\n' ") + QStringLiteral("'ñandú'"), 30000,
            text.toUtf8() + "\n");
        QVERIFY2(o.result.ok(), qPrintable(describe(o.result)));
        QCOMPARE(o.outLines, (QStringList {text, QStringLiteral("ñandú")}));
    }

    void largeOutputOnBothStreamsDoesNotDeadlock()
    {
        SshHost host(m_sshd->settings(knownHosts()));
        // 8 MiB on each stream at the same time.
        const QString cmd = QStringLiteral(
            "head -c 8388608 /dev/zero | tr '\\0' 'o' & head -c 8388608 /dev/zero | tr '\\0' 'e' >&2; wait");
        QElapsedTimer t;
        t.start();
        Outcome o = runOn(host, cmd, 120000);
        QVERIFY2(o.result.ok(), qPrintable(describe(o.result)));
        QCOMPARE(o.result.stdOut.size(), 8388608);
        QCOMPARE(o.result.stdErr.size(), 8388608);
        QVERIFY(o.result.stdOut.count('o') == 8388608);
        qInfo("8 MiB on both streams in %lld ms", t.elapsed());
    }

    void refusedPort()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        ConnectionSettings s = m_sshd->settings(knownHosts());
        s.port = closed.serverPort();
        closed.close(); // nothing listens there any more
        SshHost host(s);
        Outcome o = runOn(host, QStringLiteral("true"));
        QCOMPARE(o.result.failure, RunResult::Failure::Unreachable);
        QVERIFY2(o.result.error.contains(QStringLiteral("cannot connect")), qPrintable(o.result.error));
        QVERIFY(o.result.error.contains(QStringLiteral("local")));
    }

    void silentNodeFailsByTimeoutWhileOthersGoOn()
    {
        // A black hole: accepts TCP and never says a word (no SSH banner).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ConnectionSettings s = m_sshd->settings(knownHosts());
        s.nodeName = QStringLiteral("silent");
        s.port = silent.serverPort();
        // Long enough that the good node answers first even on a loaded machine (a 2 s timeout
        // lost that race once beside a lab test); the silent node must still fail by it.
        s.connectTimeoutMs = 15000;
        SshHost deadHost(s);
        SshHost goodHost(m_sshd->settings(knownHosts()));

        QElapsedTimer t;
        t.start();
        RunResult deadResult;
        qint64 deadDone = -1;
        connect(&deadHost, &RemoteHost::finished, this, [&](quint64, const RunResult& res) {
            deadResult = res;
            deadDone = t.elapsed();
        });
        RunRequest r;
        r.command = QStringLiteral("true");
        deadHost.run(r);
        Outcome good = runOn(goodHost, QStringLiteral("echo alive"));
        const qint64 goodDone = t.elapsed();
        QVERIFY2(good.result.ok(), qPrintable(describe(good.result)));
        QVERIFY2(deadDone < 0, "the good node waited for the silent one");
        QVERIFY2(QTest::qWaitFor([&] { return deadDone >= 0; }, 60000), "the silent node never failed");
        QCOMPARE(deadResult.failure, RunResult::Failure::Unreachable);
        qInfo("healthy node answered after %lld ms; silent node failed after %lld ms", goodDone, deadDone);
    }

    void closingAHostThatStillConnectsDoesNotWait()
    {
        // A node that accepts TCP and never sends its banner: the worker sits in libssh's
        // connect for the whole connect timeout. Deleting the host (a command ending, a window
        // closing) must not wait for that; the thread ends on its own and cleans up after itself.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ConnectionSettings s = m_sshd->settings(knownHosts());
        s.nodeName = QStringLiteral("silent");
        s.port = silent.serverPort();
        s.connectTimeoutMs = 3000;
        const int workersBefore = SshWorker::liveCount();
        auto* host = new SshHost(s);
        RunRequest r;
        r.command = QStringLiteral("true");
        host->run(r);
        QVERIFY2(silent.waitForNewConnection(5000), "the host never connected");
        QElapsedTimer t;
        t.start();
        delete host;
        const qint64 took = t.elapsed();
        QVERIFY2(took < 2500, qPrintable(QStringLiteral("deleting the host waited %1 ms").arg(took)));
        // The orphaned thread ends when its connect times out and deletes the worker and itself
        // (AddressSanitizer watches that nothing is used after it is freed).
        QTRY_COMPARE_WITH_TIMEOUT(SshWorker::liveCount(), workersBefore, 15000);
        qInfo("deleting a host stuck in connect took %lld ms", took);
    }

    void wrongKeyAndWrongPassword()
    {
        ConnectionSettings s = m_sshd->settings(knownHosts());
        s.keyFile = m_sshd->strangerKey();
        {
            SshHost host(s);
            Outcome o = runOn(host, QStringLiteral("true"));
            QCOMPARE(o.result.failure, RunResult::Failure::AuthFailed);
            QVERIFY2(o.result.error.contains(QStringLiteral("was refused")), qPrintable(o.result.error));
        }
        s.auth = SshAuth::Password;
        s.secret = QByteArrayLiteral("not-the-password");
        {
            SshHost host(s);
            Outcome o = runOn(host, QStringLiteral("true"));
            QCOMPARE(o.result.failure, RunResult::Failure::AuthFailed);
            QVERIFY(!o.result.error.contains(QStringLiteral("not-the-password")));
        }
    }

    void keyWithPassphrase()
    {
        ConnectionSettings s = m_sshd->settings(knownHosts());
        s.keyFile = m_sshd->encryptedClientKey();
        {
            SshHost host(s); // no passphrase given
            Outcome o = runOn(host, QStringLiteral("true"));
            QCOMPARE(o.result.failure, RunResult::Failure::AuthFailed);
            QVERIFY2(o.result.error.contains(QStringLiteral("passphrase")), qPrintable(o.result.error));
        }
        s.secret = SshdFixture::passphrase();
        SshHost host(s);
        Outcome o = runOn(host, QStringLiteral("echo unlocked"));
        QVERIFY2(o.result.ok(), qPrintable(describe(o.result)));
    }

    void unknownHostKeyNeedsConfirmation()
    {
        const QString kh = m_tmp.filePath(QStringLiteral("known_hosts_unknown"));
        ConnectionSettings s = m_sshd->settings(kh);
        s.trustedFingerprints.clear();
        SshHost host(s);
        Outcome o = runOn(host, QStringLiteral("true"));
        QCOMPARE(o.result.failure, RunResult::Failure::HostKeyUnknown);
        QCOMPARE(o.result.offeredFingerprint, m_sshd->hostFingerprint());
        QVERIFY(o.result.error.contains(m_sshd->hostFingerprint()));
        QVERIFY2(!QFile::exists(kh), "an unconfirmed key was stored");

        host.trustFingerprint(m_sshd->hostFingerprint());
        o = runOn(host, QStringLiteral("true"));
        QVERIFY2(o.result.ok(), qPrintable(describe(o.result)));
        QFile file(kh);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // Non-default ports are stored as [host]:port, as OpenSSH does.
        const QByteArray stored = file.readAll();
        QVERIFY2(stored.startsWith(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd->port()).toLatin1()),
            stored.constData());

        // From now on the stored key is enough.
        ConnectionSettings again = m_sshd->settings(kh);
        again.trustedFingerprints.clear();
        SshHost second(again);
        QVERIFY(runOn(second, QStringLiteral("true")).result.ok());
    }

    void timeoutAndCancelKillTheRemoteCommand()
    {
        SshHost host(m_sshd->settings(knownHosts()));
        const QByteArray marker1("sleep 600.1234");
        Outcome o = runOn(host, QString::fromLatin1(marker1), 1500);
        QCOMPARE(o.result.failure, RunResult::Failure::Timeout);
        QVERIFY(QTest::qWaitFor([&] { return processesWith(marker1) == 0; }, 10000));

        const QByteArray marker2("sleep 600.4321");
        RunRequest r;
        r.command = QString::fromLatin1(marker2) + QStringLiteral(" & sleep 600.4321; wait");
        r.timeoutMs = 600000;
        const quint64 id = host.run(r);
        QVERIFY(QTest::qWaitFor([&] { return processesWith(marker2) >= 2; }, 10000));
        host.cancel(id);
        o = await(host, id, 20000);
        QCOMPARE(o.result.failure, RunResult::Failure::Cancelled);
        // The command and its background child are gone, not just the local wait.
        QVERIFY2(QTest::qWaitFor([&] { return processesWith(marker2) == 0; }, 10000),
            qPrintable(QStringLiteral("%1 processes left").arg(processesWith(marker2))));
        // The connection is still usable.
        QVERIFY(runOn(host, QStringLiteral("true")).result.ok());
    }

    // Cancel stops only the process group its pid file names, and root's pid files live where no
    // other account can plant one: a number written into the file (here a bystander's) is refused.
    void cancelKillsOnlyTheJobItsPidFileNames()
    {
        const QByteArray bystanderMarker("sleep 600.7771");
        QProcess bystander;
        bystander.start(QStringLiteral("setsid"), {QStringLiteral("sleep"), QStringLiteral("600.7771")});
        QVERIFY(bystander.waitForStarted());
        const auto stopBystander = qScopeGuard([&] {
            bystander.kill();
            bystander.waitForFinished();
        });
        QVERIFY(QTest::qWaitFor([&] { return pidWith(bystanderMarker) > 0; }, 5000));
        const qint64 bystanderPid = pidWith(bystanderMarker);

        SshHost host(m_sshd->settings(knownHosts()));
        const QByteArray jobMarker("sleep 600.8881");
        RunRequest r;
        r.command = QString::fromLatin1(jobMarker);
        r.timeoutMs = 600000;
        const quint64 id = host.run(r);
        const QFileInfo jobs(QStringLiteral("/run/pgpilot-jobs"));
        // The job's pid file: the one naming the script that runs the marker (once it is written).
        QString pidFile;
        qint64 jobGroup = 0;
        auto findJob = [&] {
            const auto files = QDir(jobs.filePath()).entryInfoList({QStringLiteral("*.pid")}, QDir::Files);
            for (const QFileInfo& f : files) {
                QFile file(f.filePath());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const qint64 pid = file.readAll().trimmed().toLongLong();
                QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
                if (pid > 1 && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(jobMarker)) {
                    pidFile = f.filePath();
                    jobGroup = pid;
                    return true;
                }
            }
            return false;
        };
        QVERIFY2(QTest::qWaitFor(findJob, 10000), "no pid file names the running job");
        QVERIFY2(jobs.isDir() && jobs.ownerId() == 0
                && (jobs.permissions()
                       & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                           | QFile::WriteOther | QFile::ExeOther))
                    == 0,
            "root's pid files are not in a directory only root can use");
        const auto stopJob = qScopeGuard([jobGroup, pidFile] {
            ::kill(-pid_t(jobGroup), SIGKILL);
            QFile::remove(pidFile);
        });
        {
            QFile planted(pidFile);
            QVERIFY(planted.open(QIODevice::WriteOnly | QIODevice::Truncate));
            planted.write(QByteArray::number(bystanderPid) + '\n');
        }
        host.cancel(id);
        const Outcome o = await(host, id, 30000);
        QCOMPARE(o.result.failure, RunResult::Failure::Cancelled);
        // The kill ran (and was refused) before the cancelled result came back: the bystander runs.
        QCOMPARE(processesWith(bystanderMarker), 1);
        QCOMPARE(bystander.state(), QProcess::Running);
    }

    // Three hosts run their commands at once: each command leaves its mark, then waits (up to
    // 20 s) until all three marks are there. Run one after another, the first would wait alone
    // and fail; no bound on the elapsed time, which a loaded machine would stretch.
    void threeNodesRunAtOnce()
    {
        SshHost a(m_sshd->settings(knownHosts())), b(m_sshd->settings(knownHosts())),
            c(m_sshd->settings(knownHosts()));
        for (SshHost* h : {&a, &b, &c})
            QVERIFY(runOn(*h, QStringLiteral("true")).result.ok()); // connected
        QTemporaryDir marks(QDir::temp().filePath(QStringLiteral("pgpilot-parallel-XXXXXX")));
        QVERIFY(marks.isValid());
        // Listen before submitting: a job may finish while the test waits for another.
        QHash<RemoteHost*, RunResult> results;
        for (SshHost* h : {&a, &b, &c})
            connect(h, &RemoteHost::finished, this,
                [&results, h](quint64, const RunResult& r) { results.insert(h, r); });
        QElapsedTimer t;
        t.start();
        int n = 0;
        for (SshHost* h : {&a, &b, &c}) {
            RunRequest r;
            r.command = QStringLiteral(
                "d='%1'; touch \"$d/%2\"; i=0\n"
                "while [ \"$(ls \"$d\" | wc -l)\" -lt 3 ]; do\n"
                "  i=$((i + 1)); [ $i -gt 200 ] && { echo \"alone: $(ls \"$d\")\"; exit 1; }\n"
                "  sleep 0.1\n"
                "done")
                            .arg(marks.path())
                            .arg(++n);
            h->run(r);
        }
        QVERIFY(QTest::qWaitFor([&] { return results.size() == 3; }, 60000));
        for (const RunResult& res : std::as_const(results))
            QVERIFY2(res.ok(), qPrintable(describe(res)));
        qInfo("three commands on three hosts ran at once (%lld ms in all)", t.elapsed());
    }

    void writeFileIsAtomic()
    {
        SshHost host(m_sshd->settings(knownHosts()));
        const QString path = m_tmp.filePath(QStringLiteral("remote/config.conf"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        WriteRequest w;
        w.path = path;
        w.content = QByteArray("key = 'value'\nünïcode = ✓\n");
        w.owner = QStringLiteral("root");
        w.group = QStringLiteral("root");
        w.mode = 0640;
        Outcome o = await(host, host.writeFile(w));
        QVERIFY2(o.result.ok(), qPrintable(describe(o.result)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), w.content);
        QCOMPARE(QFileInfo(path).permissions() & 0x7777,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup);

        // An interrupted transfer (fewer bytes than announced) never replaces the file.
        WriteRequest big = w;
        big.content = QByteArray(4 * 1024 * 1024, 'x');
        RunRequest truncated;
        truncated.command = atomicWriteCommand(
            big, QCryptographicHash::hash(big.content, QCryptographicHash::Sha256).toHex());
        truncated.stdinData = big.content.left(1000);
        o = await(host, host.run(truncated));
        QCOMPARE(o.result.exitCode, 71);
        QVERIFY(o.result.stdErr.contains("left unchanged"));
        f.seek(0);
        QCOMPARE(f.readAll(), w.content);
        // Same size, different bytes: the checksum catches it.
        truncated.stdinData = QByteArray(big.content.size(), 'y');
        o = await(host, host.run(truncated));
        QCOMPARE(o.result.exitCode, 72);
        // Cancelled mid-transfer: old content stays, no temporary file is left behind.
        const quint64 id = host.writeFile(big);
        host.cancel(id);
        await(host, id);
        f.seek(0);
        QCOMPARE(f.readAll(), w.content);
        QTRY_COMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden),
            QStringList {QStringLiteral("config.conf")});
    }

    // Root never writes, chowns or creates through a path another account can change: in a
    // directory owned by nobody the write runs as nobody (so a link nobody planted leads nowhere
    // nobody could not go), a root-owned file there is refused, and so is a group-writable
    // directory. On the old script each of these wrote or chowned as root.
    void writeNeverFollowsAnotherAccountsPaths()
    {
        QTemporaryDir base(QDir::temp().filePath(QStringLiteral("pgpilot-owners-XXXXXX")));
        QVERIFY(base.isValid());
        QVERIFY(QFile::setPermissions(base.path(), QFile::permissions(base.path()) | QFile::ExeOther));
        const QString victim = base.filePath(QStringLiteral("victim")); // root's, like /root/.ssh
        const QString home = base.filePath(QStringLiteral("home")); // nobody's, like ~postgres
        QVERIFY(QDir().mkpath(victim) && QDir().mkpath(home));
        QVERIFY(QFile::setPermissions(victim, QFile::permissions(victim) | QFile::ExeOther));
        QFile sentinel(victim + QStringLiteral("/authorized_keys"));
        QVERIFY(sentinel.open(QIODevice::WriteOnly) && sentinel.write("root's own\n") > 0);
        sentinel.close();
        const uid_t nobody = 65534;
        QCOMPARE(::chown(QFile::encodeName(home).constData(), nobody, nobody), 0);
        // nobody plants .ssh -> victim.
        const QString link = home + QStringLiteral("/.ssh");
        QVERIFY(QFile::link(victim, link));
        QCOMPARE(::lchown(QFile::encodeName(link).constData(), nobody, nobody), 0);

        SshHost host(m_sshd->settings(knownHosts()));
        WriteRequest w;
        w.content = QByteArray("ssh-ed25519 AAAA attacker\n");
        w.owner = QStringLiteral("nobody");
        w.group = QStringLiteral("nogroup");
        w.mode = 0600;
        w.path = link + QStringLiteral("/authorized_keys");
        Outcome o = await(host, host.writeFile(w));
        QVERIFY2(!o.result.ok(), "a write through nobody's link into root's directory succeeded");
        QVERIFY(sentinel.open(QIODevice::ReadOnly));
        QCOMPARE(sentinel.readAll(), QByteArray("root's own\n"));
        sentinel.close();
        QCOMPARE(QFileInfo(sentinel.fileName()).ownerId(), 0u);
        QCOMPARE(QDir(victim).entryList(QDir::Files | QDir::Hidden),
            QStringList {QStringLiteral("authorized_keys")});

        // A root-owned file in nobody's directory: refused, with the reason.
        w.path = home + QStringLiteral("/start.conf");
        w.owner = QStringLiteral("root");
        w.group = QStringLiteral("root");
        o = await(host, host.writeFile(w));
        QCOMPARE(o.result.exitCode, 74);
        QVERIFY2(o.result.stdErr.contains("must belong to nobody"), o.result.stdErr.constData());
        QVERIFY(!QFile::exists(w.path));

        // nobody's own file in nobody's directory: written, as nobody.
        w.owner = QStringLiteral("nobody");
        w.group = QStringLiteral("nogroup");
        o = await(host, host.writeFile(w));
        QVERIFY2(o.result.ok(), qPrintable(describe(o.result)));
        QCOMPARE(QFileInfo(w.path).ownerId(), nobody);
        QCOMPARE(QFileInfo(w.path).groupId(), nobody);

        // A root-owned directory others may write to (no sticky bit): refused.
        const QString open = base.filePath(QStringLiteral("open"));
        QVERIFY(QDir().mkpath(open));
        QCOMPARE(::chmod(QFile::encodeName(open).constData(), 0777), 0);
        w.path = open + QStringLiteral("/file");
        w.owner = w.group = QStringLiteral("root");
        o = await(host, host.writeFile(w));
        QCOMPARE(o.result.exitCode, 73);
        QVERIFY(!QFile::exists(w.path));
        // With the sticky bit (as /tmp) nobody can swap root's temporary file: written.
        QCOMPARE(::chmod(QFile::encodeName(open).constData(), 01777), 0);
        o = await(host, host.writeFile(w));
        QVERIFY2(o.result.ok(), qPrintable(describe(o.result)));
    }

    void reconnectsAfterServerRestart()
    {
        SshHost host(m_sshd->settings(knownHosts()));
        QVERIFY(runOn(host, QStringLiteral("true")).result.ok());
        QVERIFY2(m_sshd->restart(), qPrintable(m_sshd->error()));
        Outcome o = runOn(host, QStringLiteral("echo back"));
        QVERIFY2(o.result.ok(), qPrintable(describe(o.result)));
        QCOMPARE(o.outLines, QStringList {QStringLiteral("back")});
    }

    void changedHostKeyIsRefused()
    {
        // A server of its own: the other tests keep their host key.
        SshdFixture sshd;
        QVERIFY2(sshd.ok(), qPrintable(sshd.error()));
        const QString kh = m_tmp.filePath(QStringLiteral("known_hosts_changed"));
        const QString oldFingerprint = sshd.hostFingerprint();
        {
            SshHost host(sshd.settings(kh));
            QVERIFY(runOn(host, QStringLiteral("true")).result.ok());
        }
        QVERIFY2(sshd.changeHostKey(), qPrintable(sshd.error()));
        ConnectionSettings s = sshd.settings(kh); // even a "trusted" new key is not enough
        SshHost host(s);
        Outcome o = runOn(host, QStringLiteral("true"));
        QCOMPARE(o.result.failure, RunResult::Failure::HostKeyChanged);
        QCOMPARE(o.result.storedFingerprint, oldFingerprint);
        QCOMPARE(o.result.offeredFingerprint, sshd.hostFingerprint());
        QVERIFY(o.result.error.contains(QStringLiteral("local")));
        QVERIFY(o.result.error.contains(oldFingerprint));
        QVERIFY(o.result.error.contains(sshd.hostFingerprint()));
    }

    void proxyJumpThroughASecondSshd()
    {
        // The node's sshd and a jump host's sshd; the node is reached only through the jump.
        SshdFixture jumpSshd;
        QVERIFY2(jumpSshd.ok(), qPrintable(jumpSshd.error()));
        ConnectionSettings target = m_sshd->settings(knownHosts());
        target.jump = std::make_shared<ConnectionSettings>(jumpSshd.settings(knownHosts()));
        target.jump->nodeName = QStringLiteral("jump");
        {
            SshHost host(target);
            Outcome o = runOn(host, QStringLiteral("echo through; echo \"$SSH_CONNECTION\""));
            QVERIFY2(o.result.ok(), qPrintable(describe(o.result)));
            QCOMPARE(o.outLines.value(0), QStringLiteral("through"));
            // The node sees the connection coming from the jump host's forwarding.
            QVERIFY2(o.outLines.value(1).endsWith(QString::number(m_sshd->port())),
                qPrintable(o.outLines.value(1)));
            // Big output passes the tunnel intact.
            o = runOn(host, QStringLiteral("head -c 3000000 /dev/zero | tr '\\0' 'j'"), 60000);
            QVERIFY2(o.result.ok(), qPrintable(describe(o.result)));
            QCOMPARE(o.result.stdOut.size(), 3000000);
        }
        // Without the jump host, the node is not reached that way.
        jumpSshd.stop();
        SshHost host(target);
        Outcome o = runOn(host, QStringLiteral("true"));
        QCOMPARE(o.result.failure, RunResult::Failure::Unreachable);
        QVERIFY2(o.result.error.contains(QStringLiteral("jump host")), qPrintable(o.result.error));
    }

    void proxyJumpIsReadFromSshConfig()
    {
        const QString path = m_tmp.filePath(QStringLiteral("ssh_config"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# comment\nHost bastion\n  User ops\nHost 10.0.1.* !10.0.1.99\n  ProxyJump "
                "admin@bastion.example:2222,other\n"
                "Host pg9\n  ProxyJump=[fd00::1]:2200\nHost *\n  ServerAliveInterval 30\n");
        f.close();
        ConnectionSettings base = m_sshd->settings(knownHosts());
        base.nodeName = QStringLiteral("pg1");
        auto jump = pgpilot::proxyJumpFromSshConfig(
            path, {QStringLiteral("10.0.1.11"), QStringLiteral("pg1")}, base);
        QVERIFY(jump);
        QCOMPARE(jump->host, QStringLiteral("bastion.example"));
        QCOMPARE(jump->port, 2222);
        QCOMPARE(jump->user, QStringLiteral("admin"));
        QCOMPARE(jump->keyFile, base.keyFile);
        QVERIFY(!pgpilot::proxyJumpFromSshConfig(path, {QStringLiteral("10.0.1.99")}, base));
        QVERIFY(!pgpilot::proxyJumpFromSshConfig(path, {QStringLiteral("10.0.2.5")}, base));
        jump = pgpilot::proxyJumpFromSshConfig(
            path, {QStringLiteral("10.9.9.9"), QStringLiteral("pg9")}, base);
        QVERIFY(jump);
        QCOMPARE(jump->host, QStringLiteral("fd00::1"));
        QCOMPARE(jump->port, 2200);
        QCOMPARE(jump->user, QStringLiteral("root"));
    }

    void runAsAnotherUser()
    {
        SshHost host(m_sshd->settings(knownHosts()));
        RunRequest r;
        r.command = QStringLiteral("id -un; echo $HOME");
        r.runAs = QStringLiteral("nobody");
        Outcome o = await(host, host.run(r));
        QVERIFY2(o.result.ok(), qPrintable(describe(o.result)));
        QCOMPARE(o.outLines.value(0), QStringLiteral("nobody"));
    }
};

QTEST_GUILESS_MAIN(TestSshHost)
#include "tst_sshhost.moc"
