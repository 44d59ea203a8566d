// SPDX-License-Identifier: GPL-3.0-or-later
#include "pausetext.h"

#include <QCoreApplication>

#include <cmath>

namespace pgpilot {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("pgpilot::Pause", text, nullptr, n);
}

} // namespace

QString pauseSpanText(double seconds)
{
    const qint64 s = qint64(std::llround(std::abs(seconds)));
    if (s < 60)
        return tr("%1 s").arg(s);
    const qint64 minutes = s / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString pauseTimeText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString pauseWindowText(const FailoverPause& pause)
{
    if (!pause.paused())
        return {};
    const PauseWindow& w = pause.window;
    if (!w.open)
        return tr("no window recorded (paused by hand, or by a switchover that runs now)");
    if (!w.secondsLeft)
        return tr("until %1").arg(pauseTimeText(w.until));
    if (*w.secondsLeft < 0)
        return tr("the window ended %1 ago (at %2)")
            .arg(pauseSpanText(*w.secondsLeft), pauseTimeText(w.until));
    return tr("%1 left (until %2)").arg(pauseSpanText(*w.secondsLeft), pauseTimeText(w.until));
}

QString pauseSummaryText(const FailoverPause& pause)
{
    if (!pause.paused())
        return {};
    const QString where = pause.mixed()
        ? tr("on %1 only (not on %2)")
              .arg(pause.pausedNodes.join(QStringLiteral(", ")), pause.activeNodes.join(QStringLiteral(", ")))
        : tr("on every node that answers (%1)").arg(pause.pausedNodes.join(QStringLiteral(", ")));
    const PauseWindow& w = pause.window;
    QString text = tr("Automatic failover PAUSED %1").arg(where);
    if (w.open) {
        text += tr(" since %1 by %2").arg(pauseTimeText(w.since), w.by.isEmpty() ? tr("someone") : w.by);
    }
    text += QStringLiteral(", ") + pauseWindowText(pause);
    if (w.open && !w.reason.isEmpty())
        text += QStringLiteral(": ") + w.reason;
    return text;
}

} // namespace pgpilot
