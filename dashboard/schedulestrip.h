// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QFrame>

class QLabel;

namespace pgpilot {

// The operations scheduled with --at (issue 20), a line each under the pause banner: what, when
// (and in how long), who asked, and RUNNING with the watcher that runs it. Amber once one is within
// its reminder time or running, else a quiet grey; the word SCHEDULED so it reads without colour.
// Hidden when nothing is scheduled. The results go to the event timeline, not here.
class ScheduleStrip : public QFrame
{
    Q_OBJECT
public:
    explicit ScheduleStrip(QWidget* parent = nullptr);

    void setScheduled(const QList<ScheduledOperation>& scheduled);
    QString text() const;
    bool soon() const { return m_soon; }

private:
    void applyStyle();

    QLabel* m_glyph;
    QLabel* m_lines;
    bool m_soon = false;
};

} // namespace pgpilot
