// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/topology.h"

#include <QHash>
#include <QWidget>

namespace pgpilot {

// The replication tree at a glance: a box per node in its role's colour, an arrow from each
// upstream to its standby labelled with sync state and lag (dashed when cascaded, dotted in the
// warning colour when the standby does not stream), the VIP badge on its holder and, under each
// node, where its HAProxy sends writes (in the warning colour when that is not the one primary).
// Renders deriveTopology(); sized from the font metrics so that no text is ever cut.
class TopologyView : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyView(QWidget* parent = nullptr);

    // Repaints (and re-lays out) only when the derived topology differs from the one shown.
    void setSnapshot(const ClusterSnapshot& snapshot);
    // Wall: black, large type; scale multiplies the wall's base sizes as for the wall's panels.
    // There the type also grows (up to 1.6 times) into the room the panel leaves.
    void setWallMode(bool wall, double scale = 1.0);
    const Topology& topology() const { return m_topology; }
    int changeCount() const { return m_changes; } // topologies shown so far (tests)

    // Every text drawn in a width x height area (height < 0: as tall as it needs), with its box
    // and font (tests check none is cut). Given less height than it needs, the view draws smaller
    // type rather than cut anything.
    struct Text
    {
        enum Kind
        {
            Name,
            Role,
            Vip,
            Route,
            Label
        };
        QString text;
        QRect rect;
        QFont font;
        QString node;
        Kind kind = Name;
    };
    QList<Text> texts(int width, int height = -1) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return !m_wall; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Block
    {
        QRect box; // the node's coloured box
        QRect route; // "writes → pg1" under it
        QRect label; // the incoming edge's label (or "no upstream") above it; null: none
    };
    struct Metrics
    {
        QFont name, detail, badge;
        int nameLine = 0, detailLine = 0, pad = 0, gap = 0, margin = 0, column = 0, box = 0, label = 0,
            band = 0, arrowGap = 0, badgeWidth = 0;
    };
    struct Layout
    {
        Metrics m;
        QHash<QString, Block> blocks;
        QSize size;
        bool wrapped = false; // rows broken up to fit the width
    };
    // fit (<= 1) shrinks the type when the height given is less than the layout needs.
    Metrics metrics(double fit = 1.0) const;
    Layout layoutFor(int width, double fit = 1.0) const;
    double fitFor(int width, int height) const;
    const Layout& currentLayout() const;
    void relayout();
    QStringList labelLines(const QString& node) const;
    QString boxTitle(const TopologyNode& node) const;
    QString roleLine(const TopologyNode& node) const;

    Topology m_topology;
    bool m_shown = false; // a snapshot was given
    QList<QStringList> m_levels; // the tree: roots, their standbys, theirs...
    QStringList m_detached; // in no tree: orphans, nodes down with no standby, cycles
    bool m_wall = false;
    double m_scale = 1.0;
    int m_changes = 0;
    mutable Layout m_layout;
    mutable QSize m_layoutSize; // the size m_layout was made for
};

} // namespace pgpilot
