// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodetile.h"

#include "darkpalette.h"
#include "dashboardmodels.h"
#include "monitor/snapshottext.h"
#include "rolestyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pgpilot {

NodeTile::NodeTile(const QString& name, QWidget* parent)
    : QFrame(parent)
    , m_role(new QLabel(this))
    , m_name(new QLabel(name, this))
    , m_vip(new QLabel(tr("\u25c6 VIP"), this))
    , m_address(new QLabel(this))
    , m_details(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("tile_") + name);
    m_role->setObjectName(QStringLiteral("role"));
    m_name->setObjectName(QStringLiteral("name"));
    m_vip->setObjectName(QStringLiteral("vip"));
    m_details->setObjectName(QStringLiteral("details"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    // Long values (a translated "up · writes + reads") wrap inside the tile instead of being cut off.
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    // The wall divides 1920 px between clusters: tiles take the width given, not the text's.
    for (auto* label : {m_name, m_address, m_details, m_role})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_vip);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_role);
    layout->addWidget(m_address);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addStretch();
    m_vip->hide();
    m_error->hide();
    setFrameShape(QFrame::StyledPanel);
    applyStyle();
}

QString NodeTile::roleText() const
{
    return m_role->text();
}

void NodeTile::setNode(const NodeSnapshot& node, const ClusterSnapshot& cluster)
{
    m_state = node.state;
    const RoleStyle style = roleStyle(displayRole(node.state));
    m_role->setText(style.glyph + QLatin1Char(' ') + style.label.toUpper());
    m_address->setText(node.address);
    m_vip->setVisible(node.vip.known && node.vip.holds);
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    html += row(tr("Health"), healthText(node));
    if (node.state == NodeState::Standby) {
        html += row(tr("Lag"), lagText(node));
        // Whether commits wait for this standby, as the primary says (quorum, sync, potential, async).
        if (!node.syncState.isEmpty())
            html += row(tr("Sync"), node.syncState);
    }
    html += row(tr("Timeline"), timelineText(node));
    if (node.pg.reachable)
        html += row(tr("TLS"), tlsText(node));
    html += row(
        tr("HAProxy"), haproxyText(node) + QStringLiteral(" \u00b7 ") + routingText(cluster, node.name));
    html += QStringLiteral("</table>");
    m_details->setText(html);
    QString error;
    if (node.state == NodeState::Down)
        error = node.pg.error;
    else if (node.state == NodeState::Fenced)
        error = tr("fenced by pgpilot: PostgreSQL kept stopped");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    const QString tip = QStringLiteral("%1 (%2)\nPostgreSQL %3, %4 ms\nreceive %5 · replay %6")
                            .arg(node.name, node.address, node.pg.serverVersion)
                            .arg(node.pg.latencyMs)
                            .arg(formatLsn(node.pg.receiveLsn), formatLsn(node.pg.replayLsn));
    setToolTip(tip);
    applyStyle();
}

void NodeTile::setWallMode(bool wall, double scale)
{
    m_wall = wall;
    m_scale = scale;
    applyStyle();
}

void NodeTile::setCompact(bool compact)
{
    m_details->setVisible(!compact);
}

void NodeTile::applyStyle()
{
    const RoleStyle style = roleStyle(displayRole(m_state));
    const double s = m_wall ? m_scale : 1.0;
    auto px = [s](int size) {
        return QString::number(qMax(9, int(size * s)));
    };
    const QString frameBg = m_wall ? QStringLiteral("#111111") : QStringLiteral("palette(base)");
    const QString text = m_wall ? QStringLiteral("#ffffff") : QStringLiteral("palette(text)");
    // A thick border in the role colour, a badge with glyph and word: colour is never the only cue.
    setStyleSheet(
        QStringLiteral("pgpilot--NodeTile { background: %1; border: %2px solid %3; border-radius: 8px; }"
                       "QLabel { color: %4; background: transparent; }"
                       "QLabel#name { font-size: %5px; font-weight: bold; }"
                       "QLabel#role { background: %3; color: %6; font-size: %7px; font-weight: bold;"
                       " padding: 2px 8px; border-radius: 4px; }"
                       "QLabel#vip { background: #ffd400; color: #000000; font-size: %8px; font-weight: bold;"
                       " padding: 2px 8px; border: 2px solid #000000; border-radius: 4px; }"
                       "QLabel { font-size: %9px; }"
                       "QLabel#error { color: %10; font-size: %9px; }")
            .arg(frameBg, m_wall ? px(8) : QStringLiteral("4"), style.background.name(), text,
                m_wall ? px(52) : QStringLiteral("18"), style.foreground.name(),
                m_wall ? px(34) : QStringLiteral("14"), m_wall ? px(30) : QStringLiteral("13"))
            .arg(m_wall ? px(30) : QStringLiteral("12"),
                m_wall || isDarkPalette(palette(), QPalette::Base) ? QStringLiteral("#ffb37a")
                                                                   : QStringLiteral("#8a3b00")));
    m_address->setVisible(true);
}

} // namespace pgpilot
