// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolling.h"

#include "cluster/quorum.h"
#include "runbook/builder.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::Operations", text);
}

const NodeSpec* findNode(const ClusterSpec& spec, const QString& name)
{
    for (const NodeSpec& n : spec.nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

// The primary the plan starts from and the standby it switches over to.
struct Roles
{
    QString primary;
    QString target;
};

Roles roles(const ClusterSpec& spec, const OperationRequest& request, const QString& currentPrimary)
{
    Roles r;
    r.primary
        = currentPrimary.isEmpty() ? spec.nodes.value(qMax(0, spec.primaryIndex())).name : currentPrimary;
    r.target = request.node;
    if (r.target.isEmpty()) {
        for (const NodeSpec& n : spec.nodes) {
            if (n.name != r.primary) {
                r.target = n.name;
                break;
            }
        }
    }
    return r;
}

bool needsSwitchover(const OperationRequest& request)
{
    return rollingNeedsSwitchover(request.kind == OperationKind::Upgrade, request.packages);
}

} // namespace

QStringList parseUpgradePackages(const QString& text, QString* error)
{
    QStringList out;
    const QStringList known = upgradePackageNames();
    for (const QString& word :
        text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        const QString name = word.toLower();
        if (!known.contains(name)) {
            if (error)
                *error = tr("\"%1\" is not a package pgpilot upgrades: give some of %2.")
                             .arg(word.left(40), known.join(QStringLiteral(", ")));
            return {};
        }
        if (!out.contains(name))
            out << name;
    }
    if (out.isEmpty() && error)
        *error = tr(
            "Give the packages to upgrade with --packages, e.g. --packages postgresql,repmgr (any of %1).")
                     .arg(known.join(QStringLiteral(", ")));
    return out;
}

QString rollingOperationName(const OperationRequest& request)
{
    if (request.kind == OperationKind::Upgrade)
        return tr("Rolling upgrade of %1").arg(request.packages.join(QStringLiteral(", ")));
    return tr("Rolling restart");
}

QString rollingConfirmation(
    const ClusterSpec& spec, const OperationRequest& request, const QString& currentPrimary)
{
    const Roles r = roles(spec, request, currentPrimary);
    QStringList standbys;
    for (const NodeSpec& n : spec.nodes) {
        if (n.name != r.primary && n.name != r.target)
            standbys << n.name;
    }
    standbys << r.target;
    const QString write = QStringLiteral("%1:%2").arg(spec.network.vip).arg(spec.ports.write);
    const QString read = QStringLiteral("%1:%2").arg(spec.network.vip).arg(spec.ports.read);
    const QString back = request.switchBack
        ? tr(" Then a second switchover makes %1 the primary again (writes pause a second time).")
              .arg(r.primary)
        : QString();
    QString clients = tr("Clients: writes through %1 pause once for a few seconds, during the switchover "
                         "(open connections to %2 are cut and must reconnect); reads through %3 go on, "
                         "though each node drops its sessions when it restarts. No acknowledged write is "
                         "lost.")
                          .arg(write, r.primary, read);
    // Every standby counted on: a standby restarting takes the quorum (and the primary's writes)
    // with it for as long as it is down.
    const int standbyCount = int(spec.nodes.size()) - 1;
    if (quorum::syncStandbys(spec) >= standbyCount
        || quorum::fenceBelowStandbys(int(spec.nodes.size())) >= standbyCount)
        clients += QLatin1Char(' ')
            + tr("With %1 nodes every standby is needed for writes: they also stop while each standby "
                 "restarts "
                 "(a few seconds each).")
                  .arg(spec.nodes.size());
    if (request.kind == OperationKind::RollingRestart)
        return tr(
            "PostgreSQL restarts on every node of cluster %1, one node at a time: the standbys %2 (each "
            "streaming and caught up again before the next), then a switchover makes %3 the primary and "
            "repmgr restarts %4 as its standby.%5 Settings waiting for a restart take effect "
            "everywhere.\n%6")
            .arg(spec.name, standbys.join(QStringLiteral(", ")), r.target, r.primary, back, clients);
    if (!needsSwitchover(request))
        return tr(
            "The new versions of %1 (see the table) are installed on every node of cluster %2, one node at "
            "a time. Nothing restarts and there is no switchover.\nClients: nothing is interrupted.")
            .arg(request.packages.join(QStringLiteral(", ")), spec.name);
    return tr(
        "The new versions of %1 (see the table) are installed on every node of cluster %2, one node at a "
        "time: the standbys %3 first (apt-get, then whatever still runs an old binary restarts, then the "
        "node must stream and catch up before the next), then a switchover makes %4 the primary and %5 is "
        "upgraded as its standby.%6 If a node's upgrade fails, pgpilot stops there: the nodes after it "
        "keep their version and the primary keeps serving.\n%7")
        .arg(request.packages.join(QStringLiteral(", ")), spec.name, standbys.join(QStringLiteral(", ")),
            r.target, r.primary, back, clients);
}

OperationPlan buildRollingPlan(
    const ClusterSpec& spec, const OperationRequest& request, const QString& currentPrimary)
{
    OperationPlan plan;
    plan.request = request;
    const bool upgrade = request.kind == OperationKind::Upgrade;
    if (spec.nodes.size() < 2) {
        plan.error = tr("Cluster %1 has no standby: a rolling operation needs one to switch over to.")
                         .arg(spec.name);
        return plan;
    }
    if (!upgrade && !request.packages.isEmpty()) {
        plan.error = tr("--packages is for upgrade only.");
        return plan;
    }
    if (upgrade) {
        QString error;
        const QStringList checked = parseUpgradePackages(request.packages.join(QLatin1Char(',')), &error);
        if (checked.isEmpty()) {
            plan.error = error;
            return plan;
        }
        plan.request.packages = checked;
    }
    if (!request.node.isEmpty() && !findNode(spec, request.node)) {
        plan.error = tr("%1 is not a node of cluster %2.").arg(request.node, spec.name);
        return plan;
    }
    const Roles r = roles(spec, plan.request, currentPrimary);
    if (r.target == r.primary) {
        plan.error
            = tr("%1 is the primary now: give another node to switch over to (--to), or none.").arg(r.target);
        return plan;
    }
    RollingRequest rr;
    rr.upgrade = upgrade;
    rr.primary = r.primary;
    rr.switchTo = r.target;
    rr.switchBack = request.switchBack;
    rr.packages = plan.request.packages;
    const OperationPhases ops = buildRollingPhases(spec, rr);
    if (ops.steps.steps.isEmpty()) {
        plan.error = tr("The rolling operation cannot be planned for primary %1 and target %2.")
                         .arg(r.primary, r.target);
        return plan;
    }
    plan.prechecks = ops.prechecks;
    plan.phase = ops.steps;
    plan.verification = ops.verification;
    plan.title = rollingOperationName(plan.request);
    plan.oldPrimary = currentPrimary;
    if (needsSwitchover(plan.request))
        plan.newPrimary = request.switchBack ? r.primary : r.target;
    plan.confirmation = rollingConfirmation(spec, plan.request, currentPrimary);
    plan.phase.confirmation = plan.confirmation;
    return plan;
}

QList<UpgradeRow> upgradeRows(const QList<OperationCheck>& prechecks)
{
    QList<UpgradeRow> rows;
    static const QRegularExpression entry(QStringLiteral("^(\\S+) (\\S+) -> (\\S+)$"));
    for (const OperationCheck& c : prechecks) {
        if (c.id != QLatin1String("packages") || c.node.isEmpty())
            continue;
        for (const QString& part : c.seen.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
            const auto m = entry.match(part);
            if (m.hasMatch())
                rows << UpgradeRow {c.node, m.captured(1), m.captured(2), m.captured(3)};
        }
    }
    return rows;
}

QString upgradeTableText(const QList<UpgradeRow>& rows)
{
    const QStringList head {tr("node"), tr("package"), tr("installed"), tr("new")};
    QList<QStringList> cells {head};
    for (const UpgradeRow& r : rows)
        cells << QStringList {
            r.node, r.package, r.installed, r.candidate == r.installed ? tr("(up to date)") : r.candidate};
    QList<int> width(head.size(), 0);
    for (const QStringList& line : cells) {
        for (int i = 0; i < line.size(); ++i)
            width[i] = qMax(width.at(i), int(line.at(i).size()));
    }
    QString out;
    for (const QStringList& line : cells) {
        QStringList padded;
        for (int i = 0; i < line.size(); ++i)
            padded << (i + 1 < line.size() ? line.at(i).leftJustified(width.at(i)) : line.at(i));
        out += padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return out;
}

QString rollingStepNarration(const QString& rest, const QString& node, bool upgrade)
{
    if (rest == QLatin1String("mark"))
        return tr("Noting the start on %1").arg(node);
    if (rest.startsWith(QLatin1String("node.")))
        return upgrade ? tr("Upgrading %1: apt-get, then what runs an old binary restarts").arg(node)
                       : tr("Restarting %1 (a standby)").arg(node);
    if (rest.startsWith(QLatin1String("old-primary.")))
        return upgrade ? tr("Upgrading %1, the old primary, as a standby").arg(node)
                       : tr("Waiting until %1, the old primary, streams and catches up").arg(node);
    if (rest == QLatin1String("switchover.dry-run") || rest == QLatin1String("switch-back.dry-run"))
        return tr("Waiting until %1 has caught up, then repmgr's dry run").arg(node);
    if (rest == QLatin1String("switchover.run"))
        return tr("Switching over to %1").arg(node);
    if (rest == QLatin1String("switch-back.run"))
        return tr("Switching back to %1").arg(node);
    if (rest == QLatin1String("switchover.wait") || rest == QLatin1String("switch-back.wait"))
        return tr("Waiting for HAProxy and the VIP to send writes to %1").arg(node);
    if (rest == QLatin1String("extension"))
        return tr("ALTER EXTENSION repmgr UPDATE where the primary is (%1 checks)").arg(node);
    return {};
}

} // namespace pgpilot
