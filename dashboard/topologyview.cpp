// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyview.h"

#include "darkpalette.h"
#include "dashboardmodels.h"
#include "monitor/snapshottext.h"
#include "rolestyle.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QToolTip>

#include <cmath>

namespace pgpilot {

namespace {

const QString kVip = QStringLiteral("\u25c6 VIP");
// The least type the view shrinks to when it is given less height than it wants.
constexpr double kMinFit = 0.5;
// On the wall, the most it grows into the room it is given (a healthy cluster of three leaves the
// screen half empty): larger type reads from further away.
constexpr double kMaxWallFit = 1.6;
constexpr int kMinPixels = 10;

// Widths reserved for every edge label, so that the boxes do not move when the lag changes.
QStringList labelTemplates()
{
    return {TopologyView::tr("cascaded") + QStringLiteral(" \u00b7 potential"),
        QStringLiteral("1023.9 KiB \u00b7 99.9 s")};
}

struct Colours
{
    QColor text, background, warning, muted;
};

} // namespace

TopologyView::TopologyView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("topologyView"));
    setAccessibleName(tr("Replication topology"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void TopologyView::setSnapshot(const ClusterSnapshot& snapshot)
{
    Topology topology = deriveTopology(snapshot);
    if (m_shown && topology == m_topology)
        return;
    m_shown = true;
    m_topology = std::move(topology);
    ++m_changes;
    // The tree: primaries (and nodes that still have standbys, like a primary that went down) on
    // top, each standby one row below its upstream, in the snapshot's order.
    m_levels.clear();
    m_detached.clear();
    QSet<QString> placed;
    QStringList level;
    for (const auto& n : std::as_const(m_topology.nodes)) {
        if (m_topology.roots.contains(n.name))
            level << n.name;
    }
    for (const auto& n : std::as_const(m_topology.nodes)) {
        if (!m_topology.roots.contains(n.name) && !m_topology.edgeTo(n.name)
            && !m_topology.edgesFrom(n.name).isEmpty())
            level << n.name;
    }
    while (!level.isEmpty()) {
        for (const auto& name : std::as_const(level))
            placed.insert(name);
        m_levels << level;
        QStringList next;
        for (const auto& name : std::as_const(level)) {
            for (const TopologyEdge* e : m_topology.edgesFrom(name)) {
                if (!placed.contains(e->standby) && !next.contains(e->standby))
                    next << e->standby;
            }
        }
        level = next;
    }
    for (const auto& n : std::as_const(m_topology.nodes)) {
        if (!placed.contains(n.name))
            m_detached << n.name;
    }
    setAccessibleDescription(m_topology.summary());
    relayout();
}

void TopologyView::setWallMode(bool wall, double scale)
{
    if (wall == m_wall && qFuzzyCompare(scale, m_scale))
        return;
    m_wall = wall;
    m_scale = scale;
    // On the wall the panel decides the width (as for its tiles) and the view fits its type to
    // the height it gets; on the dashboard it asks for the height its width needs.
    setSizePolicy(wall ? QSizePolicy::Ignored : QSizePolicy::Preferred, QSizePolicy::Preferred);
    relayout();
}

void TopologyView::relayout()
{
    m_layoutSize = QSize();
    updateGeometry();
    update();
}

void TopologyView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::StyleChange)
        relayout();
    QWidget::changeEvent(event);
}

QString TopologyView::boxTitle(const TopologyNode& node) const
{
    return roleStyle(displayRole(node.state)).glyph + QLatin1Char(' ') + node.name;
}

QString TopologyView::roleLine(const TopologyNode& node) const
{
    return roleStyle(displayRole(node.state)).label;
}

