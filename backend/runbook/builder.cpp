#include "builder.h"

#include "configfiles.h"
#include "core/shell.h"
#include "criteria.h"
#include "platform/platformprofile.h"
#include "spec/netaddr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::Runbook", text);
}

constexpr int kMinute = 60 * 1000;
const QString kPostgres = QStringLiteral("postgres");
const QString kRoot = QStringLiteral("root");

// Everything the phases share: the spec and the commands derived from it.
class Builder
{
public:
    explicit Builder(const ClusterSpec& spec)
        : m_spec(spec)
        , m_v(spec.postgresVersion)
        , m_bin(postgresBinDir(spec.postgresVersion))
    {
        const int p = spec.primaryIndex();
        m_primary = p >= 0 ? spec.nodes.at(p) : spec.nodes.value(0);
        for (const NodeSpec& n : spec.nodes) {
            if (n.name != m_primary.name)
                m_standbys << n;
        }
    }

    Runbook build()
    {
        Runbook rb;
        rb.cluster = m_spec.name;
        rb.phases << phase0() << phase1() << phase2() << phase3() << phase4() << phase5();
        return rb;
    }

    // Runs command so that it finishes even when pgpilot dies or loses the connection meanwhile
    // (output to a file on the node, streamed back with tail; the command ignores SIGHUP and
    // SIGPIPE): a switchover cut off halfway leaves the old primary stopped and repmgrd paused on
    // every node. pgpilot's own cancel and timeout still stop it (same process group).
    static QString outlivesCaller(const QString& command)
    {
        return QStringLiteral(
            "log=$(mktemp /tmp/pgpilot-run.XXXXXX) || exit 1\n"
            "( trap '' HUP PIPE; %1; echo \"pgpilot-exit=$?\" ) >\"$log\" 2>&1 </dev/null &\n"
            "tail -n +1 --pid=$! -f \"$log\"\n"
            "rc=$(sed -n 's/^pgpilot-exit=//p' \"$log\" | tail -n 1)\n"
            "rm -f \"$log\"\n"
            "exit \"${rc:-1}\"")
            .arg(command);
    }

    // A planned switchover to target: repmgr's dry run first, then the switchover with the other
    // standbys following, then wait until the VIP's write port reaches target.
    Phase switchover(const QString& target) const
    {
        Phase p;
        p.number = kSwitchoverPhase;
        p.title = tr("Switchover to %1").arg(target);
        const NodeSpec* node = nodeByName(target);
        if (!node)
            return p;
        p.destructive = true;
        p.confirmation
            = tr("This makes %1 the primary of cluster %2: repmgr stops the current primary cleanly, "
                 "promotes %1, and the other standbys follow it. Writes pause for a few seconds "
                 "while the VIP %3 and port %4 move; open connections to the old primary are cut.")
                  .arg(target, m_spec.name, m_spec.network.vip)
                  .arg(m_spec.ports.write);
        p.summary
            = tr("Planned switchover: repmgr standby switchover --siblings-follow on %1, after a dry run.")
                  .arg(target);
        const QString recoverySql = psql(QStringLiteral("SELECT pg_is_in_recovery()"));
        const QString isStandby = QStringLiteral("[ \"$(%1 2>/dev/null)\" = t ]").arg(recoverySql);
        const QString reachesTarget = QStringLiteral("[ \"$(%1 2>/dev/null)\" = %2 ]")
                                          .arg(psqlTo(m_spec.network.vip, m_spec.ports.write,
                                                   QStringLiteral("SELECT host(inet_server_addr())")),
                                              shellQuote(node->address));
        p.steps << step(QStringLiteral("p8.switchover.dry-run"),
            tr("Dry run of the switchover on %1").arg(target), Step::Target::OneNode,
            {work(*node,
                {run(tr("%1 must be a running standby").arg(target),
                     QStringLiteral("%1 || { echo %2 >&2; exit 1; }")
                         .arg(isStandby,
                             shellQuote(
                                 tr("%1 is not a running standby (is it already the primary?)").arg(target))),
                     QStringLiteral("postgres")),
                    run(tr("repmgr standby switchover --dry-run"),
                        repmgr(QStringLiteral("standby switchover --siblings-follow --dry-run")),
                        QStringLiteral("postgres"), 2 * kMinute)})},
            tr("The dry run refused: read its output. Common causes: postgres cannot reach the other nodes "
               "over SSH, "
               "or repmgrd is not running everywhere."));
        p.steps << step(QStringLiteral("p8.switchover.run"), tr("Switch over to %1").arg(target),
            Step::Target::OneNode,
            {work(*node,
                {run(tr("repmgr standby switchover --siblings-follow"),
                    outlivesCaller(repmgr(QStringLiteral("standby switchover --siblings-follow"))),
                    QStringLiteral("postgres"), 5 * kMinute)})},
            tr("The switchover failed: run 'repmgr cluster show' on %1 and check which node is primary "
               "before "
               "doing anything else.")
                .arg(target));
        p.steps << step(QStringLiteral("p8.switchover.wait"),
            tr("Wait until port %1 on the VIP reaches %2").arg(m_spec.ports.write).arg(target),
            Step::Target::OneNode,
            {work(*node,
                {run(tr("Wait (at most 90 s) for the VIP to send writes to %1").arg(target),
                    // polled every 0.5 s: this wait is the end of the switchover's duration
                    deadlineLoop(90, reachesTarget,
                        tr("port %1 on the VIP does not reach %2 after 90 s")
                            .arg(m_spec.ports.write)
                            .arg(target),
                        QStringLiteral("0.5")),
                    QStringLiteral("postgres"), 2 * kMinute)})},
            tr("Keepalived did not move the VIP: see journalctl -u keepalived on %1.").arg(target));
        p.checkpoint << clusterShowCriterion() << vipCriterion() << portCriterion(m_spec.ports.write, false)
                     << portCriterion(m_spec.ports.read, true);
        return p;
    }

private:
    const ClusterSpec& m_spec;
    const int m_v;
    const QString m_bin;
    NodeSpec m_primary;
    QList<NodeSpec> m_standbys;

    // ---- command helpers -------------------------------------------------------------------

    QString v() const { return QString::number(m_v); }
    QString n() const { return QString::number(m_spec.nodes.size()); }
    QString pgPort() const { return QString::number(m_spec.ports.postgres); }

    // psql as postgres over the local socket: unaligned, tuples only, stop on error.
    QString psql(const QString& sql, const QString& db = QStringLiteral("postgres")) const
    {
        return QStringLiteral(
            "%1/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p %2 -d %3 -c %4")
            .arg(m_bin, pgPort(), db, shellQuote(sql));
    }
    // psql reading SQL from stdin (secrets arrive there, never in the command line).
    QString psqlStdin(const QString& db = QStringLiteral("postgres")) const
    {
        return QStringLiteral(
            "%1/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p %2 -d %3 -f -")
            .arg(m_bin, pgPort(), db);
    }
    // psql to a remote address as repmgr, password from postgres's .pgpass.
    QString psqlTo(const QString& host, int port, const QString& sql) const
    {
        const QString ci = QStringLiteral("host=%1 port=%2 user=repmgr dbname=repmgr connect_timeout=5")
                               .arg(host)
                               .arg(port);
        return QStringLiteral("PGPASSFILE=%1 %2/psql -X -A -t -q %3 -c %4")
            .arg(nodepaths::pgpassFile(), m_bin, shellQuote(ci), shellQuote(sql));
    }
    QString pgctl(const QString& action) const
    {
        return QStringLiteral("%1 %2 main %3").arg(pgCtlCluster(), v(), action);
    }
    QString repmgr(const QString& args) const
    {
        return QStringLiteral("%1/repmgr -f %2 %3").arg(m_bin, nodepaths::repmgrConf(), args);
    }
    // A node-side polling loop bounded by a deadline: no fixed sleeps in the runbook.
    static QString deadlineLoop(int seconds, const QString& check, const QString& timeoutMessage,
        const QString& pause = QStringLiteral("2"))
    {
        return QStringLiteral("deadline=$(( $(date +%s) + %1 ))\n"
                              "while :; do\n"
                              "  if %2; then exit 0; fi\n"
                              "  if [ \"$(date +%s)\" -ge \"$deadline\" ]; then echo %3 >&2; exit 1; fi\n"
                              "  sleep %4\n"
                              "done")
            .arg(seconds)
            .arg(check, shellQuote(timeoutMessage), pause);
    }

    static Action run(const QString& description, const QString& command, const QString& runAs = kRoot,
        int timeoutMs = 2 * kMinute)
    {
        Action a;
        a.kind = Action::Kind::Run;
        a.description = description;
        a.command = command;
        a.runAs = runAs;
        a.timeoutMs = timeoutMs;
        return a;
    }
    static Action runStdin(
        const QString& description, const QString& command, const QString& runAs, const QString& stdinText)
    {
        Action a = run(description, command, runAs);
        a.stdinData = stdinText.toUtf8();
        return a;
    }
    static Action write(const QString& description, const RenderedFile& f, const QString& pathOverride = {})
    {
        Action a;
        a.kind = Action::Kind::WriteFile;
        a.description = description;
        a.path = pathOverride.isEmpty() ? f.path : pathOverride;
        a.content = f.content;
        a.owner = f.owner;
        a.group = f.group;
        a.mode = f.mode;
        return a;
    }
    static QString mkdir(
        const QString& path, const QString& owner = kRoot, const QString& mode = QStringLiteral("0755"))
    {
        return QStringLiteral("install -d -o %1 -g %1 -m %2 %3").arg(owner, mode, shellQuote(path));
    }

    static bool hasSecret(const RenderedFile& f) { return f.content.contains("{{secret:"); }

    // "Already done?" for a whole file pgpilot owns: same bytes, owner and mode. A file holding a
    // secret cannot be compared without the secret: its presence, owner and mode are checked.
    static QString fileProbe(const RenderedFile& f)
    {
        const QString stat
            = QStringLiteral("[ \"$(stat -c '%U:%G %a' %1 2>/dev/null)\" = %2 ]")
                  .arg(shellQuote(f.path),
                      shellQuote(QStringLiteral("%1:%2 %3").arg(f.owner, f.group).arg(f.mode, 0, 8)));
        if (hasSecret(f))
            return QStringLiteral("test -s %1 && %2").arg(shellQuote(f.path), stat);
        const QString sum
            = QString::fromLatin1(QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex());
        return QStringLiteral("printf '%s  %s\\n' %1 %2 | sha256sum -c --status - && %3")
            .arg(sum, shellQuote(f.path), stat);
    }

