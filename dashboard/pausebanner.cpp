// SPDX-License-Identifier: GPL-3.0-or-later
#include "pausebanner.h"

#include "monitor/pausetext.h"

#include <QGridLayout>
#include <QLabel>

namespace pgpilot {

PauseBanner::PauseBanner(QWidget* parent)
    : QFrame(parent)
    , m_glyph(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("pauseBanner"));
    m_glyph->setObjectName(QStringLiteral("glyph"));
    m_title->setObjectName(QStringLiteral("title"));
    m_detail->setObjectName(QStringLiteral("detail"));
    m_glyph->setText(tr("\u25ae\u25ae\nPAUSED"));
    m_glyph->setAlignment(Qt::AlignCenter);
    for (auto* label : {m_title, m_detail}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_glyph, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_detail, 1, 1);
    layout->setColumnStretch(1, 1);
    applyStyle();
    hide();
}

QString PauseBanner::titleText() const
{
    return m_title->text();
}

QString PauseBanner::detailText() const
{
    return m_detail->text();
}

void PauseBanner::setPause(const FailoverPause& pause)
{
    if (!pause.paused()) {
        hide();
        return;
    }
    const bool mixed = pause.mixed();
    m_overdue = pause.overdue();
    const PauseWindow& w = pause.window;
    if (mixed)
        m_title->setText(tr("Automatic failover paused on %1 only, not on %2")
                             .arg(pause.pausedNodes.join(QStringLiteral(", ")),
                                 pause.activeNodes.join(QStringLiteral(", "))));
    else if (m_overdue)
        m_title->setText(
            tr("Automatic failover paused: the window ended %1 ago").arg(pauseSpanText(*w.secondsLeft)));
    else if (w.open && w.secondsLeft)
        m_title->setText(tr("Automatic failover paused: %1 left").arg(pauseSpanText(*w.secondsLeft)));
    else
        m_title->setText(tr("Automatic failover paused"));
    QStringList detail;
    if (w.open) {
        detail << tr("Since %1 by %2, until %3.")
                      .arg(pauseTimeText(w.since), w.by.isEmpty() ? tr("someone") : w.by,
                          pauseTimeText(w.until));
        if (!w.reason.isEmpty())
            detail << tr("Reason: %1.").arg(w.reason);
    } else {
        detail << tr("No window recorded: paused by hand (repmgr service pause), or by a switchover "
                     "that runs now.");
    }
    detail << tr("No standby is promoted if the primary fails. Resume: Cluster \u2192 Resume automatic "
                 "failover, or pgpilot unpause.");
    m_detail->setText(detail.join(QLatin1Char(' ')));
    applyStyle();
    show();
}

void PauseBanner::setWallMode(bool wall, double scale)
{
    m_wall = wall;
    m_scale = scale;
    applyStyle();
}

void PauseBanner::applyStyle()
{
    const double s = m_wall ? m_scale * 2.2 : 1.0;
    auto px = [s](int size) {
        return QString::number(int(size * s));
    };
    // Blue: maintenance, not an alarm (the alarms, past the window or on some nodes only, come in
    // the alarm banner above it); a dashed border once the window has passed.
    const QString background = QStringLiteral("#0d47a1");
    const QString foreground = QStringLiteral("#ffffff");
    setStyleSheet(
        QStringLiteral("pgpilot--PauseBanner { background: %1; border: %2px %3 %4; border-radius: 6px; }"
                       "QLabel { color: %4; background: transparent; font-size: %5px; }"
                       "QLabel#glyph { font-size: %6px; font-weight: bold; padding-right: 12px; }"
                       "QLabel#title { font-size: %7px; font-weight: bold; }")
            .arg(background, px(3), m_overdue ? QStringLiteral("dashed") : QStringLiteral("solid"),
                foreground, px(13), px(18), px(17)));
}

} // namespace pgpilot
