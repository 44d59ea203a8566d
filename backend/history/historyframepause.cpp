// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyframepause.h"

#include "historyframebackup.h"

namespace pgpilot::framepause {

using frameio::put;
using frameio::putTime;
using frameio::sameTime;

namespace {

// The window's time left is until minus the node's now(): the frame keeps the node's clock minus
// the snapshot's time (to 10 s, so that the next poll's few milliseconds write no frame) and
// computes the time left from the frame's time. nullopt: the time left was not read.
std::optional<qint64> windowSkew(const PauseWindow& w, const QDateTime& time)
{
    if (!w.secondsLeft || !w.until.isValid() || !time.isValid() || !std::isfinite(*w.secondsLeft))
        return std::nullopt;
    const double nodeNow = double(time.msecsTo(w.until)) / 1000.0 - *w.secondsLeft;
    return framebackup::quantiseSkew(nodeNow);
}

} // namespace

QJsonObject pauseToJson(const FailoverPause& p, const QDateTime& time)
{
    QJsonObject o;
    put(o, QStringLiteral("paused"), p.pausedNodes);
    put(o, QStringLiteral("active"), p.activeNodes);
    put(o, QStringLiteral("from"), p.windowNode);
    const PauseWindow& w = p.window;
    if (w.open) {
        QJsonObject window;
        putTime(window, QStringLiteral("since"), w.since);
        putTime(window, QStringLiteral("until"), w.until);
        put(window, QStringLiteral("by"), w.by);
        put(window, QStringLiteral("reason"), w.reason);
        // Written when known, 0 included: without it the time left is unknown.
        if (const std::optional<qint64> skew = windowSkew(w, time))
            window.insert(QStringLiteral("skew"), double(*skew));
        o.insert(QStringLiteral("window"), window);
    }
    return o;
}

bool samePause(const FailoverPause& a, const QDateTime& aTime, const FailoverPause& b, const QDateTime& bTime)
{
    if (a.pausedNodes != b.pausedNodes || a.activeNodes != b.activeNodes || a.windowNode != b.windowNode
        || a.window.open != b.window.open)
        return false;
    const PauseWindow& x = a.window;
    const PauseWindow& y = b.window;
    return !x.open
        || (sameTime(x.since, y.since) && sameTime(x.until, y.until) && x.by == y.by && x.reason == y.reason
            && windowSkew(x, aTime) == windowSkew(y, bTime));
}

FailoverPause readPause(
    frameio::FrameReader& r, const QJsonObject& o, const QDateTime& time, const QStringList& nodes)
{
    const QString where = QStringLiteral("frame.pause");
    FailoverPause p;
    p.pausedNodes = r.strings(o, "paused", where);
    p.activeNodes = r.strings(o, "active", where);
    for (const auto& [key, list] :
        {std::pair {"paused", &p.pausedNodes}, std::pair {"active", &p.activeNodes}}) {
        for (const QString& name : std::as_const(*list)) {
            if (!nodes.contains(name))
                r.fail(where + QLatin1Char('.') + QLatin1String(key),
                    QStringLiteral("\"%1\" is not a node of the frame").arg(name.left(40)));
            else if (list == &p.activeNodes && p.pausedNodes.contains(name))
                r.fail(where + QStringLiteral(".active"),
                    QStringLiteral("\"%1\" is paused and active at once").arg(name.left(40)));
        }
    }
    p.windowNode = r.string(o, "from", where);
    if (!p.windowNode.isEmpty() && !nodes.contains(p.windowNode))
        r.fail(where + QStringLiteral(".from"),
            QStringLiteral("\"%1\" is not a node of the frame").arg(p.windowNode.left(40)));
    PauseWindow& w = p.window;
    w.read = !p.windowNode.isEmpty();
    if (o.contains(QLatin1String("window"))) {
        const QString windowWhere = where + QStringLiteral(".window");
        const QJsonObject window = r.object(o, "window", where);
        w.read = true;
        w.open = true;
        w.since = r.time(window, "since", windowWhere);
        w.until = r.time(window, "until", windowWhere);
        w.by = r.string(window, "by", windowWhere);
        w.reason = r.string(window, "reason", windowWhere);
        const std::optional<qint64> skew = r.integer(window, "skew", windowWhere, -1.0e9, 1.0e9);
        if (skew && w.until.isValid() && time.isValid())
            w.secondsLeft = double(time.msecsTo(w.until)) / 1000.0 - double(*skew);
    }
    return p;
}

void applyPauseFlags(ClusterSnapshot* s)
{
    for (NodeSnapshot& n : s->nodes) {
        if (s->pause.pausedNodes.contains(n.name))
            n.pg.repmgrdPaused = true;
        else if (s->pause.activeNodes.contains(n.name))
            n.pg.repmgrdPaused = false;
    }
}

} // namespace pgpilot::framepause