QStringList TopologyView::labelLines(const QString& node) const
{
    if (const TopologyEdge* e = m_topology.edgeTo(node)) {
        QString first;
        if (e->broken)
            first = QStringLiteral("\u2716 ") + tr("not streaming");
        else
            first = (e->cascaded ? tr("cascaded") + QStringLiteral(" \u00b7 ") : QString()) + toId(e->sync);
        QString second = e->lagBytes ? formatBytes(*e->lagBytes) : QStringLiteral("? B");
        if (e->lagSeconds)
            second += QStringLiteral(" \u00b7 %1 s").arg(*e->lagSeconds, 0, 'f', 1);
        return {first, second};
    }
    const TopologyNode* n = m_topology.node(node);
    if (n && n->orphan)
        return {QStringLiteral("\u26a0 ") + tr("no upstream")};
    return {};
}

TopologyView::Metrics TopologyView::metrics(double fit) const
{
    Metrics m;
    m.detail = font();
    if (m_wall) {
        // The wall's base sizes (as its tiles'): 30 px text, names 40 px.
        m.detail.setPixelSize(qMax(kMinPixels, int(std::lround(30 * m_scale * fit))));
        m.name = m.detail;
        m.name.setPixelSize(qMax(kMinPixels, int(std::lround(40 * m_scale * fit))));
    } else {
        if (m.detail.pointSizeF() > 0)
            m.detail.setPointSizeF(qMax(6.0, m.detail.pointSizeF() * fit));
        else
            m.detail.setPixelSize(qMax(kMinPixels, int(m.detail.pixelSize() * fit)));
        m.name = m.detail;
        if (m.name.pointSizeF() > 0)
            m.name.setPointSizeF(m.name.pointSizeF() * 1.15);
        else
            m.name.setPixelSize(int(m.name.pixelSize() * 1.15));
    }
    m.name.setBold(true);
    m.badge = m.detail;
    m.badge.setBold(true);
    const QFontMetrics nf(m.name);
    const QFontMetrics df(m.detail);
    const QFontMetrics bf(m.badge);
    m.nameLine = nf.height();
    m.detailLine = df.height();
    m.pad = qMax(3, m.detailLine / 3);
    m.gap = qMax(8, m.detailLine);
    m.margin = qMax(4, m.detailLine / 2);
    m.arrowGap = qMax(6, m.detailLine * 2 / 3);
    m.badgeWidth = bf.horizontalAdvance(kVip) + 2 * m.pad;
    int column = 0;
    QStringList labels = labelTemplates();
    for (const auto& n : std::as_const(m_topology.nodes)) {
        column = qMax(column, nf.horizontalAdvance(boxTitle(n)) + 2 * m.pad);
        column = qMax(column, df.horizontalAdvance(roleLine(n)) + m.badgeWidth + 3 * m.pad);
        // Measured bold: a wrong route is drawn bold.
        column = qMax(column, bf.horizontalAdvance(routeText(n)));
        labels << labelLines(n.name);
    }
    for (const auto& line : std::as_const(labels))
        column = qMax(column, df.horizontalAdvance(line) + 2 * m.pad);
    m.column = column;
    m.box = m.nameLine + m.detailLine + 3 * m.pad;
    m.label = 2 * m.detailLine + m.pad;
    m.band = m.label + 2 * m.arrowGap;
    return m;
}

