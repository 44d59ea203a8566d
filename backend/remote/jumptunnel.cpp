// SPDX-License-Identifier: GPL-3.0-or-later
#include "jumptunnel.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pgpilot {

JumpTunnel::~JumpTunnel()
{
    m_stop = true;
    if (m_pump.joinable())
        m_pump.join();
    if (m_fds[0] >= 0)
        ::close(m_fds[0]);
    if (m_channel) {
        ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
    ssh_disconnect(m_session);
    ssh_free(m_session);
}

int JumpTunnel::open(const QString& host, int port, QString* error)
{
    m_channel = ssh_channel_new(m_session);
    const QByteArray h = host.toUtf8();
    if (!m_channel || ssh_channel_open_forward(m_channel, h.constData(), port, "127.0.0.1", 0) != SSH_OK) {
        *error = QString::fromUtf8(ssh_get_error(m_session));
        return -1;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, m_fds) != 0) {
        *error = QStringLiteral("socketpair failed");
        return -1;
    }
    m_pump = std::thread([this] { pump(); });
    return m_fds[1];
}

void JumpTunnel::pump()
{
    char buffer[32768];
    while (!m_stop) {
        pollfd p {m_fds[0], POLLIN, 0};
        if (::poll(&p, 1, 5) > 0) {
            const ssize_t n = ::read(m_fds[0], buffer, sizeof buffer);
            if (n <= 0 || ssh_channel_write(m_channel, buffer, uint32_t(n)) == SSH_ERROR)
                break;
        }
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
        if (n == SSH_ERROR || (n == 0 && ssh_channel_is_eof(m_channel)))
            break;
        for (int written = 0; written < n;) {
            const ssize_t w = ::write(m_fds[0], buffer + written, size_t(n - written));
            if (w <= 0) {
                m_stop = true;
                break;
            }
            written += int(w);
        }
    }
    ::shutdown(m_fds[0], SHUT_RDWR);
    m_done = true;
}

} // namespace pgpilot
