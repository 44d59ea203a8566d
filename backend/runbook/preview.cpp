// SPDX-License-Identifier: GPL-3.0-or-later
// The converge preview (preview.h): read-only criteria built from a phase's steps, and the report
// read back from their outputs.

#include "preview.h"

#include "core/shell.h"
#include "exec/job.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace pgpilot {

namespace {

QString tr(const char* source)
{
    return QCoreApplication::translate("pgpilot::Preview", source);
}

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{(?:secret|scram|pgpass):[^}]+\\}\\}"));
    return re;
}

// A line that is nothing but a secret placeholder: the file's content comes from the keychain.
bool wholeLineSecret(const QByteArray& content)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\{\\{(?:secret|scram|pgpass):[^}]+\\}\\}\\s*$"),
        QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(content)).hasMatch();
}

// A shell function that masks what follows a password-like word, or .pgpass's password field.
QString maskFunction(const QString& path)
{
    if (path.endsWith(QLatin1String(".pgpass")) || path.endsWith(QLatin1String("/pgpass")))
        return QStringLiteral("mask() { sed -E 's/^(([^:]*:){4}).*/\\1<masked>/'; }");
    // password_encryption names a method, not a password: shown.
    return QStringLiteral(
        "mask() { sed -E "
        "'/^[[:space:]]*password_encryption[[:space:]=]/!s/(^|[^A-Za-z])((pass(word|wd)?|auth|secret)"
        "[A-Za-z0-9_]*[[:space:]]*[=:[:space:]][[:space:]]*).*/\\1\\2<masked>/I'; }");
}

// Prints "@@new" and the content, or "@@same" / "@@changed" and the diff, then "@@stat
// owner:group mode" of the file; source prints what pgpilot would leave in it.
QString diffCommand(const QString& path, const QString& source)
{
    return QStringLiteral(
        "f=%1\n%2\n"
        "new=$(mktemp) && old=$(mktemp) || exit 3\n"
        "trap 'rm -f \"$new\" \"$old\"' EXIT\n"
        "{ %3; } | mask >\"$new\"\n"
        "if [ ! -e \"$f\" ]; then echo @@new; cat \"$new\"; exit 0; fi\n"
        "mask <\"$f\" >\"$old\"\n"
        "if cmp -s \"$old\" \"$new\"; then echo @@same; else echo @@changed; diff -u --label \"$f (now)\" "
        "--label \"$f (pgpilot)\" \"$old\" \"$new\"; fi\n"
        "stat -c '@@stat %U:%G %a' \"$f\"\n"
        "exit 0")
        .arg(shellQuote(path), maskFunction(path), source);
}

Criterion previewCriterion(const QString& id, const QString& description, const QString& node,
    const QString& command, const QString& runAs, const QByteArray& stdinData)
{
    Criterion c;
    c.id = id;
    c.description = description;
    c.target = Step::Target::OneNode;
    c.nodes = {node};
    c.command = command;
    c.runAs = runAs;
    c.stdinData = stdinData;
    c.timeoutMs = 60000;
    c.evaluate = [node](const QHash<QString, CommandOutput>& outputs) {
        CriterionResult r;
        r.node = node;
        const auto it = outputs.constFind(node);
        if (it == outputs.constEnd() || !it->reached) {
            r.passed = false;
            r.seen = it == outputs.constEnd() ? tr("no output") : it->error;
            return QList<CriterionResult> {r};
        }
        r.passed = true;
        r.expected = QString::number(it->exitCode);
        r.seen = QString::fromUtf8(it->stdOut);
        if (it->exitCode > 1 && !it->stdErr.isEmpty())
            r.likelyCause = QString::fromUtf8(it->stdErr).trimmed();
        return QList<CriterionResult> {r};
    };
    return c;
}

} // namespace

QString serviceEffectWord(Action::ServiceEffect effect)
{
    switch (effect) {
    case Action::ServiceEffect::Reload:
        return tr("reload");
    case Action::ServiceEffect::Restart:
        return tr("restart");
    case Action::ServiceEffect::Stop:
        return tr("stop");
    case Action::ServiceEffect::None:
        break;
    }
    return {};
}

