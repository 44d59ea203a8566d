// SPDX-License-Identifier: GPL-3.0-or-later
#include "pause.h"

#include "monitor/pausetext.h"
#include "runbook/builder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::Operations", text);
}

// Printable characters only, at most max of them.
QString printable(const QString& text, int max)
{
    QString out;
    for (const QChar c : text) {
        if (c.isPrint())
            out += c;
    }
    return out.left(max);
}

} // namespace

std::optional<int> parsePauseWindow(const QString& text, QString* error)
{
    const QString t = text.trimmed().toLower().remove(QLatin1Char(' '));
    if (t.isEmpty())
        return kDefaultPauseMinutes;
    static const QRegularExpression form(QStringLiteral("^(?:([0-9]{1,6})h)?(?:([0-9]{1,7})(?:m|min)?)?$"));
    const auto m = form.match(t);
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (t.endsWith(QLatin1Char('s')) && !t.endsWith(QLatin1String("mins")))
        return fail(tr("The window \"%1\" is in seconds: give it in minutes or hours, e.g. 30m or 2h.")
                        .arg(text.left(40)));
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return fail(tr("\"%1\" is not a window pgpilot understands: give minutes or hours, e.g. 30m, 2h or "
                       "1h30m (at most 24h).")
                        .arg(text.left(40)));
    // an hour count followed by a bare number ("1h30") reads as minutes, like "1h30m"
    const qint64 minutes = m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong();
    if (minutes < 1)
        return fail(
            tr("A window of \"%1\" is no window: give at least 1 minute (e.g. 30m).").arg(text.left(40)));
    if (minutes > kMaxPauseMinutes)
        return fail(
            tr("The window \"%1\" is longer than 24 hours: give at most 24h, and pause again before it "
               "ends if the maintenance goes on.")
                .arg(text.left(40)));
    return int(minutes);
}

QString pauseReasonError(const QString& reason)
{
    for (const QChar c : reason) {
        if (!c.isPrint())
            return tr(
                "The reason must be one line of printable characters (it is shown on every dashboard).");
    }
    if (reason.size() > kMaxPauseReasonLength)
        return tr("The reason is %1 characters long: keep it to %2 (it is shown on every dashboard).")
            .arg(reason.size())
            .arg(kMaxPauseReasonLength);
    return {};
}

QString localRequester()
{
    // The account this process runs as (sudo, a service: USER may be unset or another's).
    QString user;
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        user = QString::fromLocal8Bit(pw->pw_name);
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    user = printable(user, 64);
    const QString host = printable(QSysInfo::machineHostName(), 128);
    return QStringLiteral("%1@%2").arg(
        user.isEmpty() ? QStringLiteral("unknown") : user, host.isEmpty() ? QStringLiteral("unknown") : host);
}

OperationPlan buildPausePlan(const ClusterSpec& spec, const OperationRequest& request)
{
    OperationPlan plan;
    plan.request = request;
    plan.request.node.clear();
    const bool pause = request.kind == OperationKind::Pause;
    PauseRequest pr;
    pr.pause = pause;
    if (pause) {
        QString error;
        const auto minutes = parsePauseWindow(request.option, &error);
        if (!minutes) {
            plan.error = error;
            return plan;
        }
        pr.minutes = *minutes;
        if (const QString why = pauseReasonError(request.reason); !why.isEmpty()) {
            plan.error = why;
            return plan;
        }
        pr.reason = request.reason.trimmed();
    } else if (!request.option.isEmpty() || !request.reason.isEmpty()) {
        plan.error = tr("unpause takes no window and no reason: it resumes automatic failover now.");
        return plan;
    }
    if (plan.request.requestedBy.isEmpty())
        plan.request.requestedBy = localRequester();
    if (const QString why = pauseReasonError(plan.request.requestedBy); !why.isEmpty()) {
        plan.error
            = tr("Who asked (\"%1\") cannot be recorded: %2").arg(plan.request.requestedBy.left(40), why);
        return plan;
    }
    pr.by = plan.request.requestedBy;
    const OperationPhases ops = buildPausePhases(spec, pr);
    plan.prechecks = ops.prechecks;
    plan.phase = ops.steps;
    plan.verification = ops.verification;
    plan.title = ops.steps.title;
    plan.confirmation = pauseConfirmation(spec, plan.request);
    plan.phase.confirmation = plan.confirmation;
    return plan;
}

