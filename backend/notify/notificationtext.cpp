// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationtext.h"

#include <QCoreApplication>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::Notification", text);
}

QString oneLine(QString text)
{
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return text.simplified();
}

QString utc(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

QString notificationHeadline(const Notification& n)
{
    const QString cluster = oneLine(n.cluster);
    if (n.state == Notification::State::Test)
        return tr("TEST %1: a test notification from pgpilot").arg(cluster);
    const QString state = n.state == Notification::State::Resolved ? tr("RESOLVED")
        : n.severity == Severity::Critical                         ? tr("CRITICAL")
                                                                   : tr("WARNING");
    // The first alert still firing names it (the first of all once it is over).
    const Notification::Alert* lead = nullptr;
    for (const Notification::Alert& a : n.alerts) {
        if (a.firing && (!lead || (a.severity == Severity::Critical && lead->severity != Severity::Critical)))
            lead = &a;
    }
    if (!lead && !n.alerts.isEmpty())
        lead = &n.alerts.first();
    QString what = lead ? oneLine(lead->title) : tr("no alarm");
    if (lead && !lead->node.isEmpty() && !what.contains(lead->node))
        what += QStringLiteral(" (%1)").arg(oneLine(lead->node));
    if (n.alerts.size() > 1)
        what += tr(" (+%1 more)").arg(n.alerts.size() - 1);
    return QStringLiteral("%1 %2: %3").arg(state, cluster, what);
}

QString notificationSubject(const Notification& n)
{
    return QStringLiteral("[pgpilot] ") + notificationHeadline(n);
}

QString notificationBody(const Notification& n)
{
    QString text;
    if (n.state == Notification::State::Test) {
        text += tr("This is a test notification for the cluster %1, sent by hand (the test button or "
                   "pgpilot watch --test) at %2. Nothing is wrong: if you read this, the channel works.\n")
                    .arg(oneLine(n.cluster), utc(n.time));
        return text;
    }
    if (n.state == Notification::State::Resolved)
        text += tr("Incident %1 of cluster %2 is over: no alarm since the last one cleared (opened %3, "
                   "resolved %4).\n")
                    .arg(n.incident)
                    .arg(oneLine(n.cluster), utc(n.openedAt), utc(n.time));
    else if (n.reason == Notification::Reason::Escalated)
        text += tr("Incident %1 of cluster %2 got critical at %3 (opened %4).\n")
                    .arg(n.incident)
                    .arg(oneLine(n.cluster), utc(n.time), utc(n.openedAt));
    else if (n.reason == Notification::Reason::Repeat)
        text += tr("Incident %1 of cluster %2 is still open at %3 (opened %4).\n")
                    .arg(n.incident)
                    .arg(oneLine(n.cluster), utc(n.time), utc(n.openedAt));
    else
        text += tr("Incident %1 of cluster %2 opened at %3.\n")
                    .arg(n.incident)
                    .arg(oneLine(n.cluster), utc(n.openedAt));
    for (const bool firing : {true, false}) {
        for (const Notification::Alert& a : n.alerts) {
            if (a.firing != firing)
                continue;
            text += QLatin1Char('\n');
            const QString where = a.node.isEmpty() ? tr("the cluster") : a.node;
            text += firing ? tr("[%1, firing since %2] %3 \u2014 %4\n")
                                 .arg(toId(a.severity).toUpper(), utc(a.since), oneLine(a.title), where)
                           : tr("[cleared %1] %2 \u2014 %3\n").arg(utc(a.until), oneLine(a.title), where);
            if (!a.meaning.isEmpty())
                text += tr("  What it means: %1\n").arg(a.meaning);
            if (firing && !a.action.isEmpty())
                text += tr("  What to do: %1\n").arg(a.action);
        }
    }
    text += tr("\n-- \npgpilot watch; the dashboard shows the cluster live.\n");
    return text;
}

} // namespace pgpilot
