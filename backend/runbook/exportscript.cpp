// SPDX-License-Identifier: GPL-3.0-or-later
#include "builder.h"
#include "core/shell.h"

#include <QCoreApplication>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::ExportScript", text);
}

QString commentLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& l : lines)
        l = QStringLiteral("# ") + l;
    return lines.join(QLatin1Char('\n'));
}

// A heredoc delimiter that does not occur in the content.
QString delimiterFor(const QByteArray& content)
{
    QString delim = QStringLiteral("PGPILOT_EOF");
    for (int i = 1; content.contains(delim.toUtf8()); ++i)
        delim = QStringLiteral("PGPILOT_EOF_%1").arg(i);
    return delim;
}

QString heredoc(const QByteArray& content)
{
    const QString delim = delimiterFor(content);
    QString body = QString::fromUtf8(content);
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return QStringLiteral("<<'%1'\n%2%1").arg(delim, body);
}

// A command in its own shell (it may `exit`): a subshell for root, runuser's shell otherwise.
QString asUser(const QString& user, const QString& command)
{
    if (user == QLatin1String("root"))
        return QStringLiteral("(\n%1\n)").arg(command);
    return QStringLiteral("runuser -u %1 -- sh -c %2").arg(shellQuote(user), shellQuote(command));
}

QString actionScript(const Action& a)
{
    QString out = QStringLiteral("# %1\n").arg(a.description);
    if (a.kind == Action::Kind::WriteFile) {
        const QString tmp = shellQuote(a.path + QStringLiteral(".pgpilot-tmp"));
        if (a.owner != QLatin1String("root")) {
            // As its owner, like pgpilot: root never writes where another account can swap the file.
            out += QStringLiteral("runuser -u %1 -- sh -c %2 %3\n")
                       .arg(shellQuote(a.owner), shellQuote(QStringLiteral("umask 077; cat >") + tmp),
                           heredoc(a.content));
            out += asUser(a.owner,
                QStringLiteral("chgrp %1 %2 && chmod %3 %2 && mv -f %2 %4")
                    .arg(shellQuote(a.group), tmp, QString::number(a.mode, 8), shellQuote(a.path)));
            return out;
        }
        out += QStringLiteral("cat >%1 %2\n").arg(tmp, heredoc(a.content));
        out += QStringLiteral("chown %1 %2 && chmod %3 %2 && mv -f %2 %4")
                   .arg(shellQuote(a.owner + QLatin1Char(':') + a.group), tmp, QString::number(a.mode, 8),
                       shellQuote(a.path));
        return out;
    }
    const QString inner = asUser(a.runAs, a.command);
    if (!a.stdinData.isEmpty())
        out += QStringLiteral("%1 %2").arg(inner, heredoc(a.stdinData));
    else
        out += inner;
    return out;
}

} // namespace

QMap<QString, QString> exportScripts(const Runbook& runbook)
{
    QMap<QString, QString> scripts;
    QStringList nodes;
    for (const Phase& phase : runbook.phases) {
        for (const Step& step : phase.steps) {
            for (const NodeWork& w : step.work) {
                if (!nodes.contains(w.node))
                    nodes << w.node;
            }
        }
        for (const Criterion& c : phase.checkpoint) {
            for (const QString& n : c.nodes) {
                if (!nodes.contains(n))
                    nodes << n;
            }
        }
    }
    for (const QString& node : nodes) {
        QString s;
        s += QStringLiteral("#!/bin/sh\n");
        s += commentLines(
            tr("pgpilot runbook for cluster %1, node %2 (dry run, for review).\n"
               "Secrets appear as placeholders ({{secret:<keychain key>}}, {{scram:<key>}} for a "
               "password's SCRAM verifier, {{pgpass:<key>}} for it escaped in .pgpass), and so do "
               "the nodes' SSH host keys ({{hostkeys}}: those pgpilot verified): this script "
               "does not run as is.\n"
               "Steps run in this order; pgpilot runs steps that target several nodes on all of "
               "them before the next step.")
                .arg(runbook.cluster, node));
        s += QStringLiteral("\nset -e\n");
        for (const Phase& phase : runbook.phases) {
            s += QStringLiteral("\n# ======== Phase %1: %2 ========\n").arg(phase.number).arg(phase.title);
            s += commentLines(phase.summary) + QLatin1Char('\n');
            if (phase.destructive)
                s += commentLines(tr("DESTRUCTIVE: ") + phase.confirmation) + QLatin1Char('\n');
            for (const Step& step : phase.steps) {
                for (const NodeWork& w : step.work) {
                    if (w.node != node)
                        continue;
                    s += QStringLiteral("\n# --- %1: %2\n").arg(step.id, step.title);
                    QStringList actions;
                    for (const Action& a : w.actions)
                        actions << actionScript(a);
                    const QString body = actions.join(QLatin1Char('\n'));
                    if (w.probe.isEmpty()) {
                        s += body + QLatin1Char('\n');
                    } else {
                        // Bodies are not indented: that would change quoted multi-line values.
                        // A probe that reads stdin gets it as a here-document: "if cmd <<'D'".
                        QString probe = asUser(w.probeRunAs, w.probe);
                        if (!w.probeStdin.isEmpty())
                            probe += QLatin1Char(' ') + heredoc(w.probeStdin);
                        s += QStringLiteral("if %1\nthen\necho %2\nelse\n%3\nfi\n")
                                 .arg(probe, shellQuote(tr("%1: already done").arg(step.id)), body);
                    }
                }
            }
            bool header = false;
            for (const Criterion& c : phase.checkpoint) {
                if (!c.nodes.contains(node))
                    continue;
                if (!header) {
                    s += QStringLiteral("\n# --- Checkpoint of phase %1 (pgpilot judges the output)\n")
                             .arg(phase.number);
                    header = true;
                }
                if (c.stdinData.isEmpty()) {
                    s += QStringLiteral("# %1\n%2 || true\n").arg(c.description, asUser(c.runAs, c.command));
                } else {
                    // "cmd <<'D' || true", then the here-document's lines.
                    const QString doc = heredoc(c.stdinData);
                    const qsizetype nl = doc.indexOf(QLatin1Char('\n'));
                    s += QStringLiteral("# %1\n%2 %3 || true%4\n")
                             .arg(c.description, asUser(c.runAs, c.command), doc.left(nl), doc.mid(nl));
                }
            }
        }
        scripts.insert(node, s);
    }
    return scripts;
}

} // namespace pgpilot
