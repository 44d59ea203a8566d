// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditlog.h"
#include "exec/executor.h"
#include "exec/progressstore.h"
#include "remote/localhost.h"
#include "secrets/memorysecretstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/types.h>

using namespace pgpilot;

namespace {

// 'R', 'S', 'Z', ... from /proc/<pid>/stat; '?' when there is no such process.
char processState(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && close + 2 < stat.size() ? stat.at(close + 2) : '?';
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Action run(const QString& command, const QString& description = {})
{
    Action a;
    a.kind = Action::Kind::Run;
    a.command = command;
    a.description = description;
    a.timeoutMs = 20000;
    return a;
}

Action write(const QString& path, const QByteArray& content, int mode = 0640)
{
    Action a;
    a.kind = Action::Kind::WriteFile;
    a.path = path;
    a.content = content;
    a.mode = mode;
    return a;
}

} // namespace

class TestExecutor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QList<LocalHost*> m_hosts;
    QHash<QString, RemoteHost*> m_hostMap;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ProgressStore> m_progress;
    const QStringList m_nodes {QStringLiteral("pg1"), QStringLiteral("pg2"), QStringLiteral("pg3")};

    QString nodeDir(const QString& node) const { return m_dir.filePath(node); }

    // One step on every node; command may use $NODE_DIR.
    Step stepOnAll(const QString& id, const QList<Action>& actions, const QString& probe = {})
    {
        Step s;
        s.id = id;
        s.title = id;
        for (const QString& n : m_nodes) {
            NodeWork w;
            w.node = n;
            for (Action a : actions) {
                a.path.replace(QStringLiteral("$NODE_DIR"), nodeDir(n));
                w.actions << a;
            }
            w.probe = probe;
            s.work << w;
        }
        return s;
    }

