// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyrecorder.h"

#include "core/logging.h"
#include "historyframe.h"
#include "monitor/clustermonitor.h"
#include "secretmask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace pgpilot {

namespace {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateDirectory
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Makes the directory (and its parents) private to the user; an existing one is made so.
bool makePrivateDirectory(const QString& path)
{
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    if (!dir.exists() && !QDir().mkdir(path, kPrivateDirectory))
        return false;
    return QFile::setPermissions(path, kPrivateDirectory);
}

} // namespace

HistoryRecorder::HistoryRecorder(QString cluster, HistoryOptions options, QObject* parent)
    : QObject(parent)
    , m_cluster(std::move(cluster))
    , m_options(std::move(options))
{
    if (isValidHistoryCluster(m_cluster))
        m_directory = QDir(m_options.root.isEmpty() ? historyRoot() : m_options.root).filePath(m_cluster);
}

HistoryRecorder::~HistoryRecorder()
{
    stop();
}

void HistoryRecorder::attach(ClusterMonitor* monitor)
{
    connect(monitor, &ClusterMonitor::snapshotReady, this, &HistoryRecorder::feed);
    connect(monitor, &ClusterMonitor::eventsAdded, this, &HistoryRecorder::addEvents);
}

bool HistoryRecorder::start()
{
    if (m_writing)
        return true;
    m_problem.clear();
    if (m_directory.isEmpty()) {
        m_problem = tr("\"%1\" is not a cluster name: its history is not recorded.").arg(m_cluster.left(40));
        return false;
    }
    const QString root = QFileInfo(m_directory).absolutePath();
    if (!makePrivateDirectory(root) || !makePrivateDirectory(m_directory)) {
        m_problem = tr("Cannot make the history directory %1: check its permissions and the free space.")
                        .arg(m_directory);
        qCWarning(lcMonitor).noquote() << m_problem;
        return false;
    }
    m_lock = std::make_unique<QLockFile>(QDir(m_directory).filePath(QStringLiteral("writer.lock")));
    // Held as long as pgpilot runs: never stale by age, only when its process is gone.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->getLockInfo(&pid, &host, &application);
        m_problem = m_lock->error() == QLockFile::LockFailedError
            ? tr("Another pgpilot (process %1 on %2) records the history of %3; this one only reads it.")
                  .arg(pid)
                  .arg(host, m_cluster)
            : tr("Cannot lock %1: check the directory's permissions; the history of %2 is not recorded.")
                  .arg(m_lock->fileName(), m_cluster);
        m_lock.reset();
        qCInfo(lcMonitor).noquote() << m_problem;
        return false;
    }
    QFile::setPermissions(m_lock->fileName(), kPrivateFile);
    m_writing = true;
    m_bytesWritten = 0;
    m_framesWritten = 0;
    m_lagLinesWritten = 0;
    m_keyframeDue = true;
    m_lastFramed = {};
    m_lastLagged = {};
    enforceRetention();
    const QDateTime now = m_options.now();
    writeLine(now,
        historyLine(now, "started",
            QJsonObject {{QStringLiteral("keyframeSeconds"), m_options.keyframeSeconds},
                {QStringLiteral("heartbeatSeconds"), m_options.heartbeatSeconds},
                {QStringLiteral("pid"), QCoreApplication::applicationPid()}}));
    return m_writing;
}

