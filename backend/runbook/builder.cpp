// SPDX-License-Identifier: GPL-3.0-or-later
// The public entry points of builder.h. The Builder class behind them is declared in builderutil.h
// and defined in one file per phase, per operation and for the shared criteria and helpers.

#include "builder.h"

#include "builderutil.h"
#include "configfiles.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace pgpilot {

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
    if (m_spec.adopted.adopted) {
        // Phases 1-5 would rewrite a hand-built cluster's files and restart its services without
        // showing what changes: refused until converging with a preview exists (issue 17, part 4).
        // Pre-flight only reads; every checkpoint only reads, so it shows where the cluster stands.
        for (Phase& phase : rb.phases) {
            if (phase.number > 0)
                phase.refusal = QCoreApplication::translate("pgpilot::Builder",
                    "This cluster was adopted as it was built by hand: pgpilot does not run phase %1's steps "
                    "on "
                    "it yet, because they would rewrite its files and restart its services without first "
                    "showing you the differences. Its checkpoint runs (read-only) and shows where the "
                    "cluster "
                    "stands; pgpilot audit lists each difference and the step that would fix it.")
                                    .arg(phase.number);
        }
    }
    return rb;
}

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