    // Runs a phase as one job; onStart connects to the job before anything can be reported.
    PhaseResult runPhase(Executor& ex, const Phase& phase, const std::function<void(Job*)>& onStart = {})
    {
        Job* job = ex.runPhase(phase);
        if (onStart)
            onStart(job);
        QObject guard;
        PhaseResult result {
            phase.number, false, false, {}, {}, QStringLiteral("phase did not finish in 60 s"), {}, 0};
        bool done = false;
        connect(job, &Job::finished, &guard, [&, job] {
            result = job->phaseResult();
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 60000);
        return result;
    }

    // Waits for a job's one finished(); the results are read in the slot, before the job is gone.
    template <typename Read> bool waitFinished(Job* job, Read read, int ms = 20000)
    {
        QObject guard;
        bool done = false;
        connect(job, &Job::finished, &guard, [&, job] {
            read(job);
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, ms);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_hostMap.clear();
        qDeleteAll(m_hosts);
        m_hosts.clear();
        for (const QString& n : m_nodes) {
            QDir().mkpath(nodeDir(n));
            auto* h = new LocalHost(n);
            h->setEnvironment(QStringLiteral("NODE_DIR"), nodeDir(n));
            m_hosts << h;
            m_hostMap.insert(n, h);
        }
        m_secrets = std::make_unique<MemorySecretStore>();
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.log")));
        m_progress = std::make_unique<ProgressStore>(m_dir.filePath(QStringLiteral("progress.json")));
        m_progress->forget(QString());
    }
    void cleanup()
    {
        qDeleteAll(m_hosts);
        m_hosts.clear();
        m_hostMap.clear();
        for (const QString& n : m_nodes)
            QDir(nodeDir(n)).removeRecursively();
    }

    // The second step is a barrier: on each node it leaves a mark and waits (at most 20 s) for
    // every node's mark, so it passes only when the nodes run it at once (no bound on the time).
    void runsStepsInOrderInParallel()
    {
        const QString marks = m_dir.filePath(QStringLiteral("marks"));
        QVERIFY(QDir().mkpath(marks));
        Phase phase;
        phase.number = 1;
        phase.steps << stepOnAll(
            QStringLiteral("p1.write"), {write(QStringLiteral("$NODE_DIR/app.conf"), "setting = 1\n")})
                    << stepOnAll(QStringLiteral("p1.sleep"),
                           {run(QStringLiteral(
                                    "d='%1'; touch \"$d/$(basename \"$NODE_DIR\")\"; i=0\n"
                                    "while [ \"$(ls \"$d\" | wc -l)\" -lt %2 ]; do\n"
                                    "  i=$((i + 1)); [ $i -gt 200 ] && { echo alone >&2; exit 1; }\n"
                                    "  sleep 0.1\n"
                                    "done\n"
                                    "cat \"$NODE_DIR/app.conf\"")
                                    .arg(marks)
                                    .arg(m_nodes.size()),
                               QStringLiteral("read it back"))});
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), m_progress.get());
        QStringList lines;
        QElapsedTimer t;
        t.start();
        const PhaseResult r = runPhase(ex, phase, [&](Job* job) {
            connect(
                job, &Job::output, this, [&](const QString&, const QString& node, int, const QStringList& l) {
                    for (const QString& s : l)
                        lines << node + QStringLiteral(": ") + s;
                });
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        qInfo("a step on %d nodes at once: %lld ms", int(m_nodes.size()), t.elapsed());
        for (const QString& n : m_nodes) {
            QCOMPARE(readFile(nodeDir(n) + QStringLiteral("/app.conf")), QByteArray("setting = 1\n"));
            QVERIFY(lines.contains(n + QStringLiteral(": setting = 1")));
            QVERIFY(m_progress->isDone(QStringLiteral("p1.sleep"), n));
        }
        QCOMPARE(int(QFileInfo(nodeDir(QStringLiteral("pg1")) + QStringLiteral("/app.conf")).permissions()
                     & 0x0fff),
            0x640);
        // Every action is in the audit log.
        QCOMPARE(m_audit->tail(100).size(), 6);
    }

    void probeSkipsWhatIsDone()
    {
        const Step step = stepOnAll(QStringLiteral("p1.once"),
            {run(QStringLiteral("echo x >> \"$NODE_DIR/count\"; touch \"$NODE_DIR/done\""))},
            QStringLiteral("test -f \"$NODE_DIR/done\""));
        Phase phase;
        phase.number = 1;
        phase.steps << step;
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), nullptr);
        QVERIFY(runPhase(ex, phase).ok);
        QList<NodeStepResult::Status> statuses;
        QVERIFY(runPhase(ex, phase, [&](Job* job) {
            connect(job, &Job::stepNodeFinished, this,
                [&](const QString&, const QString&, const NodeStepResult& r) { statuses << r.status; });
        }).ok);
        QCOMPARE(statuses, QList<NodeStepResult::Status>(3, NodeStepResult::Status::Skipped));
        for (const QString& n : m_nodes)
            QCOMPARE(readFile(nodeDir(n) + QStringLiteral("/count")), QByteArray("x\n"));
    }

