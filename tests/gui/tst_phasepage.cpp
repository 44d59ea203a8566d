// SPDX-License-Identifier: GPL-3.0-or-later
#include "darkpalette.h"
#include "exec/executor.h"
#include "exec/progressstore.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "phasepage.h"
#include "previewdialog.h"
#include "remote/localhost.h"
#include "runbook/preview.h"
#include "secrets/memorysecretstore.h"

#include <QAbstractButton>
#include <QBrush>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace pgpilot;

namespace {

Step stepOnAll(const QString& id, const QStringList& nodes, const QString& command)
{
    Step s;
    s.id = id;
    s.title = id;
    for (const QString& n : nodes) {
        NodeWork w;
        w.node = n;
        Action a;
        a.command = command;
        a.description = id;
        w.actions << a;
        s.work << w;
    }
    return s;
}

Criterion fileCriterion(const QStringList& nodes)
{
    Criterion c;
    c.id = QStringLiteral("marker");
    c.description = QStringLiteral("the marker file exists on every node");
    c.nodes = nodes;
    c.command = QStringLiteral("cat \"$NODE_DIR/marker\"");
    c.evaluate = [](const QHash<QString, CommandOutput>& outputs) {
        QList<CriterionResult> results;
        for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
            CriterionResult r;
            r.node = it.key();
            r.expected = QStringLiteral("ok");
            r.seen = QString::fromUtf8(it->stdOut).trimmed();
            r.passed = r.seen == r.expected;
            results << r;
        }
        return results;
    };
    return c;
}

} // namespace

