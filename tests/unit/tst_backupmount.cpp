// SPDX-License-Identifier: GPL-3.0-or-later
// Backups with the repository on a directory mounted on every node (backup.repository "mount"):
// the worksheet, the nodes' pgBackRest files, phase 6's shape and who runs the repository's side,
// the drill on a node, and the operations' plans.
#include "cluster/specfile.h"
#include "cluster/specvalidator.h"
#include "ops/operationrunner.h"
#include "runbook/backupfiles.h"
#include "runbook/builder.h"
#include "runbookspecs.h"

#include <QJsonObject>
#include <QTest>

using namespace pgpilot;

namespace {

ClusterSpec mountSpec()
{
    ClusterSpec spec = runbookTestSpecs().at(2).spec; // debian-12 with a repository host "backup"
    spec.backup.repository = BackupRepository::Mount;
    spec.backup.host = NodeSpec();
    spec.backup.path = QStringLiteral("/mnt/pgbackrest");
    return spec;
}

const Criterion* findCriterion(const Phase& phase, const QString& id)
{
    for (const Criterion& c : phase.checkpoint) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Step* findStep(const Phase& phase, const QString& id)
{
    for (const Step& s : phase.steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

CommandOutput out(const QByteArray& stdOut, int exitCode = 0)
{
    CommandOutput o;
    o.reached = true;
    o.exitCode = exitCode;
    o.stdOut = stdOut;
    return o;
}

QString content(const QList<RenderedFile>& files, const QString& id)
{
    for (const RenderedFile& f : files) {
        if (f.id == id)
            return QString::fromUtf8(f.content);
    }
    return {};
}

} // namespace

class TestBackupMount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void worksheet()
    {
        const ClusterSpec spec = mountSpec();
        QVERIFY(spec.hasBackups());
        QVERIFY(!spec.hasBackupHost());
        QCOMPARE(spec.hosts().size(), spec.nodes.size()); // no repository host to log in to
        QVERIFY2(validate(spec).isEmpty(), qPrintable(validate(spec).value(0).message));
        // Written without a host, read back the same.
        const QJsonObject backup = specToJson(spec).value(QStringLiteral("backup")).toObject();
        QCOMPARE(backup.value(QStringLiteral("repository")).toString(), QStringLiteral("mount"));
        QVERIFY(!backup.contains(QStringLiteral("host")));
        const SpecLoadResult back = specFromBytes(specToBytes(spec));
        QVERIFY2(back.spec, qPrintable(back.error));
        QCOMPARE(back.spec->backup, spec.backup);
        // An old file without "repository" means a repository host.
        QByteArray old = specToBytes(runbookTestSpecs().at(2).spec);
        old.replace("\"repository\": \"host\",", "");
        QVERIFY(!old.contains("\"repository\""));
        QCOMPARE(specFromBytes(old).spec->backup.repository, BackupRepository::Host);
        // A mounted repository inside PostgreSQL's directories is refused at its field.
        ClusterSpec bad = spec;
        bad.backup.path = QStringLiteral("/var/lib/postgresql/backups");
        const ValidationIssues issues = validate(bad);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("backup.path"));
        // An unknown kind of repository is a load error naming the field.
        QByteArray unknown = specToBytes(spec).replace("\"mount\"", "\"s3\"");
        QVERIFY(specFromBytes(unknown).error.contains(QStringLiteral("backup.repository")));
        // No SSH key for a repository host among the secrets.
        QVERIFY(!clusterSecretKeys(spec).contains(pgbackrestSshKeyKey(spec)));
        QVERIFY(clusterSecretKeys(spec).contains(spec.backupCipherKey()));
    }

    void nodeFiles()
    {
        const ClusterSpec spec = mountSpec();
        QVERIFY(renderBackupHostFiles(spec).isEmpty());
        const NodeSpec& pg2 = spec.nodes.at(1);
        const QList<RenderedFile> files = renderBackupNodeFiles(spec, pg2);
        const QString conf = content(files, QStringLiteral("pgbackrest.conf"));
        QVERIFY2(conf.contains(QStringLiteral("repo1-path=/mnt/pgbackrest\n")), qPrintable(conf));
        QVERIFY(!conf.contains(QStringLiteral("repo1-host")));
        QVERIFY(conf.contains(QStringLiteral("pg1-path=/var/lib/postgresql/15/main\n")));
        // pg1 is this node; the others are reached over SSH at the background priority.
        QVERIFY(!conf.contains(QStringLiteral("pg1-host=")));
        for (const NodeSpec& n : spec.nodes) {
            QCOMPARE(conf.contains(QStringLiteral("-host=%1\n").arg(n.address)), n.name != pg2.name);
        }
        QVERIFY(conf.contains(QStringLiteral("pg2-host-cmd=%1\n").arg(backuppaths::backgroundCommand())));
        QVERIFY(conf.contains(QStringLiteral("archive-async=y")));
        // The passphrase on every node, as a placeholder; readable by postgres only.
        for (const RenderedFile& f : files) {
            if (f.id == QLatin1String("pgbackrest-cipher.conf")) {
                QCOMPARE(f.group, QStringLiteral("postgres"));
                QCOMPARE(f.mode, 0640);
                QVERIFY(f.content.contains("{{secret:"));
            }
        }
        QVERIFY(!content(files, QStringLiteral("pgbackrest-cipher.conf")).isEmpty());
        // The timers run the runner script as postgres, naming this node.
        const QString service = content(files, QStringLiteral("backup-full.service"));
        QVERIFY2(service.contains(QStringLiteral("User=postgres\n")), qPrintable(service));
        QVERIFY(service.contains(
            QStringLiteral("ExecStart=%1 --type full\n").arg(runnerCommand(spec, pg2.name))));
        QVERIFY(service.contains(QStringLiteral("--me pg2")));
        QVERIFY(!content(files, QStringLiteral("pgpilot-backup-run")).isEmpty());
        QVERIFY(!content(files, QStringLiteral("pgpilot-restore-drill")).isEmpty());
    }

    void phaseSix()
    {
        const ClusterSpec spec = mountSpec();
        const Runbook rb = buildRunbook(spec);
        const Phase* p6 = rb.phase(6);
        QVERIFY(p6);
        for (const QString& hostOnly : {QStringLiteral("p6.apt-source"), QStringLiteral("p6.repo-account"),
                 QStringLiteral("p6.repo-authorized-key"), QStringLiteral("p6.node-authorized-key")})
            QVERIFY2(!findStep(*p6, hostOnly), qPrintable(hostOnly));
        QStringList nodeNames;
        for (const NodeSpec& n : spec.nodes)
            nodeNames << n.name;
        for (const Step& s : p6->steps) {
            for (const NodeWork& w : s.work)
                QVERIFY2(nodeNames.contains(w.node), qPrintable(s.id + QLatin1Char(' ') + w.node));
        }
        // The mount is checked before anything is configured, and shared before the configuration.
        QStringList order;
        for (const Step& s : p6->steps)
            order << s.id;
        QVERIFY(order.indexOf(QStringLiteral("p6.precheck")) < order.indexOf(QStringLiteral("p6.mount-own")));
        QVERIFY(
            order.indexOf(QStringLiteral("p6.mount-own")) < order.indexOf(QStringLiteral("p6.mount-shared")));
        QVERIFY(
            order.indexOf(QStringLiteral("p6.mount-shared")) < order.indexOf(QStringLiteral("p6.config")));
        QVERIFY(findStep(*p6, QStringLiteral("p6.precheck"))
                    ->work.first()
                    .actions.first()
                    .command.contains(QStringLiteral("findmnt")));
        // The stanza is created by the runner alone: every node asks first.
        const Step* stanza = findStep(*p6, QStringLiteral("p6.stanza"));
        QCOMPARE(stanza->work.size(), spec.nodes.size());
        for (const NodeWork& w : stanza->work) {
            const Action& a = w.actions.first();
            QCOMPARE(a.runAs, QStringLiteral("postgres"));
            QVERIFY2(a.command.startsWith(
                         QStringLiteral("if %1 --am-runner; then\n").arg(runnerCommand(spec, w.node))),
                qPrintable(a.command));
            QVERIFY(a.command.contains(QStringLiteral("stanza-create")));
        }
        // The first full backup: the runner script on each node, after the marker rows.
        const Step* first = findStep(*p6, QStringLiteral("p6.first-full"));
        QVERIFY(first->sequential);
        QVERIFY(first->work.last().actions.first().command.endsWith(QStringLiteral("--type full")));
        // The timers are checked on every node.
        QCOMPARE(findCriterion(*p6, QStringLiteral("p6.timers"))->nodes.size(), spec.nodes.size());
    }

    void repositoryReadOnFirstAnsweringNode()
    {
        const Runbook rb = buildRunbook(mountSpec());
        const Criterion* c = findCriterion(*rb.phase(6), QStringLiteral("p6.backup"));
        QVERIFY(c);
        QCOMPARE(c->runAs, QStringLiteral("postgres"));
        const QByteArray info = "[{\"name\":\"lab\",\"status\":{\"code\":0,\"message\":\"ok\"},"
                                "\"backup\":[{\"type\":\"full\",\"error\":false}]}]";
        CommandOutput down;
        down.reached = false;
        down.error = QStringLiteral("no route to host");
        // pg1 unreachable, pg2 fails, pg3 answers: pg3's answer is judged.
        const QList<CriterionResult> r = c->evaluate({{QStringLiteral("pg1"), down},
            {QStringLiteral("pg2"), out("", 49)}, {QStringLiteral("pg3"), out(info)}});
        QCOMPARE(r.size(), 1);
        QVERIFY(r.first().passed);
        QCOMPARE(r.first().node, QStringLiteral("pg3"));
        // Nobody answers: not passed.
        QVERIFY(!c->evaluate({{QStringLiteral("pg1"), down}}).first().passed);
    }

    void drillOnANode()
    {
        const ClusterSpec spec = mountSpec();
        const Runbook rb = buildRunbook(spec);
        const Criterion* c = findCriterion(*rb.phase(6), QStringLiteral("p6.drill"));
        QVERIFY(c);
        QCOMPARE(c->nodeCommands.size(), spec.nodes.size());
        for (const NodeSpec& n : spec.nodes) {
            const QString cmd = c->nodeCommands.value(n.name);
            QVERIFY(cmd.contains(QStringLiteral("pgpilot_backup_marker"))); // the primary's rows
            QVERIFY(cmd.contains(amRunnerShell(spec, n.name)));
            QVERIFY(cmd.contains(QStringLiteral("--repo-user postgres")));
        }
        const QByteArray drill = "drill-result {\"backup\": {\"label\": \"20261205-101500F\", \"start\": "
                                 "1764900000, \"type\": \"full\"}, \"marker\": {\"max\": 7}, \"ok\": true, "
                                 "\"restoreSeconds\": 3.5, \"recoveryPoint\": null, \"seconds\": 9.5}\n";
        // pg1 primary (marker rows), pg2 the runner (the drill), pg3 nothing.
        const QList<CriterionResult> r
            = c->evaluate({{QStringLiteral("pg1"), out("8 1764900100\n7 1764899990\n")},
                {QStringLiteral("pg2"), out("restoring ...\n" + drill)}, {QStringLiteral("pg3"), out("")}});
        QVERIFY2(r.first().passed, qPrintable(r.first().seen));
        QCOMPARE(r.first().node, QStringLiteral("pg2")); // where the drill ran
        QVERIFY(r.first().seen.contains(QStringLiteral("marker 7 found")));
    }

    void operations()
    {
        const ClusterSpec spec = mountSpec();
        OperationRequest r;
        r.kind = OperationKind::Backup;
        r.option = QStringLiteral("diff");
        const OperationPlan backup = buildOperation(spec, r, QStringLiteral("pg1"));
        QVERIFY2(backup.valid(), qPrintable(backup.error));
        const Step& step = backup.phase.steps.first();
        QCOMPARE(step.work.size(), spec.nodes.size());
        for (const NodeWork& w : step.work)
            QCOMPARE(w.actions.first().command, runnerCommand(spec, w.node) + QStringLiteral(" --type diff"));
        r.kind = OperationKind::Restore;
        r.option = QStringLiteral("2025-12-05 10:15:00+00");
        const OperationPlan restore = buildOperation(spec, r, QStringLiteral("pg1"));
        QVERIFY2(restore.valid(), qPrintable(restore.error));
        for (const Step& s : restore.phase.steps) {
            if (s.id.endsWith(QLatin1String(".rehearse"))) {
                QCOMPARE(s.work.size(), spec.nodes.size());
                QVERIFY(
                    s.work.first().actions.first().command.contains(QStringLiteral("--repo-user postgres")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBackupMount)
#include "tst_backupmount.moc"
