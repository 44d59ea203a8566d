// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QFrame>

class QLabel;

namespace pgpilot {

// The cluster's backups at a glance, beside the node tiles: the state of the backup alarms (badge
// with glyph and word), the repository host, the last backup (type, age, size), a backup running,
// the primary's WAL archiving (last segment and its age, failures), the next scheduled runs, the
// timers' last runs, the repository's free space and the WAL archive's gaps. Hidden when the cluster keeps no
// backups. Renders a ClusterSnapshot; no logic of its own (monitor/backuptext.h says it all).
class BackupPanel : public QFrame
{
    Q_OBJECT
public:
    explicit BackupPanel(QWidget* parent = nullptr);

    void setSnapshot(const ClusterSnapshot& snapshot);
    QString stateText() const; // the badge: "✔ OK", "▲ WARNING", "⚠ CRITICAL", "… NOT READ YET"
    QString detailsText() const; // the rows, as rich text

private:
    void applyStyle();

    enum class Level
    {
        Waiting,
        Ok,
        Warning,
        Critical
    };
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_host;
    QLabel* m_details;
    QLabel* m_error;
    Level m_level = Level::Waiting;
};

} // namespace pgpilot
