// SPDX-License-Identifier: GPL-3.0-or-later
#include "localhost.h"

#include "core/shell.h"
#include "sshhost.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <signal.h>
#include <unistd.h>

namespace pgpilot {

struct LocalHost::Job
{
    RunRequest request;
    QProcess* process = nullptr;
    QTimer* timer = nullptr;
    QElapsedTimer clock;
    RunResult::Failure stoppedBy = RunResult::Failure::None;
    QByteArray partial[2];
    RunResult result;
};

LocalHost::LocalHost(QString nodeName, QObject* parent)
    : RemoteHost(parent)
    , m_nodeName(std::move(nodeName))
{
    qRegisterMetaType<pgpilot::RunResult>();
}

LocalHost::~LocalHost()
{
    for (Job* job : std::as_const(m_jobs)) {
        if (job->process && job->process->state() != QProcess::NotRunning) {
            ::kill(-pid_t(job->process->processId()), SIGKILL);
            job->process->waitForFinished(2000);
        }
        delete job;
    }
}

void LocalHost::setEnvironment(const QString& name, const QString& value)
{
    m_env.insert(name, value);
}

quint64 LocalHost::run(const RunRequest& request)
{
    const quint64 id = ++m_nextId;
    auto* job = new Job;
    job->request = request;
    m_jobs.insert(id, job);
    m_queue.append(id);
    // Like SshHost: one job at a time per node, and the call returns at once.
    QTimer::singleShot(0, this, [this] {
        if (m_running == 0 && !m_queue.isEmpty())
            start(m_queue.takeFirst());
    });
    return id;
}

quint64 LocalHost::writeFile(const WriteRequest& request)
{
    RunRequest r;
    r.command = atomicWriteCommand(
        request, QCryptographicHash::hash(request.content, QCryptographicHash::Sha256).toHex());
    r.stdinData = request.content;
    r.timeoutMs = request.timeoutMs;
    return run(r);
}

void LocalHost::cancel(quint64 jobId)
{
    Job* job = m_jobs.value(jobId);
    if (!job)
        return;
    if (!job->process) {
        m_queue.removeAll(jobId);
        RunResult r;
        r.failure = RunResult::Failure::Cancelled;
        r.error = tr("%1: cancelled before it started.").arg(m_nodeName);
        finish(jobId, r);
        return;
    }
    job->stoppedBy = RunResult::Failure::Cancelled;
    ::kill(-pid_t(job->process->processId()), SIGKILL);
}

void LocalHost::start(quint64 id)
{
    Job* job = m_jobs.value(id);
    m_running = id;
    job->clock.start();
    job->process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
        env.insert(it.key(), it.value());
    job->process->setProcessEnvironment(env);
    QString command = job->request.command;
    if (job->request.runAs != QLatin1String("root") && ::geteuid() == 0)
        command = QStringLiteral("runuser -u %1 -- sh -c %2")
                      .arg(shellQuote(job->request.runAs), shellQuote(command));
    // Its own process group, so a cancel reaches the children too.
    job->process->setProgram(QStringLiteral("setsid"));
    job->process->setArguments({QStringLiteral("-w"), QStringLiteral("sh"), QStringLiteral("-c"), command});

    auto readStream = [this, id, job](int index) {
        const QByteArray data
            = index == 0 ? job->process->readAllStandardOutput() : job->process->readAllStandardError();
        (index == 0 ? job->result.stdOut : job->result.stdErr).append(data);
        job->partial[index] += data;
        QStringList lines;
        qsizetype nl;
        while ((nl = job->partial[index].indexOf('\n')) >= 0) {
            lines << QString::fromUtf8(job->partial[index].left(nl));
            job->partial[index].remove(0, nl + 1);
        }
        if (!lines.isEmpty())
            Q_EMIT outputLines(id, index == 0 ? StdOut : StdErr, lines);
    };
    connect(job->process, &QProcess::readyReadStandardOutput, this, [readStream] { readStream(0); });
    connect(job->process, &QProcess::readyReadStandardError, this, [readStream] { readStream(1); });
    connect(job->process, &QProcess::finished, this,
        [this, id, job, readStream](int code, QProcess::ExitStatus status) {
            readStream(0);
            readStream(1);
            for (int i = 0; i < 2; ++i) {
                if (!job->partial[i].isEmpty())
                    Q_EMIT outputLines(id, i == 0 ? StdOut : StdErr, {QString::fromUtf8(job->partial[i])});
            }
            RunResult r = job->result;
            r.exitCode = status == QProcess::NormalExit ? code : -1;
            r.failure = job->stoppedBy;
            if (r.failure == RunResult::Failure::Timeout)
                r.error = tr("%1: no result within %2 s; the command was stopped.")
                              .arg(m_nodeName)
                              .arg(job->request.timeoutMs / 1000.0);
            else if (r.failure == RunResult::Failure::Cancelled)
                r.error = tr("%1: cancelled; the command was stopped.").arg(m_nodeName);
            finish(id, r);
        });
    if (job->request.timeoutMs > 0) {
        job->timer = new QTimer(job->process);
        job->timer->setSingleShot(true);
        connect(job->timer, &QTimer::timeout, this, [job] {
            job->stoppedBy = RunResult::Failure::Timeout;
            ::kill(-pid_t(job->process->processId()), SIGKILL);
        });
        job->timer->start(job->request.timeoutMs);
    }
    job->process->start();
    job->process->write(job->request.stdinData);
    job->process->closeWriteChannel();
}

void LocalHost::finish(quint64 id, RunResult result)
{
    Job* job = m_jobs.take(id);
    if (!job)
        return;
    result.durationMs = job->clock.isValid() ? job->clock.elapsed() : 0;
    if (job->process) {
        // No late readyRead may reach the lambdas that hold this job.
        job->process->disconnect(this);
        job->process->deleteLater();
    }
    delete job;
    if (m_running == id)
        m_running = 0;
    Q_EMIT finished(id, result);
    if (m_running == 0 && !m_queue.isEmpty())
        start(m_queue.takeFirst());
}

} // namespace pgpilot
