// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QFrame>

class QLabel;

namespace pgpilot {

// Automatic failover paused (issue 20), across the whole width beside the alarm banner: on which
// nodes, since when, by whom, the time left in the window (or how long ago it ended) and the
// reason. Blue with white text and a pause glyph and the word PAUSED, so it reads without colour;
// its title names the nodes when they disagree. Hidden when no node is paused.
class PauseBanner : public QFrame
{
    Q_OBJECT
public:
    explicit PauseBanner(QWidget* parent = nullptr);

    void setPause(const FailoverPause& pause);
    void setWallMode(bool wall, double scale = 1.0);
    QString titleText() const;
    QString detailText() const;

private:
    void applyStyle();

    QLabel* m_glyph;
    QLabel* m_title;
    QLabel* m_detail;
    bool m_overdue = false;
    bool m_wall = false;
    double m_scale = 1.0;
};

} // namespace pgpilot
