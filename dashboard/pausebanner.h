// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QFrame>

class QLabel;

namespace pgpilot {

// Automatic failover paused (issue 20), across the whole width beside the alarm banner: on which
// nodes, since when, by whom, the time left in the window (or how long ago it ended) and the
// reason. A pause glyph and the word PAUSED, so it reads without colour; its title names the nodes
// when they disagree. Hidden when no node is paused.
// On the dashboard blue with white text (maintenance; the alarms come in the alarm banner). In wall
// mode (the wall's panel, scaled like its alarm banner) in the wall's alarm colours, amber while
// paused within the window, red with a dashed border past it or when the nodes disagree, and
// without the desktop's last sentence (what it means, how to resume from the menu).
class PauseBanner : public QFrame
{
    Q_OBJECT
public:
    explicit PauseBanner(QWidget* parent = nullptr);

    void setPause(const FailoverPause& pause);
    void setWallMode(bool wall, double scale = 1.0);
    QString titleText() const;
    QString detailText() const; // with plain spaces (shown, a time keeps together on its line)
    // Past the window, or paused on some nodes only: red on the wall.
    bool alarming() const { return m_overdue || m_mixed; }

private:
    void showTexts();
    void applyStyle();

    QLabel* m_glyph;
    QLabel* m_title;
    QLabel* m_detail;
    FailoverPause m_pause;
    bool m_overdue = false;
    bool m_mixed = false;
    bool m_wall = false;
    double m_scale = 1.0;
};

} // namespace pgpilot
