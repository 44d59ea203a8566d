// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <libssh/libssh.h>
#include <thread>

namespace pgpilot {

// Carries one SSH connection through another (ProxyJump): a direct-tcpip channel on the jump
// host's session, pumped to a socket pair whose other end the target session uses as its
// socket. The pump thread is the only user of the jump session once it runs.
class JumpTunnel
{
public:
    explicit JumpTunnel(ssh_session jumpSession)
        : m_session(jumpSession)
    { }
    ~JumpTunnel();

    // Returns the socket for the target session (which then owns it), or -1 with error set.
    int open(const QString& host, int port, QString* error);

    bool alive() const { return !m_done; }

private:
    void pump();

    ssh_session m_session;
    ssh_channel m_channel = nullptr;
    int m_fds[2] {-1, -1};
    std::thread m_pump;
    std::atomic_bool m_stop {false};
    std::atomic_bool m_done {false};
};

} // namespace pgpilot
