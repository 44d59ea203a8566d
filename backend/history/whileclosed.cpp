// SPDX-License-Identifier: GPL-3.0-or-later
#include "whileclosed.h"

#include <QCoreApplication>

namespace pgpilot {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("pgpilot::WhileClosed", text, nullptr, n);
}

QString when(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

WhileClosed whileClosed(const HistoryReader& reader, const QDateTime& lastSeen, const QDateTime& now)
{
    WhileClosed w;
    if (!lastSeen.isValid())
        return w; // the first time this window shows the cluster: nothing to compare with
    w.events = reader.eventsSince(lastSeen);
    w.incidents = reader.incidents(lastSeen, now);
    w.gaps = reader.gaps(lastSeen, now);
    if (w.events.isEmpty() && w.incidents.isEmpty() && w.gaps.isEmpty()) {
        w.text = tr("Nothing happened while this window was closed (since %1).").arg(when(lastSeen));
        return w;
    }
    QStringList lines;
    lines << tr("While this window was closed (since %1): %n event(s) recorded", int(w.events.size()))
                 .arg(when(lastSeen));
    for (const HistoryIncident& i : std::as_const(w.incidents)) {
        lines << tr("\u2022 %1 from %2 to %3: %4")
                     .arg(toId(i.worst).toUpper(), when(i.from),
                         i.to.isValid() ? i.to.toLocalTime().toString(QStringLiteral("HH:mm")) : tr("now"),
                         i.alarms.join(QStringLiteral("; ")));
    }
    for (const HistoryGap& g : std::as_const(w.gaps)) {
        lines << tr("\u2022 nothing recorded from %1 to %2: no pgpilot watched (repmgr's own events, kept on "
                    "the nodes, are in the timeline)")
                     .arg(when(g.from), g.to.isValid() ? when(g.to) : tr("now"));
    }
    lines << tr("Replay\u2026 shows any moment of it.");
    w.text = lines.join(QLatin1Char('\n'));
    return w;
}

} // namespace pgpilot
