// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "command.h"
#include "exec/clustersession.h"
#include "output.h"

#include <QDir>

namespace pgpilot::cli {

void configureSession(ClusterSession& session, const ClusterSpec& spec, const Invocation& args)
{
    if (args.isSet("state-dir")) {
        const QDir dir(args.value("state-dir"));
        QDir().mkpath(dir.path());
        session.setStatePaths(dir.filePath(QStringLiteral("progress-%1.json").arg(spec.name)),
            dir.filePath(QStringLiteral("audit.log")));
    }
    session.setConfirmedFingerprints(acceptedKeys(args.values("accept-host-key")));
}

} // namespace pgpilot::cli
