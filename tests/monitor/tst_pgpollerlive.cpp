// SPDX-License-Identifier: GPL-3.0-or-later
// PgPoller against a real PostgreSQL (issue 18): a poll is one round trip in the steady state, and
// the rules around it still hold (best-effort statements, a stale kept connection, repmgr's
// statements following the schema). What crossed the wire is read from the server's own log
// (log_statement = 'all' for the monitoring role): one logged query string is one round trip.
#include "monitor/pgpoller.h"
#include "pgfixture.h"
#include "secrets/tlsca.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>
#include <sys/resource.h>
#include <unistd.h>

using namespace pgpilot;

namespace {

const QByteArray kPassword = "s3cret-monitor";
const QString kMonitorRole = QStringLiteral("pgpilot_monitor");
const QString kPrefix = QStringLiteral("[pgpilot-monitor] "); // log_line_prefix '[%a] '

const QStringList kAll {QStringLiteral("status"), QStringLiteral("replication"), QStringLiteral("slots"),
    QStringLiteral("archiver"), QStringLiteral("repmgr.nodes"), QStringLiteral("repmgr.events"),
    QStringLiteral("repmgrd")};
const QStringList kFixed = kAll.mid(0, 4);
const QStringList kRepmgr = kAll.mid(4);

// The poller's statements in a logged query string, in the order they appear.
QStringList statementsIn(const QString& string)
{
    const QList<std::pair<QString, QString>> markers {
        {QStringLiteral("status"), QStringLiteral("pg_walfile_name")},
        {QStringLiteral("replication"), QStringLiteral("FROM pg_stat_replication")},
        {QStringLiteral("slots"), QStringLiteral("FROM pg_replication_slots")},
        {QStringLiteral("archiver"), QStringLiteral("FROM pg_stat_archiver")},
        {QStringLiteral("repmgr.nodes"), QStringLiteral("FROM repmgr.nodes")},
        {QStringLiteral("repmgr.events"), QStringLiteral("FROM repmgr.events")},
        {QStringLiteral("repmgrd"), QStringLiteral("SELECT repmgr.repmgrd_is_running()")}};
    QList<std::pair<qsizetype, QString>> found;
    for (const auto& [name, marker] : markers) {
        const qsizetype at = string.indexOf(marker);
        if (at >= 0)
            found.append({at, name});
    }
    std::sort(found.begin(), found.end());
    QStringList names;
    for (const auto& f : found)
        names << f.second;
    return names;
}

// The server's log from a mark on: the entries logged for the monitor's sessions.
class ServerLog
{
public:
    explicit ServerLog(QString path)
        : m_path(std::move(path))
    { }
    void mark() { m_offset = QFileInfo(m_path).size(); }
    // Entries of one kind ("LOG:  statement: ", "ERROR:  "), their continuation lines included.
    QStringList entries(const QString& kind) const
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(m_offset))
            return {};
        QStringList out;
        bool in = false;
        const QString head = kPrefix + kind;
        for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('['))) { // every entry starts with the prefix
                in = line.startsWith(head);
                if (in)
                    out << line.mid(head.size());
            } else if (in) {
                out.last() += QLatin1Char('\n') + line;
            }
        }
        return out;
    }
    QStringList strings() const { return entries(QStringLiteral("LOG:  statement: ")); }
    QStringList errors() const { return entries(QStringLiteral("ERROR:  ")); }

private:
    QString m_path;
    qint64 m_offset = 0;
};

struct Polled
{
    PgStatus status;
    quint64 roundTrips = 0; // as the poller counts them
    QList<QStringList> strings; // as the server logged them: the statements of each string
    QStringList errors; // the server's errors for this poll
};

// CPU time of a process: this one (getrusage) or a server backend (/proc), in microseconds.
qint64 ownCpuUs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 + usage.ru_utime.tv_usec
        + usage.ru_stime.tv_usec;
}

qint64 processCpuUs(const QString& pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // The fields after the command name (which may hold spaces): utime and stime are 14 and 15.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const qint64 ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong();
    return ticks * 1000000 / sysconf(_SC_CLK_TCK);
}

} // namespace

