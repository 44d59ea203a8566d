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
    return m_detail->text().replace(QChar(0x00a0), QLatin1Char(' '));
}

void PauseBanner::setPause(const FailoverPause& pause)
{
    m_pause = pause;
    if (!pause.paused()) {
        hide();
        return;
    }
    m_mixed = pause.mixed();
    m_overdue = pause.overdue();
    showTexts();
    applyStyle();
    show();
}

void PauseBanner::showTexts()
{
    const FailoverPause& pause = m_pause;
    const PauseWindow& w = pause.window;
    if (m_mixed)
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
    // A time wraps as a whole ("2026-12-05 10:15 UTC"), never before its "UTC".
    const auto time = [](const QDateTime& t) {
        return pauseTimeText(t).replace(QLatin1Char(' '), QChar(0x00a0));
    };
    QStringList detail;
    if (w.open) {
        detail << tr("Since %1 by %2, until %3.")
                      .arg(time(w.since), w.by.isEmpty() ? tr("someone") : w.by, time(w.until));
        if (!w.reason.isEmpty())
            detail << tr("Reason: %1.").arg(w.reason);
    } else {
        detail << tr("No window recorded: paused by hand (repmgr service pause), or by a switchover "
                     "that runs now.");
    }
    // The wall keeps to the facts (who, why, since and until when), on as few lines as they take:
    // its topology needs the height, and nobody uses a menu there.
    if (!m_wall)
        detail << tr("No standby is promoted if the primary fails. Resume: Cluster \u2192 Resume automatic "
                     "failover, or pgpilot unpause.");
    m_detail->setText(detail.join(QLatin1Char(' ')));
}

void PauseBanner::setWallMode(bool wall, double scale)
{
    m_wall = wall;
    m_scale = scale;
    if (m_pause.paused())
        showTexts();
    applyStyle();
}

void PauseBanner::applyStyle()
{
    const double s = m_wall ? m_scale * 2.2 : 1.0;
    auto px = [s](int size) {
        return QString::number(qMax(1, int(size * s)));
    };
    // The dashboard: blue, maintenance, not an alarm (the alarms, past the window or on some nodes
    // only, come in the alarm banner above it). The wall: its alarm colours (the alarm banner's and
    // the backup strip's), so that a pause is not read as calm from across the room. A dashed
    // border once the window has passed (and, on the wall, when the nodes disagree).
    QString background = QStringLiteral("#0d47a1");
    QString foreground = QStringLiteral("#ffffff");
    bool dashed = m_overdue;
    if (m_wall) {
        dashed = alarming();
        background = dashed ? QStringLiteral("#b00020") : QStringLiteral("#ffc107");
        foreground = dashed ? QStringLiteral("#ffffff") : QStringLiteral("#000000");
    }
    if (m_wall && layout()) {
        const int margin = qMax(6, int(12 * m_scale));
        layout()->setContentsMargins(margin, margin / 2 + 2, margin, margin / 2 + 2);
    }
    // On the wall a gap above it, so that it does not run into an alarm banner of its colour.
    setStyleSheet(
        QStringLiteral("pgpilot--PauseBanner { background: %1; border: %2px %3 %4; border-radius: 6px;"
                       " margin-top: %8px; }"
                       "QLabel { color: %4; background: transparent; font-size: %5px; }"
                       "QLabel#glyph { font-size: %6px; font-weight: bold; padding-right: 12px; }"
                       "QLabel#title { font-size: %7px; font-weight: bold; }")
            .arg(background, px(m_wall ? 4 : 3), dashed ? QStringLiteral("dashed") : QStringLiteral("solid"),
                foreground, px(13), px(18), px(17), m_wall ? px(5) : QStringLiteral("0")));
}

} // namespace pgpilot
