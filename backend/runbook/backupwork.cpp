// SPDX-License-Identifier: GPL-3.0-or-later
// Where the repository's side of the backups runs: the repository host, or the node that
// pgpilot-backup-run picks when the repository is mounted on every node.

#include "backupfiles.h"
#include "builderutil.h"

namespace pgpilot {

QList<NodeWork> Builder::repositoryWork(
    const QList<Action>& actions, const QString& probe, const QString& probeRunAs) const
{
    if (m_spec.hasBackupHost())
        return {work(m_spec.backup.host, actions, probe, probeRunAs)};
    QList<NodeWork> list;
    for (const NodeSpec& n : m_spec.nodes) {
        QList<Action> guarded;
        for (Action a : actions) {
            if (a.kind == Action::Kind::Run) {
                // runuser needs root; postgres asks the runner script itself.
                const QString amRunner = a.runAs == kPostgres
                    ? runnerCommand(m_spec, n.name) + QStringLiteral(" --am-runner")
                    : amRunnerShell(m_spec, n.name);
                a.command = QStringLiteral("if %1; then\n%2\nelse rc=$?; [ $rc -eq 1 ] || exit $rc; fi")
                                .arg(amRunner, a.command);
            }
            guarded << a;
        }
        list << work(n, guarded, probe, probeRunAs);
    }
    return list;
}

Criterion Builder::repositoryCriterion(const QString& id, const QString& description, const QString& command,
    NodeCheck check, const QString& runAs) const
{
    if (m_spec.hasBackupHost())
        return onNode(id, description, m_spec.backup.host, command, check, runAs);
    const QStringList names = allNames();
    Criterion c = criterion(id, description, Step::Target::AllNodes, names, command, runAs);
    const QList<NodeSpec> nodes = m_spec.nodes;
    c.evaluate = [nodes, check](const QHash<QString, CommandOutput>& outputs) {
        const NodeSpec* answered = nullptr;
        for (const NodeSpec& n : nodes) {
            const auto it = outputs.constFind(n.name);
            if (it == outputs.constEnd() || !it->reached)
                continue;
            if (it->exitCode == 0)
                return QList<CriterionResult> {check(n, *it)};
            if (!answered)
                answered = &n;
        }
        if (answered)
            return QList<CriterionResult> {check(*answered, outputs.value(answered->name))};
        return QList<CriterionResult> {unreachable(nodes.value(0).name, nullptr)};
    };
    return c;
}

QString Builder::repositoryName() const
{
    return m_spec.hasBackupHost() ? m_spec.backup.host.name
                                  : tr("the nodes (mounted %1)").arg(m_spec.backup.path);
}

} // namespace pgpilot