class TestPhasePage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QStringList m_nodes {QStringLiteral("pg1"), QStringLiteral("pg2"), QStringLiteral("pg3")};
    QList<LocalHost*> m_hosts;
    QHash<QString, RemoteHost*> m_map;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProgressStore> m_progress;

    void save(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(200);
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void init()
    {
        for (const QString& n : m_nodes) {
            QDir(m_dir.filePath(n)).removeRecursively();
            QDir().mkpath(m_dir.filePath(n));
            auto* h = new LocalHost(n);
            h->setEnvironment(QStringLiteral("NODE_DIR"), m_dir.filePath(n));
            m_hosts << h;
            m_map.insert(n, h);
        }
        m_secrets = std::make_unique<MemorySecretStore>();
        m_progress = std::make_unique<ProgressStore>(m_dir.filePath(QStringLiteral("progress.json")));
        m_progress->forget(QString());
    }
    void cleanup()
    {
        qDeleteAll(m_hosts);
        m_hosts.clear();
        m_map.clear();
    }

    void runsPhaseShowsLogsAndPassesCheckpoint()
    {
        Phase phase;
        phase.number = 2;
        phase.title = QStringLiteral("PostgreSQL configuration");
        phase.summary = QStringLiteral("Writes the drop-in and restarts PostgreSQL on every node.");
        phase.steps << stepOnAll(
            QStringLiteral("p2.lines"), m_nodes, QStringLiteral("seq 1 20000; echo 'warning: noisy' >&2"))
                    << stepOnAll(QStringLiteral("p2.marker"), m_nodes,
                           QStringLiteral("echo ok > \"$NODE_DIR/marker\""));
        phase.checkpoint << fileCriterion(m_nodes);
        Executor ex(QStringLiteral("t"), m_map, m_secrets.get(), nullptr, m_progress.get());
        PhasePage page(phase, m_nodes);
        page.resize(1200, 800);
        page.show();
        page.attach(&ex, m_progress.get());
        QVERIFY(!page.isComplete());

        // The GUI thread keeps turning while 60,000 lines arrive.
        qint64 longestStall = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this,
            [&] { longestStall = qMax(longestStall, sinceTick.restart()); });
        heartbeat.start(10);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("runPhase")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 30000);
        heartbeat.stop();
        qInfo("longest GUI-thread stall while 60,000 lines streamed: %lld ms", longestStall);

        QAbstractItemModel* steps = page.findChild<QTreeView*>(QStringLiteral("phaseSteps"))->model();
        for (int c = 1; c <= 3; ++c)
            QVERIFY2(steps->index(1, c).data().toString().contains(QStringLiteral("done")),
                qPrintable(steps->index(1, c).data().toString()));
        auto* bar = page.findChild<QProgressBar*>(QStringLiteral("phaseProgress"));
        QCOMPARE(bar->value(), bar->maximum());
        const QString log = page.logText(QStringLiteral("pg2"));
        QVERIFY(log.contains(QStringLiteral("\n20000\n")));
        QVERIFY(log.contains(QStringLiteral("! warning: noisy")));
        QAbstractItemModel* table = page.findChild<QTableView*>(QStringLiteral("checkpointTable"))->model();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(table->index(0, 0).data().toString().contains(QStringLiteral("PASS")));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("checkpointVerdict"))
                    ->text()
                    .contains(QStringLiteral("passed")));
        save(&page, QStringLiteral("wizard-phase-passed.png"));
    }

    void failureOffersRetryAndCommands()
    {
        Phase phase;
        phase.number = 3;
        phase.title = QStringLiteral("repmgr cluster");
        Step bad = stepOnAll(QStringLiteral("p3.clone"), m_nodes,
            QStringLiteral("[ \"$(basename \"$NODE_DIR\")\" != pg2 ] || { echo 'could not connect to the "
                           "primary' >&2; exit 2; }; "
                           "echo ok > \"$NODE_DIR/marker\""));
        bad.onFailureHint = QStringLiteral("Check that the standby reaches the primary on port 5432.");
        phase.steps << bad;
        phase.checkpoint << fileCriterion(m_nodes);
        Executor ex(QStringLiteral("t"), m_map, m_secrets.get(), nullptr, m_progress.get());
        PhasePage page(phase, m_nodes);
        page.resize(1200, 800);
        page.show();
        page.attach(&ex, m_progress.get());
        page.run();
        auto* failure = page.findChild<QLabel*>(QStringLiteral("phaseFailure"));
        QTRY_VERIFY_WITH_TIMEOUT(failure->isVisible(), 20000);
        QVERIFY(failure->text().contains(QStringLiteral("pg2")));
        QVERIFY(failure->text().contains(QStringLiteral("could not connect to the primary")));
        QVERIFY(failure->text().contains(QStringLiteral("What to do")));
        QVERIFY(!page.isComplete());
        for (const char* name : {"retryStep", "retryPhase", "showCommands"})
            QVERIFY2(page.findChild<QPushButton*>(QString::fromLatin1(name))->isVisible(), name);
        // pg2's cell of the step says it failed, in the failure colour; pg1's says done.
        QAbstractItemModel* steps = page.findChild<QTreeView*>(QStringLiteral("phaseSteps"))->model();
        QCOMPARE(steps->index(0, 2).data().toString(), QStringLiteral("\u2716 FAILED"));
        QCOMPARE(qvariant_cast<QBrush>(steps->index(0, 2).data(Qt::ForegroundRole)).color(),
            isDarkPalette(QPalette::Base) ? QColor(0xff, 0x8a, 0x80) : QColor(0xa3, 0x0b, 0x0b));
        QVERIFY2(steps->index(0, 1).data().toString().contains(QStringLiteral("done")),
            qPrintable(steps->index(0, 1).data().toString()));
        save(&page, QStringLiteral("wizard-phase-failed.png"));

        page.findChild<QPushButton*>(QStringLiteral("showCommands"))->click();
        auto* dialog = page.findChild<QDialog*>(QStringLiteral("commandsDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QPlainTextEdit*>()->toPlainText().contains(
            QStringLiteral("could not connect to the primary")));
        dialog->close();

        // The admin fixes the cause; Retry step resumes: pg1 and pg3 are not run again.
        QFile(m_dir.filePath(QStringLiteral("pg1/marker"))).remove();
        QFile fix(m_dir.filePath(QStringLiteral("pg2/marker")));
        QVERIFY(fix.open(QIODevice::WriteOnly));
        fix.write("ok\n");
        fix.close();
        // pg2's fix: it now runs in a directory the failing test in the command does not match.
        QTemporaryDir scratch;
        const QString fixedDir = scratch.filePath(QStringLiteral("pg2-fixed"));
        for (LocalHost* h : std::as_const(m_hosts))
            if (h->nodeName() == QLatin1String("pg2"))
                h->setEnvironment(QStringLiteral("NODE_DIR"), fixedDir);
        QDir().mkpath(fixedDir);
        page.findChild<QPushButton*>(QStringLiteral("retryStep"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
        // The failed step ran again on pg2 (its fixed run wrote the marker into the new directory)
        // and its row says so.
        QVERIFY2(QFile::exists(fixedDir + QStringLiteral("/marker")),
            qPrintable(page.logText(QStringLiteral("pg2"))));
        QVERIFY2(steps->index(0, 2).data().toString().contains(QStringLiteral("done")),
            qPrintable(steps->index(0, 2).data().toString()));
        // pg1 was resumed from saved progress, so its (removed) marker was not written again.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pg1/marker"))));
        QVERIFY(!page.isComplete()); // and the checkpoint says so
    }

    void pageHearsOnlyItsOwnPhase()
    {
        // Two pages on one executor, as in the wizard: the first page's phase passes; then the
        // second page runs a phase whose output and failing checkpoint must not reach the first.
        Phase one;
        one.number = 1;
        one.steps << stepOnAll(QStringLiteral("p1.marker"), m_nodes,
            QStringLiteral("echo from-phase-one; echo ok > \"$NODE_DIR/marker\""));
        one.checkpoint << fileCriterion(m_nodes);
        Phase two;
        two.number = 2;
        two.steps << stepOnAll(QStringLiteral("p2.break"), m_nodes,
            QStringLiteral("echo from-phase-two; echo broken > \"$NODE_DIR/marker\""));
        two.checkpoint << fileCriterion(m_nodes);
        Executor ex(QStringLiteral("t"), m_map, m_secrets.get(), nullptr, m_progress.get());
        PhasePage first(one, m_nodes);
        PhasePage second(two, m_nodes);
        first.attach(&ex, m_progress.get());
        second.attach(&ex, m_progress.get());
        first.run();
        QTRY_VERIFY_WITH_TIMEOUT(first.isComplete(), 20000);
        QAbstractItemModel* firstTable
            = first.findChild<QTableView*>(QStringLiteral("checkpointTable"))->model();
        const int firstRows = firstTable->rowCount();
        second.run();
        QTRY_VERIFY_WITH_TIMEOUT(!second.isRunning() && !ex.isBusy(), 20000);
        QVERIFY(!second.isComplete()); // its checkpoint failed...
        QVERIFY(first.isComplete()); // ...and the first page still shows its own passed one
        QCOMPARE(firstTable->rowCount(), firstRows);
        QVERIFY(firstTable->index(0, 0).data().toString().contains(QStringLiteral("PASS")));
        for (const QString& n : m_nodes) {
            QVERIFY2(
                !first.logText(n).contains(QStringLiteral("from-phase-two")), qPrintable(first.logText(n)));
            QVERIFY(first.logText(n).contains(QStringLiteral("from-phase-one")));
            QVERIFY(second.logText(n).contains(QStringLiteral("from-phase-two")));
            QVERIFY(!second.logText(n).contains(QStringLiteral("from-phase-one")));
        }
    }

    void failoverIsNarrated()
    {
        Phase phase;
        phase.number = 5;
        phase.destructive = true;
        phase.confirmation = QStringLiteral("This stops PostgreSQL on pg1.");
        PhasePage page(phase, m_nodes);
        page.resize(1200, 800);
        page.show();
        auto derived = [](DemoScenario scenario) {
            ClusterSnapshot s = demoSnapshot(scenario);
            deriveCluster(s);
            return s;
        };
        page.showNarration(derived(DemoScenario::Healthy));
        QVERIFY2(
            page.narrationText().contains(QStringLiteral("Primary: pg1")), qPrintable(page.narrationText()));
        page.showNarration(derived(DemoScenario::FailoverInProgress));
        page.showNarration(derived(DemoScenario::Healthy));
        const QString text = page.narrationText();
        // Every change is a line: the primary went away and came back, and so did the VIP/writes.
        QVERIFY2(text.contains(QStringLiteral("primary: pg1 \u2192 ")), qPrintable(text));
        QVERIFY2(text.count(QStringLiteral("\u2192")) >= 3, qPrintable(text));
        save(&page, QStringLiteral("wizard-phase5-narration.png"));
    }

    void destructivePhaseAsksFirst()
    {
        Phase phase;
        phase.number = 5;
        phase.destructive = true;
        phase.confirmation = QStringLiteral("This stops PostgreSQL on pg1, the primary.");
        phase.steps << stepOnAll(
            QStringLiteral("p5.stop"), m_nodes, QStringLiteral("touch \"$NODE_DIR/stopped\""));
        Executor ex(QStringLiteral("t"), m_map, m_secrets.get(), nullptr, nullptr);
        PhasePage page(phase, m_nodes);
        page.show();
        page.attach(&ex, nullptr);
        page.findChild<QPushButton*>(QStringLiteral("runPhase"))->click();
        auto* box = page.findChild<QMessageBox*>(QStringLiteral("confirmDestructive"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("stops PostgreSQL on pg1")));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(300);
        QVERIFY(!page.isRunning());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pg1/stopped"))));
    }

    // On a cluster in service (an adopted one), Run opens the phase's preview and changes nothing;
    // only the preview's Apply runs the phase. Turned off, the page runs as usual again.
    void convergingPhaseRunsOnlyFromItsPreview()
    {
        Phase phase;
        phase.number = 2;
        phase.title = QStringLiteral("PostgreSQL configuration");
        Step step;
        step.id = QStringLiteral("p2.conf");
        step.title = QStringLiteral("Write x.conf");
        for (const QString& node : m_nodes) {
            NodeWork w;
            w.node = node;
            Action a;
            a.kind = Action::Kind::WriteFile;
            a.description = QStringLiteral("Write x.conf");
            a.path = m_dir.filePath(node + QStringLiteral("/x.conf"));
            a.content = "x = 1\n";
            a.mode = 0644;
            w.actions << a;
            step.work << w;
        }
        phase.steps << step;
        phase.checkpoint << fileCriterion(m_nodes);
        Executor ex(QStringLiteral("t"), m_map, m_secrets.get(), nullptr, m_progress.get());
        PhasePage page(phase, m_nodes);
        page.show();
        page.attach(&ex, m_progress.get());
        page.setConverging(true);
        auto* run = page.findChild<QPushButton*>(QStringLiteral("runPhase"));
        QCOMPARE(run->text(), QStringLiteral("Preview and apply phase 2..."));
        run->click();
        auto* preview = page.findChild<PreviewDialog*>(QStringLiteral("previewDialog"));
        QVERIFY2(preview, "Run did not open the preview");
        QTRY_VERIFY_WITH_TIMEOUT(preview->isRead(), 10000);
        QVERIFY(!page.isRunning());
        for (const QString& node : m_nodes)
            QVERIFY(!QFile::exists(m_dir.filePath(node + QStringLiteral("/x.conf"))));
        QCOMPARE(preview->preview().steps.size(), 3);
        QCOMPARE(preview->preview().steps.first().files.first().state, FilePreview::State::New);
        auto* apply = preview->findChild<QPushButton*>(QStringLiteral("previewApply"));
        QVERIFY(apply && apply->isEnabled());
        apply->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 10000);
        for (const QString& node : m_nodes)
            QVERIFY(QFile::exists(m_dir.filePath(node + QStringLiteral("/x.conf"))));
        page.setConverging(false);
        QCOMPARE(run->text(), QStringLiteral("Run phase 2"));
    }
};

QTEST_MAIN(TestPhasePage)
#include "tst_phasepage.moc"