TopologyView::Layout TopologyView::layoutFor(int width, double fit) const
{
    Layout l;
    if (m_topology.nodes.isEmpty())
        return l;
    l.m = metrics(fit);
    const Metrics& m = l.m;
    const int step = m.column + m.gap;
    auto span = [&m, step](qsizetype count) {
        return count <= 0 ? 0 : int(count) * step - m.gap;
    };
    int treeColumns = 0;
    for (const auto& level : m_levels)
        treeColumns = qMax(treeColumns, int(level.size()));
    const int treeWidth = span(treeColumns);
    const int separation = treeColumns > 0 && !m_detached.isEmpty() ? 2 * m.gap : 0;
    const int natural = treeWidth + separation + span(m_detached.size());
    const int available = width - 2 * m.margin;
    // Rows of (node, x): the tree with the detached nodes to the right of its top row when it
    // fits; else every row broken into as many as the width takes, each centred.
    QList<QList<std::pair<QString, int>>> rows;
    if (natural <= available) {
        const int x0 = m.margin + (available - natural) / 2;
        for (const auto& level : m_levels) {
            QList<std::pair<QString, int>> row;
            const int start = x0 + (treeWidth - span(level.size())) / 2;
            for (int i = 0; i < level.size(); ++i)
                row.append({level.at(i), start + i * step});
            rows << row;
        }
        if (rows.isEmpty())
            rows.append(QList<std::pair<QString, int>>());
        for (int i = 0; i < m_detached.size(); ++i)
            rows.first().append({m_detached.at(i), x0 + treeWidth + separation + i * step});
    } else {
        l.wrapped = true;
        const int perRow = qMax(1, (available + m.gap) / step);
        QList<QStringList> sequence = m_levels;
        if (!m_detached.isEmpty())
            sequence << m_detached;
        for (const auto& level : std::as_const(sequence)) {
            for (int from = 0; from < level.size(); from += perRow) {
                const QStringList chunk = level.mid(from, perRow);
                const int start = m.margin + qMax(0, (available - span(chunk.size())) / 2);
                QList<std::pair<QString, int>> row;
                for (int i = 0; i < chunk.size(); ++i)
                    row.append({chunk.at(i), start + i * step});
                rows << row;
            }
        }
    }
    const QFontMetrics df(m.detail);
    int y = m.margin;
    int right = 0;
    for (int r = 0; r < rows.size(); ++r) {
        bool labels = false;
        for (const auto& [name, x] : rows.at(r))
            labels = labels || !labelLines(name).isEmpty();
        // Below the first row the edges need room to arrive, labelled or not.
        const int bandTop = y;
        if (labels || r > 0)
            y += m.band;
        for (const auto& [name, x] : rows.at(r)) {
            Block b;
            b.box = QRect(x, y, m.column, m.box);
            b.route = QRect(x, y + m.box + m.pad / 2, m.column, m.detailLine);
            const QStringList lines = labelLines(name);
            if (!lines.isEmpty()) {
                int w = 0;
                for (const auto& line : lines)
                    w = qMax(w, df.horizontalAdvance(line));
                w += 2 * m.pad;
                const int h = int(lines.size()) * m.detailLine + m.pad;
                b.label = QRect(x + (m.column - w) / 2, bandTop + m.arrowGap + (m.label - h) / 2, w, h);
            }
            l.blocks.insert(name, b);
            right = qMax(right, x + m.column);
        }
        y += m.box + m.pad / 2 + m.detailLine;
    }
    l.size = QSize(right + m.margin, y + m.margin);
    return l;
}

double TopologyView::fitFor(int width, int height) const
{
    if (height < 0)
        return 1.0;
    double fit = m_wall ? kMaxWallFit : 1.0;
    while (fit > kMinFit) {
        const Layout l = layoutFor(width, fit);
        // Above its own size only while every row stays on one line.
        if (l.size.height() <= height && (fit <= 1.0 || !l.wrapped))
            break;
        fit = qMax(kMinFit, fit > 1.0 && fit * 0.95 < 1.0 ? 1.0 : fit * 0.95);
    }
    return fit;
}

const TopologyView::Layout& TopologyView::currentLayout() const
{
    if (m_layoutSize != size()) {
        m_layout = layoutFor(width(), fitFor(width(), height()));
        m_layoutSize = size();
    }
    return m_layout;
}

QSize TopologyView::sizeHint() const
{
    if (m_topology.nodes.isEmpty())
        return {0, 0};
    // As wide as the tree is with every row on one line.
    const Layout wide = layoutFor(QWIDGETSIZE_MAX / 2);
    int left = QWIDGETSIZE_MAX;
    int right = 0;
    for (const auto& b : wide.blocks) {
        left = qMin(left, b.box.left());
        right = qMax(right, b.box.right() + 1);
    }
    const int margin = metrics().margin;
    const int natural = right - left + 2 * margin;
    return {natural, layoutFor(natural).size.height()};
}

