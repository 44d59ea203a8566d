// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace pgpilot {

struct WriteProbeSettings;

// Writes through the VIP's write port every interval while an operation runs and keeps the time
// of every acknowledged write, so the operation can report the longest time without one (the
// write outage clients saw). Each write is `SELECT pg_current_xact_id()`: it assigns a
// transaction id, which a standby refuses, so only a writable primary acknowledges it; nothing
// is left in the database. libpq calls block, so they run on the probe's own thread; every call
// is bounded (connect_timeout, tcp_user_timeout, statement_timeout).
class WriteProbe
{
public:
    explicit WriteProbe(const WriteProbeSettings& settings);
    ~WriteProbe(); // stops the thread

    void start();
    void stop(); // waits for the current attempt to end (bounded by the timeouts above)

    struct Summary
    {
        qint64 outageMs = -1; // longest gap between acknowledged writes (incl. start and stop); -1: none ok
        qint64 outageStartMs = -1; // when that gap began, ms after start()
        // every gap in which an attempt failed or that lasted over a second, added up; -1: none ok
        qint64 totalOutageMs = -1;
        int ok = 0;
        int failed = 0;
        QString lastError; // the last failure (connect or write), for the narration
        bool lastOk = false;
        qint64 elapsedMs = 0;
    };
    Summary summary() const; // live or after stop()

    // Pure: the summary of a list of attempts (ms after start, ok) that ended at endMs.
    struct Attempt
    {
        qint64 atMs = 0;
        bool ok = false;
    };
    static Summary summarize(const QList<Attempt>& attempts, qint64 endMs);

private:
    void loop();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pgpilot
