// SPDX-License-Identifier: GPL-3.0-or-later
// Converging an adopted cluster (issue 17, part 4): the phases as they run on a cluster in service,
// the worksheet after each converged phase, and the preview's read-only commands, run here on
// real files with /bin/sh.
#include "cluster/specfile.h"
#include "cluster/specvalidator.h"
#include "exec/executor.h"
#include "exec/job.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"
#include "runbook/preview.h"
#include "runbookspecs.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

ClusterSpec adoptedSpec()
{
    ClusterSpec spec = validTestSpec();
    spec.adopted.adopted = true;
    spec.adopted.healthService = QStringLiteral("pgchk");
    spec.adopted.healthPrimaryPath = QStringLiteral("/master");
    spec.adopted.healthReplicaPath = QStringLiteral("/replica");
    return spec;
}

const Step* findStep(const Phase& phase, const QString& id)
{
    for (const Step& s : phase.steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QStringList stepIds(const Phase& phase)
{
    QStringList ids;
    for (const Step& s : phase.steps)
        ids << s.id;
    return ids;
}

QStringList allCommands(const Phase& phase)
{
    QStringList commands;
    for (const Step& s : phase.steps) {
        for (const NodeWork& w : s.work) {
            for (const Action& a : w.actions)
                commands << a.command;
        }
    }
    return commands;
}

// Runs command with /bin/sh, stdin fed; its output as a node would report it.
CommandOutput runLocally(const QString& command, const QByteArray& stdinData)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    sh.waitForStarted();
    sh.write(stdinData);
    sh.closeWriteChannel();
    sh.waitForFinished(20000);
    CommandOutput out;
    out.reached = true;
    out.exitCode = sh.exitCode();
    out.stdOut = sh.readAllStandardOutput();
    out.stdErr = sh.readAllStandardError();
    return out;
}

// Runs every criterion of the plan on this machine as "node" and returns the checkpoint result.
CheckpointResult runPlanLocally(const PreviewPlan& plan)
{
    CheckpointResult result;
    result.phase = plan.phase.number;
    for (const Criterion& c : plan.phase.checkpoint) {
        QHash<QString, CommandOutput> outputs;
        for (const QString& node : c.nodes)
            outputs.insert(node, runLocally(c.command, c.stdinData));
        for (const CriterionResult& r : c.evaluate(outputs))
            result.items.append({c.id, c.description, r});
    }
    return result;
}

Action writeAction(const QString& path, const QByteArray& content)
{
    Action a;
    a.kind = Action::Kind::WriteFile;
    a.description = QStringLiteral("Write ") + path;
    a.path = path;
    a.content = content;
    a.owner = a.group = QStringLiteral("root");
    a.mode = 0640;
    return a;
}

} // namespace

