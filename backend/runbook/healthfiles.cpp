// SPDX-License-Identifier: GPL-3.0-or-later
// The health service's package beside its script, and who may talk to it (issue 16, finding 2).
#include "configfiles.h"
#include "templates.h"

namespace pgpilot {

namespace nodepaths {
QString healthPackageDir()
{
    return libDir() + QStringLiteral("/pgpilot_health");
}
QString configDir()
{
    return QStringLiteral("/etc/pgpilot");
}
QString healthMonitorsFile()
{
    return configDir() + QStringLiteral("/health-monitors");
}
QString vipCheckScript()
{
    return libDir() + QStringLiteral("/pgpilot-vipcheck.sh");
}
} // namespace nodepaths

QStringList healthModuleNames()
{
    return {QStringLiteral("__init__.py"), QStringLiteral("common.py"), QStringLiteral("events.py"),
        QStringLiteral("guard.py"), QStringLiteral("hooks.py"), QStringLiteral("listener.py"),
        QStringLiteral("localaddr.py"), QStringLiteral("prober.py"), QStringLiteral("service.py")};
}

QString healthSourceArguments(const ClusterSpec& spec)
{
    // Loopback is always allowed (the service adds it); the nodes are never counted against the
    // monitoring workstations' connection cap; the file holds the workstations that applied.
    QString args = QStringLiteral(" --also-listen 127.0.0.1");
    for (const NodeSpec& n : spec.nodes)
        args += QStringLiteral(" --allow-node %1").arg(n.address);
    for (const QString& source : spec.network.monitorSources)
        args += QStringLiteral(" --allow %1").arg(source);
    return args + QStringLiteral(" --allow-file %1").arg(nodepaths::healthMonitorsFile());
}

namespace render {

QList<RenderedFile> healthModules(const ClusterSpec&, const NodeSpec& node)
{
    // Copied verbatim, like the script.
    QList<RenderedFile> files;
    for (const QString& name : healthModuleNames()) {
        RenderedFile f;
        f.id = QStringLiteral("pgpilot_health-") + name;
        f.node = node.name;
        f.path = nodepaths::healthPackageDir() + QLatin1Char('/') + name;
        f.content = templateText(QStringLiteral("pgpilot_health/") + name).toUtf8();
        files << f;
    }
    return files;
}

RenderedFile vipCheckScript(const ClusterSpec&, const NodeSpec& node)
{
    // Copied verbatim: the ports come as arguments from keepalived.conf. Root's and not writable
    // by others, as Keepalived's script security asks; it runs as nobody.
    RenderedFile f;
    f.id = QStringLiteral("pgpilot-vipcheck.sh");
    f.node = node.name;
    f.path = nodepaths::vipCheckScript();
    f.content = templateText(QStringLiteral("pgpilot-vipcheck.sh")).toUtf8();
    f.mode = 0755;
    return f;
}

} // namespace render

} // namespace pgpilot
