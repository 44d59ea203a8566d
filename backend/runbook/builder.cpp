// SPDX-License-Identifier: GPL-3.0-or-later
// The public entry points of builder.h. The Builder class behind them is declared in builderutil.h
// and defined in one file per phase, per operation and for the shared criteria and helpers.

#include "builder.h"

#include "builderutil.h"
#include "configfiles.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pgpilot {

namespace {
QString convergedText(const QList<int>& phases)
{
    QStringList list;
    for (int n : phases)
        list << QString::number(n);
    return list.isEmpty() ? QCoreApplication::translate("pgpilot::Builder", "none")
                          : list.join(QStringLiteral(", "));
}
} // namespace

Builder::Builder(const ClusterSpec& spec)
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

Runbook Builder::build()
{
    Runbook rb;
    rb.cluster = m_spec.name;
    rb.phases << phase0() << phase1() << phase2() << phase3() << phase4() << phase5();
    // The failover test waits until the phases have converged on an adopted cluster: with the
    // guide's routing it would cut writes. (The order of phases 1-4 is kept by whoever runs them:
    // the wizard's pages, pgpilot apply with convergeRefusal().)
    if (Phase* five = rb.phases.isEmpty() ? nullptr : &rb.phases.last(); five && five->number == 5)
        five->refusal = convergeRefusal(m_spec, 5);
    if (m_spec.hasBackups())
        rb.phases << phase6();
    return rb;
}

QString convergeRefusal(const ClusterSpec& spec, int phase)
{
    if (!spec.adopted.adopted || phase < 2)
        return {};
    const QList<int>& done = spec.adopted.convergedPhases;
    if (phase == 5)
        return QCoreApplication::translate("pgpilot::Builder",
            "This cluster was adopted and is not converged yet (phases converged: %1): run phases 1 to 4 "
            "first, each after its preview. Phase 5 stops the primary, and until phase 4 has run the "
            "cluster's own HAProxy and Keepalived may not follow the new one.")
            .arg(convergedText(done));
    for (int before = 1; before < phase; ++before) {
        if (!done.contains(before))
            return QCoreApplication::translate("pgpilot::Builder",
                "This cluster was adopted: pgpilot converges it one phase at a time, in order, so that each "
                "phase finds what the ones before it set up. Phase %1 has not converged yet: preview and run "
                "it first.")
                .arg(before);
    }
    return {};
}

ClusterSpec specAfterConverge(const ClusterSpec& spec, int phase)
{
    ClusterSpec next = spec;
    AdoptedSpec& a = next.adopted;
    if (!a.adopted || phase < 1 || phase > 4)
        return next;
    if (!a.convergedPhases.contains(phase)) {
        a.convergedPhases << phase;
        std::sort(a.convergedPhases.begin(), a.convergedPhases.end());
    }
    if (phase >= 3)
        a.monitorRole = monitorRole(); // phase 3 made pgpilot_monitor
    if (phase == 4) { // pgpilot's health service, HAProxy with stats
        a.healthService = nodepaths::healthUnitName().chopped(8);
        a.healthPrimaryPath.clear();
        a.healthReplicaPath.clear();
        a.haproxyStats = true;
    }
    if (a.convergedPhases == QList<int> {1, 2, 3, 4})
        next.adopted = AdoptedSpec {};
    return next;
}

Runbook buildRunbook(const ClusterSpec& spec)
{
    return Builder(spec).build();
}

Phase buildSwitchover(const ClusterSpec& spec, const QString& target)
{
    return Builder(spec).switchover(target);
}

OperationPhases buildOperationPhases(
    const ClusterSpec& spec, int number, const QString& node, bool reclone, const QString& option)
{
    return Builder(spec).operation(number, node, reclone, option);
}

QString fenceMarkerPath()
{
    return nodepaths::stateDir() + QStringLiteral("/fenced");
}

QStringList requiredSecrets(const Runbook& runbook)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{(?:secret|scram|pgpass):([^}]+)\\}\\}"));
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
    for (const Phase& phase : runbook.phases) {
        for (const Criterion& c : phase.checkpoint) {
            auto it = placeholder.globalMatch(QString::fromUtf8(c.stdinData));
            while (it.hasNext())
                keys.insert(it.next().captured(1));
        }
    }
    QStringList list(keys.cbegin(), keys.cend());
    list.sort();
    return list;
}

} // namespace pgpilot
