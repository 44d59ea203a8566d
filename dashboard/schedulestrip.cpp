// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulestrip.h"

#include "monitor/scheduletext.h"

#include <QHBoxLayout>
#include <QLabel>

namespace pgpilot {

ScheduleStrip::ScheduleStrip(QWidget* parent)
    : QFrame(parent)
    , m_glyph(new QLabel(tr("SCHEDULED"), this))
    , m_lines(new QLabel(this))
{
    setObjectName(QStringLiteral("scheduleStrip"));
    m_glyph->setObjectName(QStringLiteral("glyph"));
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setWordWrap(true);
    m_lines->setTextFormat(Qt::PlainText);
    m_lines->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_glyph, 0, Qt::AlignTop);
    layout->addWidget(m_lines, 1);
    applyStyle();
    hide();
}

QString ScheduleStrip::text() const
{
    return isHidden() ? QString() : m_lines->text();
}

void ScheduleStrip::setScheduled(const QList<ScheduledOperation>& scheduled)
{
    QStringList lines;
    bool soon = false;
    for (const ScheduledOperation& op : scheduled) {
        if (op.finished())
            continue;
        lines << scheduledOperationLine(op);
        soon = soon || op.state == QLatin1String("running")
            || (op.secondsUntil && *op.secondsUntil <= op.remindMinutes * 60.0);
    }
    if (lines.isEmpty()) {
        m_lines->clear();
        hide();
        return;
    }
    m_lines->setText(tr("Scheduled operations (a running pgpilot watch starts each at its time; pgpilot "
                        "schedule --cancel calls one off):")
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    if (soon != m_soon) {
        m_soon = soon;
        applyStyle();
    }
    show();
}

void ScheduleStrip::applyStyle()
{
    const QString background = m_soon ? QStringLiteral("#fff3cd") : QStringLiteral("#eceff1");
    const QString border = m_soon ? QStringLiteral("#b26a00") : QStringLiteral("#90a4ae");
    setStyleSheet(
        QStringLiteral("pgpilot--ScheduleStrip { background: %1; border: 1px solid %2; border-radius: 6px; }"
                       "QLabel { color: #1a1a1a; background: transparent; }"
                       "QLabel#glyph { font-weight: bold; padding-right: 8px; }")
            .arg(background, border));
}

} // namespace pgpilot
