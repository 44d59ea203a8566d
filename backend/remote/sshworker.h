// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remotehost.h"

#include <QObject>

#include <atomic>
#include <libssh/libssh.h>
#include <memory>

class QTimer;

namespace pgpilot {

class JumpTunnel;
struct WrappedCommand;

// Lives in the node's thread and owns its libssh session (SshHost's worker; internal to remote/).
// Connecting and authenticating are in sshworker.cpp, the host-key check against pgpilot's
// known_hosts in sshhostkey.cpp, running one command on a channel in sshchannel.cpp.
class SshWorker : public QObject
{
    Q_OBJECT
public:
    explicit SshWorker(ConnectionSettings settings);
    ~SshWorker() override;
    // Workers alive in this process (tests: a closed host's worker ends, even one left connecting).
    static int liveCount();

    void start();
    void trust(const QString& fingerprint) { m_settings.trustedFingerprints.insert(fingerprint); }
    void execute(quint64 id, RunRequest request, std::shared_ptr<std::atomic_bool> cancelled, bool isWrite,
        WriteRequest write);
    void shutdown();

    // Connects (host key checked, authenticated) and hands the session over; for jump hosts.
    ssh_session takeConnectedSession(RunResult& result);

Q_SIGNALS:
    void lines(quint64 id, int stream, const QStringList& lines);
    void jobFinished(quint64 id, const pgpilot::RunResult& result);

private:
    void keepAlive();
    void disconnectSession();
    QString where() const;
    bool fail(RunResult& result, RunResult::Failure failure, const QString& message);
    bool ensureConnected(RunResult& result);
    bool checkHostKey(RunResult& result);
    QString storedFingerprint() const;
    bool authenticate(RunResult& result);
    RunResult runOnChannel(quint64 id, const RunRequest& request, const std::atomic_bool& cancelled,
        bool& started, bool killOnStop = true);
    void killRemote(const WrappedCommand& wrapped);

    ConnectionSettings m_settings;
    ssh_session m_session = nullptr;
    QString m_hostFingerprint; // of the current (or last) connection
    std::unique_ptr<JumpTunnel> m_tunnel;
    QTimer* m_keepAlive = nullptr;
};

// Overwrites a password or passphrase before its memory is released.
void wipe(QByteArray& secret);

} // namespace pgpilot