PreviewPlan previewPlan(const Phase& phase)
{
    PreviewPlan plan;
    plan.phase.number = phase.number;
    plan.phase.title = phase.title;
    plan.phase.summary = phase.summary;
    int n = 0;
    auto add = [&](const PreviewItem& item, const Criterion& c) {
        plan.items << item;
        plan.phase.checkpoint << c;
        ++n;
    };
    for (const Step& step : phase.steps) {
        for (const NodeWork& w : step.work) {
            PreviewItem status;
            status.kind = PreviewItem::Kind::Step;
            status.stepId = step.id;
            status.stepTitle = step.title;
            status.node = w.node;
            QList<QPair<PreviewItem, Criterion>> files;
            for (const Action& a : w.actions) {
                if (a.effect != Action::ServiceEffect::None)
                    status.services << qMakePair(a.effect, a.unit);
                if (a.kind == Action::Kind::WriteFile) {
                    PreviewItem file = status;
                    file.kind = PreviewItem::Kind::File;
                    file.path = a.previewPath.isEmpty() ? a.path : a.previewPath;
                    file.wantOwner = QStringLiteral("%1:%2 %3").arg(a.owner, a.group).arg(a.mode, 0, 8);
                    file.keychainContent = wholeLineSecret(a.content);
                    QString command;
                    QByteArray stdinData;
                    if (file.keychainContent) {
                        command
                            = QStringLiteral("f=%1; if [ -e \"$f\" ]; then echo @@unread; stat -c '@@stat "
                                             "%U:%G %a' \"$f\"; else echo @@new; fi")
                                  .arg(shellQuote(file.path));
                    } else {
                        // Placeholders become a literal, masked like the node's value: no secret
                        // leaves pgpilot for a preview.
                        stdinData = QString::fromUtf8(a.content)
                                        .replace(placeholderPattern(), QStringLiteral("<masked>"))
                                        .toUtf8();
                        command = diffCommand(file.path, QStringLiteral("cat"));
                    }
                    files << qMakePair(file,
                        previewCriterion(QString(), tr("%1 on %2").arg(file.path, w.node), w.node, command,
                            QStringLiteral("root"), stdinData));
                } else if (!a.previewCommand.isEmpty()) {
                    PreviewItem file = status;
                    file.kind = PreviewItem::Kind::File;
                    file.path = a.previewPath;
                    files << qMakePair(file,
                        previewCriterion(QString(), tr("%1 on %2").arg(file.path, w.node), w.node,
                            diffCommand(a.previewPath, a.previewCommand), a.runAs, QByteArray()));
                } else if (!a.command.isEmpty()) {
                    status.commands << a.description;
                }
            }
            // The step's own probe says whether it would run at all (no probe: it always runs).
            status.writesFiles = !files.isEmpty();
            add(status,
                previewCriterion(QStringLiteral("preview.%1.%2").arg(n + 1).arg(step.id),
                    tr("%1 on %2").arg(step.title, w.node), w.node,
                    w.probe.isEmpty() ? QStringLiteral("exit 1") : w.probe,
                    w.probe.isEmpty() ? QStringLiteral("root") : w.probeRunAs, w.probeStdin));
            for (const auto& [item, criterion] : std::as_const(files)) {
                Criterion c = criterion;
                c.id = QStringLiteral("preview.%1.%2").arg(n + 1).arg(step.id);
                add(item, c);
            }
        }
    }
    return plan;
}

