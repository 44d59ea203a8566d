// SPDX-License-Identifier: GPL-3.0-or-later
// The executor's pure helpers: secret placeholders and the dry run (what a phase would send).
#include "executor.h"

#include <QRegularExpression>
#include <QSet>

namespace pgpilot {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\{\{(secret|scram|pgpass|sshpub):([A-Za-z0-9:._-]+)\}\})"));
    return re;
}

// Every text of the phase the executor resolves: stdin, probe stdin, file contents, criteria.
template <typename F> void forEachResolvedText(const Phase& phase, F visit)
{
    for (const Step& step : phase.steps) {
        for (const NodeWork& work : step.work) {
            visit(work.probeStdin);
            for (const Action& a : work.actions) {
                visit(a.stdinData);
                visit(a.content);
            }
        }
    }
    for (const Criterion& c : phase.checkpoint)
        visit(c.stdinData);
}

// Every (form, key) of the secret placeholders in those texts.
template <typename F> void scanPlaceholders(const Phase& phase, F found)
{
    forEachResolvedText(phase, [&](const QByteArray& text) {
        if (!text.contains("{{"))
            return;
        auto it = placeholderPattern().globalMatch(QString::fromUtf8(text));
        while (it.hasNext()) {
            const auto m = it.next();
            found(m.captured(1), m.captured(2));
        }
    });
}

} // namespace

QString Executor::placeholderFor(const QString& secretKey)
{
    return QStringLiteral("{{secret:%1}}").arg(secretKey);
}

QStringList Executor::secretKeysOf(const Phase& phase)
{
    QSet<QString> keys;
    scanPlaceholders(phase, [&keys](const QString&, const QString& key) { keys.insert(key); });
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    return sorted;
}

bool Executor::usesVerifiedHostKeys(const Phase& phase)
{
    bool used = false;
    forEachResolvedText(phase,
        [&used](const QByteArray& text) { used = used || text.contains(kVerifiedHostKeysPlaceholder); });
    return used;
}

QStringList Executor::passwordKeysOf(const Phase& phase)
{
    QSet<QString> keys;
    scanPlaceholders(phase, [&keys](const QString& form, const QString& key) {
        if (form != QLatin1String("secret") && form != QLatin1String("sshpub"))
            keys.insert(key);
    });
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    return sorted;
}

QHash<QString, QStringList> Executor::dryRun(const Phase& phase)
{
    QHash<QString, QStringList> perNode;
    for (const Step& step : phase.steps) {
        for (const NodeWork& work : step.work) {
            QStringList& lines = perNode[work.node];
            lines << QStringLiteral("# %1 [%2]").arg(step.title, step.id);
            if (!work.probe.isEmpty())
                lines << QStringLiteral("# already done when this succeeds (as %1): %2")
                             .arg(work.probeRunAs, work.probe);
            if (!work.probeStdin.isEmpty())
                lines << QStringLiteral("#   its stdin: %1").arg(QString::fromUtf8(work.probeStdin));
            for (const Action& a : work.actions) {
                if (a.kind == Action::Kind::WriteFile) {
                    lines << QStringLiteral("write %1 (owner %2:%3, mode %4, %5 bytes):")
                                 .arg(a.path, a.owner, a.group, QString::number(a.mode, 8))
                                 .arg(a.content.size());
                    lines << QString::fromUtf8(a.content);
                } else {
                    lines << QStringLiteral("run as %1: %2").arg(a.runAs, a.command);
                    if (!a.stdinData.isEmpty())
                        lines << QStringLiteral("  stdin: %1").arg(QString::fromUtf8(a.stdinData));
                }
            }
        }
    }
    return perNode;
}

} // namespace pgpilot
