// SPDX-License-Identifier: GPL-3.0-or-later
#include "estatewall.h"

#include "cluster/specfile.h"
#include "cluster/specvalidator.h"
#include "monitor/clustermonitor.h"
#include "notify/watcher.h"
#include "wallview.h"

#include <QFileInfo>

namespace pgpilot {

EstateWall::EstateWall(const QStringList& clusterFiles, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_watcher(new Watcher(secrets, NotifyPolicy {}, this))
    , m_view(new WallView)
{
    m_view->setWindowTitle(tr("pgpilot \u2014 %n cluster(s)", nullptr, int(clusterFiles.size())));
    m_view->setWorstFirst(true);
    for (const QString& file : clusterFiles) {
        WallPanel* panel = m_view->addPanel();
        const SpecLoadResult loaded = loadSpecFile(file);
        if (!loaded.spec) {
            panel->showProblem(QFileInfo(file).fileName(), loaded.error);
            continue;
        }
        if (const ValidationIssues issues = validate(*loaded.spec); !issues.isEmpty()) {
            panel->showProblem(
                loaded.spec->name, tr("%1: %2").arg(issues.first().field, issues.first().message));
            continue;
        }
        const QString name = loaded.spec->name;
        panel->showProblem(name, tr("connecting\u2026"));
        connect(m_watcher, &Watcher::monitorReady, panel,
            [this, panel, name](const QString& cluster, ClusterMonitor* m) {
                if (cluster == name)
                    m_view->attach(panel, m);
            });
        m_watcher->addCluster(*loaded.spec, [panel, name](const QString& error) {
            if (!error.isEmpty())
                panel->showProblem(name, error);
        });
    }
}

EstateWall::~EstateWall()
{
    delete m_view;
}

bool EstateWall::allShown() const
{
    for (const WallPanel* panel : m_view->panels()) {
        if (!panel->settled())
            return false;
    }
    return true;
}

} // namespace pgpilot