PhasePreview readPreview(const PreviewPlan& plan, const CheckpointResult& result)
{
    PhasePreview preview;
    preview.phase = plan.phase.number;
    preview.title = plan.phase.title;
    QHash<QString, bool> runsBefore; // node -> a step before would run there
    QHash<QString, CriterionResult> byId;
    for (const auto& item : result.items)
        byId.insert(item.criterionId, item.result);
    for (qsizetype i = 0; i < plan.items.size() && i < plan.phase.checkpoint.size(); ++i) {
        const PreviewItem& item = plan.items.at(i);
        const auto found = byId.constFind(plan.phase.checkpoint.at(i).id);
        const bool reached = found != byId.constEnd() && found->passed;
        if (item.kind == PreviewItem::Kind::Step) {
            StepPreview s;
            s.stepId = item.stepId;
            s.title = item.stepTitle;
            s.node = item.node;
            s.reached = reached;
            s.error = reached ? QString() : (found == byId.constEnd() ? tr("not asked") : found->seen);
            s.wouldRun = !reached || found->expected != QLatin1String("0");
            // A step that checks a state rather than its own files (a pending restart, a registration)
            // may find it changed by the steps before.
            s.mayRun = !s.wouldRun && !item.writesFiles && runsBefore.value(s.node);
            runsBefore[s.node] = runsBefore.value(s.node) || s.wouldRun;
            s.commands = item.commands;
            s.services = item.services;
            preview.steps << s;
            continue;
        }
        if (preview.steps.isEmpty())
            continue;
        FilePreview f;
        f.path = item.path;
        f.wantOwner = item.wantOwner;
        if (!reached) {
            f.state = FilePreview::State::Unread;
            f.diff = found == byId.constEnd() ? QString() : found->seen;
        } else {
            QStringList body;
            for (const QString& line : found->seen.split(QLatin1Char('\n'))) {
                if (line == QLatin1String("@@new"))
                    f.state = FilePreview::State::New;
                else if (line == QLatin1String("@@same"))
                    f.state = FilePreview::State::Same;
                else if (line == QLatin1String("@@changed"))
                    f.state = FilePreview::State::Changed;
                else if (line == QLatin1String("@@unread"))
                    f.state = FilePreview::State::NotCompared;
                else if (line.startsWith(QLatin1String("@@stat ")))
                    f.owner = line.mid(7);
                else
                    body << line;
            }
            while (!body.isEmpty() && body.last().isEmpty())
                body.removeLast();
            f.diff = body.join(QLatin1Char('\n'));
            if (!found->likelyCause.isEmpty()) {
                f.state = FilePreview::State::Unread;
                f.diff = found->likelyCause;
            }
        }
        preview.steps.last().files << f;
    }
    return preview;
}

QStringList PhasePreview::nodes() const
{
    QStringList list;
    for (const StepPreview& s : steps) {
        if (!list.contains(s.node))
            list << s.node;
    }
    return list;
}

bool PhasePreview::changesAnything() const
{
    for (const StepPreview& s : steps) {
        if (s.wouldRun)
            return true;
    }
    return false;
}

bool PhasePreview::allRead() const
{
    for (const StepPreview& s : steps) {
        if (!s.reached)
            return false;
        for (const FilePreview& f : s.files) {
            if (f.state == FilePreview::State::Unread)
                return false;
        }
    }
    return true;
}