QSize TopologyView::minimumSizeHint() const
{
    if (m_topology.nodes.isEmpty())
        return {0, 0};
    if (m_wall) // the smallest type it shrinks to, every row on one line
        return {0, layoutFor(QWIDGETSIZE_MAX / 2, kMinFit).size.height()};
    const Metrics m = metrics();
    // One column (the rows broken up) is the least that shows every text whole.
    return {m.column + 2 * m.margin, sizeHint().height()};
}

int TopologyView::heightForWidth(int width) const
{
    return layoutFor(width).size.height();
}

QList<TopologyView::Text> TopologyView::texts(int width, int height) const
{
    QList<Text> list;
    const Layout l
        = QSize(width, height) == size() ? currentLayout() : layoutFor(width, fitFor(width, height));
    const Metrics& m = l.m;
    for (const auto& n : std::as_const(m_topology.nodes)) {
        const Block b = l.blocks.value(n.name);
        const QRect inner = b.box.adjusted(m.pad, m.pad, -m.pad, -m.pad);
        list.append({boxTitle(n), QRect(inner.left(), inner.top(), inner.width(), m.nameLine), m.name, n.name,
            Text::Name});
        const int second = inner.top() + m.pad + m.nameLine;
        list.append(
            {roleLine(n), QRect(inner.left(), second, inner.width() - m.pad - m.badgeWidth, m.detailLine),
                m.detail, n.name, Text::Role});
        if (n.vip)
            list.append({kVip, QRect(inner.right() + 1 - m.badgeWidth, second, m.badgeWidth, m.detailLine),
                m.badge, n.name, Text::Vip});
        list.append({routeText(n), b.route, n.routeWrong ? m.badge : m.detail, n.name, Text::Route});
        const QStringList lines = labelLines(n.name);
        for (int i = 0; i < lines.size(); ++i)
            list.append({lines.at(i),
                QRect(b.label.left() + m.pad, b.label.top() + m.pad / 2 + i * m.detailLine,
                    b.label.width() - 2 * m.pad, m.detailLine),
                m.detail, n.name, Text::Label});
    }
    return list;
}