class TestPgPollerLive : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PgFixture> m_pg;
    quint64 m_job = 0;
    QString m_caFile; // the servers' certificate authority

    // tls: verify-full against the test's CA, as pgpilot connects to its clusters; else no TLS.
    PgTarget target(
        const PgFixture::Server& server, bool tls = false, const QString& user = kMonitorRole) const
    {
        PgTarget t;
        t.nodeName = server.dataDir.section(QLatin1Char('/'), -1);
        t.host = QStringLiteral("127.0.0.1");
        t.port = server.port;
        t.user = user;
        t.password = kPassword;
        t.sslMode = tls ? QStringLiteral("verify-full") : QStringLiteral("disable");
        if (tls)
            t.sslRootCert = m_caFile;
        return t;
    }

    // Both servers serve a certificate for 127.0.0.1 signed by a CA made here.
    bool enableTls(QString* why)
    {
        const QString dir = QFileInfo(m_pg->primary.dataDir).path();
        const tls::Issued ca = tls::createCa(QStringLiteral("pollertest"));
        const tls::Issued node = ca.ok() ? tls::issueNodeCertificate(ca.certPem, ca.keyPem,
                                     QStringLiteral("localhost"), {QStringLiteral("127.0.0.1")})
                                         : ca;
        if (!node.ok()) {
            *why = node.error;
            return false;
        }
        m_caFile = dir + QStringLiteral("/ca.crt");
        const QList<std::pair<QString, QByteArray>> files {{m_caFile, ca.certPem},
            {dir + QStringLiteral("/server.crt"), node.certPem},
            {dir + QStringLiteral("/server.key"), node.keyPem}};
        for (const auto& [path, pem] : files) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size()) {
                *why = path + QStringLiteral(": ") + file.errorString();
                return false;
            }
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        // The key must belong to the server's user; the CA only has to be readable here.
        QProcess::execute(QStringLiteral("chown"),
            {QStringLiteral("postgres:postgres"), dir + QStringLiteral("/server.crt"),
                dir + QStringLiteral("/server.key")});
        for (const PgFixture::Server* server : {&m_pg->primary, &m_pg->standby}) {
            if (!m_pg->psql(
                    *server, QStringLiteral("ALTER SYSTEM SET ssl_cert_file = '%1/server.crt'").arg(dir))
                || !m_pg->psql(
                    *server, QStringLiteral("ALTER SYSTEM SET ssl_key_file = '%1/server.key'").arg(dir))
                || !m_pg->psql(*server, QStringLiteral("ALTER SYSTEM SET ssl = on"))) {
                *why = m_pg->lastOutput();
                return false;
            }
        }
        return true;
    }

    // One poll, waited for; false (with the reason in *why) when it did not finish exactly once.
    bool pollOnce(PgPoller& poller, ServerLog& log, Polled* out, QString* why)
    {
        QSignalSpy spy(&poller, &PgPoller::finished);
        const quint64 before = poller.roundTrips();
        const quint64 job = ++m_job;
        log.mark();
        if (!poller.poll(job)) {
            *why = QStringLiteral("poll refused");
            return false;
        }
        if (!spy.isEmpty()) {
            *why = QStringLiteral("finished() inside poll()");
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        while (spy.isEmpty() && clock.elapsed() < 10000)
            spy.wait(10000 - int(clock.elapsed()));
        if (spy.size() != 1 || spy.at(0).at(0).toULongLong() != job) {
            *why = QStringLiteral("%1 finished() signals, the first for job %2 (expected %3)")
                       .arg(spy.size())
                       .arg(spy.isEmpty() ? 0 : spy.at(0).at(0).toULongLong())
                       .arg(job);
            return false;
        }
        out->status = spy.at(0).at(1).value<PgStatus>();
        out->roundTrips = poller.roundTrips() - before;
        out->strings.clear();
        for (const QString& string : log.strings())
            out->strings << statementsIn(string);
        out->errors = log.errors();
        return true;
    }

    // Sets a server's log line prefix, reloads (also what enableTls set) and waits until new
    // sessions have it.
    bool setLogPrefixAndReload(const PgFixture::Server& server)
    {
        if (!m_pg->psql(server, QStringLiteral("ALTER SYSTEM SET log_line_prefix = '[%a] '"))
            || !m_pg->psql(server, QStringLiteral("SELECT pg_reload_conf()")))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20000) {
            if (m_pg->psql(server,
                    QStringLiteral("DO $$ BEGIN IF current_setting('log_line_prefix') <> '[%a] ' OR NOT "
                                   "current_setting('ssl')::bool THEN RAISE 'not yet'; END IF; END $$")))
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    bool dropRepmgr()
    {
        return m_pg->psql(
                   m_pg->primary, QStringLiteral("DROP EXTENSION repmgr CASCADE"), QStringLiteral("repmgr"))
            && m_pg->psql(m_pg->primary, QStringLiteral("DROP SCHEMA IF EXISTS repmgr CASCADE"),
                QStringLiteral("repmgr"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PgFixture::binDir().isEmpty())
            QSKIP("PostgreSQL server binaries are not installed (scripts/install-deps.sh test)");
        m_pg = std::make_unique<PgFixture>();
        QVERIFY2(m_pg->setUp(kPassword), qPrintable(m_pg->lastOutput()));
        // Every string the monitoring role sends is logged, with the application name in front.
        QVERIFY2(
            m_pg->psql(m_pg->primary, QStringLiteral("ALTER ROLE pgpilot_monitor SET log_statement = 'all'")),
            qPrintable(m_pg->lastOutput()));
        QString why;
        QVERIFY2(enableTls(&why), qPrintable(why));
        QVERIFY2(setLogPrefixAndReload(m_pg->primary), qPrintable(m_pg->lastOutput()));
        QVERIFY2(setLogPrefixAndReload(m_pg->standby), qPrintable(m_pg->lastOutput()));
        // A slot, so that the slots statement has a row to read.
        QVERIFY2(
            m_pg->psql(m_pg->primary, QStringLiteral("SELECT pg_create_physical_replication_slot('spare')")),
            qPrintable(m_pg->lastOutput()));
    }

    void cleanupTestCase() { m_pg.reset(); }

    // The first poll learns whether repmgr is there (its statements follow in a second string);
    // from then on a poll is one string with every statement, and reads what the two did.
    void steadyStatePollIsOneRoundTrip_data()
    {
        QTest::addColumn<bool>("standby");
        QTest::addColumn<bool>("tls");
        QTest::newRow("primary") << false << false;
        QTest::newRow("standby") << true << false;
        QTest::newRow("primary, TLS") << false << true;
        QTest::newRow("standby, TLS") << true << true;
    }
    void steadyStatePollIsOneRoundTrip()
    {
        QFETCH(bool, standby);
        QFETCH(bool, tls);
        const PgFixture::Server& server = standby ? m_pg->standby : m_pg->primary;
        ServerLog log(m_pg->logFile(server));
        PgPoller poller(target(server, tls));
        Polled first;
        QString why;
        QVERIFY2(pollOnce(poller, log, &first, &why), qPrintable(why));
        QVERIFY2(first.status.reachable, qPrintable(first.status.error));
        QCOMPARE(first.roundTrips, quint64(2));
        QCOMPARE(first.strings, (QList<QStringList> {kFixed, kRepmgr}));
        QVERIFY(first.errors.isEmpty());
        for (int i = 0; i < 3; ++i) {
            Polled next;
            QVERIFY2(pollOnce(poller, log, &next, &why), qPrintable(why));
            QVERIFY2(next.status.reachable, qPrintable(next.status.error));
            QCOMPARE(next.roundTrips, quint64(1));
            QCOMPARE(next.strings, (QList<QStringList> {kAll}));
            QVERIFY2(next.errors.isEmpty(), qPrintable(next.errors.join(QLatin1Char('\n'))));
            // What one string reads is what the two strings read (LSNs and times move on).
            const PgStatus& a = first.status;
            const PgStatus& b = next.status;
            QCOMPARE(b.inRecovery, standby);
            QCOMPARE(b.inRecovery, a.inRecovery);
            QCOMPARE(b.timeline, a.timeline);
            QCOMPARE(b.serverVersion, a.serverVersion);
            QCOMPARE(b.walReceiverStatus, a.walReceiverStatus);
            QCOMPARE(b.upstreamHost, a.upstreamHost);
            QCOMPARE(b.repmgrInstalled, true);
            QCOMPARE(b.repmgrNodes, a.repmgrNodes);
            QCOMPARE(b.repmgrNodes.size(), 2);
            QCOMPARE(b.repmgrEvents, a.repmgrEvents);
            QCOMPARE(b.repmgrEvents.size(), 1);
            QCOMPARE(b.repmgrdRunning, std::optional<bool>(false)); // library loaded, no repmgrd
            QCOMPARE(b.repmgrdRunning, a.repmgrdRunning);
            QCOMPARE(b.localRepmgrNodeId, a.localRepmgrNodeId);
            QCOMPARE(b.syncStandbyNames, a.syncStandbyNames);
            QCOMPARE(b.synchronousCommit, a.synchronousCommit);
            QCOMPARE(b.replication.size(), a.replication.size());
            QCOMPARE(b.slots, a.slots);
            QCOMPARE(b.tls.inUse, tls);
            QCOMPARE(b.tls, a.tls);
            // pg_stat_archiver's row, read by the monitoring role in the same string.
            QVERIFY(b.archiver.read);
            QVERIFY(!b.archiver.archiveMode.isEmpty());
            QCOMPARE(b.archiver.walSegmentBytes, qint64(16 * 1024 * 1024));
            QCOMPARE(b.archiver.failedCount, a.archiver.failedCount);
            if (standby) {
                QVERIFY(b.slots.isEmpty()); // the primary's slot is the primary's
                QCOMPARE(b.walReceiverStatus, QStringLiteral("streaming"));
                QVERIFY(b.receiveLsn.has_value() && b.replayLsn.has_value());
            } else {
                QVERIFY(b.currentLsn.has_value());
                QCOMPARE(b.replication.size(), 1);
                QCOMPARE(b.replication.at(0).applicationName, QStringLiteral("node2"));
                QCOMPARE(b.slots.size(), 1);
                QCOMPARE(b.slots.at(0).name, QStringLiteral("spare"));
                QCOMPARE(b.slots.at(0).active, false);
            }
        }
        QCOMPARE(poller.connectCount(), quint64(1));
    }

    // A best-effort statement that fails (a grant taken away) does not fail the poll: the
    // statements after it in the string run in a second one, and from the next poll on the
    // failing statement goes last, so the poll is one round trip again.
    void aFailingStatementDoesNotFailThePoll()
    {
        ServerLog log(m_pg->logFile(m_pg->primary));
        PgPoller poller(target(m_pg->primary));
        Polled before;
        QString why;
        QVERIFY2(pollOnce(poller, log, &before, &why), qPrintable(why));
        QVERIFY2(pollOnce(poller, log, &before, &why), qPrintable(why));
        QCOMPARE(before.roundTrips, quint64(1));
        QCOMPARE(before.status.repmgrEvents.size(), 1);

        const auto grant = qScopeGuard([this] {
            m_pg->psql(m_pg->primary, QStringLiteral("GRANT SELECT ON repmgr.events TO pgpilot_monitor"),
                QStringLiteral("repmgr"));
        });
        QVERIFY2(
            m_pg->psql(m_pg->primary, QStringLiteral("REVOKE SELECT ON repmgr.events FROM pgpilot_monitor"),
                QStringLiteral("repmgr")),
            qPrintable(m_pg->lastOutput()));
        auto sameButEvents = [&before](const PgStatus& st) {
            return st.reachable && st.error.isEmpty() && st.repmgrInstalled && st.repmgrEvents.isEmpty()
                && st.repmgrNodes == before.status.repmgrNodes
                && st.repmgrdRunning == before.status.repmgrdRunning
                && st.replication.size() == before.status.replication.size()
                && st.slots.size() == before.status.slots.size() && st.timeline == before.status.timeline;
        };
        Polled failing;
        QVERIFY2(pollOnce(poller, log, &failing, &why), qPrintable(why));
        QVERIFY2(sameButEvents(failing.status), qPrintable(failing.status.error));
        QCOMPARE(failing.roundTrips, quint64(2));
        QCOMPARE(failing.strings, (QList<QStringList> {kAll, {QStringLiteral("repmgrd")}}));
        QCOMPARE(failing.errors.size(), 1);
        QVERIFY2(failing.errors.at(0).contains(QStringLiteral("permission denied")),
            qPrintable(failing.errors.at(0)));

        const QStringList eventsLast {QStringLiteral("status"), QStringLiteral("replication"),
            QStringLiteral("slots"), QStringLiteral("archiver"), QStringLiteral("repmgr.nodes"),
            QStringLiteral("repmgrd"), QStringLiteral("repmgr.events")};
        for (int i = 0; i < 2; ++i) {
            Polled again;
            QVERIFY2(pollOnce(poller, log, &again, &why), qPrintable(why));
            QVERIFY2(sameButEvents(again.status), qPrintable(again.status.error));
            QCOMPARE(again.roundTrips, quint64(1));
            QCOMPARE(again.strings, (QList<QStringList> {eventsLast}));
            QCOMPARE(again.errors.size(), 1);
        }

        // Granted again: read again, and back in its place after one good poll.
        QVERIFY2(m_pg->psql(m_pg->primary, QStringLiteral("GRANT SELECT ON repmgr.events TO pgpilot_monitor"),
                     QStringLiteral("repmgr")),
            qPrintable(m_pg->lastOutput()));
        Polled granted;
        QVERIFY2(pollOnce(poller, log, &granted, &why), qPrintable(why));
        QCOMPARE(granted.status.repmgrEvents, before.status.repmgrEvents);
        QCOMPARE(granted.strings, (QList<QStringList> {eventsLast}));
        QVERIFY2(pollOnce(poller, log, &granted, &why), qPrintable(why));
        QCOMPARE(granted.strings, (QList<QStringList> {kAll}));
        QVERIFY(granted.errors.isEmpty());
        QCOMPARE(poller.connectCount(), quint64(1));
    }

    // repmgr created after the poller started: its statements follow in a second string in the
    // first poll that finds it, and are part of the one string after. Dropped again: the string
    // sent on the old belief fails after the status statement, and the poll does not.
    void repmgrStatementsFollowTheSchema()
    {
        QVERIFY2(dropRepmgr(), qPrintable(m_pg->lastOutput()));
        const auto restore = qScopeGuard([this] {
            dropRepmgr();
            m_pg->createRepmgr(QString::fromUtf8(kPassword));
        });
        ServerLog log(m_pg->logFile(m_pg->primary));
        PgPoller poller(target(m_pg->primary));
        QString why;
        for (int i = 0; i < 2; ++i) {
            Polled without;
            QVERIFY2(pollOnce(poller, log, &without, &why), qPrintable(why));
            QVERIFY2(without.status.reachable, qPrintable(without.status.error));
            QVERIFY(!without.status.repmgrInstalled);
            QCOMPARE(without.roundTrips, quint64(1));
            QCOMPARE(without.strings, (QList<QStringList> {kFixed}));
        }

        QVERIFY2(m_pg->createRepmgr(QString::fromUtf8(kPassword)), qPrintable(m_pg->lastOutput()));
        Polled found;
        QVERIFY2(pollOnce(poller, log, &found, &why), qPrintable(why));
        QVERIFY2(found.status.reachable, qPrintable(found.status.error));
        QVERIFY(found.status.repmgrInstalled);
        QCOMPARE(found.status.repmgrNodes.size(), 2);
        QCOMPARE(found.status.repmgrEvents.size(), 1);
        QCOMPARE(found.status.repmgrdRunning, std::optional<bool>(false));
        QCOMPARE(found.roundTrips, quint64(2));
        QCOMPARE(found.strings, (QList<QStringList> {kFixed, kRepmgr}));
        Polled steady;
        QVERIFY2(pollOnce(poller, log, &steady, &why), qPrintable(why));
        QCOMPARE(steady.roundTrips, quint64(1));
        QCOMPARE(steady.strings, (QList<QStringList> {kAll}));
        QCOMPARE(steady.status.repmgrNodes, found.status.repmgrNodes);
        QCOMPARE(steady.status.repmgrEvents, found.status.repmgrEvents);

        QVERIFY2(dropRepmgr(), qPrintable(m_pg->lastOutput()));
        Polled dropped;
        QVERIFY2(pollOnce(poller, log, &dropped, &why), qPrintable(why));
        QVERIFY2(dropped.status.reachable, qPrintable(dropped.status.error));
        QVERIFY(!dropped.status.repmgrInstalled);
        QVERIFY(dropped.status.repmgrNodes.isEmpty());
        QVERIFY(dropped.status.repmgrEvents.isEmpty());
        QVERIFY(!dropped.status.repmgrdRunning.has_value());
        QCOMPARE(dropped.status.slots.size(), 1);
        QCOMPARE(dropped.roundTrips, quint64(1));
        QCOMPARE(dropped.strings, (QList<QStringList> {kAll}));
        QCOMPARE(dropped.errors.size(), 1);
        QVERIFY2(
            dropped.errors.at(0).contains(QStringLiteral("repmgr.nodes")), qPrintable(dropped.errors.at(0)));
        Polled after;
        QVERIFY2(pollOnce(poller, log, &after, &why), qPrintable(why));
        QCOMPARE(after.strings, (QList<QStringList> {kFixed}));
        QVERIFY(after.errors.isEmpty());
        QCOMPARE(poller.connectCount(), quint64(1));
    }

    // The server restarted between two polls, before the poller's event loop saw the connection
    // close: the poll finds its kept connection stale, connects once more, and answers in full.
    void staleKeptConnectionReconnectsWithinThePoll_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("fast") << QStringLiteral("fast");
        QTest::newRow("immediate") << QStringLiteral("immediate");
    }
    void staleKeptConnectionReconnectsWithinThePoll()
    {
        QFETCH(QString, mode);
        ServerLog log(m_pg->logFile(m_pg->primary));
        PgPoller poller(target(m_pg->primary));
        Polled before;
        QString why;
        QVERIFY2(pollOnce(poller, log, &before, &why), qPrintable(why));
        QVERIFY2(before.status.reachable, qPrintable(before.status.error));
        QCOMPARE(poller.connectCount(), quint64(1));
        // pg_ctl runs without the event loop: the poller cannot have noticed.
        QVERIFY2(m_pg->stop(m_pg->primary, mode), qPrintable(m_pg->lastOutput()));
        QVERIFY2(m_pg->start(m_pg->primary), qPrintable(m_pg->lastOutput()));
        QVERIFY(poller.connected());
        Polled after;
        QVERIFY2(pollOnce(poller, log, &after, &why), qPrintable(why));
        QVERIFY2(after.status.reachable, qPrintable(after.status.error));
        QCOMPARE(poller.connectCount(), quint64(2));
        // Read once, on the new connection (nothing twice from the attempt on the old one).
        QCOMPARE(after.status.repmgrNodes, before.status.repmgrNodes);
        QCOMPARE(after.status.repmgrEvents, before.status.repmgrEvents);
        QCOMPARE(after.status.slots.size(), 1);
        QCOMPARE(after.strings.size(), 1); // the new server saw one string; the old one died unread
        QCOMPARE(after.strings.at(0), kAll);
        Polled next;
        QVERIFY2(pollOnce(poller, log, &next, &why), qPrintable(why));
        QCOMPARE(next.roundTrips, quint64(1));
        QCOMPARE(poller.connectCount(), quint64(2));
    }

    // A watch of 10 clusters x 3 nodes: 30 pollers polling back to back. Every poll one round trip;
    // what a poll costs in CPU here and on the servers is printed (the build has sanitizers).
    void thirtyPollersCostOneRoundTripEach_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("plain") << false;
        QTest::newRow("TLS") << true;
    }
    void thirtyPollersCostOneRoundTripEach()
    {
        QFETCH(bool, tls);
        constexpr int kPollers = 30;
        constexpr int kRounds = 40;
        std::vector<std::unique_ptr<PgPoller>> pollers;
        int finished = 0;
        int unreachable = 0;
        QString error;
        for (int i = 0; i < kPollers; ++i) {
            // As repmgr: the monitoring role allows 20 connections, and its statements are logged.
            pollers.push_back(std::make_unique<PgPoller>(
                target(i % 2 ? m_pg->standby : m_pg->primary, tls, QStringLiteral("repmgr"))));
            connect(pollers.back().get(), &PgPoller::finished, this, [&](quint64, const PgStatus& st) {
                ++finished;
                if (!st.reachable) {
                    ++unreachable;
                    error = st.error;
                }
            });
        }
        auto round = [&] {
            finished = 0;
            for (auto& p : pollers)
                p->poll(++m_job);
            QElapsedTimer clock;
            clock.start();
            while (finished < kPollers && clock.elapsed() < 20000)
                QTest::qWait(1);
            return finished == kPollers;
        };
        QVERIFY(round()); // connect, learn about repmgr
        QCOMPARE(unreachable, 0);
        const quint64 tripsBefore = std::accumulate(pollers.cbegin(), pollers.cend(), quint64(0),
            [](quint64 sum, const auto& p) { return sum + p->roundTrips(); });
        // The pollers' backends (those of an earlier row may still be exiting).
        const auto backends = [this, tls] {
            QStringList pids;
            for (const PgFixture::Server* server : {&m_pg->primary, &m_pg->standby}) {
                m_pg->psql(*server,
                    QStringLiteral("SELECT 'pids=' || string_agg(a.pid::text, ',') FROM pg_stat_activity a "
                                   "JOIN pg_stat_ssl s USING (pid) WHERE a.application_name = "
                                   "'pgpilot-monitor' AND a.usename = 'repmgr' AND s.ssl = %1")
                        .arg(tls ? QStringLiteral("true") : QStringLiteral("false")));
                pids += QRegularExpression(QStringLiteral("pids=([0-9,]+)"))
                            .match(m_pg->lastOutput())
                            .captured(1)
                            .split(QLatin1Char(','), Qt::SkipEmptyParts);
            }
            return pids;
        };
        QStringList pids;
        QTRY_COMPARE_WITH_TIMEOUT((pids = backends()).size(), kPollers, 10000);
        auto serverCpu = [&pids] {
            qint64 sum = 0;
            for (const QString& pid : pids)
                sum += processCpuUs(pid);
            return sum;
        };
        const qint64 serverBefore = serverCpu();
        const qint64 ownBefore = ownCpuUs();
        QElapsedTimer wall;
        wall.start();
        for (int r = 0; r < kRounds; ++r)
            QVERIFY2(round(), qPrintable(QString::number(r)));
        const qint64 wallMs = wall.elapsed();
        const qint64 own = ownCpuUs() - ownBefore;
        const qint64 server = serverCpu() - serverBefore;
        QVERIFY2(unreachable == 0, qPrintable(error));
        const quint64 trips = std::accumulate(pollers.cbegin(), pollers.cend(), quint64(0),
                                  [](quint64 sum, const auto& p) { return sum + p->roundTrips(); })
            - tripsBefore;
        const int polls = kPollers * kRounds;
        qInfo("%s, %d polls: %.2f round trips per poll; CPU per poll %lld us here, %lld us in the servers; "
              "%lld ms per round of %d",
            tls ? "TLS" : "plain", polls, double(trips) / polls, own / polls, server / polls,
            wallMs / kRounds, kPollers);
        QCOMPARE(trips, quint64(polls));
    }
};

QTEST_GUILESS_MAIN(TestPgPollerLive)
#include "tst_pgpollerlive.moc"