void HistoryRecorder::stop()
{
    if (m_writing) {
        const QDateTime now = m_options.now();
        writeLine(now, historyLine(now, "stopped", {}));
    }
    m_writing = false;
    m_file.close();
    m_day = QDate();
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

void HistoryRecorder::feed(const ClusterSnapshot& snapshot)
{
    if (!m_writing)
        return;
    const QDateTime time = snapshot.time.isValid() ? snapshot.time.toUTC() : m_options.now();
    const bool keyframe = m_keyframeDue || m_day != time.date() || !m_lastFrameTime.isValid()
        || m_lastFrameTime.msecsTo(time) >= qint64(m_options.keyframeSeconds) * 1000
        || m_lastFrameTime > time;
    // Compared field by field: building the keys (JSON) each tick cost more than the rest of
    // the tick's history. A frame is always written before either comparison is made.
    if (keyframe || !sameFrameStructure(snapshot, m_lastFramed)) {
        const QByteArray line
            = historyLine(time, "frame", {{QStringLiteral("frame"), frameFromSnapshot(snapshot)}});
        if (writeLine(time, line)) {
            m_lastFramed = snapshot;
            m_lastLagged = snapshot;
            m_lastFrameTime = time;
            m_lastLineTime = time;
            m_keyframeDue = false;
            ++m_framesWritten;
        }
    } else if (!sameFrameLag(snapshot, m_lastLagged)) {
        if (writeLine(time, historyLine(time, "lag", lagFromSnapshot(snapshot)))) {
            m_lastLagged = snapshot;
            m_lastLineTime = time;
            ++m_lagLinesWritten;
        }
    } else if (m_lastLineTime.msecsTo(time) >= qint64(m_options.heartbeatSeconds) * 1000) {
        if (writeLine(time, historyLine(time, "alive", {})))
            m_lastLineTime = time;
    }
}

void HistoryRecorder::addEvents(const QList<ClusterEvent>& events)
{
    for (ClusterEvent event : events) {
        if (!m_writing)
            return;
        event.time = event.time.isValid() ? event.time.toUTC() : m_options.now();
        event.text = maskSecretText(event.text, m_masker);
        writeLine(event.time, historyEventLine(event));
    }
}

bool HistoryRecorder::openDay(const QDate& day)
{
    m_file.close();
    m_day = QDate();
    m_keyframeDue = true; // every day's file starts with a whole frame
    enforceRetention();
    m_file.setFileName(QDir(m_directory).filePath(historyDayFileName(day)));
    // A line torn by a kill: end it, so that it stays one bad line and the next one is whole.
    bool torn = false;
    if (m_file.open(QIODevice::ReadOnly)) {
        if (m_file.size() > 0 && m_file.seek(m_file.size() - 1))
            torn = m_file.read(1) != "\n";
        m_file.close();
    }
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append, kPrivateFile)) {
        fail(tr("Cannot write the history file %1: %2.").arg(m_file.fileName(), m_file.errorString()));
        return false;
    }
    m_file.setPermissions(kPrivateFile);
    if (torn)
        m_file.write("\n");
    m_day = day;
    m_overLimit = m_file.size() >= m_options.maxBytes;
    if (m_overLimit)
        qCWarning(lcMonitor).noquote() << tr(
            "The history of %1 reached its limit of %2 bytes today: nothing more is recorded until tomorrow.")
                                              .arg(m_cluster)
                                              .arg(m_options.maxBytes);
    return true;
}

bool HistoryRecorder::writeLine(const QDateTime& time, const QByteArray& line)
{
    const QDate day = time.toUTC().date();
    if (day != m_day && !openDay(day))
        return false;
    if (m_overLimit)
        return false;
    const QByteArray bytes = line + '\n';
    if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        fail(tr("Cannot write the history file %1: %2.").arg(m_file.fileName(), m_file.errorString()));
        return false;
    }
    m_bytesWritten += bytes.size();
    m_bytesSinceRetention += bytes.size();
    if (m_bytesSinceRetention > m_options.maxBytes / 10)
        enforceRetention();
    if (m_file.size() >= m_options.maxBytes) {
        m_overLimit = true;
        qCWarning(lcMonitor).noquote() << tr(
            "The history of %1 reached its limit of %2 bytes today: nothing more is recorded until tomorrow.")
                                              .arg(m_cluster)
                                              .arg(m_options.maxBytes);
    }
    return true;
}

void HistoryRecorder::enforceRetention()
{
    m_bytesSinceRetention = 0;
    const QDate today = m_options.now().date();
    const QDate oldest = today.addDays(-m_options.retentionDays);
    QDir dir(m_directory);
    QList<QDate> days = historyDays(m_directory);
    auto remove = [&](const QDate& day) {
        const QString path = dir.filePath(historyDayFileName(day));
        if (QFile::remove(path))
            qCInfo(lcMonitor).noquote() << "history: removed" << path;
        else
            qCWarning(lcMonitor).noquote() << "history: cannot remove" << path;
    };
    while (!days.isEmpty() && days.first() < oldest)
        remove(days.takeFirst());
    qint64 total = 0;
    for (const QDate& day : days)
        total += QFileInfo(dir.filePath(historyDayFileName(day))).size();
    // Over the size: the oldest days first, never the one being written.
    while (total > m_options.maxBytes && !days.isEmpty() && days.first() != m_day && days.first() < today) {
        total -= QFileInfo(dir.filePath(historyDayFileName(days.first()))).size();
        remove(days.takeFirst());
    }
}

void HistoryRecorder::fail(const QString& problem)
{
    qCWarning(lcMonitor).noquote() << problem;
    m_problem = problem;
    m_writing = false;
    m_file.close();
    m_day = QDate();
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    Q_EMIT failed(problem);
}

} // namespace pgpilot
