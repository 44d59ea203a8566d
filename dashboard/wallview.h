// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"
#include "monitor/snapshot.h"

#include <QFrame>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <map>
#include <memory>

class QGridLayout;
class QHBoxLayout;
class QLabel;

namespace pgpilot {

class AlarmBanner;
class AlarmSound;
class HistoryCursor;
class ReplayBar;
class ClusterMonitor;
class NodeTile;
class PauseBanner;
class TopologyView;

// The backups on the wall, under the topology (wallviewbackup.cpp): the state of the backup alarms
// in the wall's alarm colours, the last backup (type, age, size), the primary's archiving (ok, since
// when it fails, lagging), the next scheduled run. Hidden when the cluster keeps no backups.
// Renders a ClusterSnapshot; the words are monitor/backuptext.h's.
class WallBackupStrip : public QFrame
{
    Q_OBJECT
public:
    explicit WallBackupStrip(QWidget* parent = nullptr);

    void setSnapshot(const ClusterSnapshot& snapshot);
    void setScale(double scale);
    QString stateText() const; // the badge: "✔ OK", "▲ WARNING", "⚠ CRITICAL", "… NOT READ YET"
    // The values, with plain spaces (shown, numbers keep their units on their line).
    QString lastText() const;
    QString archivingText() const;
    QString nextText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyStyle();
    void fitTexts();

    enum class Level
    {
        Waiting,
        Ok,
        Warning,
        Critical
    };
    QLabel* m_title;
    QLabel* m_state;
    QList<QLabel*> m_captions;
    QLabel* m_last;
    QLabel* m_archiving;
    QLabel* m_next;
    QString m_lastText; // with the backup's size; without it when that does not fit on a line
    QString m_lastShortText;
    QString m_archivingText;
    QString m_nextText;
    Level m_level = Level::Waiting;
    bool m_archivingFails = false;
    double m_scale = 1.0;
};

// One cluster on the wall: its name and state in huge type, the top alarm, a failover pause (who,
// why, since and until when, or how long past its window), the replication topology (lag on every
// edge, the VIP, each HAProxy's write route), a big tile for each node that does not answer,
// saying why, and its backups when it keeps them.
class WallPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WallPanel(QWidget* parent = nullptr);

    void showSnapshot(const ClusterSnapshot& snapshot);
    // A cluster that is not watched at all (its file, keychain or monitor failed): said in large
    // type, never shown as healthy.
    // headline replaces "NOT WATCHED" (the replay says "NOT RECORDED").
    void showProblem(const QString& cluster, const QString& text, const QString& headline = {});
    // For the estate wall's order, worst first: 0 critical alarms, 1 not watched or no update,
    // 2 warnings, 3 waiting for the first poll, 4 healthy.
    int rank() const;
    QString cluster() const;
    // Shows a problem, or a snapshot in which every node has answered (or not answered in time).
    bool settled() const { return m_problem || (m_time.isValid() && m_unknown == 0); }
    void setScale(double scale);
    // How old data may be before the panel says it is stale (the monitor stopped answering).
    void setStaleAfterMs(int ms) { m_staleAfterMs = ms; }
    int staleAfterMs() const { return m_staleAfterMs; }
    NodeTile* tile(const QString& node) const { return m_tiles.value(node); }
    TopologyView* topologyView() const { return m_topology; }
    WallBackupStrip* backupStrip() const { return m_backup; }
    PauseBanner* pauseBanner() const { return m_pause; }
    QString statusText() const;

private:
    void applyStyle();
    void checkStale();
    double tileScale() const;

    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_replication;
    QLabel* m_updated;
    AlarmBanner* m_banner;
    PauseBanner* m_pause;
    TopologyView* m_topology;
    QWidget* m_tileArea;
    QGridLayout* m_tileGrid;
    WallBackupStrip* m_backup;
    QHash<QString, NodeTile*> m_tiles;
    QStringList m_order;
    QStringList m_tileShown; // the nodes whose tiles are shown: those that do not answer
    double m_scale = 1.0;
    int m_rows = 1;
    int m_columns = 1;
    bool m_healthy = true;
    bool m_critical = false;
    bool m_problem = false;
    int m_unknown = 0; // nodes not polled yet (never shown as healthy)
    QDateTime m_time;
    int m_staleAfterMs = 5000;
};

// Wall mode: full screen, black, large type, high contrast, nothing that needs a mouse; several
// clusters side by side (two), or in a grid (more), the worst first when sorted. Escape (or F11)
// asks to leave. R replays every cluster's history on disk at one moment for all (the scrubber
// at the bottom; End or Escape back to live); with the sound on, a new critical alarm plays a
// tone (AlarmSound) and S silences it.
class WallView : public QWidget
{
    Q_OBJECT
public:
    explicit WallView(QWidget* parent = nullptr);
    ~WallView() override;

    // Not owned; one panel per monitor, in the order added.
    WallPanel* addCluster(ClusterMonitor* monitor);
    // A panel fed by the caller (crafted snapshots, tests).
    WallPanel* addPanel();
    // Feeds panel from monitor (not owned) from now on.
    void attach(WallPanel* panel, ClusterMonitor* monitor);
    QList<WallPanel*> panels() const { return m_panels; }
    // The estate wall: panels reordered worst first after every snapshot (stable by cluster name).
    void setWorstFirst(bool worstFirst);

    void setSoundEnabled(bool enabled);
    AlarmSound* sound() const { return m_sound; }
    bool enterReplay();
    void leaveReplay();
    bool isReplaying() const { return m_replaying; }
    ReplayBar* replayBar() const { return m_replayBar; }
    // Where the history is read (tests; default: the user's data directory).
    void setHistoryOptions(const HistoryOptions& options) { m_historyOptions = options; }
    QString statusLine() const; // the line at the bottom (sound, replay), empty when hidden

Q_SIGNALS:
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rescale();
    void relayout();
    void showMoment(const QDateTime& time);
    void updateStatusLine();

    QGridLayout* m_layout;
    QList<WallPanel*> m_panels;
    QList<QWidget*> m_separators;
    bool m_worstFirst = false;
    QList<WallPanel*> m_laidOut; // the order the grid has now
    double m_screenScale = 1.0; // the wall's size against 1920x1080 (2 on a 4K screen at 100 %)
    AlarmSound* m_sound;
    QLabel* m_status;
    ReplayBar* m_replayBar;
    bool m_replaying = false;
    HistoryOptions m_historyOptions;
    std::map<QString, std::unique_ptr<HistoryCursor>> m_cursors; // by cluster, while replaying
    QHash<WallPanel*, int> m_staleAfter; // the panels' own, restored when the replay ends
    QString m_replayMissing; // clusters with nothing stored, named on the status line
};

} // namespace pgpilot
