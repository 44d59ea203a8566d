// SPDX-License-Identifier: GPL-3.0-or-later
// Builder's helpers: shell commands, actions, steps and checkpoint criteria (see builderutil.h).

#include "builderutil.h"

#include "core/shell.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace pgpilot {

QString Builder::tr(const char* source)
{
    return QCoreApplication::translate("pgpilot::Runbook", source);
}

// Runs command so that it finishes even when pgpilot dies or loses the connection meanwhile
// (output to a file on the node, streamed back with tail; the command ignores SIGHUP and
// SIGPIPE): a switchover cut off halfway leaves the old primary stopped and repmgrd paused on
// every node. pgpilot's own cancel and timeout still stop it (same process group).
QString Builder::outlivesCaller(const QString& command)
{
    return QStringLiteral("log=$(mktemp /tmp/pgpilot-run.XXXXXX) || exit 1\n"
                          "( trap '' HUP PIPE; %1; echo \"pgpilot-exit=$?\" ) >\"$log\" 2>&1 </dev/null &\n"
                          "tail -n +1 --pid=$! -f \"$log\"\n"
                          "rc=$(sed -n 's/^pgpilot-exit=//p' \"$log\" | tail -n 1)\n"
                          "rm -f \"$log\"\n"
                          "exit \"${rc:-1}\"")
        .arg(command);
}

// psql as postgres over the local socket: unaligned, tuples only, stop on error.
QString Builder::psql(const QString& sql, const QString& db) const
{
    return QStringLiteral("%1/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p %2 -d %3 -c %4")
        .arg(m_bin, pgPort(), db, shellQuote(sql));
}

// psql reading SQL from stdin (secrets arrive there, never in the command line).
QString Builder::psqlStdin(const QString& db) const
{
    return QStringLiteral("%1/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p %2 -d %3 -f -")
        .arg(m_bin, pgPort(), db);
}

// psql to a remote address as repmgr, password from postgres's .pgpass.
QString Builder::psqlTo(const QString& host, int port, const QString& sql) const
{
    const QString ci = QStringLiteral("host=%1 port=%2 user=repmgr dbname=repmgr connect_timeout=5%3")
                           .arg(host)
                           .arg(port)
                           .arg(tlsConninfo(m_spec));
    return QStringLiteral("PGPASSFILE=%1 %2/psql -X -A -t -q %3 -c %4")
        .arg(nodepaths::pgpassFile(), m_bin, shellQuote(ci), shellQuote(sql));
}

QString Builder::pgctl(const QString& action) const
{
    return QStringLiteral("%1 %2 main %3").arg(pgCtlCluster(), v(), action);
}

QString Builder::repmgr(const QString& args) const
{
    // Verified TLS: repmgr's own connections given by -h/-d (a clone, a rejoin) verify the other
    // node as the conninfo in repmgr.conf does.
    const QString env = tlsVerified(m_spec)
        ? QStringLiteral("env PGSSLMODE=verify-full PGSSLROOTCERT=%1 ").arg(nodepaths::tlsCaCert(m_v))
        : QString();
    return QStringLiteral("%1%2/repmgr -f %3 %4").arg(env, m_bin, nodepaths::repmgrConf(), args);
}

// A node-side polling loop bounded by a deadline: no fixed sleeps in the runbook.
QString Builder::deadlineLoop(
    int seconds, const QString& check, const QString& timeoutMessage, const QString& pause)
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

QString Builder::pollUntilSettled(const QString& query, const QString& casePattern)
{
    return QStringLiteral("deadline=$(( $(date +%s) + 30 ))\n"
                          "while :; do\n"
                          "  out=$(%1)\n"
                          "  case \"$out\" in %2) break ;; esac\n"
                          "  [ \"$(date +%s)\" -ge \"$deadline\" ] && break\n"
                          "  sleep 1\n"
                          "done\n"
                          "printf '%s\\n' \"$out\"")
        .arg(query, casePattern);
}

Action Builder::run(const QString& description, const QString& command, const QString& runAs, int timeoutMs)
{
    Action a;
    a.kind = Action::Kind::Run;
    a.description = description;
    a.command = command;
    a.runAs = runAs;
    a.timeoutMs = timeoutMs;
    return a;
}

Action Builder::runStdin(
    const QString& description, const QString& command, const QString& runAs, const QString& stdinText)
{
    Action a = run(description, command, runAs);
    a.stdinData = stdinText.toUtf8();
    return a;
}

