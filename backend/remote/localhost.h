// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remotehost.h"

#include <QHash>

class QProcess;

namespace pgpilot {

// A RemoteHost that runs /bin/sh on this machine. The executor's tests use it to run real
// commands without a network; it shares SshHost's atomic-write script.
class LocalHost : public RemoteHost
{
    Q_OBJECT
public:
    explicit LocalHost(QString nodeName, QObject* parent = nullptr);
    ~LocalHost() override;

    QString nodeName() const override { return m_nodeName; }
    quint64 run(const RunRequest& request) override;
    quint64 writeFile(const WriteRequest& request) override;
    void cancel(quint64 jobId) override;

    // Commands run with this environment variable set (tests use it for a per-node directory).
    void setEnvironment(const QString& name, const QString& value);

private:
    struct Job;
    void start(quint64 id);
    void finish(quint64 id, RunResult result);

    QString m_nodeName;
    quint64 m_nextId = 0;
    QHash<QString, QString> m_env;
    QHash<quint64, Job*> m_jobs;
    QList<quint64> m_queue;
    quint64 m_running = 0;
};

} // namespace pgpilot
