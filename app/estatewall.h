// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace pgpilot {

class SecretStore;
class Watcher;
class WallView;

// The estate wall (pgpilot wall a.json b.json ..., File > Open wall): every cluster file a panel
// of one WallView, the worst first, each fed by the Watcher's monitor for it. A file that cannot
// be read or validated, or a cluster that cannot be watched (keychain, connection), is a panel
// that says so in red: never one that looks healthy. Owns the watcher and the view.
class EstateWall : public QObject
{
    Q_OBJECT
public:
    EstateWall(const QStringList& clusterFiles, SecretStore* secrets, QObject* parent = nullptr);
    ~EstateWall() override;

    WallView* view() const { return m_view; }
    Watcher* watcher() const { return m_watcher; }
    // Every panel shows a snapshot or a problem (none still waits for its first poll).
    bool allShown() const;

private:
    Watcher* m_watcher;
    WallView* m_view;
};

} // namespace pgpilot