namespace {

QString stateWord(FilePreview::State state)
{
    switch (state) {
    case FilePreview::State::Same:
        return QStringLiteral("same");
    case FilePreview::State::Changed:
        return QStringLiteral("changed");
    case FilePreview::State::New:
        return QStringLiteral("new");
    case FilePreview::State::NotCompared:
        return QStringLiteral("not-compared");
    case FilePreview::State::Unread:
        return QStringLiteral("unread");
    }
    return {};
}

constexpr qsizetype kNewFileLines = 40;

QString indent(const QString& text, const QString& by)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line.prepend(by);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString previewText(const PhasePreview& preview)
{
    QString out
        = tr("Preview of phase %1 (%2): nothing has been changed.\n").arg(preview.phase).arg(preview.title);
    QStringList services;
    for (const QString& node : preview.nodes()) {
        out += QStringLiteral("\n%1\n").arg(node);
        for (const StepPreview& s : preview.steps) {
            if (s.node != node)
                continue;
            if (!s.reached) {
                out += tr("  %1: could not be read: %2\n").arg(s.title, s.error);
                continue;
            }
            if (s.mayRun) {
                out += tr("  %1: nothing to do now; checked again after the steps above, which may make it "
                          "needed\n")
                           .arg(s.title);
            } else if (!s.wouldRun) {
                out += tr("  %1: unchanged\n").arg(s.title);
                continue;
            } else {
                out += tr("  %1: would run\n").arg(s.title);
            }
            for (const FilePreview& f : s.files) {
                if (s.mayRun)
                    break;
                const bool ownerChanges
                    = !f.wantOwner.isEmpty() && !f.owner.isEmpty() && f.owner != f.wantOwner;
                switch (f.state) {
                case FilePreview::State::Same:
                    out += ownerChanges ? tr("    %1: same content; owner and mode %2 -> %3\n")
                                              .arg(f.path, f.owner, f.wantOwner)
                                        : tr("    %1: same content\n").arg(f.path);
                    break;
                case FilePreview::State::Changed:
                    out += tr("    %1: changed%2\n")
                               .arg(f.path,
                                   ownerChanges ? tr("; owner and mode %1 -> %2").arg(f.owner, f.wantOwner)
                                                : QString());
                    out += indent(f.diff, QStringLiteral("      ")) + QLatin1Char('\n');
                    break;
                case FilePreview::State::New: {
                    // pgpilot's own scripts run to hundreds of lines: named, not printed (--json has them).
                    const qsizetype lines = f.diff.isEmpty() ? 0 : f.diff.count(QLatin1Char('\n')) + 1;
                    if (lines > kNewFileLines) {
                        out += tr("    %1: new file, %2 lines (not shown here; --json has its content)\n")
                                   .arg(f.path)
                                   .arg(lines);
                        break;
                    }
                    out += tr("    %1: new file\n").arg(f.path);
                    if (!f.diff.isEmpty())
                        out += indent(f.diff, QStringLiteral("      + ")) + QLatin1Char('\n');
                    break;
                }
                case FilePreview::State::NotCompared:
                    out += tr("    %1: replaced with the keychain's content (not shown)\n").arg(f.path);
                    break;
                case FilePreview::State::Unread:
                    out += tr("    %1: could not be compared: %2\n").arg(f.path, f.diff);
                    break;
                }
            }
            if (!s.mayRun) {
                for (const QString& c : s.commands)
                    out += tr("    runs: %1\n").arg(c);
            }
            for (const auto& [effect, unit] : s.services) {
                const QString line = s.mayRun
                    ? tr("%1: %2 %3 (if needed)").arg(s.node, serviceEffectWord(effect), unit)
                    : tr("%1: %2 %3").arg(s.node, serviceEffectWord(effect), unit);
                switch (effect) {
                case Action::ServiceEffect::Reload:
                    out += s.mayRun ? tr("    may reload %1\n").arg(unit) : tr("    reloads %1\n").arg(unit);
                    break;
                case Action::ServiceEffect::Restart:
                    out += s.mayRun ? tr("    may restart %1\n").arg(unit)
                                    : tr("    restarts %1\n").arg(unit);
                    break;
                case Action::ServiceEffect::Stop:
                    out += s.mayRun ? tr("    may stop %1\n").arg(unit) : tr("    stops %1\n").arg(unit);
                    break;
                case Action::ServiceEffect::None:
                    break;
                }
                if (!services.contains(line))
                    services << line;
            }
        }
    }
    out += services.isEmpty() ? tr("\nNo service would be reloaded, restarted or stopped.\n")
                              : tr("\nServices affected:\n  %1\n").arg(services.join(QStringLiteral("\n  ")));
    if (!preview.changesAnything())
        out += tr("Nothing to change: every step of this phase is already done.\n");
    return out;
}

QJsonObject previewJson(const PhasePreview& preview)
{
    QJsonArray steps;
    for (const StepPreview& s : preview.steps) {
        QJsonArray files;
        for (const FilePreview& f : s.files) {
            files.append(QJsonObject {{QStringLiteral("path"), f.path},
                {QStringLiteral("state"), stateWord(f.state)}, {QStringLiteral("diff"), f.diff},
                {QStringLiteral("owner"), f.owner}, {QStringLiteral("want_owner"), f.wantOwner}});
        }
        QJsonArray services;
        for (const auto& [effect, unit] : s.services) {
            services.append(QJsonObject {{QStringLiteral("unit"), unit},
                {QStringLiteral("effect"),
                    effect == Action::ServiceEffect::Reload
                        ? QStringLiteral("reload")
                        : (effect == Action::ServiceEffect::Restart ? QStringLiteral("restart")
                                                                    : QStringLiteral("stop"))}});
        }
        steps.append(QJsonObject {{QStringLiteral("step"), s.stepId}, {QStringLiteral("title"), s.title},
            {QStringLiteral("node"), s.node}, {QStringLiteral("read"), s.reached},
            {QStringLiteral("error"), s.error}, {QStringLiteral("would_run"), s.wouldRun},
            {QStringLiteral("may_run"), s.mayRun}, {QStringLiteral("files"), files},
            {QStringLiteral("commands"), QJsonArray::fromStringList(s.commands)},
            {QStringLiteral("services"), services}});
    }
    return {{QStringLiteral("phase"), preview.phase}, {QStringLiteral("title"), preview.title},
        {QStringLiteral("changes"), preview.changesAnything()},
        {QStringLiteral("complete"), preview.allRead()}, {QStringLiteral("steps"), steps}};
}

} // namespace pgpilot
