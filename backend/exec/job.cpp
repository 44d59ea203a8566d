// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

#include "exec/executor.h"

#include <QTimer>

#include <atomic>

namespace pgpilot {

quint64 Job::nextId()
{
    static std::atomic<quint64> counter {0};
    return ++counter;
}

Job::Job(Kind kind, int phase, QString purpose, QObject* parent)
    : QObject(parent)
    , m_id(nextId())
    , m_kind(kind)
    , m_phase(phase)
    , m_purpose(std::move(purpose))
{
    m_phaseResult.phase = phase;
    m_checkpoint.phase = phase;
}

Job* Job::refused(Kind kind, int phase, const QString& error, QObject* parent)
{
    auto* job = new Job(kind, phase, QString(), parent);
    job->m_phaseResult.error = error;
    QTimer::singleShot(0, job, &Job::finish);
    return job;
}

void Job::cancel()
{
    if (!m_finished && m_executor)
        m_executor->cancelJob(this);
}

void Job::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace pgpilot
