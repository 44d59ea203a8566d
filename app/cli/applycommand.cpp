// SPDX-License-Identifier: GPL-3.0-or-later
// pgpilot apply and check: the wizard's phases without a display.
#include "cluster/specfile.h"
#include "command.h"
#include "commands.h"
#include "core/interrupt.h"
#include "exec/clustersession.h"
#include "exec/job.h"
#include "exec/progressstore.h"
#include "options.h"
#include "output.h"
#include "runbook/builder.h"
#include "runbook/preview.h"
#include "secrets/secretstore.h"
#include "services/clusterservices.h"
#include "session.h"

namespace pgpilot::cli {

namespace {

QString statusWord(NodeStepResult::Status s)
{
    switch (s) {
    case NodeStepResult::Status::Done:
        return QStringLiteral("done");
    case NodeStepResult::Status::Skipped:
        return QStringLiteral("already done");
    case NodeStepResult::Status::Resumed:
        return QStringLiteral("done earlier");
    case NodeStepResult::Status::Failed:
        return QStringLiteral("FAILED");
    case NodeStepResult::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

// What apply and check print as the phases run: text for a person, or one JSON object per event.
class PhaseReport
{
public:
    PhaseReport(bool json, const Io& io)
        : m_json(json)
        , m_io(io)
    { }

    void phaseStarted(int number, const Phase* phase) const
    {
        if (!m_json && phase)
            print(m_io.out, QStringLiteral("== Phase %1: %2\n").arg(number).arg(phase->title));
        if (m_json)
            printJson(m_io.out,
                {{QStringLiteral("event"), QStringLiteral("phase-started")},
                    {QStringLiteral("phase"), number}});
    }

    void phaseFinished(const PhaseResult& r) const
    {
        if (m_json)
            printJson(m_io.out,
                {{QStringLiteral("event"), QStringLiteral("phase-finished")},
                    {QStringLiteral("phase"), r.phase}, {QStringLiteral("ok"), r.ok},
                    {QStringLiteral("error"), r.error}, {QStringLiteral("hint"), r.hint},
                    {QStringLiteral("step"), r.failedStep}, {QStringLiteral("node"), r.failedNode},
                    {QStringLiteral("ms"), r.durationMs}});
        else if (!r.ok)
            print(m_io.err,
                CommandLine::tr("Phase %1 stopped at step %2 on %3:\n  %4\n%5")
                    .arg(r.phase)
                    .arg(r.failedStep, r.failedNode, r.error,
                        r.hint.isEmpty() ? QString() : CommandLine::tr("  What to do: %1\n").arg(r.hint)));
    }

    void checkpoint(const CheckpointResult& r) const
    {
        for (const auto& item : r.items) {
            const CriterionResult& c = item.result;
            if (m_json) {
                printJson(m_io.out,
                    {{QStringLiteral("event"), QStringLiteral("criterion")},
                        {QStringLiteral("phase"), r.phase}, {QStringLiteral("id"), item.criterionId},
                        {QStringLiteral("passed"), c.passed}, {QStringLiteral("node"), c.node},
                        {QStringLiteral("expected"), c.expected}, {QStringLiteral("seen"), c.seen},
                        {QStringLiteral("likelyCause"), c.likelyCause}});
                continue;
            }
            print(m_io.out,
                QStringLiteral("   %1  %2%3: expected %4; seen %5%6\n")
                    .arg(c.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"), item.description,
                        c.node.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.node), c.expected,
                        c.seen,
                        c.passed || c.likelyCause.isEmpty()
                            ? QString()
                            : CommandLine::tr("; likely cause: %1").arg(c.likelyCause)));
        }
        if (m_json)
            printJson(m_io.out,
                {{QStringLiteral("event"), QStringLiteral("checkpoint")}, {QStringLiteral("phase"), r.phase},
                    {QStringLiteral("passed"), r.passed}});
        else
            print(m_io.out,
                CommandLine::tr("-- Checkpoint of phase %1: %2\n")
                    .arg(r.phase)
                    .arg(r.passed ? CommandLine::tr("PASSED") : CommandLine::tr("FAILED")));
    }

    void step(const QString& step, const QString& node, const NodeStepResult& r) const
    {
        if (m_json)
            printJson(m_io.out,
                {{QStringLiteral("event"), QStringLiteral("step")}, {QStringLiteral("step"), step},
                    {QStringLiteral("node"), node}, {QStringLiteral("status"), statusWord(r.status)},
                    {QStringLiteral("ms"), r.durationMs}, {QStringLiteral("error"), r.error}});
        else
            print(m_io.out,
                QStringLiteral("   %1  %2  %3 (%4 s)\n")
                    .arg(node, -6)
                    .arg(step, -24)
                    .arg(statusWord(r.status))
                    .arg(r.durationMs / 1000.0, 0, 'f', 1));
    }

private:
    bool m_json;
    Io m_io;
};

class ApplyCommand : public Command
{
public:
    // check: only the checkpoints, of phases 0-4 by default, and it goes on after a failed one.
    ApplyCommand(QString name, const char* summary, const char* about, const char* exitStatus, bool checkOnly)
        : Command(std::move(name), summary, about, exitStatus)
        , m_checkOnly(checkOnly)
    {
        using Show = OptionSet::Show;
        addOption(valueOption("phase", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "N"),
                      QT_TRANSLATE_NOOP(
                          "pgpilot::CommandLine", "Only this phase (0-5, 6 with a backup repository).")),
            Show::InUsage);
        addOption(valueOption("from", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "N"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine", "From this phase on.")),
            Show::InUsage);
        addOption(valueOption("to", QT_TRANSLATE_NOOP("pgpilot::CommandLine", "N"),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Up to this phase.")),
            Show::InUsage);
        // check accepts --yes (it has always taken apply's options) but has nothing to confirm.
        addOption(described(yesOption(),
                      QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Confirm phase 5 (it stops the primary).")),
            checkOnly ? Show::Hidden : Show::InUsage);
        addOption(jsonOption());
        addOption(flagOption("fresh",
            QT_TRANSLATE_NOOP("pgpilot::CommandLine", "Forget saved progress: probe every step again.")));
        if (!checkOnly)
            addOption(flagOption("preview",
                          QT_TRANSLATE_NOOP("pgpilot::CommandLine",
                              "Show, per node and file, what the phase would change and which services "
                              "it would reload, restart or stop; change nothing.")),
                Show::InUsage);
        addOptions(sessionOptions());
    }

protected:
    int run(const Invocation& args, const Io& io) const override
    {
        const auto spec = loadValidSpec(args.clusterFile(), io.err);
        if (!spec)
            return 3;
        // Phase 6 (backups) exists when the worksheet has a pgBackRest repository host.
        const int last = spec->hasBackups() ? 6 : 5;
        int from = 0, to = m_checkOnly ? 4 : last;
        if (args.isSet("phase"))
            from = to = args.value("phase").toInt();
        if (args.isSet("from"))
            from = args.value("from").toInt();
        if (args.isSet("to"))
            to = args.value("to").toInt();
        if (from == 6 && to == 6 && last == 5) {
            print(io.err,
                CommandLine::tr(
                    "Phase 6 (backups) needs a backup repository: set archiving.mode to pgbackrest and "
                    "fill the backup section of %1.\n")
                    .arg(args.clusterFile()));
            return 2;
        }
        if (from < 0 || to > last || from > to) {
            print(io.err,
                CommandLine::tr("Phases run from 0 to %1; %2..%3 is not a range of them.\n")
                    .arg(last)
                    .arg(from)
                    .arg(to));
            return 2;
        }
        const bool preview = !m_checkOnly && args.isSet("preview");
        if (!m_checkOnly && !preview && spec->adopted.adopted) {
            // A cluster built by hand converges one phase at a time, after its preview: refused
            // before anything connects.
            if (from != to || from < 1 || from > 5) {
                print(io.err,
                    CommandLine::tr(
                        "%1 was adopted: pgpilot converges it one phase at a time. Look at what a "
                        "phase would change with\n  pgpilot apply %1 --phase N --preview\nthen apply "
                        "it with --phase N --yes (N from 1 to 4, in order).\n")
                        .arg(args.clusterFile()));
                return 2;
            }
            if (const QString refusal = convergeRefusal(*spec, from); !refusal.isEmpty()) {
                print(io.err,
                    refusal
                        + CommandLine::tr(
                            "\nRead-only: pgpilot check %1 (the checkpoints), pgpilot audit %1.\n")
                              .arg(args.clusterFile()));
                return 1;
            }
            if (!args.isSet("yes")) {
                print(io.err,
                    CommandLine::tr("%1 was adopted: phase %2 changes a cluster in service. Look at what it "
                                    "would change first:\n  pgpilot apply %1 --phase %2 --preview\nthen add "
                                    "--yes to apply it.\n")
                        .arg(args.clusterFile())
                        .arg(from));
                return 2;
            }
        }
        const std::unique_ptr<SecretStore> secrets = openSecretStore(args.value("secrets-file"), io.err);
        if (!secrets)
            return 3;
        return runPhases(*spec, secrets.get(), from, to, args, io);
    }

private:
    // Opens the cluster's session (ClusterServices, as the window does) and runs phases from..to
    // on it (each phase's steps and then its checkpoint; check: the checkpoints only), printing
    // every event; the exit status. Ctrl+C (or SIGTERM) stops the running step on every node and
    // keeps the progress; a second one quits.
    int runPhases(const ClusterSpec& spec, SecretStore* secrets, int from, int to, const Invocation& args,
        const Io& io) const
    {
        const bool preview = !m_checkOnly && args.isSet("preview");
        if (!m_checkOnly && !preview && from <= 5 && to >= 5 && !args.isSet("yes")) {
            const Runbook runbook = buildRunbook(spec);
            const Phase* destructive = runbook.phase(5);
            print(io.err,
                CommandLine::tr(
                    "This is destructive: %1\nAdd --yes to go ahead, or --to 4 to stop before phase 5.\n")
                    .arg(destructive ? destructive->confirmation : QString()));
            return 2;
        }
        ClusterServices services(spec, secrets);
        configureServices(services, args);
        ClusterSession* session = nullptr; // set once open
        const PhaseReport report(args.isSet("json"), io);

        int current = from;
        int exitCode = 0;
        QPointer<Job> running; // the phase or checkpoint now running
        std::function<void(const PhaseResult&)> phaseDone;
        std::function<void(const CheckpointResult&)> checkpointDone;
        InterruptWatcher interrupt;
        QObject::connect(&interrupt, &InterruptWatcher::interrupted, &services, [&](int) {
            print(io.err,
                CommandLine::tr(
                    "\nInterrupted: stopping the running step on every node (its remote commands are "
                    "killed; what finished is kept, so `pgpilot apply` again resumes). Press Ctrl+C "
                    "again to quit at once.\n"));
            if (running)
                running->cancel();
            else
                QCoreApplication::exit(interrupt.exitCode());
        });
        std::function<void(int)> startPhase;
        startPhase = [&](int n) {
            const Phase* phase = session->runbook().phase(n);
            if (preview) {
                Job* job = session->runPreview(n);
                running = job;
                QObject::connect(job, &Job::finished, &services, [&, job, n] {
                    const Phase* p = session->runbook().phase(n);
                    const PhasePreview pv
                        = p ? readPreview(previewPlan(*p), job->checkpointResult()) : PhasePreview {};
                    if (!job->error().isEmpty() || !p) {
                        print(io.err, job->error() + QLatin1Char('\n'));
                        exitCode = 1;
                    } else if (args.isSet("json")) {
                        printJson(io.out, previewJson(pv));
                    } else {
                        print(io.out, previewText(pv));
                    }
                    if (p && !pv.allRead())
                        exitCode = 1;
                    if (++current > to) {
                        QCoreApplication::exit(exitCode);
                        return;
                    }
                    startPhase(current);
                });
                return;
            }
            report.phaseStarted(n, phase);
            Job* job = m_checkOnly || !phase || phase->steps.isEmpty()
                ? session->runCheckpoint(n)
                : session->runPhase(n, /*thenCheckpoint=*/true);
            running = job;
            QObject::connect(job, &Job::stepNodeFinished, &services,
                [&](const QString& step, const QString& node, const NodeStepResult& r) {
                    report.step(step, node, r);
                });
            if (args.isSet("verbose"))
                QObject::connect(job, &Job::output, &services, verboseOutput(io));
            auto stepsReported = std::make_shared<bool>(false);
            QObject::connect(job, &Job::stepsFinished, &services, [&, stepsReported](const PhaseResult& r) {
                *stepsReported = true;
                phaseDone(r);
            });
            QObject::connect(job, &Job::finished, &services, [&, job, stepsReported] {
                if (job->kind() == Job::Kind::Checkpoint || job->hasCheckpoint())
                    checkpointDone(job->checkpointResult());
                else if (!*stepsReported) // refused before any step ran
                    phaseDone(job->phaseResult());
            });
        };
        phaseDone = [&](const PhaseResult& r) {
            report.phaseFinished(r);
            if (r.ok)
                return; // the job runs the checkpoint next
            exitCode = 1;
            QCoreApplication::exit(1);
        };
        checkpointDone = [&](const CheckpointResult& r) {
            report.checkpoint(r);
            if (r.passed && !m_checkOnly && spec.adopted.adopted && r.phase >= 1 && r.phase <= 4) {
                // The worksheet records the converged phase (and reads the cluster as pgpilot set
                // it up from now on): written before anything else can fail.
                const ClusterSpec next = specAfterConverge(spec, r.phase);
                QString error;
                if (!saveSpecFile(next, args.clusterFile(), &error)) {
                    print(io.err,
                        CommandLine::tr("Phase %1 converged, but %2 could not be rewritten to say so: %3\n")
                            .arg(r.phase)
                            .arg(args.clusterFile(), error));
                    exitCode = 3;
                } else {
                    print(io.out,
                        next.adopted.adopted
                            ? CommandLine::tr("Phase %1 converged; %2 records it.\n")
                                  .arg(r.phase)
                                  .arg(args.clusterFile())
                            : CommandLine::tr(
                                "Phase %1 converged: the cluster is now set up as pgpilot builds it, "
                                "and %2 is an ordinary pgpilot worksheet.\n")
                                  .arg(r.phase)
                                  .arg(args.clusterFile()));
                }
            }
            if (!r.passed) {
                exitCode = 1;
                if (!m_checkOnly) {
                    QCoreApplication::exit(1);
                    return;
                }
            }
            if (++current > to) {
                QCoreApplication::exit(exitCode);
                return;
            }
            startPhase(current);
        };
        services.withSession([&](ClusterSession* opened, const QString& error) {
            if (!opened) {
                print(io.err, error + QLatin1Char('\n'));
                QCoreApplication::exit(3);
                return;
            }
            session = opened;
            if (args.isSet("fresh"))
                session->progress()->forget(QString());
            if (m_checkOnly || preview)
                return startPhase(current);
            // Secrets before the first phase: those the keychain lacks are made up, unless the
            // nodes show that the cluster already has them.
            session->prepareSecrets([&](const QString& secretsError) {
                if (!secretsError.isEmpty()) {
                    print(io.err, secretsError + QLatin1Char('\n'));
                    QCoreApplication::exit(3);
                    return;
                }
                startPhase(current);
            });
        });
        const int rc = QCoreApplication::exec();
        interrupt.collectPending();
        return interrupt.received() ? interrupt.exitCode() : rc;
    }

    bool m_checkOnly;
};

} // namespace

std::unique_ptr<Command> makeApplyCommand()
{
    return std::make_unique<ApplyCommand>(QStringLiteral("apply"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "carry out the runbook's phases 0-5 (6: backups) over SSH"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Carries out the setup phases over SSH, each followed by its checkpoint, and stops at the\n"
            "first failure. A step that is already done is skipped, so running it again is safe.\n"
            "Phases: 0 pre-flight checks, 1 base installation, 2 PostgreSQL configuration,\n"
            "3 repmgr and cluster initialisation, 4 HAProxy, health service and VIP,\n"
            "5 failover validation (stops the primary; needs --yes)."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Exit status: 0 every phase passed, 1 a step or checkpoint failed, 2 usage error or\n"
            "phase 5 without --yes, 3 cluster file, keychain or connection problem."),
        false);
}

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<ApplyCommand>(QStringLiteral("check"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine", "run only the checkpoints of phases 0-4"),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Runs only the checkpoints (no changes on the nodes) of phases 0 to 4, or of the\n"
            "phases given."),
        QT_TRANSLATE_NOOP("pgpilot::CommandLine",
            "Exit status: 0 every checkpoint passed, 1 one failed, 2 usage error, 3 cluster file,\n"
            "keychain or connection problem."),
        true);
}

} // namespace pgpilot::cli