Action Builder::write(const QString& description, const RenderedFile& f, const QString& pathOverride)
{
    Action a;
    a.kind = Action::Kind::WriteFile;
    a.description = description;
    a.path = pathOverride.isEmpty() ? f.path : pathOverride;
    if (!pathOverride.isEmpty())
        a.previewPath = f.path;
    a.content = f.content;
    a.owner = f.owner;
    a.group = f.group;
    a.mode = f.mode;
    return a;
}

QString Builder::mkdir(const QString& path, const QString& owner, const QString& mode)
{
    return mkdirCommand(path, owner, mode);
}

QString mkdirCommand(const QString& path, const QString& owner, const QString& mode)
{
    // As for file writes (atomicWriteCommand): the existing directories above, as spelled and as
    // resolved, decide who creates it. All root's and closed to others: root creates it and hands
    // it to owner. Some of them owner's (e.g. an archive under ~postgres): created as owner, so a
    // link owner planted leads nowhere owner could not go. Another account's, or open to group or
    // everyone (even sticky, as /tmp): refused (exit 73), nothing created.
    static const QString kScript = QStringLiteral(
        "p=$1; o=$2; m=$3; u=; "
        "if [ -L \"$p\" ] || { [ -e \"$p\" ] && [ ! -d \"$p\" ]; }; then echo \"pgpilot: $p exists and is "
        "not a "
        "directory; left alone\" >&2; exit 73; fi; "
        "d=$(dirname -- \"$p\"); while [ ! -e \"$d\" ] && [ ! -L \"$d\" ]; do d=$(dirname -- \"$d\"); done; "
        "r=$(realpath -e -- \"$d\") || { echo \"pgpilot: $d cannot be resolved; $p not created\" >&2; exit "
        "73; }; "
        "for q in \"$d\" \"$r\"; do while :; do a=$(stat -c %U -- \"$q\") || exit 73; "
        "if [ \"$a\" != root ]; then [ \"$a\" = \"$o\" ] || { echo \"pgpilot: $q belongs to $a, who could "
        "swap it for a link; $p not created\" >&2; exit 73; }; u=$a; "
        "elif [ ! -L \"$q\" ] && [ -n \"$(find \"$q\" -maxdepth 0 -perm /022)\" ]; then echo \"pgpilot: $q "
        "can "
        "be changed by accounts other than root; $p not created\" >&2; exit 73; fi; "
        "[ \"$q\" = / ] || [ \"$q\" = . ] && break; q=$(dirname -- \"$q\"); done; done; "
        "if [ -z \"$u\" ]; then install -d -o \"$o\" -g \"$o\" -m \"$m\" \"$p\"; "
        "else runuser -u \"$o\" -- sh -c 'mkdir -p -- \"$1\" && chmod -- \"$2\" \"$1\"' sh \"$p\" \"$m\"; "
        "fi");
    return QStringLiteral("sh -c %1 sh %2 %3 %4")
        .arg(shellQuote(kScript), shellQuote(path), shellQuote(owner), mode);
}

// "Already done?" for a whole file pgpilot owns: same bytes, owner and mode. A file holding a
// secret cannot be compared without the secret: its presence, owner and mode are checked.
QString Builder::statProbe(const RenderedFile& f)
{
    return QStringLiteral("[ \"$(stat -c '%U:%G %a' %1 2>/dev/null)\" = %2 ]")
        .arg(shellQuote(f.path),
            shellQuote(QStringLiteral("%1:%2 %3").arg(f.owner, f.group).arg(f.mode, 0, 8)));
}

