// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "command.h"
#include "output.h"
#include "services/clusterservices.h"

#include <QDir>

namespace pgpilot::cli {

void configureServices(ClusterServices& services, const Invocation& args, bool takesStateDir)
{
    if (takesStateDir && args.isSet("state-dir")) {
        const QDir dir(args.value("state-dir"));
        QDir().mkpath(dir.path());
        services.setStatePaths(dir.filePath(QStringLiteral("progress-%1.json").arg(services.spec().name)),
            dir.filePath(QStringLiteral("audit.log")));
    }
    services.setConfirmedFingerprints(acceptedKeys(args.values("accept-host-key")));
}

} // namespace pgpilot::cli