class TestConverge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Phases 1-4 converge in order, one after the other; the failover test waits for all four.
    void adoptedPhasesConvergeInOrder()
    {
        ClusterSpec spec = adoptedSpec();
        Runbook rb = buildRunbook(spec);
        for (int n = 0; n <= 4; ++n)
            QVERIFY(rb.phase(n)->refusal.isEmpty());
        QVERIFY(convergeRefusal(spec, 1).isEmpty());
        for (int n = 2; n <= 5; ++n)
            QVERIFY2(!convergeRefusal(spec, n).isEmpty(), qPrintable(QString::number(n)));
        QVERIFY(convergeRefusal(spec, 2).contains(QStringLiteral("Phase 1")));
        QCOMPARE(rb.phase(5)->refusal, convergeRefusal(spec, 5));
        // The executor refuses the failover test itself, whoever asks (the wizard calls it directly).
        Executor executor(spec.name, {}, nullptr, nullptr, nullptr);
        Job* job = executor.runPhase(*rb.phase(5), true);
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(2000));
        QCOMPARE(job->error(), rb.phase(5)->refusal);

        spec = specAfterConverge(spec, 1);
        QCOMPARE(spec.adopted.convergedPhases, QList<int> {1});
        QVERIFY(convergeRefusal(spec, 2).isEmpty());
        QVERIFY(!convergeRefusal(spec, 3).isEmpty());
        spec = specAfterConverge(spec, 2);
        QCOMPARE(spec.adopted.monitorRole, QStringLiteral("repmgr"));
        spec = specAfterConverge(spec, 3);
        // Phase 3 made pgpilot's monitoring role: the monitor logs in as it from now on.
        QCOMPARE(spec.adopted.monitorRole, monitorRole());
        QCOMPARE(spec.adopted.healthPrimaryPath, QStringLiteral("/master"));
        rb = buildRunbook(spec);
        QVERIFY(convergeRefusal(spec, 4).isEmpty());
        QVERIFY(rb.phase(5)->refusal.contains(QStringLiteral("1, 2, 3")));
        QVERIFY(validate(spec).isEmpty());
        // The file keeps the list, and refuses one of anything but whole numbers.
        const SpecLoadResult loaded = specFromBytes(specToBytes(spec));
        QVERIFY2(loaded.spec, qPrintable(loaded.error));
        QCOMPARE(loaded.spec->adopted.convergedPhases, (QList<int> {1, 2, 3}));
        const SpecLoadResult bad = specFromBytes(specToBytes(spec).replace("3\n", "\"3\"\n"));
        QVERIFY(!bad.spec);
        QVERIFY2(bad.error.contains(QStringLiteral("adopted.convergedPhases")), qPrintable(bad.error));
        // All four: an ordinary worksheet, every phase open.
        spec = specAfterConverge(spec, 4);
        QVERIFY(!spec.adopted.adopted);
        QVERIFY(!specToBytes(spec).contains("adopted"));
        rb = buildRunbook(spec);
        for (int n = 0; n <= 5; ++n)
            QVERIFY(rb.phase(n)->refusal.isEmpty());
    }

    void convergedPhasesAreValidated_data()
    {
        QTest::addColumn<QList<int>>("phases");
        QTest::addColumn<bool>("valid");
        QTest::newRow("none") << QList<int> {} << true;
        QTest::newRow("1-2") << QList<int> {1, 2} << true;
        QTest::newRow("zero") << QList<int> {0} << false;
        QTest::newRow("five") << QList<int> {1, 5} << false;
        QTest::newRow("twice") << QList<int> {1, 1} << false;
        QTest::newRow("unsorted") << QList<int> {2, 1} << false;
    }
    void convergedPhasesAreValidated()
    {
        QFETCH(QList<int>, phases);
        QFETCH(bool, valid);
        ClusterSpec spec = adoptedSpec();
        spec.adopted.convergedPhases = phases;
        bool flagged = false;
        for (const auto& problem : validate(spec))
            flagged = flagged || problem.field == QLatin1String("adopted.convergedPhases");
        QCOMPARE(!flagged, valid);
    }

    // PostgreSQL restarts on a cluster in service: the standbys one at a time (each streaming
    // again before the next, never lowering a setting the primary needs them to keep), the primary
    // only at the end of phase 4 by a switchover, once routing follows the primary.
    void adoptedRestartsAreRolling()
    {
        ClusterSpec spec = adoptedSpec();
        spec.adopted.convergedPhases = {1, 2, 3};
        const Runbook rb = buildRunbook(spec);
        const Phase& p2 = *rb.phase(2);
        QVERIFY(!findStep(p2, QStringLiteral("p2.restart")));
        const Step* standbys = findStep(p2, QStringLiteral("p2.restart-standbys"));
        QVERIFY(standbys);
        QVERIFY(standbys->sequential);
        const NodeSpec& primary = spec.nodes.at(spec.primaryIndex());
        QCOMPARE(standbys->work.size(), spec.nodes.size() - 1);
        for (const NodeWork& w : standbys->work) {
            QVERIFY(w.node != primary.name);
            QVERIFY(!w.probe.isEmpty());
            QVERIFY(w.actions.first().command.contains(QStringLiteral("max_wal_senders")));
            QCOMPARE(w.actions.at(1).effect, Action::ServiceEffect::Restart);
            QVERIFY(w.actions.last().description.contains(QStringLiteral("streams")));
        }
        // The phase-2 checkpoint lets the primary wait; phase 4's does not.
        const Phase& p4 = *rb.phase(4);
        const Step* restart = findStep(p4, QStringLiteral("p4.restart-primary"));
        QVERIFY(restart);
        // The switchover, then the old primary's Keepalived (it held the VIP), then the wait for the VIP.
        QCOMPARE(stepIds(p4).mid(stepIds(p4).size() - 3),
            (QStringList {QStringLiteral("p4.restart-primary"), QStringLiteral("p4.keepalived-old-primary"),
                QStringLiteral("p4.wait-vip")}));
        QCOMPARE(findStep(p4, QStringLiteral("p4.keepalived-old-primary"))->work.size(), 1);
        QCOMPARE(findStep(p4, QStringLiteral("p4.keepalived-old-primary"))->work.first().node, primary.name);
        QCOMPARE(restart->work.size(), 1);
        QVERIFY(restart->work.first().node != primary.name);
        QString commands;
        for (const Action& a : restart->work.first().actions)
            commands += a.command + QLatin1Char('\n');
        QVERIFY(commands.contains(QStringLiteral("standby switchover --siblings-follow --dry-run")));
        QVERIFY(restart->work.first().probe.contains(QStringLiteral("pending_restart")));
        bool strict = false;
        for (const Criterion& c : p4.checkpoint)
            strict = strict || c.id == QLatin1String("p4.settings");
        QVERIFY(strict);
        // Nodes change one at a time in phase 4, the primary (holding the VIP) last.
        for (const QString& id : {QStringLiteral("p4.health"), QStringLiteral("p4.haproxy")}) {
            const Step* s = findStep(p4, id);
            QVERIFY2(s && s->sequential, qPrintable(id));
            QCOMPARE(s->work.last().node, primary.name);
        }
        const Step* keepalived = findStep(p4, QStringLiteral("p4.keepalived"));
        QVERIFY(keepalived->sequential);
        QCOMPARE(keepalived->work.size(), spec.nodes.size() - 1);
        for (const NodeWork& w : keepalived->work)
            QVERIFY(w.node != primary.name);
        // A cluster pgpilot builds restarts every node at once and has no such step.
        const Runbook built = buildRunbook(validTestSpec());
        QVERIFY(findStep(*built.phase(2), QStringLiteral("p2.restart")));
        QVERIFY(!findStep(*built.phase(4), QStringLiteral("p4.restart-primary")));
        QVERIFY(!findStep(*built.phase(4), QStringLiteral("p4.health"))->sequential);
    }

    void settingsCheckpointLetsOnlyThePrimaryWait()
    {
        ClusterSpec spec = adoptedSpec();
        spec.adopted.convergedPhases = {1};
        const Runbook rb = buildRunbook(spec);
        const Phase& p2 = *rb.phase(2);
        const Criterion* c = nullptr;
        for (const Criterion& k : p2.checkpoint) {
            if (k.id == QLatin1String("p2.settings"))
                c = &k;
        }
        QVERIFY(c);
        auto verdict = [&](const QByteArray& primaryRow, const QByteArray& standbyRow) {
            QHash<QString, CommandOutput> outputs;
            for (const NodeSpec& n : spec.nodes) {
                CommandOutput o;
                o.reached = true;
                o.exitCode = 0;
                o.stdOut = n.role == NodeRole::Primary ? primaryRow : standbyRow;
                outputs.insert(n.name, o);
            }
            bool all = true;
            for (const CriterionResult& r : c->evaluate(outputs))
                all = all && r.passed;
            return all;
        };
        QVERIFY(verdict("replica|repmgr|2|f\n", "replica|repmgr|0|t\n"));
        QVERIFY(!verdict("replica|repmgr|0|f\n", "replica|repmgr|1|t\n"));
        QVERIFY(verdict("replica|repmgr|0|f\n", "replica|repmgr|0|t\n"));
    }

    // What a converge must never do to a cluster in service, and what it stops first.
    void adoptedNeverClonesAndStopsForeignServices()
    {
        ClusterSpec spec = adoptedSpec();
        spec.adopted.convergedPhases = {1, 2, 3};
        const Runbook rb = buildRunbook(spec);
        for (int n = 1; n <= 4; ++n) {
            for (const QString& command : allCommands(*rb.phase(n)))
                QVERIFY2(!command.contains(QStringLiteral("standby clone")), qPrintable(command));
        }
        const Phase& p3 = *rb.phase(3);
        QCOMPARE(stepIds(p3).first(), QStringLiteral("p3.adopted-ids"));
        const Step* ids = findStep(p3, QStringLiteral("p3.adopted-ids"));
        QVERIFY(ids->work.first().actions.first().command.contains(QStringLiteral("repmgr.nodes")));
        const Step* repmgrd = findStep(p3, QStringLiteral("p3.repmgrd"));
        bool stopsOthers = false;
        for (const Action& a : repmgrd->work.first().actions)
            stopsOthers = stopsOthers || a.effect == Action::ServiceEffect::Stop;
        QVERIFY(stopsOthers);
        const Step* health = findStep(*rb.phase(4), QStringLiteral("p4.health"));
        const QList<Action>& actions = health->work.first().actions;
        // pgchk stops just before pgpilot-health starts (the port's gap is one command long).
        QCOMPARE(actions.at(actions.size() - 2).effect, Action::ServiceEffect::Stop);
        QCOMPARE(actions.at(actions.size() - 2).unit, QStringLiteral("pgchk"));
        QVERIFY(actions.at(actions.size() - 2).command.contains(QStringLiteral("disable --now pgchk")));
        QCOMPARE(actions.last().effect, Action::ServiceEffect::Restart);
        // pgpilot's own cluster: none of this.
        const Runbook built = buildRunbook(validTestSpec());
        QVERIFY(!findStep(*built.phase(3), QStringLiteral("p3.adopted-ids")));
        for (const QString& command : allCommands(*built.phase(4)))
            QVERIFY(!command.contains(QStringLiteral("disable --now")));
    }

    // The guide appends its settings after include_dir 'conf.d': they would override the drop-in.
    void overridingSettingsAreCommentedOut()
    {
        const Runbook rb = buildRunbook(validTestSpec());
        const Phase& p2 = *rb.phase(2);
        const Step* s = findStep(p2, QStringLiteral("p2.conf-overrides"));
        QVERIFY(s);
        const NodeWork& w = s->work.first();
        const Action& comment = w.actions.first();
        QVERIFY(!comment.previewCommand.isEmpty());
        QTemporaryDir dir;
        const QString conf = dir.filePath(QStringLiteral("postgresql.conf"));
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("max_wal_senders = 5\n"
                "# a comment about wal_level = minimal\n"
                "include_dir = 'conf.d'\n"
                "#listen_addresses = 'old'\n"
                "# Replication settings\n"
                "listen_addresses = '*'\n"
                "  MAX_WAL_SENDERS 10\n"
                "work_mem = '8MB'\n");
        f.close();
        const QString real = comment.previewPath;
        auto localise = [&](QString command) {
            return command.replace(real, conf);
        };
        // The probe counts 2; the preview prints the file with both commented out, nothing else.
        CommandOutput probe = runLocally(localise(w.probe), {});
        QCOMPARE(probe.exitCode, 1);
        const CommandOutput preview = runLocally(localise(comment.previewCommand), {});
        QCOMPARE(preview.exitCode, 0);
        QCOMPARE(QString::fromUtf8(preview.stdOut),
            QStringLiteral("max_wal_senders = 5\n"
                           "# a comment about wal_level = minimal\n"
                           "include_dir = 'conf.d'\n"
                           "#listen_addresses = 'old'\n"
                           "# Replication settings\n"
                           "#pgpilot: listen_addresses = '*'\n"
                           "#pgpilot:   MAX_WAL_SENDERS 10\n"
                           "work_mem = '8MB'\n"));
        // The step itself (as the node would run it), then the probe says done.
        QCOMPARE(runLocally(localise(comment.command), {}).exitCode, 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), preview.stdOut);
        f.close();
        QCOMPARE(runLocally(localise(w.probe), {}).exitCode, 0);
    }

    // The preview runs only reading commands and shows each file's diff with secrets masked.
    void previewDiffsFilesAndMasksSecrets()
    {
        QTemporaryDir dir;
        const QString same = dir.filePath(QStringLiteral("same.conf"));
        const QString changed = dir.filePath(QStringLiteral("keepalived.conf"));
        const QString fresh = dir.filePath(QStringLiteral("new.conf"));
        const QString key = dir.filePath(QStringLiteral("id_ed25519"));
        const QString block = dir.filePath(QStringLiteral("hosts"));
        auto put = [](const QString& path, const QByteArray& bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        put(same, "a = 1\n");
        put(changed, "vrrp_instance VI_1 {\n    auth_pass hunter2-on-node\n    priority 101\n}\n");
        put(key,
            "-----BEGIN OPENSSH PRIVATE KEY-----\nnodesecretkeybytes\n-----END OPENSSH PRIVATE KEY-----\n");
        put(block, "127.0.0.1 localhost\n");

        Phase phase;
        phase.number = 4;
        phase.title = QStringLiteral("Test");
        Step step;
        step.id = QStringLiteral("p4.test");
        step.title = QStringLiteral("Write the files");
        NodeWork w;
        w.node = QStringLiteral("pg1");
        w.probe = QStringLiteral("exit 1");
        Action restart;
        restart.description = QStringLiteral("Restart keepalived");
        restart.command = QStringLiteral("touch ") + dir.filePath(QStringLiteral("ran"));
        restart.effect = Action::ServiceEffect::Restart;
        restart.unit = QStringLiteral("keepalived");
        Action hosts;
        hosts.description = QStringLiteral("Rewrite the block");
        hosts.command = QStringLiteral("touch ") + dir.filePath(QStringLiteral("ran"));
        hosts.previewPath = block;
        hosts.previewCommand = QStringLiteral("{ cat ") + block + QStringLiteral("; echo '10.0.0.1 pg1'; }");
        w.actions
            << writeAction(same, "a = 1\n")
            << writeAction(changed,
                   "vrrp_instance pgpilot {\n    auth_pass {{secret:pgpilot:t:vrrp}}\n    priority 100\n}\n"
                   "# postgres ALL=(root) NOPASSWD: /bin/b\n")
            << writeAction(fresh, "b = 2\n") << writeAction(key, "{{secret:pgpilot:t:ssh-key}}\n") << hosts
            << restart;
        step.work << w;
        NodeWork done = w;
        done.node = QStringLiteral("pg2");
        done.probe = QStringLiteral("exit 0");
        step.work << done;
        phase.steps << step;

        const PreviewPlan plan = previewPlan(phase);
        QCOMPARE(plan.items.size(), plan.phase.checkpoint.size());
        QVERIFY(plan.phase.steps.isEmpty());
        for (const Criterion& c : plan.phase.checkpoint) {
            QVERIFY2(!c.stdinData.contains("{{secret"), c.stdinData.constData());
            QVERIFY(!c.command.contains(QStringLiteral("touch")));
        }
        const PhasePreview pv = readPreview(plan, runPlanLocally(plan));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("ran"))));
        QVERIFY(!QFile::exists(fresh));
        QVERIFY(pv.allRead());
        QVERIFY(pv.changesAnything());
        QCOMPARE(pv.steps.size(), 2);
        const StepPreview& s = pv.steps.first();
        QVERIFY(s.wouldRun);
        QVERIFY(!pv.steps.last().wouldRun);
        QCOMPARE(s.files.size(), 5);
        QCOMPARE(s.files.at(0).state, FilePreview::State::Same);
        QCOMPARE(s.files.at(1).state, FilePreview::State::Changed);
        QCOMPARE(s.files.at(2).state, FilePreview::State::New);
        QCOMPARE(s.files.at(2).diff, QStringLiteral("b = 2"));
        QCOMPARE(s.files.at(3).state, FilePreview::State::NotCompared);
        QCOMPARE(s.files.at(4).state, FilePreview::State::Changed);
        QVERIFY(s.files.at(4).diff.contains(QStringLiteral("+10.0.0.1 pg1")));
        const QString diff = s.files.at(1).diff;
        QVERIFY(diff.contains(QStringLiteral("-vrrp_instance VI_1 {")));
        QVERIFY(diff.contains(QStringLiteral("+    priority 100")));
        QVERIFY(diff.contains(QStringLiteral("auth_pass <masked>")));
        // A word that merely contains one (NOPASSWD) is not a password.
        QVERIFY(diff.contains(QStringLiteral("+# postgres ALL=(root) NOPASSWD: /bin/b")));
        QCOMPARE(s.files.at(1).wantOwner, QStringLiteral("root:root 640"));
        QVERIFY(!s.files.at(1).owner.isEmpty());
        const QString text = previewText(pv);
        const QString json = QString::fromUtf8(QJsonDocument(previewJson(pv)).toJson());
        for (const QString& out : {text, json}) {
            QVERIFY(!out.contains(QStringLiteral("hunter2")));
            QVERIFY(!out.contains(QStringLiteral("nodesecretkeybytes")));
        }
        QVERIFY(text.contains(QStringLiteral("restarts keepalived")));
        QVERIFY(text.contains(QStringLiteral("pg2\n  Write the files: unchanged")));
        QVERIFY(text.contains(QStringLiteral("pg1: restart keepalived")));
        QVERIFY(json.contains(QStringLiteral("\"effect\": \"restart\"")));
    }

    // A node that cannot be asked is shown as such: the preview is then incomplete.
    void previewOfAnUnreachableNodeIsIncomplete()
    {
        const Runbook rb = buildRunbook(adoptedSpec());
        const Phase& p1 = *rb.phase(1);
        const PreviewPlan plan = previewPlan(p1);
        QVERIFY(!plan.items.isEmpty());
        CheckpointResult none;
        const PhasePreview pv = readPreview(plan, none);
        QVERIFY(!pv.allRead());
        QVERIFY(previewText(pv).contains(QStringLiteral("could not be read")));
    }
};

QTEST_GUILESS_MAIN(TestConverge)
#include "tst_converge.moc"
