// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallview.h"

#include "alarmbanner.h"
#include "alarmsound.h"
#include "history/historycursor.h"
#include "monitor/clustermonitor.h"
#include "monitor/snapshottext.h"
#include "nodetile.h"
#include "pausebanner.h"
#include "replaybar.h"
#include "topologyview.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace pgpilot {

namespace {
// Below this scale (the estate wall's grid) the panel shows the topology without node tiles: it
// names every node with its role, VIP, lag and write route.
constexpr double kCompactBelow = 0.6;
} // namespace

WallPanel::WallPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_replication(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_banner(new AlarmBanner(this))
    , m_pause(new PauseBanner(this))
    , m_topology(new TopologyView(this))
    , m_tileArea(new QWidget(this))
    , m_tileGrid(new QGridLayout(m_tileArea))
    , m_backup(new WallBackupStrip(this))
{
    setObjectName(QStringLiteral("wallPanel"));
    m_title->setObjectName(QStringLiteral("wallTitle"));
    m_status->setObjectName(QStringLiteral("wallStatus"));
    m_replication->setObjectName(QStringLiteral("wallReplication"));
    m_replication->setWordWrap(true);
    m_updated->setObjectName(QStringLiteral("wallUpdated"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_replication);
    layout->addWidget(m_banner);
    layout->addWidget(m_pause);
    layout->addWidget(m_topology, 1);
    layout->addWidget(m_tileArea);
    layout->addWidget(m_backup);
    layout->addWidget(m_updated, 0, Qt::AlignRight);
    m_tileGrid->setSpacing(16);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_banner->setWallMode(true, m_scale);
    m_pause->setWallMode(true, m_scale);
    m_topology->setWallMode(true, m_scale);
    // Says so when no snapshot arrived for a while, so a frozen screen is never mistaken for calm.
    auto* stale = new QTimer(this);
    connect(stale, &QTimer::timeout, this, &WallPanel::checkStale);
    stale->start(1000);
    applyStyle();
}

QString WallPanel::statusText() const
{
    return m_status->text();
}

void WallPanel::showSnapshot(const ClusterSnapshot& snapshot)
{
    m_title->setText(snapshot.cluster);
    m_time = snapshot.time;
    m_problem = false;
    m_unknown = 0;
    for (const auto& node : snapshot.nodes)
        m_unknown += node.state == NodeState::Unknown ? 1 : 0;
    // A node that has not answered yet is not a healthy one: the panel says so until it has.
    m_healthy = snapshot.alarms.isEmpty() && m_unknown == 0;
    m_critical = !snapshot.alarms.isEmpty() && snapshot.worstSeverity() == Severity::Critical;
    if (!snapshot.time.isValid())
        m_status->setText(tr("\u2026 WAITING"));
    else if (snapshot.alarms.isEmpty() && m_unknown > 0)
        m_status->setText(tr("? %n NOT ANSWERING YET", nullptr, m_unknown));
    else if (m_healthy)
        m_status->setText(tr("\u2714 HEALTHY"));
    else
        m_status->setText(snapshot.worstSeverity() == Severity::Critical
                ? tr("\u26a0 %n ALARM(S)", nullptr, int(snapshot.alarms.size()))
                : tr("\u25b2 %n WARNING(S)", nullptr, int(snapshot.alarms.size())));
    m_updated->setText(snapshot.time.isValid()
            ? tr("updated %1").arg(snapshot.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
            : QString());
    m_replication->setText(replicationModeText(snapshot));
    m_replication->setVisible(!m_replication->text().isEmpty());
    m_banner->setAlarms(snapshot.alarms);
    m_pause->setPause(snapshot.pause);
    m_topology->setSnapshot(snapshot);
    m_topology->show();
    m_backup->setSnapshot(snapshot);
    QStringList order;
    for (const auto& node : snapshot.nodes)
        order << node.name;
    if (order != m_order) {
        for (auto* tile : std::as_const(m_tiles))
            delete tile;
        m_tiles.clear();
        m_tileShown.clear();
        for (const auto& name : std::as_const(order)) {
            auto* tile = new NodeTile(name, m_tileArea);
            tile->setCompact(true);
            tile->hide();
            m_tiles.insert(name, tile);
        }
        m_order = order;
    }
    // The topology names every node with its role, VIP, lag and write route. A node that does not
    // answer (down, fenced, not yet) also gets its tile below it: its address and why, in large type.
    QStringList shown;
    for (const auto& node : snapshot.nodes) {
        m_tiles.value(node.name)->setNode(node, snapshot);
        if (node.state != NodeState::Primary && node.state != NodeState::Standby)
            shown << node.name;
    }
    if (shown != m_tileShown) {
        for (auto* tile : std::as_const(m_tiles)) {
            m_tileGrid->removeWidget(tile);
            tile->hide();
        }
        const int n = int(shown.size());
        const int columns = qMax(1, n <= 4 ? n : (n + 1) / 2);
        m_columns = columns;
        m_rows = qMax(1, (n + columns - 1) / columns);
        for (int i = 0; i < n; ++i) {
            NodeTile* tile = m_tiles.value(shown.at(i));
            tile->setWallMode(true, m_scale * tileScale());
            m_tileGrid->addWidget(tile, i / columns, i % columns);
            tile->show();
        }
        m_tileShown = shown;
        m_tileArea->setVisible(!shown.isEmpty() && m_scale >= kCompactBelow);
    }
    applyStyle();
}

void WallPanel::showProblem(const QString& cluster, const QString& text, const QString& headline)
{
    m_title->setText(cluster);
    m_problem = true;
    m_healthy = false;
    m_critical = false;
    m_status->setText(headline.isEmpty() ? tr("\u2716 NOT WATCHED") : headline);
    m_replication->setText(text);
    m_replication->setVisible(true);
    m_topology->hide(); // nothing known about it
    m_banner->hide();
    m_pause->hide();
    m_tileArea->hide();
    m_backup->hide();
    m_tileShown.clear(); // placed again by the next snapshot
    m_updated->clear();
    applyStyle();
}

QString WallPanel::cluster() const
{
    return m_title->text();
}

int WallPanel::rank() const
{
    const bool stale = m_time.isValid() && m_time.msecsTo(QDateTime::currentDateTimeUtc()) > m_staleAfterMs;
    if (m_critical)
        return 0;
    if (m_problem || stale || m_unknown > 0)
        return 1;
    if (!m_healthy)
        return 2;
    return m_time.isValid() ? 4 : 3;
}

void WallPanel::setScale(double scale)
{
    m_scale = scale;
    m_banner->setWallMode(true, scale);
    m_pause->setWallMode(true, scale);
    m_topology->setWallMode(true, scale);
    m_backup->setScale(scale);
    for (auto* tile : std::as_const(m_tiles))
        tile->setWallMode(true, scale * tileScale());
    m_tileArea->setVisible(!m_tileShown.isEmpty() && scale >= kCompactBelow);
    applyStyle();
}

double WallPanel::tileScale() const
{
    // Fewer rows of tiles: larger type. Side by side, three tiles share half the screen.
    double scale = m_rows <= 1 ? 1.2 : 0.9;
    if (m_scale < 1.0 && m_columns >= 3 && m_rows == 1)
        scale *= 0.75;
    return scale;
}

void WallPanel::checkStale()
{
    if (m_time.isValid() && m_time.msecsTo(QDateTime::currentDateTimeUtc()) > m_staleAfterMs) {
        m_updated->setText(
            tr("\u23f8 NO UPDATE SINCE %1").arg(m_time.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        m_updated->setStyleSheet(
            QStringLiteral("color: #000000; background: #ffd400; font-weight: bold; padding: 4px;"));
    } else {
        m_updated->setStyleSheet(QString());
    }
}

void WallPanel::applyStyle()
{
    auto px = [this](int size) {
        return QString::number(int(size * m_scale));
    };
    setStyleSheet(
        QStringLiteral("pgpilot--WallPanel { background: #000000; }"
                       "QLabel#wallTitle { color: #ffffff; font-size: %1px; font-weight: bold; }"
                       "QLabel#wallStatus { color: %2; background: %3; font-size: %4px; font-weight: bold;"
                       " padding: 4px 16px; border-radius: 6px; }"
                       "QLabel#wallUpdated { color: #bbbbbb; font-size: %5px; }"
                       "QLabel#wallReplication { color: #ffffff; font-size: %6px; }")
            .arg(px(60), m_healthy ? QStringLiteral("#000000") : QStringLiteral("#ffffff"),
                m_healthy ? QStringLiteral("#5b9bd5") : QStringLiteral("#b00020"), px(44), px(22), px(30)));
    setAttribute(Qt::WA_StyledBackground);
}

WallView::WallView(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QGridLayout)
    , m_sound(new AlarmSound(this))
    , m_status(new QLabel(this))
    , m_replayBar(new ReplayBar(this))
{
    setObjectName(QStringLiteral("wallView"));
    setWindowTitle(tr("pgpilot \u2014 wall"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("pgpilot--WallView { background: #000000; }"));
    m_layout->setContentsMargins(24, 24, 24, 24);
    m_layout->setSpacing(32);
    setFocusPolicy(Qt::StrongFocus);
    m_status->setObjectName(QStringLiteral("wallStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setStyleSheet(QStringLiteral("color: #ffd24d; font-size: 22pt; padding: 4px 24px;"));
    m_status->hide();
    m_replayBar->setWallStyle(true);
    m_replayBar->hide();
    connect(m_replayBar, &ReplayBar::positionChanged, this, &WallView::showMoment);
    connect(m_replayBar, &ReplayBar::liveRequested, this, &WallView::leaveReplay);
    connect(m_sound, &AlarmSound::stateChanged, this, &WallView::updateStatusLine);
    auto* outer = new QVBoxLayout(this);
    // The wall's size is the screen's: its type scales to it (resizeEvent) rather than the window
    // growing past the screen to the minimum of the type it had before.
    outer->setSizeConstraint(QLayout::SetNoConstraint);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addLayout(m_layout, 1);
    outer->addWidget(m_status);
    outer->addWidget(m_replayBar);
}

WallView::~WallView() = default;

WallPanel* WallView::addPanel()
{
    auto* panel = new WallPanel(this);
    m_panels.append(panel);
    relayout();
    rescale();
    return panel;
}

void WallView::attach(WallPanel* panel, ClusterMonitor* monitor)
{
    panel->setStaleAfterMs(qMax(3000, monitor->interval() * 5));
    panel->showSnapshot(monitor->latest());
    m_sound->watch(monitor);
    connect(monitor, &ClusterMonitor::snapshotReady, panel, [this, panel](const ClusterSnapshot& s) {
        if (m_replaying)
            return; // the panel shows the past until Live
        panel->showSnapshot(s);
        if (m_worstFirst)
            relayout();
    });
}

WallPanel* WallView::addCluster(ClusterMonitor* monitor)
{
    WallPanel* panel = addPanel();
    attach(panel, monitor);
    return panel;
}

void WallView::setWorstFirst(bool worstFirst)
{
    m_worstFirst = worstFirst;
    relayout();
}

// One or two clusters side by side (a line between); more in a grid of up to four columns.
void WallView::relayout()
{
    QList<WallPanel*> order = m_panels;
    if (m_worstFirst) {
        std::stable_sort(order.begin(), order.end(), [](const WallPanel* a, const WallPanel* b) {
            return a->rank() != b->rank() ? a->rank() < b->rank() : a->cluster() < b->cluster();
        });
    }
    // Called on every snapshot of every cluster: the grid is rebuilt only when the order changed.
    if (order == m_laidOut)
        return;
    m_laidOut = order;
    const int n = int(order.size());
    const int columns = n <= 2 ? qMax(1, n) : (n <= 4 ? 2 : (n <= 9 ? 3 : 4));
    const bool lines = n == 2;
    while (m_separators.size() < (lines ? 1 : 0)) {
        auto* line = new QFrame(this);
        line->setFrameShape(QFrame::VLine);
        line->setStyleSheet(QStringLiteral("color: #555555;"));
        m_separators << line;
    }
    for (QWidget* line : std::as_const(m_separators))
        line->setVisible(lines);
    for (WallPanel* panel : std::as_const(order))
        m_layout->removeWidget(panel);
    for (int i = 0; i < n; ++i) {
        const int row = i / columns;
        const int column = i % columns;
        m_layout->addWidget(order.at(i), row, lines ? column * 2 : column);
    }
    if (lines)
        m_layout->addWidget(m_separators.first(), 0, 1);
    // Columns a larger layout used before keep no share of the width.
    const int used = lines ? 3 : columns;
    for (int c = 0; c < m_layout->columnCount(); ++c)
        m_layout->setColumnStretch(c, c >= used || (lines && c == 1) ? 0 : 1);
    for (int r = 0; r < m_layout->rowCount(); ++r)
        m_layout->setRowStretch(r, r < (n + columns - 1) / columns ? 1 : 0);
}

void WallView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Sizes are in pixels for a 1920x1080 wall: a 4K screen (without desktop scaling) doubles
    // them, so that the same text reads from the same distance; a 1280x720 one takes two thirds
    // (at full size its alarm, topology, tiles and backups do not fit in its height).
    const double screen
        = qBound(0.5, qMin(event->size().width() / 1920.0, event->size().height() / 1080.0), 3.0);
    if (!qFuzzyCompare(screen, m_screenScale)) {
        m_screenScale = screen;
        rescale();
    }
}

void WallView::rescale()
{
    // Side by side, each cluster gets a share of 1920 px: shrink type, but never below what
    // reads at a few metres; in a grid, by its number of columns.
    const int n = int(m_panels.size());
    const double scale
        = m_screenScale * (n <= 1 ? 1.0 : (n == 2 ? 0.72 : (n <= 4 ? 0.55 : (n <= 9 ? 0.42 : 0.34))));
    for (auto* panel : std::as_const(m_panels))
        panel->setScale(scale);
}

void WallView::keyPressEvent(QKeyEvent* event)
{
    if (m_replaying && (event->key() == Qt::Key_Escape || event->key() == Qt::Key_End)) {
        leaveReplay();
        return;
    }
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11) {
        Q_EMIT leaveRequested();
        return;
    }
    if (event->key() == Qt::Key_S && m_sound->isEnabled()) {
        m_sound->silence();
        updateStatusLine();
        return;
    }
    if (event->key() == Qt::Key_R && !m_replaying) {
        enterReplay();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WallView::setSoundEnabled(bool enabled)
{
    m_sound->setEnabled(enabled);
    updateStatusLine();
}

bool WallView::enterReplay()
{
    m_cursors.clear();
    QStringList missing;
    QDateTime first;
    QDateTime last;
    for (WallPanel* panel : std::as_const(m_panels)) {
        const QString cluster = panel->cluster();
        if (cluster.isEmpty() || m_cursors.count(cluster))
            continue;
        auto cursor = std::make_unique<HistoryCursor>(cluster, m_historyOptions);
        if (!cursor->refresh()) {
            missing << cluster;
            continue;
        }
        first = first.isValid() ? qMin(first, cursor->first()) : cursor->first();
        last = last.isValid() ? qMax(last, cursor->last()) : cursor->last();
        m_cursors[cluster] = std::move(cursor);
    }
    m_replayMissing = missing.join(QStringLiteral(", "));
    if (m_cursors.empty()) {
        m_status->setText(tr("No history is stored for these clusters yet"));
        m_status->show();
        return false;
    }
    m_replaying = true;
    for (WallPanel* panel : std::as_const(m_panels)) {
        m_staleAfter.insert(panel, panel->staleAfterMs());
        panel->setStaleAfterMs(std::numeric_limits<int>::max()); // the past is not stale
    }
    m_replayBar->setRange(first, last);
    m_replayBar->setPosition(last);
    m_replayBar->show();
    m_replayBar->setFocus();
    showMoment(last);
    updateStatusLine();
    return true;
}

void WallView::leaveReplay()
{
    if (!m_replaying)
        return;
    m_replaying = false;
    m_replayBar->setPlaying(false);
    m_replayBar->hide();
    m_cursors.clear();
    for (auto it = m_staleAfter.cbegin(); it != m_staleAfter.cend(); ++it)
        it.key()->setStaleAfterMs(it.value());
    m_staleAfter.clear();
    // Live again: each panel shows its monitor's next snapshot (within a poll); until then it
    // keeps the replayed one, marked stale after its usual time.
    updateStatusLine();
    setFocus();
}

void WallView::showMoment(const QDateTime& time)
{
    for (WallPanel* panel : std::as_const(m_panels)) {
        const auto it = m_cursors.find(panel->cluster());
        if (it == m_cursors.end()) {
            // Never the live state in a replay: the wall would mix now and then.
            if (!panel->cluster().isEmpty())
                panel->showProblem(
                    panel->cluster(), tr("No history stored for this cluster"), tr("\u2716 NOT RECORDED"));
            continue;
        }
        const HistoryCursor::Moment m = it->second->at(time);
        if (m.snapshot && !m.gap)
            panel->showSnapshot(*m.snapshot);
        else
            panel->showProblem(panel->cluster(), m.note, tr("\u2716 NOT RECORDED"));
    }
    if (m_worstFirst)
        relayout();
}

void WallView::updateStatusLine()
{
    QStringList parts;
    if (m_replaying) {
        parts << tr("REPLAY \u2014 End or Escape: live");
        if (!m_replayMissing.isEmpty())
            parts << tr("nothing stored for %1").arg(m_replayMissing);
    }
    if (m_sound->isEnabled())
        parts << (m_sound->sounding() ? tr("\u266a critical alarm sounding \u2014 S silences")
                                      : tr("\u266a sound on for critical alarms"));
    m_status->setText(parts.join(QStringLiteral("   \u00b7   ")));
    m_status->setVisible(!parts.isEmpty());
}

QString WallView::statusLine() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

} // namespace pgpilot
