// SPDX-License-Identifier: GPL-3.0-or-later
#include "interrupt.h"

#include <QMetaMethod>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace pgpilot {

namespace {

int g_fds[2] = {-1, -1};
struct sigaction g_oldInt;
struct sigaction g_oldTerm;

void onSignal(int signo)
{
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(signo);
    [[maybe_unused]] const ssize_t n = ::write(g_fds[1], &byte, 1);
    errno = saved;
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject* parent)
    : QObject(parent)
{
    if (g_fds[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_fds) != 0)
        return;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_oldInt);
    ::sigaction(SIGTERM, &action, &g_oldTerm);
    m_notifier = new QSocketNotifier(g_fds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::readSignal);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &g_oldInt, nullptr);
    ::sigaction(SIGTERM, &g_oldTerm, nullptr);
    delete m_notifier;
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
}

void InterruptWatcher::collectPending()
{
    unsigned char byte = 0;
    while (m_notifier && ::read(g_fds[0], &byte, 1) == 1) {
        if (m_first == 0)
            m_first = byte;
    }
}

void InterruptWatcher::readSignal()
{
    unsigned char byte = 0;
    while (::read(g_fds[0], &byte, 1) == 1) {
        const int signo = byte;
        if (m_first == 0 && isSignalConnected(QMetaMethod::fromSignal(&InterruptWatcher::interrupted))) {
            m_first = signo;
            Q_EMIT interrupted(signo);
            continue;
        }
        // Again (or nobody to stop cleanly): at once, as the default disposition would.
        ::_exit(128 + signo);
    }
}

} // namespace pgpilot