void TopologyView::paintEvent(QPaintEvent*)
{
    if (m_topology.nodes.isEmpty())
        return;
    const Layout& l = currentLayout();
    const Metrics& m = l.m;
    const bool dark = m_wall || isDarkPalette(palette());
    Colours c;
    c.text = m_wall ? QColor(Qt::white) : palette().color(QPalette::WindowText);
    c.background = m_wall ? QColor(Qt::black) : palette().color(QPalette::Window);
    c.warning = dark ? QColor(0xff, 0xb3, 0x7a) : QColor(0x8a, 0x3b, 0x00);
    c.muted = dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x61, 0x61, 0x61);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_wall)
        p.fillRect(rect(), c.background);
    const double line = qMax(1.5, m.detailLine / 10.0);

    // Edges first, under everything: solid for streaming (thicker when commits wait for it),
    // dashed when cascaded, dotted in the warning colour when the standby does not stream.
    for (const auto& e : std::as_const(m_topology.edges)) {
        if (!l.blocks.contains(e.upstream) || !l.blocks.contains(e.standby))
            continue;
        const Block from = l.blocks.value(e.upstream);
        const Block to = l.blocks.value(e.standby);
        const QPointF start(from.route.center().x(), from.route.bottom() + m.pad / 2.0);
        const QPointF end(to.box.center().x(), to.box.top() - 1);
        const bool waits = e.sync == EdgeSync::Sync || e.sync == EdgeSync::Quorum;
        QPen pen(e.broken ? c.warning : c.text, e.broken || !waits ? line : line * 2);
        pen.setStyle(e.broken ? Qt::DotLine : (e.cascaded ? Qt::DashLine : Qt::SolidLine));
        pen.setCapStyle(Qt::FlatCap);
        p.setPen(pen);
        const QLineF shaft(start, end);
        const double head = qMax(6.0, m.detailLine * 0.45);
        QLineF back = QLineF(end, start);
        back.setLength(head);
        p.drawLine(QLineF(start, back.p2()));
        const double angle = std::atan2(shaft.dy(), shaft.dx());
        const QPointF left = end - QPointF(std::cos(angle - 0.45) * head, std::sin(angle - 0.45) * head);
        const QPointF right = end - QPointF(std::cos(angle + 0.45) * head, std::sin(angle + 0.45) * head);
        p.setPen(Qt::NoPen);
        p.setBrush(pen.color());
        p.drawPolygon(QPolygonF({end, left, right}));
    }
    // Labels on a plate of the background, so the lines pass behind them.
    for (const auto& n : std::as_const(m_topology.nodes)) {
        const Block b = l.blocks.value(n.name);
        if (b.label.isNull())
            continue;
        const TopologyEdge* e = m_topology.edgeTo(n.name);
        const bool warn = !e || e->broken;
        p.setPen(QPen(warn ? c.warning : c.muted, 1));
        p.setBrush(c.background);
        p.drawRoundedRect(QRectF(b.label).adjusted(0.5, 0.5, -0.5, -0.5), m.pad, m.pad);
    }
    // Boxes in the role's colour, the VIP badge in yellow with a black frame as on the tiles.
    for (const auto& n : std::as_const(m_topology.nodes)) {
        const Block b = l.blocks.value(n.name);
        const RoleStyle style = roleStyle(displayRole(n.state));
        p.setPen(QPen(style.background.darker(140), line));
        p.setBrush(style.background);
        p.drawRoundedRect(QRectF(b.box).adjusted(0.5, 0.5, -0.5, -0.5), m.pad * 1.5, m.pad * 1.5);
    }
    // The texts, from the same list the tests measure.
    const QList<Text> all = texts(width(), height());
    for (const auto& t : all) {
        if (t.kind == Text::Vip) {
            p.setPen(QPen(Qt::black, qMax(1.0, line * 0.75)));
            p.setBrush(QColor(0xff, 0xd4, 0x00));
            p.drawRoundedRect(QRectF(t.rect), m.pad / 2.0, m.pad / 2.0);
        }
    }
    for (const auto& t : all) {
        const TopologyNode* n = m_topology.node(t.node);
        const TopologyEdge* e = m_topology.edgeTo(t.node);
        QColor colour = c.text;
        switch (t.kind) {
        case Text::Name:
        case Text::Role:
            colour = roleStyle(displayRole(n->state)).foreground;
            break;
        case Text::Vip:
            colour = Qt::black;
            break;
        case Text::Route:
            colour = !n->routeKnown ? c.muted : (n->routeWrong ? c.warning : c.text);
            break;
        case Text::Label:
            colour = !e || e->broken ? c.warning : c.text;
            break;
        }
        const bool centre = t.kind != Text::Name && t.kind != Text::Role;
        p.setFont(t.font);
        p.setPen(colour);
        p.drawText(t.rect, (centre ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter, t.text);
    }
}

bool TopologyView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const Layout& l = currentLayout();
        for (const auto& n : std::as_const(m_topology.nodes)) {
            const Block b = l.blocks.value(n.name);
            if (!b.box.united(b.route).united(b.label).contains(help->pos()))
                continue;
            QStringList lines {boxTitle(n) + QStringLiteral(" \u2014 ") + roleLine(n), routeText(n)};
            if (const TopologyEdge* e = m_topology.edgeTo(n.name))
                lines << tr("from %1: %2").arg(e->upstream, edgeText(*e));
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace pgpilot