QString Builder::fileProbe(const RenderedFile& f)
{
    const QString stat = statProbe(f);
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
QString Builder::awkBlockMatch(const QString& word) const
{
    return QStringLiteral("$1==\"#\" && $2==\"%1\" && $3==\"pgpilot\" && $4==c").arg(word);
}

QString Builder::blockText(const RenderedFile& f) const
{
    QString text = QString::fromUtf8(f.content);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

QString Builder::blockDropAwk() const
{
    return QStringLiteral("%1 {skip=1; next} %2 {skip=0; next} !skip")
        .arg(awkBlockMatch(QStringLiteral("BEGIN")), awkBlockMatch(QStringLiteral("END")));
}

QString Builder::writeBlockCommand(const RenderedFile& f) const
{
    const QString awk = blockDropAwk();
    return QStringLiteral(
        "f=%1; tmp=$(mktemp \"$f.pgpilot.XXXXXX\") || exit 1\n"
        "if awk -v c=%2 %3 \"$f\" >\"$tmp\" && printf '%s\\n' %4 >>\"$tmp\" && cat \"$tmp\" "
        ">\"$f\"; then rc=0; else rc=1; fi\n"
        "rm -f \"$tmp\"; exit $rc")
        .arg(shellQuote(f.path), shellQuote(m_spec.name), shellQuote(awk), shellQuote(blockText(f)));
}

QString Builder::blockPreviewCommand(const RenderedFile& f) const
{
    return QStringLiteral("{ awk -v c=%1 %2 %3 2>/dev/null; printf '%s\\n' %4; }")
        .arg(shellQuote(m_spec.name), shellQuote(blockDropAwk()), shellQuote(f.path),
            shellQuote(blockText(f)));
}

Action Builder::blockWrite(const QString& description, const RenderedFile& f, const QString& runAs) const
{
    Action a = run(description, writeBlockCommand(f), runAs);
    a.previewPath = f.path;
    a.previewCommand = blockPreviewCommand(f);
    return a;
}

Action Builder::affects(Action a, Action::ServiceEffect effect, const QString& unit)
{
    a.effect = effect;
    a.unit = unit;
    return a;
}

QString Builder::blockProbe(const RenderedFile& f) const
{
    const QString awk
        = QStringLiteral("%1 {p=1} p {print} %2 {p=0}")
              .arg(awkBlockMatch(QStringLiteral("BEGIN")), awkBlockMatch(QStringLiteral("END")));
    return QStringLiteral("[ \"$(awk -v c=%1 %2 %3)\" = %4 ]")
        .arg(shellQuote(m_spec.name), shellQuote(awk), shellQuote(f.path), shellQuote(blockText(f)));
}

// Writes a config file through a temporary name, validates it with the service's own checker,
// then moves it in place: a broken file never replaces a working one.
QList<Action> Builder::writeValidated(
    const QString& description, const RenderedFile& f, const QString& checker) const
{
    const QString tmp = f.path + QStringLiteral(".pgpilot-new");
    return {write(description, f, tmp),
        run(tr("Validate and install %1").arg(f.path),
            QStringLiteral("%1 %2 && mv -f %2 %3").arg(checker, shellQuote(tmp), shellQuote(f.path)))};
}

NodeWork Builder::work(
    const NodeSpec& node, const QList<Action>& actions, const QString& probe, const QString& probeRunAs) const
{
    NodeWork w;
    w.node = node.name;
    w.actions = actions;
    w.probe = probe;
    w.probeRunAs = probeRunAs;
    return w;
}

Step Builder::step(const QString& id, const QString& title, Step::Target target, const QList<NodeWork>& work,
    const QString& hint, bool sequential)
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

QStringList Builder::allNames() const
{
    QStringList names;
    for (const NodeSpec& node : m_spec.nodes)
        names << node.name;
    return names;
}

const NodeSpec* Builder::nodeByName(const QString& name) const
{
    for (const NodeSpec& node : m_spec.nodes) {
        if (node.name == name)
            return &node;
    }
    return nullptr;
}

CriterionResult Builder::result(
    bool passed, const QString& node, const QString& expected, const QString& seen, const QString& cause)
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

CriterionResult Builder::unreachable(const QString& node, const CommandOutput* out)
{
    return result(false, node, tr("the node answers over SSH"),
        out ? (out->error.isEmpty() ? tr("not reached") : out->error) : tr("no output"),
        tr("SSH to the node failed: check that it is up, the address and SSH port in the worksheet, and "
           "the host key."));
}

Criterion Builder::criterion(const QString& id, const QString& description, Step::Target target,
    const QStringList& nodes, const QString& command, const QString& runAs) const
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
Criterion Builder::perNode(const QString& id, const QString& description, const QString& command,
    NodeCheck check, const QString& runAs, Step::Target target) const
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

Criterion Builder::onNode(const QString& id, const QString& description, const NodeSpec& node,
    const QString& command, NodeCheck check, const QString& runAs) const
{
    Criterion c = criterion(id, description, Step::Target::OneNode, {node.name}, command, runAs);
    const NodeSpec n = node;
    c.evaluate = [n, check](const QHash<QString, CommandOutput>& outputs) {
        const auto it = outputs.constFind(n.name);
        if (it == outputs.constEnd() || !it->reached)
            return QList<CriterionResult> {unreachable(n.name, it == outputs.constEnd() ? nullptr : &*it)};
        return QList<CriterionResult> {check(n, *it)};
    };
    return c;
}

} // namespace pgpilot
