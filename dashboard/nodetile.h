// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QFrame>

class QLabel;

namespace pgpilot {

// One node at a glance: role (colour + glyph + word), name, address, health check, lag,
// timeline, VIP badge and HAProxy state. Renders a NodeSnapshot; no logic of its own.
class NodeTile : public QFrame
{
    Q_OBJECT
public:
    explicit NodeTile(const QString& name, QWidget* parent = nullptr);

    void setNode(const NodeSnapshot& node, const ClusterSnapshot& cluster);
    // Wall mode: dark, large type, high contrast; scale multiplies the wall's base sizes.
    void setWallMode(bool wall, double scale = 1.0);
    // Name, role, VIP and address only (the estate wall's small panels): the details would be cut.
    void setCompact(bool compact);
    QString roleText() const;

private:
    void applyStyle();

    QLabel* m_role;
    QLabel* m_name;
    QLabel* m_vip;
    QLabel* m_address;
    QLabel* m_details;
    QLabel* m_error;
    NodeState m_state = NodeState::Unknown;
    bool m_wall = false;
    double m_scale = 1.0;
};

} // namespace pgpilot