QString pauseConfirmation(const ClusterSpec& spec, const OperationRequest& request)
{
    const QString write = QStringLiteral("%1:%2").arg(spec.network.vip).arg(spec.ports.write);
    const QString by = request.requestedBy.isEmpty() ? localRequester() : request.requestedBy;
    if (request.kind == OperationKind::Unpause)
        return tr("repmgrd on every node of cluster %1 acts on failures again: if the primary is down right "
                  "now, a standby is promoted within seconds. The recorded window is closed (by %2).\n"
                  "Clients: nothing changes while the primary runs.")
            .arg(spec.name, by);
    const int minutes = parsePauseWindow(request.option, nullptr).value_or(kDefaultPauseMinutes);
    const QString reason = request.reason.trimmed();
    return tr(
        "repmgrd on every node of cluster %1 stops acting on failures: while it is paused no standby is "
        "promoted, so if the primary fails, writes through %2 stop until someone acts. pgpilot records "
        "the pause in the cluster: a window of %3 from now, paused by %4%5. Every dashboard, the wall "
        "and pgpilot watch show it, and raise a critical alarm once the window has passed. Resume with "
        "pgpilot unpause (or Cluster \u2192 Resume automatic failover).\n"
        "Clients: nothing changes while the primary runs.")
        .arg(spec.name, write, pauseSpanText(minutes * 60.0), by,
            reason.isEmpty() ? QString() : tr(", reason \"%1\"").arg(reason));
}

QString pauseOperationName(const OperationRequest& request)
{
    if (request.kind == OperationKind::Unpause)
        return tr("Resuming automatic failover");
    const auto minutes = parsePauseWindow(request.option, nullptr);
    return minutes ? tr("Pausing automatic failover for %1").arg(pauseSpanText(*minutes * 60.0))
                   : tr("Pausing automatic failover");
}

QString pauseNarration(const QString& node, const QString& line)
{
    // repmgr's own line per node: "NOTICE: node 2 (pg2) paused" (or unpaused, not paused, ...).
    static const QRegularExpression notice(
        QStringLiteral("node ([0-9]+) \\(([^)]*)\\) (paused|unpaused|not paused|not unpaused)\\s*$"));
    static const QRegularExpression unreachable(QStringLiteral("unable to connect to node ([0-9]+)"));
    if (const auto m = notice.match(line); m.hasMatch()) {
        const QString who = m.captured(2);
        const QString what = m.captured(3);
        if (what == QLatin1String("paused"))
            return tr("repmgrd on %1 is paused").arg(who);
        if (what == QLatin1String("unpaused"))
            return tr("repmgrd on %1 acts on failures again").arg(who);
        return what == QLatin1String("not paused") ? tr("repmgr could not pause %1").arg(who)
                                                   : tr("repmgr could not resume %1").arg(who);
    }
    if (const auto m = unreachable.match(line); m.hasMatch())
        return tr("repmgr on %1 cannot reach node %2").arg(node, m.captured(1));
    if (line.startsWith(QLatin1String("pgpilot: repmgrd is already paused on every node")))
        return tr("repmgrd was already paused on every node (%1): nothing to change")
            .arg(line.section(QLatin1Char(':'), 2).trimmed());
    if (line.startsWith(QLatin1String("pgpilot: repmgrd is already running")))
        return tr("repmgrd already acts on failures on every node (%1): nothing to change")
            .arg(line.section(QLatin1Char(':'), 2).trimmed());
    if (line.startsWith(QLatin1String("pgpilot-pause-window since ")))
        return tr("Window recorded on %1: failover paused since %2, until %3")
            .arg(node, line.section(QLatin1Char(' '), 2, 4), line.section(QLatin1Char(' '), 6, 8));
    if (line.startsWith(QLatin1String("pgpilot-pause-closed "))) {
        const int closed = line.section(QLatin1Char(' '), 1, 1).toInt();
        return closed > 0 ? tr("The recorded window is closed on %1").arg(node)
                          : tr("No window was open on %1").arg(node);
    }
    return {};
}

} // namespace pgpilot