    // A marked block inside a file others own too (/etc/hosts, pg_hba.conf): the old block is
    // dropped and the new one appended, the file rewritten in place (keeps owner, mode and any
    // bind mount). Markers: "# BEGIN pgpilot <cluster>" ... "# END pgpilot <cluster>".
    QString awkBlockMatch(const QString& word) const
    {
        return QStringLiteral("$1==\"#\" && $2==\"%1\" && $3==\"pgpilot\" && $4==c").arg(word);
    }
    QString blockText(const RenderedFile& f) const
    {
        QString text = QString::fromUtf8(f.content);
        while (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        return text;
    }
    QString writeBlockCommand(const RenderedFile& f) const
    {
        const QString awk
            = QStringLiteral("%1 {skip=1; next} %2 {skip=0; next} !skip")
                  .arg(awkBlockMatch(QStringLiteral("BEGIN")), awkBlockMatch(QStringLiteral("END")));
        return QStringLiteral(
            "f=%1; tmp=$(mktemp \"$f.pgpilot.XXXXXX\") || exit 1\n"
            "if awk -v c=%2 %3 \"$f\" >\"$tmp\" && printf '%s\\n' %4 >>\"$tmp\" && cat \"$tmp\" "
            ">\"$f\"; then rc=0; else rc=1; fi\n"
            "rm -f \"$tmp\"; exit $rc")
            .arg(shellQuote(f.path), shellQuote(m_spec.name), shellQuote(awk), shellQuote(blockText(f)));
    }
    QString blockProbe(const RenderedFile& f) const
    {
        const QString awk
            = QStringLiteral("%1 {p=1} p {print} %2 {p=0}")
                  .arg(awkBlockMatch(QStringLiteral("BEGIN")), awkBlockMatch(QStringLiteral("END")));
        return QStringLiteral("[ \"$(awk -v c=%1 %2 %3)\" = %4 ]")
            .arg(shellQuote(m_spec.name), shellQuote(awk), shellQuote(f.path), shellQuote(blockText(f)));
    }

    // Writes a config file through a temporary name, validates it with the service's own checker,
    // then moves it in place: a broken file never replaces a working one.
    QList<Action> writeValidated(
        const QString& description, const RenderedFile& f, const QString& checker) const
    {
        const QString tmp = f.path + QStringLiteral(".pgpilot-new");
        return {write(description, f, tmp),
            run(tr("Validate and install %1").arg(f.path),
                QStringLiteral("%1 %2 && mv -f %2 %3").arg(checker, shellQuote(tmp), shellQuote(f.path)))};
    }

    NodeWork work(const NodeSpec& node, const QList<Action>& actions, const QString& probe = {},
        const QString& probeRunAs = kRoot) const
    {
        NodeWork w;
        w.node = node.name;
        w.actions = actions;
        w.probe = probe;
        w.probeRunAs = probeRunAs;
        return w;
    }

    static Step step(const QString& id, const QString& title, Step::Target target,
        const QList<NodeWork>& work, const QString& hint, bool sequential = false)
    {
        Step s;
        s.id = id;
        s.title = title;
        s.target = target;
        s.work = work;
        s.onFailureHint = hint;
        s.sequential = sequential;
        return s;
    }

    template <typename F>
    Step forAll(const QString& id, const QString& title, const QString& hint, F perNode) const
    {
        QList<NodeWork> list;
        for (const NodeSpec& node : m_spec.nodes)
            list << perNode(node);
        return step(id, title, Step::Target::AllNodes, list, hint);
    }

    QStringList allNames() const
    {
        QStringList names;
        for (const NodeSpec& node : m_spec.nodes)
            names << node.name;
        return names;
    }

    const NodeSpec* nodeByName(const QString& name) const
    {
        for (const NodeSpec& node : m_spec.nodes) {
            if (node.name == name)
                return &node;
        }
        return nullptr;
    }
    const NodeSpec* nodeById(int id) const
    {
        return id >= 1 && id <= m_spec.nodes.size() ? &m_spec.nodes.at(id - 1) : nullptr;
    }

    // ---- criteria helpers ------------------------------------------------------------------

    using NodeCheck = std::function<CriterionResult(const NodeSpec&, const CommandOutput&)>;

    static CriterionResult result(bool passed, const QString& node, const QString& expected,
        const QString& seen, const QString& cause = {})
    {
        CriterionResult r;
        r.passed = passed;
        r.node = node;
        r.expected = expected;
        r.seen = seen;
        if (!passed)
            r.likelyCause = cause;
        return r;
    }

    static QString text(const QByteArray& bytes) { return QString::fromUtf8(bytes).trimmed(); }

    static CriterionResult unreachable(const QString& node, const CommandOutput* out)
    {
        return result(false, node, tr("the node answers over SSH"),
            out ? (out->error.isEmpty() ? tr("not reached") : out->error) : tr("no output"),
            tr("SSH to the node failed: check that it is up, the address and SSH port in the worksheet, and "
               "the host key."));
    }

    Criterion criterion(const QString& id, const QString& description, Step::Target target,
        const QStringList& nodes, const QString& command, const QString& runAs = kRoot) const
    {
        Criterion c;
        c.id = id;
        c.description = description;
        c.target = target;
        c.nodes = nodes;
        c.command = command;
        c.runAs = runAs;
        return c;
    }

    // One verdict per node; an unreachable node fails with the transport error.
    Criterion perNode(const QString& id, const QString& description, const QString& command, NodeCheck check,
        const QString& runAs = kRoot, Step::Target target = Step::Target::AllNodes) const
    {
        QStringList nodes = target == Step::Target::Primary ? QStringList {m_primary.name} : allNames();
        Criterion c = criterion(id, description, target, nodes, command, runAs);
        const ClusterSpec spec = m_spec;
        c.evaluate = [spec, nodes, check](const QHash<QString, CommandOutput>& outputs) {
            QList<CriterionResult> results;
            for (const QString& name : nodes) {
                const NodeSpec* node = nullptr;
                for (const NodeSpec& n : spec.nodes) {
                    if (n.name == name)
                        node = &n;
                }
                const auto it = outputs.constFind(name);
                if (!node || it == outputs.constEnd() || !it->reached) {
                    results << unreachable(name, it == outputs.constEnd() ? nullptr : &*it);
                    continue;
                }
                results << check(*node, *it);
            }
            return results;
        };
        return c;
    }

public:
    // ---- operations (backend/ops) ----------------------------------------------------------

    OperationPhases operation(int number, const QString& target, bool reclone) const
    {
        OperationPhases ops;
        ops.prechecks.number = ops.steps.number = ops.verification.number = number;
        const NodeSpec* node = nodeByName(target);
        if (!node)
            return ops;
        switch (number) {
        case kSwitchoverPhase:
            switchoverOperation(*node, ops);
            break;
        case kRejoinPhase:
            rejoinOperation(*node, reclone, ops);
            break;
        case kFencePhase:
            fenceOperation(*node, ops);
            break;
        case kAddStandbyPhase:
            addStandbyOperation(*node, ops);
            break;
        case kRemoveStandbyPhase:
            removeStandbyOperation(*node, ops);
            break;
        default:
            break;
        }
        ops.prechecks.title = tr("Pre-checks: %1").arg(ops.steps.title);
        ops.verification.title = tr("Verification: %1").arg(ops.steps.title);
        return ops;
    }

private:
    QString opId(int number, const QString& rest) const
    {
        return QStringLiteral("p%1.%2").arg(number).arg(rest);
    }

    QString dataDir() const { return postgresDataDir(m_v); }

    // Shell: sets $pa to the address of the one writable primary among the nodes other than
    // exclude (asked as repmgr with postgres's .pgpass) and $ci to a conninfo for it; exits 1 when
    // there is none or more than one (split brain: nothing is done).
    QString findPrimaryShell(const QString& exclude) const
    {
        QStringList candidates;
        for (const NodeSpec& n : m_spec.nodes) {
            if (n.name != exclude)
                candidates << n.address;
        }
        return QStringLiteral(
            "pa=''; count=0\n"
            "for a in %1; do\n"
            "  if [ \"$(PGPASSFILE=%2 %3/psql -X -A -t -q \"host=$a port=%4 user=repmgr dbname=repmgr "
            "connect_timeout=3\" -c 'SELECT pg_is_in_recovery()' 2>/dev/null)\" = f ]; then pa=$a; "
            "count=$((count + 1)); fi\n"
            "done\n"
            "if [ \"$count\" -ne 1 ]; then echo \"$count writable primaries among the other nodes: \"%5 >&2; "
            "exit 1; fi\n"
            "ci=\"host=$pa port=%4 user=repmgr dbname=repmgr connect_timeout=5\"\n"
            "echo \"current primary: $pa\"\n")
            .arg(shellJoin(candidates), nodepaths::pgpassFile(), m_bin, pgPort(),
                shellQuote(tr("exactly one is needed; see repmgr cluster show")));
    }

    // Shell (root): stops PostgreSQL whoever started it (pg_ctlcluster, or pg_ctl by hand outside
    // systemd: then by its pid file), fast, then immediate; fails if a postmaster still runs.
    QString stopPostgresShell() const
    {
        return QStringLiteral(
            "pidf=%1/postmaster.pid\n"
            "running() { [ -s \"$pidf\" ] && kill -0 \"$(head -n 1 \"$pidf\")\" 2>/dev/null; }\n"
            "if running; then\n"
            "  echo 'stopping PostgreSQL (fast shutdown)'\n"
            "  %2 >/dev/null 2>&1 || true\n"
            "  if running; then runuser -u postgres -- %3/pg_ctl stop -D %1 -m fast -t 30 || runuser -u "
            "postgres -- %3/pg_ctl stop -D %1 -m immediate -t 30; fi\n"
            "else\n"
            "  echo 'PostgreSQL is not running'\n"
            "fi\n"
            "if running; then echo %4 >&2; exit 1; fi")
            .arg(dataDir(), pgctl(QStringLiteral("stop -m fast")), m_bin,
                shellQuote(tr("PostgreSQL still runs after a fast and an immediate shutdown")));
    }
    QString postgresStoppedProbe() const
    {
        return QStringLiteral("! { [ -s %1/postmaster.pid ] && kill -0 \"$(head -n 1 %1/postmaster.pid)\" "
                              "2>/dev/null; }")
            .arg(dataDir());
    }

    // Cluster-wide: exactly one node (other than exclude) answers pg_is_in_recovery() = f; the
    // result's node names it.
    Criterion currentPrimaryCriterion(const QString& exclude) const
    {
        QStringList nodes;
        for (const NodeSpec& n : m_spec.nodes) {
            if (n.name != exclude)
                nodes << n.name;
        }
        Criterion c = criterion(QStringLiteral("current-primary"),
            exclude.isEmpty() ? tr("Exactly one node is a writable primary")
                              : tr("Exactly one node other than %1 is a writable primary").arg(exclude),
            Step::Target::AllNodes, nodes, psql(QStringLiteral("SELECT pg_is_in_recovery()")), kPostgres);
        c.evaluate = [nodes](const QHash<QString, CommandOutput>& outputs) {
            QStringList primaries;
            QStringList silent;
            for (const QString& name : nodes) {
                const auto it = outputs.constFind(name);
                if (it == outputs.constEnd() || !it->reached || it->exitCode != 0)
                    silent << name;
                else if (text(it->stdOut) == QLatin1String("f"))
                    primaries << name;
            }
            const QString seen = primaries.isEmpty()
                ? tr("no writable primary")
                : tr("primary: %1").arg(primaries.join(QStringLiteral(", ")))
                    + (silent.isEmpty() ? QString()
                                        : tr("; no answer from %1").arg(silent.join(QStringLiteral(", "))));
            return QList<CriterionResult> {result(primaries.size() == 1,
                primaries.size() == 1 ? primaries.first() : QString(), tr("exactly one primary"), seen,
                primaries.isEmpty()
                    ? tr("No primary is running: wait for repmgrd's failover, or see its log.")
                    : tr("Several primaries (split brain): fence the one that must not serve "
                         "writes first."))};
        };
        return c;
    }

    Criterion onNode(const QString& id, const QString& description, const NodeSpec& node,
        const QString& command, NodeCheck check, const QString& runAs = kRoot) const
    {
        Criterion c = criterion(id, description, Step::Target::OneNode, {node.name}, command, runAs);
        const NodeSpec n = node;
        c.evaluate = [n, check](const QHash<QString, CommandOutput>& outputs) {
            const auto it = outputs.constFind(n.name);
            if (it == outputs.constEnd() || !it->reached)
                return QList<CriterionResult> {
                    unreachable(n.name, it == outputs.constEnd() ? nullptr : &*it)};
            return QList<CriterionResult> {check(n, *it)};
        };
        return c;
    }

    Criterion reachCriterion() const
    {
        return perNode(QStringLiteral("reach"), tr("Every node answers over SSH"), QStringLiteral("uname -n"),
            [](const NodeSpec& node, const CommandOutput& out) {
                return result(out.exitCode == 0, node.name, tr("a shell answers"),
                    out.exitCode == 0 ? tr("answered as %1").arg(text(out.stdOut)) : text(out.stdErr),
                    tr("The login works but the shell fails: check the account and sudo settings."));
            });
    }
    Criterion reachOne(const NodeSpec& node) const
    {
        return onNode(QStringLiteral("reach"), tr("%1 answers over SSH").arg(node.name), node,
            QStringLiteral("uname -n"), [](const NodeSpec& n, const CommandOutput& out) {
                return result(out.exitCode == 0, n.name, tr("a shell answers"),
                    out.exitCode == 0 ? tr("answered as %1").arg(text(out.stdOut)) : text(out.stdErr),
                    tr("pgpilot needs SSH to the node for this operation."));
            });
    }

    // On node: standby with its WAL receiver streaming.
    QString streamingSql() const
    {
        return psql(QStringLiteral(
            "SELECT pg_is_in_recovery()::text || '|' || coalesce((SELECT status FROM pg_stat_wal_receiver), "
            "'none')"));
    }
    Criterion nodeStreamsCriterion(const NodeSpec& node) const
    {
        return onNode(
            QStringLiteral("node-streams"), tr("%1 is a standby streaming from the primary").arg(node.name),
            node, streamingSql(),
            [](const NodeSpec& n, const CommandOutput& out) {
                const QString seen = text(out.stdOut);
                return result(out.exitCode == 0 && seen == QLatin1String("true|streaming"), n.name,
                    tr("in recovery, WAL receiver streaming"),
                    out.exitCode == 0
                        ? tr("in recovery %1, WAL receiver %2")
                              .arg(seen.section(QLatin1Char('|'), 0, 0), seen.section(QLatin1Char('|'), 1))
                        : tr("PostgreSQL does not answer: %1").arg(text(out.stdErr)),
                    tr("See the node's server log and repmgr's output: the standby does not reach the "
                       "primary."));
            },
            kPostgres);
    }

    // Port `port` on the VIP answers from `node` (want true) or from any node but `node` (false).
    Criterion vipReachesCriterion(int port, const NodeSpec& node, bool want, const NodeSpec& runOn) const
    {
        const QString id
            = want ? QStringLiteral("write-port-target") : QStringLiteral("write-port-not-fenced");
        const QString description = want
            ? tr("Port %1 on the VIP reaches %2 and it accepts writes").arg(port).arg(node.name)
            : tr("Port %1 on the VIP does not reach %2").arg(port).arg(node.name);
        const QString command = psqlTo(m_spec.network.vip, port,
            QStringLiteral("SELECT host(inet_server_addr()) || '|' || pg_is_in_recovery()::text"));
        const NodeSpec target = node;
        const QString vip = m_spec.network.vip;
        return onNode(
            id, description, runOn,
            // the VIP may take a few seconds to settle: retry for up to 20 s
            QStringLiteral("deadline=$(( $(date +%s) + 20 ))\n"
                           "while :; do out=$(%1 2>&1); rc=$?\n"
                           "  case \"$out\" in %2) [ %3 = 1 ] && break ;; *) [ %3 = 0 ] && [ $rc -eq 0 ] && "
                           "break ;; esac\n"
                           "  [ \"$(date +%s)\" -ge \"$deadline\" ] && break; sleep 1\n"
                           "done\nprintf '%s\\n' \"$out\"")
                .arg(command, shellQuote(node.address + QStringLiteral("|false")),
                    want ? QStringLiteral("1") : QStringLiteral("0")),
            [target, want, vip](const NodeSpec& n, const CommandOutput& out) {
                const QString seen = text(out.stdOut);
                const QString server = seen.section(QLatin1Char('|'), 0, 0);
                const bool writable = seen.section(QLatin1Char('|'), 1) == QLatin1String("false");
                const bool reachesTarget = server == target.address && writable;
                const bool ok = want ? reachesTarget : server != target.address;
                Q_UNUSED(n);
                return result(ok, target.name,
                    want ? tr("%1 (writable)").arg(target.address) : tr("not %1").arg(target.address),
                    seen.contains(QLatin1Char('|'))
                        ? tr("%1, %2").arg(server, writable ? tr("writable") : tr("read-only"))
                        : tr("no answer: %1").arg(seen.left(200)),
                    tr("HAProxy on the VIP holder does not route writes as expected: check the health "
                       "service "
                       "(/primary) and Keepalived on %1.")
                        .arg(vip));
            },
            kPostgres);
    }

    Step oneStep(int number, const QString& id, const QString& title, const NodeSpec& node,
        const QList<Action>& actions, const QString& hint, const QString& probe = {},
        const QString& probeRunAs = kRoot) const
    {
        return step(
            opId(number, id), title, Step::Target::OneNode, {work(node, actions, probe, probeRunAs)}, hint);
    }

    Action waitStreaming(const NodeSpec& node, int seconds) const
    {
        return run(tr("Wait (at most %1 s) until %2 streams from the primary").arg(seconds).arg(node.name),
            deadlineLoop(seconds,
                QStringLiteral("[ \"$(%1 2>/dev/null)\" = 'true|streaming' ]").arg(streamingSql()),
                tr("%1 does not stream after %2 s").arg(node.name).arg(seconds)),
            kPostgres, (seconds + 30) * 1000);
    }

    RenderedFile fencedStartConf(const NodeSpec& node) const
    {
        RenderedFile f = render::startConf(m_spec, node);
        f.content = QStringLiteral(
            "# Fenced by pgpilot (cluster %1): PostgreSQL must not start on this node until\n"
            "# it is rejoined as a standby (pgpilot rejoin). Do not edit by hand.\n"
            "disabled\n")
                        .arg(m_spec.name)
                        .toUtf8();
        return f;
    }

    void switchoverOperation(const NodeSpec& node, OperationPhases& ops) const
    {
        const Phase full = switchover(node.name);
        Phase& p = ops.steps;
        p.title = full.title;
        p.summary = full.summary;
        p.destructive = true;
        p.confirmation = full.confirmation;
        // The dry run is a pre-check; the steps start with repmgr's switchover itself.
        for (Step s : full.steps.mid(1)) {
            s.id.replace(QStringLiteral("p8.switchover."), QStringLiteral("p8."));
            p.steps << s;
        }
        // the "is it a running standby?" guard of the dry-run step stays in front of the switchover
        p.steps.first().work.first().actions.prepend(full.steps.first().work.first().actions.first());

        Phase& pre = ops.prechecks;
        pre.checkpoint << reachCriterion() << currentPrimaryCriterion(QString());
        {
            const QString sql = QStringLiteral(
                "SELECT pg_is_in_recovery()::text || '|' || CASE WHEN pg_is_in_recovery() THEN '' ELSE "
                "coalesce((SELECT state || ':' || pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint "
                "FROM "
                "pg_stat_replication WHERE application_name = '%1' ORDER BY state = 'streaming' DESC LIMIT "
                "1), "
                "'none') END")
                                    .arg(node.name);
            constexpr qint64 limit = 16LL * 1024 * 1024;
            Criterion c = criterion(QStringLiteral("target-streaming"),
                tr("%1 streams from the primary with a replay lag under 16 MiB").arg(node.name),
                Step::Target::AllNodes, allNames(), psql(sql), kPostgres);
            const QStringList nodes = allNames();
            const QString targetName = node.name;
            c.evaluate = [nodes, targetName](const QHash<QString, CommandOutput>& outputs) {
                QString seen = tr("no primary answered");
                bool ok = false;
                for (const QString& name : nodes) {
                    const auto it = outputs.constFind(name);
                    if (it == outputs.constEnd() || !it->reached || it->exitCode != 0)
                        continue;
                    const QString line = text(it->stdOut);
                    if (!line.startsWith(QLatin1String("false|")))
                        continue;
                    if (name == targetName) {
                        seen = tr("%1 is the primary already").arg(targetName);
                        break;
                    }
                    const QString rest = line.section(QLatin1Char('|'), 1);
                    const QString state = rest.section(QLatin1Char(':'), 0, 0);
                    bool num = false;
                    const qint64 lag = rest.section(QLatin1Char(':'), 1).toLongLong(&num);
                    ok = state == QLatin1String("streaming") && num && lag >= 0 && lag < limit;
                    seen = rest == QLatin1String("none")
                        ? tr("%1 does not replicate to %2").arg(name, targetName)
                        : tr("%1 on %2, replay lag %3 bytes")
                              .arg(state, name)
                              .arg(num ? QString::number(lag) : tr("unknown"));
                    break;
                }
                return QList<CriterionResult> {result(ok, targetName, tr("streaming, lag < 16 MiB"), seen,
                    tr("Wait until the standby has caught up (see the dashboard's lag), or pick another "
                       "standby."))};
            };
            pre.checkpoint << c;
        }
        pre.checkpoint << repmgrdCriterion() << sshCriterion();
        pre.checkpoint << onNode(
            QStringLiteral("dry-run"), tr("repmgr standby switchover --dry-run passes on %1").arg(node.name),
            node, repmgr(QStringLiteral("standby switchover --siblings-follow --dry-run")),
            [](const NodeSpec& n, const CommandOutput& out) {
                const QStringList lines
                    = QString::fromUtf8(out.stdErr + out.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                QString seen = out.exitCode == 0 ? tr("passed") : QString();
                if (out.exitCode != 0) {
                    for (const QString& l : lines) {
                        if (l.contains(QLatin1String("ERROR")))
                            seen += (seen.isEmpty() ? QString() : QStringLiteral("; ")) + l.trimmed();
                    }
                    if (seen.isEmpty())
                        seen = lines.isEmpty() ? tr("exit status %1").arg(out.exitCode)
                                               : lines.last().trimmed();
                }
                return result(out.exitCode == 0, n.name, tr("exit status 0"), seen,
                    tr("repmgr refuses the switchover: read its message (SSH between the nodes, repmgrd, "
                       "replication)."));
            },
            kPostgres);
        pre.checkpoint.last().timeoutMs = 2 * kMinute;

        Phase& v = ops.verification;
        const NodeSpec* other = nullptr;
        for (const NodeSpec& n : m_spec.nodes) {
            if (n.name != node.name && !other)
                other = &n;
        }
        v.checkpoint << vipReachesCriterion(m_spec.ports.write, node, true, other ? *other : node)
                     << clusterShowCriterion() << replicationCriterion() << vipCriterion()
                     << portCriterion(m_spec.ports.read, true);
    }

    void rejoinOperation(const NodeSpec& node, bool reclone, OperationPhases& ops) const
    {
        constexpr int n = kRejoinPhase;
        Phase& p = ops.steps;
        p.title = reclone ? tr("Re-clone %1 as a standby").arg(node.name)
                          : tr("Rejoin %1 as a standby").arg(node.name);
        p.summary = reclone
            ? tr("Keeps PostgreSQL on %1 stopped, lifts a fence, deletes its data directory and clones it "
                 "afresh "
                 "from the current primary, registers it and waits until it streams.")
                  .arg(node.name)
            : tr("Keeps PostgreSQL on %1 stopped, lifts a fence, brings a crashed data directory to a clean "
                 "shutdown, then repmgr node rejoin --force-rewind against the current primary; waits until "
                 "it "
                 "streams.")
                  .arg(node.name);
        p.destructive = true;
        const QString unit = postgresUnit(m_v);
        p.steps << oneStep(n, QStringLiteral("hold"), tr("Keep PostgreSQL on %1 stopped").arg(node.name),
            node,
            {run(tr("Stop repmgrd on %1").arg(node.name),
                 QStringLiteral("systemctl stop %1 || true").arg(nodepaths::repmgrdUnitName())),
                run(tr("Stop PostgreSQL if it runs (it is not the primary: the pre-checks found another)"),
                    stopPostgresShell())},
            tr("PostgreSQL on %1 could not be stopped: look at its processes before anything else.")
                .arg(node.name));
        const RenderedFile start = render::startConf(m_spec, node);
        p.steps << oneStep(n, QStringLiteral("unfence"),
            tr("Lift a fence on %1 (PostgreSQL stays stopped)").arg(node.name), node,
            {run(tr("Remove the fence mark and unmask %1").arg(unit),
                 QStringLiteral("rm -f %1 && systemctl unmask %2.service").arg(fenceMarkerPath(), unit)),
                write(tr("Write %1 (manual start)").arg(start.path), start)},
            tr("The fence could not be lifted: check %1 and systemctl status %2.").arg(start.path, unit),
            QStringLiteral(
                "test ! -e %1 && [ \"$(systemctl is-enabled %2.service 2>/dev/null)\" != masked ] && %3")
                .arg(fenceMarkerPath(), unit, fileProbe(start)));
        if (reclone) {
            p.steps << oneStep(n, QStringLiteral("reclone"),
                tr("Clone %1 afresh from the current primary").arg(node.name), node,
                {run(tr("repmgr standby clone --force from the current primary (replaces the data "
                        "directory)"),
                     findPrimaryShell(node.name)
                         + repmgr(QStringLiteral("-h \"$pa\" -p %1 -U repmgr -d repmgr standby clone --force "
                                                 "--fast-checkpoint")
                                      .arg(pgPort())),
                     kPostgres, 240 * kMinute),
                    run(tr("Start PostgreSQL as a standby"), pgctl(QStringLiteral("start")), kRoot,
                        10 * kMinute),
                    run(tr("repmgr standby register --force"),
                        repmgr(QStringLiteral("standby register --force")), kPostgres)},
                tr("The clone failed: check that %1 reaches the primary on port %2.")
                    .arg(node.name)
                    .arg(pgPort()));
        } else {
            const QString conf = postgresConfigDir(m_v) + QStringLiteral("/postgresql.conf");
            const QString stateOf = QStringLiteral(
                "LC_ALL=C %1/pg_controldata -D %2 | sed -n 's/^Database cluster state: *//p'")
                                        .arg(m_bin, dataDir());
            p.steps << oneStep(n, QStringLiteral("clean-shutdown"),
                tr("Bring a crashed data directory on %1 to a clean shutdown").arg(node.name), node,
                {run(tr("Crash recovery in single-user mode (no connections) when it was not shut down "
                        "cleanly"),
                    QStringLiteral("dd=%1\n"
                                   "state=$(%2)\n"
                                   "echo \"cluster state: $state\"\n"
                                   "case \"$state\" in 'shut down'|'shut down in recovery') exit 0 ;; esac\n"
                                   "echo 'not shut down cleanly: crash recovery in single-user mode (accepts "
                                   "no connections)'\n"
                                   "moved=''\n"
                                   "if [ -e \"$dd/standby.signal\" ]; then mv -f \"$dd/standby.signal\" "
                                   "\"$dd/standby.signal.pgpilot\"; moved=1; fi\n"
                                   "cd /tmp && runuser -u postgres -- %3/postgres --single -D \"$dd\" -c "
                                   "config_file=%4 postgres </dev/null >/dev/null\n"
                                   "rc=$?\n"
                                   "if [ -n \"$moved\" ]; then mv -f \"$dd/standby.signal.pgpilot\" "
                                   "\"$dd/standby.signal\"; fi\n"
                                   "state=$(%2)\n"
                                   "echo \"cluster state now: $state\"\n"
                                   "case \"$state\" in 'shut down'|'shut down in recovery') exit 0 ;; esac\n"
                                   "echo %5 >&2; exit 1")
                        .arg(dataDir(), stateOf, m_bin, conf,
                            shellQuote(tr("single-user crash recovery did not leave a clean shutdown"))),
                    kRoot, 30 * kMinute)},
                tr("The data directory could not be recovered: a re-clone (rejoin with re-clone) copies it "
                   "afresh."));
            p.steps << oneStep(n, QStringLiteral("rejoin"),
                tr("repmgr node rejoin --force-rewind against the current primary"), node,
                {run(tr("repmgr node rejoin --force-rewind (starts %1 as a standby)").arg(node.name),
                    findPrimaryShell(node.name)
                        + QStringLiteral("%1 -d \"$ci\" --force-rewind=%2 --verbose")
                              .arg(repmgr(QStringLiteral("node rejoin")),
                                  shellQuote(nodepaths::rewindWrapper())),
                    kPostgres, 30 * kMinute)},
                tr("The rejoin failed: if pg_rewind cannot bring %1 back, rejoin it with a re-clone (copies "
                   "the "
                   "whole data directory from the primary).")
                    .arg(node.name));
        }
        p.steps << oneStep(n, QStringLiteral("repmgrd"), tr("Start repmgrd on %1").arg(node.name), node,
            {run(tr("Enable and restart %1").arg(nodepaths::repmgrdUnitName()),
                QStringLiteral("systemctl enable %1 && systemctl restart %1")
                    .arg(nodepaths::repmgrdUnitName()))},
            tr("repmgrd did not start: see journalctl -u %1.").arg(nodepaths::repmgrdUnitName()));
        p.steps << oneStep(n, QStringLiteral("wait-streaming"), tr("Wait until %1 streams").arg(node.name),
            node, {waitStreaming(node, 120)}, tr("%1 does not stream: see its server log.").arg(node.name));

        ops.prechecks.checkpoint << reachOne(node) << currentPrimaryCriterion(node.name);
        ops.verification.checkpoint << nodeStreamsCriterion(node) << currentPrimaryCriterion(QString());
    }

    void fenceOperation(const NodeSpec& node, OperationPhases& ops) const
    {
        constexpr int n = kFencePhase;
        Phase& p = ops.steps;
        const QString unit = postgresUnit(m_v);
        p.title = tr("Fence %1").arg(node.name);
        p.summary
            = tr("Marks %1 fenced (its health service then answers 503 to HAProxy and Keepalived on every "
                 "node), stops repmgrd and PostgreSQL there and keeps PostgreSQL from starting (start.conf "
                 "disabled, unit masked) until the node is rejoined.")
                  .arg(node.name);
        p.destructive = true;
        const RenderedFile start = fencedStartConf(node);
        p.steps << oneStep(n, QStringLiteral("mark"), tr("Mark %1 fenced").arg(node.name), node,
            {run(tr("Write the fence mark %1").arg(fenceMarkerPath()),
                 QStringLiteral(
                     "%1 && date -u +%Y-%m-%dT%H:%M:%SZ >%2.tmp && chmod 0644 %2.tmp && mv -f %2.tmp %2")
                     .arg(mkdir(nodepaths::stateDir()), fenceMarkerPath())),
                write(tr("Write %1 (disabled: pg_ctlcluster refuses to start)").arg(start.path), start),
                run(tr("Stop and disable repmgrd"),
                    QStringLiteral("systemctl disable --now %1 || true").arg(nodepaths::repmgrdUnitName())),
                // the health service reports the mark (503 to HAProxy and Keepalived, "fenced" to the
                // dashboard): make sure it runs, also when someone stopped it
                run(tr("Make sure the health service runs (it reports the fence)"),
                    QStringLiteral("systemctl start %1 || true").arg(nodepaths::healthUnitName()))},
            tr("The fence mark could not be written: is the disk full or read-only?"));
        p.steps << oneStep(n, QStringLiteral("stop"),
            tr("Stop PostgreSQL on %1 and keep it stopped").arg(node.name), node,
            {run(tr("Stop PostgreSQL (fast, then immediate)"), stopPostgresShell()),
                run(tr("Mask %1 so systemd refuses to start it").arg(unit),
                    QStringLiteral("systemctl mask %1.service").arg(unit))},
            tr("PostgreSQL on %1 could not be stopped: stop the node itself (power off) if it still serves "
               "writes.")
                .arg(node.name));

        ops.prechecks.checkpoint << reachOne(node);
        const QString startConfPath = start.path;
        ops.verification.checkpoint << onNode(QStringLiteral("fenced"),
            tr("PostgreSQL on %1 is stopped and cannot start").arg(node.name), node,
            QStringLiteral("if %1; then echo pg=stopped; else echo pg=running; fi\n"
                           "if test -e %2; then echo mark=yes; else echo mark=no; fi\n"
                           "printf 'start=%s\\n' \"$(grep -v '^#' %3 | tr -d ' \\t' | grep -v '^$')\"\n"
                           "printf 'unit=%s\\n' \"$(systemctl is-enabled %4.service 2>/dev/null)\"")
                .arg(postgresStoppedProbe(), fenceMarkerPath(), shellQuote(startConfPath), unit),
            [](const NodeSpec& nd, const CommandOutput& out) {
                const QString pg = criteria::keyValue(out.stdOut, QStringLiteral("pg"));
                const QString mark = criteria::keyValue(out.stdOut, QStringLiteral("mark"));
                const QString st = criteria::keyValue(out.stdOut, QStringLiteral("start"));
                const QString unitState = criteria::keyValue(out.stdOut, QStringLiteral("unit"));
                const bool ok = pg == QLatin1String("stopped") && mark == QLatin1String("yes")
                    && st == QLatin1String("disabled") && unitState == QLatin1String("masked");
                return result(ok, nd.name,
                    tr("PostgreSQL stopped, fence mark, start.conf disabled, unit masked"),
                    tr("PostgreSQL %1, mark %2, start.conf %3, unit %4").arg(pg, mark, st, unitState),
                    tr("Something restarted or unfenced the node: look at it before anything else."));
            });
        const NodeSpec* other = nullptr;
        for (const NodeSpec& o : m_spec.nodes) {
            if (o.name != node.name && !other)
                other = &o;
        }
        ops.verification.checkpoint << vipReachesCriterion(
            m_spec.ports.write, node, false, other ? *other : node);
    }

    // Add standby: the runbook of the worksheet that already has the node, limited to what the
    // node needs and what the others must learn about it.
    void addStandbyOperation(const NodeSpec& node, OperationPhases& ops) const
    {
        constexpr int n = kAddStandbyPhase;
        Phase& p = ops.steps;
        p.title = tr("Add %1 as a standby").arg(node.name);
        p.summary = tr("Runs phases 1 and 2 on %1, gives it repmgr's configuration and the postgres SSH key, "
                       "clones it from the current primary, registers it, starts its health service, and "
                       "reloads HAProxy and Keepalived on every node so they know it.")
                        .arg(node.name);
        // Every node: besides names, keys and the proxies, whatever depends on the cluster's size
        // (the quorum's k and names, the fence threshold, the majority the validation counts).
        const QSet<QString> everyNode {QStringLiteral("p1.hosts"), QStringLiteral("p2.dropin"),
            QStringLiteral("p3.repmgr-conf"), QStringLiteral("p3.ssh-key"), QStringLiteral("p3.known-hosts"),
            QStringLiteral("p4.health"), QStringLiteral("p4.haproxy"), QStringLiteral("p4.keepalived")};
        const QSet<QString> skip {QStringLiteral("p3.repmgr-db"), QStringLiteral("p3.register-primary"),
            QStringLiteral("p4.application"), QStringLiteral("p4.wait-vip")};
        const QList<Phase> phases {phase1(), phase2(), phase3(), phase4()};
        for (const Phase& ph : phases) {
            for (Step s : ph.steps) {
                if (skip.contains(s.id))
                    continue;
                if (s.id == QLatin1String("p3.clone-standbys")) {
                    p.steps << cloneStep(node);
                    continue;
                }
                if (!everyNode.contains(s.id)) {
                    QList<NodeWork> mine;
                    for (const NodeWork& w : s.work) {
                        if (w.node == node.name)
                            mine << w;
                    }
                    s.work = mine;
                    s.target = Step::Target::OneNode;
                }
                if (s.id == QLatin1String("p3.ssh-key")) {
                    // authorized_keys names every node's address: rewrite it everywhere
                    for (NodeWork& w : s.work)
                        w.probe.clear();
                }
                if (s.id == QLatin1String("p4.keepalived")) {
                    // the others keep the VIP: reload (re-reads the peers), never restart
                    for (NodeWork& w : s.work) {
                        if (!w.actions.isEmpty())
                            w.actions.last().command = QStringLiteral(
                                "systemctl enable keepalived && systemctl reload-or-restart keepalived");
                    }
                }
                s.id = opId(n, s.id.mid(3));
                s.dependsOn.clear();
                p.steps << s;
            }
        }
        Phase pre = phase0();
        for (const Criterion& c : std::as_const(pre.checkpoint)) {
            if (c.id != QLatin1String("p0.clock"))
                ops.prechecks.checkpoint << c;
        }
        ops.prechecks.checkpoint << currentPrimaryCriterion(node.name);
        ops.verification.checkpoint << nodeStreamsCriterion(node) << clusterShowCriterion()
                                    << replicationCriterion() << repmgrdCriterion() << vipCriterion()
                                    << portCriterion(m_spec.ports.write, false)
                                    << portCriterion(m_spec.ports.read, true);
    }

    Step cloneStep(const NodeSpec& node) const
    {
        return step(opId(kAddStandbyPhase, QStringLiteral("clone")),
            tr("Clone %1 from the current primary and register it").arg(node.name), Step::Target::OneNode,
            {work(node,
                {run(tr("Stop PostgreSQL before cloning"),
                     QStringLiteral("if %1 >/dev/null 2>&1; then %2; fi")
                         .arg(pgctl(QStringLiteral("status")), pgctl(QStringLiteral("stop")))),
                    run(tr("Clone from the current primary (repmgr standby clone --fast-checkpoint)"),
                        findPrimaryShell(node.name)
                            + repmgr(
                                QStringLiteral("-h \"$pa\" -p %1 -U repmgr -d repmgr standby clone --force "
                                               "--fast-checkpoint")
                                    .arg(pgPort())),
                        kPostgres, 240 * kMinute),
                    run(tr("Start PostgreSQL as a standby"), pgctl(QStringLiteral("start")), kRoot,
                        10 * kMinute),
                    run(tr("repmgr standby register"), repmgr(QStringLiteral("standby register --force")),
                        kPostgres)},
                registeredProbe(node), kPostgres)},
            tr("The clone failed: check that %1 reaches the primary on port %2 and that pg_hba.conf allows "
               "the "
               "subnet.")
                .arg(node.name)
                .arg(m_spec.ports.postgres));
    }

    void removeStandbyOperation(const NodeSpec& node, OperationPhases& ops) const
    {
        constexpr int n = kRemoveStandbyPhase;
        Phase& p = ops.steps;
        p.title = tr("Remove standby %1").arg(node.name);
        p.summary
            = tr("Stops %1's services and PostgreSQL (kept from starting), unregisters it from repmgr, drops "
                 "its replication slot, and reloads HAProxy and Keepalived on the other nodes without it.")
                  .arg(node.name);
        p.destructive = true;
        ClusterSpec rest = m_spec;
        rest.nodes.removeIf([&](const NodeSpec& x) { return x.name == node.name; });
        const int id = nodeId(m_spec, node);
        const QString slot = QStringLiteral("repmgr_slot_%1").arg(id);
        const RenderedFile start = fencedStartConf(node);
        p.steps << oneStep(n, QStringLiteral("stop-node"),
            tr("Stop %1's services and PostgreSQL").arg(node.name), node,
            {run(tr("Stop and disable repmgrd, Keepalived, HAProxy and the health service"),
                 QStringLiteral("systemctl disable --now %1 keepalived haproxy %2 || true")
                     .arg(nodepaths::repmgrdUnitName(), nodepaths::healthUnitName())),
                write(tr("Write %1 (disabled)").arg(start.path), start),
                run(tr("Stop PostgreSQL"), stopPostgresShell())},
            tr("%1 could not be stopped: stop it by hand before unregistering it.").arg(node.name));
        QList<NodeWork> unregister;
        QList<NodeWork> slots;
        bool first = true;
        for (const NodeSpec& o : rest.nodes) {
            if (first)
                unregister << work(o,
                    {run(tr("repmgr standby unregister --node-id=%1").arg(id),
                        repmgr(QStringLiteral("standby unregister --node-id=%1").arg(id)), kPostgres)},
                    QStringLiteral("[ \"$(%1)\" = 0 ]")
                        .arg(psql(
                            QStringLiteral("SELECT count(*) FROM repmgr.nodes WHERE node_id = %1").arg(id),
                            QStringLiteral("repmgr"))),
                    kPostgres);
            first = false;
            slots << work(o,
                {run(tr("Drop the replication slot %1 where it exists").arg(slot),
                    psql(QStringLiteral(
                        "SELECT count(pg_drop_replication_slot(slot_name)) FROM pg_replication_slots "
                        "WHERE slot_name = '%1' AND NOT active")
                             .arg(slot)),
                    kPostgres)},
                QStringLiteral("[ \"$(%1)\" = 0 ]")
                    .arg(psql(
                        QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '%1'")
                            .arg(slot))),
                kPostgres);
        }
        p.steps << step(opId(n, QStringLiteral("unregister")), tr("Unregister %1 from repmgr").arg(node.name),
            Step::Target::OneNode, unregister, tr("repmgr could not unregister the node: see its output."));
        p.steps << step(opId(n, QStringLiteral("drop-slot")), tr("Drop %1's replication slot").arg(node.name),
            Step::Target::AllNodes, slots,
            tr("The slot could not be dropped: is a walsender still using it?"));
        const Builder others(rest);
        // What depends on the cluster's size, then the proxies, on the nodes that stay.
        const QSet<QString> resized {QStringLiteral("p2.dropin"), QStringLiteral("p3.repmgr-conf"),
            QStringLiteral("p4.health"), QStringLiteral("p4.haproxy"), QStringLiteral("p4.keepalived")};
        QList<Step> rewrite = others.phase2().steps;
        rewrite << others.phase3().steps << others.phase4().steps;
        for (Step s : rewrite) {
            if (!resized.contains(s.id))
                continue;
            if (s.id == QLatin1String("p4.keepalived")) {
                for (NodeWork& w : s.work)
                    w.actions.last().command = QStringLiteral("systemctl reload-or-restart keepalived");
            }
            s.id = opId(n, s.id.mid(3));
            p.steps << s;
        }

        Phase pre;
        pre.checkpoint << reachCriterion() << currentPrimaryCriterion(node.name);
        ops.prechecks.checkpoint = pre.checkpoint;
        ops.verification.checkpoint << others.clusterShowCriterion() << others.replicationCriterion()
                                    << others.vipCriterion()
                                    << others.portCriterion(m_spec.ports.write, false);
    }

private:
    // ---- phase 0: pre-flight ---------------------------------------------------------------

    Phase phase0() const
    {
        Phase p;
        p.number = 0;
        p.title = tr("Pre-flight checks");
        p.summary = tr("Reaches every node and checks the operating system, free disk, clocks, the network "
                       "interface and addresses, that the VIP is free and that the cluster's ports are free. "
                       "Changes nothing.");
        const PlatformProfile& profile = platformProfile(m_spec.platform);
        const ClusterSpec spec = m_spec;

        p.checkpoint << perNode(QStringLiteral("p0.reach"), tr("Every node answers over SSH"),
            QStringLiteral("uname -n"), [](const NodeSpec& node, const CommandOutput& out) {
                return result(out.exitCode == 0, node.name, tr("a shell answers"),
                    out.exitCode == 0 ? tr("answered as %1").arg(text(out.stdOut)) : text(out.stdErr),
                    tr("The login works but the shell fails: check the account and sudo settings."));
            });

        const QString expectedOs = profile.osId + QLatin1Char(' ') + profile.osVersionId;
        p.checkpoint << perNode(QStringLiteral("p0.os"),
            tr("Operating system is %1").arg(profile.displayName),
            QStringLiteral(". /etc/os-release && printf '%s %s\\n' \"$ID\" \"$VERSION_ID\""),
            [expectedOs, profile](const NodeSpec& node, const CommandOutput& out) {
                const QString seen = text(out.stdOut);
                return result(seen == expectedOs, node.name, expectedOs,
                    seen.isEmpty() ? text(out.stdErr) : seen,
                    tr("The node runs another OS than the worksheet's platform (%1): change the platform or "
                       "the node.")
                        .arg(profile.displayName));
            });

        constexpr qint64 minFreeKiB = 5LL * 1024 * 1024;
        p.checkpoint << perNode(QStringLiteral("p0.disk"), tr("At least 5 GiB free under /var/lib"),
            QStringLiteral("df -Pk /var/lib | awk 'NR==2 {print $4}'"),
            [](const NodeSpec& node, const CommandOutput& out) {
                bool ok = false;
                const qint64 kib = text(out.stdOut).toLongLong(&ok);
                return result(ok && kib >= minFreeKiB, node.name, tr(">= 5 GiB free"),
                    ok ? tr("%1 MiB free").arg(kib / 1024) : text(out.stdErr),
                    tr("PostgreSQL's data and WAL live under /var/lib: free space or grow the disk."));
            });

        {
            Criterion c = criterion(QStringLiteral("p0.clock"), tr("Clocks agree within 5 seconds"),
                Step::Target::AllNodes, allNames(), QStringLiteral("date +%s"));
            const QStringList nodes = allNames();
            c.evaluate = [nodes](const QHash<QString, CommandOutput>& outputs) {
                QList<CriterionResult> results;
                QHash<QString, qint64> times;
                for (const QString& name : nodes) {
                    const auto it = outputs.constFind(name);
                    bool ok = false;
                    const qint64 t = it == outputs.constEnd() ? 0 : text(it->stdOut).toLongLong(&ok);
                    if (it == outputs.constEnd() || !it->reached || !ok)
                        results << result(false, name, tr("a time in seconds"),
                            it == outputs.constEnd() ? tr("no output") : text(it->stdOut + it->stdErr),
                            tr("The node did not report its time."));
                    else
                        times.insert(name, t);
                }
                if (times.isEmpty())
                    return results;
                const auto [lo, hi] = std::minmax_element(times.cbegin(), times.cend());
                const qint64 skew = *hi - *lo;
                results << result(skew <= 5, QString(), tr("at most 5 s between nodes"),
                    tr("%1 s between %2 and %3").arg(skew).arg(lo.key(), hi.key()),
                    tr("Clock skew confuses repmgr's and the logs' timelines: enable NTP (systemd-timesyncd "
                       "or "
                       "chrony) on every node."));
                return results;
            };
            p.checkpoint << c;
        }

        p.checkpoint << perNode(QStringLiteral("p0.interface"),
            tr("Each node's interface exists and carries its address"), QStringLiteral("ip -o addr show"),
            [](const NodeSpec& node, const CommandOutput& out) {
                const auto lines = criteria::parseIpAddr(out.stdOut);
                QString elsewhere;
                bool ifaceSeen = false;
                for (const auto& a : lines) {
                    if (a.interface == node.interface)
                        ifaceSeen = true;
                    if (a.address == node.address) {
                        if (a.interface == node.interface)
                            return result(true, node.name, tr("%1 on %2").arg(node.address, node.interface),
                                tr("%1/%2 on %3").arg(a.address).arg(a.prefix).arg(a.interface));
                        elsewhere = a.interface;
                    }
                }
                const QString seen = !elsewhere.isEmpty()
                    ? tr("%1 is on %2").arg(node.address, elsewhere)
                    : (ifaceSeen ? tr("%1 has other addresses only").arg(node.interface)
                                 : tr("no interface %1 with an address").arg(node.interface));
                return result(false, node.name, tr("%1 on %2").arg(node.address, node.interface), seen,
                    !elsewhere.isEmpty()
                        ? tr("Set the node's interface in the worksheet to %1.").arg(elsewhere)
                        : tr("Check the interface name (ip -o addr) and the node's address in "
                             "the worksheet."));
            });

        const SubnetParse subnet = parseSubnet(m_spec.network.subnet);
        const int subnetPrefix = subnet.subnet ? subnet.subnet->prefixLength : -1;
        p.checkpoint << perNode(QStringLiteral("p0.subnet"),
            tr("Each node's address has the subnet's prefix"), QStringLiteral("ip -o addr show"),
            [subnetPrefix, spec](const NodeSpec& node, const CommandOutput& out) {
                for (const auto& a : criteria::parseIpAddr(out.stdOut)) {
                    if (a.address == node.address)
                        return result(a.prefix == subnetPrefix, node.name,
                            tr("/%1 as in %2").arg(subnetPrefix).arg(spec.network.subnet),
                            tr("%1/%2").arg(a.address).arg(a.prefix),
                            tr("The node's network differs from the worksheet's subnet: correct the subnet "
                               "or "
                               "the node's netmask."));
                }
                return result(false, node.name, tr("%1 configured").arg(node.address),
                    tr("address not found"), tr("See the interface check."));
            });

        {
            // The VIP must not be assigned anywhere yet, unless this cluster's own keepalived holds it
            // (a re-run on a finished cluster).
            const QString marker = QStringLiteral("pgpilot_") + m_spec.name;
            Criterion c = criterion(QStringLiteral("p0.vip-free"),
                tr("The VIP %1 is not in use").arg(m_spec.network.vip), Step::Target::AllNodes, allNames(),
                QStringLiteral(
                    "ip -o addr show; printf 'ours=%s\\n' \"$(grep -c %1 /etc/keepalived/keepalived.conf "
                    "2>/dev/null || true)\"; if command -v ping >/dev/null 2>&1; then if ping -c 2 -W 1 %2 "
                    ">/dev/null 2>&1; then echo ping=answers; else echo ping=silent; fi; else echo "
                    "ping=none; fi")
                    .arg(shellQuote(marker), shellQuote(m_spec.network.vip)));
            const QStringList nodes = allNames();
            const QString vip = m_spec.network.vip;
            c.evaluate = [nodes, vip](const QHash<QString, CommandOutput>& outputs) {
                QList<CriterionResult> results;
                bool anyOurs = false;
                bool anyHolder = false;
                bool answers = false;
                for (const QString& name : nodes) {
                    const auto it = outputs.constFind(name);
                    if (it == outputs.constEnd() || !it->reached) {
                        results << unreachable(name, it == outputs.constEnd() ? nullptr : &*it);
                        continue;
                    }
                    const bool ours = criteria::keyValue(it->stdOut, QStringLiteral("ours")).toInt() > 0;
                    anyOurs = anyOurs || ours;
                    answers = answers
                        || criteria::keyValue(it->stdOut, QStringLiteral("ping")) == QLatin1String("answers");
                    bool holds = false;
                    for (const auto& a : criteria::parseIpAddr(it->stdOut))
                        holds = holds || a.address == vip;
                    anyHolder = anyHolder || holds;
                    results << result(!holds || ours, name, tr("VIP not assigned (or held by this cluster)"),
                        holds ? tr("%1 is assigned on this node").arg(vip) : tr("not assigned"),
                        tr("The VIP is already configured on this node by something else: choose a spare "
                           "address."));
                }
                const bool ok = !answers || anyOurs || anyHolder;
                results << result(ok, QString(), tr("no host answers on %1").arg(vip),
                    answers ? tr("%1 answers ping").arg(vip) : tr("no answer"),
                    tr("Another host on the subnet uses the VIP: choose a spare address."));
                return results;
            };
            p.checkpoint << c;
        }

        const QHash<int, QString> expectedProcess {
            {m_spec.ports.postgres, QStringLiteral("postgres")},
            {m_spec.ports.write, QStringLiteral("haproxy")},
            {m_spec.ports.read, QStringLiteral("haproxy")},
            {m_spec.ports.haproxyStats, QStringLiteral("haproxy")},
            {m_spec.ports.health, QStringLiteral("python3")},
        };
        p.checkpoint << perNode(QStringLiteral("p0.ports"),
            tr("Ports %1, %2, %3, %4 and %5 are free (or used by this cluster's own services)")
                .arg(m_spec.ports.postgres)
                .arg(m_spec.ports.write)
                .arg(m_spec.ports.read)
                .arg(m_spec.ports.health)
                .arg(m_spec.ports.haproxyStats),
            QStringLiteral("ss -Hltnp"), [expectedProcess](const NodeSpec& node, const CommandOutput& out) {
                QStringList busy;
                for (const auto& l : criteria::parseSsListeners(out.stdOut)) {
                    const auto it = expectedProcess.constFind(l.port);
                    if (it != expectedProcess.constEnd() && !l.process.startsWith(*it))
                        busy << tr("%1 (%2)").arg(l.port).arg(
                            l.process.isEmpty() ? tr("unknown") : l.process);
                }
                busy.removeDuplicates();
                if (out.exitCode != 0)
                    return result(false, node.name, tr("ss lists the listening sockets"), text(out.stdErr),
                        tr("ss (iproute2) is missing or failed."));
                return result(busy.isEmpty(), node.name, tr("free"),
                    busy.isEmpty() ? tr("free") : tr("in use: %1").arg(busy.join(QStringLiteral(", "))),
                    tr("Another program listens on a port the cluster needs: stop it or change the port in "
                       "the worksheet."));
            });
        return p;
    }

    // ---- phase 1: base installation --------------------------------------------------------

    Phase phase1() const
    {
        Phase p;
        p.number = 1;
        p.title = tr("Base installation");
        p.summary = tr("Host names, the package source, PostgreSQL %1 with repmgr, HAProxy, Keepalived and "
                       "Python on every node; PostgreSQL set not to start at boot (repmgr starts it).")
                        .arg(m_v);

        p.steps << forAll(QStringLiteral("p1.hosts"), tr("Write the cluster's host names to /etc/hosts"),
            tr("/etc/hosts could not be rewritten: check that it is a regular, writable file."),
            [this](const NodeSpec& node) {
                const RenderedFile f = render::hostsBlock(m_spec, node);
                return work(node, {run(tr("Rewrite pgpilot's block in /etc/hosts"), writeBlockCommand(f))},
                    blockProbe(f));
            });

        const auto source = m_spec.install.source;
        p.steps << forAll(QStringLiteral("p1.apt-source"), tr("Configure the package source"),
            tr("The package source could not be set up: check the node's access to the repository (proxy, "
               "firewall, mirror URL)."),
            [this, source](const NodeSpec& node) {
                const RenderedFile f = render::aptSource(m_spec, node);
                if (source == InstallSource::Distro) {
                    return work(node,
                        {run(tr("Use the distribution's own archive (remove pgpilot's source list)"),
                            QStringLiteral("rm -f %1").arg(nodepaths::aptSourceFile()))},
                        QStringLiteral("test ! -e %1").arg(nodepaths::aptSourceFile()));
                }
                QList<Action> actions;
                QString probe = fileProbe(f);
                if (source == InstallSource::Pgdg) {
                    actions << run(tr("Install curl and CA certificates"),
                        QStringLiteral(
                            "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q && "
                            "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y "
                            "-q ca-certificates curl"),
                        kRoot, 30 * kMinute);
                    const QString keyDir = pgdgKeyPath().section(QLatin1Char('/'), 0, -2);
                    actions << run(tr("Fetch the PGDG signing key"),
                        QStringLiteral("%1 && curl -fsSL --retry 3 -o %2.tmp %3 && mv -f %2.tmp %2")
                            .arg(mkdir(keyDir), shellQuote(pgdgKeyPath()), shellQuote(pgdgKeyUrl())),
                        kRoot, 5 * kMinute);
                    probe = QStringLiteral("test -s %1 && %2").arg(shellQuote(pgdgKeyPath()), probe);
                }
                actions << write(tr("Write %1").arg(f.path), f);
                return work(node, actions, probe);
            });

        const QStringList packages = clusterPackages(m_v);
        const QString pkgs = shellJoin(packages);
        const QString installed = QStringLiteral(
            "[ \"$(dpkg-query -W -f='${db:Status-Abbrev}\\n' %1 2>/dev/null | grep -c '^ii')\" -eq %2 ]")
                                      .arg(pkgs)
                                      .arg(packages.size());
        p.steps << forAll(QStringLiteral("p1.install"),
            tr("Install PostgreSQL %1, repmgr, HAProxy and Keepalived").arg(m_v),
            tr("apt-get failed: read its output; a held lock, a missing package in the source or no network "
               "access to the repository are the usual causes."),
            [&](const NodeSpec& node) {
                return work(node,
                    {run(tr("apt-get update"),
                         QStringLiteral(
                             "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q"),
                         kRoot, 30 * kMinute),
                        // A dpkg run interrupted earlier (pgpilot stopped mid-install, a lost
                        // connection, a reboot) blocks apt until it is finished: finish it first,
                        // only then (a clean node never runs dpkg here, so never meets its lock).
                        run(tr("apt-get install %1").arg(packages.join(QLatin1Char(' '))),
                            QStringLiteral(
                                "if [ -n \"$(ls -A /var/lib/dpkg/updates 2>/dev/null)\" ]; then "
                                "DEBIAN_FRONTEND=noninteractive dpkg --force-confdef --force-confold "
                                "--configure -a; fi && "
                                "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "
                                "-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "
                                "install -y -q %1")
                                .arg(pkgs),
                            kRoot, 60 * kMinute)},
                    installed);
            });

        p.steps << forAll(QStringLiteral("p1.start-conf"),
            tr("Let repmgr own starting PostgreSQL (start.conf = manual)"),
            tr("The cluster's configuration directory is missing: did the postgresql-%1 package create the "
               "main cluster?")
                .arg(m_v),
            [this](const NodeSpec& node) {
                const RenderedFile f = render::startConf(m_spec, node);
                return work(node, {write(tr("Write %1").arg(f.path), f)}, fileProbe(f));
            });

        // Checkpoint
        const QString v = this->v();
        p.checkpoint << perNode(QStringLiteral("p1.postgres"),
            tr("PostgreSQL %1 runs on every node").arg(m_v), QStringLiteral("pg_lsclusters -h"),
            [v](const NodeSpec& node, const CommandOutput& out) {
                QString seen = tr("no cluster %1/main").arg(v);
                for (const QString& line : QString::fromUtf8(out.stdOut).split(QLatin1Char('\n'))) {
                    const QStringList f = line.simplified().split(QLatin1Char(' '));
                    if (f.size() >= 4 && f.at(0) == v && f.at(1) == QLatin1String("main")) {
                        seen = f.at(3);
                        if (seen.startsWith(QLatin1String("online")))
                            return result(true, node.name, QStringLiteral("online"), seen);
                    }
                }
                if (seen.startsWith(QLatin1String("down")))
                    return result(false, node.name, QStringLiteral("online"), seen,
                        tr("start.conf is manual, so PostgreSQL stays down after a reboot: start it "
                           "(pg_ctlcluster %1 main start, the primary first) or rejoin the node; if it will "
                           "not start, see /var/log/postgresql/postgresql-%1-main.log.")
                            .arg(v));
                return result(false, node.name, QStringLiteral("online"), seen,
                    tr("PostgreSQL did not start: see journalctl -u postgresql@%1-main and "
                       "/var/log/postgresql/postgresql-%1-main.log.")
                        .arg(v));
            });
        const QString repmgrHint = platformProfile(m_spec.platform).repmgrVersionHint;
        const bool exactRepmgr = m_spec.install.source != InstallSource::Mirror;
        p.checkpoint << perNode(QStringLiteral("p1.repmgr"), tr("repmgr is installed"),
            QStringLiteral("%1/repmgr --version").arg(m_bin),
            [repmgrHint, exactRepmgr](const NodeSpec& node, const CommandOutput& out) {
                const QString seen = text(out.stdOut + out.stdErr);
                const QString want = QStringLiteral("repmgr ")
                    + (exactRepmgr ? repmgrHint + QLatin1Char('.') : QStringLiteral("5."));
                return result(out.exitCode == 0 && seen.startsWith(want), node.name,
                    want + QStringLiteral("x"), seen,
                    tr("The repmgr package for this PostgreSQL version is missing or another version."));
            });
        QStringList names;
        for (const NodeSpec& node : m_spec.nodes)
            names << node.name;
        const ClusterSpec spec = m_spec;
        p.checkpoint << perNode(QStringLiteral("p1.hosts"),
            tr("Node names resolve to the worksheet's addresses"),
            QStringLiteral("getent hosts %1").arg(shellJoin(names)),
            [spec](const NodeSpec& node, const CommandOutput& out) {
                QHash<QString, QString> resolved;
                for (const QString& line : QString::fromUtf8(out.stdOut).split(QLatin1Char('\n'))) {
                    const QStringList f = line.simplified().split(QLatin1Char(' '));
                    for (int i = 1; i < f.size(); ++i) {
                        if (!resolved.contains(f.at(i)))
                            resolved.insert(f.at(i), f.at(0));
                    }
                }
                QStringList wrong;
                for (const NodeSpec& other : spec.nodes) {
                    const QString got = resolved.value(other.name);
                    const bool selfLoopback = other.name == node.name
                        && (got.startsWith(QLatin1String("127.")) || got == QLatin1String("::1"));
                    if (got != other.address && !selfLoopback)
                        wrong << tr("%1 -> %2").arg(other.name, got.isEmpty() ? tr("nothing") : got);
                }
                return result(wrong.isEmpty(), node.name, tr("every node name resolves to its address"),
                    wrong.isEmpty() ? tr("all resolve") : wrong.join(QStringLiteral(", ")),
                    tr("An older /etc/hosts entry or DNS record wins: remove it."));
            });
        p.checkpoint << perNode(QStringLiteral("p1.start-conf"), tr("PostgreSQL does not start at boot"),
            QStringLiteral("grep -v '^#' %1/start.conf | tr -d ' \\t' | grep -v '^$'")
                .arg(postgresConfigDir(m_v)),
            [](const NodeSpec& node, const CommandOutput& out) {
                const QString seen = text(out.stdOut);
                return result(seen == QLatin1String("manual"), node.name, QStringLiteral("manual"), seen,
                    tr("start.conf was changed after pgpilot wrote it."));
            });
        return p;
    }

    // ---- phase 2: PostgreSQL configuration -------------------------------------------------

    QString settingsOkSql() const
    {
        return QStringLiteral("SELECT current_setting('wal_level') = 'replica' AND "
                              "current_setting('shared_preload_libraries') ~ '(^|[ ,])repmgr($|[ ,])' AND "
                              "NOT EXISTS (SELECT 1 FROM pg_settings WHERE pending_restart)");
    }

    Phase phase2() const
    {
        Phase p;
        p.number = 2;
        p.title = tr("PostgreSQL configuration");
        p.summary
            = tr("pgpilot's configuration drop-in, client authentication for repmgr, replication and the "
                 "application, the postgres user's password file, then a restart of PostgreSQL %1.")
                  .arg(m_v);
        const QString reload = pgctl(QStringLiteral("reload"));

        p.steps << forAll(QStringLiteral("p2.hba"),
            tr("Allow repmgr, replication and the application (pg_hba.conf)"),
            tr("pg_hba.conf could not be rewritten or PostgreSQL refused to reload it: see the server log."),
            [&](const NodeSpec& node) {
                const RenderedFile f = render::hbaBlock(m_spec, node);
                return work(node,
                    {run(tr("Rewrite pgpilot's block in %1").arg(f.path), writeBlockCommand(f)),
                        run(tr("Reload PostgreSQL"), reload)},
                    blockProbe(f));
            });
        p.steps << forAll(QStringLiteral("p2.pgpass"), tr("Write the postgres user's password file"),
            tr("The password file could not be written: is the keychain entry for the repmgr password set?"),
            [this](const NodeSpec& node) {
                const RenderedFile f = render::pgpass(m_spec, node);
                return work(node, {write(tr("Write %1 (0600)").arg(f.path), f)}, fileProbe(f));
            });
        p.steps << forAll(QStringLiteral("p2.dropin"),
            tr("Write the replication settings (conf.d/pgpilot.conf)"),
            tr("The drop-in could not be written or PostgreSQL refused to reload it: see the server log."),
            [&](const NodeSpec& node) {
                const RenderedFile f = render::postgresDropIn(m_spec, node);
                QList<Action> actions;
                QString probe = fileProbe(f);
                if (m_spec.archiving.mode == ArchivingMode::Directory) {
                    actions << run(tr("Create the WAL archive directory"),
                        mkdir(m_spec.archiving.directory, kPostgres, QStringLiteral("0700")));
                    probe = QStringLiteral("test -d %1 && %2")
                                .arg(shellQuote(m_spec.archiving.directory), probe);
                }
                actions << write(tr("Write %1").arg(f.path), f) << run(tr("Reload PostgreSQL"), reload);
                return work(node, actions, probe);
            });
        p.steps << forAll(QStringLiteral("p2.restart"),
            tr("Restart PostgreSQL %1 with the new settings").arg(m_v),
            tr("PostgreSQL did not come back: see journalctl -u %1 and the server log.")
                .arg(postgresUnit(m_v)),
            [&](const NodeSpec& node) {
                return work(node,
                    {run(tr("Restart %1").arg(postgresUnit(m_v)), pgctl(QStringLiteral("restart")))},
                    QStringLiteral("[ \"$(%1)\" = t ]").arg(psql(settingsOkSql())), kPostgres);
            });

        p.checkpoint << perNode(
            QStringLiteral("p2.settings"),
            tr("wal_level is replica and repmgr is in shared_preload_libraries on every node"),
            psql(QStringLiteral(
                "SELECT current_setting('wal_level'), current_setting('shared_preload_libraries'), "
                "(SELECT count(*) FROM pg_settings WHERE pending_restart)")),
            [](const NodeSpec& node, const CommandOutput& out) {
                const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
                if (out.exitCode != 0 || f.size() != 3)
                    return result(false, node.name, tr("PostgreSQL answers"), text(out.stdErr),
                        tr("PostgreSQL is not running: see the server log."));
                const bool wal = f.at(0) == QLatin1String("replica");
                static const QRegularExpression repmgrLib(QStringLiteral("(^|[ ,])repmgr($|[ ,])"));
                const bool lib = repmgrLib.match(f.at(1)).hasMatch();
                const bool clean = f.at(2) == QLatin1String("0");
                return result(wal && lib && clean, node.name,
                    tr("wal_level=replica, shared_preload_libraries has repmgr, nothing pending a restart"),
                    tr("wal_level=%1, shared_preload_libraries='%2', %3 pending restart")
                        .arg(f.at(0), f.at(1), f.at(2)),
                    tr("The drop-in is not read (include_dir 'conf.d' missing from postgresql.conf?) or a "
                       "later "
                       "file overrides it, or PostgreSQL was not restarted."));
            },
            kPostgres);
        p.checkpoint << perNode(
            QStringLiteral("p2.hba"), tr("pg_hba.conf loads, has no trust rule and lets repmgr in"),
            psql(QStringLiteral("SELECT count(*) FILTER (WHERE error IS NOT NULL), count(*) FILTER (WHERE "
                                "auth_method = 'trust' AND type <> 'local'), count(*) FILTER (WHERE 'repmgr' "
                                "= ANY(user_name) "
                                "AND auth_method = 'scram-sha-256') FROM pg_hba_file_rules")),
            [](const NodeSpec& node, const CommandOutput& out) {
                const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
                if (out.exitCode != 0 || f.size() != 3)
                    return result(false, node.name, tr("PostgreSQL answers"), text(out.stdErr),
                        tr("PostgreSQL is not running: see the server log."));
                const bool ok
                    = f.at(0) == QLatin1String("0") && f.at(1) == QLatin1String("0") && f.at(2).toInt() >= 2;
                return result(ok, node.name,
                    tr("0 errors, 0 trust rules, >= 2 scram-sha-256 rules for repmgr"),
                    tr("%1 errors, %2 trust rules, %3 repmgr rules").arg(f.at(0), f.at(1), f.at(2)),
                    tr("pg_hba.conf has an error or a trust rule: read pg_hba_file_rules on the node."));
            },
            kPostgres);
        p.checkpoint << perNode(QStringLiteral("p2.pgpass"),
            tr("~postgres/.pgpass belongs to postgres, mode 0600"),
            QStringLiteral("stat -c '%U %a' %1").arg(nodepaths::pgpassFile()),
            [](const NodeSpec& node, const CommandOutput& out) {
                const QString seen = text(out.stdOut + out.stdErr);
                return result(seen == QLatin1String("postgres 600"), node.name,
                    QStringLiteral("postgres 600"), seen,
                    tr("libpq ignores a password file others can read."));
            });
        return p;
    }

    // ---- phase 3: repmgr -------------------------------------------------------------------

    QString repmgrRoleSql() const
    {
        // The password arrives on stdin as a placeholder; dollar quoting keeps any quote in it inert,
        // and statement logging is off for this session.
        // repmgr's own database commits locally: its metadata writes (events, node records, the
        // fence's event) must never wait for a synchronous quorum the fence is about.
        return QStringLiteral(
            "SET log_statement = 'none';\n"
            "SET log_min_duration_statement = -1;\n"
            "SET synchronous_commit = 'local';\n"
            "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'repmgr') THEN CREATE ROLE "
            "repmgr; END IF; END$$;\n"
            "ALTER ROLE repmgr WITH SUPERUSER LOGIN PASSWORD $pgpilot_secret$%1$pgpilot_secret$;\n"
            "ALTER ROLE repmgr SET search_path TO repmgr, public;\n"
            "SELECT 'CREATE DATABASE repmgr OWNER repmgr' WHERE NOT EXISTS (SELECT FROM pg_database WHERE "
            "datname = 'repmgr')\\gexec\n"
            "ALTER ROLE repmgr IN DATABASE repmgr SET synchronous_commit = 'local';\n")
            .arg(secretPlaceholder(repmgrPasswordKey(m_spec)));
    }

    QString registeredProbe(const NodeSpec& node) const
    {
        return QStringLiteral("[ \"$(%1)\" = 1 ]")
            .arg(psql(QStringLiteral("SELECT count(*) FROM repmgr.nodes WHERE node_id = %1 AND active")
                          .arg(nodeId(m_spec, node)),
                QStringLiteral("repmgr")));
    }

    QString authorizedKeysCommand() const
    {
        QStringList from;
        for (const NodeSpec& node : m_spec.nodes)
            from << node.address;
        const QString tag = QStringLiteral("pgpilot-") + m_spec.name;
        const QString options
            = QStringLiteral("from=\"%1\",no-agent-forwarding,no-X11-forwarding,no-port-forwarding")
                  .arg(from.join(QLatin1Char(',')));
        return QStringLiteral("set -e\ncd %1\n"
                              "pub=$(ssh-keygen -y -f %2 | cut -d' ' -f1,2)\n"
                              "tmp=$(mktemp authorized_keys.XXXXXX)\n"
                              "{ grep -v %3 authorized_keys 2>/dev/null || true; printf '%s %s %s\\n' %4 "
                              "\"$pub\" %5; } >\"$tmp\"\n"
                              "chmod 600 \"$tmp\"\nmv -f \"$tmp\" authorized_keys")
            .arg(shellQuote(nodepaths::postgresSshDir()), shellQuote(nodepaths::postgresSshKey()),
                shellQuote(QStringLiteral(" %1$").arg(tag)), shellQuote(options), shellQuote(tag));
    }

    QString knownHostName(const NodeSpec& node) const
    {
        return node.ssh.port == 22 ? node.address
                                   : QStringLiteral("[%1]:%2").arg(node.address).arg(node.ssh.port);
    }

    // Every node scans every node at the same time: sshd's MaxStartups (10:30:100) drops
    // unauthenticated connections beyond 10 at random, and ssh-keyscan opens one per key type.
    // Three types (not its five) and up to five tries per node keep that from failing the step.
    QString knownHostsCommand() const
    {
        QStringList scans;
        for (const NodeSpec& node : m_spec.nodes) {
            scans << QStringLiteral(
                "n=0\n"
                "until ssh-keyscan -T 10 -t ed25519,ecdsa,rsa -p %1 %2 >\"$tmp.scan\" 2>/dev/null && "
                "ssh-keygen -F %3 -f \"$tmp.scan\" >/dev/null; do\n"
                "  n=$((n + 1))\n"
                "  if [ \"$n\" -ge 5 ]; then echo %4 >&2; rm -f \"$tmp\" \"$tmp.scan\"; exit 1; fi\n"
                "  sleep \"$n\"\n"
                "done\n"
                "cat \"$tmp.scan\" >>\"$tmp\"")
                         .arg(node.ssh.port)
                         .arg(shellQuote(node.address), shellQuote(knownHostName(node)),
                             shellQuote(tr("no SSH host key from %1 (%2) after 5 tries")
                                            .arg(node.name, node.address)));
        }
        return QStringLiteral("tmp=$(mktemp %1.XXXXXX) || exit 1\n%2\nrm -f \"$tmp.scan\"\nchmod 644 "
                              "\"$tmp\"\nmv -f \"$tmp\" %1")
            .arg(shellQuote(nodepaths::postgresKnownHosts()), scans.join(QLatin1Char('\n')));
    }

    QString knownHostsProbe() const
    {
        QStringList checks;
        for (const NodeSpec& node : m_spec.nodes)
            checks << QStringLiteral("ssh-keygen -F %1 -f %2 >/dev/null")
                          .arg(shellQuote(knownHostName(node)), shellQuote(nodepaths::postgresKnownHosts()));
        return checks.join(QStringLiteral(" && "));
    }

    QString unitProbe(const RenderedFile& unit, const QString& name) const
    {
        return QStringLiteral("%1 && systemctl is-enabled --quiet %2 && systemctl is-active --quiet %2")
            .arg(fileProbe(unit), name);
    }

    Phase phase3() const
    {
        Phase p;
        p.number = 3;
        p.title = tr("repmgr and cluster initialisation");
        p.summary
            = tr("repmgr's user and database on %1, repmgr.conf, sudo rights for repmgr, SSH between the "
                 "nodes for the postgres user, then registers the primary, clones the standbys one at a "
                 "time and starts repmgrd on every node.")
                  .arg(m_primary.name);

        p.steps << forAll(QStringLiteral("p3.sudoers"), tr("Allow repmgr to control PostgreSQL through sudo"),
            tr("visudo rejected the sudoers drop-in: report this as a pgpilot bug."),
            [this](const NodeSpec& node) {
                const RenderedFile f = render::sudoers(m_spec, node);
                return work(node,
                    writeValidated(tr("Write %1").arg(f.path), f, QStringLiteral("visudo -c -q -f")),
                    fileProbe(f) + QStringLiteral(" && visudo -c -q -f ") + f.path);
            });
        p.steps << forAll(QStringLiteral("p3.repmgr-conf"), tr("Write /etc/repmgr.conf"),
            tr("/etc/repmgr.conf could not be written."), [this](const NodeSpec& node) {
                const RenderedFile f = render::repmgrConf(m_spec, node);
                // A running repmgrd re-reads it on SIGHUP (nothing runs yet on a new cluster).
                return work(node,
                    {write(tr("Write %1").arg(f.path), f),
                        run(tr("Tell a running repmgrd to read it again"),
                            QStringLiteral("systemctl kill -s HUP %1 2>/dev/null || true")
                                .arg(nodepaths::repmgrdUnitName()))},
                    fileProbe(f));
            });
        p.steps << forAll(QStringLiteral("p3.rewind-wrapper"),
            tr("Install the pg_rewind wrapper that names Debian's configuration file"),
            tr("The wrapper could not be written."), [this](const NodeSpec& node) {
                const RenderedFile f = render::rewindWrapper(m_spec, node);
                return work(node,
                    {run(tr("Create %1").arg(nodepaths::libDir()), mkdir(nodepaths::libDir())),
                        write(tr("Write %1").arg(f.path), f)},
                    fileProbe(f));
            });
        p.steps << forAll(QStringLiteral("p3.ssh-key"), tr("Give the postgres user pgpilot's SSH key"),
            tr("The key could not be installed: is the keychain entry %1 set (an OpenSSH private key)?")
                .arg(postgresSshKeyKey(m_spec)),
            [this](const NodeSpec& node) {
                RenderedFile key;
                key.path = nodepaths::postgresSshKey();
                key.content = secretPlaceholder(postgresSshKeyKey(m_spec)).toUtf8() + '\n';
                key.owner = key.group = kPostgres;
                key.mode = 0600;
                const RenderedFile config = render::sshConfig(m_spec, node);
                const QString probe = QStringLiteral("%1 && %2 && grep -q %3 %4/authorized_keys")
                                          .arg(fileProbe(key), fileProbe(config),
                                              shellQuote(QStringLiteral(" pgpilot-%1$").arg(m_spec.name)),
                                              nodepaths::postgresSshDir());
                return work(node,
                    {run(tr("Create %1").arg(nodepaths::postgresSshDir()),
                         mkdir(nodepaths::postgresSshDir(), kPostgres, QStringLiteral("0700"))),
                        write(tr("Write the private key %1").arg(key.path), key),
                        write(tr("Write %1").arg(config.path), config),
                        run(tr("Authorise the key for the other nodes (authorized_keys)"),
                            authorizedKeysCommand(), kPostgres)},
                    probe);
            });
        p.steps << forAll(QStringLiteral("p3.known-hosts"),
            tr("Record the nodes' SSH host keys for postgres"),
            tr("A node's SSH server did not answer ssh-keyscan from this node: check sshd and the firewall "
               "between the nodes."),
            [this](const NodeSpec& node) {
                return work(node, {run(tr("ssh-keyscan every node"), knownHostsCommand(), kPostgres)},
                    knownHostsProbe(), kPostgres);
            });

        const QList<NodeWork> primaryDb {work(m_primary,
            {runStdin(tr("Create the repmgr role and database"), psqlStdin(), kPostgres, repmgrRoleSql())},
            QStringLiteral("[ \"$(%1)\" = 1 ]")
                .arg(psql(QStringLiteral(
                    "SELECT count(*) FROM pg_roles r JOIN pg_database d ON d.datname = 'repmgr' "
                    "WHERE r.rolname = 'repmgr' AND r.rolsuper AND r.rolcanlogin AND EXISTS (SELECT FROM "
                    "pg_db_role_setting s WHERE s.setrole = r.oid AND s.setdatabase = d.oid AND "
                    "'synchronous_commit=local' = ANY (s.setconfig))"))),
            kPostgres)};
        p.steps << step(QStringLiteral("p3.repmgr-db"),
            tr("Create repmgr's user and database on %1").arg(m_primary.name), Step::Target::Primary,
            primaryDb, tr("psql failed on the primary: see its output."));

        p.steps << step(QStringLiteral("p3.register-primary"),
            tr("Register %1 as the primary").arg(m_primary.name), Step::Target::Primary,
            {work(m_primary,
                {run(tr("repmgr primary register"), repmgr(QStringLiteral("primary register")), kPostgres)},
                registeredProbe(m_primary), kPostgres)},
            tr("repmgr could not register the primary: is repmgr in shared_preload_libraries (phase 2)?"));

        QList<NodeWork> clones;
        for (const NodeSpec& node : m_standbys) {
            clones << work(node,
                {run(tr("Stop PostgreSQL before cloning"),
                     QStringLiteral("if %1 >/dev/null 2>&1; then %2; fi")
                         .arg(pgctl(QStringLiteral("status")), pgctl(QStringLiteral("stop")))),
                    run(tr("Clone from %1 (repmgr standby clone --fast-checkpoint)").arg(m_primary.name),
                        repmgr(QStringLiteral("-h %1 -p %2 -U repmgr -d repmgr standby clone --force "
                                              "--fast-checkpoint")
                                   .arg(shellQuote(m_primary.address), pgPort())),
                        kPostgres, 240 * kMinute),
                    run(tr("Start PostgreSQL as a standby"), pgctl(QStringLiteral("start")), kRoot,
                        10 * kMinute),
                    run(tr("repmgr standby register"), repmgr(QStringLiteral("standby register")),
                        kPostgres)},
                registeredProbe(node), kPostgres);
        }
        p.steps << step(QStringLiteral("p3.clone-standbys"),
            tr("Clone and register the standbys, one at a time"), Step::Target::Standbys, clones,
            tr("The clone failed: check that the standby reaches the primary on port %1 and that pg_hba.conf "
               "allows replication from the subnet.")
                .arg(m_spec.ports.postgres),
            true);

        p.steps << forAll(QStringLiteral("p3.repmgrd"), tr("Run repmgrd on every node (native systemd unit)"),
            tr("repmgrd did not stay up: see journalctl -u %1.").arg(nodepaths::repmgrdUnitName()),
            [this](const NodeSpec& node) {
                const RenderedFile f = render::repmgrdUnit(m_spec, node);
                const QString unit = nodepaths::repmgrdUnitName();
                return work(node,
                    {write(tr("Write %1").arg(f.path), f),
                        run(tr("Enable and (re)start %1").arg(unit),
                            QStringLiteral(
                                "systemctl daemon-reload && systemctl enable %1 && systemctl restart %1")
                                .arg(unit))},
                    unitProbe(f, unit));
            });

        p.checkpoint << clusterShowCriterion() << replicationCriterion() << repmgrdCriterion()
                     << sshCriterion();
        return p;
    }

    Criterion clusterShowCriterion() const
    {
        const int count = int(m_spec.nodes.size());
        const ClusterSpec spec = m_spec;
        Criterion c = criterion(QStringLiteral("cluster-show"),
            tr("repmgr cluster show: one primary and %1 running standbys").arg(count - 1),
            Step::Target::Primary, {m_primary.name}, repmgr(QStringLiteral("cluster show --csv")), kPostgres);
        const QString runOn = m_primary.name;
        c.evaluate = [spec, count, runOn](const QHash<QString, CommandOutput>& outputs) {
            QList<CriterionResult> results;
            const auto it = outputs.constFind(runOn);
            if (it == outputs.constEnd() || !it->reached)
                return QList<CriterionResult> {unreachable(runOn, it == outputs.constEnd() ? nullptr : &*it)};
            const auto rows = criteria::parseClusterShowCsv(it->stdOut);
            if (rows.isEmpty())
                return QList<CriterionResult> {result(false, runOn, tr("repmgr cluster show lists the nodes"),
                    text(it->stdErr + it->stdOut), tr("repmgr cannot reach its database on %1.").arg(runOn))};
            int primaries = 0;
            for (int id = 1; id <= count; ++id) {
                const QString name = spec.nodes.at(id - 1).name;
                const auto row = std::find_if(
                    rows.cbegin(), rows.cend(), [id](const auto& r) { return r.nodeId == id; });
                if (row == rows.cend()) {
                    results << result(false, name, tr("registered"), tr("not in repmgr's node list"),
                        tr("The node was never registered: re-run phase 3."));
                    continue;
                }
                if (row->recovery == 0)
                    ++primaries;
                const QString role = row->recovery == 0 ? tr("running primary")
                    : row->recovery == 1                ? tr("running standby")
                                                        : tr("unreachable");
                results << result(row->recovery == 0 || row->recovery == 1, name,
                    tr("running (primary or standby)"), role,
                    tr("repmgr cannot connect to the node: PostgreSQL down or port %1 blocked.")
                        .arg(spec.ports.postgres));
            }
            results << result(primaries == 1 && rows.size() == count, QString(),
                tr("1 primary, %1 standbys, %2 nodes").arg(count - 1).arg(count),
                tr("%1 primaries, %2 nodes listed").arg(primaries).arg(rows.size()),
                primaries > 1
                    ? tr("Two writable primaries: split brain. Fence one (stop it and keep it stopped).")
                    : tr("No primary: check repmgrd's log for a failed promotion."));
            return results;
        };
        return c;
    }

    Criterion replicationCriterion() const
    {
        const int standbys = int(m_spec.nodes.size()) - 1;
        // A standby that just started (or just followed a new primary) retries its WAL receiver every
        // 5 s: the node waits up to 30 s for the streaming state before it reports what it sees.
        const QString query = psql(QStringLiteral(
            "SELECT pg_is_in_recovery(), (SELECT count(*) FROM pg_stat_replication WHERE state = "
            "'streaming'), coalesce((SELECT status FROM pg_stat_wal_receiver), 'none')"));
        const QString command
            = QStringLiteral("deadline=$(( $(date +%s) + 30 ))\n"
                             "while :; do\n"
                             "  out=$(%1)\n"
                             "  case \"$out\" in 'f|%2|'*|'t|'*'|streaming') break ;; esac\n"
                             "  [ \"$(date +%s)\" -ge \"$deadline\" ] && break\n"
                             "  sleep 1\n"
                             "done\n"
                             "printf '%s\\n' \"$out\"")
                  .arg(query)
                  .arg(standbys);
        Criterion c = perNode(
            QStringLiteral("replication"),
            tr("The primary streams to %1 standbys; every standby receives").arg(standbys), command,
            [standbys, port = m_spec.ports.postgres](const NodeSpec& node, const CommandOutput& out) {
                const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
                if (out.exitCode != 0 || f.size() != 3)
                    return result(false, node.name, tr("PostgreSQL answers"), text(out.stdErr),
                        tr("PostgreSQL is not running on this node."));
                if (f.at(0) == QLatin1String("f"))
                    return result(f.at(1).toInt() == standbys, node.name,
                        tr("primary with %1 streaming standbys").arg(standbys),
                        tr("primary with %1 streaming standbys").arg(f.at(1)),
                        tr("A standby is not connected: see its server log; port %1 or pg_hba.conf may block "
                           "replication.")
                            .arg(port));
                return result(f.at(2) == QLatin1String("streaming"), node.name,
                    tr("standby, WAL receiver streaming"), tr("standby, WAL receiver %1").arg(f.at(2)),
                    tr("The standby does not reach the primary: see its server log."));
            },
            kPostgres);
        c.timeoutMs = 60000;
        return c;
    }

    Criterion repmgrdCriterion() const
    {
        const QString unit = nodepaths::repmgrdUnitName();
        return perNode(QStringLiteral("repmgrd"), tr("repmgrd really runs on every node"),
            QStringLiteral(
                "printf 'unit=%s\\n' \"$(systemctl is-active %1)\"; printf 'pid=%s\\n' \"$(pgrep -u postgres "
                "-x "
                "repmgrd | head -n 1)\"; printf 'running=%s\\n' \"$(runuser -u postgres -- %2 2>/dev/null)\"")
                .arg(unit,
                    psql(QStringLiteral("SELECT repmgr.repmgrd_is_running()"), QStringLiteral("repmgr"))),
            [unit](const NodeSpec& node, const CommandOutput& out) {
                const QString state = criteria::keyValue(out.stdOut, QStringLiteral("unit"));
                const QString pid = criteria::keyValue(out.stdOut, QStringLiteral("pid"));
                const QString running = criteria::keyValue(out.stdOut, QStringLiteral("running"));
                const bool ok
                    = state == QLatin1String("active") && !pid.isEmpty() && running != QLatin1String("f");
                return result(ok, node.name,
                    tr("unit active, repmgrd process present, repmgr reports it running"),
                    tr("unit %1, pid %2, repmgrd_is_running %3")
                        .arg(state, pid.isEmpty() ? tr("none") : pid,
                            running.isEmpty() ? tr("unknown") : running),
                    tr("repmgrd exits at start: see journalctl -u %1 (node not registered, or PostgreSQL "
                       "down).")
                        .arg(unit));
            });
    }

    Criterion sshCriterion() const
    {
        QStringList loops;
        for (const NodeSpec& node : m_spec.nodes)
            loops << QStringLiteral(
                "if ssh -F %1/config -o ConnectTimeout=5 %2 true </dev/null >/dev/null 2>&1; then echo "
                "%3=ok; else echo %3=fail; fi")
                         .arg(nodepaths::postgresSshDir(), shellQuote(node.address), node.name);
        const ClusterSpec spec = m_spec;
        return perNode(
            QStringLiteral("postgres-ssh"), tr("postgres reaches every node over SSH without a password"),
            loops.join(QStringLiteral("; ")),
            [spec](const NodeSpec& node, const CommandOutput& out) {
                QStringList failed;
                for (const NodeSpec& other : spec.nodes) {
                    if (criteria::keyValue(out.stdOut, other.name) != QLatin1String("ok"))
                        failed << other.name;
                }
                return result(failed.isEmpty(), node.name, tr("SSH to every node works"),
                    failed.isEmpty() ? tr("all reached")
                                     : tr("failed: %1").arg(failed.join(QStringLiteral(", "))),
                    tr("Host key or authorized_keys missing on the target, or sshd refuses the postgres user "
                       "(AllowUsers?). Switchover and rejoin need this."));
            },
            kPostgres);
    }

    // ---- phase 4: HAProxy, health service, VIP ---------------------------------------------

    Phase phase4() const
    {
        Phase p;
        p.number = 4;
        p.title = tr("HAProxy, health service and VIP");
        p.summary = tr("The health service on port %1, HAProxy on ports %2 (writes) and %3 (reads) with HTTP "
                       "checks, Keepalived moving the VIP %4 with the primary.")
                        .arg(m_spec.ports.health)
                        .arg(m_spec.ports.write)
                        .arg(m_spec.ports.read)
                        .arg(m_spec.network.vip);

        p.steps << forAll(QStringLiteral("p4.health"), tr("Install and start the health service"),
            tr("The health service did not stay up: see journalctl -u %1.").arg(nodepaths::healthUnitName()),
            [this](const NodeSpec& node) {
                const RenderedFile script = render::healthScript(m_spec, node);
                const RenderedFile check = render::httpCheckScript(m_spec, node);
                const RenderedFile unit = render::healthUnit(m_spec, node);
                const QString name = nodepaths::healthUnitName();
                return work(node,
                    {run(tr("Create %1").arg(nodepaths::libDir()), mkdir(nodepaths::libDir())),
                        write(tr("Write %1").arg(script.path), script),
                        write(tr("Write %1").arg(check.path), check),
                        write(tr("Write %1").arg(unit.path), unit),
                        run(tr("Enable and (re)start %1").arg(name),
                            QStringLiteral(
                                "systemctl daemon-reload && systemctl enable %1 && systemctl restart %1")
                                .arg(name))},
                    QStringLiteral("%1 && %2 && %3")
                        .arg(fileProbe(script), fileProbe(check), unitProbe(unit, name)));
            });
        p.steps << forAll(QStringLiteral("p4.haproxy"), tr("Configure HAProxy"),
            tr("HAProxy refused the configuration or did not start: see journalctl -u haproxy."),
            [this](const NodeSpec& node) {
                const RenderedFile f = render::haproxyCfg(m_spec, node);
                QList<Action> actions
                    = writeValidated(tr("Write %1").arg(f.path), f, QStringLiteral("haproxy -c -q -f"));
                actions << run(tr("Enable and reload HAProxy"),
                    QStringLiteral("systemctl enable haproxy && systemctl reload-or-restart haproxy"));
                return work(node, actions, unitProbe(f, QStringLiteral("haproxy")));
            });
        p.steps << forAll(QStringLiteral("p4.keepalived"), tr("Configure Keepalived for the VIP"),
            tr("Keepalived refused the configuration or did not start: see journalctl -u keepalived."),
            [this](const NodeSpec& node) {
                const RenderedFile conf = render::keepalivedConf(m_spec, node);
                const RenderedFile defaults = render::keepalivedDefault(m_spec, node);
                const RenderedFile restart = render::keepalivedRestart(m_spec, node);
                // keepalived 2.2's --config-test ends by SIGTERM (exit 143) even for a clean file and exits 5
                // only for some errors (an unknown keyword or a bad VRID is just reported): a clean file is
                // one it has nothing to say about. setsid keeps its signal away from our shell.
                QList<Action> actions {write(tr("Write %1").arg(defaults.path), defaults)};
                actions << writeValidated(tr("Write %1").arg(conf.path), conf,
                    QStringLiteral("kcheck() { out=$(setsid -w keepalived -t -f \"$1\" 2>&1); rc=$?; if [ -z "
                                   "\"$out\" ] && { [ "
                                   "\"$rc\" -eq 0 ] || [ \"$rc\" -eq 143 ]; }; then return 0; fi; printf "
                                   "'%s\\n' \"$out\" >&2; "
                                   "return 1; }; kcheck"));
                actions << run(tr("Create %1").arg(QFileInfo(restart.path).path()),
                    QStringLiteral("mkdir -p %1").arg(shellQuote(QFileInfo(restart.path).path())));
                actions << write(tr("Write %1").arg(restart.path), restart);
                actions << run(tr("Enable and restart Keepalived"),
                    QStringLiteral(
                        "systemctl daemon-reload && systemctl enable keepalived && systemctl restart "
                        "keepalived"));
                return work(node, actions,
                    QStringLiteral("%1 && %2 && %3")
                        .arg(fileProbe(defaults), fileProbe(restart),
                            unitProbe(conf, QStringLiteral("keepalived"))));
            });

        const auto& app = m_spec.application;
        if (!app.database.isEmpty() || !app.role.isEmpty()) {
            QString sql
                = QStringLiteral("SET log_statement = 'none';\nSET log_min_duration_statement = -1;\n");
            QStringList checks;
            if (!app.role.isEmpty()) {
                sql += QStringLiteral(
                    "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                    "CREATE ROLE %1; END IF; END$$;\n"
                    "ALTER ROLE %1 WITH LOGIN PASSWORD $pgpilot_secret$%2$pgpilot_secret$;\n")
                           .arg(app.role, secretPlaceholder(applicationPasswordKey(m_spec)));
                checks
                    << QStringLiteral("(SELECT count(*) FROM pg_roles WHERE rolname = '%1')").arg(app.role);
            }
            if (!app.database.isEmpty()) {
                const QString owner = app.role.isEmpty() ? QStringLiteral("postgres") : app.role;
                sql += QStringLiteral(
                    "SELECT 'CREATE DATABASE %1 OWNER %2' WHERE NOT EXISTS (SELECT FROM pg_database "
                    "WHERE datname = '%1')\\gexec\n")
                           .arg(app.database, owner);
                checks << QStringLiteral("(SELECT count(*) FROM pg_database WHERE datname = '%1')")
                              .arg(app.database);
            }
            p.steps << step(QStringLiteral("p4.application"),
                tr("Create the application's database and role on %1").arg(m_primary.name),
                Step::Target::Primary,
                {work(m_primary,
                    {runStdin(tr("Create the application role and database"), psqlStdin(), kPostgres, sql)},
                    QStringLiteral("[ \"$(%1)\" = %2 ]")
                        .arg(psql(QStringLiteral("SELECT ") + checks.join(QStringLiteral(" + "))))
                        .arg(checks.size()),
                    kPostgres)},
                tr("psql failed on the primary: see its output."));
        }

        // Keepalived needs a few seconds (check rise, VRRP master-down timer) to put the VIP on the
        // primary, HAProxy two checks to mark the servers up: wait for both instead of failing the
        // checkpoint that follows at once.
        const QString ready = QStringLiteral("%1 && %2")
                                  .arg(vipPortCheck(m_spec.ports.write, QStringLiteral("f")),
                                      vipPortCheck(m_spec.ports.read, QStringLiteral("t")));
        p.steps << forAll(QStringLiteral("p4.wait-vip"),
            tr("Wait until the VIP and ports %1/%2 reach the primary and a standby")
                .arg(m_spec.ports.write)
                .arg(m_spec.ports.read),
            tr("The VIP did not come up on the primary: see journalctl -u keepalived there (check script, "
               "VRRP between the nodes) and HAProxy's stats page."),
            [&](const NodeSpec& node) {
                return work(node,
                    {run(tr("Wait (at most 60 s) for the VIP's ports %1 and %2")
                             .arg(m_spec.ports.write)
                             .arg(m_spec.ports.read),
                        deadlineLoop(60, ready,
                            tr("port %1 on the VIP does not reach the primary or port %2 no standby after 60 "
                               "s")
                                .arg(m_spec.ports.write)
                                .arg(m_spec.ports.read)),
                        kRoot, 2 * kMinute)},
                    ready);
            });

        p.checkpoint << vipCriterion() << portCriterion(m_spec.ports.write, false)
                     << portCriterion(m_spec.ports.read, true) << healthCriterion() << statsCriterion();
        return p;
    }

    // True when psql as repmgr through the VIP's port answers pg_is_in_recovery() = want.
    QString vipPortCheck(int port, const QString& want) const
    {
        return QStringLiteral("[ \"$(runuser -u postgres -- sh -c %1 2>/dev/null)\" = %2 ]")
            .arg(shellQuote(psqlTo(m_spec.network.vip, port, QStringLiteral("SELECT pg_is_in_recovery()"))),
                want);
    }

    Criterion vipCriterion() const
    {
        const QString vip = m_spec.network.vip;
        Criterion c
            = criterion(QStringLiteral("vip"), tr("Exactly one node, the primary, holds the VIP %1").arg(vip),
                Step::Target::AllNodes, allNames(),
                QStringLiteral(
                    "ip -o addr show; printf 'recovery=%s\\n' \"$(runuser -u postgres -- %1 2>/dev/null)\"")
                    .arg(psql(QStringLiteral("SELECT pg_is_in_recovery()"))));
        const QStringList nodes = allNames();
        c.evaluate = [nodes, vip](const QHash<QString, CommandOutput>& outputs) {
            QList<CriterionResult> results;
            QStringList holders;
            for (const QString& name : nodes) {
                const auto it = outputs.constFind(name);
                if (it == outputs.constEnd() || !it->reached) {
                    results << unreachable(name, it == outputs.constEnd() ? nullptr : &*it);
                    continue;
                }
                bool holds = false;
                for (const auto& a : criteria::parseIpAddr(it->stdOut))
                    holds = holds || a.address == vip;
                const QString recovery = criteria::keyValue(it->stdOut, QStringLiteral("recovery"));
                const bool primary = recovery == QLatin1String("f");
                if (holds)
                    holders << name;
                results << result(holds == primary, name,
                    primary ? tr("holds the VIP (primary)") : tr("no VIP (not primary)"),
                    tr("%1, %2").arg(holds ? tr("holds the VIP") : tr("no VIP"),
                        primary ? tr("primary")
                                : (recovery == QLatin1String("t") ? tr("standby") : tr("PostgreSQL down"))),
                    holds ? tr(
                        "Keepalived keeps the VIP on a node that is not the primary: check its check script "
                        "(journalctl -u keepalived).")
                          : tr("Keepalived on the primary does not take the VIP: VRRP (protocol 112) blocked "
                               "between nodes, or its check fails (health service or HAProxy down)."));
            }
            results << result(holders.size() == 1, QString(), tr("exactly one holder"),
                holders.isEmpty() ? tr("none") : holders.join(QStringLiteral(", ")),
                holders.isEmpty()
                    ? tr("No node holds the VIP: see journalctl -u keepalived on the primary.")
                    : tr("Several nodes hold the VIP: VRRP adverts do not get through (unicast peers, "
                         "firewall)."));
            return results;
        };
        return c;
    }

    Criterion portCriterion(int port, bool wantRecovery) const
    {
        const QString want = wantRecovery ? QStringLiteral("t") : QStringLiteral("f");
        return perNode(
            QStringLiteral("port-%1").arg(port),
            wantRecovery ? tr("Port %1 on the VIP reaches a standby").arg(port)
                         : tr("Port %1 on the VIP reaches the primary").arg(port),
            psqlTo(
                m_spec.network.vip, port, QStringLiteral("SELECT pg_is_in_recovery(), inet_server_addr()")),
            [want, port, wantRecovery](const NodeSpec& node, const CommandOutput& out) {
                const QStringList f = text(out.stdOut).split(QLatin1Char('|'));
                const bool ok = out.exitCode == 0 && f.size() == 2 && f.at(0) == want;
                return result(ok, node.name, tr("pg_is_in_recovery() = %1").arg(want),
                    out.exitCode == 0 ? tr("pg_is_in_recovery() = %1 on %2").arg(f.value(0), f.value(1))
                                      : text(out.stdErr),
                    wantRecovery
                        ? tr("No standby passes HAProxy's /replica check, or HAProxy does not listen on %1.")
                              .arg(port)
                        : tr("HAProxy's write backend has no server up (health service /primary?), or the "
                             "VIP is not assigned."));
            },
            kPostgres);
    }

    Criterion healthCriterion() const
    {
        QStringList urls;
        for (const NodeSpec& node : m_spec.nodes) {
            const QString base
                = QStringLiteral("http://%1:%2").arg(hostForUrl(node.address)).arg(m_spec.ports.health);
            urls << QStringLiteral("--url %1/primary --url %1/replica").arg(base);
        }
        const ClusterSpec spec = m_spec;
        return perNode(QStringLiteral("health"),
            tr("The health service answers 200/503 by role on every node"),
            QStringLiteral(
                "python3 %1 --print %2; printf 'recovery=%s\\n' \"$(runuser -u postgres -- %3 2>/dev/null)\"")
                .arg(nodepaths::httpCheckScript(), urls.join(QLatin1Char(' ')),
                    psql(QStringLiteral("SELECT pg_is_in_recovery()"))),
            [spec](const NodeSpec& node, const CommandOutput& out) {
                const QString base
                    = QStringLiteral("http://%1:%2").arg(hostForUrl(node.address)).arg(spec.ports.health);
                QString primaryCode;
                QString replicaCode;
                for (const QString& line : QString::fromUtf8(out.stdOut).split(QLatin1Char('\n'))) {
                    const QStringList f = line.split(QLatin1Char(' '));
                    if (f.size() == 2 && f.at(1) == base + QStringLiteral("/primary"))
                        primaryCode = f.at(0);
                    if (f.size() == 2 && f.at(1) == base + QStringLiteral("/replica"))
                        replicaCode = f.at(0);
                }
                const QString recovery = criteria::keyValue(out.stdOut, QStringLiteral("recovery"));
                const bool primary = recovery == QLatin1String("f");
                const QString want = primary ? QStringLiteral("/primary 200, /replica 503")
                                             : QStringLiteral("/primary 503, /replica 200");
                const QString seen = QStringLiteral("/primary %1, /replica %2").arg(primaryCode, replicaCode);
                return result(seen == want, node.name, want, seen,
                    primaryCode == QLatin1String("error")
                        ? tr("The health service does not answer: see journalctl -u %1.")
                              .arg(nodepaths::healthUnitName())
                        : tr("The health service disagrees with PostgreSQL: its psql query fails (peer "
                             "authentication, port)."));
            });
    }

    Criterion statsCriterion() const
    {
        QStringList urls;
        for (const NodeSpec& node : m_spec.nodes)
            urls << QStringLiteral("--url %1")
                        .arg(shellQuote(QStringLiteral("http://%1:%2/stats;csv")
                                            .arg(hostForUrl(node.address))
                                            .arg(m_spec.ports.haproxyStats)));
        const ClusterSpec spec = m_spec;
        return perNode(QStringLiteral("haproxy-stats"),
            tr("HAProxy's stats page answers on every node's address"),
            QStringLiteral("python3 %1 --print %2")
                .arg(nodepaths::httpCheckScript(), urls.join(QLatin1Char(' '))),
            [spec](const NodeSpec& node, const CommandOutput& out) {
                const QString url = QStringLiteral("http://%1:%2/stats;csv")
                                        .arg(hostForUrl(node.address))
                                        .arg(spec.ports.haproxyStats);
                QString code = QStringLiteral("no answer");
                for (const QString& line : QString::fromUtf8(out.stdOut).split(QLatin1Char('\n'))) {
                    const QStringList f = line.split(QLatin1Char(' '));
                    if (f.size() == 2 && f.at(1) == url)
                        code = f.at(0);
                }
                return result(code == QLatin1String("200"), node.name, QStringLiteral("200 from ") + url,
                    code, tr("HAProxy is down or the stats listener is not bound to the node's address."));
            });
    }

    // ---- phase 5: failover validation ------------------------------------------------------

    QString markerFile() const
    {
        return nodepaths::stateDir() + QStringLiteral("/failover-test.old-primary");
    }

    QString csvHealthyCheck(int wantRows, int wantStandbys) const
    {
        // rows, primaries (recovery 0), standbys (recovery 1) from repmgr cluster show --csv
        return QStringLiteral(
            "[ \"$(runuser -u postgres -- %1 2>/dev/null | awk -F, 'NF>=3 {n++; if ($3==0) p++; if "
            "($3==1) s++} END {printf \"%d %d %d\", n, p, s}')\" = %2 ]")
            .arg(repmgr(QStringLiteral("cluster show --csv")),
                shellQuote(QStringLiteral("%1 1 %2").arg(wantRows).arg(wantStandbys)));
    }

    Phase phase5() const
    {
        Phase p;
        p.number = 5;
        p.title = tr("Failover validation");
        const int count = int(m_spec.nodes.size());
        p.destructive = true;
        p.confirmation
            = tr("This stops PostgreSQL on the current primary of cluster %1 (a clean, fast shutdown: "
                 "open connections are cut). repmgr must promote a standby within 3 minutes; the VIP "
                 "%2 and port %3 must follow it. Then the old primary is rewound if needed and rejoined "
                 "as a standby while it is still stopped, and pgpilot waits until all %4 nodes are "
                 "healthy again. Applications see a short outage.")
                  .arg(m_spec.name, m_spec.network.vip)
                  .arg(m_spec.ports.write)
                  .arg(count);
        p.summary
            = tr("Stops the primary, checks that a standby is promoted and that the VIP and port %1 follow, "
                 "then rejoins the old primary as a standby.")
                  .arg(m_spec.ports.write);

        const QString marker = shellQuote(markerFile());
        const QString recoverySql = psql(QStringLiteral("SELECT pg_is_in_recovery()"));
        const QString isPrimary
            = QStringLiteral("[ \"$(runuser -u postgres -- %1 2>/dev/null)\" = f ]").arg(recoverySql);

        p.steps << forAll(QStringLiteral("p5.precheck"), tr("Check the cluster is healthy before the test"),
            tr("The cluster is not healthy: finish phases 3 and 4 first."), [&](const NodeSpec& node) {
                return work(node,
                    {run(tr("repmgr cluster show: 1 primary, %1 standbys").arg(count - 1),
                        QStringLiteral("rm -f %1; %2 || { echo %3 >&2; exit 1; }")
                            .arg(marker, csvHealthyCheck(count, count - 1),
                                shellQuote(
                                    tr("cluster not healthy: repmgr cluster show does not list 1 primary "
                                       "and %1 running standbys")
                                        .arg(count - 1))))});
            });
        p.steps << forAll(QStringLiteral("p5.stop-primary"), tr("Stop PostgreSQL on the current primary"),
            tr("PostgreSQL did not stop: see journalctl -u %1.").arg(postgresUnit(m_v)),
            [&](const NodeSpec& node) {
                return work(node,
                    {run(tr("If this node is the primary: stop PostgreSQL (fast)"),
                        QStringLiteral(
                            "if %1; then %2 && date +%s >%3 && %4; else echo 'not the primary: nothing to "
                            "stop'; fi")
                            .arg(isPrimary, mkdir(nodepaths::stateDir()), marker,
                                pgctl(QStringLiteral("stop"))))});
            });
        p.steps << forAll(QStringLiteral("p5.wait-promotion"), tr("Wait for repmgr to promote a standby"),
            tr("No standby was promoted: see journalctl -u %1 on the standbys.")
                .arg(nodepaths::repmgrdUnitName()),
            [&](const NodeSpec& node) {
                const QString check
                    = QStringLiteral("[ \"$(runuser -u postgres -- %1 2>/dev/null | awk -F, 'NF>=3 && $3==0 "
                                     "{p++} END {print p+0}')\" = 1 ]")
                          .arg(repmgr(QStringLiteral("cluster show --csv")));
                Action a = run(tr("Wait (at most 180 s) for a new primary in repmgr cluster show"),
                    QStringLiteral("if test -e %1; then echo 'old primary: skipped'; exit 0; fi\n%2")
                        .arg(marker, deadlineLoop(180, check, tr("no new primary after 180 s"))),
                    kRoot, 4 * kMinute);
                return work(node, {a});
            });
        const QString writeCheck = vipPortCheck(m_spec.ports.write, QStringLiteral("f"));
        p.steps << forAll(QStringLiteral("p5.wait-vip"),
            tr("Wait for the VIP and port %1 to follow").arg(m_spec.ports.write),
            tr("Port %1 on the VIP does not reach the new primary: check Keepalived and HAProxy on it.")
                .arg(m_spec.ports.write),
            [&](const NodeSpec& node) {
                return work(node,
                    {run(tr("Wait (at most 120 s) until the VIP's port %1 reaches a primary")
                             .arg(m_spec.ports.write),
                        QStringLiteral("if test -e %1; then echo 'old primary: skipped'; exit 0; fi\n%2")
                            .arg(marker,
                                deadlineLoop(120, writeCheck,
                                    tr("port %1 on the VIP does not reach a primary")
                                        .arg(m_spec.ports.write))),
                        kRoot, 3 * kMinute)});
            });

        p.steps << forAll(QStringLiteral("p5.rejoin"), tr("Rejoin the old primary as a standby"),
            tr("node rejoin failed: read its output; pg_rewind needs wal_log_hints and the wrapper (%1).")
                .arg(nodepaths::rewindWrapper()),
            [&](const NodeSpec& node) {
                // Discover the current primary from this (stopped) node by asking the others.
                QStringList candidates;
                for (const NodeSpec& other : m_spec.nodes) {
                    if (other.name != node.name)
                        candidates << other.address;
                }
                const QString rejoin
                    = QStringLiteral(
                        "if ! test -e %1; then echo 'not the old primary: nothing to rejoin'; exit 0; fi\n"
                        "if %2 status >/dev/null 2>&1; then echo 'PostgreSQL runs: refusing to rejoin a "
                        "running old "
                        "primary' >&2; exit 1; fi\n"
                        "ci=''\n"
                        "for a in %3; do\n"
                        "  if [ \"$(%4)\" = f ]; then ci=\"host=$a port=%5 user=repmgr dbname=repmgr "
                        "connect_timeout=2\"; "
                        "break; fi\n"
                        "done\n"
                        "[ -n \"$ci\" ] || { echo 'no primary found among the other nodes' >&2; exit 1; }\n"
                        "echo \"rejoining to $ci\"\n"
                        "%6 -d \"$ci\" --force-rewind=%7 --verbose")
                          .arg(marker, pgctl(QString()).trimmed(), shellJoin(candidates),
                              QStringLiteral(
                                  "PGPASSFILE=%1 %2/psql -X -A -t -q \"host=$a port=%3 user=repmgr "
                                  "dbname=repmgr connect_timeout=5\" -c %4 2>/dev/null")
                                  .arg(nodepaths::pgpassFile(), m_bin, pgPort(),
                                      shellQuote(QStringLiteral("SELECT pg_is_in_recovery()"))),
                              pgPort(), repmgr(QStringLiteral("node rejoin")),
                              shellQuote(nodepaths::rewindWrapper()));
                return work(node,
                    {run(tr("repmgr node rejoin --force-rewind (old primary only, still stopped)"), rejoin,
                         kPostgres, 30 * kMinute),
                        run(tr("Restart repmgrd on the rejoined node"),
                            QStringLiteral("if test -e %1; then systemctl restart %2 && rm -f %1; fi")
                                .arg(marker, nodepaths::repmgrdUnitName()))});
            });
        p.steps << forAll(QStringLiteral("p5.wait-healthy"),
            tr("Wait until all %1 nodes are healthy").arg(count),
            tr("The cluster did not return to %1 healthy nodes: see repmgr cluster show.").arg(count),
            [&](const NodeSpec& node) {
                return work(node,
                    {run(tr("Wait (at most 180 s) for 1 primary and %1 standbys").arg(count - 1),
                        deadlineLoop(180, csvHealthyCheck(count, count - 1),
                            tr("cluster not back to 1 primary and %1 standbys after 180 s").arg(count - 1)),
                        kRoot, 4 * kMinute)});
            });

        p.checkpoint << clusterShowCriterion() << replicationCriterion() << repmgrdCriterion()
                     << vipCriterion() << portCriterion(m_spec.ports.write, false)
                     << portCriterion(m_spec.ports.read, true);
        return p;
    }
};

} // namespace

Runbook buildRunbook(const ClusterSpec& spec)
{
    return Builder(spec).build();
}

Phase buildSwitchover(const ClusterSpec& spec, const QString& target)
{
    return Builder(spec).switchover(target);
}

OperationPhases buildOperationPhases(const ClusterSpec& spec, int number, const QString& node, bool reclone)
{
    return Builder(spec).operation(number, node, reclone);
}

QString fenceMarkerPath()
{
    return nodepaths::stateDir() + QStringLiteral("/fenced");
}

QStringList requiredSecrets(const Runbook& runbook)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{secret:([^}]+)\\}\\}"));
    QSet<QString> keys;
    for (const Phase& phase : runbook.phases) {
        for (const Step& step : phase.steps) {
            for (const NodeWork& w : step.work) {
                for (const Action& a : w.actions) {
                    for (const QByteArray* bytes : {&a.content, &a.stdinData}) {
                        auto it = placeholder.globalMatch(QString::fromUtf8(*bytes));
                        while (it.hasNext())
                            keys.insert(it.next().captured(1));
                    }
                }
            }
        }
    }
    QStringList list(keys.cbegin(), keys.cend());
    list.sort();
    return list;
}

} // namespace pgpilot
