// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"
#include "monitor/eventlog.h"
#include "monitor/snapshot.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QLockFile>
#include <QObject>

#include <memory>

namespace pgpilot {

class ClusterMonitor;
class SecretMasker;

// Writes one cluster's history (historystore.h has the format): a whole frame when the
// snapshot's structure (historyframe.h: everything but the lags) changed, first in every day's
// file and at least every keyframeSeconds; a lag line when only the quantised lags changed; an
// "alive" line when nothing changed for heartbeatSeconds, so that a stretch without lines is a
// gap; every event; "started" when it starts and "stopped" when it stops cleanly.
//
// One writer per cluster: start() takes a lock file in the cluster's directory (a lock left by a
// process that died is taken over). When another pgpilot holds it (the window while `pgpilot
// watch` runs), this recorder stays read-only: start() returns false and problem() says who
// records. Each line is written whole and flushed; a line torn by a kill is skipped by the reader
// and the next start begins on a new line. Retention (days older than retentionDays, then the
// oldest days beyond maxBytes) runs at start, at each day change and after every tenth of
// maxBytes written.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    explicit HistoryRecorder(QString cluster, HistoryOptions options = {}, QObject* parent = nullptr);
    ~HistoryRecorder() override; // stop()

    // Feeds this recorder every snapshot and every event of the monitor (not owned; disconnects
    // itself when either goes away). Call start() too.
    void attach(ClusterMonitor* monitor);
    // Event texts (operations may carry a command line) are masked with it and with
    // maskSecretText() (secretmask.h) before they are written. Not owned.
    void setMasker(const SecretMasker* masker) { m_masker = masker; }

    bool start();
    void stop();
    bool isWriting() const { return m_writing; }
    // Why it is not writing: another pgpilot records this cluster, the directory cannot be made,
    // a write failed. Empty while it writes.
    QString problem() const { return m_problem; }
    QString directory() const { return m_directory; }
    QString cluster() const { return m_cluster; }
    qint64 bytesWritten() const { return m_bytesWritten; } // since start()
    int framesWritten() const { return m_framesWritten; } // whole frames
    int lagLinesWritten() const { return m_lagLinesWritten; }

public Q_SLOTS:
    void feed(const pgpilot::ClusterSnapshot& snapshot);
    void addEvents(const QList<pgpilot::ClusterEvent>& events);

Q_SIGNALS:
    // It stopped writing (another writer, a full disk, ...): problem() says why.
    void failed(const QString& problem);

private:
    bool openDay(const QDate& day);
    bool writeLine(const QDateTime& time, const QByteArray& line);
    void enforceRetention();
    void fail(const QString& problem);

    QString m_cluster;
    HistoryOptions m_options;
    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    QFile m_file;
    QDate m_day;
    bool m_writing = false;
    bool m_overLimit = false;
    QString m_problem;
    // The snapshot of the last whole frame, and of the last frame or lag line: what the next
    // snapshot is compared with (sameFrameStructure, sameFrameLag).
    ClusterSnapshot m_lastFramed;
    ClusterSnapshot m_lastLagged;
    QDateTime m_lastFrameTime;
    QDateTime m_lastLineTime;
    bool m_keyframeDue = true;
    qint64 m_bytesWritten = 0;
    qint64 m_bytesSinceRetention = 0;
    int m_framesWritten = 0;
    int m_lagLinesWritten = 0;
    const SecretMasker* m_masker = nullptr;
};

} // namespace pgpilot
