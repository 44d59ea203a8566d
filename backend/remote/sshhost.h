// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remotehost.h"

#include <QHash>

#include <atomic>
#include <memory>

class QThread;

namespace pgpilot {

class SshWorker;

// A node reached with libssh: one session and one worker thread per node, so a slow or silent
// node never holds up another, and nothing blocking runs on the caller's thread. Jobs on one
// node run one after the other in the order given.
class SshHost : public RemoteHost
{
    Q_OBJECT
public:
    explicit SshHost(ConnectionSettings settings, QObject* parent = nullptr);
    ~SshHost() override;

    QString nodeName() const override { return m_nodeName; }
    quint64 run(const RunRequest& request) override;
    quint64 writeFile(const WriteRequest& request) override;
    void cancel(quint64 jobId) override;

    // Adds a fingerprint the admin confirmed; the next connection stores that key.
    void trustFingerprint(const QString& fingerprint);

private:
    quint64 submit(const RunRequest& request, bool isWrite, const WriteRequest& write);

    QString m_nodeName;
    QThread* m_thread = nullptr;
    SshWorker* m_worker = nullptr;
    quint64 m_nextId = 0;
    QHash<quint64, std::shared_ptr<std::atomic_bool>> m_cancelFlags;
};

// The command pgpilot sends for a request: elevation (sudo or none), user switch (runuser),
// its own session so cancel can kill the whole process tree, and a ready marker on stderr.
// Exposed for tests and for the dry run.
struct WrappedCommand
{
    QString command;
    bool needsSudoPassword = false;
    // Where the script leaves its process group's id for cancel, and who may read it and kill:
    // root's jobs in /run/pgpilot-jobs (root's alone), a login user's own jobs in /tmp as that user.
    QString pidFile;
    bool runsAsRoot = false;
};
// tag: a fresh random name for this run (the pid file's name).
WrappedCommand wrapCommand(
    const ConnectionSettings& settings, const QString& command, const QString& runAs, const QString& tag);
// The node-side script that stops a wrapped command's process group, if the pid file still
// names that command (a planted or reused number is refused: exit 1, nothing killed).
QString killCommand(const QString& pidFile);
// The node-side script of an atomic write, reading the content on stdin.
QString atomicWriteCommand(const WriteRequest& request, const QByteArray& sha256Hex);

} // namespace pgpilot
