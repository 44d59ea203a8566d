// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A switchover dialog (pg1 -> pg2) on a session that never connects: its pre-checks refuse at
// once, with no network traffic. passedPrechecks() are the five the issue names, passed, to feed
// through the runner's own signal (prechecksDone). For the screenshot and keyboard tests, which
// link the application library.
#include "exec/clustersession.h"
#include "operationdialog.h"
#include "ops/operationrunner.h"
#include "secrets/memorysecretstore.h"

#include <QDir>

struct OfflineSwitchover
{
    OfflineSwitchover(const pgpilot::ClusterSpec& spec, const QString& stateDir)
        : session(spec, &secrets)
        , runner(new pgpilot::OperationRunner(&session, request(), QStringLiteral("pg1")))
        , dialog(runner)
    {
        session.setStatePaths(QDir(stateDir).filePath(QStringLiteral("progress.json")),
            QDir(stateDir).filePath(QStringLiteral("audit.log")));
    }

    static pgpilot::OperationRequest request()
    {
        pgpilot::OperationRequest r;
        r.kind = pgpilot::OperationKind::Switchover;
        r.node = QStringLiteral("pg2");
        return r;
    }

    static QList<pgpilot::OperationCheck> passedPrechecks()
    {
        QList<pgpilot::OperationCheck> passed;
        for (const char* id : {"reach", "target-streaming", "repmgrd", "postgres-ssh", "dry-run"}) {
            pgpilot::OperationCheck c;
            c.id = QLatin1String(id);
            c.title = QStringLiteral("pg2: %1").arg(c.id);
            c.node = QStringLiteral("pg2");
            c.ok = true;
            c.seen = QStringLiteral("streaming from pg1, lag 0 bytes");
            passed << c;
        }
        return passed;
    }

    pgpilot::MemorySecretStore secrets;
    pgpilot::ClusterSession session;
    pgpilot::OperationRunner* runner; // owned by the dialog
    pgpilot::OperationDialog dialog;
};
