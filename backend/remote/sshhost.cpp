// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshhost.h"

#include "core/logging.h"
#include "sshworker.h"

#include <QThread>

#include <atomic>
#include <memory>

// SshHost hands each job to its node's worker thread (sshworker.h); the wrapped commands are
// built in sshcommand.cpp, a ProxyJump is carried by jumptunnel.cpp.

namespace pgpilot {

QString toId(RunResult::Failure failure)
{
    switch (failure) {
    case RunResult::Failure::None:
        return QStringLiteral("none");
    case RunResult::Failure::Unreachable:
        return QStringLiteral("unreachable");
    case RunResult::Failure::HostKeyUnknown:
        return QStringLiteral("host-key-unknown");
    case RunResult::Failure::HostKeyChanged:
        return QStringLiteral("host-key-changed");
    case RunResult::Failure::AuthFailed:
        return QStringLiteral("auth-failed");
    case RunResult::Failure::SudoFailed:
        return QStringLiteral("sudo-failed");
    case RunResult::Failure::Timeout:
        return QStringLiteral("timeout");
    case RunResult::Failure::Cancelled:
        return QStringLiteral("cancelled");
    case RunResult::Failure::Transport:
        return QStringLiteral("transport");
    }
    return {};
}

namespace {
// How long closing a host waits for its worker to end (a normal end takes milliseconds).
constexpr unsigned long kStopWaitMs = 300;
} // namespace

SshHost::SshHost(ConnectionSettings settings, QObject* parent)
    : RemoteHost(parent)
    , m_nodeName(settings.nodeName)
{
    qRegisterMetaType<pgpilot::RunResult>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("ssh-%1").arg(m_nodeName));
    m_worker = new SshWorker(std::move(settings));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SshWorker::lines, this, &RemoteHost::outputLines);
    connect(m_worker, &SshWorker::jobFinished, this, [this](quint64 id, const RunResult& result) {
        m_cancelFlags.remove(id);
        Q_EMIT finished(id, result);
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SshWorker::start, Qt::QueuedConnection);
}

SshHost::~SshHost()
{
    for (auto& flag : m_cancelFlags)
        flag->store(true); // jobs still queued end at once, cancelled
    // The worker closes its session and ends its thread. One blocked in a connect to a node that
    // does not answer (up to its connect timeout, 10 s) is not waited for: the thread ends on
    // its own and deletes the worker, so that a command or a window closing never hangs on a
    // dead node. Whoever of the two (this, the thread's end) comes second deletes.
    enum State
    {
        Running,
        Finished,
        Orphaned
    };
    auto state = std::make_shared<std::atomic_int>(Running);
    SshWorker* worker = m_worker;
    QThread* thread = m_thread;
    thread->setParent(nullptr);
    connect(
        thread, &QThread::finished, thread,
        [state, worker, thread] {
            if (state->exchange(Finished) == Orphaned) {
                delete worker; // in its own thread, which is ending
                thread->deleteLater();
            }
        },
        Qt::DirectConnection);
    QMetaObject::invokeMethod(
        worker,
        [worker, thread] {
            worker->shutdown();
            thread->quit();
        },
        Qt::QueuedConnection);
    if (thread->wait(kStopWaitMs) || state->exchange(Orphaned) == Finished) {
        thread->wait();
        delete worker;
        delete thread;
        return;
    }
    qCDebug(lcSsh).noquote() << m_nodeName << "still connecting: its thread ends on its own";
}

quint64 SshHost::submit(const RunRequest& request, bool isWrite, const WriteRequest& write)
{
    const quint64 id = ++m_nextId;
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancelFlags.insert(id, flag);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, request, flag, isWrite, write] {
            worker->execute(id, request, flag, isWrite, write);
        },
        Qt::QueuedConnection);
    return id;
}

quint64 SshHost::run(const RunRequest& request)
{
    return submit(request, false, {});
}

quint64 SshHost::writeFile(const WriteRequest& request)
{
    return submit({}, true, request);
}

void SshHost::cancel(quint64 jobId)
{
    if (auto flag = m_cancelFlags.value(jobId))
        flag->store(true);
}

void SshHost::trustFingerprint(const QString& fingerprint)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, fingerprint] { worker->trust(fingerprint); }, Qt::QueuedConnection);
}

} // namespace pgpilot
