// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QFrame>

class QLabel;

namespace pgpilot {

// The most severe alarm across the whole width: what it is, what it means, what to do, and how
// many more there are. Red with white text for critical, amber with black for warnings, and the
// word and a glyph as well, so it reads without colour. Hidden when the cluster is healthy.
class AlarmBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AlarmBanner(QWidget* parent = nullptr);

    void setAlarms(const QList<Alarm>& alarms);
    void setWallMode(bool wall, double scale = 1.0);
    QString titleText() const;

private:
    void applyStyle();

    QLabel* m_severity;
    QLabel* m_title;
    QLabel* m_meaning;
    QLabel* m_action;
    QLabel* m_more;
    Severity m_level = Severity::Warning;
    bool m_wall = false;
    double m_scale = 1.0;
};

} // namespace pgpilot
