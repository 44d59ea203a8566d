// SPDX-License-Identifier: GPL-3.0-or-later
#include "writeprobe.h"

#include "operationrunner.h"

#include <QElapsedTimer>

#include <chrono>
#include <libpq-fe.h>
#include <vector>

namespace pgpilot {

struct WriteProbe::Private
{
    WriteProbeSettings settings;
    std::thread thread;
    std::atomic<bool> stop {false};
    mutable std::mutex mutex;
    std::condition_variable wake;
    QList<Attempt> attempts;
    QString lastError;
    QElapsedTimer clock;
    qint64 endMs = -1;
};

WriteProbe::WriteProbe(const WriteProbeSettings& settings)
    : d(std::make_unique<Private>())
{
    d->settings = settings;
}

WriteProbe::~WriteProbe()
{
    stop();
    d->settings.password.fill('\0');
}

void WriteProbe::start()
{
    if (d->thread.joinable())
        return;
    d->stop = false;
    d->clock.start();
    d->thread = std::thread([this] { loop(); });
}

void WriteProbe::stop()
{
    if (!d->thread.joinable())
        return;
    {
        std::lock_guard lock(d->mutex);
        d->stop = true;
        d->endMs = d->clock.elapsed();
    }
    d->wake.notify_all();
    d->thread.join();
}

void WriteProbe::loop()
{
    const WriteProbeSettings& s = d->settings;
    const QByteArray host = s.host.toUtf8();
    const QByteArray port = QByteArray::number(s.port);
    const QByteArray user = s.user.toUtf8();
    const QByteArray db = s.database.toUtf8();
    const QByteArray timeout = QByteArray::number(qMax(2, s.connectTimeoutS));
    const QByteArray sslMode = s.sslMode.toUtf8();
    const QByteArray rootCert = s.sslRootCert.toUtf8();
    // An empty sslrootcert is ignored by libpq (its default root then).
    const char* keys[] = {"host", "port", "user", "dbname", "password", "connect_timeout", "application_name",
        "options", "tcp_user_timeout", "keepalives_idle", "keepalives_interval", "keepalives_count",
        "sslmode", "sslrootcert", nullptr};
    // The password in use; a login refused for it tries the alternates once each (a rotation).
    QByteArray password = s.password;
    QList<QByteArray> untried = s.alternatePasswords;
    const char* values[] = {host.constData(), port.constData(), user.constData(), db.constData(),
        password.constData(), timeout.constData(), "pgpilot-write-probe",
        // Local commits, as the probe always had (it logged in as repmgr, whose own database
        // commits locally): it measures when a writable primary answers through the VIP.
        "-c statement_timeout=2000 -c synchronous_commit=local", "2000", "1", "1", "2", sslMode.constData(),
        rootCert.constData(), nullptr};
    PGconn* conn = nullptr;
    auto next = std::chrono::steady_clock::now();
    while (!d->stop) {
        bool ok = false;
        QString error;
        if (!conn || PQstatus(conn) != CONNECTION_OK) {
            if (conn)
                PQfinish(conn);
            conn = PQconnectdbParams(keys, values, 0);
            while (PQstatus(conn) != CONNECTION_OK && !untried.isEmpty()
                && QByteArray(PQerrorMessage(conn)).contains("password authentication failed")) {
                PQfinish(conn);
                password = untried.takeFirst();
                values[4] = password.constData();
                conn = PQconnectdbParams(keys, values, 0);
            }
            if (PQstatus(conn) != CONNECTION_OK) {
                error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
                PQfinish(conn);
                conn = nullptr;
            }
        }
        if (conn) {
            PGresult* res = PQexec(conn, "SELECT pg_current_xact_id()");
            ok = PQresultStatus(res) == PGRES_TUPLES_OK;
            if (!ok)
                error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
            PQclear(res);
            // A failed write drops the connection, whatever the error: one that HAProxy sent to a
            // node in recovery (the old primary back as a standby, the new one not promoted yet)
            // would otherwise fail until HAProxy closes it, while a new connection through the VIP
            // already writes. The probe measures when a client can write again.
            if (!ok) {
                PQfinish(conn);
                conn = nullptr;
            }
        }
        {
            std::lock_guard lock(d->mutex);
            d->attempts.append({d->clock.elapsed(), ok});
            if (!ok)
                d->lastError = error.section(QLatin1Char('\n'), 0, 0);
        }
        next += std::chrono::milliseconds(s.intervalMs);
        const auto now = std::chrono::steady_clock::now();
        if (next < now)
            next = now; // an attempt took longer than the interval: go on at once, no burst
        std::unique_lock lock(d->mutex);
        d->wake.wait_until(lock, next, [this] { return d->stop.load(); });
    }
    if (conn)
        PQfinish(conn);
    password.fill('\0');
}

WriteProbe::Summary WriteProbe::summarize(const QList<Attempt>& attempts, qint64 endMs)
{
    Summary s;
    s.elapsedMs = endMs;
    qint64 previous = 0; // the probe's start: writes are assumed to work until shown otherwise
    bool any = false;
    bool failedSince = false; // an attempt failed since the previous acknowledged write
    qint64 total = 0;
    auto gap = [&](qint64 from, qint64 to) {
        if (to - from > s.outageMs) {
            s.outageMs = to - from;
            s.outageStartMs = from;
        }
        if (failedSince || to - from > 1000)
            total += to - from;
    };
    for (const Attempt& a : attempts) {
        if (!a.ok) {
            ++s.failed;
            failedSince = true;
            continue;
        }
        ++s.ok;
        gap(previous, a.atMs);
        previous = a.atMs;
        failedSince = false;
        any = true;
    }
    if (!any) {
        s.outageMs = s.outageStartMs = -1;
        return s;
    }
    gap(previous, qMax(previous, endMs));
    s.totalOutageMs = total;
    s.lastOk = !attempts.isEmpty() && attempts.last().ok;
    return s;
}

WriteProbe::Summary WriteProbe::summary() const
{
    std::lock_guard lock(d->mutex);
    const qint64 end = d->endMs >= 0 ? d->endMs : (d->clock.isValid() ? d->clock.elapsed() : 0);
    Summary s = summarize(d->attempts, end);
    s.lastError = d->lastError;
    return s;
}

} // namespace pgpilot