    void failureStopsAndSaysWhy()
    {
        Phase phase;
        phase.number = 2;
        Step bad = stepOnAll(QStringLiteral("p2.bad"),
            {run(QStringLiteral("[ \"$NODE_DIR\" != \"") + nodeDir(QStringLiteral("pg2"))
                    + QStringLiteral("\" ] || { echo 'disk full on the node' >&2; exit 4; }"),
                QStringLiteral("configure PostgreSQL"))});
        bad.onFailureHint = QStringLiteral("Free some space and retry.");
        phase.steps << bad
                    << stepOnAll(
                           QStringLiteral("p2.after"), {run(QStringLiteral("touch \"$NODE_DIR/after\""))});
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), m_progress.get());
        const PhaseResult r = runPhase(ex, phase);
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, QStringLiteral("p2.bad"));
        QCOMPARE(r.failedNode, QStringLiteral("pg2"));
        QVERIFY2(r.error.contains(QStringLiteral(
                     "pg2: \"configure PostgreSQL\" failed (exit status 4: disk full on the node)")),
            qPrintable(r.error));
        QCOMPARE(r.hint, QStringLiteral("Free some space and retry."));
        for (const QString& n : m_nodes)
            QVERIFY2(!QFile::exists(nodeDir(n) + QStringLiteral("/after")), "a step after a failure ran");
        // The nodes that succeeded are recorded; the failed one is not.
        QVERIFY(m_progress->isDone(QStringLiteral("p2.bad"), QStringLiteral("pg1")));
        QVERIFY(!m_progress->isDone(QStringLiteral("p2.bad"), QStringLiteral("pg2")));
    }

    void resumesFromPersistedProgress()
    {
        Phase phase;
        phase.number = 3;
        phase.steps
            << stepOnAll(QStringLiteral("p3.first"), {run(QStringLiteral("echo run >> \"$NODE_DIR/first\""))})
            << stepOnAll(QStringLiteral("p3.second"),
                   {run(QStringLiteral("test -f \"$NODE_DIR/fixed\""), QStringLiteral("needs a fix"))});
        {
            Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), m_progress.get());
            QVERIFY(!runPhase(ex, phase).ok);
        }
        // pgpilot restarts: a new store reads the file back.
        ProgressStore reloaded(m_progress->path());
        QVERIFY(reloaded.load());
        QVERIFY(reloaded.isDone(QStringLiteral("p3.first"), QStringLiteral("pg3")));
        for (const QString& n : m_nodes)
            QFile(nodeDir(n) + QStringLiteral("/fixed")).open(QIODevice::WriteOnly);
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), &reloaded);
        QHash<QString, NodeStepResult::Status> first;
        QVERIFY(runPhase(ex, phase, [&](Job* job) {
            connect(job, &Job::stepNodeFinished, this,
                [&](const QString& step, const QString& node, const NodeStepResult& r) {
                    if (step == QLatin1String("p3.first"))
                        first.insert(node, r.status);
                });
        }).ok);
        for (const QString& n : m_nodes) {
            QCOMPARE(first.value(n), NodeStepResult::Status::Resumed);
            QCOMPARE(readFile(nodeDir(n) + QStringLiteral("/first")), QByteArray("run\n"));
        }
    }

    void savedProgressIsCheckedAgainWhereAStepCanCheck()
    {
        // p3.file was done on every node in an earlier run; since then someone removed the file
        // on pg2. Its probe finds that out, so pg2 does the step again; pg1 and pg3 keep it.
        const Phase phase = [this] {
            Phase p;
            p.number = 3;
            p.steps << stepOnAll(QStringLiteral("p3.file"),
                {run(QStringLiteral("echo x > \"$NODE_DIR/file\"; echo run >> \"$NODE_DIR/runs\""))},
                QStringLiteral("test -f \"$NODE_DIR/file\""));
            return p;
        }();
        for (const QString& n : m_nodes) {
            m_progress->markDone(QStringLiteral("p3.file"), n);
            if (n != QLatin1String("pg2"))
                QFile(nodeDir(n) + QStringLiteral("/file")).open(QIODevice::WriteOnly);
        }
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), m_progress.get());
        QHash<QString, NodeStepResult::Status> seen;
        QStringList said;
        QVERIFY(runPhase(ex, phase, [&](Job* job) {
            connect(job, &Job::stepNodeFinished, this,
                [&](const QString&, const QString& node, const NodeStepResult& r) {
                    seen.insert(node, r.status);
                });
            connect(job, &Job::output, this,
                [&](const QString&, const QString& node, int, const QStringList& lines) {
                    said << node + QLatin1Char(':') + lines.join(QLatin1Char('|'));
                });
        }).ok);
        QCOMPARE(seen.value(QStringLiteral("pg1")), NodeStepResult::Status::Resumed);
        QCOMPARE(seen.value(QStringLiteral("pg2")), NodeStepResult::Status::Done);
        QCOMPARE(seen.value(QStringLiteral("pg3")), NodeStepResult::Status::Resumed);
        QCOMPARE(readFile(nodeDir(QStringLiteral("pg2")) + QStringLiteral("/runs")), QByteArray("run\n"));
        QVERIFY(!QFile::exists(nodeDir(QStringLiteral("pg1")) + QStringLiteral("/runs")));
        QVERIFY2(said.join(QLatin1Char('\n')).contains(QStringLiteral("pg2:Done in an earlier run")),
            qPrintable(said.join(QLatin1Char('\n'))));
    }

    void resumedStepsFinishOnceEach()
    {
        // Three parallel steps done earlier on every node, then one that must run: each step
        // finishes once, the last one runs, and the phase ends exactly once.
        Phase phase;
        phase.number = 3;
        for (const char* id : {"p3.a", "p3.b", "p3.c"}) {
            phase.steps << stepOnAll(QString::fromLatin1(id), {run(QStringLiteral("true"))});
            for (const QString& n : m_nodes)
                m_progress->markDone(QString::fromLatin1(id), n);
        }
        phase.steps << stepOnAll(
            QStringLiteral("p3.last"), {run(QStringLiteral("touch \"$NODE_DIR/last\""))});
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), m_progress.get());
        Job* job = ex.runPhase(phase);
        QSignalSpy steps(job, &Job::stepFinished);
        QSignalSpy done(job, &Job::stepsFinished);
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(20000));
        QTest::qWait(200);
        QCOMPARE(done.count(), 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(steps.count(), 4);
        QVERIFY(done.first().first().value<PhaseResult>().ok);
        for (const QString& n : m_nodes)
            QVERIFY(QFile::exists(nodeDir(n) + QStringLiteral("/last")));
    }

    void sequentialStepRunsOneNodeAtATime()
    {
        Step s = stepOnAll(QStringLiteral("p3.clone"),
            {run(QStringLiteral("echo start $(basename \"$NODE_DIR\") >> ")
                + m_dir.filePath(QStringLiteral("order"))
                + QStringLiteral("; sleep 0.3; echo end $(basename \"$NODE_DIR\") >> ")
                + m_dir.filePath(QStringLiteral("order")))});
        s.sequential = true;
        Phase phase;
        phase.steps << s;
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), nullptr);
        QFile::remove(m_dir.filePath(QStringLiteral("order")));
        QVERIFY(runPhase(ex, phase).ok);
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("order"))),
            QByteArray("start pg1\nend pg1\nstart pg2\nend pg2\nstart pg3\nend pg3\n"));
    }

    void secretsAreResolvedAndMaskedEverywhere()
    {
        const QString key = QStringLiteral("pgpilot:t:repmgr-password");
        const QByteArray secret("S3cr3t-Value-42");
        m_secrets->writeNow(key, secret);
        Action viaStdin = run(QStringLiteral("cat; echo"), QStringLiteral("show what stdin had"));
        viaStdin.stdinData = "password=" + Executor::placeholderFor(key).toUtf8();
        Action file = write(QStringLiteral("$NODE_DIR/.pgpass"),
            "*:*:*:repmgr:" + Executor::placeholderFor(key).toUtf8() + "\n", 0600);
        Phase phase;
        phase.steps << stepOnAll(QStringLiteral("p2.secret"), {viaStdin, file});
        QCOMPARE(Executor::secretKeysOf(phase), QStringList {key});
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), nullptr);
        QStringList lines;
        QVERIFY(runPhase(ex, phase, [&](Job* job) {
            connect(job, &Job::output, this,
                [&](const QString&, const QString&, int, const QStringList& l) { lines << l; });
        }).ok);
        // The node got the real value...
        QCOMPARE(readFile(nodeDir(QStringLiteral("pg1")) + QStringLiteral("/.pgpass")),
            QByteArray("*:*:*:repmgr:S3cr3t-Value-42\n"));
        // ...and nobody else saw it.
        QVERIFY(lines.contains(QStringLiteral("password=****")));
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QString::fromLatin1(secret)));
        QVERIFY(!readFile(m_audit->path()).contains(secret));
        const auto dry = Executor::dryRun(phase);
        QVERIFY(
            !dry.value(QStringLiteral("pg1")).join(QLatin1Char('\n')).contains(QString::fromLatin1(secret)));
        QVERIFY(
            dry.value(QStringLiteral("pg1")).join(QLatin1Char('\n')).contains(Executor::placeholderFor(key)));
    }

    void missingSecretFailsBeforeAnythingRuns()
    {
        Action a = run(QStringLiteral("touch \"$NODE_DIR/ran\"; cat"));
        a.stdinData = Executor::placeholderFor(QStringLiteral("pgpilot:t:absent")).toUtf8();
        Phase phase;
        phase.steps << stepOnAll(QStringLiteral("p2.needs"), {a});
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), nullptr);
        const PhaseResult r = runPhase(ex, phase);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("pgpilot:t:absent")), qPrintable(r.error));
        QVERIFY(!r.hint.isEmpty());
        QVERIFY(!QFile::exists(nodeDir(QStringLiteral("pg1")) + QStringLiteral("/ran")));
    }

    // Finding 5b: postgres' known_hosts carries the keys pgpilot verified, read when sent.
    void hostKeysAreTheVerifiedOnesFilledInWhenSent()
    {
        static const char edBlob[] = "\x00\x00\x00\x0bssh-ed25519 key-one";
        const QByteArray ed(edBlob, sizeof edBlob - 1);
        const QByteArray rsa("rsa-key-blob");
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QFile f(knownHosts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# a comment\n"
                "10.0.0.1 ssh-ed25519 "
            + ed.toBase64()
            + "\n"
              "[10.0.0.2]:2222 ssh-rsa "
            + rsa.toBase64()
            + " comment\n"
              "10.0.0.2 ssh-ed25519 "
            + ed.toBase64()
            + "\n" // port 22: not pg2's entry
              "@revoked 10.0.0.3 ssh-ed25519 "
            + ed.toBase64()
            + "\n"
              "|1|hashed= ssh-ed25519 "
            + ed.toBase64()
            + "\n"
              "10.0.0.3 ssh-ed25519 not*base64\n"
              "10.0.0.3,pg3 ecdsa-sha2-nistp256 "
            + rsa.toBase64() + "\n");
        f.close();
        QCOMPARE(knownHostKeys(knownHosts, QStringLiteral("10.0.0.2"), 2222).size(), 1);
        QCOMPARE(knownHostKeys(knownHosts, QStringLiteral("10.0.0.3"), 22).size(), 1); // revoked, bad skipped
        const QList<HostKeySource> sources {
            {QStringLiteral("pg1"), QStringLiteral("10.0.0.1"), 22, knownHosts},
            {QStringLiteral("pg2"), QStringLiteral("10.0.0.2"), 2222, knownHosts},
            {QStringLiteral("pg3"), QStringLiteral("10.0.0.3"), 22, knownHosts}};
        // As the runbook's step: written unless the file already is exactly that (the probe's
        // stdin is resolved too); a marker shows which nodes wrote.
        const QByteArray content = QByteArray("# header\n") + kVerifiedHostKeysPlaceholder;
        Phase phase;
        phase.steps << stepOnAll(QStringLiteral("p3.known-hosts"),
            {write(QStringLiteral("$NODE_DIR/known_hosts_pgpilot"), content),
                run(QStringLiteral("touch \"$NODE_DIR/wrote\""))},
            QStringLiteral("cmp -s - \"$NODE_DIR/known_hosts_pgpilot\""));
        for (NodeWork& w : phase.steps[0].work)
            w.probeStdin = content;
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), nullptr);
        ex.setHostKeySources(sources);
        PhaseResult r = runPhase(ex, phase);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QByteArray expected = "# header\n10.0.0.1 ssh-ed25519 " + ed.toBase64()
            + "\n[10.0.0.2]:2222 ssh-rsa " + rsa.toBase64() + "\n10.0.0.3 ecdsa-sha2-nistp256 "
            + rsa.toBase64() + "\n";
        for (const QString& n : m_nodes) {
            QCOMPARE(readFile(nodeDir(n) + QStringLiteral("/known_hosts_pgpilot")), expected);
            QVERIFY(QFile::remove(nodeDir(n) + QStringLiteral("/wrote")));
        }
        // A file from an older scan is replaced; the right ones are left alone.
        QFile stale(nodeDir(QStringLiteral("pg2")) + QStringLiteral("/known_hosts_pgpilot"));
        QVERIFY(stale.open(QIODevice::Append));
        stale.write("10.0.0.9 ssh-ed25519 " + rsa.toBase64() + "\n");
        stale.close();
        r = runPhase(ex, phase);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readFile(nodeDir(QStringLiteral("pg2")) + QStringLiteral("/known_hosts_pgpilot")), expected);
        QVERIFY(QFile::exists(nodeDir(QStringLiteral("pg2")) + QStringLiteral("/wrote")));
        QVERIFY(!QFile::exists(nodeDir(QStringLiteral("pg1")) + QStringLiteral("/wrote")));
        // The dry run and the runbook keep the placeholder.
        QVERIFY(Executor::dryRun(phase)
                    .value(QStringLiteral("pg1"))
                    .join(QLatin1Char('\n'))
                    .contains(QLatin1String(kVerifiedHostKeysPlaceholder)));
    }

    void aNodeWithoutAVerifiedKeyFailsBeforeAnythingIsWritten()
    {
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QFile f(knownHosts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("10.0.0.1 ssh-ed25519 " + QByteArray("k").toBase64() + "\n");
        f.close();
        Phase phase;
        phase.steps << stepOnAll(QStringLiteral("p3.known-hosts"),
            {write(QStringLiteral("$NODE_DIR/known_hosts_pgpilot"), kVerifiedHostKeysPlaceholder)});
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), nullptr);
        ex.setHostKeySources({{QStringLiteral("pg1"), QStringLiteral("10.0.0.1"), 22, knownHosts},
            {QStringLiteral("pg2"), QStringLiteral("10.0.0.2"), 22, knownHosts}});
        const PhaseResult r = runPhase(ex, phase);
        QVERIFY(!r.ok);
        QVERIFY2(
            r.error.contains(QStringLiteral("pg2")) && r.error.contains(knownHosts), qPrintable(r.error));
        QVERIFY(!r.hint.isEmpty());
        for (const QString& n : m_nodes)
            QVERIFY(!QFile::exists(nodeDir(n) + QStringLiteral("/known_hosts_pgpilot")));
        // No sources at all (a caller that forgot them) is refused the same way.
        Executor bare(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), nullptr);
        QVERIFY(!runPhase(bare, phase).ok);
    }

    void cancelStopsRunningCommands()
    {
        // Each node's command writes its process id, then waits; cancelling must kill it, not just
        // stop waiting for it.
        Phase phase;
        phase.steps << stepOnAll(
            QStringLiteral("p1.long"), {run(QStringLiteral("echo $$ > \"$NODE_DIR/pid\"; exec sleep 300"))});
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), nullptr);
        Job* job = ex.runPhase(phase);
        QSignalSpy started(job, &Job::stepStarted);
        PhaseResult r;
        bool done = false;
        connect(job, &Job::finished, this, [&, job] {
            r = job->phaseResult();
            done = true;
        });
        QTRY_COMPARE(started.count(), 3);
        QList<pid_t> pids;
        for (const QString& n : m_nodes) {
            const QString pidFile = nodeDir(n) + QStringLiteral("/pid");
            QTRY_VERIFY2(!readFile(pidFile).trimmed().isEmpty(), qPrintable(pidFile));
            pids << pid_t(readFile(pidFile).trimmed().toInt());
            QVERIFY2(::kill(pids.last(), 0) == 0, "the command should be running before the cancel");
        }
        job->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        for (pid_t pid : std::as_const(pids)) {
            // Gone (ESRCH), or at most a zombie nobody reaped yet: never still sleeping.
            QTRY_VERIFY2_WITH_TIMEOUT(::kill(pid, 0) != 0 || processState(pid) == 'Z',
                qPrintable(QStringLiteral("process %1 still runs after the cancel (state %2)")
                               .arg(pid)
                               .arg(QChar::fromLatin1(processState(pid)))),
                5000);
        }
    }

    void jobsHearOnlyTheirOwnRun()
    {
        Phase first;
        first.number = 1;
        first.steps << stepOnAll(QStringLiteral("p1.a"), {run(QStringLiteral("echo from-one"))});
        Phase second;
        second.number = 2;
        second.steps << stepOnAll(QStringLiteral("p2.a"), {run(QStringLiteral("sleep 0.5; echo from-two"))});
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), nullptr);
        QStringList heardByFirst;
        QStringList heardBySecond;
        quint64 firstId = 0;
        QVERIFY(runPhase(ex, first, [&](Job* job) {
            firstId = job->id();
            QCOMPARE(job->kind(), Job::Kind::Phase);
            QCOMPARE(job->phase(), 1);
            connect(
                job, &Job::output, this, [&](const QString& step, const QString&, int, const QStringList& l) {
                    heardByFirst << step + l.join(QString());
                });
            connect(job, &Job::stepStarted, this,
                [&](const QString& step, const QString&) { heardByFirst << step; });
        }).ok);
        const int heardBefore = int(heardByFirst.size());
        QVERIFY(heardBefore > 0);
        quint64 secondId = 0;
        QVERIFY(runPhase(ex, second, [&](Job* job) {
            secondId = job->id();
            connect(
                job, &Job::output, this, [&](const QString& step, const QString&, int, const QStringList& l) {
                    heardBySecond << step + l.join(QString());
                });
        }).ok);
        QVERIFY(secondId > firstId);
        QCOMPARE(int(heardByFirst.size()), heardBefore); // the earlier job heard nothing of phase 2
        QVERIFY(!heardByFirst.join(QLatin1Char(' ')).contains(QStringLiteral("from-two")));
        QVERIFY(heardBySecond.join(QLatin1Char(' ')).contains(QStringLiteral("from-two")));
        QVERIFY(!heardBySecond.join(QLatin1Char(' ')).contains(QStringLiteral("from-one")));
    }

    void refusedWhileBusyNamesTheBusyJob()
    {
        Phase slow;
        slow.number = 1;
        slow.steps << stepOnAll(QStringLiteral("p1.slow"), {run(QStringLiteral("sleep 0.5"))});
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), nullptr);
        Job* busy = ex.runPhase(slow);
        const quint64 busyId = busy->id();
        Job* refused = ex.runCheckpoint(slow);
        QString error;
        bool ranCheckpoint = true;
        QVERIFY(waitFinished(refused, [&](Job* j) {
            error = j->error();
            ranCheckpoint = j->hasCheckpoint();
        }));
        QVERIFY2(error.contains(QStringLiteral("job %1").arg(busyId)), qPrintable(error));
        QVERIFY(!ranCheckpoint);
        bool ok = false;
        QVERIFY(waitFinished(busy, [&](Job* j) { ok = j->phaseResult().ok; }));
        QVERIFY(ok);
    }

    void commandJobsAreAuditedAndMasked()
    {
        const QByteArray secret("Very-Secret-77");
        m_secrets->writeNow(QStringLiteral("pgpilot:t:repmgr-password"), secret);
        // A phase that uses the secret teaches the masker its value.
        Action viaStdin = run(QStringLiteral("cat >/dev/null"));
        viaStdin.stdinData = Executor::placeholderFor(QStringLiteral("pgpilot:t:repmgr-password")).toUtf8();
        Phase phase;
        phase.steps << stepOnAll(QStringLiteral("p2.learn"), {viaStdin});
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), nullptr);
        QVERIFY(runPhase(ex, phase).ok);
        const int auditBefore = int(m_audit->tail(1000).size());
        RunRequest request;
        request.command = QStringLiteral("echo node-says-hi; echo ") + QString::fromLatin1(secret);
        Job* job = ex.runCommand(QStringLiteral("exec"), m_nodes, request);
        QCOMPARE(job->kind(), Job::Kind::Command);
        QStringList lines;
        QStringList answered;
        connect(job, &Job::output, this,
            [&](const QString& purpose, const QString& node, int, const QStringList& l) {
                QCOMPARE(purpose, QStringLiteral("exec"));
                for (const QString& line : l)
                    lines << node + QLatin1Char(' ') + line;
            });
        connect(
            job, &Job::nodeAnswered, this, [&](const QString& node, const RunResult&) { answered << node; });
        QHash<QString, RunResult> results;
        QVERIFY(waitFinished(job, [&](Job* j) { results = j->commandResults(); }));
        answered.sort();
        QCOMPARE(answered, m_nodes);
        QCOMPARE(results.size(), 3);
        for (const QString& n : m_nodes) {
            QCOMPARE(results.value(n).exitCode, 0);
            QVERIFY(lines.contains(n + QStringLiteral(" node-says-hi")));
        }
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QString::fromLatin1(secret)));
        // Every node's command is in the audit log under the job's purpose, and the secret is not.
        const auto entries = m_audit->tail(1000);
        QCOMPARE(int(entries.size()), auditBefore + 3);
        QStringList auditedNodes;
        for (int i = auditBefore; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i).step, QStringLiteral("exec"));
            auditedNodes << entries.at(i).node;
        }
        auditedNodes.sort();
        QCOMPARE(auditedNodes, m_nodes);
        QVERIFY(!readFile(m_audit->path()).contains(secret));
        // A node pgpilot has no connection for is refused with a reason.
        Job* unknown = ex.runCommand(QStringLiteral("exec"), {QStringLiteral("pg9")}, request);
        QString error;
        QVERIFY(waitFinished(unknown, [&](Job* j) { error = j->error(); }));
        QVERIFY2(error.contains(QStringLiteral("pg9")), qPrintable(error));
    }

    void phaseJobRunsItsCheckpointAndForgetsProgress()
    {
        Phase phase;
        phase.number = 4;
        phase.steps << stepOnAll(
            QStringLiteral("p4.make"), {run(QStringLiteral("touch \"$NODE_DIR/made\""))});
        Criterion c;
        c.id = QStringLiteral("made");
        c.description = QStringLiteral("the file exists");
        c.nodes = m_nodes;
        c.command = QStringLiteral("test -f \"$NODE_DIR/made\"");
        c.evaluate = [](const QHash<QString, CommandOutput>& outputs) {
            QList<CriterionResult> results;
            for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
                CriterionResult r;
                r.node = it.key();
                r.passed = it->reached && it->exitCode == 0;
                results << r;
            }
            return results;
        };
        phase.checkpoint << c;
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), m_progress.get());
        Job* job = ex.runPhase(phase, /*thenCheckpoint=*/true);
        QSignalSpy steps(job, &Job::stepsFinished);
        bool hasCheckpoint = false;
        bool passed = false;
        QVERIFY(waitFinished(job, [&](Job* j) {
            hasCheckpoint = j->hasCheckpoint();
            passed = j->checkpointResult().passed;
        }));
        QCOMPARE(steps.count(), 1);
        QVERIFY(hasCheckpoint);
        QVERIFY(passed);
        // A passed checkpoint forgets the phase's progress: the next run probes every step again.
        for (const QString& n : m_nodes)
            QVERIFY(!m_progress->isDone(QStringLiteral("p4.make"), n));
    }

    void checkpointEvaluatesOutputsPerNode()
    {
        Phase phase;
        phase.number = 2;
        Criterion c;
        c.id = QStringLiteral("wal-level");
        c.description = QStringLiteral("wal_level is replica on every node");
        c.nodes = m_nodes;
        c.command = QStringLiteral("cat \"$NODE_DIR/wal_level\"");
        c.evaluate = [](const QHash<QString, CommandOutput>& outputs) {
            QList<CriterionResult> results;
            for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
                CriterionResult r;
                r.node = it.key();
                r.expected = QStringLiteral("replica");
                r.seen = QString::fromUtf8(it->stdOut).trimmed();
                r.passed = r.seen == r.expected;
                if (!r.passed)
                    r.likelyCause
                        = QStringLiteral("PostgreSQL was not restarted after the drop-in was written");
                results << r;
            }
            return results;
        };
        phase.checkpoint << c;
        for (const QString& n : m_nodes) {
            QFile f(nodeDir(n) + QStringLiteral("/wal_level"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(n == QLatin1String("pg3") ? "minimal\n" : "replica\n");
        }
        Executor ex(QStringLiteral("t"), m_hostMap, m_secrets.get(), m_audit.get(), nullptr);
        CheckpointResult result;
        QVERIFY(waitFinished(ex.runCheckpoint(phase), [&](Job* j) { result = j->checkpointResult(); }));
        QVERIFY(!result.passed);
        QCOMPARE(result.items.size(), 3);
        for (const auto& item : result.items) {
            QCOMPARE(item.result.passed, item.result.node != QLatin1String("pg3"));
            if (item.result.node == QLatin1String("pg3"))
                QCOMPARE(item.result.seen, QStringLiteral("minimal"));
        }
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
